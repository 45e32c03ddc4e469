/**
 * CLI scenarios (Spectral's `.scenario` files): each file holds assets, a command and the exact
 * stdout/stderr and exit status. Sections: ====test==== ====asset:<path>==== ====command====
 * ====stdout==== ====stderr==== ====status====. `{{root}}` in assets means the repository root.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BIN = join(ROOT, 'dist', 'src', 'cli', 'bin.js');

export interface Scenario {
  test: string;
  assets: Record<string, string>;
  command: string;
  stdout?: string;
  stderr?: string;
  status: number;
}

export function parseScenario(text: string): Scenario {
  const sections = new Map<string, string>();
  const parts = text.split(/^====([^=]+)====\n/m);
  for (let i = 1; i < parts.length; i += 2) sections.set(parts[i]!, parts[i + 1] ?? '');
  const assets: Record<string, string> = {};
  for (const [k, v] of sections) if (k.startsWith('asset:')) assets[k.slice('asset:'.length)] = v;
  const trimEnd = (s: string | undefined) => (s === undefined ? undefined : s.replace(/\n$/, ''));
  return {
    test: (sections.get('test') ?? '').trim(),
    assets,
    command: (sections.get('command') ?? '').trim(),
    stdout: trimEnd(sections.get('stdout')),
    stderr: trimEnd(sections.get('stderr')),
    status: Number((sections.get('status') ?? '0').trim()),
  };
}

export function runScenario(scenario: Scenario): { stdout: string; stderr: string; status: number; cwd: string } {
  const cwd = mkdtempSync(join(tmpdir(), 'perflint-scenario-'));
  for (const [path, content] of Object.entries(scenario.assets)) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), content.replace(/\{\{root\}\}/g, ROOT));
  }
  const args = splitArgs(scenario.command);
  if (args[0] !== 'perflint') throw new Error(`a scenario command starts with "perflint": ${scenario.command}`);
  const run = spawnSync(process.execPath, [BIN, ...args.slice(1)], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const normalize = (s: string) => s.split(cwd).join('<cwd>').replace(/\n$/, '');
  return { stdout: normalize(run.stdout), stderr: normalize(run.stderr), status: run.status ?? -1, cwd };
}

/** Shell-like splitting with single and double quotes; enough for scenario commands. */
function splitArgs(command: string): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g;
  for (const m of command.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

export function readScenario(file: string): Scenario {
  return parseScenario(readFileSync(file, 'utf8'));
}
