import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { oneProject, row } from '../../tests/helpers/documents.js';
import rule from './output-coverage.js';

const one = oneProject;

// fixtures/real-tables/hunan-yueyang-yueyangxian-2022-gaobiaozhun-nongtian rows 11–15: 产出 with all four 二级
const YUEYANG = [
  row('产出指标', '数量指标', '脱贫村村内道路硬化里程', '≥100公里'),
  row('产出指标', '质量指标', '项目(工程)验收合格率', '100%'),
  row('产出指标', '时效指标', '项目(工程)完成及时率', '≥100%'),
  row('产出指标', '成本指标', '财政资金补助', '1600元/亩'),
  row('效益指标', '社会效益\n指标', '受益脱贫(监测)人口数', '≥500人'),
];

// fixtures/real-tables/hubei-ezhou-shenpiju-2021-shiminzhongxin-ziping rows 13–22: 时效指标 printed at C19 with nothing beside it
const EZHOU = [
  row('产出指标', '数量指标', '预算执行率', '100%'),
  row('产出指标', '质量指标', '政务服务工作办结率', '100%'),
  row('产出指标', '成本指标', '市民中心运行维护费', '150万'),
];

new RuleTester({ describe, it }).run('output-coverage', rule, {
  valid: [
    { name: '岳阳县 2022: 数量, 质量, 时效 and 成本', document: one(YUEYANG) },
    {
      // fixtures/real-tables/hubei-huangshi-dangxiao-2022-zhutiban-pifu F15 (mustNotFind in the blind reading): 培训 is
      // not what a 数量 row counts; neimenggu-bayannaoer-2024 租车达标率 says whether rentals met the standard
      name: 'a completion or standard rate of something no 数量 row counts',
      document: one([
        row('产出指标', '数量指标', '主体班培训人次', '280人次'),
        row('产出指标', '数量指标', '租车次数(次)', '≥1次'),
        row('产出指标', '质量指标', '培训完成率', '100%'),
        row('产出指标', '质量指标', '租车达标率', '100%'),
        row('产出指标', '时效指标', '培训按期完成率', '100%'),
      ]),
    },
    {
      // seed 000 (浙江 2019): no 二级 column, nothing to judge
      name: 'a table without a 二级 column',
      document: one([{ level1: '产出指标', name: '宣传活动次数', value: '≥10次' }]),
    },
    {
      // fixtures/real-tables/tianjin-baodi-2022-chuqinfenwu-zhongyang-touzi: 产出 is itself the 二级 (mustNotFind B8)
      name: '产出指标 under an umbrella 一级 has no 二级 to cover',
      document: one([row('实施效果指标', '产出指标', '建设项目个数(含续建)', '1')]),
    },
    {
      // fixtures/real-tables/neimenggu-huhehaote-wuchuan-2021-shaoshuminzu-yangzhichang rows 11–15: the 数量/质量 rows lost their category cells
      name: 'rows no cell places could be the missing ones',
      document: one([row('', '', '贫困地区新增特色产业数量', '≥1个'), row('', '', '养殖动物成活率(目标)', '≥95%'), row('', '时效指标', '开工时限', '2021年7月')]),
    },
    {
      name: 'cost required and met by a 一级 成本指标 (101号)',
      document: one([row('成本指标', '经济成本指标', '项目建设成本', '≤65万元'), ...YUEYANG.slice(0, 3)]),
      options: { required: ['数量指标', '质量指标', '时效指标', '成本指标'] },
    },
  ],
  invalid: [
    {
      // fixtures/real-tables/hubei-huangshi-dangxiao-2022-zhutiban-pifu D16–D19 (mustFind in the blind reading)
      name: '黄石 党校 2022: 质量 rows that restate 数量 rows as completion rates',
      document: one([
        row('产出指标', '数量指标', '邀请校外名师、领导授课人次', '25人次'),
        row('产出指标', '数量指标', '理论教育和党性教育课时比例', '70%'),
        row('产出指标', '数量指标', '开设课程数量', '220'),
        row('产出指标', '质量指标', '培训完成率', '100%'),
        row('产出指标', '质量指标', '邀请校外名师、领导授课完成率', '100%'),
        row('产出指标', '质量指标', '理论教育和党性教育课时比例完成率', '100%'),
        row('产出指标', '质量指标', '课程数量达标率', '100%'),
        row('产出指标', '时效指标', '及时完成率', '100%'),
      ]),
      errors: [
        { messageId: 'qualityRestatesQuantity', pointer: '/projects/0/indicators/4/name', messageIncludes: ['是数量指标“邀请校外名师、领导授课人次”的完成率'] },
        { messageId: 'qualityRestatesQuantity', pointer: '/projects/0/indicators/5/name' },
        { messageId: 'qualityRestatesQuantity', pointer: '/projects/0/indicators/6/name', messageIncludes: ['“开设课程数量”'] },
      ],
    },
    {
      // mustFind C19: the finding stands where the clerk fills the category in
      name: '鄂州 2021: 时效指标 printed empty',
      document: one(EZHOU, { emptyCategories: [{ level1: '产出指标', level2: '时效指标' }] }),
      errors: [{ messageId: 'missingOutputKinds', pointer: '/projects/0/emptyCategories/0/level2', messageIncludes: ['缺少时效指标'] }],
    },
    {
      name: 'a printed empty 二级 of another list or kind leaves the finding on the first output row',
      document: one(EZHOU, { emptyCategories: [{ level1: '效益指标', level2: '生态效益指标' }, { level1: '产出指标', level2: '时效指标', period: true }] }),
      errors: [{ messageId: 'missingOutputKinds', pointer: '/projects/0/indicators/0/level1' }],
    },
    {
      // fixtures/real-tables/hubei-hbust-2021-jiangzhuxuejin-ziping rows 3–8 (mustFind A3)
      name: '湖北 hbust 2021: 产出 has 数量 and 质量 only',
      document: one([
        row('产出指标', '质量指标', '奖助政策学生知晓率', '100%'),
        row('产出指标', '数量指标', '受资助本专科学生人数', '14726'),
        row('效益指标', '社会效益指标', '家庭经济困难学生完成学业率', '100%'),
      ]),
      errors: [{ messageId: 'missingOutputKinds', pointer: '/projects/0/indicators/0/level1', messageIncludes: ['产出指标缺少时效指标'] }],
    },
    {
      // fixtures/real-tables/yunnan-nanhua-undated-yejun-jiagong-ziping rows 11–15 (mustFind B11), with a 成本 requirement
      name: '云南 南华: no 质量 and no 成本',
      document: one([row('产出指标(50分)', '数量指标', '配套电力设施1250KVA变压器3台', '3台'), row('产出指标(50分)', '时效指标', '任务完成时限(月)', '10')]),
      options: { required: ['数量指标', '质量指标', '时效指标', '成本指标'] },
      errors: [{ messageId: 'missingOutputKinds', pointer: '/projects/0/indicators/0/level1', messageIncludes: ['缺少质量指标、成本指标'] }],
    },
    {
      name: 'a 不涉及 row does not count',
      document: one([row('产出指标', '数量指标', '培训人数', '≥50人'), row('产出指标', '质量指标', '不涉及', '不涉及'), row('产出指标', '时效指标', '完成时间', '2024年12月底前')]),
      errors: [{ messageId: 'missingOutputKinds', messageIncludes: ['缺少质量指标'] }],
    },
  ],
});
