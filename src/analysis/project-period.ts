/**
 * A project's 项目期 / 实施期 as the table writes it ("2023.07-2024.01", "2022年3月-2023年11月",
 * "2021年-2023年", "3年"): how many months it covers and the last month it runs into.
 */

const DATE_MARK = /(\d{4})(?:\s*[年.\-/]\s*(\d{1,2})(?!\d))?/gu;
/** "3年", "三年": a length in years, counted from the budget year */
const YEARS_LONG = /^\s*([1-9]|[一二三四五六七八九十])\s*年\s*$/u;
const CHINESE_DIGITS = '一二三四五六七八九十';

function marks(period: string): RegExpMatchArray[] {
  return [...period.normalize('NFKC').matchAll(DATE_MARK)];
}

/** Months covered by a period such as "2023.07-2024.01" or "2021年-2023年"; undefined when it cannot be read. */
export function periodMonths(period: string | undefined): number | undefined {
  if (!period) return undefined;
  const found = marks(period);
  if (found.length < 2) return undefined;
  const first = found[0]!;
  const last = found[found.length - 1]!;
  const start = Number(first[1]) * 12 + (first[2] ? Number(first[2]) : 1);
  const end = Number(last[1]) * 12 + (last[2] ? Number(last[2]) : 12);
  return end >= start ? end - start + 1 : undefined;
}

/** Months a 项目期 covers, written as a span ("2023.07-2024.01") or a length in years ("1年", "三年"). */
export function periodLengthMonths(period: string | undefined): number | undefined {
  const months = periodMonths(period);
  if (months !== undefined || !period) return months;
  const long = YEARS_LONG.exec(period.normalize('NFKC'))?.[1];
  if (long === undefined) return undefined;
  return (/\d/.test(long) ? Number(long) : CHINESE_DIGITS.indexOf(long) + 1) * 12;
}

/** The last month a period runs into, as year × 12 + month: its last dated month (December when only a year is given), or the end of the budget year plus its length in years less one. */
export function periodEndMonth(period: string | undefined, budgetYear: number): number | undefined {
  if (!period) return undefined;
  const found = marks(period);
  if (found.length > 0) {
    const last = found[found.length - 1]!;
    return Number(last[1]) * 12 + (last[2] ? Number(last[2]) : 12);
  }
  const months = periodLengthMonths(period);
  return months === undefined ? undefined : (budgetYear - 1) * 12 + months + 12;
}
