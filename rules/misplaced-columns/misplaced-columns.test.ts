import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { oneProject, row } from '../../tests/helpers/documents.js';
import rule from './misplaced-columns.js';

const one = oneProject;

new RuleTester({ describe, it }).run('misplaced-columns', rule, {
  valid: [
    {
      // fixtures/real-tables/hunan-hengyang-nanyue-2018-fupin-lvyou-jichusheshi rows 11, 14: the template's hint “(≥**个)” is not a target
      name: 'template hints in the name',
      document: one([row('产出指标', '数量指标', '贫困地区旅游景点开发数量( ≥**个 )', '>=4个'), row('产出指标', '时效指标', '贫困地区基础设施建设按期完成率(≥**%)', '>=95%')]),
    },
    {
      // seed 001/002: “服务对象满意度” is how many templates name the satisfaction indicator itself
      name: '服务对象满意度 as a 三级 name',
      document: one([row('满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%')]),
    },
    {
      // fixtures/real-tables/fujian-xiuyu-2025-shuili-zhuanxiang row 13 (mustNotFind D13): a deadline in the name is the indicator
      name: 'a deadline in a 时效 name',
      document: one([row('产出指标', '时效指标', '截至2026年12月底项目完工率', '100%')]),
    },
    {
      // the same plain numbers, but with a points column of their own: they are targets
      name: 'plain numbers beside a points column',
      document: one([
        row('产出指标', '数量指标', '培训场次', '20', { weight: 30 }),
        row('产出指标', '质量指标', '合格率', '70', { weight: 40 }),
        row('效益指标', '社会效益指标', '受益人数', '10', { weight: 30 }),
      ]),
    },
    {
      name: 'plain numbers that do not make the table\'s points',
      document: one([row('产出指标', '数量指标', '培训场次', '20'), row('产出指标', '质量指标', '合格率', '95'), row('效益指标', '社会效益指标', '受益人数', '300')]),
    },
    { name: 'a unit the reader knows', document: one([row('成本指标', '经济成本指标', '学生补助标准', '17', { unit: '元/人·天' })]) },
  ],
  invalid: [
    {
      // fixtures/real-tables/hunan-hengyang-nanyue-2018-fupin-lvyou-jichusheshi row 13 (mustFind D13)
      name: '衡阳 2018: “质量达标率100%” as the name, “>=98%” as the value',
      document: one([row('产出指标', '质量指标', '*贫困地区旅游基础设施建设质量达标率100%', '>=98%')]),
      errors: [{ messageId: 'targetInName', pointer: '/projects/0/indicators/0/name', messageIncludes: ['写了目标值“100%”'] }],
    },
    {
      // fixtures/real-tables/hubei-huangshi-tushuguan-2022-gongxiang-gongcheng-ziping row 24 (review.blind.json D24; E24, the value, is defended)
      name: '黄石 2022: the target in front of the name, “≥360天服务读者”',
      document: one([row('效益指标', '可持续影响指标', '≥360天服务读者', '≥360天')]),
      errors: [{ messageId: 'targetInName', pointer: '/projects/0/indicators/0/name', messageIncludes: ['写了目标值“≥360天”'] }],
    },
    {
      name: 'a satisfaction target written as the name',
      document: one([row('满意度指标', '服务对象满意度指标', '服务对象满意度≥90%', '')]),
      errors: [{ messageId: 'targetInName', messageIncludes: ['“≥90%”'] }],
    },
    { name: 'an amount as the name', document: one([row('产出指标', '成本指标', '50000元', '≤50000元')]), errors: [{ messageId: 'amountInName' }] },
    {
      // seed 004 对在京重要人士的日常联络 row 5: the 二级 in the name column
      name: 'seed 004: “可持续性影响” as a 三级 name',
      document: one([{ level1: '效益指标', name: '可持续性影响', value: '增进感情、凝聚人心' }]),
      errors: [{ messageId: 'categoryAsName', pointer: '/projects/0/indicators/0/name', messageIncludes: ['是指标类别（可持续影响指标）'] }],
    },
    {
      // fixtures/real-tables/hunan-xiangtan-2023-wupaoche-fuwu row 13 (mustFind D13)
      name: '湘潭 2023: a requirement as the name of a cost',
      document: one([row('产出指标', '成本指标', '控制在预算成本内', '250万'), row('产出指标', '成本指标', '项目总成本', '≤250万元')]),
      errors: [{ messageId: 'requirementAsName', pointer: '/projects/0/indicators/0/name', messageIncludes: ['“控制在预算成本内”是一项要求'] }],
    },
    {
      // fixtures/real-tables/hubei-huangshi-tushuguan-2022-gongxiang-gongcheng-ziping row 17 (mustFind D17)
      name: '黄石 2022: a time as the 三级 name',
      document: one([row('产出指标', '时效指标', '2022年全年', '≥360天'), row('产出指标', '时效指标', '项目完成时间', '2022年12月底前')]),
      errors: [{ messageId: 'timeAsName', pointer: '/projects/0/indicators/0/name', messageIncludes: ['“2022年全年”是一个时间'] }],
    },
    {
      // fixtures/real-tables/anhui-luan-huoqiu-2022-keji-tepaiyuan-ziping row 15 (mustFind D15)
      name: '霍邱 2022: the deadline in both the name and the value',
      document: one([row('产出指标', '时效指标', '2022年底之前', '2022年底之前')]),
      errors: [{ messageId: 'timeAsName', pointer: '/projects/0/indicators/0/name', messageIncludes: ['“2022年底之前”是一个时间'] }],
    },
    {
      // fixtures/real-tables/sichuan-nanchong-langzhong-2021-chegoushui-shengdao-ziping rows 14–24 (mustFind E14, E16, E19–E21)
      name: '阆中 2021: the 指标值 column holds the points',
      document: one([
        row('产出指标', '数量指标', '建设普通省道二级公路32.1公里', '20'),
        row('产出指标', '质量指标', '建设符合验收要求', '20'),
        row('产出指标', '时效指标', '按期完成投资', '10'),
        row('效益指标', '经济效益指标', '对经济发展的促进作用', '10'),
        row('效益指标', '社会效益指标', '基本公共服务水平', '10'),
        row('效益指标', '生态效益指标', '交通建设符合环评审批要求', '10'),
        row('满意度指标', '服务对象满意度指标', '改善通行服务水平群众满意度', '20'),
      ]),
      errors: [
        { messageId: 'pointsAsValue', pointer: '/projects/0/indicators/0/value', messageIncludes: ['指标值“20”是分值', '本表7行', '合计正好100分'] },
        ...[1, 2, 3, 4, 5, 6].map((i) => ({ messageId: 'pointsAsValue' as const, pointer: `/projects/0/indicators/${i}/value` })),
      ],
    },
    {
      name: '90 points in the rows and 10 kept for 预算执行率',
      document: one([row('产出指标', '数量指标', '培训场次', '40'), row('产出指标', '质量指标', '合格率', '30'), row('效益指标', '社会效益指标', '受益人数', '20')], {
        budgetExecution: { weight: 10 },
      }),
      errors: [0, 1, 2].map((i) => ({ messageId: 'pointsAsValue' as const, pointer: `/projects/0/indicators/${i}/value`, messageIncludes: ['合计正好90分'] })),
    },
    { name: 'a scoring rule as the name', document: one([row('产出指标', '质量指标', '未按要求完成的酌情扣分', '100%')]), errors: [{ messageId: 'scoringInName' }] },
    {
      name: 'an explanation in the unit column',
      document: one([row('产出指标', '数量指标', '培训人数', '500', { unit: '按实际参训人数计算' })]),
      errors: [{ messageId: 'explanationInUnit', pointer: '/projects/0/indicators/0/unit' }],
    },
  ],
});
