/**
 * No single input takes a run down: each bad input becomes a located message on that file or
 * folder, the other files go on, and the result does not depend on --concurrency.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/node/discover-files.js';
import { PerfLint } from '../../src/node/perflint.js';
import type { LintResult } from '../../src/engine/results.js';
import { ROOT } from '../cli/scenario.js';

const SEED = join(ROOT, 'fixtures', 'seeds', '000_30a1bc42c77b7743.json');

function workdir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'perflint-inputs-'));
  copyFileSync(SEED, join(dir, 'good.json'));
  return dir;
}

const fatalOf = (results: LintResult[], name: string) => results.find((r) => r.filePath.endsWith(name))?.messages.filter((m) => m.fatal) ?? [];

async function lint(dir: string, concurrency: 'off' | 2 = 'off', options: Partial<ConstructorParameters<typeof PerfLint>[0]> = {}): Promise<LintResult[]> {
  return new PerfLint({ cwd: dir, concurrency, ...options }).lintFiles(['.']);
}

describe('JSON that used to end the run', () => {
  it('nesting 10^5 deep is a located message on that file, the same with and without workers', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'deep.json'), `{"format":"perflint/v1","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    const off = await lint(dir, 'off');
    const workers = await lint(dir, 2);
    expect(fatalOf(off, 'deep.json')).toEqual([expect.objectContaining({ line: 1, column: 128, message: expect.stringContaining('嵌套超过 100 层') })]);
    expect(off.find((r) => r.filePath.endsWith('good.json'))!.messages.length).toBeGreaterThan(0);
    expect(JSON.stringify(workers)).toBe(JSON.stringify(off));
  });

  it('a file with more findings than the stack has room for arguments is reported whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perflint-inputs-'));
    const indicators = Array.from({ length: 140_000 }, (_, i) => ({ level1: '产出指标', level2: '数量指标', name: `指标${i}`, value: '文字描述' }));
    const document = { format: 'perflint/v1', year: 2021, region: { province: '浙江省' }, department: { name: '某局' }, projects: [{ name: '某项目', indicators }] };
    writeFileSync(join(dir, 'big.json'), JSON.stringify(document));
    const [result] = await new PerfLint({ cwd: dir, concurrency: 'off', config: { rules: { 'no-placeholder': 'error' } } }).lintFiles(['big.json']);
    expect(result!.messages.filter((m) => m.ruleId === 'no-placeholder')).toHaveLength(140_000);
  });

  it('a file over the size limit is reported, not read', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'huge.json'), ' '.repeat(4096));
    const results = await lint(dir, 'off', { maxFileBytes: 1024 });
    expect(fatalOf(results, 'huge.json')[0]!.message).toBe('文件太大（1 MiB，上限 1 MiB），未读取；请按部门拆分后再检查');
    expect(results).toHaveLength(2);
  });

  it('names the encoding of UTF-16 and GBK files and asks for UTF-8; locates invalid UTF-8', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perflint-inputs-'));
    const text = JSON.stringify({ format: 'perflint/v1', year: 2021, department: { name: '商务局' } }, null, 2);
    writeFileSync(join(dir, 'u16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(dir, 'gbk.json'), iconv.encode(text, 'gbk'));
    const broken = Buffer.from(text, 'utf8');
    broken[broken.indexOf('商')] = 0xff;
    writeFileSync(join(dir, 'broken.json'), broken);
    const results = await lint(dir);
    expect(fatalOf(results, 'u16.json')[0]!.message).toContain('文件是 UTF-16（LE） 编码；JSON 须为 UTF-8');
    expect(fatalOf(results, 'gbk.json')[0]!.message).toContain('文件是 GBK/GB18030 编码');
    expect(fatalOf(results, 'broken.json')[0]).toMatchObject({ line: 5, column: 14, message: expect.stringContaining('不是合法的 UTF-8') });
  });

  it('a workbook saved as .json is named as a workbook, not a JSON syntax error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perflint-inputs-'));
    copyFileSync(join(ROOT, 'fixtures', 'workbooks', '申报表.xlsx'), join(dir, 'book.json'));
    expect(fatalOf(await lint(dir), 'book.json')[0]!.message).toContain('这是 Excel/WPS 工作簿，不是 JSON 文本');
  });
});

describe('walking folders', () => {
  it('ends on a symlink loop, lints each real file once, and reports a link to itself', async () => {
    const dir = workdir();
    symlinkSync('.', join(dir, 'loop'));
    symlinkSync(dir, join(dir, 'again'));
    symlinkSync('self.json', join(dir, 'self.json'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('../good.json', join(dir, 'sub', 'alias.json'));
    const results = await lint(dir);
    expect(results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(['good.json', 'self.json']);
    expect(fatalOf(results, 'self.json')[0]!.message).toBe('无法读取此路径（ELOOP），其中的文件未检查');
    // a file reached only through a link is not reported as a copy of itself
    expect(results[0]!.messages.some((m) => m.ruleId === 'duplicate-project' || m.messageId === 'duplicateProject')).toBe(false);
  });

  it('reports a folder it cannot read and goes on with the rest', async () => {
    const dir = workdir();
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'x.json'), '{}');
    const readDirectory = (path: string): Dirent[] => {
      if (path.endsWith('locked')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return readdirSync(path, { withFileTypes: true });
    };
    const found = await discoverFiles({ cwd: dir, patterns: ['.'], ignores: [], extensions: ['.json'], errorOnUnmatchedPattern: true, readDirectory });
    expect(found).toEqual({ files: [join(dir, 'good.json')], walked: new Set([join(dir, 'good.json')]), unreadable: [{ path: join(dir, 'locked'), code: 'EACCES' }] });
  });

  it('never opens a FIFO met on a walk', async () => {
    const dir = workdir();
    expect(spawnSync('mkfifo', [join(dir, 'pipe.json')]).status).toBe(0);
    const results = await lint(dir);
    expect(results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(['good.json']);
  });
});

describe('configs are read only from regular files of sane size', () => {
  it('a FIFO in extends is refused at once instead of hanging', async () => {
    const dir = workdir();
    expect(spawnSync('mkfifo', [join(dir, 'base.yaml')]).status).toBe(0);
    writeFileSync(join(dir, '.perflintrc.yaml'), 'extends: ./base.yaml\n');
    await expect(new PerfLint({ cwd: dir }).lintFiles(['good.json'])).rejects.toMatchObject({ text: { en: 'a config must be a regular file (not a folder, device or pipe)' } });
  });

  it('a config over 1 MiB is refused', async () => {
    const dir = workdir();
    writeFileSync(join(dir, 'base.yaml'), `# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    writeFileSync(join(dir, '.perflintrc.yaml'), 'extends: ./base.yaml\n');
    await expect(new PerfLint({ cwd: dir }).lintFiles(['good.json'])).rejects.toMatchObject({ text: { en: 'the config file is over 1 MiB, which no config is' } });
  });
});
