import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { workerCount } from '../../src/node/pool.js';
import { BIN } from '../cli/scenario.js';
import { generateCorpus, HAS_CORPUS_GENERATOR } from '../helpers/corpus.js';

describe('workerCount', () => {
  it('stays in this thread for small runs and when asked', () => {
    expect(workerCount('off', 10_000)).toBe(0);
    expect(workerCount('auto', 5)).toBe(0);
    expect(workerCount(3, 2)).toBe(2);
    expect(workerCount(2, 500)).toBe(2);
  });

  it('auto never pays for workers on fewer than 4 cores, and uses one per 100 files up to the cores beyond', () => {
    expect(workerCount('auto', 10_000, 2)).toBe(0);
    expect(workerCount('auto', 10_000, 3)).toBe(0);
    expect(workerCount('auto', 300, 8)).toBe(3);
    expect(workerCount('auto', 10_000, 8)).toBe(8);
    expect(workerCount('auto', 99, 8)).toBe(0);
  });
});

describe.skipIf(!HAS_CORPUS_GENERATOR)('worker threads', () => {
  let docs: string;

  beforeAll(() => {
    docs = generateCorpus(150, 11);
  });

  const lint = (concurrency: string) =>
    spawnSync(process.execPath, [BIN, '.', '--format', 'json', '--concurrency', concurrency], { cwd: docs, encoding: 'utf8', maxBuffer: 1 << 28 });

  it('give exactly the results of a run in one thread, corpus findings included', () => {
    const single = lint('off');
    const pooled = lint('3');
    expect(single.status).toBe(1);
    expect(pooled.status).toBe(single.status);
    expect(pooled.stdout).toBe(single.stdout);
    const results = JSON.parse(single.stdout) as Array<{ messages: Array<{ ruleId: string }> }>;
    const rules = new Set(results.flatMap((r) => r.messages.map((m) => m.ruleId)));
    expect(rules).toContain('no-copied-targets'); // the corpus phase saw facts from every worker
  });
});
