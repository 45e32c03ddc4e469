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
    {
      // fixtures/real-tables/hainan-shengji-2022-huizhan-jiangli row 8; fixtures/seeds/002 商事法律业务培训 单位成本
      name: 'money a 数量 row may count: an income brought about, a cost or standard filed there',
      document: one([row('产出指标', '数量指标', '全年实现会展业综合收入', '≥280亿元'), row('产出指标', '数量指标', '单位成本', '≤200元'), row('产出指标', '数量指标', '保障排厨师费用', '500元/人/天'), row('产出指标', '质量指标', '资金使用金额', '≤50万元')]),
    },
    { name: 'songjiang and xiangxi: outputs', document: one([SONGJIANG_PLAN, XIANGXI_PAID]) },
    { name: 'a 成本 row may name money', document: one([row('成本指标', '经济成本指标', '资金到位率', '100%')]) },
    {
      name: 'a subsidy paid out to its beneficiaries is what a subsidy project delivers',
      document: one([row('产出指标', '时效指标', '补助资金拨付及时率', '100%'), row('产出指标', '数量指标', '补贴资金发放到户率', '100%')]),
    },
    {
      // fixtures/real-tables/chongqing-kexuecheng-rongmeiti-2021-bumen-zhengti-ziping rows 18–19: no 一级 column in a 部门整体 table
      name: '科学城 2021: process rows of a 部门整体 table with no 一级',
      document: doc({ projects: [{ ...project('部门整体绩效自评表', [{ level1: '', name: '资金使用合规性', value: '好' }]), kind: 'overall' }] }),
    },
  ],
  invalid: [
    {
      // fixtures/real-tables/hainan-shengji-2018-guihua-zhanlanguan-yunxing-weihu B6 (both readings)
      name: '海南 2018: electricity used, as an output',
      document: one([row('产出指标', '', '指标2:用电量', '60万度'), row('效益指标', '生态效益指标', '节约用电量', '≥5万度'), row('效益指标', '生态效益指标', '单位面积能耗下降率', '≥5%')]),
      errors: [{ messageId: 'resourceAsOutput', pointer: '/projects/0/indicators/0/name', messageIncludes: ['（“用电量”）'] }],
    },
    {
      // fixtures/real-tables/hubei-huangshi-sanzhong-2023-xiaoyuan-weixiu-ziping D13, yunnan-lijiang-gucheng-2020-weipian-zhifa-ziping-partial C13,
      // hebei-langfang-shipin-xuexiao-2019-nuantong-gaizao-ziping C14 (no unit column): each reading sent these back
      name: 'a 数量 row whose target is the project’s money (黄石 2023, 丽江 2020, 廊坊 2019)',
      document: one([
        row('产出指标', '数量指标', '完成校园维修改造及设备购置项目', '800万元'),
        row('产出指标', '数量指标', '卫片执法补助经费', '=72890元'),
        row('产出指标', '数量指标', '指标1工程资金金额', '43.2'),
      ]),
      errors: [
        { messageId: 'moneyAsQuantity', pointer: '/projects/0/indicators/0/name', messageIncludes: ['指标值“800万元”却是项目的资金数额', '实物工作量'] },
        { messageId: 'moneyAsQuantity', pointer: '/projects/0/indicators/1/name' },
        { messageId: 'moneyAsQuantity', pointer: '/projects/0/indicators/2/name' },
      ],
    },
    {
      // fixtures/real-tables/sichuan-guangyuan-zhaohua-2021-tekun-jiating-zaifuzhu D20 (review.blind.json) and
      // fixtures/seeds/003 蔬菜储备补贴资金: on a subsidy project a bare 资金拨付 still names money arriving
      name: 'a subsidy project’s bare 资金拨付 (昭化 2021, 邢台 2023)',
      document: doc({ projects: [project('特困家庭再扶助', [row('产出指标', '时效指标', '资金拨付', '12月底到位')]), project('蔬菜储备补贴资金', [row('产出指标', '时效指标', '资金拨付及时率', '=100%')])] }),
      errors: [
        { messageId: 'inputAsOutput', pointer: '/projects/0/indicators/0/name', messageIncludes: ['“资金拨付”'] },
        { messageId: 'inputAsOutput', pointer: '/projects/1/indicators/0/name' },
      ],
    },
    {
      // fixtures/real-tables/hunan-hengyang-hengshan-2020-xianji-chubeiliang-ziping D20 (review.blind.json)
      name: '衡山 2020: the interest paid, as an economic benefit',
      document: one([row('效益指标', '经济效益指标', '利息费用保障率', '100%')]),
      errors: [{ messageId: 'inputAsOutput', pointer: '/projects/0/indicators/0/name', messageIncludes: ['（“费用保障率”）'] }],
    },
    {
      // fixtures/real-tables/hunan-changde-lixian-2021-shiyongjun-zhengti row 22 (mustFind D22); hunan-yueyang-yueyanglou-2023-jiagerending-zhengti row 12
      name: '澧县 2021, 岳阳楼 2023: the unit keeping itself running as an output',
      document: one([
        row('产出指标', '质量指标', '机关事务正常运转率', '100%'),
        row('效益指标', '社会效益指标', '保证单位正常运转', '应保尽保'),
        row('产出指标', '数量指标', '食用菌技术推广面积', '≥500亩'),
      ]),
      errors: [
        { messageId: 'upkeepAsOutput', pointer: '/projects/0/indicators/0/name', messageIncludes: ['（“机关事务正常运转”）', '保障条件'] },
        { messageId: 'upkeepAsOutput', pointer: '/projects/0/indicators/1/name', messageIncludes: ['（“单位正常运转”）'] },
      ],
    },
    {
      // fixtures/real-tables/jiangxi-jingdezhen-fuliang-linyeju-bumen-zhengti-partial rows 9–12 (mustFind C9, C10, C11; row 12 is an output)
      name: '浮梁 2023: the bureau\'s own staff, retirees and survivors counted as outputs',
      document: one([
        row('产出指标', '数量指标', '保障在职职工人数(人)', '116', { operator: '=', unit: '人' }),
        row('产出指标', '数量指标', '保障退休职工人数(人)', '81', { operator: '=', unit: '人' }),
        row('产出指标', '数量指标', '保障遗属人数(人)', '13', { operator: '=', unit: '人' }),
        row('产出指标', '数量指标', '林木采伐监管(万立方米)', '6', { operator: '=', unit: '万立方米' }),
        row('产出指标', '数量指标', '企业退休人员养老金发放人数', '≥5000人'),
      ]),
      errors: [
        { messageId: 'staffAsOutput', pointer: '/projects/0/indicators/0/name', messageIncludes: ['（“在职职工人数”）', '人力投入'] },
        { messageId: 'staffAsOutput', pointer: '/projects/0/indicators/1/name', messageIncludes: ['（“退休职工人数”）'] },
        { messageId: 'staffAsOutput', pointer: '/projects/0/indicators/2/name', messageIncludes: ['（“遗属人数”）'] },
      ],
    },
    {
      // fixtures/real-tables/fujian-longyan-2023-zongjiao-guanli-jingfei-quyu row 14 (mustFind D14) and hubei-xiangyang-zhongxinyiyuan-2021 row 12 (mustFind D12)
      name: '龙岩 2023, 襄阳 2021: compliant use of the funds as the output quality',
      document: one([
        row('产出指标', '质量指标', '项目资金使用合规性', '>=95%'),
        row('产出指标', '质量指标', '保证财政建设补助专款专用', '专款专用'),
        row('产出指标', '质量指标', '工程验收合格率', '100%'),
      ]),
      errors: [
        { messageId: 'inputAsOutput', pointer: '/projects/0/indicators/0/name', messageIncludes: ['（“资金使用合规”）', '管理过程'] },
        { messageId: 'inputAsOutput', pointer: '/projects/0/indicators/1/name', messageIncludes: ['（“专款专用”）'] },
      ],
    },
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
