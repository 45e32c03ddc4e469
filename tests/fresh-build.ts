/**
 * vitest global setup: the scenario, pool and bench tests run the compiled CLI and workers in
 * dist/, so dist/ must never be older than the sources. When it is (say `npx vitest` after an
 * edit, without `npm test`), it is rebuilt first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SOURCES = ['src', 'rules', 'schemas'];
const BUILT = join(ROOT, 'dist', 'src', 'cli', 'bin.js');

/** The newest modification time of the non-test sources under a folder. */
function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json|yaml)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export function isBuildStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const built = statSync(BUILT).mtimeMs;
  return SOURCES.some((folder) => newestSource(join(ROOT, folder)) > built);
}

export default function setup(): void {
  if (isBuildStale()) execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
}
