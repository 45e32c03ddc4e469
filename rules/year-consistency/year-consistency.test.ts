import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './year-consistency.js';

const table = (year: number, indicators: Indicator[], extra = {}) => doc({ year, projects: [project('甲', indicators, extra)] });

// fixtures/real-tables/ningxia-yuanzhou-2022-shuiyuan-hanyanglin (2022), row 16
const NINGXIA_LATE = row('产出指标', '时效指标 (必填)', '项目完成时间', '2023年底');
// fixtures/real-tables/anhui-huaibei-wenlvti-2025-songxi-jincun (2025), row 14; hunan-hengyang-nanyue-2018-zichan row 14
const HUAIBEI_OK = row('产出指标', '时效指标', '项目完成时限', '2025年12月');
const NANYUE_NO_YEAR = row('产出指标', '时效指标', '每年返本分红时间', '每年12月底前');
// hunan-xiangtan-2023-wupaoche-fuwu (2023), row 12: a service period across the new year
const XIANGTAN_RANGE = row('产出指标', '时效指标', '服务周期', '2023.07-2024.01');

new RuleTester({ describe, it }).run('year-consistency', rule, {
  valid: [
    { name: 'huaibei: in the budget year', document: table(2025, [HUAIBEI_OK]) },
    { name: 'no year, and a range', document: table(2023, [NANYUE_NO_YEAR, XIANGTAN_RANGE]) },
    { name: 'period rows span years', document: table(2022, [], { periodIndicators: [NINGXIA_LATE] }) },
    {
      name: 'a completion date within the 项目期 of a table with no period rows',
      document: table(2022, [row('产出指标', '时效指标', '项目完成时间', '2023年11月')], { period: '2022年3月-2023年11月' }),
    },
  ],
  invalid: [
    { name: 'ningxia: 2023年底 in a 2022 table, past its 项目期 2022年3月-2023年11月', document: table(2022, [NINGXIA_LATE], { period: '2022年3月-2023年11月' }), errors: [{ messageId: 'later', pointer: '/projects/0/indicators/0/value', messageIncludes: ['落在2023年，晚于本表的预算年度2022年'] }] },
    { name: 'a date copied from an earlier table', document: table(2026, [HUAIBEI_OK]), errors: [{ messageId: 'earlier', messageIncludes: ['2025年'] }] },
  ],
});
