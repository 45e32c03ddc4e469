/**
 * RuleTester: valid/invalid cases over canonical documents, checked by messageId and pointer.
 * Only the rule under test runs. Corpus rules take several named documents per case.
 * Test-framework agnostic: pass the framework's describe/it/expect-like functions.
 */
import { PerfLint } from '../node/perflint.js';
import type { LintMessage, LintResult } from '../engine/results.js';
import type { AnyRule } from '../engine/rule.js';
import type { Settings } from '../config/types.js';
import type { Locale } from '../i18n.js';

export interface ExpectedError {
  messageId: string;
  pointer?: string;
  /** file name of the case's `files` entry (corpus cases) */
  file?: string;
  data?: Record<string, string | number>;
  line?: number;
  column?: number;
  /** related locations by file name and pointer */
  related?: Array<{ file?: string; pointer: string }>;
  severity?: 1 | 2;
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

export interface InvalidCase extends TestCase {
  errors: ExpectedError[];
}

export interface TestFramework {
  describe(name: string, fn: () => void): void;
  it(name: string, fn: () => Promise<void>): void;
}

export class RuleTestFailure extends Error {}

export class RuleTester {
  constructor(private readonly framework: TestFramework) {}

  run(ruleId: string, rule: AnyRule, cases: { valid: TestCase[]; invalid: InvalidCase[] }): void {
    const { describe, it } = this.framework;
    describe(ruleId, () => {
      describe('valid', () => {
        for (const c of cases.valid) {
          it(c.name, async () => {
            const messages = await lintCase(ruleId, rule, c);
            if (messages.length) throw new RuleTestFailure(`expected no messages, got:\n${show(messages)}`);
          });
        }
      });
      describe('invalid', () => {
        for (const c of cases.invalid) {
          it(c.name, async () => {
            const messages = await lintCase(ruleId, rule, c);
            compare(messages, c.errors);
          });
        }
      });
    });
  }
}

interface FileMessage extends LintMessage {
  file: string;
}

export async function lintCase(ruleId: string, rule: AnyRule, c: TestCase): Promise<FileMessage[]> {
  const files = c.files ?? { 'doc.json': c.document };
  const perflint = new PerfLint({
    cwd: '/virtual',
    extraRules: { [ruleId]: rule },
    locale: c.locale,
    config: { rules: { [ruleId]: c.options ? ['error', c.options] : 'error' }, ...(c.settings ? { settings: c.settings } : {}) },
  });
  const results: LintResult[] = await perflint.lintDocuments(Object.entries(files).map(([name, document]) => ({ filePath: name, document })));
  const messages = results.flatMap((r) => r.messages.map((m) => ({ ...m, file: r.filePath.replace(/^\/virtual\//, '') })));
  const foreign = messages.filter((m) => m.ruleId !== ruleId);
  if (foreign.length) throw new RuleTestFailure(`the test document itself is not valid:\n${show(foreign)}`);
  return messages;
}

function show(messages: FileMessage[]): string {
  return messages.map((m) => `  ${m.file} ${m.pointer} ${m.messageId ?? ''}: ${m.message}`).join('\n');
}

function compare(actual: FileMessage[], expected: ExpectedError[]): void {
  const problems: string[] = [];
  if (actual.length !== expected.length) problems.push(`expected ${expected.length} message(s), got ${actual.length}`);
  const remaining = [...actual];
  for (const e of expected) {
    const i = remaining.findIndex((m) => matches(m, e));
    if (i < 0) problems.push(`missing: ${JSON.stringify(e)}`);
    else remaining.splice(i, 1);
  }
  if (problems.length) throw new RuleTestFailure(`${problems.join('\n')}\nactual:\n${show(actual)}`);
}

function matches(m: FileMessage, e: ExpectedError): boolean {
  if (m.messageId !== e.messageId) return false;
  if (e.pointer !== undefined && m.pointer !== e.pointer) return false;
  if (e.file !== undefined && m.file !== e.file) return false;
  if (e.line !== undefined && m.line !== e.line) return false;
  if (e.column !== undefined && m.column !== e.column) return false;
  if (e.severity !== undefined && m.severity !== e.severity) return false;
  // data values must appear in the rendered message: that is what the clerk reads
  if (e.data && !Object.values(e.data).every((v) => m.message.includes(String(v)))) return false;
  if (e.related) {
    const related = m.related ?? [];
    if (related.length !== e.related.length) return false;
    for (const [i, r] of e.related.entries()) {
      const got = related[i]!;
      if (got.pointer !== r.pointer) return false;
      if (r.file !== undefined && got.filePath.replace(/^\/virtual\//, '') !== r.file) return false;
    }
  }
  return true;
}
