import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { doc, project } from '../../tests/helpers/documents.js';
import { reserveRows } from '../../tests/helpers/target-rows.js';
import rule, { periodMonths } from './period-targets-differ.js';

new RuleTester({ describe, it }).run('period-targets-differ', rule, {
  valid: [
    {
      name: '实施期 of at most 12 months may repeat the annual rows',
      document: doc({ projects: [project('冻猪肉储备', reserveRows(275), { period: '2023.07-2024.01', periodIndicators: reserveRows(275) })] }),
    },
    {
      name: '实施期 rows that are only rates may repeat the annual rows',
      document: doc({
        projects: [
          project('资金拨付', reserveRows(275).slice(1, 3), { period: '2023年-2025年', periodIndicators: reserveRows(275).slice(1, 3) }),
        ],
      }),
    },
    {
      name: '实施期 rows with their own, larger quantities',
      document: doc({ projects: [project('冻猪肉储备', reserveRows(275), { period: '2023年-2025年', periodIndicators: reserveRows(825) })] }),
    },
  ],
  invalid: [
    {
      name: '实施期 rows that repeat the annual quantities over three years are periodRepeatsAnnual',
      document: doc({ projects: [project('冻猪肉储备', reserveRows(275), { period: '2023年-2025年', periodIndicators: reserveRows(275) })] }),
      errors: [{ messageId: 'periodRepeatsAnnual', pointer: '/projects/0/periodIndicators' }],
    },
  ],
});

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
