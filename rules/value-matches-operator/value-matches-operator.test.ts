import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './value-matches-operator.js';

const one = (indicators: Indicator[]) => doc({ projects: [project('甲', indicators)] });

// fixtures/real-tables/guangdong-dongguan-2019-zhenji-lianwanglu, rows 8–9
const DONGGUAN_COUNT = row('预期产出指标', '数量指标', '镇街补助款完成结算项目数', '3');
const DONGGUAN_PLUS_MINUS = row('预期产出指标', '质量指标', '补助款结算误差率', '±3%以内');
// seed 001 (绍兴 2021), 绍兴军分区饮食保障排专项经费 rows 3 and 4: 定性 on a number; = on a number
const SHAOXING_QUALITATIVE = row('产出指标', '成本指标', '保障排厨师费用', '500 元/人/天', { operator: '定性' });
const SHAOXING_OK = row('产出指标', '数量指标', '保障人数', '30', { operator: '=', unit: '人' });
// seed 000 (绍兴 2019), 出国人员经费 row 4: a range
const SHAOXING_RANGE = row('产出指标', '数量指标', '出国（境）人数', '3-4人');
// sichuan-guangyuan-zhaohua-2021 row 19 and hunan-xiangtan-2023 row 12: date ranges are dates
const GUANGYUAN_PERIOD = row('产出指标', '时效指标', '项目实施时间', '2021年1月-12月');
const XIANGTAN_PERIOD = row('产出指标', '时效指标', '服务周期', '2023.07-2024.01');

new RuleTester({ describe, it }).run('value-matches-operator', rule, {
  valid: [
    {
      // words before the figure say which way it goes: the rule asks for a sign only on a bare figure
      name: 'a worded change, 群众投诉量下降10%, beside signed percentages',
      document: one([row('产出指标', '质量指标', '保洁质量达标率', '≥95%'), row('效益指标', '社会效益指标', '市容环境改善', '群众投诉量下降10%')]),
    },
    {
      // a table that writes no sign anywhere is the template's way, not one row's slip; 100% reads alone
      name: 'percentages without signs throughout, and 100% beside ≥95%',
      document: one([row('产出指标', '质量指标', '验收合格率', '95%'), row('产出指标', '时效指标', '按时完成率', '90%')]),
    },
    {
      // fixtures/real-tables/hubei-huangshi-dangxiao-2022-zhutiban-pifu (mustNotFind F13): only the satisfaction row carries a sign
      name: '黄石 2022: one ≥ among bare percentages',
      document: one([
        row('产出指标', '数量指标', '理论教育和党性教育课时比例', '70%'),
        row('产出指标', '质量指标', '培训完成率', '100%'),
        row('产出指标', '时效指标', '及时完成率', '100%'),
        row('满意度指标', '服务对象满意度指标', '培训学员对培训效果满意度', '≥95%'),
      ]),
    },
    { name: '100% beside ≥95%', document: one([row('产出指标', '数量指标', '猪肉产量稳定率', '≥95%'), row('产出指标', '质量指标', '验收合格率', '100%')]) },
    { name: 'dongguan: a bare count; shaoxing: = with a number', document: one([DONGGUAN_COUNT, SHAOXING_OK]) },
    { name: 'date ranges', document: one([GUANGYUAN_PERIOD, XIANGTAN_PERIOD]) },
    { name: '定性 with a description', document: one([row('产出指标', '质量指标', '资料归档', '归档完整，可随时查阅', { operator: '定性' })]) },
    { name: 'ranges allowed by the preset', document: one([SHAOXING_RANGE]), options: { allowRanges: true } },
  ],
  invalid: [
    {
      // fixtures/real-tables/chongqing-zhongxian-2022-shengzhu-diaochu-daxian-quyu rows 13–14 (mustFind F14; mustNotFind F13)
      name: '忠县 2022: 90% under a ≥95%',
      document: one([row('产出指标', '数量指标', '猪肉产量稳定率', '≥95%'), row('产出指标', '数量指标', '能繁母猪稳定率', '90%')]),
      errors: [{ messageId: 'missingSign', pointer: '/projects/0/indicators/1/value', messageIncludes: ['“90%”没有计算符号', '“≥90%”或“≤90%”'] }],
    },
    { name: 'dongguan: ±', document: one([DONGGUAN_COUNT, DONGGUAN_PLUS_MINUS]), errors: [{ messageId: 'range', pointer: '/projects/0/indicators/1/value' }] },
    { name: 'shaoxing: a range', document: one([SHAOXING_RANGE]), errors: [{ messageId: 'range', messageIncludes: ['“≥3人”或“≤4人”'] }] },
    { name: 'shaoxing: 定性 on a number', document: one([SHAOXING_QUALITATIVE]), errors: [{ messageId: 'numberWithQualitative' }] },
    { name: '≥ with text', document: one([row('效益指标', '社会效益指标', '群众生活改善', '较好', { operator: '≥' })]), errors: [{ messageId: 'textWithSign', messageIncludes: ['“≥”（定量）'] }] },
    { name: 'a sign in the value text with no number', document: one([row('效益指标', '社会效益指标', '服务水平', '≥良好')]), errors: [{ messageId: 'textWithSign' }] },
    {
      // fixtures/real-tables/hubei-xiangyang-zhongxinyiyuan-2021-dongjin-yuanqu-ziping row 11: the sign is the word 不超过
      name: '襄阳 2021: 不超过预算 names its sign in words',
      document: one([row('产出指标', '数量指标', '成本控制', '不超过预算')]),
      errors: [{ messageId: 'textWithSign', messageIncludes: ['计算符号为“不超过”'] }],
    },
    { name: 'two different signs', document: one([row('产出指标', '数量指标', '培训人数', '≤90', { operator: '≥', unit: '人' })]), errors: [{ messageId: 'conflict' }] },
  ],
});
