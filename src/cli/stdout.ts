/**
 * Standard output that fails like a command-line tool should: a closed pipe (`perflint … | head`)
 * ends quietly, any other write error is one line on stderr and exit 2, never a stack trace.
 */
import type { Writable } from 'node:stream';

export interface GuardedStdout {
  write(text: string): void;
  /** a write failed for a reason other than a closed pipe */
  failed(): boolean;
}

export function guardStdout(stream: Writable, reportLine: (line: string) => void): GuardedStdout {
  let state: 'ok' | 'closed' | 'failed' = 'ok';
  const onError = (error: NodeJS.ErrnoException) => {
    if (state !== 'ok') return;
    if (error.code === 'EPIPE') {
      state = 'closed';
      return;
    }
    state = 'failed';
    reportLine(`perflint: cannot write to standard output (${error.code ?? error.message})\n`);
  };
  stream.on('error', onError);
  return {
    write(text) {
      if (state !== 'ok') return;
      try {
        stream.write(text);
      } catch (error) {
        onError(error as NodeJS.ErrnoException);
      }
    },
    failed: () => state === 'failed',
  };
}
