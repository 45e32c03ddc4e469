/**
 * Per-file messages parked on disk between a file's own phase and the corpus phase, so a run over
 * tens of thousands of files holds their corpus facts, not their findings (a national run has
 * millions of findings: held as objects they were most of a 4 GiB peak).
 * The spill is one temporary file, unlinked as soon as it is open where the system allows it, so
 * nothing is left behind even when the process is killed.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileOutcome } from '../engine/lint-file.js';
import type { LintMessage } from '../engine/results.js';

/** Where a file's messages went: the keeper of outcomes between the per-file and the corpus phase. */
export interface OutcomeKeeper {
  /** takes a file's finished outcome; what it returns is what the corpus phase adds to */
  keep(outcome: FileOutcome): FileOutcome;
  /** the messages of a kept outcome, the corpus phase's included, to be read when the result is made */
  later(kept: FileOutcome): () => LintMessage[];
}

/** Everything stays in memory (lintFiles, lintDocuments). */
export const KEEP_IN_MEMORY: OutcomeKeeper = {
  keep: (outcome) => outcome,
  later: (kept) => () => kept.messages,
};

interface Extent {
  position: number;
  bytes: number;
}

export class MessageSpill implements OutcomeKeeper {
  readonly #fd: number;
  readonly #path: string;
  #unlinked = false;
  #closed = false;
  #end = 0;
  readonly #extents = new WeakMap<FileOutcome, Extent>();

  /** a spill in the system's temporary folder, or undefined when no file can be made there */
  static open(directory = tmpdir()): MessageSpill | undefined {
    try {
      return new MessageSpill(directory);
    } catch {
      return undefined;
    }
  }

  private constructor(directory: string) {
    this.#path = join(directory, `perflint-${process.pid}-${randomBytes(4).toString('hex')}.spill`);
    this.#fd = openSync(this.#path, 'wx+', 0o600);
    try {
      unlinkSync(this.#path);
      this.#unlinked = true;
    } catch {
      // Windows keeps an open file: it is removed on close
    }
  }

  keep(outcome: FileOutcome): FileOutcome {
    if (outcome.messages.length === 0) return outcome;
    const bytes = Buffer.from(JSON.stringify(outcome.messages), 'utf8');
    writeSync(this.#fd, bytes, 0, bytes.length, this.#end);
    // a new object: the caller's outcome (a cache entry may share it) keeps its messages
    const kept: FileOutcome = { ...outcome, messages: [] };
    this.#extents.set(kept, { position: this.#end, bytes: bytes.length });
    this.#end += bytes.length;
    return kept;
  }

  later(kept: FileOutcome): () => LintMessage[] {
    const extent = this.#extents.get(kept);
    const added = kept.messages;
    if (!extent) return () => added;
    return () => [...this.#read(extent), ...added];
  }

  #read({ position, bytes }: Extent): LintMessage[] {
    const buffer = Buffer.allocUnsafe(bytes);
    for (let done = 0; done < bytes; ) {
      const n = readSync(this.#fd, buffer, done, bytes - done, position + done);
      if (n === 0) throw new Error('the temporary file of findings was cut short');
      done += n;
    }
    return JSON.parse(buffer.toString('utf8')) as LintMessage[];
  }

  /** idempotent */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closeSync(this.#fd);
    if (!this.#unlinked) unlinkSync(this.#path);
  }
}
