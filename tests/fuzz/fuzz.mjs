#!/usr/bin/env node
// `npm run fuzz [-- --cases N --seed S --time-limit 5m --workers W --cli-every K]`
//
// Mutates the real fixtures (JSON seeds, the TSV raw seeds, the example workbook) at the value
// level and at the byte level and lints every case in-process through the library (worker
// threads run the cases; a watchdog kills a worker stuck on one case). Every `--cli-every`
// cases, a batch of cases also goes through the built CLI with `--concurrency off` and
// `--concurrency 2`, whose JSON outputs must be identical. The checks are in harness.mjs.
// Prints counts per class and distinct signature, keeps the first reproducers of each in
// /tmp/perflint-fuzz-<seed>/, and exits 0 when nothing was found, 1 otherwise (2: cannot run).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkCliPair, checkOutcome, createLinter, lintCase, loadCorpus, makeCase, problem, runCliPair, saveReproducer } from './harness.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BIN = join(ROOT, 'dist', 'src', 'cli', 'bin.js');
const LIBRARY = join(ROOT, 'dist', 'src', 'index.js');

if (isMainThread) await main();
else await work(workerData);

// ---------------------------------------------------------------------------------------------
// a worker: cases start, start + stride, … in this thread

async function work({ seed, start, stride, end, deadline, dir, slot, shared, slowMs, apiEvery }) {
  const { PerfLint } = await import(pathToFileURL(LIBRARY).href);
  const corpus = loadCorpus(ROOT);
  const linter = createLinter(PerfLint, dir);
  const state = new Float64Array(shared);
  let batch = [];
  for (let i = start; i < end && Date.now() < deadline; i += stride) {
    state[slot * 2] = i;
    state[slot * 2 + 1] = Date.now();
    const c = makeCase(corpus, seed, i);
    const outcome = await lintCase(linter, dir, c, { apiProbe: i % apiEvery === 0 });
    const problems = checkOutcome(c, outcome, { slowMs });
    batch.push({ index: i, ms: outcome.ms, family: c.family, bytes: c.bytes.length, problems });
    if (batch.length >= 5 || problems.length) {
      parentPort.postMessage({ cases: batch });
      batch = [];
    }
  }
  state[slot * 2] = -1;
  parentPort.postMessage({ cases: batch, done: true });
}

// ---------------------------------------------------------------------------------------------
// the main thread: options, workers, watchdog, CLI batches, reproducers, summary

function parseOptions(argv) {
  const o = {
    cases: 1_000_000,
    seed: String(Date.now() % 1_000_000),
    timeLimit: Infinity,
    workers: Math.max(1, Math.min(2, availableParallelism())),
    cliEvery: 400,
    apiEvery: 10,
    slowMs: 5000,
    caseTimeoutMs: 20_000,
    reprosPerSignature: 3,
    out: undefined,
  };
  const seconds = (v) => {
    const m = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(v);
    if (!m) throw new Error(`not a duration: ${v}`);
    return Number(m[1]) * { ms: 0.001, s: 1, m: 60, h: 3600 }[m[2] ?? 's'];
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case '--cases':
        o.cases = Number(value());
        break;
      case '--seed':
        o.seed = value();
        break;
      case '--time-limit':
        o.timeLimit = seconds(value());
        break;
      case '--workers':
        o.workers = Number(value());
        break;
      case '--cli-every':
        o.cliEvery = Number(value());
        break;
      case '--api-every':
        o.apiEvery = Number(value());
        break;
      case '--slow':
        o.slowMs = seconds(value()) * 1000;
        break;
      case '--case-timeout':
        o.caseTimeoutMs = seconds(value()) * 1000;
        break;
      case '--repros':
        o.reprosPerSignature = Number(value());
        break;
      case '--out':
        o.out = resolve(value());
        break;
      case '--help':
      case '-h':
        console.log(
          'npm run fuzz -- [--cases N=1e6] [--seed S] [--time-limit 300|5m] [--workers W] [--cli-every K=400] [--api-every K=10] [--slow 5s] [--case-timeout 20s] [--repros 3] [--out DIR]',
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${argv[i]}`);
    }
  }
  for (const k of ['cases', 'workers', 'cliEvery', 'apiEvery', 'reprosPerSignature']) {
    if (!Number.isInteger(o[k]) || o[k] < 1) throw new Error(`--${k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())} needs a positive whole number`);
  }
  o.out ??= join(tmpdir(), `perflint-fuzz-${o.seed}`);
  return o;
}

async function main() {
  let o;
  try {
    o = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`fuzz: ${error.message}`);
    process.exit(2);
  }
  if (!existsSync(BIN) || !existsSync(LIBRARY)) {
    console.error('fuzz: perflint is not built: run npm run build first');
    process.exit(2);
  }
  rmSync(o.out, { recursive: true, force: true });
  mkdirSync(o.out, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'perflint-fuzz-work-'));
  const corpus = loadCorpus(ROOT);
  const started = Date.now();
  const deadline = Number.isFinite(o.timeLimit) ? started + o.timeLimit * 1000 : Number.MAX_SAFE_INTEGER;
  console.log(`fuzz: seed ${o.seed}, ${o.cases} cases, ${o.workers} worker(s)${Number.isFinite(o.timeLimit) ? `, time limit ${o.timeLimit} s` : ''}; reproducers in ${o.out}`);

  const stats = { done: 0, ms: 0, families: {}, cliBatches: 0, cliFiles: 0, hangs: 0 };
  const bySignature = new Map();
  let reproCount = 0;

  function record(p, cases, { cli = false, locale = 'en' } = {}) {
    let entry = bySignature.get(p.signature);
    if (!entry) bySignature.set(p.signature, (entry = { cls: p.cls, signature: p.signature, count: 0, first: p.detail, repros: [] }));
    entry.count++;
    if (entry.repros.length < o.reprosPerSignature && reproCount < 500) {
      const dir = join(o.out, p.cls, `${String(bySignature.size).padStart(3, '0')}-${entry.repros.length + 1}-case-${cases.map((c) => c.index).join('+')}`);
      saveReproducer(dir, p, cases, { cli, locale });
      entry.repros.push(dir);
      reproCount++;
    }
  }

  // --- workers and their watchdog
  const shared = new SharedArrayBuffer(8 * 2 * o.workers);
  const state = new Float64Array(shared);
  const workers = new Array(o.workers);
  let running = 0;
  let finishWorkers;
  const allDone = new Promise((r) => (finishWorkers = r));

  function startWorker(slot, start) {
    if (start >= o.cases || Date.now() >= deadline) return;
    state[slot * 2] = -1;
    const dir = join(scratch, `w${slot}`);
    mkdirSync(dir, { recursive: true });
    const worker = new Worker(fileURLToPath(import.meta.url), {
      workerData: { seed: o.seed, start, stride: o.workers, end: o.cases, deadline, dir, slot, shared, slowMs: o.slowMs, apiEvery: o.apiEvery },
      resourceLimits: { maxOldGenerationSizeMb: 3072, stackSizeMb: 4 },
    });
    const entry = { worker, finished: false, slot };
    workers[slot] = entry;
    running++;
    const end = (restartAt) => {
      if (entry.finished) return;
      entry.finished = true;
      running--;
      if (restartAt !== undefined) startWorker(slot, restartAt);
      if (running === 0) finishWorkers();
    };
    worker.on('message', (m) => {
      for (const r of m.cases) {
        stats.done++;
        stats.ms += r.ms;
        stats.families[r.family] = (stats.families[r.family] ?? 0) + 1;
        if (r.problems.length) {
          const c = makeCase(corpus, o.seed, r.index);
          for (const p of r.problems) record(p, [c]);
        }
      }
      if (m.done) end();
    });
    worker.on('error', (error) => {
      // the thread died (out of memory, a crash in native code): that case is the reproducer
      const index = state[slot * 2];
      if (index >= 0) {
        stats.done++;
        record(problem('worker-crash', `${error.code ?? error.name}: ${error.message}`, { key: `${error.code ?? error.name}: ${error.message.slice(0, 60)}` }), [makeCase(corpus, o.seed, index)]);
      }
      end(index >= 0 ? index + o.workers : undefined);
    });
    worker.on('exit', () => end());
  }

  for (let w = 0; w < o.workers; w++) startWorker(w, w);
  if (running === 0) finishWorkers();

  const watchdog = setInterval(() => {
    for (const entry of workers) {
      if (!entry || entry.finished) continue;
      const index = state[entry.slot * 2];
      const since = Date.now() - state[entry.slot * 2 + 1];
      if (index >= 0 && since > o.caseTimeoutMs) {
        stats.hangs++;
        stats.done++;
        const c = makeCase(corpus, o.seed, index);
        record(problem('hang', `case ${index} (${c.family}, ${c.bytes.length} bytes) still running after ${Math.round(since / 1000)} s: the worker was stopped`, { key: c.family }), [c]);
        const next = index + o.workers;
        entry.finished = true;
        running--;
        void entry.worker.terminate();
        startWorker(entry.slot, next);
        if (running === 0) finishWorkers();
      }
    }
  }, 500);

  // --- CLI batches, one at a time, on the cases the workers have (or will have) linted
  let cliBatch = 0;
  let cliRunning;
  async function runCliBatch(n) {
    const size = 2 + (n % 5);
    const first = n * o.cliEvery;
    const indices = Array.from({ length: size }, (_, j) => first + j).filter((i) => i < o.cases);
    if (indices.length < 2) return;
    const cases = indices.map((i) => makeCase(corpus, o.seed, i));
    const locale = n % 2 === 0 ? 'en' : 'zh-CN';
    const dir = join(scratch, `cli-${n}`);
    // every fourth batch also writes its report to a full disk (a write error must not crash the CLI)
    const pair = await runCliPair(BIN, dir, cases, { locale, timeoutMs: Math.max(120_000, o.caseTimeoutMs * size), fullDisk: n % 4 === 0 });
    stats.cliBatches++;
    stats.cliFiles += cases.length;
    for (const p of checkCliPair(cases, pair)) {
      const involved = p.index !== undefined ? cases.filter((c) => c.index === p.index) : cases;
      record(p, involved, { cli: true, locale });
    }
    rmSync(dir, { recursive: true, force: true });
  }
  const cliTimer = setInterval(() => {
    if (cliRunning || Date.now() >= deadline) return;
    if (stats.done >= (cliBatch + 1) * o.cliEvery || (cliBatch === 0 && stats.done >= Math.min(o.cases, 20))) {
      const n = cliBatch++;
      cliRunning = runCliBatch(n).finally(() => (cliRunning = undefined));
    }
  }, 100);

  const progress = setInterval(() => {
    const s = (Date.now() - started) / 1000;
    const found = [...bySignature.values()].reduce((n, e) => n + e.count, 0);
    console.error(`fuzz: ${stats.done} cases in ${s.toFixed(0)} s (${(stats.done / s).toFixed(0)}/s), ${stats.cliBatches} CLI batches, ${found} problems in ${bySignature.size} signatures`);
  }, 10_000);

  await allDone;
  clearInterval(watchdog);
  clearInterval(cliTimer);
  clearInterval(progress);
  if (cliRunning) await cliRunning;
  // every run compares the two concurrency modes at least once
  if (stats.cliBatches === 0 && o.cases >= 2) await runCliBatch(0);
  const elapsed = (Date.now() - started) / 1000;
  rmSync(scratch, { recursive: true, force: true });

  // --- summary
  const entries = [...bySignature.values()].sort((a, b) => a.cls.localeCompare(b.cls) || b.count - a.count);
  const byClass = new Map();
  for (const e of entries) byClass.set(e.cls, (byClass.get(e.cls) ?? 0) + e.count);
  console.log('');
  console.log(`fuzz: ${stats.done} cases in ${elapsed.toFixed(1)} s = ${(stats.done / elapsed).toFixed(1)} cases/s (in-process lint ${(stats.ms / Math.max(1, stats.done)).toFixed(1)} ms/case on average), seed ${o.seed}`);
  console.log(`      by family: ${Object.entries(stats.families).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`      CLI: ${stats.cliBatches} batches (${stats.cliFiles} files) run with --concurrency off and 2`);
  if (!entries.length) {
    console.log('fuzz: no problems found');
  } else {
    console.log(`fuzz: PROBLEMS — ${entries.reduce((n, e) => n + e.count, 0)} in ${byClass.size} classes, ${entries.length} distinct signatures`);
    for (const [cls, count] of byClass) {
      console.log(`\n  ${cls}: ${count}`);
      for (const e of entries.filter((x) => x.cls === cls).slice(0, 12)) {
        console.log(`    ${String(e.count).padStart(6)}  ${e.signature.slice(cls.length + 2)}`);
        if (e.repros[0]) console.log(`            e.g. ${e.repros[0]}`);
      }
      const more = entries.filter((x) => x.cls === cls).length - 12;
      if (more > 0) console.log(`            … and ${more} more signatures (see summary.json)`);
    }
  }
  const summary = { seed: o.seed, cases: stats.done, seconds: elapsed, casesPerSecond: stats.done / elapsed, families: stats.families, cli: { batches: stats.cliBatches, files: stats.cliFiles }, classes: Object.fromEntries(byClass), signatures: entries };
  writeFileSync(join(o.out, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  console.log(`\nfuzz: summary and reproducers in ${o.out}`);
  process.exit(entries.length ? 1 : 0);
}
