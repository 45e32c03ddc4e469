import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './grade-label-as-target.js';

const one = (indicators: Indicator[]) => doc({ projects: [project('甲', indicators)] });

// domain-rules §C.19: 2022 安徽 (池州市贵池区棠溪镇) 自评表, 质量指标 经费支出合规性 with the grade as the target
const GUICHI_GRADE = row('产出指标', '质量指标', '经费支出合规性', '达成预期指标');
// fixtures/real-tables/anhui-guichi-2022-weituo-yewu-zipingbiao row 14: the clean row beside it
const GUICHI_COUNT = row('产出指标', '数量指标', '基建工程委托业务项目数量', '≥50个');

new RuleTester({ describe, it }).run('grade-label-as-target', rule, {
  valid: [
    { name: 'guichi: a number', document: one([GUICHI_COUNT]) },
    { name: 'a grade in the description is not a target', document: one([{ ...GUICHI_COUNT, description: '达成年度指标' }]) },
  ],
  invalid: [
    { name: 'guichi: 达成预期指标 as the target', document: one([GUICHI_COUNT, GUICHI_GRADE]), errors: [{ messageId: 'gradeLabel', pointer: '/projects/0/indicators/1/value', messageIncludes: ['“经费支出合规性”的指标值“达成预期指标”'] }] },
    {
      name: 'the longest grade, in a 个性 value',
      document: one([{ level1: '效益指标', name: '社会影响', value: '', personal: { value: '部分达成年度指标并具有一定效果。' } }]),
      errors: [{ messageId: 'gradeLabel', pointer: '/projects/0/indicators/0/personal/value' }],
    },
  ],
});
