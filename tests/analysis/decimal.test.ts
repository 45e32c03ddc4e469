import { describe, expect, it } from 'vitest';
import { decimalFromNumber, parseDecimal } from '../../src/analysis/decimal.js';

describe('decimalFromNumber', () => {
  it('reads a whole number as the decimal its text would give', () => {
    for (const n of [0, -0, 20, -5, 423000, 2 ** 53 - 1, -(2 ** 53 - 1)]) {
      expect(decimalFromNumber(n), String(n)).toEqual(parseDecimal(String(n)));
    }
  });

  it('reads fractions and huge numbers through their shortest text', () => {
    expect(decimalFromNumber(2844.28)).toEqual({ coefficient: 284428n, exponent: -2 });
    expect(decimalFromNumber(1e21)).toEqual({ coefficient: 1n, exponent: 21 });
    expect(decimalFromNumber(Number.NaN)).toBeUndefined();
    expect(decimalFromNumber(Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});
