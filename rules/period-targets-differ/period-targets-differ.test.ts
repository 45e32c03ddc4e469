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
      errors: [{ messageId: 'periodRepeatsAnnual', pointer: '/projects/0/periodIndicators/0/value' }],
    },
    {
      name: '实施期 rows that repeat the annual quantities over three years are periodRepeatsAnnual',
      document: doc({ projects: [project('冻猪肉储备', reserveRows(275), { period: '2023年-2025年', periodIndicators: reserveRows(275) })] }),
      errors: [{ messageId: 'periodRepeatsAnnual', pointer: '/projects/0/periodIndicators/0/value' }],
    },
    {
      // fixtures/real-tables/guangdong-dongguan-2019-zhenji-lianwanglu E8 (blind mustFind): no 项目期, the span is the heading's;
      // the period list prints 可持续影响 with no target, which the annual list leaves out
      name: '东莞 2019: 中期滚动目标(2019年--2021年) rows copied from the annual ones',
      document: doc({
        projects: [
          project('镇际联网路升级改造工程一期', [row('产出指标', '数量指标', '镇街补助款完成结算项目数', '3'), row('产出指标', '质量指标', '补助款结算误差率', '±3%以内')], {
            periodSpan: '2019年--2021年',
            periodIndicators: [
              row('产出指标', '数量指标', '镇街补助款完成结算项目数', '3'),
              row('产出指标', '质量指标', '补助款结算误差率', '±3%以内'),
              row('效果指标', '可持续影响指标', '实现建设总目标控制程度', ''),
            ],
          }),
        ],
      }),
      errors: [{ messageId: 'periodRepeatsAnnual', pointer: '/projects/0/periodIndicators/0/value', messageIncludes: ['实施期（2019年--2021年）'] }],
    },
    {
      // fixtures/real-tables/anhui-bozhou-2023-rengong-zengyu D5 (mustFind): 项目期 1年 beside 中期目标(2023年—2025年)
      name: '亳州 2023: 项目期 1年 with 2023—2025 period targets',
      document: doc({
        projects: [
          project('亳州市人工增雨飞机作业项目', [row('产出指标', '数量指标', '飞机增雨作业航时', '≥30小时')], {
            period: '1年',
            periodSpan: '2023年—2025年',
            periodGoal: '亳州市建立较为完善的人工增雨飞机作业体系',
            periodIndicators: [row('产出指标', '数量指标', '飞机增雨作业航时', '≥90小时')],
          }),
          // a one-year project with no period part, and a span of one year, say nothing against each other
          project('送戏进万村', [row('产出指标', '数量指标', '送戏场次', '≥30场')], { period: '1年' }),
          project('雾炮车', [row('产出指标', '数量指标', '配备车辆数', '10辆')], { period: '1年', periodSpan: '2023年—2023年', periodGoal: '持续改善我市空气质量' }),
        ],
      }),
      errors: [{ messageId: 'periodContradicted', pointer: '/projects/0/period', messageIncludes: ['项目期写“1年”，中期目标却标明“2023年—2025年”（36个月）'] }],
    },
  ],
});
