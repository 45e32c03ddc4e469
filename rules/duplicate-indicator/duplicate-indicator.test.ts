import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './duplicate-indicator.js';

// seed 000 (绍兴 2019), 散、混、砂专项培训费 rows 8–10: three rows named 培训学员满意度
const SATISFACTION_70: Indicator = { level1: '效益指标', name: '培训学员满意度', value: '70', personal: { name: '>***%', value: '70' } };
const SATISFACTION_15: Indicator = { level1: '效益指标', name: '培训学员满意度', value: '15', personal: { name: '条', value: '15' } };
const COVERAGE: Indicator = { level1: '效益指标', name: '培训覆盖率', value: '85', personal: { name: '>***%', value: '85' } };
// seed 000, 散装水泥管理 rows 3 and 5: no name, the 个性 name is the placeholder "%"
const PERCENT_ONLY: Indicator = { level1: '产出指标', name: '', value: '100', personal: { name: '%', value: '100' } };
// fixtures/real-tables/ningxia-yuanzhou-2022-shuiyuan-hanyanglin, rows 11–12: "其中：" is a different name
const NINGXIA_TOTAL = row('产出指标', '数量指标', '实施营造林总面积(亩)', '80000');
const NINGXIA_PART = row('产出指标', '数量指标', '其中:实施新造林总面积(亩)', '30000');

const one = (indicators: Indicator[], extra = {}) => doc({ projects: [project('甲', indicators, extra)] });

new RuleTester({ describe, it }).run('duplicate-indicator', rule, {
  valid: [
    { name: 'ningxia: 其中 rows differ', document: one([NINGXIA_TOTAL, NINGXIA_PART]) },
    { name: 'seed 000: symbol-only placeholder names are no-placeholder’s', document: one([PERCENT_ONLY, PERCENT_ONLY]) },
    { name: 'annual and period rows are separate tables', document: one([NINGXIA_TOTAL], { periodIndicators: [NINGXIA_TOTAL] }) },
    { name: 'a 部门整体 table repeats rows under each goal', document: one([NINGXIA_TOTAL, NINGXIA_TOTAL], { kind: 'overall' }) },
  ],
  invalid: [
    {
      name: 'seed 000: 培训学员满意度 twice',
      document: one([SATISFACTION_70, SATISFACTION_15, COVERAGE]),
      errors: [{ messageId: 'duplicate', pointer: '/projects/0/indicators/1/name', messageIncludes: ['第2行“培训学员满意度”与第1行重名'] }],
    },
    { name: 'numbering and width do not make names differ', document: one([NINGXIA_TOTAL, { ...NINGXIA_TOTAL, name: '1.实施营造林总面积（亩）' }]), errors: [{ messageId: 'duplicate' }] },
  ],
});
