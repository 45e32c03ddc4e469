/**
 * A clerk drops a folder: the walk takes workbooks and submissions, passes over other tools' JSON
 * (with one note, never silently) and the lock files and annotated copies that sit beside
 * workbooks; anything named on the command line is linted as it is.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PerfLint } from '../../src/node/perflint.js';
import { BIN, ROOT } from '../cli/scenario.js';

const SEED = join(ROOT, 'fixtures', 'seeds', '000_30a1bc42c77b7743.json');
const WORKBOOK = join(ROOT, 'fixtures', 'workbooks', '申报表.xlsx');

function clerksFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'perflint-folder-'));
  copyFileSync(SEED, join(dir, '商务局.json'));
  copyFileSync(WORKBOOK, join(dir, '申报表.xlsx'));
  copyFileSync(WORKBOOK, join(dir, '~$申报表.xlsx'));
  copyFileSync(WORKBOOK, join(dir, '申报表.annotated.xlsx'));
  copyFileSync(WORKBOOK, join(dir, '申报表.annotated(2).xlsx'));
  writeFileSync(join(dir, 'tsconfig.json'), '{ // comments: this would not even parse\n}');
  writeFileSync(join(dir, 'report.json'), '[{"filePath":"x","messages":[]}]');
  writeFileSync(join(dir, 'broken.json'), '{"format":"perflint/v1", "projects": [');
  return dir;
}

async function lintFolder(dir: string, concurrency: 'off' | 2) {
  const skipped: string[] = [];
  const results = await new PerfLint({ cwd: dir, concurrency, onFileSkipped: (f) => skipped.push(basename(f)) }).lintFiles(['.']);
  return { linted: results.map((r) => basename(r.filePath)), skipped, results };
}

describe('a folder of workbooks and submissions', () => {
  it('takes spreadsheets and submissions, skips foreign JSON with a note, and never the lock file or annotated copies', async () => {
    const { linted, skipped, results } = await lintFolder(clerksFolder(), 'off');
    expect(linted).toEqual(['broken.json', '商务局.json', '申报表.xlsx']);
    expect(skipped).toEqual(['report.json']);
    // a submission that does not parse is still reported: it may be a broken one
    expect(results[0]!.messages[0]).toMatchObject({ fatal: true, line: 1 });
  });

  it('decides the same in worker threads', async () => {
    const dir = clerksFolder();
    const off = await lintFolder(dir, 'off');
    const workers = await lintFolder(dir, 2);
    expect(workers.skipped).toEqual(off.skipped);
    expect(JSON.stringify(workers.results)).toBe(JSON.stringify(off.results));
  });

  it('lints a named file whatever it is', async () => {
    const dir = clerksFolder();
    const results = await new PerfLint({ cwd: dir }).lintFiles(['report.json', '申报表.annotated.xlsx']);
    expect(results.map((r) => basename(r.filePath))).toEqual(['report.json', '申报表.annotated.xlsx']);
    expect(results[0]!.messages[0]).toMatchObject({ ruleId: 'schema', fatal: true });
  });

  it('the CLI says in one line what it skipped', () => {
    const dir = clerksFolder();
    const run = spawnSync(process.execPath, [BIN, '.', '-f', 'json'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('perflint：已跳过 report.json：不是 perflint/v1 申报文件的 JSON（如需检查，请直接写出文件名）\n');
    expect(run.status).toBe(1);
  });
});
