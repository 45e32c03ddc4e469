/**
 * The library entry: `new PerfLint(options)` → lintFiles / lintDocuments / loadFormatter.
 * Pipeline per file: read → load (parse) → validate → document rules (one traversal) →
 * corpus facts; then corpus rules over all facts; positions and locale applied last.
 */
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { loadConfig, type ConfigSelector } from '../config/load.js';
import { RuleRegistry } from '../config/registry.js';
import type { ConfigFile, RuleEntry } from '../config/types.js';
import type { Submission } from '../document/model.js';
import { DeferredLocator, InputLoaders, startOfFileLocator, type InputContext, type LoadedInput } from '../document/inputs.js';
import { JsonLocator } from '../document/json-locator.js';
import type { Locator } from '../document/source-range.js';
import { createSubmissionValidator, type SubmissionValidator } from '../document/validate.js';
import { discoverFiles } from '../discovery/files.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n.js';
import { loadFormatter, type Formatter } from '../formatters/index.js';
import { finalize, type PendingReport } from './report.js';
import { createResult, type LintMessage, type LintResult } from './results.js';
import { crashReport, runDocument, toPending } from './run-document.js';
import { isCorpusRule, type AnyRule, type CorpusEntry, type CorpusRule } from './rule.js';

export interface PerfLintOptions {
  cwd?: string;
  /** `--config`: one file, no search */
  configFile?: string;
  /** `--rule` entries */
  rules?: Record<string, RuleEntry>;
  locale?: Locale;
  errorOnUnmatchedPattern?: boolean;
  /** what sheets do not say (year, region, department), for spreadsheet inputs */
  importDefaults?: Record<string, unknown>;
  /** a config object: used instead of searching for a config file */
  config?: ConfigFile;
  /** extra rules to know besides the built-in ones (tests, embedding) */
  extraRules?: Record<string, AnyRule>;
}

export const SCHEMA_RULE_ID = 'schema';

interface FileRecord {
  filePath: string;
  messages: LintMessage[];
  pending: PendingReport[];
  locator: Locator;
  /** corpus rule id → severity for this file */
  corpusSeverity: Map<string, 1 | 2>;
  /** while the file is being linted: its document, for message context */
  document?: Submission;
  /** kept for the corpus phase, when the document itself is gone */
  projectNames: string[];
}

const PROJECT_POINTER = /^\/projects\/(\d+)(?:\/(indicators|periodIndicators)\/(\d+))?/;

/** Project and indicator names for a pointer, so a clerk can find the row without opening the JSON. */
function contextFor(pointer: string, record: FileRecord): LintMessage['context'] {
  const m = PROJECT_POINTER.exec(pointer);
  if (!m) return undefined;
  const index = Number(m[1]);
  const project = record.document?.projects[index];
  const out: NonNullable<LintMessage['context']> = {};
  const projectName = project?.name ?? record.projectNames[index];
  if (projectName) out.project = projectName;
  if (m[2] && project) {
    const row = project[m[2] as 'indicators' | 'periodIndicators']?.[Number(m[3])];
    const name = row?.name || row?.personal?.name;
    if (name) out.indicator = name;
  }
  return out;
}

/** names from a document that failed validation, as far as they can be read */
function projectNamesOf(value: unknown): string[] {
  const projects = (value as { projects?: unknown } | null)?.projects;
  if (!Array.isArray(projects)) return [];
  return projects.map((p) => (typeof (p as { name?: unknown } | null)?.name === 'string' ? (p as { name: string }).name : ''));
}

function withContext(message: LintMessage, record: FileRecord): LintMessage {
  const context = contextFor(message.pointer, record);
  if (context && (context.project || context.indicator)) message.context = context;
  return message;
}

export class PerfLint {
  readonly registry: RuleRegistry;
  readonly cwd: string;
  readonly inputs = new InputLoaders();
  #config: Promise<ConfigSelector> | undefined;
  #validator: SubmissionValidator | undefined;

  constructor(readonly options: PerfLintOptions = {}) {
    this.cwd = resolvePath(options.cwd ?? process.cwd());
    this.registry = new RuleRegistry({ ...builtinRules, ...options.extraRules });
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
    const context: InputContext = { defaults: { ...(await this.config()).set.import, ...this.options.importDefaults } };
    return this.#lint(
      files.map((filePath) => async (): Promise<[string, LoadedInput]> => {
        let bytes: Buffer;
        try {
          // synchronous: for thousands of small local files it is several times faster than fs/promises
          bytes = readFileSync(filePath);
        } catch (error) {
          const detail = (error as NodeJS.ErrnoException).code ?? String(error);
          return [filePath, { ok: false, problem: { message: { 'zh-CN': `无法读取文件（${detail}）`, en: `cannot read the file (${detail})` }, range: { line: 1, column: 1, endLine: 1, endColumn: 1 } } }];
        }
        return [filePath, await this.inputs.load(filePath, bytes, context)];
      }),
    );
  }

  /** Lint documents given in memory: parsed objects or JSON text. */
  async lintDocuments(documents: Array<{ filePath: string; document?: unknown; text?: string }>): Promise<LintResult[]> {
    return this.#lint(
      documents.map((d) => async (): Promise<[string, LoadedInput]> => {
        const filePath = resolvePath(this.cwd, d.filePath);
        if (d.text !== undefined) return [filePath, await this.inputs.load(filePath, Buffer.from(d.text, 'utf8'), {})];
        const text = JSON.stringify(d.document, null, 2);
        return [filePath, { ok: true, value: d.document, locator: new JsonLocator(text) }];
      }),
    );
  }

  loadFormatter(name: string): Promise<Formatter> {
    return loadFormatter(name, this.cwd);
  }

  /** rule id → meta, for formatters (SARIF rule metadata, docs URLs) */
  rulesMeta(): Record<string, AnyRule['meta']> {
    return Object.fromEntries(this.registry.entries().map(([id, rule]) => [id, rule.meta]));
  }

  async #lint(loaders: Array<() => Promise<[string, LoadedInput]>>): Promise<LintResult[]> {
    const selector = await this.config();
    const locale = await this.locale();
    this.#validator ??= createSubmissionValidator();
    const validator = this.#validator;
    const records: FileRecord[] = [];
    const corpusEntries = new Map<string, Array<CorpusEntry<unknown, unknown>>>();
    const corpusRules = new Map<string, CorpusRule<string, unknown, unknown>>();
    const lookup = new Map<string, FileRecord>();

    for (const load of loaders) {
      const [filePath, input] = await load();
      const record = this.#lintOne(filePath, input, selector, validator, corpusEntries, corpusRules);
      // positions are computed only for files with messages, in one scan, then dropped
      if (record.pending.length) record.locator.prepare?.(record.pending.map((r) => r.pointer));
      for (const report of record.pending) record.messages.push(withContext(finalize(report, filePath, record.locator, locale, () => undefined), record));
      record.pending = [];
      record.document = undefined;
      record.locator.release?.();
      // keep the text only if it cannot be read again; corpus findings reopen the file when needed
      if (input.ok && input.reopen) record.locator = new DeferredLocator(input.reopen);
      records.push(record);
      lookup.set(filePath, record);
    }

    const locate = (file: string) => lookup.get(file)?.locator;
    const pendingCorpus = new Map<string, PendingReport[]>();
    for (const [id, rule] of corpusRules) {
      const entries = corpusEntries.get(id) ?? [];
      const prepared = { id, rule, severity: 2 as const, options: undefined };
      try {
        rule.aggregate(
          {
            id,
            report: (descriptor) => {
              const severity = lookup.get(descriptor.filePath)?.corpusSeverity.get(id);
              if (!severity) return; // the rule is off for that file
              const pending = toPending({ ...prepared, severity }, descriptor);
              const list = pendingCorpus.get(descriptor.filePath) ?? [];
              list.push(pending);
              pendingCorpus.set(descriptor.filePath, list);
            },
          },
          entries,
        );
      } catch (error) {
        // a crashed aggregate leaves every file it would have read without its verdict
        for (const entry of entries) {
          const list = pendingCorpus.get(entry.filePath) ?? [];
          list.push(crashReport(id, error));
          pendingCorpus.set(entry.filePath, list);
        }
      }
    }
    // one positions scan per file for everything the corpus reports point at, related places included
    const wanted = new Map<string, string[]>();
    const want = (file: string, pointer: string) => {
      const list = wanted.get(file) ?? [];
      list.push(pointer);
      wanted.set(file, list);
    };
    for (const [filePath, reports] of pendingCorpus) {
      for (const r of reports) {
        want(filePath, r.pointer);
        for (const related of r.related ?? []) want(related.file ?? filePath, related.pointer);
      }
    }
    for (const [file, pointers] of wanted) lookup.get(file)?.locator.prepare?.(pointers);
    for (const [filePath, reports] of pendingCorpus) {
      const record = lookup.get(filePath)!;
      for (const r of reports) record.messages.push(withContext(finalize(r, filePath, record.locator, locale, locate), record));
    }
    for (const r of records) r.locator.release?.();
    return records.map((r) => createResult(r.filePath, r.messages));
  }

  #lintOne(
    filePath: string,
    input: LoadedInput,
    selector: ConfigSelector,
    validate: SubmissionValidator,
    corpusEntries: Map<string, Array<CorpusEntry<unknown, unknown>>>,
    corpusRules: Map<string, CorpusRule<string, unknown, unknown>>,
  ): FileRecord {
    const pending: PendingReport[] = [];
    const record: FileRecord = { filePath, messages: [], pending, locator: input.locator ?? startOfFileLocator, corpusSeverity: new Map(), projectNames: [] };
    if (!input.ok) {
      pending.push({ ruleId: null, severity: 2, fatal: true, text: input.problem.message, pointer: '', range: input.problem.range });
    } else {
      const problems = validate(input.value);
      if (problems.length) {
        record.projectNames = projectNamesOf(input.value);
        for (const p of problems) pending.push({ ruleId: SCHEMA_RULE_ID, severity: 2, fatal: true, text: p.message, pointer: p.pointer, target: p.target });
      } else {
        const document = input.value as Submission;
        record.document = document;
        record.projectNames = document.projects.map((p) => p.name);
        const prepared = selector.prepare(filePath, document);
        const run = runDocument(document, filePath, prepared);
        pending.push(...run.reports);
        for (const p of prepared.rules) {
          if (!isCorpusRule(p.rule)) continue;
          corpusRules.set(p.id, p.rule);
          record.corpusSeverity.set(p.id, p.severity);
          if (run.facts.has(p.id)) {
            let list = corpusEntries.get(p.id);
            if (!list) corpusEntries.set(p.id, (list = []));
            list.push({ filePath, facts: run.facts.get(p.id), options: p.options });
          }
        }
      }
    }
    return record;
  }
}
