/**
 * Worker threads for large runs. Each worker builds the same linter from plain options and pulls
 * the next file index from a shared counter (so the pool balances itself, as ESLint's does);
 * per-file outcomes, corpus facts included, come back as plain data for the corpus phase.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileOutcome } from '../engine/lint-file.js';
import type { Concurrency, WorkerOptions } from './options.js';

export type { Concurrency } from './options.js';

/** Below this many files a pool costs more (thread start-up, config load per worker) than it saves. */
const FILES_PER_WORKER = 100;
/**
 * Measured on 2 cores (300 and 2,000 files, every rule on): two workers cost 40–50% more CPU than
 * one thread (module load and validator per worker, outcomes copied back), so they were slower
 * whenever the machine had anything else to do (issue 12: 6.2 s against 3.0 s). `auto` keeps
 * such machines in one thread; a number still asks for workers anywhere.
 */
const MIN_CORES_FOR_WORKERS = 4;

export function workerCount(concurrency: Concurrency, files: number, cores = availableParallelism()): number {
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') return cores < MIN_CORES_FOR_WORKERS ? 0 : Math.min(cores, Math.floor(files / FILES_PER_WORKER));
  return Math.max(0, Math.min(concurrency, files));
}

export interface WorkerData {
  options: WorkerOptions;
  files: string[];
  /** per file: found by a walk (so a JSON file that is no submission is skipped) */
  walked: boolean[];
  counter: SharedArrayBuffer;
}

export type WorkerMessage = { outcome: FileOutcome; index: number } | { error: string };

/** undefined when workers cannot run here (e.g. from TypeScript sources): the caller lints in its own thread. */
export async function lintInWorkers(
  files: string[],
  walked: boolean[],
  options: WorkerOptions,
  count: number,
  /** what is kept of each outcome as it arrives (the messages may go to disk) */
  keep: (outcome: FileOutcome) => FileOutcome,
  onProgress?: (done: number, total: number) => void,
): Promise<FileOutcome[] | undefined> {
  let done = 0;
  const script = new URL('./worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(script))) return undefined;
  const counter = new SharedArrayBuffer(4);
  const outcomes = new Array<FileOutcome>(files.length);
  const data: WorkerData = { options, files, walked, counter };
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(script, { workerData: data });
          worker.on('message', (message: WorkerMessage) => {
            if ('error' in message) reject(new Error(message.error));
            else {
              outcomes[message.index] = keep(message.outcome);
              onProgress?.(++done, files.length);
            }
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a lint worker stopped with exit code ${code}`))));
        }),
    ),
  );
  return outcomes;
}
