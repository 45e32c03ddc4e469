/**
 * Excel date serials: a date cell formatted as a number shows the days since 1899-12-30
 * (45292 = 2024-01-01). Clerks paste such cells into 指标值 or 计量单位 and the table then shows
 * "45292". Only serials of plausible budget years (2000–2049) are recognised.
 */

/** 2000-01-01 and 2049-12-31 as serials. */
const FIRST = 36526;
const LAST = 54789;
/** 45292, 45292.0, or with a thousands separator as a number format shows it (44,561) */
const SERIAL = /^\d{2},?\d{3}(?:\.0+)?$/;
const EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/** The date a cell holding only a serial stands for ("2024年1月1日"), or undefined. */
export function excelSerialDate(text: string | undefined): string | undefined {
  const t = (text ?? '').trim();
  if (!SERIAL.test(t)) return undefined;
  const n = Math.floor(Number(t.replace(',', '')));
  if (n < FIRST || n > LAST) return undefined;
  const d = new Date(EPOCH + n * DAY);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** Name words of an indicator whose value is a date or deadline (完成时间, 截止日期, 完成时限). */
export const DATE_NAME_WORDS: readonly string[] = ['时间', '日期', '时限', '期限', '截止', '完成时', '时点', '节点'];
