import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './scenario.js';

const SEEDS = ['000_30a1bc42c77b7743.json', '001_84903211b8abe6be.json', '002_ee05bafa97bc834e.json'];

describe('--cache', () => {
  let cwd: string;
  const lint = (...extra: string[]) => spawnSync(process.execPath, [BIN, 'docs', '-f', 'json', ...extra], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });

  beforeEach(() => {
    cwd = mkdtempSync(join(tmpdir(), 'perflint-cache-'));
    mkdirSync(join(cwd, 'docs'));
    for (const seed of SEEDS) copyFileSync(join(ROOT, 'fixtures', 'seeds', seed), join(cwd, 'docs', seed));
    writeFileSync(join(cwd, '.perflintrc.yaml'), 'extends: perflint:all\n');
  });

  it('gives the results of a run without it, from a new cache and from a full one', () => {
    const plain = lint();
    const first = lint('--cache');
    expect(existsSync(join(cwd, '.perflintcache'))).toBe(true);
    const second = lint('--cache');
    expect(first.stdout).toBe(plain.stdout);
    expect(second.stdout).toBe(plain.stdout);
    expect(second.status).toBe(plain.status);
    expect(second.stderr).toBe('');
  });

  it('is never stale: an edited file of a cached run is checked again, and the corpus findings follow', () => {
    lint('--cache');
    // the second file becomes a copy of the first one's first project: a per-file and a corpus change
    const first = JSON.parse(readFileSync(join(cwd, 'docs', SEEDS[0]!), 'utf8'));
    const edited = JSON.parse(readFileSync(join(cwd, 'docs', SEEDS[1]!), 'utf8'));
    edited.projects[0].indicators[0].value = '文字描述';
    edited.projects.push({ ...first.projects[0], name: '另一个项目', code: 'X-1' });
    writeFileSync(join(cwd, 'docs', SEEDS[1]!), JSON.stringify(edited, null, 2));
    const cached = lint('--cache');
    const plain = lint();
    expect(cached.stdout).toBe(plain.stdout);
    const messages = (JSON.parse(cached.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; pointer: string }> }>).find((r) => r.filePath.endsWith(SEEDS[1]!))!.messages;
    expect(messages.some((m) => m.ruleId === 'no-placeholder' && m.pointer.startsWith('/projects/0/indicators/0'))).toBe(true);
  });

  it('ignores a corrupt cache file with a note, and rewrites it', () => {
    const plain = lint();
    writeFileSync(join(cwd, '.perflintcache'), 'not a cache');
    const run = lint('--cache');
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).toMatch(/^perflint：缓存文件 .*\.perflintcache 无法读取.*已忽略/);
    expect(lint('--cache').stderr).toBe('');
  });

  it('--cache-location takes a file or a folder, and never writes over an input', () => {
    lint('--cache-location', 'store/');
    expect(existsSync(join(cwd, 'store', '.perflintcache'))).toBe(true);
    lint('--cache-location', 'my.cache');
    expect(existsSync(join(cwd, 'my.cache'))).toBe(true);
    const input = join(cwd, 'docs', SEEDS[0]!);
    const before = readFileSync(input, 'utf8');
    const run = lint('--cache-location', `docs/${SEEDS[0]}`);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });
});
