/** Dates and deadlines in a value (2024年6月, 年底前, 第三季度). */
import { COMPLETION_AT, DATE_CN_AT, DATE_PERIOD_MARK_AT, DATE_SEPARATED_AT, DEADLINE_MARK_AT, MONTH_DAY_CN_AT, MONTH_MARKED_AT, MONTH_SLASH_YEAR_AT, QUARTER_AT, YEAR_WORD_AT, execAt } from './patterns.js';
import { PUNCTUATION } from './text.js';
import type { DateParts } from './types.js';
import { CN_DIGITS, DEADLINE_OPENER_INDEX, wordBefore } from './words.js';

/** A date found in the value text, and where. */
export interface DateToken {
  readonly start: number;
  readonly end: number;
  readonly date: DateParts;
  readonly deadline: boolean;
}

export const validYear = (y: number): boolean => y >= 1900 && y <= 2100;
export const validMonth = (m: number): boolean => m >= 1 && m <= 12;
export const validDay = (d: number): boolean => d >= 1 && d <= 31;

export function toInt(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

export interface DateHead {
  readonly date: DateParts;
  readonly end: number;
}

/** A date starting with a digit at pos. */
export function readDateAt(t: string, pos: number): DateToken | undefined {
  const head = readDateHead(t, pos);
  if (head === undefined) return undefined;
  return finishDate(t, pos, head);
}

export function readDateHead(t: string, pos: number): DateHead | undefined {
  let m = execAt(DATE_CN_AT, t, pos);
  if (m !== null) {
    const year = Number(m[1]);
    const month = toInt(m[2]);
    const day = toInt(m[3]);
    if (validYear(year) && (month === undefined || validMonth(month)) && (day === undefined || validDay(day))) {
      return { date: defined({ year, month, day }), end: DATE_CN_AT.lastIndex };
    }
  }
  m = execAt(DATE_SEPARATED_AT, t, pos);
  if (m !== null) {
    const year = Number(m[1]);
    const month = Number(m[3]);
    const day = toInt(m[4]);
    if (validYear(year) && validMonth(month) && (day === undefined || validDay(day))) {
      return { date: defined({ year, month, day }), end: DATE_SEPARATED_AT.lastIndex };
    }
  }
  m = execAt(MONTH_SLASH_YEAR_AT, t, pos);
  if (m !== null) {
    const month = Number(m[1]);
    const year = Number(m[2]);
    if (validYear(year) && validMonth(month)) return { date: { year, month }, end: MONTH_SLASH_YEAR_AT.lastIndex };
  }
  m = execAt(MONTH_DAY_CN_AT, t, pos);
  if (m !== null) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (validMonth(month) && validDay(day)) return { date: { month, day }, end: MONTH_DAY_CN_AT.lastIndex };
  }
  m = execAt(MONTH_MARKED_AT, t, pos);
  if (m !== null) {
    const month = Number(m[1]);
    if (validMonth(month)) return { date: { month }, end: MONTH_MARKED_AT.lastIndex };
  }
  m = execAt(QUARTER_AT, t, pos);
  if (m !== null) return { date: { quarter: quarterNumber(m[1]) }, end: QUARTER_AT.lastIndex };
  return undefined;
}

/** 三季度, 年底前, 上半年: dates written without digits. */
export function readWordDateAt(t: string, pos: number): DateToken | undefined {
  const ch = t.charAt(pos);
  if (ch !== '第' && ch !== '年' && ch !== '上' && ch !== '下' && !CN_DIGITS.has(ch)) return undefined;
  if (!isDateWordBoundary(t, pos)) return undefined;
  let m = execAt(QUARTER_AT, t, pos);
  if (m !== null) return finishDate(t, pos, { date: { quarter: quarterNumber(m[1]) }, end: QUARTER_AT.lastIndex });
  m = execAt(YEAR_WORD_AT, t, pos);
  if (m !== null) {
    const word = m[0];
    const date: DateParts = { month: word === '上半年' || word === '年中' ? 6 : 12 };
    const head = { date, end: YEAR_WORD_AT.lastIndex };
    const token = finishDate(t, pos, head);
    // 年内 is itself a limit: "within the year".
    return word === '年内' ? { ...token, deadline: true } : token;
  }
  return undefined;
}

/** 年底 at the start or after 今/本/当/明: not the tail of a word like 青年中心. */
export function isDateWordBoundary(t: string, pos: number): boolean {
  if (pos === 0) return true;
  const prev = t.charAt(pos - 1);
  if (prev === '每') return false;
  return PUNCTUATION.has(prev) || '今本当明次该前'.includes(prev);
}

export function quarterNumber(s: string | undefined): number {
  const n = CN_DIGITS.get(s ?? '') ?? Number(s);
  return Number.isFinite(n) ? n : 0;
}

/** Period marks (底, 上旬…), then 前/内 and 完成: the end of a date phrase and whether it is a deadline. */
export function finishDate(t: string, start: number, head: DateHead): DateToken {
  const date: DateParts = { ...head.date };
  let end = head.end;
  const onlyYear = date.year !== undefined && date.month === undefined && date.quarter === undefined;

  if (onlyYear) {
    // 2023年三季度, 2023年上半年
    const quarter = execAt(QUARTER_AT, t, end);
    if (quarter !== null) {
      date.quarter = quarterNumber(quarter[1]);
      end = QUARTER_AT.lastIndex;
    } else if (t.startsWith('上半年', end) || t.startsWith('下半年', end)) {
      date.month = t.startsWith('上', end) ? 6 : 12;
      end += 3;
    }
  }
  const mark = execAt(DATE_PERIOD_MARK_AT, t, end);
  // "2019年中国…" is not mid-2019: 中 only marks a month (6月中).
  if (mark !== null && !(mark[0] === '中' && date.month === undefined)) {
    if (onlyYear && date.month === undefined && date.quarter === undefined) {
      if (mark[0] === '底' || mark[0] === '末') date.month = 12;
      else if (mark[0] === '初') date.month = 1;
    }
    end = DATE_PERIOD_MARK_AT.lastIndex;
  }
  let deadline = false;
  const limit = execAt(DEADLINE_MARK_AT, t, end);
  if (limit !== null) {
    deadline = true;
    end = DEADLINE_MARK_AT.lastIndex;
    if (limit[0] === '内' && onlyYear && date.month === undefined) date.month = 12;
  }
  if (execAt(COMPLETION_AT, t, end) !== null) {
    deadline = true;
    end = COMPLETION_AT.lastIndex;
  }
  const opener = wordBefore(DEADLINE_OPENER_INDEX, t, start);
  if (opener !== undefined) deadline = true;
  return { start: start - (opener?.[0].length ?? 0), end, date, deadline };
}

export function defined(parts: { year?: number | undefined; month?: number | undefined; day?: number | undefined }): DateParts {
  const out: DateParts = {};
  if (parts.year !== undefined) out.year = parts.year;
  if (parts.month !== undefined) out.month = parts.month;
  if (parts.day !== undefined) out.day = parts.day;
  return out;
}
