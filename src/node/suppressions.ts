/**
 * Bulk suppressions (a baseline), with ESLint's semantics and file shape: file → rule → `{count}`,
 * written by `--suppress-all` / `--suppress-rule`, trimmed by `--prune-suppressions`; only errors
 * are suppressed, and they move to `suppressedMessages`.
 *
 * Unlike ESLint, each rule also records `findings`: how many errors it had per *content key*, the
 * project (its code, else its name) and the indicator name. A table changes shape from year to
 * year, so a JSON pointer or a line is no key: inserting a project would shift every later one.
 * Matching is per key: an error is suppressed while its key has no more errors than recorded, so a
 * new defect fails even where an old one was fixed in the same file and rule.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { contentKey, createResult, type LintMessage, type LintResult } from '../engine/results.js';

export const DEFAULT_SUPPRESSIONS_FILE = 'perflint-suppressions.json';

export interface RuleSuppressions {
  /** all of the rule's suppressed errors in the file (ESLint's field) */
  count: number;
  /** content key → how many errors */
  findings: Record<string, number>;
}

/** file (relative to the working directory, with /) → rule → its suppressions */
export type Suppressions = Record<string, Record<string, RuleSuppressions>>;

/** A recorded finding that no longer occurs (or occurs fewer times). */
export interface UnusedSuppression {
  file: string;
  ruleId: string;
  key: string;
  count: number;
}

/** A suppressions file that cannot be used: the path and the cause. */
export class SuppressionsError extends Error {}

/** Errors of a rule, not fatal ones: what a baseline may hold (ESLint suppresses errors only). */
function suppressible(message: LintMessage): message is LintMessage & { ruleId: string } {
  return message.severity === 2 && !message.fatal && message.ruleId !== null;
}

export function fileKey(cwd: string, filePath: string): string {
  return relative(cwd, filePath).split('\\').join('/');
}

/** Missing file → undefined; anything else that is not the right shape is an error. */
export async function loadSuppressions(path: string): Promise<Suppressions | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SuppressionsError(`${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SuppressionsError(`${path}: ${(error as Error).message}`);
  }
  if (!isSuppressions(parsed)) throw new SuppressionsError(`${path}: not a perflint suppressions file (file → rule → { count, findings })`);
  return parsed;
}

function isSuppressions(value: unknown): value is Suppressions {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  return (
    isObject(value) &&
    Object.values(value).every(
      (rules) =>
        isObject(rules) &&
        Object.values(rules).every((r) => isObject(r) && typeof r.count === 'number' && isObject(r.findings) && Object.values(r.findings).every((n) => typeof n === 'number')),
    )
  );
}

/** Stable text: files, rules and keys sorted, so a baseline diffs cleanly in review. */
export function serializeSuppressions(suppressions: Suppressions): string {
  const sorted = (o: Record<string, unknown>) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
  const out: Suppressions = {};
  for (const file of Object.keys(suppressions).sort()) {
    const rules: Record<string, RuleSuppressions> = {};
    for (const [ruleId, r] of Object.entries(sorted(suppressions[file]!)) as Array<[string, RuleSuppressions]>) {
      rules[ruleId] = { count: r.count, findings: sorted(r.findings) as Record<string, number> };
    }
    if (Object.keys(rules).length) out[file] = rules;
  }
  return JSON.stringify(out, null, 2) + '\n';
}

/** errors per rule and content key */
function countFindings(messages: readonly LintMessage[], rules?: ReadonlySet<string>): Map<string, Map<string, number>> {
  const byRule = new Map<string, Map<string, number>>();
  for (const m of messages) {
    if (!suppressible(m) || (rules && !rules.has(m.ruleId))) continue;
    const keys = byRule.get(m.ruleId) ?? new Map<string, number>();
    const key = contentKey(m);
    keys.set(key, (keys.get(key) ?? 0) + 1);
    byRule.set(m.ruleId, keys);
  }
  return byRule;
}

function toRuleSuppressions(keys: Map<string, number>): RuleSuppressions {
  let count = 0;
  for (const n of keys.values()) count += n;
  return { count, findings: Object.fromEntries(keys) };
}

/**
 * `--suppress-all` (no `rules`) or `--suppress-rule`: the current errors replace what the file
 * recorded for those files and rules; everything else in it is kept.
 */
export function suppress(existing: Suppressions, results: readonly LintResult[], cwd: string, rules?: ReadonlySet<string>): Suppressions {
  const next: Suppressions = structuredClone(existing);
  for (const result of results) {
    const file = fileKey(cwd, result.filePath);
    for (const [ruleId, keys] of countFindings(result.messages, rules)) {
      next[file] = { ...next[file], [ruleId]: toRuleSuppressions(keys) };
    }
  }
  return next;
}

/** `--prune-suppressions`: each recorded count is lowered to what still occurs; empty entries go. */
export function prune(existing: Suppressions, results: readonly LintResult[], cwd: string): Suppressions {
  const next: Suppressions = {};
  for (const result of results) {
    const file = fileKey(cwd, result.filePath);
    const recorded = existing[file];
    if (!recorded) continue;
    const found = countFindings(result.messages);
    for (const [ruleId, r] of Object.entries(recorded)) {
      const kept = new Map<string, number>();
      for (const [key, count] of Object.entries(r.findings)) {
        const n = Math.min(count, found.get(ruleId)?.get(key) ?? 0);
        if (n > 0) kept.set(key, n);
      }
      if (kept.size) next[file] = { ...next[file], [ruleId]: toRuleSuppressions(kept) };
    }
  }
  // files not linted in this run are not ours to judge: kept as they were
  const linted = new Set(results.map((r) => fileKey(cwd, r.filePath)));
  for (const [file, rules] of Object.entries(existing)) if (!linted.has(file)) next[file] = rules;
  return next;
}

/**
 * Moves the recorded errors to `suppressedMessages`. Per file, rule and key, as ESLint per file and
 * rule: when there are no more errors than recorded they are all suppressed, otherwise all are
 * reported (so the reviewer sees which row got worse). Recorded findings that did not occur are unused.
 */
export function applySuppressions(
  results: readonly LintResult[],
  suppressions: Suppressions,
  cwd: string,
): { results: LintResult[]; unused: UnusedSuppression[] } {
  const unused: UnusedSuppression[] = [];
  const out = results.map((result) => {
    const file = fileKey(cwd, result.filePath);
    const recorded = suppressions[file];
    if (!recorded) return result;
    const found = countFindings(result.messages);
    for (const [ruleId, r] of Object.entries(recorded)) {
      for (const [key, count] of Object.entries(r.findings)) {
        const n = found.get(ruleId)?.get(key) ?? 0;
        if (n < count) unused.push({ file, ruleId, key, count: count - n });
      }
    }
    const isSuppressed = (m: LintMessage) => {
      if (!suppressible(m)) return false;
      const key = contentKey(m);
      return (found.get(m.ruleId)?.get(key) ?? 0) <= (recorded[m.ruleId]?.findings[key] ?? 0);
    };
    const kept = result.messages.filter((m) => !isSuppressed(m));
    if (kept.length === result.messages.length) return result;
    const suppressed = result.messages.filter(isSuppressed).map((m) => ({ ...m, suppressions: [{ kind: 'file' as const, justification: '' }] }));
    // the counts are recomputed; everything else about the file (output, who filed it) stays
    const counts = createResult(result.filePath, kept);
    return { ...result, ...counts, suppressedMessages: [...result.suppressedMessages, ...suppressed] };
  });
  return { results: out, unused };
}
