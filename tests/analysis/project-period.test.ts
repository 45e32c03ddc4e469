import { describe, expect, it } from 'vitest';
import { periodEndMonth, periodMonths } from '../../src/analysis/project-period.js';

describe('periodMonths', () => {
  it('reads the length of a 实施期', () => {
    expect(periodMonths('2023.07-2024.01')).toBe(7);
    expect(periodMonths('2021年-2023年')).toBe(36);
    expect(periodMonths('2023年7月-2024年6月')).toBe(12);
    expect(periodMonths('2023-2025')).toBe(36);
    expect(periodMonths('三年')).toBeUndefined();
    expect(periodMonths(undefined)).toBeUndefined();
  });
});

describe('periodEndMonth', () => {
  it('reads the last month a 项目期 runs into', () => {
    // fixtures/real-tables/ningxia-yuanzhou-2022-shuiyuan-hanyanglin D5
    expect(periodEndMonth('2022年3月-2023年11月', 2022)).toBe(2023 * 12 + 11);
    expect(periodEndMonth('2023-2025', 2023)).toBe(2025 * 12 + 12);
    expect(periodEndMonth('3年', 2021)).toBe(2023 * 12 + 12);
    expect(periodEndMonth('三年', 2021)).toBe(2023 * 12 + 12);
    expect(periodEndMonth('长期', 2024)).toBeUndefined();
    expect(periodEndMonth(undefined, 2024)).toBeUndefined();
  });
});
