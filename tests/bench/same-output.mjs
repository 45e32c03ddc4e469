#!/usr/bin/env node
// Output must not change with an optimisation: lints the seeds (both locales) and a generated
// corpus with every rule on, `-f json`, and prints one sha256 per run. Run it before and after a
// change (e.g. on a build of main) and compare the lines.
//   node tests/bench/same-output.mjs [--bin dist/src/cli/bin.js] [--corpus .bench/corpus-2000/docs]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const bin = resolve(flag('--bin', join(root, 'dist', 'src', 'cli', 'bin.js')));
const corpus = resolve(flag('--corpus', join(root, '.bench', 'corpus-2000', 'docs')));
const config = join(root, '.bench', 'all.yaml');
mkdirSync(dirname(config), { recursive: true });
writeFileSync(config, 'extends: perflint:all\n');

const runs = [
  ['seeds zh-CN', [join(root, 'fixtures', 'seeds')]],
  ['seeds en', [join(root, 'fixtures', 'seeds'), '--locale', 'en']],
  ...(existsSync(corpus) ? [[`corpus ${corpus}`, [corpus]]] : []),
];
for (const [label, argv] of runs) {
  const run = spawnSync(process.execPath, [bin, '-c', config, '-f', 'json', ...argv, ...args.filter((a) => a.startsWith('--concurrency=')).map((a) => a.replace('=', ' ').split(' ')).flat()], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  console.log(`${createHash('sha256').update(run.stdout).digest('hex')}  exit ${run.status}  ${label}`);
}
