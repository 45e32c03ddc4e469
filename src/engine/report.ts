/**
 * A finding before it has a position or a language: what rules and the engine produce.
 * `finalize` turns it into a LintMessage; that is the one place positions and locales are applied.
 */
import type { LocalizedText, MessageData, Locale } from '../i18n.js';
import { isLocalizedText, localize } from '../i18n.js';
import type { LocateTarget, Locator, SourceRange } from '../document/source-range.js';
import type { CellFix, LintFix, LintMessage, RelatedMessageLocation } from './results.js';
import type { RelatedLocation, ValueFix } from './rule.js';

export interface PendingReport {
  ruleId: string | null;
  severity: 1 | 2;
  fatal?: boolean;
  messageId?: string;
  text: LocalizedText;
  data?: MessageData;
  pointer: string;
  target?: LocateTarget;
  related?: RelatedLocation[];
  fix?: ValueFix;
  suggestions?: Array<{ messageId: string; text: LocalizedText; data?: MessageData; fix: ValueFix }>;
  /** an explicit position (syntax errors, which have no pointer) */
  range?: SourceRange;
}

export type LocatorLookup = (filePath: string) => Locator | undefined;

export function finalize(report: PendingReport, filePath: string, locator: Locator, locale: Locale, lookup: LocatorLookup): LintMessage {
  const range = report.range ?? locator.locate(report.pointer, report.target);
  const message: LintMessage = {
    ruleId: report.ruleId,
    severity: report.severity,
    message: localize(report.text, locale, report.data),
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    pointer: report.pointer,
  };
  if (report.messageId) message.messageId = report.messageId;
  message.contentHash = contentHash(report);
  if (report.fatal) message.fatal = true;
  if (range.cellRef) message.cellRef = range.cellRef;
  if (report.fix) {
    const fix = toTextFix(report.fix, locator);
    if (fix) message.fix = fix;
    else message.cellFix = toCellFix(report.fix, locator);
  }
  if (report.suggestions?.length) {
    message.suggestions = report.suggestions.flatMap((s) => {
      const fix = toTextFix(s.fix, locator);
      return fix ? [{ desc: localize(s.text, locale, s.data), messageId: s.messageId, fix }] : [];
    });
  }
  if (report.related?.length) {
    message.related = report.related.map((r): RelatedMessageLocation => {
      const file = r.file ?? filePath;
      const where = (file === filePath ? locator : lookup(file))?.locate(r.pointer) ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
      const out: RelatedMessageLocation = {
        filePath: file,
        pointer: r.pointer,
        line: where.line,
        column: where.column,
        endLine: where.endLine,
        endColumn: where.endColumn,
      };
      if (where.cellRef) out.cellRef = where.cellRef;
      if (r.label) out.label = r.label;
      return out;
    });
  }
  return message;
}

/** A value fix becomes ESLint's {range, text} only where the input is JSON text. */
function toTextFix(fix: ValueFix, locator: Locator): LintFix | undefined {
  const offsets = locator.offsets?.(fix.pointer);
  return offsets ? { range: offsets, text: JSON.stringify(fix.value) } : undefined;
}

/** Where there is no text to edit (a spreadsheet), the fix says what the cell should read. */
function toCellFix(fix: ValueFix, locator: Locator): CellFix {
  const cellRef = locator.locate(fix.pointer).cellRef;
  const text = typeof fix.value === 'string' ? fix.value : JSON.stringify(fix.value);
  return cellRef ? { cellRef, text } : { text };
}

/**
 * What a finding says apart from where it sits: its messageId and data, leaving out `where` (the
 * row phrase, which holds a row number). FNV-1a, 32 bits: with the rule and the context it tells
 * one finding from another across edits (SARIF fingerprints), without carrying the data itself.
 */
function contentHash(report: PendingReport): string {
  const data = Object.entries(report.data ?? {})
    .filter(([key]) => key !== 'where')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${isLocalizedText(value) ? value['zh-CN'] : String(value)}`);
  const text = [report.messageId ?? report.text['zh-CN'], ...data].join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}
