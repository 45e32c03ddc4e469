/** Scanning the value text, left to right, into quantities, ranges, placeholders and the words around them. */
import { readDateAt, readWordDateAt, validMonth, validYear, type DateToken } from './dates.js';
import { EMBEDDED_PLACEHOLDER, execAt, FILLER_ONLY, NUMBER_AT, THOUSANDS_SEPARATORS } from './patterns.js';
import { PUNCTUATION, compact, isAsciiLetterCode, isDigitCode, stripTrailingPunctuation } from './text.js';
import type { Comparison, DateParts, UnitEntry, ValueKind } from './types.js';
import { matchTableUnit, readUnitAt, type UnitLookup, type UnitMatch } from './units.js';
import { CN_DIGITS, DEFAULT_PLACEHOLDER_SET, NOT_APPLICABLE_SET, PREFIX_SIGN_INDEX, QUALIFIER_INDEX, RANGE_SEPARATOR_INDEX, SUFFIX_SIGN_INDEX, u, wordAt, wordBefore } from './words.js';

// ---------------------------------------------------------------------------------------------
// Reading the value text
// ---------------------------------------------------------------------------------------------

export interface QuantityToken {
  start: number;
  end: number;
  value?: number;
  min?: number;
  max?: number;
  unit?: UnitEntry;
  comparison?: Comparison;
}

/** What the value cell alone says; assemble() merges in the operator and unit columns. */
export interface ValueCore {
  kind: ValueKind;
  vague: boolean;
  comparison?: Comparison;
  value?: number;
  min?: number;
  max?: number;
  unit?: UnitEntry;
  placeholder?: string;
  date?: DateParts;
  deadline?: boolean;
}

/** 2023年1-12月, 1月-6月 ("3-5个月" is a duration, not months of the calendar) */
const MONTHS_OF_ONE_YEAR = /^(?:(\d{4})年)?(\d{1,2})月?份?[-~～至到—–]+(?:(\d{4})年)?(\d{1,2})月(?:份|底|末)?$/u;

function monthsOfOneYear(text: string): ValueCore | undefined {
  const m = MONTHS_OF_ONE_YEAR.exec(text);
  if (!m || (m[3] !== undefined && m[3] !== m[1])) return undefined;
  const year = m[1] ?? m[3];
  const [from, to] = [Number(m[2]), Number(m[4])];
  if ((year !== undefined && !validYear(Number(year))) || !validMonth(from) || !validMonth(to) || from > to) return undefined;
  return { kind: 'date', vague: false, date: year === undefined ? { month: to } : { year: Number(year), month: to }, deadline: true };
}

/** A bracketed note at the end that restates the bound or gives the scale: (含95%), (满分5分), (百分制). */
const RESTATING_NOTE = /\((?:含|满分|总分)[^()]*\)$|\(百分制\)$/u;

export function readCore(text: string, operatorRaw: string, units: UnitLookup, extraPlaceholders: readonly string[] | undefined): ValueCore {
  if (text === '') {
    // 计算符号 "不适用" (KPIVALNOTAPP) with an empty value marks the row as not applicable.
    return compact(operatorRaw) === '不适用' ? { kind: 'not-applicable', vague: false } : { kind: 'empty', vague: false };
  }
  const core = stripTrailingPunctuation(text);
  if (NOT_APPLICABLE_SET.has(core)) return { kind: 'not-applicable', vague: false };

  const placeholder = readPlaceholder(text, core, units, extraPlaceholders);
  if (placeholder !== undefined) return placeholder;

  // "2023年1-12月", "2021年1月-12月", "2023年1月至12月": months of one year, the work's period; it ends with the last
  const period = monthsOfOneYear(text);
  if (period !== undefined) return period;

  // "≥95%(含95%)", "≥4.5分(满分5分)", "90分(百分制)": a note that restates the bound or gives the scale is no second target
  const restated = RESTATING_NOTE.exec(text);
  if (restated && restated.index > 0) return readCore(text.slice(0, restated.index), operatorRaw, units, extraPlaceholders);

  const { quantities, dates } = scan(text, units);
  if (quantities.length === 1) {
    const q = quantities[0] as QuantityToken;
    const vague = !isBlankBetween(text, 0, q.start) || !isBlankBetween(text, q.end, text.length);
    return quantityCore(q, vague);
  }
  if (quantities.length === 0 && dates.length > 0) {
    const dateCore = readDateCore(text, dates);
    if (dateCore !== undefined) return dateCore;
  }
  // Prose, or several quantities in one cell ("干部6人…共9人"): no single measurable target.
  return { kind: 'qualitative', vague: true };
}

export function quantityCore(q: QuantityToken, vague: boolean): ValueCore {
  const core: ValueCore = { kind: q.value !== undefined ? 'number' : 'range', vague };
  if (q.value !== undefined) core.value = q.value;
  if (q.min !== undefined) core.min = q.min;
  if (q.max !== undefined) core.max = q.max;
  if (q.unit !== undefined) core.unit = q.unit;
  if (q.comparison !== undefined) core.comparison = q.comparison;
  return core;
}

/** A date reading needs the date to be the point of the cell: nothing else said, or a deadline. */
export function readDateCore(text: string, dates: readonly DateToken[]): ValueCore | undefined {
  let blank = true;
  let at = 0;
  for (const d of dates) {
    if (!isBlankBetween(text, at, d.start)) blank = false;
    at = d.end;
  }
  if (!isBlankBetween(text, at, text.length)) blank = false;
  const chosen = dates.find((d) => d.deadline) ?? (dates[dates.length - 1] as DateToken);
  if (!blank && !chosen.deadline) return undefined;
  return { kind: 'date', vague: !blank, date: chosen.date, deadline: chosen.deadline };
}

/** Only punctuation and qualifier words (单次, 每年, 共计…) between from and to. */
export function isBlankBetween(t: string, from: number, to: number): boolean {
  let pos = from;
  while (pos < to) {
    if (PUNCTUATION.has(t.charAt(pos))) {
      pos++;
      continue;
    }
    const word = wordAt(QUALIFIER_INDEX, t, pos, to);
    if (word === undefined) return false;
    pos += word[0].length;
  }
  return true;
}

// --- placeholders ----------------------------------------------------------------------------

export function isTemplateMark(ch: string): boolean {
  return ch === '*' || ch === 'x' || ch === 'X' || ch === '×' || ch === '_';
}

export function readPlaceholder(
  text: string,
  core: string,
  units: UnitLookup,
  extraPlaceholders: readonly string[] | undefined,
): ValueCore | undefined {
  if (DEFAULT_PLACEHOLDER_SET.has(core) || matchesExtraPlaceholder(core, extraPlaceholders)) {
    return { kind: 'placeholder', vague: false, placeholder: core };
  }
  if (FILLER_ONLY.test(core)) return { kind: 'placeholder', vague: false, placeholder: core };

  const shaped = readTemplateShape(core, units);
  if (shaped !== undefined) return shaped;

  const embedded = EMBEDDED_PLACEHOLDER.exec(text);
  if (embedded !== null) return { kind: 'placeholder', vague: false, placeholder: embedded[0] };
  return undefined;
}

export function matchesExtraPlaceholder(core: string, extra: readonly string[] | undefined): boolean {
  if (!Array.isArray(extra)) return false;
  for (const word of extra) if (typeof word === 'string' && stripTrailingPunctuation(compact(word)) === core) return true;
  return false;
}

/**
 * '≥**%', '>***%', '**人', 'XX万元': sign? marks unit? suffix-sign?, and also a cell holding only a
 * sign and/or a unit ('%', '月/年', '≥'): the number itself was never written.
 */
export function readTemplateShape(t: string, units: UnitLookup): ValueCore | undefined {
  const prefix = wordAt(PREFIX_SIGN_INDEX, t, 0);
  let pos = prefix === undefined ? 0 : prefix[0].length;
  const marksStart = pos;
  while (pos < t.length && isTemplateMark(t.charAt(pos))) pos++;
  const marks = t.slice(marksStart, pos);
  const unit = readUnitAt(t, pos, units);
  if (unit !== undefined) pos = unit.end;
  const suffix = wordAt(SUFFIX_SIGN_INDEX, t, pos);
  if (suffix !== undefined) pos += suffix[0].length;
  if (pos !== t.length) return undefined;
  if (marks === '' && unit === undefined && prefix === undefined) return undefined;

  const core: ValueCore = { kind: 'placeholder', vague: false, placeholder: marks === '' ? t : marks };
  const comparison = prefix?.[1] ?? suffix?.[1];
  if (comparison !== undefined) core.comparison = comparison;
  if (unit !== undefined) core.unit = unit.entry;
  return core;
}

// --- scanning --------------------------------------------------------------------------------

export interface ScanResult {
  readonly quantities: QuantityToken[];
  readonly dates: DateToken[];
}

export function scan(t: string, units: UnitLookup): ScanResult {
  const quantities: QuantityToken[] = [];
  const dates: DateToken[] = [];
  // Chinese numerals are read only where the cell starts ("两次以上", "不少于三次", "一个月"):
  // inside prose they are part of words (一带一路, 两会, 第二届).
  const leadEnd = skipLead(t);
  let i = 0;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    const startsNumber = isDigitCode(c) || (c === 45 /* - */ && isDigitCode(t.charCodeAt(i + 1)));
    if (startsNumber && !continuesWord(t, i)) {
      const date = readDateAt(t, i);
      if (date !== undefined) {
        dates.push(date);
        i = date.end;
        continue;
      }
      const q = isEnumerator(t, i) ? undefined : readQuantityAt(t, i, units, false);
      if (q !== undefined) {
        quantities.push(q);
        i = q.end;
        continue;
      }
      i = skipNumber(t, i);
      continue;
    }
    if (!startsNumber) {
      const wordDate = readWordDateAt(t, i);
      if (wordDate !== undefined) {
        dates.push(wordDate);
        i = wordDate.end;
        continue;
      }
      if (i === leadEnd && startsChineseNumber(t.charAt(i))) {
        const q = readQuantityAt(t, i, units, true);
        if (q !== undefined) {
          quantities.push(q);
          i = q.end;
          continue;
        }
      }
    }
    i = startsNumber ? skipNumber(t, i) : i + 1;
  }
  return { quantities, dates };
}

/** Position after leading qualifiers and a leading sign word ("每季度", "不少于"). */
export function skipLead(t: string): number {
  let pos = 0;
  for (;;) {
    const word = wordAt(QUALIFIER_INDEX, t, pos)?.[0] ?? wordAt(PREFIX_SIGN_INDEX, t, pos)?.[0];
    if (word === undefined) return pos;
    pos += word.length;
  }
}

/** Digits glued to Latin letters or after 第 are codes and ordinals (G20, 第2届), not quantities. */
export function continuesWord(t: string, i: number): boolean {
  const prev = t.charCodeAt(i - 1);
  return isAsciiLetterCode(prev) || isDigitCode(prev) || prev === 46 /* . */ || t.charAt(i - 1) === '第';
}

/** "1、", "2." or "(3)" opening a list item. */
export function isEnumerator(t: string, i: number): boolean {
  const end = skipDigits(t, i);
  const next = t.charAt(end);
  const before = i === 0 ? '' : t.charAt(i - 1);
  const atItemStart = i === 0 || PUNCTUATION.has(before);
  if (!atItemStart) return false;
  if (next === '、') return true;
  if ((next === ')' || next === '）') && (before === '(' || before === '（' || i === 0)) return true;
  return next === '.' && !isDigitCode(t.charCodeAt(end + 1)) && end + 1 < t.length;
}

export function skipDigits(t: string, i: number): number {
  let p = i;
  while (isDigitCode(t.charCodeAt(p))) p++;
  return p;
}

export function skipNumber(t: string, i: number): number {
  let p = t.charAt(i) === '-' ? i + 1 : i;
  for (;;) {
    p = skipDigits(t, p);
    if ((t.charAt(p) === '.' || t.charAt(p) === ',') && isDigitCode(t.charCodeAt(p + 1))) p++;
    else return Math.max(p, i + 1);
  }
}

// --- numbers and quantities ------------------------------------------------------------------

export interface NumberMatch {
  readonly value: number;
  readonly end: number;
}

export function readArabicNumber(t: string, pos: number): NumberMatch | undefined {
  const negative = t.charAt(pos) === '-';
  const m = execAt(NUMBER_AT, t, negative ? pos + 1 : pos);
  if (m === null) return undefined;
  const value = Number(m[0].replace(THOUSANDS_SEPARATORS, ''));
  if (!Number.isFinite(value)) return undefined;
  return { value: negative ? -value : value, end: NUMBER_AT.lastIndex };
}

export function startsChineseNumber(ch: string): boolean {
  return ch === '十' || CN_DIGITS.has(ch);
}

/** 一 … 九十九 ("small counts"), 两 = 2. */
export function readChineseNumber(t: string, pos: number): NumberMatch | undefined {
  let p = pos;
  const first = CN_DIGITS.get(t.charAt(p));
  let tens: number | undefined;
  if (first !== undefined && t.charAt(p + 1) === '十' && first > 0) {
    tens = first;
    p += 2;
  } else if (t.charAt(p) === '十') {
    tens = 1;
    p += 1;
  } else if (first !== undefined) {
    return { value: first, end: p + 1 };
  } else {
    return undefined;
  }
  const units = CN_DIGITS.get(t.charAt(p));
  if (units !== undefined && units > 0) return { value: tens * 10 + units, end: p + 1 };
  return { value: tens * 10, end: p };
}

export const APPROX_ABOVE = new Set(['余', '多']);

export function readQuantityAt(t: string, start: number, units: UnitLookup, chinese: boolean): QuantityToken | undefined {
  const first = chinese ? readChineseNumber(t, start) : readArabicNumber(t, start);
  if (first === undefined) return undefined;
  let pos = first.end;
  // 200余位, 30多批次: "more than".
  const above = APPROX_ABOVE.has(t.charAt(pos));
  if (above) pos++;
  const unit1 = readUnitAt(t, pos, units);
  if (chinese && !acceptsChineseCount(t, unit1)) return undefined;
  if (unit1 === undefined && isAsciiLetterCode(t.charCodeAt(pos))) return undefined; // 5G, 4K
  if (unit1 !== undefined) pos = unit1.end;

  let second: NumberMatch | undefined;
  let unit2: UnitMatch | undefined;
  if (!chinese) {
    const range = readRangeTail(t, pos, units);
    if (range !== undefined) {
      ({ second, unit: unit2 } = range);
      pos = range.end;
    }
  }

  const suffix = wordAt(SUFFIX_SIGN_INDEX, t, pos);
  if (suffix !== undefined) pos += suffix[0].length;
  const prefix = wordBefore(PREFIX_SIGN_INDEX, t, start);
  const comparison = combineComparisons(prefix?.[1], suffix?.[1] ?? (above ? '>' : undefined));

  let unit = (unit2 ?? unit1)?.entry;
  let tokenStart = start - (prefix?.[0].length ?? 0);
  const perBefore = unit?.class === 'money' ? readPerChainBefore(t, tokenStart, units) : undefined;
  if (unit !== undefined && perBefore !== undefined) {
    unit = u('rate-money', [unit.canonical, ...perBefore.units].join('/'), unit.scale);
    tokenStart = perBefore.start;
  }
  const token: QuantityToken = { start: tokenStart, end: pos };
  if (second === undefined) token.value = first.value;
  else {
    token.min = Math.min(first.value, second.value);
    token.max = Math.max(first.value, second.value);
  }
  if (unit !== undefined) token.unit = unit;
  if (comparison !== undefined) token.comparison = comparison;
  return token;
}

/** How far back a 每…每… chain may start: 每平方米每月 is 7 characters; a little slack. */
export const PER_CHAIN_WINDOW = 12;

/**
 * 每人每天100元, 每月每平方米200元: the "per" units written before a money amount.
 * Returns the chain (in written order) that ends exactly at `end`, or undefined.
 */
export function readPerChainBefore(t: string, end: number, units: UnitLookup): { start: number; units: string[] } | undefined {
  for (let j = Math.max(0, end - PER_CHAIN_WINDOW); j < end; j++) {
    if (t.charAt(j) !== '每') continue;
    const chain: string[] = [];
    let pos = j;
    while (pos < end && t.charAt(pos) === '每') {
      const per = matchTableUnit(t, pos + 1, units);
      if (per === undefined || per.end > end || per.entry.class === 'money') break;
      chain.push(per.entry.canonical);
      pos = per.end;
    }
    if (pos === end && chain.length > 0) return { start: j, units: chain };
  }
  return undefined;
}

/** 一个月, 两次: fine; 十分满意, 一次性 are words, not counts. */
export function acceptsChineseCount(t: string, unit: UnitMatch | undefined): boolean {
  if (unit === undefined) return false;
  if (unit.entry.canonical === '分') return false;
  return t.charAt(unit.end) !== '性';
}

export function readRangeTail(
  t: string,
  pos: number,
  units: UnitLookup,
): { second: NumberMatch; unit: UnitMatch | undefined; end: number } | undefined {
  const sep = wordAt(RANGE_SEPARATOR_INDEX, t, pos);
  if (sep === undefined) return undefined;
  const at = pos + sep[0].length;
  if (!isDigitCode(t.charCodeAt(at))) return undefined;
  const second = readArabicNumber(t, at);
  if (second === undefined) return undefined;
  let end = second.end;
  if (APPROX_ABOVE.has(t.charAt(end))) end++;
  const unit = readUnitAt(t, end, units);
  if (unit !== undefined) end = unit.end;
  return { second, unit, end };
}

/** 控制在5%以内, 约20天左右: both say the same; when they differ the exact one beats ≈. */
export function combineComparisons(prefix: Comparison | undefined, suffix: Comparison | undefined): Comparison | undefined {
  if (prefix === undefined) return suffix;
  if (suffix === undefined || prefix === suffix) return prefix;
  return prefix === '≈' ? suffix : prefix;
}

// --- dates -----------------------------------------------------------------------------------
