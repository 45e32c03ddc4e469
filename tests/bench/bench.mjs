#!/usr/bin/env node
// `npm run bench`: generates the 2,000-department corpus (≈35k projects, 333k indicators) with
// ../shared/bench/gen-corpus.mjs, then runs perflint (default config) and the floor script as
// whole processes in the same run and prints wall time, peak memory and the ratio, and how many
// of the generator's injected defects were found (recall).
// A benchmark measures; it asserts nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const departments = Number(args[args.indexOf('--departments') + 1] || 2000) || 2000;
const generator = resolve(root, '..', 'shared', 'bench', 'gen-corpus.mjs');
const corpus = join(root, '.bench', `corpus-${departments}`);
const docs = join(corpus, 'docs');
const bin = join(root, 'dist', 'src', 'cli', 'bin.js');
const rss = join(root, 'tests', 'bench', 'report-rss.mjs');

if (!existsSync(bin)) {
  console.error('perflint is not built: run npm run build first');
  process.exit(2);
}
if (!existsSync(join(corpus, 'manifest.json'))) {
  if (!existsSync(generator)) {
    console.error(`corpus generator not found at ${generator}`);
    process.exit(2);
  }
  mkdirSync(corpus, { recursive: true });
  console.log(`generating ${departments} departments into ${corpus} …`);
  const gen = spawnSync(process.execPath, [generator, '--out', corpus, '--departments', String(departments), '--seed', '1'], { stdio: 'inherit' });
  if (gen.status !== 0) process.exit(2);
}

function measure(label, argv, runs = 3) {
  const times = [];
  let peak = 0;
  let stdout = '';
  let status = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['--import', rss, ...argv], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, PERFLINT_BENCH_RSS: '1' },
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    const m = /PEAK_RSS_KB=(\d+)/.exec(run.stderr);
    if (m) peak = Math.max(peak, Number(m[1]));
    stdout = run.stdout;
    status = run.status;
  }
  times.sort((a, b) => a - b);
  return { label, median: times[Math.floor(times.length / 2)], min: times[0], peakMB: peak / 1024, stdout, status };
}

const floor = measure('floor (read + JSON.parse + one pass)', [join(root, 'tests', 'bench', 'floor.mjs'), docs]);
const perflint = measure('perflint (perflint:recommended)', [bin, docs, '--format', 'json', '--output-file', join(corpus, 'report.json')]);
const counts = JSON.parse(floor.stdout);
const recall = measureRecall(join(corpus, 'report.json'), join(corpus, 'manifest.json'));

const row = (r) => `${r.label.padEnd(40)} median ${(r.median / 1000).toFixed(2).padStart(7)} s   min ${(r.min / 1000).toFixed(2).padStart(7)} s   peak ${r.peakMB.toFixed(0).padStart(6)} MB`;
console.log(`corpus: ${counts.files} files, ${counts.projects} projects, ${counts.indicators} indicators`);
console.log(row(floor));
console.log(row(perflint));
console.log(`ratio perflint / floor (median wall time): ${(perflint.median / floor.median).toFixed(1)}×   (perflint exit code ${perflint.status})`);
console.log('recall of the injected defects (a finding of the matching rule at the defect):');
for (const [kind, { found, injected }] of Object.entries(recall)) console.log(`  ${kind.padEnd(22)} ${found}/${injected}`);

/** Which injected defects (manifest.json) perflint reported, by the rule that should catch each kind. */
function measureRecall(reportFile, manifestFile) {
  const ruleFor = {
    'copied-targets': 'no-copied-targets',
    'missing-satisfaction': 'require-satisfaction',
    'weights-sum': 'weights-sum',
    'placeholder-value': 'no-placeholder',
    'unit-mismatch': 'consistent-units',
  };
  const byFile = new Map();
  for (const result of JSON.parse(readFileSync(reportFile, 'utf8'))) byFile.set(basename(result.filePath), result.messages);
  const out = {};
  for (const defect of JSON.parse(readFileSync(manifestFile, 'utf8')).defects) {
    const [file, pointer] = defect.at.split('#');
    const within = (a, b) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
    const found = (byFile.get(file) ?? []).some((m) => m.ruleId === ruleFor[defect.kind] && within(m.pointer, pointer));
    out[defect.kind] ??= { found: 0, injected: 0 };
    out[defect.kind].injected++;
    if (found) out[defect.kind].found++;
  }
  return out;
}
