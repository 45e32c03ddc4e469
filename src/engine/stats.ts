/**
 * `--stats`: where a run's time goes, per rule and per phase (as ESLint's TIMING). Collected only
 * when asked for: a run without stats pays nothing but an `undefined` check per handler.
 * `performance.now()` is a web standard, so the core stays runtime-neutral.
 */
export interface LintStats {
  /** rule id → milliseconds in its handlers (create, visitors, collect and aggregate) */
  readonly rules: Map<string, number>;
  /** phase → milliseconds: read, parse, validate, rules, locate, corpus … */
  readonly phases: Map<string, number>;
  files: number;
}

export function createStats(): LintStats {
  return { rules: new Map(), phases: new Map(), files: 0 };
}

export function addTime(table: Map<string, number>, key: string, ms: number): void {
  table.set(key, (table.get(key) ?? 0) + ms);
}

/** Run `fn`, adding its time to `key` of `table` when stats are collected. */
export function timed<T>(table: Map<string, number> | undefined, key: string, fn: () => T): T {
  if (!table) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    addTime(table, key, performance.now() - start);
  }
}

/** Same, for async work (reading a file, loading a spreadsheet). */
export async function timedAsync<T>(table: Map<string, number> | undefined, key: string, fn: () => Promise<T>): Promise<T> {
  if (!table) return fn();
  const start = performance.now();
  try {
    return await fn();
  } finally {
    addTime(table, key, performance.now() - start);
  }
}
