import type { TempFiles } from '../fs-atomic.js';

/** Where a command writes and in which directory it runs: the console, or a test's capture. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** is stdout a terminal (colours) */
  isTTY?: boolean;
  /** may a progress bar be drawn on stderr (a terminal, not CI) */
  progress?: boolean;
  /** temporary files being written, removed by the process's signal handlers */
  temps?: TempFiles;
}
