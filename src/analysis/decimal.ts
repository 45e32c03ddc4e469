/**
 * Exact decimal arithmetic for money. Budget amounts are filed with up to four decimals in 万元
 * (2844.2811) or two in 元; added as binary floats, 0.1 + 0.2 is 0.30000000000000004 and a sum that
 * equals its total by the table's own arithmetic compares unequal. A Decimal is an integer
 * coefficient and a power of ten (value = coefficient × 10^exponent), so sums, scaling by 10^4
 * (万元 → 元) and comparisons are exact. Only what money checks need: add, multiply, compare, format.
 */

export interface Decimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** A decimal written as text ("2844.28", "-1.5e3", "1,200.50"); undefined when it is not one. */
export function parseDecimal(text: string): Decimal | undefined {
  const m = DECIMAL_TEXT.exec(text.trim().replace(/,/g, ''));
  if (!m) return undefined;
  const [, sign = '', whole = '', fraction = '', exp = '0'] = m;
  if (whole === '' && fraction === '') return undefined;
  const digits = BigInt(`${whole}${fraction}` || '0');
  return { coefficient: sign === '-' ? -digits : digits, exponent: Number(exp) - fraction.length };
}

/**
 * A JS number as the decimal it was written as: `String(n)` is the shortest text that reads back
 * as n, so 2844.28 becomes exactly 2844.28, not 2844.2800000000002. Undefined for NaN and ±∞.
 */
export function decimalFromNumber(n: number): Decimal | undefined {
  // weights and most amounts are whole: no text to write and read back
  if (Number.isSafeInteger(n)) return { coefficient: BigInt(n), exponent: 0 };
  return Number.isFinite(n) ? parseDecimal(String(n)) : undefined;
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent);
  return [a.coefficient * 10n ** BigInt(a.exponent - exponent), b.coefficient * 10n ** BigInt(b.exponent - exponent), exponent];
}

export const ZERO: Decimal = { coefficient: 0n, exponent: 0 };

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = align(a, b);
  return { coefficient: x + y, exponent };
}

export function sumDecimals(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const v of values) total = addDecimals(total, v);
  return total;
}

export function subtractDecimals(a: Decimal, b: Decimal): Decimal {
  return addDecimals(a, { coefficient: -b.coefficient, exponent: b.exponent });
}

export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  return { coefficient: a.coefficient * b.coefficient, exponent: a.exponent + b.exponent };
}

/** a × 10^power: 万元 → 元 is scaleDecimal(x, 4). Exact. */
export function scaleDecimal(a: Decimal, power: number): Decimal {
  return { coefficient: a.coefficient, exponent: a.exponent + power };
}

/** -1, 0 or 1 as a <, =, > b. */
export function compareDecimals(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Plain decimal text without exponent or trailing zeros: 1.50 → "1.5", 12e3 → "12000". */
export function formatDecimal(a: Decimal): string {
  const negative = a.coefficient < 0n;
  let digits = (negative ? -a.coefficient : a.coefficient).toString();
  let text: string;
  if (a.exponent >= 0) {
    text = digits === '0' ? '0' : digits + '0'.repeat(a.exponent);
  } else {
    const places = -a.exponent;
    digits = digits.padStart(places + 1, '0');
    const whole = digits.slice(0, digits.length - places);
    const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
    text = fraction ? `${whole}.${fraction}` : whole;
  }
  return negative && text !== '0' ? `-${text}` : text;
}

/** The decimal as a JS number, for ratios in messages (never for comparisons). */
export function decimalToNumber(a: Decimal): number {
  return Number(formatDecimal(a));
}
