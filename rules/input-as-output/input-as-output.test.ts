import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './input-as-output.js';

const one = (indicators: Indicator[]) => doc({ projects: [project('甲', indicators)] });

// fixtures/real-tables/shanghai-songjiang-2020-jiuting-zipingbiao, rows 13–14
const SONGJIANG_PLAN = row('产出指标', '数量指标', '项目计划完成率', '100%');
const SONGJIANG_FUNDS = row('产出指标', '数量指标', '资金到位率', '100%');
// fixtures/real-tables/guangdong-dongguan-2019-zhenji-lianwanglu, row 11
const DONGGUAN_EXECUTION = row('预期产出指标', '预算(或投资规模)控制指标', '年度预算执行率', '≥90%');
// fixtures/real-tables/hunan-xiangxi-tejiao-2023-xuesheng-huoshifei, rows 11–13
const XIANGXI_PAID = row('产出指标', '质量指标', '伙食补助发放率', '90%以上');
const XIANGXI_FUNDS = row('产出指标', '质量指标', '伙食补助资金到位率', '90%以上');

new RuleTester({ describe, it }).run('input-as-output', rule, {
  valid: [
    { name: 'songjiang and xiangxi: outputs', document: one([SONGJIANG_PLAN, XIANGXI_PAID]) },
    { name: 'a 成本 row may name money', document: one([row('成本指标', '经济成本指标', '资金到位率', '100%')]) },
  ],
  invalid: [
    {
      // fixtures/real-tables/hubei-ezhou-shenpiju-2021-shiminzhongxin-ziping row 14 (mustFind D14)
      name: '鄂州 2021: the rate of paying out the budget as an output',
      document: one([row('产出指标', '数量指标', '预算资金拨款率', '100%'), row('产出指标', '质量指标', '政务服务工作办结率', '100%')]),
      errors: [{ messageId: 'inputAsOutput', pointer: '/projects/0/indicators/0/name', messageIncludes: ['（“资金拨款”）'] }],
    },
    {
      // fixtures/real-tables/fujian-ningde-2019-dangshi-fangzhi-bumen-zhengti-partial, row 14 (under 数量指标)
      name: 'ningde: the supply of funds as an output',
      document: one([row('产出指标', '数量指标', '志鉴地情相关工作开展所需资金的供应时效', '100%'), row('产出指标', '质量指标', '各类书籍审稿率', '100%')]),
      errors: [{ messageId: 'inputAsOutput', pointer: '/projects/0/indicators/0/name', messageIncludes: ['（“资金的供应”）'] }],
    },
    {
      name: 'songjiang, dongguan and xiangxi',
      document: one([SONGJIANG_PLAN, SONGJIANG_FUNDS, DONGGUAN_EXECUTION, XIANGXI_PAID, XIANGXI_FUNDS]),
      errors: [
        { messageId: 'inputAsOutput', pointer: '/projects/0/indicators/1/name', messageIncludes: ['（“资金到位”）'] },
        { messageId: 'inputAsOutput', pointer: '/projects/0/indicators/2/name', messageIncludes: ['（“预算执行率”）'] },
        { messageId: 'inputAsOutput', pointer: '/projects/0/indicators/4/name' },
      ],
    },
    { name: 'more words from the options', document: one([row('产出指标', '数量指标', '专项资金落实率', '100%')]), options: { names: ['资金落实'] }, errors: [{ messageId: 'inputAsOutput' }] },
  ],
});
