import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/fs-atomic.js';

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
