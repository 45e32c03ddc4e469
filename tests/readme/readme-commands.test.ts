/**
 * Every command the READMEs show works exactly as written: each `npx perflint …` runs from a copy of
 * the repository's fixtures and must not be a usage error, a missing file or a crash; each
 * `npm run x` names a script that exists; a transcript's shown lines are what perflint prints.
 * Installing the packed tarball (the CI snippet's first step) is run by pack-install.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../cli/scenario.js';
import { shownCommands, steps } from './readme-blocks.js';

const README_FILES = ['README.md', 'README.en.md'];
const SCRIPTS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
/** run by pack-install.test.ts, which builds the tarball it installs */
const CI_SNIPPET = /^npm install --no-save \.\/vendor\//;

/**
 * A fresh copy of the fixtures per code block, as a newcomer copying that block has: a command that
 * writes (outputs, --fix, a baseline) never touches the repository or another block's run.
 */
const workspaces = new Map<string, string>();
function workspaceFor(readme: string, block: number): string {
  const key = `${readme}#${block}`;
  let dir = workspaces.get(key);
  if (!dir) {
    dir = mkdtempSync(join(tmpdir(), 'perflint-readme-'));
    cpSync(join(ROOT, 'fixtures'), join(dir, 'fixtures'), { recursive: true });
    cpSync(join(ROOT, '.perflintrc.example.yaml'), join(dir, '.perflintrc.example.yaml'));
    // the CI examples lint a repository's submissions/ folder
    cpSync(join(ROOT, 'fixtures', 'seeds'), join(dir, 'submissions'), { recursive: true });
    workspaces.set(key, dir);
  }
  return dir;
}

function splitArgs(command: string): string[] {
  return [...command.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

for (const readme of README_FILES) {
  describe(readme, () => {
    const commands = shownCommands(ROOT, readme).flatMap((c) => steps(c.command).map((step) => ({ ...c, step })));

    it('shows commands (so this test checks something)', () => {
      expect(commands.filter((c) => c.step.startsWith('npx perflint')).length).toBeGreaterThanOrEqual(5);
    });

    for (const { step, shownOutput, block } of commands) {
      if (CI_SNIPPET.test(step)) continue;
      it(step, () => {
        const args = splitArgs(step);
        if (args[0] === 'npm') {
          const script = args[1] === 'run' ? args[2]! : args[1]!;
          if (script === 'ci' || script === 'install') return expect(existsInRepo('package-lock.json')).toBe(true);
          return expect(SCRIPTS[script], `npm ${args.slice(1).join(' ')}`).toBeTypeOf('string');
        }
        expect(args.slice(0, 2), 'a README command is npm … or npx perflint …').toEqual(['npx', 'perflint']);
        const run = spawnSync(process.execPath, [BIN, ...args.slice(2)], { cwd: workspaceFor(readme, block), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        expect(run.stderr).not.toMatch(/内部错误|internal error|没有文件匹配|no files match|\n\s+at /);
        expect([0, 1], run.stderr).toContain(run.status);
        for (const line of shownOutput) {
          if (line.trim() === '' || line.includes('……') || line.startsWith('✖')) continue;
          expect(run.stdout.split('\n'), `shown under "$ ${step}"`).toContain(line);
        }
      });
    }
  });
}

function existsInRepo(file: string): boolean {
  try {
    readFileSync(join(ROOT, file));
    return true;
  } catch {
    return false;
  }
}
