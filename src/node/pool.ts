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

export function workerCount(concurrency: Concurrency, files: number): number {
  if (concurrency === 'off') return 0;
  if (concurrency === 'auto') return Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER));
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
export async function lintInWorkers(files: string[], walked: boolean[], options: WorkerOptions, count: number): Promise<FileOutcome[] | undefined> {
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
            else outcomes[message.index] = message.outcome;
          });
          worker.on('error', reject);
          worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`a lint worker stopped with exit code ${code}`))));
        }),
    ),
  );
  return outcomes;
}
