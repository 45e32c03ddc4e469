import type { Locale } from '../i18n.js';
import type { LintResult } from '../engine/results.js';
import type { AnyRule } from '../engine/rule.js';

export interface FormatterContext {
  cwd: string;
  locale: Locale;
  rulesMeta: Record<string, AnyRule['meta']>;
  /** colours only when writing to a terminal */
  color?: boolean;
  maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number };
  version?: string;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string | Promise<string>;

/** The annotated workbook is bytes, not text: `loadFormatter('xlsx')` gives one of these. */
export type WorkbookFormatter = (results: LintResult[], context: FormatterContext) => Promise<Uint8Array>;
