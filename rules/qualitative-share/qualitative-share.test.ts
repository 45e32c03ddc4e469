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

// fixtures/real-tables/anhui-liuan-yuan-2022-wenwu-baohu-ziping rows 12–20: 4 of 9 qualitative once the date counts
const LIUAN_YUAN: Indicator[] = [
  row('产出指标', '数量指标', '指标1:修缮建筑数量', '完成六安市六安市罗氏宗祠、李氏宗祠、英布墓日常维护,指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装'),
  row('产出指标', '数量指标', '指标2:修缮建筑面积', '6000平方米'),
  row('产出指标', '数量指标', '指标3:修缮级别', '市级保护单位'),
  row('产出指标', '质量指标', '指标1:验收通过率', '100%'),
  row('产出指标', '质量指标', '指标2:工程质量管理', '≥95%'),
  row('产出指标', '质量指标', '指标3:文明施工', '≥95%'),
  row('产出指标', '时效指标', '项目设计、招标、施工', '完成时间为2022年12月30日'),
  row('产出指标', '成本指标', '项目成本控制在预算内', '本着节约的原则,控制在预算中。'),
  row('效益指标', '社会效益指标', '文物本体安全、体现文物价值,提升知名度', '加大文物保护,展示文物价值'),
];

new RuleTester({ describe, it }).run('qualitative-share', rule, {
  valid: [
    { name: 'yueyang: all quantitative', document: one(YUEYANG) },
    { name: 'a date in words sets a checkable limit: 完成时间为2022年12月30日', document: one(LIUAN_YUAN) },
    { name: 'guichi under a looser line', document: one(GUICHI), options: { maxShare: 0.7 } },
    { name: 'too few rows to judge', document: one(GUICHI.slice(2, 4)) },
  ],
  invalid: [
    { name: 'guichi: 6 of 9', document: one(GUICHI), errors: [{ messageId: 'tooMany', pointer: '/projects/0/indicators/2/value', messageIncludes: ['定性指标有6/9个（67%），超过50%'] }] },
    {
      name: 'a year is no figure: 完成2023年度任务 is qualitative',
      document: one([GUICHI[0]!, row('产出指标', '质量指标', '任务完成情况', '完成2023年度任务'), GUICHI[2]!, GUICHI[3]!]),
      errors: [{ messageId: 'tooMany', messageIncludes: ['定性指标有3/4个'] }],
    },
    { name: 'a stricter preset', document: one([...YUEYANG, GUICHI[2]!, GUICHI[3]!, GUICHI[5]!]), options: { maxShare: 1 / 3 }, errors: [{ messageId: 'tooMany' }] },
  ],
});
