import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import type { Indicator } from '../../src/document/model.js';
import { reserveRows } from '../../tests/helpers/target-rows.js';
import rule from './period-targets-differ.js';

/** rows of a table without a 计量单位 column (安徽 亳州 2023 side-by-side layout): bare numbers */
const unitless = (flights: string): Indicator[] => [
  row('产出指标', '数量指标', '增雨作业次数', flights),
  row('产出指标', '质量指标', '作业安全合格率', '≥95'),
  row('满意度指标', '服务对象满意度指标', '农户满意度', '≥90'),
];

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
    {
      name: 'unit-less rows that are only rates (合格率 ≥95, 满意度 ≥90) may repeat',
      document: doc({ projects: [project('人工增雨', unitless('≥15').slice(1), { period: '2023年-2025年', periodIndicators: unitless('≥15').slice(1) })] }),
    },
  ],
  invalid: [
    {
      name: 'unit-less rows repeated over three years are a finding too (no 计量单位 column)',
      document: doc({ projects: [project('人工增雨', unitless('≥15'), { period: '2023年-2025年', periodIndicators: unitless('≥15') })] }),
      errors: [{ messageId: 'periodRepeatsAnnual', pointer: '/projects/0/periodIndicators' }],
    },
    {
      name: '实施期 rows that repeat the annual quantities over three years are periodRepeatsAnnual',
      document: doc({ projects: [project('冻猪肉储备', reserveRows(275), { period: '2023年-2025年', periodIndicators: reserveRows(275) })] }),
      errors: [{ messageId: 'periodRepeatsAnnual', pointer: '/projects/0/periodIndicators' }],
    },
  ],
});
