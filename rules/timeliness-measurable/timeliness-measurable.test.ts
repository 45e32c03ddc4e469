import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './timeliness-measurable.js';

const one = (indicators: Indicator[]) => doc({ projects: [project('甲', indicators)] });

// fixtures/real-tables/guangdong-dongguan-2019-zhenji-lianwanglu, row 10 (local 二级 name)
const DONGGUAN_IN_TIME = row('预期产出指标', '时效指标(工期指标)', '结算款支付及时性', '及时');
// fixtures/real-tables/anhui-guichi-2022-weituo-yewu-zipingbiao, row 17
const GUICHI_PLAN = row('产出指标', '时效指标', '提交报告及时性', '在项目计划完成时间内完成');
// fixtures/real-tables/sichuan-ganzi-undated-shichang-jianguan-shipin-anquan, row 10: no unit anywhere
const GANZI_BARE = row('产出指标', '时效指标', '完成时限', '1');
// sichuan-leshan-jingyan-mata-2023, row 6 (≥ | 1 | 年 in their own columns); hunan-hengyang-nanyue-2018-zichan, row 15
const MATA_FLOOR = row('产出指标', '时效指标', '维持时效', '1', { operator: '≥', unit: '年' });
const NANYUE_FIVE_YEARS = row('产出指标', '时效指标', '返本分红分几年', '=5年');
// the clean rows around them: hunan-xiangtan-2023 row 12, hunan-hengyang-nanyue-2018-zichan row 14,
// yunnan-nanhua row 15 (unit in the name), shaanxi-qingjian-2021 row 15 (a rate), anhui-huaibei-2025 row 14
const XIANGTAN_PERIOD = row('产出指标', '时效指标', '服务周期', '2023.07-2024.01');
const NANYUE_DEADLINE = row('产出指标', '时效指标', '每年返本分红时间', '每年12月底前');
const NANHUA_MONTHS = row('产出指标', '时效指标', '任务完成时限(月)', '10');
const QINGJIAN_RATE = row('产出指标', '时效指标', '项目(工程)完成及时率', '100%');
const HUAIBEI_MONTH = row('产出指标', '时效指标', '项目完成时限', '2025年12月');

new RuleTester({ describe, it }).run('timeliness-measurable', rule, {
  valid: [
    {
      // hubei-wuhan-qingshan-2020-boruo-xuexiao-gaizao row 14 (mustNotFind E14); completion rates read as done on schedule
      name: 'completion rates under 时效',
      document: one([row('产出指标', '时效指标', '项目按计划完成率', '100%'), row('产出指标', '时效指标', '项目完成率', '100%'), row('产出指标', '时效指标', '政务服务办结率', '≥98%')]),
    },
    { name: 'dates, deadlines, periods, rates and a unit in the name', document: one([XIANGTAN_PERIOD, NANYUE_DEADLINE, NANHUA_MONTHS, QINGJIAN_RATE, HUAIBEI_MONTH]) },
    { name: 'within the budget year: ≤1年, =1年', document: one([row('产出指标', '时效指标', '项目实施周期', '≤1年'), row('产出指标', '时效指标', '建设周期', '1', { operator: '=', unit: '年' })]) },
    { name: 'a 实施期 row may span years', document: doc({ projects: [project('甲', [QINGJIAN_RATE], { periodIndicators: [NANYUE_FIVE_YEARS] })] }) },
    { name: 'a named period', document: one([row('产出指标', '时效指标', '服务时间', '全年')]) },
    { name: '及时 on a row that is not 时效 is not this rule’s', document: one([row('产出指标', '质量指标', '结算款支付及时性', '及时')]) },
  ],
  invalid: [
    {
      // fixtures/real-tables/sichuan-daying-2020-shuangxin-wenming-chengshi-chuangjian D4 (both readings), and
      // hubei-huangshi-tushuguan-2022-gongxiang-gongcheng-ziping D17 (both readings): a period where the task should be named;
      // 项目实施时间 2021年1月-12月 (四川 昭化 2021, defended by both) names what is timed
      name: '大英 2020 全年 / 1-12月, 黄石 2022 2022年全年 / ≥360天',
      document: one([
        row('项目决策', '时效指标', '全年', '1-12月'),
        row('产出指标', '时效指标', '2022年全年', '≥360天'),
        row('产出指标', '时效指标', '项目实施时间', '2021年1月-12月'),
      ]),
      errors: [
        { messageId: 'periodAsName', pointer: '/projects/0/indicators/0/name', messageIncludes: ['三级指标名称只写了期间“全年”', '指标值“1-12月”也无从考核'] },
        { messageId: 'periodAsName', pointer: '/projects/0/indicators/1/name' },
      ],
    },
    {
      // fixtures/real-tables/hunan-yongzhou-lingling-2021-linyeju-zhengti-ziping C19 (mustFind in both readings); 山西 稷山 2020 D15 (mustNotFind) stays clean
      name: '零陵 2021: 当期完成 90%',
      document: one([
        row('产出指标(50)', '时效指标', '当期完成', '90%'),
        row('产出指标', '时效指标', '指标1:资金是否全部及时纳入', '100%'),
        // seeds 002 and 003: all of a task, and a degree
        row('产出指标', '时效指标', '及时支付', '100%'),
        row('产出指标', '时效指标', '时效信息及时性', '≥90%'),
      ]),
      errors: [{ messageId: 'percentNotRate', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“当期完成”不是比率'] }],
    },
    {
      // fixtures/real-tables/shandong-jinan-licheng-wenhuaguan-2019-mianfei-kaifang-ziping row 17 (mustFind C17)
      name: '历城 2019: an opening rate under 时效',
      document: one([row('产出指标', '时效指标', '免费开放率', '100%')]),
      errors: [{ messageId: 'rateWithoutTime', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“免费开放率”“100%”衡量的是覆盖或达标程度'] }],
    },
    {
      name: 'dongguan and guichi: no date',
      document: one([DONGGUAN_IN_TIME, GUICHI_PLAN, QINGJIAN_RATE]),
      errors: [
        { messageId: 'noDeadline', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“结算款支付及时性”是时效指标，指标值“及时”'] },
        { messageId: 'noDeadline', pointer: '/projects/0/indicators/1/value' },
      ],
    },
    {
      name: 'mata and nanyue: a minimum in years, five years in an annual row',
      document: one([MATA_FLOOR, NANYUE_DEADLINE, NANYUE_FIVE_YEARS]),
      errors: [
        { messageId: 'yearsNotDeadline', pointer: '/projects/0/indicators/0/value', messageIncludes: ['指标值“≥1年”是以年计的时长，只给了下限'] },
        { messageId: 'yearsNotDeadline', pointer: '/projects/0/indicators/2/value', messageIncludes: ['“=5年”是以年计的时长，超过了一个预算年度'] },
      ],
    },
    {
      // fixtures/real-tables/fujian-ningde-2019-dangshi-fangzhi-bumen-zhengti-partial, row 19; 及时率 beside it is a rate
      name: 'ningde: a completion time valued in %',
      document: one([row('产出指标', '时效指标', '项目完成时间', '100%'), row('产出指标', '时效指标', '项目(工程)完成及时率', '100%')]),
      errors: [{ messageId: 'percentForDate', pointer: '/projects/0/indicators/0/value', messageIncludes: ['要的是完成时间，指标值“100%”却是百分比'] }],
    },
    { name: 'ganzi: a bare number', document: one([GANZI_BARE, NANHUA_MONTHS]), errors: [{ messageId: 'noUnit', pointer: '/projects/0/indicators/0/value' }] },
  ],
});
