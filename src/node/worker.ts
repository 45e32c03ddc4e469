/** A lint worker: the per-file phase for whichever files the shared counter hands it. */
import { parentPort, workerData } from 'node:worker_threads';
import { PerfLint } from './perflint.js';
import type { WorkerData, WorkerMessage } from './pool.js';

const { options, files, walked, counter } = workerData as WorkerData;
const next = new Int32Array(counter);
const perflint = new PerfLint({ ...options, concurrency: 'off' });

try {
  for (let index = Atomics.add(next, 0, 1); index < files.length; index = Atomics.add(next, 0, 1)) {
    const outcome = await perflint.lintOneFile(files[index]!, walked[index]);
    parentPort!.postMessage({ index, outcome } satisfies WorkerMessage);
  }
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage);
}
