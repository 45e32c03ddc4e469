// Types for harness.mjs, so the vitest slice (TypeScript) can import the fuzzer's own code.
import type { Buffer } from 'node:buffer';
import type { LintResult } from '../../src/engine/results.js';

export const MAX_BYTES: number;
export const IMPORT_DEFAULTS: { province: string };
export const SPREADSHEET_EXTS: string[];
export const FAMILIES: Array<[number, string]>;

export interface Rng {
  next(): number;
  int(n: number): number;
  range(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  count(p?: number, max?: number): number;
  weighted<T>(table: Array<[number, T]>): T;
}
export function rngFor(seed: string | number, index: number): Rng;

export interface Corpus {
  json: Array<{ name: string; text: string; value: unknown }>;
  delimited: Array<{ name: string; text: string; rows: string[][] }>;
  workbooks: Array<{ name: string; bytes: Buffer; entries: Array<{ name: string; data: Buffer }> }>;
  pools: { strings: string[]; keys: string[]; numbers: number[]; cells: string[] };
}
export function loadCorpus(root: string): Corpus;

export interface FuzzCase {
  seed: string | number;
  index: number;
  family: string;
  base: string;
  ext: string;
  bytes: Buffer;
  ops: string[];
  text?: string;
}
export function makeCase(corpus: Corpus, seed: string | number, index: number): FuzzCase;
export function caseFileName(c: FuzzCase): string;
export function mutateBytes(rng: Rng, input: Uint8Array, tokens: string[], ops: string[], maxOps?: number): Buffer;
export function isUtf8(bytes: Uint8Array): boolean;

export interface Linter {
  lintFiles(patterns: string[]): Promise<LintResult[]>;
  lintDocuments(documents: Array<{ filePath: string; document?: unknown; text?: string }>): Promise<LintResult[]>;
}
export function createLinter<L extends Linter>(PerfLint: new (options: Record<string, unknown>) => L, cwd: string, locale?: string): L;

export interface ErrorInfo {
  name: string;
  message: string;
  stack: string;
}
export interface CaseOutcome {
  results?: LintResult[];
  error?: ErrorInfo;
  ms: number;
  api?: { results?: LintResult[]; error?: ErrorInfo };
}
export function lintCase(linter: Linter, dir: string, c: FuzzCase, options?: { apiProbe?: boolean }): Promise<CaseOutcome>;

export interface CliRun {
  code: number | null;
  signal: string | null;
  killed: boolean;
  stdout: string;
  stderr: string;
  ms: number;
}
export interface CliPair {
  off: CliRun;
  two: CliRun;
  /** stdout on /dev/full */
  full?: CliRun;
  locale: string;
  files: string[];
  dir: string;
}
export function runCliPair(bin: string, dir: string, cases: FuzzCase[], options?: { locale?: string; timeoutMs?: number; fullDisk?: boolean }): Promise<CliPair>;
export function cliCommand(files: string[], concurrency: string, locale?: string, redirect?: string): string;

export interface Problem {
  cls: string;
  signature: string;
  detail: string;
  stack?: string;
  index?: number;
}
export function problem(cls: string, detail: string, extra?: { key?: string; stack?: string }): Problem;
export function checkMessages(c: FuzzCase, result: LintResult, where: string): Problem[];
export function checkOutcome(c: FuzzCase, outcome: CaseOutcome, options?: { slowMs?: number }): Problem[];
export function checkCliPair(cases: FuzzCase[], pair: CliPair): Problem[];
export function saveReproducer(dir: string, p: Problem, cases: FuzzCase[], options?: { cli?: boolean; locale?: string }): void;
