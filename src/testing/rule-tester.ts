/**
 * RuleTester: valid/invalid cases over canonical documents, checked by messageId and pointer.
 * Only the rule under test runs, on the engine core itself (no config search, no files): the
 * submission validator and the rule's options validator are compiled once per tester.
 * Corpus rules take several named documents per case. Test-framework agnostic: pass the
 * framework's describe/it-like functions.
 *
 * Typed like typescript-eslint's: a case's messageIds must be the rule's own, at compile time.
 */
import { RuleRegistry, mergeDeep } from '../config/registry.js';
import type { Settings } from '../config/types.js';
import { JsonLocator } from '../document/json-locator.js';
import type { Locator } from '../document/source-range.js';
import { createSubmissionValidator, type SubmissionValidator } from '../document/validate.js';
import { createAnalysis } from '../engine/analysis.js';
import { runCorpusRules } from '../engine/corpus.js';
import { lintFile, type FileEnvironment, type FileOutcome } from '../engine/lint-file.js';
import { createResult, type LintMessage } from '../engine/results.js';
import type { AnyRule } from '../engine/rule.js';
import { DEFAULT_LOCALE, type Locale } from '../i18n.js';

/** The document after a fix or suggestion is applied, as the clerk would save it. */
export type FixedDocument = unknown;

export interface ExpectedSuggestion<Id extends string = string> {
  messageId: Id;
  /** the document with the suggestion applied */
  output?: FixedDocument;
}

export interface ExpectedError<Id extends string = string> {
  messageId: Id;
  pointer?: string;
  /** file name of the case's `files` entry (corpus cases) */
  file?: string;
  /** texts the rendered message must contain: what the clerk reads */
  messageIncludes?: ReadonlyArray<string | number>;
  line?: number;
  column?: number;
  /** related locations by file name and pointer */
  related?: Array<{ file?: string; pointer: string }>;
  severity?: 1 | 2;
  /** the suggestions offered, in order; [] = none */
  suggestions?: Array<ExpectedSuggestion<Id>>;
  /** the document with the message's fix applied; null = the message has no fix (ESLint's `output: null`) */
  output?: FixedDocument;
}

export interface TestCase {
  name: string;
  /** one document, linted as `doc.json` */
  document?: unknown;
  /** several documents by file name (corpus rules) */
  files?: Record<string, unknown>;
  options?: Record<string, unknown>;
  settings?: Settings;
  locale?: Locale;
}

export interface InvalidCase<Id extends string = string> extends TestCase {
  errors: Array<ExpectedError<Id>>;
}

export interface TestFramework {
  describe(name: string, fn: () => void): void;
  it(name: string, fn: () => Promise<void>): void;
}

export class RuleTestFailure extends Error {}

/** A message with the name of the case file it is in. */
export interface CaseMessage extends LintMessage {
  file: string;
}

/** The rule's messageIds, from either kind of rule. */
type MessageIdOf<R extends AnyRule> = Extract<keyof R['meta']['messages'], string>;

const ROOT = '/virtual/';

export class RuleTester {
  readonly #validate: SubmissionValidator = createSubmissionValidator();
  /** one registry per rule id: it compiles the rule's options schema once */
  readonly #registries = new Map<string, RuleRegistry>();

  constructor(private readonly framework: TestFramework) {}

  run<R extends AnyRule>(ruleId: string, rule: R, cases: { valid: TestCase[]; invalid: Array<InvalidCase<MessageIdOf<R>>> }): void {
    const { describe, it } = this.framework;
    describe(ruleId, () => {
      describe('valid', () => {
        for (const c of cases.valid) {
          it(c.name, async () => {
            const messages = await this.lint(ruleId, rule, c);
            if (messages.length) throw new RuleTestFailure(`expected no messages, got:\n${show(messages)}`);
          });
        }
      });
      describe('invalid', () => {
        for (const c of cases.invalid) {
          it(c.name, async () => {
            compare(await this.lint(ruleId, rule, c), c.errors, c);
          });
        }
      });
    });
  }

  /** Lint one case with the rule alone; the messages of every case file, with their file names. */
  async lint(ruleId: string, rule: AnyRule, c: TestCase): Promise<CaseMessage[]> {
    const registry = this.#registryFor(ruleId, rule);
    const check = registry.checkOptions(ruleId, c.options);
    if (!check.ok) throw new RuleTestFailure(`invalid options: ${check.errors.map((e) => e.en).join('; ')}`);
    const settings = c.settings ?? {};
    const prepared = {
      rules: [{ id: ruleId, rule, severity: 2 as const, options: mergeDeep(rule.meta.defaultOptions, c.options ?? {}) }],
      settings,
      analysis: createAnalysis(settings),
    };
    const locale = c.locale ?? DEFAULT_LOCALE;
    const env: FileEnvironment = { selector: { prepare: () => prepared }, validate: this.#validate, locale };
    const locators = new Map<string, Locator>();
    const outcomes: FileOutcome[] = Object.entries(c.files ?? { 'doc.json': c.document }).map(([name, document]) => {
      const locator = new JsonLocator(textOf(document));
      locators.set(ROOT + name, locator);
      return lintFile(ROOT + name, { ok: true, value: document, locator }, env);
    });
    await runCorpusRules(outcomes, registry, locale, async (file) => locators.get(file)!);
    const messages = outcomes.flatMap((o) => createResult(o.filePath, o.messages).messages.map((m) => ({ ...m, file: o.filePath.slice(ROOT.length) })));
    const foreign = messages.filter((m) => m.ruleId !== ruleId);
    if (foreign.length) throw new RuleTestFailure(`the test document itself is not valid:\n${show(foreign)}`);
    return messages;
  }

  #registryFor(ruleId: string, rule: AnyRule): RuleRegistry {
    let registry = this.#registries.get(ruleId);
    if (registry?.get(ruleId) !== rule) this.#registries.set(ruleId, (registry = new RuleRegistry({ [ruleId]: rule })));
    return registry!;
  }
}

/** Lint one case with a tester of its own (for tests that look at the messages themselves). */
export function lintCase(ruleId: string, rule: AnyRule, c: TestCase): Promise<CaseMessage[]> {
  return new RuleTester({ describe: () => undefined, it: () => undefined }).lint(ruleId, rule, c);
}

/** The document's text as the locator sees it: its two-space JSON form. */
function textOf(document: unknown): string {
  return JSON.stringify(document, null, 2);
}

function show(messages: CaseMessage[]): string {
  return messages.map((m) => `  ${m.file} ${m.pointer} ${m.messageId ?? ''}: ${m.message}`).join('\n');
}

function compare(actual: CaseMessage[], expected: ReadonlyArray<ExpectedError>, c: TestCase): void {
  const problems: string[] = [];
  if (actual.length !== expected.length) problems.push(`expected ${expected.length} message(s), got ${actual.length}`);
  const remaining = [...actual];
  for (const e of expected) {
    const i = remaining.findIndex((m) => matches(m, e, c));
    if (i < 0) problems.push(`missing: ${JSON.stringify(e)}`);
    else remaining.splice(i, 1);
  }
  if (problems.length) throw new RuleTestFailure(`${problems.join('\n')}\nactual:\n${show(actual)}`);
}

function matches(m: CaseMessage, e: ExpectedError, c: TestCase): boolean {
  if (m.messageId !== e.messageId) return false;
  if (e.pointer !== undefined && m.pointer !== e.pointer) return false;
  if (e.file !== undefined && m.file !== e.file) return false;
  if (e.line !== undefined && m.line !== e.line) return false;
  if (e.column !== undefined && m.column !== e.column) return false;
  if (e.severity !== undefined && m.severity !== e.severity) return false;
  if (e.messageIncludes && !e.messageIncludes.every((text) => m.message.includes(String(text)))) return false;
  if (e.related && !sameRelated(m, e.related)) return false;
  const source = () => (c.files ? c.files[m.file] : c.document);
  if (e.output === null ? m.fix !== undefined : e.output !== undefined && !(m.fix && sameDocument(applyFix(source(), m.fix), e.output))) return false;
  if (e.suggestions) {
    const offered = m.suggestions ?? [];
    if (offered.length !== e.suggestions.length) return false;
    for (const [i, s] of e.suggestions.entries()) {
      const got = offered[i]!;
      if (got.messageId !== s.messageId) return false;
      if (s.output !== undefined && !sameDocument(applyFix(source(), got.fix), s.output)) return false;
    }
  }
  return true;
}

function sameRelated(m: CaseMessage, expected: NonNullable<ExpectedError['related']>): boolean {
  const related = m.related ?? [];
  if (related.length !== expected.length) return false;
  return expected.every((r, i) => related[i]!.pointer === r.pointer && (r.file === undefined || related[i]!.filePath.slice(ROOT.length) === r.file));
}

/** The document after a text fix on its two-space JSON form. */
function applyFix(document: unknown, fix: { range: [number, number]; text: string }): unknown {
  const text = textOf(document);
  return JSON.parse(text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]));
}

function sameDocument(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
