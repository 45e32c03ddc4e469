import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './direction-consistency.js';

const one = (indicators: Indicator[]) => doc({ projects: [project('甲', indicators)] });

// fixtures/real-tables/neimenggu-huhehaote-wuchuan-2021-shaoshuminzu-yangzhichang, rows 19 and 21
const WUCHUAN_WALL = row('', '成本指标', '围墙300米', '300元/米');
const WUCHUAN_FLOOR = row('', '成本指标', '防疫室84平米', '≥1050元');
// fixtures/real-tables/neimenggu-bayannaoer-2024-ziranziyuan-ziping, rows 11–12 (正向 and the sign in the template's own columns)
const BAYAN_OK = row('', '数量指标', '指标1:租车次数(次)', '1', { unit: '次', valueType: '正向', direction: '大于等于' });
const BAYAN_CONFLICT = row('', '数量指标', '指标2:宣传美工制作个数(个)', '1', { unit: '个', valueType: '正向', direction: '小于等于' });
// hunan-hengyang-nanyue-2018 row 15 and guangdong-dongguan-2019 row 12: capped and clean
const NANYUE_CAP = row('产出指标', '成本指标', '流转土地补助标准', '<=475元/亩');
const DONGGUAN_ZERO = row('效果指标', '社会效益指标', '补助款结算争议率', '0%');

new RuleTester({ describe, it }).run('direction-consistency', rule, {
  valid: [
    // fixtures/real-tables/tianjin-hebeiqu-fayuan-2023-anquan-weixiu-multi E24 (both readings): cases a court hears are its output
    { name: '天津 河北区法院 2023: 陪审员参审案件数量 ≥90', document: one([row('产出指标', '数量指标', '陪审员参审案件数量', '≥90件')]) },
    // seed 001 商事法律业务培训: a unit cost under 数量指标 keeps its cap; a count of accidents is capped by name
    { name: 'a cost or an accident count under 数量指标', document: one([row('产出指标', '数量指标', '单位成本', '≤200元'), row('产出指标', '数量指标', '安全事故发生次数', '≤1次')]) },
    { name: 'wuchuan: a cost with no sign is not judged; nanyue: a capped cost', document: one([WUCHUAN_WALL, NANYUE_CAP, DONGGUAN_ZERO]) },
    { name: 'bayannaoer: 正向 with 大于等于', document: one([BAYAN_OK]) },
    { name: 'a cost saving rate is a floor', document: one([row('效益指标', '经济效益指标', '成本节约率', '≥5%')]) },
    { name: 'a pass rate of =100%', document: one([row('产出指标', '质量指标', '验收合格率', '=100%')]) },
    // fixtures/real-tables/fujian-xiuyu-2025-shuili-zhuanxiang row 10 (mustNotFind: "≤100% 是规范的反向写法")
    { name: '秀屿 2025: 成本控制率 ≤ 100% is a cap', document: one([row('成本指标', '经济成本指标', '省级财政专项资金投入成本控制率(%)', '100%', { operator: '≤' })]) },
    // fixtures/real-tables/chongqing-kexuecheng-rongmeiti-2021-bumen-zhengti-ziping row 15: no 成本 category, a department's own control rate
    { name: '重庆 2021: 公用经费控制率 100% outside a 成本 category', document: one([row('', '', '公用经费控制率', '100%', { unit: '%' })]) },
  ],
  invalid: [
    {
      // fixtures/real-tables/anhui-jinzhai-chagu-2023-bumen-zhengti-ziping-partial E12 (mustFind)
      name: '金寨 2023: a count of villages to build, capped',
      document: one([row('产出指标', '数量指标', '指标1:开展精品示范村建设数量', '≤4'), row('产出指标', '数量指标', '指标2:建设美丽宜居自然村庄数量', '≥200')]),
      errors: [{ messageId: 'cappedOutput', pointer: '/projects/0/indicators/0/value', messageIncludes: ['指标值“≤4”却用“≤”设了上限', '“≥4”'] }],
    },
    {
      // fixtures/real-tables/hubei-huangshi-dangxiao-2022-zhutiban-pifu row 21 (mustFind D21), hubei-wuhan-qingshan-2020-boruo-xuexiao-gaizao row 15 (mustFind D15)
      name: '黄石 2022, 青山 2020: 成本控制率 100% with no money and no cap',
      document: one([row('产出指标', '成本指标', '成本控制率', '100%'), row('产出指标', '成本指标', '建设项目成本控制率', '100%'), row('产出指标', '成本指标', '项目总成本', '≤90万元')]),
      errors: [
        { messageId: 'costRateWithoutCap', pointer: '/projects/0/indicators/0/value', messageIncludes: ['只写了“100%”', '至少写成“≤100%”'] },
        { messageId: 'costRateWithoutCap', pointer: '/projects/0/indicators/1/value' },
      ],
    },
    { name: 'wuchuan: ≥ on a cost', document: one([WUCHUAN_WALL, WUCHUAN_FLOOR]), errors: [{ messageId: 'cappedFloor', pointer: '/projects/0/indicators/1/value', messageIncludes: ['“≤1050元”'] }] },
    { name: 'bayannaoer: 正向 with 小于等于', document: one([BAYAN_OK, BAYAN_CONFLICT]), errors: [{ messageId: 'declaredConflict', pointer: '/projects/0/indicators/1/value', messageIncludes: ['标为“正向”'] }] },
    {
      // fixtures/real-tables/hunan-hengyang-nanyue-2023-yulu-jihua row 20 (mustFind E20)
      name: '南岳 2023: an overdue rate with ≥100%',
      document: one([row('产出指标', '质量指标', '逾期发放率', '>=100%')]),
      errors: [{ messageId: 'cappedFloor', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“逾期发放率”', '如“≤0%”'] }],
    },
    { name: 'complaints with ≥', document: one([row('效益指标', '社会效益指标', '群众投诉次数', '≥1次')]), errors: [{ messageId: 'cappedFloor' }] },
    { name: 'a coverage rate with ≤', document: one([row('产出指标', '质量指标', '补助覆盖率', '95', { operator: '≤', unit: '%' })]), errors: [{ messageId: 'floorCapped', pointer: '/projects/0/indicators/0/operator' }] },
    { name: '反向 with ≥', document: one([row('效益指标', '社会效益指标', '安全事故发生次数', '0', { operator: '≥', unit: '次', direction: '反向' })]), errors: [{ messageId: 'declaredConflict' }] },
    {
      // fixtures/real-tables/neimenggu-wuhai-gongxiaoshe-2021-zaisheng-ziyuan-huishou F21 (review.blind.json); F20 "= 0" is a cap all the same
      name: '乌海 2021: a 反向 cost fixed at an amount',
      document: one([
        row('产出指标', '成本指标', '出差总成本', '1', { operator: '=', unit: '万元', direction: '反向' }),
        row('产出指标', '成本指标', '出差单位成本', '0', { operator: '=', unit: '万元/人', direction: '反向' }),
      ]),
      errors: [{ messageId: 'declaredConflict', pointer: '/projects/0/indicators/0/operator', messageIncludes: ['标为“反向”', '不宜定为一个固定值'] }],
    },
  ],
});
