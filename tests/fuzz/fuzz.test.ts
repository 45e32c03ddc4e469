/**
 * A small deterministic slice of `npm run fuzz`: the same case generator and the same checks
 * (tests/fuzz/harness.mjs), a fixed seed, a few hundred cases in this thread through the library
 * built from src, and two batches through the built CLI with --concurrency off and 2.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PerfLint } from '../../src/node/perflint.js';
import { BIN, ROOT } from '../cli/scenario.js';
import { checkCliPair, checkOutcome, createLinter, FAMILIES, lintCase, loadCorpus, makeCase, runCliPair, type FuzzCase, type Problem } from './harness.mjs';

const SEED = 'slice-1';
const CASES = 250;

const corpus = loadCorpus(ROOT);
let dir: string;
const problems: Problem[] = [];
const families = new Map<string, number>();
let casesWithMessages = 0;

/** what the run found of one class, as readable lines (so a failure shows the reproducers' case numbers) */
function found(...classes: string[]): string[] {
  return problems.filter((p) => classes.includes(p.cls)).map((p) => `case ${p.index}: ${p.detail}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'perflint-fuzz-slice-'));
  const linter = createLinter(PerfLint, dir);
  for (let i = 0; i < CASES; i++) {
    const c = makeCase(corpus, SEED, i);
    families.set(c.family, (families.get(c.family) ?? 0) + 1);
    const outcome = await lintCase(linter, dir, c, { apiProbe: i % 10 === 0 });
    if (outcome.results?.some((r) => r.messages.length)) casesWithMessages++;
    // the slice has no watchdog thread: a generous per-case limit, still far below the test timeout
    for (const p of checkOutcome(c, outcome, { slowMs: 5000 })) problems.push({ ...p, index: i });
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`fuzz slice (seed ${SEED}, ${CASES} cases)`, () => {
  it('covers every mutation family and the cases reach the rules', () => {
    expect([...families.keys()].sort()).toEqual(FAMILIES.map(([, name]) => name).sort());
    // mutated inputs are still mostly documents: most of them get messages, none is silently skipped
    expect(casesWithMessages).toBeGreaterThan(CASES * 0.8);
  });

  it('no exception escapes lintFiles or lintDocuments', () => {
    expect(found('uncaught-exception')).toEqual([]);
  });

  it('no message says "internal error", names a crashed rule or leaks a JavaScript error', () => {
    expect(found('internal-error', 'rule-crash', 'js-error-in-message', 'template-leak', 'malformed-message', 'malformed-result')).toEqual([]);
  });

  it('every message is located (line/column in JSON, a cell in spreadsheets), inside the file', () => {
    expect(found('unlocated', 'bad-location')).toEqual([]);
  });

  it('what a message claims about the file is true (encoding named, "empty" only when empty)', () => {
    expect(found('encoding-not-named', 'misleading-empty')).toEqual([]);
  });

  it('lintDocuments says what lintFiles says, and no case is slow', () => {
    expect(found('api-mismatch', 'slow-case')).toEqual([]);
  });

  it('the CLI gives the same JSON with --concurrency off and 2, exits 0/1/2 and prints no stack trace, even when stdout fails', async () => {
    // one batch of five cases, in the CLI's default language (the in-process cases run in English)
    const cases: FuzzCase[] = Array.from({ length: 5 }, (_, j) => makeCase(corpus, SEED, j));
    const pair = await runCliPair(BIN, join(dir, 'cli'), cases, { locale: 'zh-CN', fullDisk: true });
    // the comparison means something only if both runs printed a report of all five files
    expect((JSON.parse(pair.off.stdout) as unknown[]).length).toBe(5);
    expect((JSON.parse(pair.two.stdout) as unknown[]).length).toBe(5);
    expect(checkCliPair(cases, pair).map((p) => `${p.cls}: ${p.detail}`)).toEqual([]);
  });
});
