import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { oneProject, row } from '../../tests/helpers/documents.js';
import rule from './first-level-categories.js';

const one = oneProject;

new RuleTester({ describe, it }).run('first-level-categories', rule, {
  valid: [
    {
      // fixtures/real-tables/guangdong-dongguan-2019-zhenji-lianwanglu rows 8–12 (mustNotFind B8: the 东莞 template's own 一级 names)
      name: '东莞 2019: 预期产出指标 and 效果指标 are the template’s names for 产出 and 效益',
      document: one([
        row('预期产出指标', '数量指标(或建筑规模指标)', '镇街补助款完成结算项目数', '3'),
        row('预期产出指标', '预算(或投资规模)控制指标', '年度预算执行率', '≥90%'),
        row('效果指标', '社会、经济、生态效益 指标', '补助款结算争议率', '0%'),
      ]),
    },
    {
      // fixtures/real-tables/sichuan-guangyuan-zhaohua-2021-tekun-jiating-zaifuzhu rows 17, 22 (mustNotFind B17)
      name: '四川 older 申报表: 项目完成指标 / 项目效益指标',
      document: one([row('项目完成\n指标', '数量指标', '对符合政策法规的独生子伤残、死亡家庭进行扶助', '63人'), row('项目效益\n指标', '社会效益\n指标', '促进人口与经济、社会、资源、环境协调和可持续发展', '100%')]),
    },
    {
      // fixtures/real-tables/tianjin-baodi-2022-chuqinfenwu-zhongyang-touzi rows 8, 11 (mustNotFind B8)
      name: '发改委 template: 实施效果指标 over 产出指标 / 效益指标',
      document: one([row('实施效果指标', '产出指标', '建设项目个数(含续建)', '1'), row('实施效果指标', '效益指标', '完工项目县畜禽粪污综合利用率', '≥90%')]),
    },
    {
      // fixtures/real-tables/chongqing-fengjie-2023-yunwu-jiagongyuan row 16 (mustNotFind B16) and anhui-guichi row 14
      name: 'points after the name: 成本指标(0-20)分, 产出指标(50分)',
      document: one([row('成本指标(0-20)分', '经济成本指标', '项目建设成本', '≤65万元'), row('产出指标(50分)', '数量指标', '基建工程委托业务项目数量', '≥50个')]),
    },
    {
      // fixtures/real-tables/anhui-huaibei-wenlvti-2025-songxi-jincun rows 12–20: no 一级 column, the 二级 says it
      name: 'a table without 一级 cells is judged by its 二级',
      document: one([row('', '数量指标', '开展送戏进万村', '≥70村'), row('', '满意度指标', '项目受益人满意程度', '≥90%')]),
    },
    {
      // fixtures/real-tables/shandong-jinan-licheng-wenhuaguan-2019-mianfei-kaifang-ziping A13, A22: the stored 一级 cells give only their points
      name: 'a 一级 that gives only its points, (50分), is judged by its 二级',
      document: one([row('(50分)', '数量指标', '全年免费开放', '100%'), row('(30分)', '经济效益指标', '承担重要公益服务项目', '100%'), row('', '服务对象满意度指标', '群众满意度', '≥90%')]),
    },
    {
      // fixtures/real-tables/fujian-shengtailian-2017-taibao-fupin-lianluo rows 7–9: 投入 holds the 成本目标 that 88号 files under 产出
      name: '福建 2017: the older templates’ 投入 stage over 成本目标 / 时效目标',
      document: one([
        row('投入', '成本目标', '发放省直困难、高龄台胞', '按实际情况发放'),
        row('投入', '时效目标', '补贴发放时间', '2017年12月底前'),
        row('产出', '数量目标', '困难台胞、高龄台胞困难补助受益', '困难台胞432人'),
      ]),
    },
    {
      // fixtures/real-tables/ningxia-yinchuan-liuzhong-2021-chuzhong-gongyong-jingfei-ziping-partial rows 9 and 13:
      // the 10号 evaluation framework's stages score how the project was decided and run (both readings defend them)
      name: '宁夏 2021 自评表: 项目决策 and 项目管理 above the targets are the evaluation framework’s stages',
      document: one([
        row('项目决策(10分)', '项目目标', '完整性', '一', { weight: 4, actual: '目标明确、内容细化、目标量化', score: 4 }),
        row('项目管理(25分)', '投入管理', '预算执行率', '一', { weight: 10, actual: '100%', score: 10 }),
        row('项目产出(30分)', '数量指标', '保障人数', '2370人', { weight: 10, actual: '2370人', score: 10 }),
      ]),
    },
  ],
  invalid: [
    {
      // fixtures/real-tables/jiangsu-zhenjiang-2024-saizhenzhu-gongyuan-yunzhuan-partial row 24: in a 申报表 the
      // same stage is no category of targets (the first reading sent it back)
      name: '镇江 2024 申报表: 决策 over targets is no 一级 of the framework',
      document: one([row('决策', '项目立项', '立项程序规范性', '规范'), row('产出指标', '数量指标', '开放天数', '≥300天')]),
      errors: [{ messageId: 'unknownLevel1', pointer: '/projects/0/indicators/0/level1', messageIncludes: ['一级指标“决策”不是规定的一级指标'] }],
    },
    {
      name: '投入 over anything but a 时效 or 成本 category is no 一级 of the framework',
      document: one([row('投入', '预算执行', '预算执行率', '≥90%'), row('产出', '数量目标', '补助人数', '≥432人')]),
      errors: [{ messageId: 'unknownLevel1', pointer: '/projects/0/indicators/0/level1', messageIncludes: ['一级指标“投入”不是规定的一级指标'] }],
    },
    {
      // seed 003 招商引资专项经费 rows 6–11: the 一级 cell holds 0
      name: 'seed 003: 一级 “0” on six rows is one finding',
      document: one([
        row('产出指标', '数量指标', '来邢考察重点企业数量', '≥30家'),
        row('0', '质量指标', '来邢考察重点企业的质量', '≥95%'),
        row('0', '质量指标', '提供相关信息及时率', '≥90%'),
        row('0', '成本指标', '对接项目成本', '≤250万元'),
      ]),
      errors: [{ messageId: 'unknownLevel1', pointer: '/projects/0/indicators/1/level1', messageIncludes: ['一级指标“0”不是规定的一级指标（共3行）'] }],
    },
    {
      // fixtures/real-tables/gansu-jiayuguan-2023-bowuguan-mianfei-kaifang row 22, under a legacy preset
      name: 'legacy framework: 成本指标 as a 一级 is not allowed',
      document: one([row('产出指标', '数量指标', '免费开放天数', '=300天'), row('成本指标', '经济成本指标', '资金使用效率', '=100%')]),
      options: { allowed: ['产出指标', '效益指标', '满意度指标'], required: ['产出指标'] },
      errors: [{ messageId: 'notAllowed', pointer: '/projects/0/indicators/1/level1' }],
    },
    {
      // fixtures/real-tables/anhui-guichi-2022-weituo-yewu-zipingbiao rows 14, 18: 成本 under 产出, judged by central-2022
      name: 'central-2022: a required 成本指标 一级 with no rows',
      document: one([row('产出指标(50分)', '数量指标', '基建工程委托业务项目数量', '≥50个'), row('产出指标(50分)', '成本指标', '项目总成本', '≤90万元')]),
      options: { allowed: ['成本指标', '产出指标', '效益指标', '满意度指标'], required: ['成本指标', '产出指标'] },
      errors: [{ messageId: 'missingRequired', pointer: '/projects/0/indicators', messageIncludes: ['没有“成本指标”下的指标'] }],
    },
    {
      name: 'a blank 一级 between filled ones, with no 二级 to say where it belongs',
      document: one([row('产出指标', '数量指标', '培训人数', '≥50人'), row('', '', '培训天数', '3天'), row('效益指标', '社会效益指标', '持证上岗率', '≥95%')]),
      errors: [{ messageId: 'blankLevel1', pointer: '/projects/0/indicators/1/level1' }],
    },
  ],
});
