/**
 * The READMEs' CI snippet and library example, exactly as shown, in a fresh project: pack perflint
 * with `npm pack`, install the tarball from vendor/, run the CLI over a submissions folder and run
 * the library example. This is what an integrator does on a runner where perflint is not published.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../cli/scenario.js';
import { shownCommands } from './readme-blocks.js';
import { readFileSync } from 'node:fs';

const NPM_QUIET = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
let project: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'perflint-consumer-'));
  mkdirSync(join(project, 'vendor'));
  // dist/ is fresh (tests/fresh-build.ts), so packing need not build again
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', join(project, 'vendor')], { cwd: ROOT, encoding: 'utf8' })) as Array<{ filename: string }>;
  expect(packed!.filename).toBe('perflint-0.1.0.tgz');
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'submissions', private: true, type: 'module' }));
  cpSync(join(ROOT, 'fixtures', 'seeds'), join(project, 'submissions'), { recursive: true });
  cpSync(join(ROOT, 'fixtures', 'seeds'), join(project, 'fixtures', 'seeds'), { recursive: true });
}, 300_000);

function run(command: string) {
  const [bin, ...args] = command.split(/\s+/);
  const extra = bin === 'npm' && args[0] === 'install' ? NPM_QUIET : [];
  return spawnSync(bin!, [...args, ...extra], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('installing the packed tarball as the README shows', () => {
  it('the CI snippet installs perflint and gates the submissions', () => {
    const ci = shownCommands(ROOT, 'README.md').filter((c) => /^npm install --no-save \.\/vendor\/|^npx perflint submissions\//.test(c.command));
    expect(ci.map((c) => c.command)).toEqual([
      'npm install --no-save ./vendor/perflint-0.1.0.tgz',
      'npx perflint submissions/ --format github --max-warnings 0',
      'npx perflint submissions/ --suppress-all',
      'npx perflint submissions/ --format github',
    ]);
    const install = run(ci[0]!.command);
    expect(install.status, install.stderr).toBe(0);
    const lint = run(ci[1]!.command);
    expect(lint.stderr).toBe('');
    expect(lint.status).toBe(1);
    expect(lint.stdout).toMatch(/^::error file=submissions\/000_30a1bc42c77b7743\.json,line=\d+/m);
    // the baseline: recorded once, then the same gate passes on what was recorded
    const baseline = run(ci[2]!.command);
    expect(baseline.status, baseline.stderr).toBe(0);
    expect(existsSync(join(project, 'perflint-suppressions.json'))).toBe(true);
    const gated = run(ci[3]!.command);
    expect(gated.status, gated.stderr).toBe(0);
    expect(gated.stdout).not.toMatch(/^::error/m);
    // --init points at the example config: it ships
    expect(existsSync(join(project, 'node_modules', 'perflint', '.perflintrc.example.yaml'))).toBe(true);
  }, 300_000);

  for (const [readme, errorLabel] of [['README.md', '错误'], ['README.en.md', 'error']] as const) {
    it(`${readme}'s library example prints labels in its own language`, () => {
      const text = readFileSync(join(ROOT, readme), 'utf8');
      const example = /```ts\n(import \{ PerfLint \} from 'perflint';[\s\S]*?)```/.exec(text)![1]!;
      writeFileSync(join(project, 'example.mjs'), example);
      const result = spawnSync(process.execPath, ['example.mjs'], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(result.stderr).toBe('');
      expect(result.stdout).toContain(`  ${errorLabel}  `);
      expect(result.stdout).toContain('fixtures/seeds/001_84903211b8abe6be.json');
    }, 120_000);
  }
});
