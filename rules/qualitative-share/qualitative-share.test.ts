import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './qualitative-share.js';

const one = (indicators: Indicator[]) => doc({ projects: [project('甲', indicators)] });

// fixtures/real-tables/anhui-guichi-2022-weituo-yewu-zipingbiao, rows 14–22: six of nine qualitative
const GUICHI: Indicator[] = [
  row('产出指标', '数量指标', '基建工程委托业务项目数量', '≥50个'),
  row('产出指标', '质量指标', '委托业务报告合格率', '≥100百分比'),
  row('产出指标', '质量指标', '经费支出合规性', '严格执行相关制度规定'),
  row('产出指标', '时效指标', '提交报告及时性', '在项目计划完成时间内完成'),
  row('产出指标', '成本指标', '项目总成本', '≤90万元'),
  row('产出指标', '成本指标', '单项业务成本', '符合相关规定'),
  row('效益指标', '社会效益指标', '对维护基建市场公平的影响程度', '效果明显'),
  row('效益指标', '生态效益指标', '对控制基建项目成本影响程度', '效果明显'),
  row('效益指标', '可持续影响指标', '对推动基建项目“四项制度”健全和落实的持续性影响', '效果明显'),
];
// fixtures/real-tables/hunan-yueyang-yueyangxian-2022 (rows 11, 13, 15, 22): every row a number or a date
const YUEYANG: Indicator[] = [
  row('产出指标', '数量指标', '脱贫村村内道路硬化里程', '≥100公里'),
  row('产出指标', '质量指标', '项目(工程)验收合格率', '100%'),
  row('产出指标', '成本指标', '财政资金补助', '1600元/亩'),
  row('满意度指标', '服务对象满意度指标', '受益脱贫(监测)户满意度', '≥95%'),
];

new RuleTester({ describe, it }).run('qualitative-share', rule, {
  valid: [
    { name: 'yueyang: all quantitative', document: one(YUEYANG) },
    { name: 'guichi under a looser line', document: one(GUICHI), options: { maxShare: 0.7 } },
    { name: 'too few rows to judge', document: one(GUICHI.slice(2, 4)) },
  ],
  invalid: [
    { name: 'guichi: 6 of 9', document: one(GUICHI), errors: [{ messageId: 'tooMany', pointer: '/projects/0/indicators/2/value', messageIncludes: ['定性指标有6/9个（67%），超过50%'] }] },
    { name: 'a stricter preset', document: one([...YUEYANG, GUICHI[2]!, GUICHI[3]!, GUICHI[5]!]), options: { maxShare: 1 / 3 }, errors: [{ messageId: 'tooMany' }] },
  ],
});
