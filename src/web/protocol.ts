/** Messages between the clerk's page and its worker (structured-cloned: plain data only). */
import type { LintMessage } from '../engine/results.js';
import type { FileReport, InMemoryFile } from './lint.js';
import type { PresetChoice } from './presets.js';

export type WorkerRequest =
  | { kind: 'lint'; id: number; files: InMemoryFile[]; choice: PresetChoice }
  | { kind: 'annotate'; id: number; file: InMemoryFile; messages: LintMessage[] };

export type WorkerReply =
  | { kind: 'linted'; id: number; reports: FileReport[]; ruleNames: Record<string, string> }
  | { kind: 'annotated'; id: number; bytes: Uint8Array | undefined }
  | { kind: 'failed'; id: number; message: string };
