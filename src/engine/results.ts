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
  suggestions?: LintSuggestion[];
  /** JSON pointer of the node the message is about */
  pointer: string;
  related?: RelatedMessageLocation[];
  /** `Sheet1!H12` for spreadsheet inputs */
  cellRef?: string;
  /** names a clerk recognises: the project and indicator the message is about */
  context?: { project?: string; indicator?: string };
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
  document?: DocumentFacts;
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
