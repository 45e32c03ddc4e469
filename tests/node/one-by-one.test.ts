/**
 * lintFilesOneByOne parks each file's messages on disk until the corpus phase is done: its results
 * must be lintFiles' results, in the same order, corpus findings included,
 * and the CLI's streamed `-f json` must be the json formatter's text byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { json } from '../../src/formatters/json.js';
import type { LintResult } from '../../src/engine/results.js';
import { MessageSpill } from '../../src/node/message-spill.js';
import { PerfLint } from '../../src/node/perflint.js';
import { BIN, ROOT } from '../cli/scenario.js';
import { generateCorpus, HAS_CORPUS_GENERATOR } from '../helpers/corpus.js';

const SEED = join(ROOT, 'fixtures', 'seeds', '000_30a1bc42c77b7743.json');
const WORKBOOK = join(ROOT, 'fixtures', 'workbooks', '申报表.xlsx');

describe('MessageSpill', () => {
  it('gives back the messages it parked, then those the corpus phase added, and leaves the caller its own outcome', () => {
    const spill = MessageSpill.open()!;
    const message = { ruleId: 'x', severity: 1 as const, message: '第2行“市场供应”', line: 3, column: 4, pointer: '/projects/0' };
    const outcome = { filePath: '/a.json', messages: [message], corpus: [], projectNames: ['p'], projectCodes: [''] };
    const kept = spill.keep(outcome);
    expect(outcome.messages).toEqual([message]);
    expect(kept.messages).toEqual([]);
    const corpusFinding = { ...message, ruleId: 'no-copied-targets', line: 1 };
    kept.messages.push(corpusFinding);
    expect(spill.later(kept)()).toEqual([message, corpusFinding]);
    spill.close();
  });
});

async function both(cwd: string, options: { cache?: boolean; cacheLocation?: string } = {}) {
  const all = await new PerfLint({ cwd, concurrency: 'off', ...options }).lintFiles(['.']);
  const oneByOne = await new PerfLint({ cwd, concurrency: 'off', ...options }).lintFilesOneByOne(['.']);
  const results: LintResult[] = [...oneByOne.results];
  return { all, results, filePaths: oneByOne.filePaths };
}

describe('a folder with a broken file and a workbook', () => {
  it('gives lintFiles results one at a time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perflint-one-by-one-'));
    copyFileSync(SEED, join(dir, '商务局.json'));
    copyFileSync(WORKBOOK, join(dir, '申报表.xlsx'));
    writeFileSync(join(dir, 'broken.json'), '{"format":"perflint/v1", "projects": [');
    const { all, results, filePaths } = await both(dir);
    expect(results).toEqual(all);
    expect(filePaths).toEqual(all.map((r) => r.filePath));
    expect(results).toHaveLength(3);
  });
});

describe.skipIf(!HAS_CORPUS_GENERATOR)('a generated corpus with copies across files', () => {
  let docs: string;

  beforeAll(() => {
    docs = generateCorpus(120, 5);
    writeFileSync(join(docs, '.perflintrc.yaml'), 'extends: perflint:all\n');
  });

  it('gives the same results, corpus findings and their related places in other files included, with and without the cache', async () => {
    const { all, results } = await both(docs);
    expect(results).toEqual(all);
    const copies = all.flatMap((r) => r.messages.filter((m) => m.ruleId === 'no-copied-targets'));
    expect(copies.some((m) => m.related?.some((r) => r.line > 1))).toBe(true);
    const cacheLocation = join(mkdtempSync(join(tmpdir(), 'perflint-one-by-one-cache-')), 'cache');
    await both(docs, { cache: true, cacheLocation });
    const cached = await both(docs, { cache: true, cacheLocation });
    expect(cached.results).toEqual(all);
  });

  it('the CLI streams -f json to stdout and to -o as the json formatter writes it, with the same exit code', async () => {
    const expected = await json(await new PerfLint({ cwd: docs, concurrency: 'off' }).lintFiles(['.']), { cwd: docs, locale: 'zh-CN', rulesMeta: {} });
    const run = (...args: string[]) => spawnSync(process.execPath, [BIN, '.', '-f', 'json', '--concurrency', 'off', ...args], { cwd: docs, encoding: 'utf8', maxBuffer: 1 << 28 });
    const toStdout = run();
    expect(toStdout.status).toBe(1);
    expect(toStdout.stdout).toBe(expected);
    const report = join(mkdtempSync(join(tmpdir(), 'perflint-one-by-one-out-')), 'report.json');
    const toFile = run('-o', report);
    expect(toFile.status).toBe(1);
    expect(toFile.stdout).toBe('');
    expect(readFileSync(report, 'utf8')).toBe(expected);
    const quiet = JSON.parse(run('--quiet').stdout) as LintResult[];
    expect(quiet.flatMap((r) => r.messages).every((m) => m.severity === 2)).toBe(true);
    expect(quiet.map((r) => r.errorCount)).toEqual((JSON.parse(expected) as LintResult[]).map((r) => r.errorCount));
  });
});
