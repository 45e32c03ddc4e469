/**
 * The library entry: `new PerfLint(options)` → lintFiles / lintDocuments / loadFormatter.
 * Per file (in this thread or in worker threads): read → load (parse) → validate → document
 * rules in one traversal → corpus facts → the file's messages located and localised.
 * Then, over all files: corpus rules, their findings located in the files they point into.
 */
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { loadConfig, type ConfigSelector } from '../config/load.js';
import { RuleRegistry } from '../config/registry.js';
import { InputLoaders, type InputContext, type LoadedInput } from '../document/inputs.js';
import { JsonLocator } from '../document/json-locator.js';
import type { Locator } from '../document/source-range.js';
import { createSubmissionValidator, type SubmissionValidator } from '../document/validate.js';
import { discoverFiles } from './discover-files.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n.js';
import { loadFormatter, type Formatter } from '../formatters/index.js';
import { registerImporters } from '../import/loaders.js';
import { runCorpusRules } from '../engine/corpus.js';
import { keepLocator, lintFile, type FileOutcome } from '../engine/lint-file.js';
import { lintInWorkers, workerCount } from './pool.js';
import type { PerfLintOptions, WorkerOptions } from './options.js';
import { createResult, type LintResult } from '../engine/results.js';
import type { AnyRule } from '../engine/rule.js';

export { SCHEMA_RULE_ID } from '../engine/lint-file.js';
export type { PerfLintOptions, WorkerOptions } from './options.js';

export class PerfLint {
  readonly registry: RuleRegistry;
  readonly cwd: string;
  readonly inputs = new InputLoaders();
  #config: Promise<ConfigSelector> | undefined;
  #validator: SubmissionValidator | undefined;

  constructor(readonly options: PerfLintOptions = {}) {
    this.cwd = resolvePath(options.cwd ?? process.cwd());
    this.registry = new RuleRegistry({ ...builtinRules, ...options.extraRules });
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

  async extensions(): Promise<string[]> {
    return (await this.config()).set.extensions ?? ['.json'];
  }

  async findFiles(patterns: string[]): Promise<string[]> {
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
    const files = await this.findFiles(patterns);
    const workers = this.options.extraRules ? 0 : workerCount(this.options.concurrency ?? 'auto', files.length);
    if (workers > 1) {
      const outcomes = await lintInWorkers(files, this.#workerOptions(), workers);
      if (outcomes) {
        const context = await this.#inputContext();
        return this.#finish(outcomes, async (file) => (await this.inputs.load(file, readFileSync(file), context)).locator ?? emptyLocator());
      }
    }
    return this.#lintInThread(files.map((file) => () => this.loadFile(file)));
  }

  /** Lint documents given in memory: parsed objects (positions then refer to their two-space JSON form) or JSON text. */
  async lintDocuments(documents: Array<{ filePath: string; document?: unknown; text?: string }>): Promise<LintResult[]> {
    return this.#lintInThread(
      documents.map((d) => async (): Promise<[string, LoadedInput]> => {
        const filePath = resolvePath(this.cwd, d.filePath);
        if (d.text !== undefined) return [filePath, await this.inputs.load(filePath, Buffer.from(d.text, 'utf8'), {})];
        return [filePath, { ok: true, value: d.document, locator: new JsonLocator(JSON.stringify(d.document, null, 2)) }];
      }),
    );
  }

  /** Read and load one file; a file that cannot be read becomes a fatal message, never an exception. */
  async loadFile(filePath: string): Promise<[string, LoadedInput]> {
    let bytes: Buffer;
    try {
      // synchronous: for thousands of small local files it is several times faster than fs/promises
      bytes = readFileSync(filePath);
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? String(error);
      const range = { line: 1, column: 1, endLine: 1, endColumn: 1 };
      return [filePath, { ok: false, problem: { message: { 'zh-CN': `无法读取文件（${detail}）`, en: `cannot read the file (${detail})` }, range } }];
    }
    return [filePath, await this.inputs.load(filePath, bytes, await this.#inputContext())];
  }

  /** One file's per-file phase, as a worker runs it. */
  async lintOneFile(filePath: string): Promise<FileOutcome> {
    const [, input] = await this.loadFile(filePath);
    return lintFile(filePath, input, await this.#environment());
  }

  loadFormatter(name: string): Promise<Formatter> {
    return loadFormatter(name, this.cwd);
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
    return { selector: await this.config(), validate: this.#validator, locale: await this.locale() };
  }

  #workerOptions(): WorkerOptions {
    const { extraRules: _extraRules, concurrency: _concurrency, ...rest } = this.options;
    return { ...rest, cwd: this.cwd };
  }

  async #lintInThread(loaders: Array<() => Promise<[string, LoadedInput]>>): Promise<LintResult[]> {
    const env = await this.#environment();
    const outcomes: FileOutcome[] = [];
    const kept = new Map<string, (() => Locator) | Locator>();
    for (const load of loaders) {
      const [filePath, input] = await load();
      outcomes.push(lintFile(filePath, input, env));
      kept.set(filePath, keepLocator(input));
    }
    return this.#finish(outcomes, async (file) => {
      const k = kept.get(file);
      return typeof k === 'function' ? k() : (k ?? emptyLocator());
    });
  }

  async #finish(outcomes: FileOutcome[], locatorOf: (file: string) => Promise<Locator>): Promise<LintResult[]> {
    await runCorpusRules(outcomes, this.registry, await this.locale(), locatorOf);
    return outcomes.map((o) => createResult(o.filePath, o.messages));
  }
}

function emptyLocator(): Locator {
  return { locate: () => ({ line: 1, column: 1, endLine: 1, endColumn: 1 }) };
}
