#!/usr/bin/env node
// `npm run bench`: perflint with every rule on (a config extending perflint:all) against the floor
// (read + JSON.parse + one pass, tests/bench/floor.mjs) on three corpora from
// ../shared/bench/gen-corpus.mjs: 2,000 departments, 20,000 departments, and the 2,000 as one file
// (--single). Whole processes, side by side in one run; medians of wall time, CPU time and peak RSS,
// the ratios, and the recall of the generator's injected defects. Writes bench/RESULTS.md.
// A benchmark measures; it asserts nothing.
//
//   npm run bench                       every corpus, 3 runs each (1 for 20,000 departments)
//   npm run bench -- --quick            one run each, without the 20,000-department corpus
//   npm run bench -- --runs 5 --no-20000 --no-write --bin path/to/bin.js
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, type as osType, release } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonArrayItems } from './json-array.mjs';

/** bench/RESULTS.md from this heading on is written by hand and kept across runs. */
const READING_HEADING = '## Reading the results';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const has = (flag) => args.includes(flag);
const USAGE = 'usage: npm run bench -- [--quick] [--runs N] [--no-20000] [--no-write] [--bin path/to/bin.js]';
// a mistyped flag must not start a run of several minutes
const FLAGS_WITH_VALUES = new Set(['--runs', '--bin']);
const KNOWN_FLAGS = new Set(['--quick', '--no-20000', '--no-write', ...FLAGS_WITH_VALUES]);
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--help' || args[i] === '-h') {
    console.log(USAGE);
    process.exit(0);
  }
  if (!KNOWN_FLAGS.has(args[i])) {
    console.error(`unknown argument ${args[i]}\n${USAGE}`);
    process.exit(2);
  }
  if (FLAGS_WITH_VALUES.has(args[i])) i++;
}
const quick = has('--quick');
const runs = Number(args[args.indexOf('--runs') + 1]) || (quick ? 1 : 3);
const withLarge = !quick && !has('--no-20000');
const generator = resolve(root, '..', 'shared', 'bench', 'gen-corpus.mjs');
// --bin: a copy of a build, so rebuilding dist/ during a long run cannot mix two builds
const bin = resolve(args.includes('--bin') ? args[args.indexOf('--bin') + 1] : join(root, 'dist', 'src', 'cli', 'bin.js'));
const rss = join(root, 'tests', 'bench', 'report-rss.mjs');
const floorScript = join(root, 'tests', 'bench', 'floor.mjs');
const config = join(root, '.bench', 'all.yaml');

if (!existsSync(bin)) fail('perflint is not built: run npm run build first');
mkdirSync(dirname(config), { recursive: true });
writeFileSync(config, 'extends: perflint:all\n');

const corpora = [
  { name: '2,000 departments', departments: 2000, single: false, runs },
  ...(withLarge ? [{ name: '20,000 departments', departments: 20000, single: false, runs: Math.min(runs, 1) }] : []),
  { name: '2,000 departments as one file (--single)', departments: 2000, single: true, runs },
];

const rows = [];
for (const corpus of corpora) {
  corpus.dir = join(root, '.bench', `corpus-${corpus.departments}${corpus.single ? '-single' : ''}`);
  ensureCorpus(corpus);
  const docs = join(corpus.dir, 'docs');
  const report = join(corpus.dir, 'report.json');
  console.log(`\n${corpus.name}`);
  const floor = measure('floor', [floorScript, docs], corpus.runs);
  const counts = JSON.parse(floor.stdout);
  const perflint = measure('perflint', [bin, '-c', config, docs, '-f', 'json', '-o', report], corpus.runs);
  const recall = measureRecall(report, join(corpus.dir, 'manifest.json'));
  rows.push({ corpus, counts, floor, perflint, recall });
}

const large = rows.find((r) => r.corpus.departments === 20000);
const small = rows.find((r) => r.corpus.departments === 2000 && !r.corpus.single);
const table = [
  '| corpus | files / projects / indicators | floor wall · CPU · RSS | perflint wall · CPU · RSS | wall ratio | CPU ratio |',
  '| --- | --- | --- | --- | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.corpus.name} | ${r.counts.files} / ${r.counts.projects} / ${r.counts.indicators} | ${cell(r.floor)} | ${cell(r.perflint)} | ${(r.perflint.wall / r.floor.wall).toFixed(1)}× | ${(r.perflint.cpu / r.floor.cpu).toFixed(1)}× |`,
  ),
];
const scaling = large && small ? `20,000 against 2,000 departments (perflint wall time): ${(large.perflint.wall / small.perflint.wall).toFixed(1)}×` : '';
const recallLines = rows.map((r) => `- ${r.corpus.name}: ${Object.entries(r.recall).map(([kind, { found, injected }]) => `${kind} ${found}/${injected}`).join(', ')}`);
console.log(`\n${table.join('\n')}\n${scaling}\nrecall of the injected defects (a finding of the matching rule at the defect):\n${recallLines.join('\n')}`);

if (!has('--no-write')) {
  const cpu = cpus();
  const text = `# Benchmark results

Written by \`npm run bench${args.length ? ` -- ${args.join(' ')}` : ''}\` on ${new Date().toISOString()}.

## Machine

- ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} GiB free at the end)
- ${osType()} ${release()}, Node.js ${process.version}
- load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(', ')} (the machine may be shared: compare ratios, not seconds)

## Commands

Corpora: \`node ../shared/bench/gen-corpus.mjs --out .bench/corpus-N --departments N --seed 1\` (and \`--single\`).
Each figure is the median of ${runs} run(s) (1 for 20,000 departments); wall time, CPU time of the
whole process (workers included) and peak RSS, measured by \`tests/bench/report-rss.mjs\`.

- floor: \`node tests/bench/floor.mjs <corpus>/docs\`
- perflint: \`node dist/src/cli/bin.js -c .bench/all.yaml <corpus>/docs -f json -o <corpus>/report.json\` with \`.bench/all.yaml\` = \`extends: perflint:all\` (default \`--concurrency auto\`)

## Results

${table.join('\n')}

${scaling}

Recall of the injected defects (a finding of the matching rule at the defect's place):

${recallLines.join('\n')}
`;
  mkdirSync(join(root, 'bench'), { recursive: true });
  const file = join(root, 'bench', 'RESULTS.md');
  // the hand-written reading of the figures (what stands in the way, --stats) outlives a new run
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const reading = previous.indexOf(READING_HEADING);
  writeFileSync(file, reading === -1 ? text : `${text}\n${previous.slice(reading)}`);
  console.log(`\nwrote ${relative(process.cwd(), file)}`);
}

function cell(m) {
  return `${(m.wall / 1000).toFixed(2)} s · ${(m.cpu / 1000).toFixed(2)} s · ${m.rssMiB.toFixed(0)} MiB`;
}

function fail(message) {
  console.error(message);
  process.exit(2);
}

function ensureCorpus(corpus) {
  if (existsSync(join(corpus.dir, 'manifest.json'))) return;
  if (!existsSync(generator)) fail(`corpus generator not found at ${generator}`);
  mkdirSync(corpus.dir, { recursive: true });
  console.log(`generating ${corpus.name} into ${corpus.dir} …`);
  const flags = ['--out', corpus.dir, '--departments', String(corpus.departments), '--seed', '1', ...(corpus.single ? ['--single'] : [])];
  const gen = spawnSync(process.execPath, [generator, ...flags], { stdio: 'inherit' });
  if (gen.status !== 0) process.exit(2);
}

function median(xs) {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

/** Medians over `count` runs of one whole process: wall ms, CPU ms, peak RSS MiB. */
function measure(label, argv, count) {
  const walls = [];
  const cpusMs = [];
  const peaks = [];
  let stdout = '';
  for (let i = 0; i < count; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, ['--import', rss, ...argv], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      env: { ...process.env, PERFLINT_BENCH_RSS: '1' },
    });
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    cpusMs.push(Number(/CPU_US=(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1000);
    peaks.push(Number(/PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1] ?? 0) / 1024);
    if (run.status !== 0 && run.status !== 1) console.error(`${label} exited ${run.status}: ${run.stderr.slice(0, 500)}`);
    stdout = run.stdout;
  }
  const m = { wall: median(walls), cpu: median(cpusMs), rssMiB: median(peaks), stdout };
  console.log(`  ${label.padEnd(9)} wall ${(m.wall / 1000).toFixed(2).padStart(7)} s   CPU ${(m.cpu / 1000).toFixed(2).padStart(7)} s   peak RSS ${m.rssMiB.toFixed(0).padStart(5)} MiB`);
  return m;
}

/** Which injected defects (manifest.json) perflint reported, by the rule that should catch each kind. */
function measureRecall(reportFile, manifestFile) {
  const ruleFor = {
    'copied-targets': 'no-copied-targets',
    'missing-satisfaction': 'require-satisfaction',
    'weights-sum': 'weights-sum',
    'placeholder-value': 'no-placeholder',
    'unit-mismatch': 'consistent-units',
  };
  // a finding counts at the defect's pointer, above it or below it: index every finding's pointer
  // and every pointer above it, so a one-file corpus with 10^5 findings is not scanned per defect
  const at = new Set();
  const above = new Set();
  const ancestors = (pointer) => pointer.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
  // (the report of 20,000 files is longer than any string can be)
  for (const result of jsonArrayItems(reportFile)) {
    const file = basename(result.filePath);
    for (const m of result.messages) {
      at.add(`${file}#${m.ruleId}#${m.pointer}`);
      for (const a of ancestors(m.pointer)) above.add(`${file}#${m.ruleId}#${a}`);
    }
  }
  const out = {};
  for (const defect of JSON.parse(readFileSync(manifestFile, 'utf8')).defects) {
    const [file, pointer] = defect.at.split('#');
    const key = `${file}#${ruleFor[defect.kind]}#`;
    const found = above.has(key + pointer) || ancestors(pointer).some((a) => at.has(key + a));
    out[defect.kind] ??= { found: 0, injected: 0 };
    out[defect.kind].injected++;
    if (found) out[defect.kind].found++;
  }
  return out;
}
