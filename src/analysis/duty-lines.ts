/**
 * The 部门整体支出 form's 年度履职目标 block (福建 宁德 2019): the department's duties, one line each,
 * with the spending item that pays for it and its 预算金额. The importer keeps the block in the
 * project's extensions as a list of records under the block's label, each keyed by its headings.
 */
import { parseDecimal, type Decimal } from './decimal.js';
import { normalizeHeaderLabel } from './text.js';

/** 预算金额(万元), 预算数, 金额: the heading of a line's amount (also of a 项目预算 cost breakdown's, 湖北 鄂州 2022) */
export const AMOUNT_HEADING = /^(?:预算)?(?:金额|数)(?:\((?:万元|元)\))?$/u;
/** 合计, 总计, 小计 as a line's first cell: the lines added up, no line of its own */
const TOTAL_LINE = /^(?:合计|总计|小计)$/u;

export interface DutyLine {
  /** the extension key of the block, the line's index and its amount's heading: the amount's pointer */
  key: string;
  index: number;
  amountHeading: string;
  amount: Decimal;
  /** 基本支出 or 项目支出, when the line's spending item is one of the split by use */
  use?: 'basic' | 'project';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function useOf(record: Record<string, unknown>): DutyLine['use'] {
  for (const value of Object.values(record)) {
    const text = typeof value === 'string' ? normalizeHeaderLabel(value) : '';
    if (text === '基本支出') return 'basic';
    if (text === '项目支出') return 'project';
  }
  return undefined;
}

/** The lines of every block of records with an amount column; a line whose amount is not a plain number is left out. */
export function dutyLines(extensions: Readonly<Record<string, unknown>> | undefined): DutyLine[] {
  const lines: DutyLine[] = [];
  for (const [key, value] of Object.entries(extensions ?? {})) {
    if (!Array.isArray(value) || value.length < 2 || !value.every(isRecord)) continue;
    const amountHeading = Object.keys(value[0]!).find((h) => AMOUNT_HEADING.test(normalizeHeaderLabel(h)));
    if (amountHeading === undefined) continue;
    value.forEach((record, index) => {
      const first = Object.values(record)[0];
      if (typeof first === 'string' && TOTAL_LINE.test(normalizeHeaderLabel(first))) return;
      const text = record[amountHeading];
      const amount = typeof text === 'string' ? parseDecimal(text.trim()) : undefined;
      if (amount) lines.push({ key, index, amountHeading, amount, use: useOf(record) });
    });
  }
  return lines;
}
