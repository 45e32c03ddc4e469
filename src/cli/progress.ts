/**
 * A progress bar on stderr for long runs: drawn only when the caller says stderr is a terminal
 * outside CI, only once a run has taken a second, at most ten times a second, and erased at the end.
 */
const WIDTH = 30;
const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 100;

export interface ProgressBar {
  update(done: number, total: number): void;
  finish(): void;
}

export function createProgressBar(write: (text: string) => void, now: () => number = () => performance.now()): ProgressBar {
  const start = now();
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const t = now();
      if (t - start < SHOW_AFTER_MS || (t - lastDraw < REDRAW_MS && done < total)) return;
      lastDraw = t;
      drawn = true;
      const filled = total > 0 ? Math.round((WIDTH * done) / total) : WIDTH;
      write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total}`);
    },
    finish() {
      if (drawn) write('\r\u001b[2K');
    },
  };
}
