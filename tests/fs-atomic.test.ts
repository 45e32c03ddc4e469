import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openOutputFile, TempFiles, writeFileAtomic } from '../src/fs-atomic.js';

describe('writeFileAtomic', () => {
  it('replaces the file whole, creates missing folders, and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perflint-atomic-'));
    const target = join(dir, 'a', 'b', 'report.json');
    await writeFileAtomic(target, 'first');
    await writeFileAtomic(target, 'second');
    expect(readFileSync(target, 'utf8')).toBe('second');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['report.json']);
  });

  it('leaves the old content in place when the new one cannot be written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perflint-atomic-'));
    const target = join(dir, 'report.json');
    writeFileSync(target, 'old');
    // a directory where the file should go: the rename fails, the user's file is untouched
    await expect(writeFileAtomic(join(target, 'inner.json'), 'new')).rejects.toThrow();
    expect(readFileSync(target, 'utf8')).toBe('old');
  });
});

/** a folder holding one report.json that reads "old" */
function oldReport(): { dir: string; target: string } {
  const dir = mkdtempSync(join(tmpdir(), 'perflint-atomic-'));
  const target = join(dir, 'report.json');
  writeFileSync(target, 'old');
  return { dir, target };
}

describe('openOutputFile', () => {
  it('writes a report piece by piece; the target appears only on commit, whole', async () => {
    const { dir, target } = oldReport();
    const temps = new TempFiles();
    const output = await openOutputFile(target, { temps });
    await output.write('[1');
    await output.write(',2]');
    expect(readFileSync(target, 'utf8')).toBe('old');
    await output.commit();
    expect(readFileSync(target, 'utf8')).toBe('[1,2]');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('abort leaves the old file as it was and no temporary file behind', async () => {
    const { dir, target } = oldReport();
    const output = await openOutputFile(target);
    await output.write('half a rep');
    await output.abort();
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('refuses to open an input of the run, naming the path as the user wrote it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perflint-atomic-'));
    const input = join(dir, 'doc.json');
    writeFileSync(input, '{}');
    await expect(openOutputFile(input, { inputs: [input], shownPath: 'doc.json' })).rejects.toThrow(/^doc\.json: it is the input/);
    expect(readFileSync(input, 'utf8')).toBe('{}');
  });
});
