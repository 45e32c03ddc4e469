import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { doc, oneProject, project, row } from '../../tests/helpers/documents.js';
import rule from './second-level-vocabulary.js';

const one = oneProject;

new RuleTester({ describe, it }).run('second-level-vocabulary', rule, {
  valid: [
    {
      // a 项目支出绩效目标申报表 template: the 一级 glossed, numbered rows (1. 2. …) where a 二级 would stand
      name: 'a 二级 cell holding only the row’s number names no category',
      document: one([
        row('产出(工作量)指标(数量、质量、成本方面的指标)', '1.', '组织全民健身活动场次', '≥20场'),
        row('效益指标(经济效益、社会效益、环境效益、可持续影响等方面指标)', '1.', '参与群众人次', '≥10000人次'),
      ]),
    },
    {
      // fixtures/real-tables/anhui-jinzhai-2021-wuye-guanli row 13 (mustNotFind C13) and hubei-hbust row 11 (mustNotFind B11)
      name: 'legacy: 成本指标 under 产出, 服务对象满意度 under 效益',
      document: one([row('产出指标', '成本指标', '项目总成本', '≤1125万元'), row('效益指标', '服务对象满意度指标', '资助学生满意度', '95%')]),
    },
    {
      // fixtures/real-tables/ningxia-yuanzhou-2022-shuiyuan-hanyanglin rows 11, 18; guangdong-dongguan-2019 rows 8, 10, 12; gansu row 28
      name: 'template notes and merged spellings',
      document: one([
        row('产出指标', '数量指标 (必填硬性指标)', '实施营造林总面积(亩)', '80000'),
        row('效益指标', '经济效益 指标 (选填)', '增加就业机会,提高农民收入。', '≥100人'),
        row('预期产出指标', '时效指标(工期指标)', '结算款支付及时性', '及时'),
        row('效果指标', '社会、经济、生态效益 指标', '补助款结算争议率', '0%'),
        row('满意度指标', '服务对象满意度', '服务对象满意度%', '=99%'),
      ]),
    },
    {
      // fixtures/real-tables/guangdong-dongguan-2022-zhanlanguan-wuye row 10 (mustNotFind F10): a merged 二级 cell
      name: 'a blank 二级 is a merged cell',
      document: one([row('产出指标', '质量指标', '合格率', '100%'), row('产出指标', '', '服务面积', '≥3000平方米')]),
    },
    {
      name: 'a survey count is not a satisfaction measure',
      document: one([row('产出指标', '数量指标', '满意度调查次数', '≥2次'), row('效益指标', '社会效益指标', '满意度调查覆盖人数', '≥500人')]),
    },
    {
      // fixtures/real-tables/tianjin-baodi-2022-chuqinfenwu-zhongyang-touzi: 产出指标 as the 二级 of 实施效果指标
      name: 'an umbrella 一级',
      document: one([row('实施效果指标', '产出指标', '竣工验收合格率', '100%')]),
    },
  ],
  invalid: [
    {
      // fixtures/real-tables/tianjin-qu-chengguanwei-2020-kangyi-guozhai-baojie D16 (mustFind): the same period as the 时效 row
      name: '天津 2020: a period in the budget year as a sustainability target',
      document: doc({
        year: 2020,
        projects: [
          project('环境卫生清洁', [
            row('产出指标', '时效指标', '各项费用使用周期', '2020年1月--2020年11月'),
            row('效益指标', '可持续影响指标', '保障期限', '2020年1月--2020年11月'),
            row('效益指标', '可持续影响指标', '设施持续发挥作用', '至2035年'),
          ]),
        ],
      }),
      errors: [{ messageId: 'timeMisfiled', pointer: '/projects/0/indicators/1/name', messageIncludes: ['“2020年1月--2020年11月”是一个日期或期间'] }],
    },
    {
      // fixtures/real-tables/shanghai-songjiang-2020-jiuting-zipingbiao rows 21–22 (mustFind C21)
      name: '上海 2020: 长效管理指标 under 满意度 is no 二级 at all',
      document: one([
        row('满意度指标', '服务对象满意度指标', '群众满意度', '≧90%'),
        row('满意度指标', '长效管理指标', '长效管理制度健全情况', '健全'),
        row('满意度指标', '长效管理指标', '档案管理有效性', '有效'),
      ]),
      errors: [{ messageId: 'unknownLevel2', pointer: '/projects/0/indicators/1/level2', messageIncludes: ['二级指标“长效管理指标”不是“满意度指标”下规定的二级指标（共2行）'] }],
    },
    {
      // fixtures/real-tables/yunnan-nanhua-undated-yejun-jiagong-ziping row 14 (mustFind C14)
      name: '云南 南华: 经济效益指标 under 产出指标(50分)',
      document: one([row('产出指标(50分)', '数量指标', '配套电力设施1250KVA变压器3台', '3台'), row('产出指标(50分)', '经济效益 指标', '奖补资金兑付率(%)', '≥100%')]),
      errors: [{ messageId: 'wrongParent', pointer: '/projects/0/indicators/1/level2', messageIncludes: ['属于“效益指标”，却放在一级指标“产出指标”下'] }],
    },
    {
      // seed 003 邢台市部门整体支出 rows 5–7: a 效益 block filed under 产出, one finding
      name: 'seed 003: a 效益 block under 产出 is one finding',
      document: one([
        row('产出指标', '社会效益指标', '各项工作正常运转率', '100%'),
        row('产出指标', '生态效益指标', '不涉及', '不涉及'),
        row('产出指标', '可持续性影响', '不涉及', '不涉及'),
      ]),
      errors: [{ messageId: 'wrongParent', pointer: '/projects/0/indicators/0/level2', messageIncludes: ['（共3行）'] }],
    },
    {
      // fixtures/real-tables/hunan-xiangtan-2023-wupaoche-fuwu rows 15, 18 (mustFind D15)
      name: '湘潭 2023: a satisfaction measure under 社会效益指标',
      document: one([
        row('效益指标', '社会效益指标', '服务周期内,市民对空气质量改善的满意程度', '≥85%'),
        row('效益指标', '社会公众或服务对象满意度指标', '市民满意度', '≥90%'),
      ]),
      errors: [{ messageId: 'satisfactionMisfiled', pointer: '/projects/0/indicators/0/name', messageIncludes: ['是满意度指标，却放在二级指标“社会效益指标”下'] }],
    },
    {
      // fixtures/real-tables/shanghai-putuo-tiyu-2022-weituo-yunying-jiesuan-ziping row 16 (mustFind D16); seed 003 机关办公用房租金 row 6;
      // 政策知晓率 beside them is a benefit (seed 003 and many tables), 不涉及 rows say nothing
      name: '普陀 2022 and seed 003: an output rate under 社会效益指标',
      document: one([
        row('效益指标', '社会效益指标', '与委托运营方合同完成率', '=100%'),
        row('效果指标', '社会效益指标', '重点工作完成率', '100%'),
        row('效益指标', '社会效益指标', '政策知晓率', '≥90%'),
        row('产出指标', '质量指标', '验收合格率', '100%'),
        // fixtures/real-tables/hubei-ezhou-shenpiju-2021-shiminzhongxin-ziping row 25 (mustFind C25)
        row('效益指标', '经济效益 指标', '大厅运行正常率', '100%'),
      ]),
      errors: [
        { messageId: 'outputMisfiled', pointer: '/projects/0/indicators/0/name', messageIncludes: ['“与委托运营方合同完成率”衡量的是工作完成得多少、好坏或快慢（产出），却放在二级指标“社会效益指标”下'] },
        { messageId: 'outputMisfiled', pointer: '/projects/0/indicators/1/name' },
        { messageId: 'outputMisfiled', pointer: '/projects/0/indicators/4/name' },
      ],
    },
    {
      // fixtures/real-tables/hunan-hengyang-hengshan-2020-xianji-chubeiliang-ziping row 25 (mustFind D25); complaints belong there
      name: '衡山 2020: a count of incidents under the satisfaction 二级',
      document: one([
        row('满意度指标', '服务对象满意度指标', '因粮食市场波动引起的粮食安全事件发生数', '0起'),
        row('满意度指标', '服务对象满意度指标', '群众投诉率', '≤1%'),
        row('满意度指标', '服务对象满意度指标', '市民满意度', '≥90%'),
        row('满意度指标', '服务对象满意度指标', '……', ''),
      ]),
      errors: [{ messageId: 'notSatisfaction', pointer: '/projects/0/indicators/0/name', messageIncludes: ['衡量的却不是服务对象的满意程度'] }],
    },
    {
      // fixtures/real-tables/hubei-hbust-2021-jiangzhuxuejin-ziping row 9 (mustFind C9); the 可持续影响 row is
      // anhui-guichi-2022's (defended), the 产出 row seed 000's 审批程序
      name: '湖北 2021: a procedure measure under 社会效益指标',
      document: one([
        row('效益指标', '社会效益指标', '评审程序是否客观公正', '是'),
        row('效益指标', '可持续影响指标', '对推动基建项目“四项制度”健全和落实的持续性影响', '效果明显'),
        row('效益指标', '可持续影响指标', '审批流程长效机制', '健全'),
        row('产出指标', '质量指标', '审批程序', '合规'),
      ]),
      errors: [{ messageId: 'processMisfiled', pointer: '/projects/0/indicators/0/name', messageIncludes: ['“评审程序是否客观公正”衡量的是工作的程序或流程', '却放在二级指标“社会效益指标”下'] }],
    },
    {
      // domain-rules §A.1 violation, with the anhui-guichi row 18
      name: 'central-2022: 成本指标 as a 二级 of 产出',
      document: one([row('产出指标(50分)', '成本指标', '项目总成本', '≤90万元')]),
      options: { costUnderOutput: false, satisfactionUnderBenefit: true },
      errors: [{ messageId: 'costUnderOutput', pointer: '/projects/0/indicators/0/level2' }],
    },
  ],
});
