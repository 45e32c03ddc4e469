/** LintResult / LintMessage: exactly ESLint's shape, plus `pointer`, `related` and `cellRef`. */

export interface RelatedMessageLocation {
  filePath: string;
  pointer: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  cellRef?: string;
  label?: string;
}

export interface LintFix {
  range: [number, number];
  text: string;
}

export interface CellFix {
  /** `Sheet1!H12` */
  cellRef?: string;
  text: string;
}

export interface LintSuggestion {
  desc: string;
  messageId?: string;
  fix: LintFix;
}

export interface LintMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  messageId?: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  fix?: LintFix;
  /**
   * the fix of an input that is not text (a spreadsheet): the new content of the cell, for the
   * annotated copy's comment; workbooks themselves are never modified
   */
  cellFix?: CellFix;
  suggestions?: LintSuggestion[];
  /** JSON pointer of the node the message is about */
  pointer: string;
  related?: RelatedMessageLocation[];
  /** `Sheet1!H12` for spreadsheet inputs */
  cellRef?: string;
  /** a hash of the messageId and data other than the place: the same finding keeps it when rows move */
  contentHash?: string;
  /** set on the messages in `suppressedMessages`: why they are not reported (a baseline file) */
  suppressions?: Array<{ kind: 'file'; justification: string }>;
  /** names a clerk recognises: the project and indicator the message is about */
  context?: { project?: string; projectCode?: string; indicator?: string };
}

/** Who filed the document, for people reading a report over many files; absent when it could not be read. */
export interface DocumentFacts {
  department?: string;
  year?: number;
  region?: { province: string; city?: string; county?: string };
  projects: number;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: LintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: [];
  source?: string;
  /** the fixed text, when --fix (or a dry run) changed the file */
  output?: string;
  document?: DocumentFacts;
}

/**
 * What a finding is about, independent of where it sits: project (code, else name) › indicator.
 * A table changes shape between years, so the baseline and SARIF fingerprints key on this, not on a pointer.
 */
export function contentKey(message: LintMessage): string {
  const project = message.context?.projectCode || message.context?.project;
  return [project, message.context?.indicator].filter(Boolean).join(' › ') || '(document)';
}

export function sortMessages(messages: LintMessage[]): LintMessage[] {
  return messages.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''));
}

export function createResult(filePath: string, messages: LintMessage[], document?: DocumentFacts): LintResult {
  let errorCount = 0;
  let fatalErrorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fatal) fatalErrorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  return {
    filePath,
    messages: sortMessages(messages),
    suppressedMessages: [],
    errorCount,
    fatalErrorCount,
    warningCount,
    fixableErrorCount,
    fixableWarningCount,
    usedDeprecatedRules: [],
    ...(document ? { document } : {}),
  };
}

/** the rule id of a document's schema violations (fatal: the rules did not run on it) */
export const SCHEMA_RULE_ID = 'schema';

/**
 * Nothing in the file was checked: it could not be read (a fatal message of no rule) or broke the
 * schema. A rule that crashed (fatal, with its id) stopped only itself; the others checked the file.
 */
export function wasNotChecked(messages: readonly LintMessage[]): boolean {
  return messages.some((m) => m.fatal && (m.ruleId === null || m.ruleId === SCHEMA_RULE_ID));
}
