/**
 * 执行率 = 全年执行数 ÷ 全年预算数, as a 自评表 money block prints it: "100.0%", "100.00%", or a bare
 * "100" under a 执行率(%) heading. The filed rate is rounded to the decimals it shows, by
 * whichever rule the clerk's sheet used (rounded, rounded up, cut off), so a rate with decimals is
 * compared within one unit of its last digit (86.19% for 86.183% is no finding, 上海 普陀 2022), a
 * whole number within half a unit. A ratio, not a sum: plain numbers are exact enough.
 */

const RATE = /^(\d+(?:\.(\d+))?)\s*([%％])?$/;

export interface RateCheck {
  /** the rate the amounts give, in percent */
  expected: number;
}

/**
 * The rate the amounts give when the filed one disagrees with it; undefined when they agree or
 * cannot be compared (no budget, no spending, or a rate that is not a number such as "—").
 * A bare number may be a percent (100) or a fraction (1): either reading that fits is accepted.
 * A rate capped at 100% where more than the budget was spent is accepted too.
 */
export function executionRateMismatch(rate: string, budget: number | null, spent: number | null): RateCheck | undefined {
  if (budget === null || spent === null || !(budget > 0) || spent < 0) return undefined;
  const m = RATE.exec(rate.normalize('NFKC').trim());
  if (!m) return undefined;
  const filed = Number(m[1]);
  const decimals = m[2]?.length ?? 0;
  // a whole number is rounded (86 for 86.2); shown decimals may be rounded up or cut off as well
  const slack = (decimals === 0 ? 0.5 : 10 ** -decimals) + 1e-9;
  const expected = (spent / budget) * 100;
  const fits = (percent: number, tolerance: number) => Math.abs(percent - expected) <= tolerance || (expected > 100 && percent === 100);
  if (fits(filed, slack) || (m[3] === undefined && fits(filed * 100, slack * 100))) return undefined;
  return { expected };
}

/** 100, 99.87: at most two decimals, no trailing zeros */
export function formatRate(percent: number): string {
  return String(Math.round(percent * 100) / 100);
}
