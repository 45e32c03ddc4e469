/** The shared benchmark corpus generator (../shared/bench, beside the repository), for tests that need many files. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../cli/scenario.js';

const GENERATOR = join(ROOT, '..', 'shared', 'bench', 'gen-corpus.mjs');

/** false where the generator is not checked out: such tests are skipped */
export const HAS_CORPUS_GENERATOR = existsSync(GENERATOR);

/** A fresh generated corpus; returns its docs folder. */
export function generateCorpus(departments: number, seed: number): string {
  const out = mkdtempSync(join(tmpdir(), 'perflint-corpus-'));
  const gen = spawnSync(process.execPath, [GENERATOR, '--out', out, '--departments', String(departments), '--seed', String(seed)], { encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(`gen-corpus.mjs failed: ${gen.stderr}`);
  return join(out, 'docs');
}
