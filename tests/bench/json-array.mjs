// The elements of a JSON array file, parsed one at a time. A JSON report over 20,000 files can pass
// the longest string V8 will make (512 MiB), so it is never read whole.
import { Buffer } from 'node:buffer';
import { closeSync, openSync, readSync } from 'node:fs';

const OPEN = new Set([0x7b, 0x5b]); // { [
const CLOSE = new Set([0x7d, 0x5d]); // } ]
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Yields each element of the top-level array, whose elements are objects or arrays (a report's
 * results). It scans bytes: JSON's structural characters are
 * ASCII, and no byte of a multi-byte UTF-8 character can be taken for one.
 */
export function* jsonArrayItems(file, chunkSize = 1 << 20) {
  const fd = openSync(file, 'r');
  try {
    const chunk = Buffer.alloc(chunkSize);
    let depth = 0;
    let inString = false;
    let escaped = false;
    let parts = [];
    for (let n; (n = readSync(fd, chunk, 0, chunkSize, null)) > 0; ) {
      let start = depth >= 2 ? 0 : -1;
      for (let i = 0; i < n; i++) {
        const b = chunk[i];
        if (inString) {
          if (escaped) escaped = false;
          else if (b === BACKSLASH) escaped = true;
          else if (b === QUOTE) inString = false;
          continue;
        }
        if (b === QUOTE) {
          inString = true;
        } else if (OPEN.has(b)) {
          depth++;
          if (depth === 2) start = i;
        } else if (CLOSE.has(b)) {
          depth--;
          if (depth === 1) {
            parts.push(Buffer.from(chunk.subarray(start, i + 1)));
            yield JSON.parse(Buffer.concat(parts).toString('utf8'));
            parts = [];
            start = -1;
          }
        }
      }
      if (depth >= 2 && start >= 0) parts.push(Buffer.from(chunk.subarray(start, n)));
    }
  } finally {
    closeSync(fd);
  }
}
