import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatStats } from '../../src/cli/stats.js';
import { createStats } from '../../src/engine/stats.js';
import { BIN, ROOT } from './scenario.js';

describe('--stats', () => {
  it('formats rules and phases slowest first, with their share', () => {
    const stats = createStats();
    stats.rules.set('weights-sum', 10).set('no-copied-targets', 30);
    stats.phases.set('parse', 1).set('rules', 3);
    stats.files = 2;
    const lines = formatStats(stats, 50, 'en').split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Rule              |  Time (ms) | Relative',
      ':-----------------|----------:|--------:',
      'no-copied-targets |       30.0 |    75.0%',
      'weights-sum       |       10.0 |    25.0%',
    ]);
    expect(lines).toContain('rules |        3.0 |    75.0%');
    expect(lines).toContain('2 files checked in 50 ms (one thread; rule times are part of the "rules" and "corpus" phases)');
  });

  it('times every enabled rule and phase on stderr and leaves the report unchanged', () => {
    const seeds = join(ROOT, 'fixtures', 'seeds');
    const run = (extra: string[]) => spawnSync(process.execPath, [BIN, seeds, '-f', 'json', '--locale', 'en', ...extra], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
    const plain = run([]);
    const timed = run(['--stats']);
    expect(timed.stdout).toBe(plain.stdout);
    expect(timed.status).toBe(plain.status);
    const ruleIds = new Set(JSON.parse(plain.stdout).flatMap((r: { messages: Array<{ ruleId: string | null }> }) => r.messages.map((m) => m.ruleId)));
    const timedRules = new Set([...timed.stderr.matchAll(/^([a-z-]+) +\| +[\d.]+ \|/gm)].map((m) => m[1]));
    for (const id of ruleIds) if (id !== null && id !== 'schema') expect(timedRules).toContain(id);
    for (const phase of ['read', 'parse', 'validate', 'rules', 'locate', 'corpus']) expect(timedRules).toContain(phase);
  });
});
