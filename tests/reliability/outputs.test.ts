/**
 * Nothing the user owns is ever overwritten: outputs over inputs are refused, symlinks are written
 * through, special files are written into (never renamed over), and no temporary file is left.
 * Each case runs the real CLI, as a user would.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, lstatSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputError, TempFiles, writeOutputFile } from '../../src/fs-atomic.js';
import { BIN, ROOT } from '../cli/scenario.js';

const SEED = join(ROOT, 'fixtures', 'seeds', '000_30a1bc42c77b7743.json');
const WORKBOOK = join(ROOT, 'fixtures', 'workbooks', '申报表.xlsx');

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'perflint-outputs-'));
  copyFileSync(SEED, join(dir, 'a.json'));
  return dir;
}

function perflint(cwd: string, args: string[], stdout: 'pipe' | number = 'pipe') {
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', stdout, 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  return { status: run.status, stdout: run.stdout ?? '', stderr: run.stderr };
}

describe('outputs never replace inputs', () => {
  it('refuses a report over the linted file, naming both, and leaves the input as it was', () => {
    const dir = workdir();
    const before = readFileSync(join(dir, 'a.json'));
    const run = perflint(dir, ['a.json', '-f', 'json', '-o', 'a.json']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`perflint：无法写入 a.json：这是本次检查的输入文件“${join(dir, 'a.json')}”，不能用输出覆盖它；请换一个输出文件名\n`);
    expect(readFileSync(join(dir, 'a.json'))).toEqual(before);
  });

  it('sees through a symlink to an input', () => {
    const dir = workdir();
    symlinkSync('a.json', join(dir, 'link.json'));
    expect(perflint(dir, ['a.json', '-f', 'json', '-o', 'link.json']).status).toBe(2);
    expect(readFileSync(join(dir, 'a.json'))).toEqual(readFileSync(SEED));
  });

  it('refuses `import` writing its JSON over the workbook it reads', () => {
    const dir = workdir();
    copyFileSync(WORKBOOK, join(dir, 't.xlsx'));
    const run = perflint(dir, ['import', 't.xlsx', '-o', 't.xlsx']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('不能用输出覆盖它');
    expect(readFileSync(join(dir, 't.xlsx'))).toEqual(readFileSync(WORKBOOK));
  });
});

describe('where an output goes', () => {
  it('writes through a symlink and keeps the link', () => {
    const dir = workdir();
    symlinkSync('real.json', join(dir, 'link.json'));
    expect(perflint(dir, ['a.json', '-f', 'json', '-o', 'link.json']).status).toBe(1);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.json'))).toBe('real.json');
    expect(JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8'))[0].filePath).toBe(join(dir, 'a.json'));
  });

  it('writes into /dev/null without replacing the device', () => {
    const dir = workdir();
    expect(perflint(dir, ['a.json', '-o', '/dev/null']).status).toBe(1);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('writes into a FIFO without replacing it', async () => {
    const dir = workdir();
    expect(spawnSync('mkfifo', [join(dir, 'pipe')]).status).toBe(0);
    // a reader on the FIFO, so the writer's open does not wait forever
    const reader = spawnSync('sh', ['-c', `cat pipe > got.txt & node "${BIN}" a.json -o pipe; echo $? > status.txt; wait`], { cwd: dir, encoding: 'utf8' });
    expect(reader.status).toBe(0);
    expect(readFileSync(join(dir, 'status.txt'), 'utf8').trim()).toBe('1');
    expect(readFileSync(join(dir, 'got.txt'), 'utf8')).toContain('a.json');
    expect(lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('names the user\'s path and the cause when the write fails, and leaves no temporary file', () => {
    const dir = workdir();
    const run = perflint(dir, ['a.json', '-o', 'a.json/report.txt']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('perflint：无法写入 a.json/report.txt：路径中有一段不是文件夹\n');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('keeps the mode of a file it replaces', async () => {
    const dir = workdir();
    const target = join(dir, 'report.txt');
    writeFileSync(target, 'old', { mode: 0o640 });
    await writeOutputFile(target, 'new');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('refuses by inode, so a hard link to an input is an input too', async () => {
    const dir = workdir();
    const error = await writeOutputFile(join(dir, 'a.json'), 'x', { inputs: [join(dir, 'a.json')], shownPath: 'a.json' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
  });

  it('removes the temporary files still being written when told to (the signal handlers call this)', () => {
    const dir = workdir();
    const temps = new TempFiles();
    const temp = join(dir, '.report.tmp');
    writeFileSync(temp, 'half');
    temps.add(temp);
    temps.removeAll();
    expect(readdirSync(dir)).toEqual(['a.json']);
  });
});

describe('standard output', () => {
  it('a write error is one line and exit 2, even for a clean run', () => {
    const dir = workdir();
    const full = spawnSync('sh', ['-c', `node "${BIN}" a.json > /dev/full`], { cwd: dir, encoding: 'utf8' });
    expect(full.status).toBe(2);
    expect(full.stderr).toBe('perflint: cannot write to standard output (ENOSPC)\n');
  });

  it('a closed pipe ends quietly', () => {
    const dir = workdir();
    const piped = spawnSync('sh', ['-c', `node "${BIN}" a.json | head -c 1`], { cwd: dir, encoding: 'utf8' });
    expect(piped.stderr).toBe('');
  });
});
