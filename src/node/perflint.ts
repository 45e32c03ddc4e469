/**
 * The library entry: `new PerfLint(options)` → lintFiles / lintDocuments / loadFormatter.
 * Per file (in this thread or in worker threads): read → load (parse) → validate → document
 * rules in one traversal → corpus facts → the file's messages located and localised.
 * Then, over all files: corpus rules, their findings located in the files they point into.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { loadConfig, type ConfigSelector } from '../config/load.js';
import { RuleRegistry } from '../config/registry.js';
import { InputLoaders, type InputContext, type LoadedInput } from '../document/inputs.js';
import { JsonLocator } from '../document/json-locator.js';
import { START_OF_FILE, type Locator } from '../document/source-range.js';
import { createSubmissionValidator, looksLikeSubmission, type SubmissionValidator } from '../document/validate.js';
import { extensionOf } from '../document/file-name.js';
import { SPREADSHEET_EXTENSIONS } from '../import/import-spreadsheet.js';
import { discoverFiles, type Discovery, type UnreadablePath } from './discover-files.js';
import { DEFAULT_LOCALE, type Locale, type LocalizedText } from '../i18n.js';
import { loadFormatter, type Formatter, type WorkbookFormatter } from '../formatters/index.js';
import { registerImporters } from '../import/loaders.js';
import { isSpreadsheetPath } from '../import/import-spreadsheet.js';
import { runCorpusRules } from '../engine/corpus.js';
import { keepLocator, lintFile, type FileEnvironment, type FileOutcome } from '../engine/lint-file.js';
import { lintFileWithFixes, type FixFilter } from '../engine/fix.js';
import { lintInWorkers, workerCount } from './pool.js';
import { KEEP_IN_MEMORY, MessageSpill, type OutcomeKeeper } from './message-spill.js';
import type { PerfLintOptions, WorkerOptions } from './options.js';
import { createResult, type LintMessage, type LintResult } from '../engine/results.js';
import { createStats, timed, timedAsync, type LintStats } from '../engine/stats.js';
import { cacheFilePath, codeFingerprint, contentHash, fingerprintOf, LintCache } from './cache.js';
import { PACKAGE_VERSION } from '../package-root.js';
import type { AnyRule } from '../engine/rule.js';

export { SCHEMA_RULE_ID } from '../engine/results.js';
export type { PerfLintOptions, WorkerOptions } from './options.js';

/** 256 MiB: ten times a large province's file, and well under V8's longest string */
export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;

export class PerfLint {
  readonly registry: RuleRegistry;
  readonly cwd: string;
  readonly inputs = new InputLoaders();
  #config: Promise<ConfigSelector> | undefined;
  #validator: SubmissionValidator | undefined;
  /** with the `stats` option: per-rule and per-phase times of the runs so far */
  readonly stats: LintStats | undefined;
  /** things the user should know that are not findings (an unusable cache file) */
  readonly notes: LocalizedText[] = [];

  constructor(readonly options: PerfLintOptions = {}) {
    this.cwd = resolvePath(options.cwd ?? process.cwd());
    this.registry = new RuleRegistry({ ...builtinRules, ...options.extraRules });
    this.stats = options.stats ? createStats() : undefined;
    registerImporters(this.inputs);
  }

  /** resolved configuration (loaded once); throws ConfigError on a bad config */
  config(): Promise<ConfigSelector> {
    this.#config ??= loadConfig(
      { cwd: this.cwd, configFile: this.options.configFile, cliRules: this.options.rules, inline: this.options.config },
      this.registry,
    );
    return this.#config;
  }

  async locale(): Promise<Locale> {
    return this.options.locale ?? (await this.config()).set.locale ?? DEFAULT_LOCALE;
  }

  /** what a folder walk picks up: submissions and, since clerks drop folders of workbooks, spreadsheets */
  async extensions(): Promise<string[]> {
    return (await this.config()).set.extensions ?? DEFAULT_EXTENSIONS;
  }

  async findFiles(patterns: string[]): Promise<Discovery> {
    const selector = await this.config();
    return discoverFiles({
      cwd: this.cwd,
      patterns,
      ignores: selector.set.ignores,
      extensions: await this.extensions(),
      errorOnUnmatchedPattern: this.options.errorOnUnmatchedPattern ?? true,
    });
  }

  async lintFiles(patterns: string[]): Promise<LintResult[]> {
    return (await this.#lintFilesWith(patterns, KEEP_IN_MEMORY)).map((r) => r.make());
  }

  /**
   * The results of lintFiles, in the same order, made one at a time as they are iterated: until
   * then each file's messages wait on disk, so memory does not grow with the findings of the run
   * (a report can be written as it is made).
   */
  async lintFilesOneByOne(patterns: string[]): Promise<ResultsOneByOne> {
    // no room for a temporary file: the messages stay in memory, as in lintFiles
    const spill = MessageSpill.open();
    let makers: ResultMaker[];
    try {
      makers = await this.#lintFilesWith(patterns, spill ?? KEEP_IN_MEMORY);
    } catch (error) {
      spill?.close();
      throw error;
    }
    const close = () => spill?.close();
    const results = function* () {
      try {
        for (const { make } of makers) yield make();
      } finally {
        close();
      }
    };
    return { filePaths: makers.map((m) => m.filePath), results: results(), close };
  }

  /** every file's result, still to be made, sorted by path as lintFiles returns them */
  async #lintFilesWith(patterns: string[], keeper: OutcomeKeeper): Promise<ResultMaker[]> {
    const { files, walked, unreadable } = await this.findFiles(patterns);
    const locale = await this.locale();
    const linted = (await this.#lintFileList(files, walked, keeper)).map((o) => ({ filePath: o.filePath, make: resultMaker(o, keeper) }));
    const failed = unreadable.map((u) => ({ filePath: u.path, make: () => unreadableResult(u, locale) }));
    return sortByPath([...linted, ...failed]);
  }

  async #lintFileList(files: string[], walked: Set<string>, keeper: OutcomeKeeper): Promise<FileOutcome[]> {
    // a fix changes the file, so its outcome is never taken from the cache
    if (this.options.cache && !this.options.fix) return this.#lintWithCache(files, walked, keeper);
    // timings are taken in this thread: a worker's clock would not add up with it
    const workers = this.options.extraRules || this.stats ? 0 : workerCount(this.options.concurrency ?? 'auto', files.length);
    if (workers > 1) {
      const outcomes = await lintInWorkers(
        files,
        files.map((f) => walked.has(f)),
        this.#workerOptions(),
        workers,
        (outcome) => keeper.keep(outcome),
        this.options.onProgress,
      );
      if (outcomes) {
        const context = await this.#inputContext();
        const fixed = new Map(outcomes.flatMap((o) => (o.output === undefined ? [] : [[o.filePath, o.output] as const])));
        return this.#finish(outcomes, async (file) => {
          const output = fixed.get(file);
          if (output !== undefined) return new JsonLocator(output);
          return (await this.inputs.load(file, readFileSync(file), context)).locator ?? emptyLocator();
        });
      }
    }
    return this.#lintInThread(files.map((file) => () => this.loadFile(file)), keeper, walked);
  }

  /** Lint documents given in memory: parsed objects (positions then refer to their two-space JSON form) or JSON text. */
  async lintDocuments(documents: Array<{ filePath: string; document?: unknown; text?: string }>): Promise<LintResult[]> {
    const outcomes = await this.#lintInThread(
      documents.map((d) => async (): Promise<[string, LoadedInput]> => {
        const filePath = resolvePath(this.cwd, d.filePath);
        if (d.text !== undefined) {
          // the text lives only here: corpus findings must locate in it, not re-read a file that may not exist
          const loaded = await this.inputs.load(filePath, Buffer.from(d.text, 'utf8'), {});
          return [filePath, loaded.ok ? { ok: true, value: loaded.value, locator: loaded.locator, source: loaded.source } : loaded];
        }
        return [filePath, { ok: true, value: d.document, locator: new JsonLocator(JSON.stringify(d.document, null, 2)) }];
      }),
      KEEP_IN_MEMORY,
    );
    return outcomes.map((o) => resultMaker(o, KEEP_IN_MEMORY)());
  }

  /** Read and load one file; a file that cannot be read becomes a fatal message, never an exception. */
  async loadFile(filePath: string): Promise<[string, LoadedInput]> {
    return this.#load(filePath, this.#read(filePath));
  }

  #read(filePath: string): BoundedRead {
    return timed(this.stats?.phases, 'read', () => readBounded(filePath, this.options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES));
  }

  async #load(filePath: string, read: BoundedRead): Promise<[string, LoadedInput]> {
    if (!read.ok) return [filePath, { ok: false, problem: { message: read.message, range: START_OF_FILE } }];
    try {
      const context = await this.#inputContext();
      return [filePath, await timedAsync(this.stats?.phases, 'parse', () => this.inputs.load(filePath, read.bytes, context))];
    } catch (error) {
      // a loader that throws (a bug, or an input beyond what the runtime can hold) costs this file only
      const detail = error instanceof Error ? error.message : String(error);
      return [filePath, { ok: false, problem: { message: { 'zh-CN': `无法读取此文件（${detail}）`, en: `the file could not be read (${detail})` }, range: START_OF_FILE } }];
    }
  }

  /** One file's per-file phase, as a worker runs it. */
  async lintOneFile(filePath: string, walked = false): Promise<FileOutcome> {
    const [, input] = await this.loadFile(filePath);
    if (walked && isForeignJson(filePath, input)) return skippedOutcome(filePath);
    return (await this.#lintLoaded(filePath, input, await this.#environment())).outcome;
  }

  /** The per-file phase, with the fix loop when fixing; `input` is what the final messages were computed on. */
  async #lintLoaded(filePath: string, input: LoadedInput, env: FileEnvironment): Promise<{ outcome: FileOutcome; input: LoadedInput }> {
    if (!this.options.fix) return { outcome: lintFile(filePath, input, env), input };
    // the fixed text is re-read from memory: reread would fetch the unfixed file from disk
    const context = { ...(await this.#inputContext()), reread: undefined };
    return lintFileWithFixes(filePath, input, env, this.#fixFilter(), (text) => this.inputs.load(filePath, Buffer.from(text, 'utf8'), context));
  }

  /** `fixTypes`: only fixes of rules of those types (ESLint's --fix-type); `fixErrorsOnly`: of errors (--quiet). */
  #fixFilter(): FixFilter {
    const { fixTypes: types, fixErrorsOnly } = this.options;
    const ofType = (m: LintMessage) => {
      const type = m.ruleId === null ? undefined : this.registry.get(m.ruleId)?.meta.type;
      return type !== undefined && types!.includes(type);
    };
    return (m) => (!fixErrorsOnly || m.severity === 2) && (!types?.length || ofType(m));
  }

  /** `xlsx` gives the annotated workbook of the run's one spreadsheet, as bytes (for several, use annotateWorkbook per result) */
  loadFormatter(name: 'xlsx'): Promise<WorkbookFormatter>;
  loadFormatter(name: string): Promise<Formatter>;
  async loadFormatter(name: string): Promise<Formatter | WorkbookFormatter> {
    if (name !== 'xlsx') return loadFormatter(name, this.cwd);
    return async (results: LintResult[]) => {
      const sheets = results.filter((r) => isSpreadsheetPath(r.filePath));
      if (sheets.length !== 1) throw new Error(`the xlsx format annotates one spreadsheet, and ${sheets.length} were linted: call annotateWorkbook(result) for each`);
      const bytes = await this.annotateWorkbook(sheets[0]!);
      if (!bytes) throw new Error(`${sheets[0]!.filePath} could not be read as a table, so there is nothing to annotate`);
      return bytes;
    };
  }

  /**
   * The annotated workbook of one spreadsheet result, as .xlsx bytes (its findings as comments on
   * their cells, a summary sheet first); undefined for a result that is not a readable table.
   */
  async annotateWorkbook(result: LintResult): Promise<Uint8Array | undefined> {
    if (!isSpreadsheetPath(result.filePath)) return undefined;
    const { annotatedWorkbook } = await import('../import/annotate.js');
    return annotatedWorkbook(result, { locale: await this.locale(), rulesMeta: this.rulesMeta() });
  }

  /** rule id → meta, for formatters (SARIF rule metadata, docs URLs) */
  rulesMeta(): Record<string, AnyRule['meta']> {
    return Object.fromEntries(this.registry.entries().map(([id, rule]) => [id, rule.meta]));
  }

  async #inputContext(): Promise<InputContext> {
    return { defaults: { ...(await this.config()).set.import, ...this.options.importDefaults }, reread: (file) => readFileSync(file, 'utf8') };
  }

  async #environment() {
    this.#validator ??= createSubmissionValidator();
    return { selector: await this.config(), validate: this.#validator, locale: await this.locale(), stats: this.stats };
  }

  #workerOptions(): WorkerOptions {
    const { extraRules: _extraRules, concurrency: _concurrency, onFileSkipped: _onFileSkipped, stats: _stats, cache: _cache, cacheLocation: _cacheLocation, onProgress: _onProgress, ...rest } = this.options;
    return { ...rest, cwd: this.cwd };
  }

  async #lintInThread(loaders: Array<() => Promise<[string, LoadedInput]>>, keeper: OutcomeKeeper, walked?: Set<string>): Promise<FileOutcome[]> {
    const env = await this.#environment();
    const outcomes: FileOutcome[] = [];
    const kept = new Map<string, (() => Locator) | Locator>();
    for (const load of loaders) {
      const [filePath, loaded] = await load();
      if (walked?.has(filePath) && isForeignJson(filePath, loaded)) {
        outcomes.push(skippedOutcome(filePath));
        continue;
      }
      const { outcome, input } = await this.#lintLoaded(filePath, loaded, env);
      outcomes.push(keeper.keep(outcome));
      kept.set(filePath, keepLocator(input));
      this.options.onProgress?.(outcomes.length, loaders.length);
    }
    return this.#finish(outcomes, async (file) => {
      const k = kept.get(file);
      return typeof k === 'function' ? k() : (k ?? emptyLocator());
    });
  }

  /** `--cache`: unchanged files take their per-file outcome from the cache; the corpus phase always runs on all. */
  async #lintWithCache(files: string[], walked: Set<string>, keeper: OutcomeKeeper): Promise<FileOutcome[]> {
    const env = await this.#environment();
    const cache = LintCache.open(cacheFilePath(this.cwd, this.options.cacheLocation), await this.#cacheFingerprint());
    if (cache.note) this.notes.push(cache.note);
    const outcomes: FileOutcome[] = [];
    const kept = new Map<string, (() => Locator) | Locator>();
    for (const filePath of files) {
      const read = this.#read(filePath);
      const hash = read.ok ? contentHash(read.bytes) : undefined;
      const cached = hash === undefined ? undefined : cache.get(filePath, hash);
      if (cached) {
        outcomes.push(keeper.keep(cached));
        this.options.onProgress?.(outcomes.length, files.length);
        continue;
      }
      const [, input] = await this.#load(filePath, read);
      if (walked.has(filePath) && isForeignJson(filePath, input)) {
        outcomes.push(skippedOutcome(filePath));
        continue;
      }
      const outcome = lintFile(filePath, input, env);
      if (hash !== undefined) cache.set(filePath, hash, outcome);
      outcomes.push(keeper.keep(outcome));
      kept.set(filePath, keepLocator(input));
      this.options.onProgress?.(outcomes.length, files.length);
    }
    const results = await this.#finish(outcomes, async (file) => {
      const k = kept.get(file);
      if (k !== undefined) return typeof k === 'function' ? k() : k;
      // a cached file: its text is read again only when a corpus finding points into it
      const [, input] = await this.loadFile(file);
      return input.locator ?? emptyLocator();
    });
    await cache.save(files);
    return results;
  }

  /** Everything besides a file's bytes that decides its per-file outcome. */
  async #cacheFingerprint(): Promise<string> {
    const selector = await this.config();
    const { cache: _cache, cacheLocation: _location, stats: _stats, concurrency: _concurrency, onProgress: _onProgress, ...options } = this.options;
    return fingerprintOf({
      version: PACKAGE_VERSION,
      node: process.version,
      code: codeFingerprint(),
      config: selector.set,
      cli: selector.cliLayer,
      rules: this.registry.entries(),
      options,
      locale: await this.locale(),
    });
  }

  /** the corpus phase: its findings are added to the outcomes of the files they point into */
  async #finish(all: FileOutcome[], locatorOf: (file: string) => Promise<Locator>): Promise<FileOutcome[]> {
    const outcomes = all.filter((o) => !o.skipped);
    for (const o of all) if (o.skipped) this.options.onFileSkipped?.(o.filePath);
    await runCorpusRules(outcomes, this.registry, await this.locale(), locatorOf, this.stats);
    return outcomes;
  }
}

/** lintFilesOneByOne: the files, in the order their results come */
export interface ResultsOneByOne {
  filePaths: string[];
  results: Generator<LintResult, void>;
  /** lets go of the parked messages when the results are not iterated to the end (iterating does it) */
  close(): void;
}

interface ResultMaker {
  filePath: string;
  make: () => LintResult;
}

/** The result of a file whose corpus phase is done; it holds only what the result needs (not the corpus facts). */
function resultMaker(outcome: FileOutcome, keeper: OutcomeKeeper): () => LintResult {
  const { filePath, document, output } = outcome;
  const messages = keeper.later(outcome);
  return () => {
    const result = createResult(filePath, messages(), document);
    if (output !== undefined) result.output = output;
    return result;
  };
}

const DEFAULT_EXTENSIONS = ['.json', ...SPREADSHEET_EXTENSIONS.filter((e) => e !== '.txt')];

/** a JSON file that parsed but is no submission; one that does not parse is reported, since it may be a broken one */
function isForeignJson(filePath: string, input: LoadedInput): boolean {
  return extensionOf(filePath) === '.json' && input.ok && !looksLikeSubmission(input.value);
}

function skippedOutcome(filePath: string): FileOutcome {
  return { filePath, messages: [], corpus: [], projectNames: [], projectCodes: [], skipped: true };
}

type BoundedRead = { ok: true; bytes: Buffer } | { ok: false; message: LocalizedText };

/**
 * The whole file, unless it is larger than the limit or not a regular file.
 * Synchronous: for thousands of small local files it is several times faster than fs/promises.
 */
function readBounded(filePath: string, maxBytes: number): BoundedRead {
  let fd: number | undefined;
  try {
    fd = openSync(filePath, 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, message: { 'zh-CN': '这是一个文件夹，不是文件', en: 'this is a folder, not a file' } };
    if (stat.isFile() && stat.size > maxBytes) return { ok: false, message: tooLarge(stat.size, maxBytes) };
    if (stat.isFile()) return { ok: true, bytes: readFileSync(fd) };
    // a FIFO or device named on the command line: read it, but never past the limit
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 16);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return { ok: false, message: tooLarge(total, maxBytes) };
      chunks.push(chunk.subarray(0, n));
    }
    return { ok: true, bytes: Buffer.concat(chunks) };
  } catch (error) {
    const detail = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, message: { 'zh-CN': `无法读取文件（${detail}）`, en: `cannot read the file (${detail})` } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function tooLarge(size: number, limit: number): LocalizedText {
  const mib = (n: number) => `${Math.ceil(n / (1024 * 1024))} MiB`;
  return {
    'zh-CN': `文件太大（${mib(size)}，上限 ${mib(limit)}），未读取；请按部门拆分后再检查`,
    en: `the file is too large (${mib(size)}, limit ${mib(limit)}) and was not read; split it by department`,
  };
}

function unreadableResult(u: UnreadablePath, locale: Locale): LintResult {
  const text: LocalizedText = {
    'zh-CN': `无法读取此路径（${u.code}），其中的文件未检查`,
    en: `this path could not be read (${u.code}); the files in it were not checked`,
  };
  return createResult(u.path, [{ ruleId: null, severity: 2, fatal: true, message: text[locale], line: 1, column: 1, pointer: '' }]);
}

function sortByPath<T extends { filePath: string }>(results: T[]): T[] {
  return results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
}

function emptyLocator(): Locator {
  return { locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) };
}
