import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator, Project } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import { compareDecimals, decimalFromNumber, formatDecimal, parseDecimal, sumDecimals } from '../../src/analysis/decimal.js';
import rule from './cost-within-budget.js';

// fixtures/real-tables/hunan-hengyang-nanyue-2018-zichan-shouyi-fupin (资金情况(万元) 年度资金总额 214.06)
const NANYUE: Indicator[] = [
  row('产出指标', '数量指标', '资产入股贫困人口总数(≥**人)', '>=1102人'),
  row('产出指标', '数量指标', '入股合作社个数', '=10个'),
  row('产出指标', '时效指标', '每年返本分红时间', '每年12月底前'),
  row('产出指标', '成本指标', '补助合作社平均标准', '=23万元/个'),
  row('效益指标', '经济效益指标', '贫困户全年返本分红总额', '=46.16万元'),
  row('满意度指标', '服务对象满意度指标', '*资产入股贫困人口满意度( ≥**% )', '>=95%'),
];
const nanyue = (total: number): Project => project('2018年南岳镇资产收益扶贫项目', NANYUE, { funding: { total } });

// fixtures/real-tables/anhui-guichi-2022-weituo-yewu-zipingbiao: 项目总成本 ≤90万元 with 资金总额 90万元
const GUICHI = (value: string): Indicator[] => [
  row('产出指标', '数量指标', '委托业务数量', '≥50个'),
  row('产出指标', '成本指标', '项目总成本', value),
  row('产出指标', '成本指标', '单项业务成本', '符合相关规定'),
];
const guichi = (value: string, total = 90): Project => project('委托业务费', GUICHI(value), { funding: { total } });

// chongqing-rongchang-2022-gucheng-lvhua: 年度资金总额 153.5184万元, a four-decimal 万元 amount
const costs = (...values: string[]): Indicator[] => values.map((v, i) => row('成本指标', '经济成本指标', ['绿化养护成本', '设备购置费用', '人工费用'][i]!, v));

const wan = { moneyUnit: '万元' as const };

new RuleTester({ describe, it }).run('cost-within-budget', rule, {
  valid: [
    { name: '≤90万元 within 资金总额 90万元 (安徽 贵池 2022)', document: doc({ ...wan, projects: [guichi('≤90万元')] }) },
    { name: '23万元/个 × 10个 = 230万元 within a budget of 230万元', document: doc({ ...wan, projects: [nanyue(230)] }) },
    { name: 'a cost in 元 against a budget in 万元 is scaled: 900000元 ≤ 90万元', document: doc({ ...wan, projects: [guichi('≤900000元')] }) },
    {
      name: 'a 100-fold difference is a 元/万元 slip (consistent-units), not an overspend',
      document: doc({ projects: [project('农村文化建设配套补助经费', [row('产出指标', '成本指标', '项目金额', '5万元')], { funding: { total: 5 } })] }),
    },
    {
      name: 'four-decimal 万元 amounts that add up exactly to the budget (100.1234 + 53.395 = 153.5184)',
      document: doc({ ...wan, projects: [project('古城绿化', costs('≤100.1234万元', '≤53.395万元'), { funding: { total: 153.5184 } })] }),
    },
    {
      name: 'binary floats would make 0.1 + 0.2 exceed 0.3; decimals do not',
      document: doc({ ...wan, projects: [project('零星维修', costs('≤0.1万元', '≤0.2万元'), { funding: { total: 0.3 } })] }),
    },
    {
      name: 'a total row with its parts is not summed (项目总成本 + its components)',
      document: doc({ ...wan, projects: [project('甲', [row('成本指标', '经济成本指标', '项目总成本', '≤90万元'), ...costs('≤60万元', '≤30万元')], { funding: { total: 90 } })] }),
    },
    // fixtures/real-tables/sichuan-zhongjiang-2022-shuibiaochi-ziping row 17: an investment is a cost, even at the whole budget
    { name: '中江 2022: 项目计划总投资 20万元 on a 20万元 budget', document: doc({ ...wan, projects: [project('水标尺', [row('产出指标', '成本指标', '项目计划总投资', '20万元')], { funding: { total: 20 } })] }) },
    { name: '补助资金 below the budget is not a restatement', document: doc({ ...wan, projects: [project('甲', [row('产出指标', '数量指标', '发放补助资金', '≥80万元')], { funding: { total: 100 } })] }) },
    { name: 'no 资金总额: nothing to compare', document: doc({ ...wan, projects: [project('甲', GUICHI('≤100万元'))] }) },
    { name: 'per-unit costs are not totals: 补助标准 ≤120万元 on its own', document: doc({ ...wan, projects: [project('甲', [row('产出指标', '成本指标', '硬化水泥砼公路补助标准', '≤120万元')], { funding: { total: 100 } })] }) },
    {
      name: 'the 实施期 rows are not checked against the annual funding',
      document: doc({ ...wan, projects: [{ ...guichi('≤90万元'), periodIndicators: GUICHI('≤300万元') }] }),
    },
    {
      name: 'a per-unit cost with two quantity rows in its unit is not guessed',
      document: doc({ ...wan, projects: [project('甲', [...NANYUE, row('产出指标', '数量指标', '新增合作社个数', '=5个')], { funding: { total: 214.06 } })] }),
    },
  ],
  invalid: [
    {
      // fixtures/real-tables/hubei-xiangyang-zhongxinyiyuan-2021-dongjin-yuanqu-ziping row 13 (mustFind D13); chongqing-tongnan-wugui-2023-yibanxing-xiangmu-multi row 28 (mustFind B28)
      name: '襄阳 2021, 潼南 2023: the whole budget restated as a subsidy or an amount paid out',
      document: doc({
        ...wan,
        projects: [
          project('东津院区建设补助', [row('产出指标', '成本', '每年财政补助1000万元', '1000万元'), row('产出指标', '成本指标', '项目总成本', '≤1000万元')], { funding: { total: 1000 } }),
          project('在职村村干部补助', [{ level1: '', name: '发放金额', value: '9.31', operator: '≥', unit: '万元' }, { level1: '', name: '领取补助人数', value: '100', operator: '≥', unit: '人' }], { funding: { total: 9.31 } }),
        ],
      }),
      errors: [
        { messageId: 'fundingAsTarget', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“1000万元”就是本项目的资金总额1000万元', '拨了、发了多少钱'] },
        { messageId: 'fundingAsTarget', pointer: '/projects/1/indicators/0/value', messageIncludes: ['指标“发放金额”'] },
      ],
    },
    {
      // fixtures/real-tables/neimenggu-wuhai-gongxiaoshe-2021-zaisheng-ziyuan-huishou rows 20 and 23 (mustFind G20, G23)
      name: '乌海 2021: costs of 0; an overrun of 0 is fine',
      document: doc({
        ...wan,
        projects: [
          project('再生资源回收市场管理经费', [
            row('产出指标', '成本指标', '出差单位成本', '0', { operator: '=', unit: '万元/人' }),
            row('产出指标', '成本指标', '办公费总成本', '0', { operator: '=', unit: '万元' }),
            row('产出指标', '成本指标', '成本超支金额', '0', { operator: '=', unit: '万元' }),
            row('产出指标', '成本指标', '出差总成本', '1', { operator: '≤', unit: '万元' }),
          ], { funding: { total: 11.6 } }),
        ],
      }),
      errors: [
        { messageId: 'zeroCost', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“出差单位成本”', '成本为0无法考核'] },
        { messageId: 'zeroCost', pointer: '/projects/0/indicators/1/value' },
      ],
    },
    {
      name: '≤100万元 against 资金总额 90万元',
      document: doc({ ...wan, projects: [guichi('≤100万元')] }),
      errors: [{ messageId: 'costOverBudget', pointer: '/projects/0/indicators/1/value', messageIncludes: ['项目总成本', '≤100万元', '90万元'] }],
    },
    {
      name: '23万元/个 × 10个 = 230万元 above 资金总额 214.06万元 (湖南 南岳 2018, as filed)',
      document: doc({ ...wan, projects: [nanyue(214.06)] }),
      errors: [{ messageId: 'perUnitOverBudget', pointer: '/projects/0/indicators/3/value', messageIncludes: ['=23万元/个', '入股合作社个数', '230万元', '214.06万元'] }],
    },
    {
      name: 'four-decimal 万元 amounts one ten-thousandth over the budget',
      document: doc({ ...wan, projects: [project('古城绿化', costs('≤100.1234万元', '≤53.3951万元'), { funding: { total: 153.5184 } })] }),
      errors: [{ messageId: 'costSumOverBudget', pointer: '/projects/0/indicators/1/value', messageIncludes: ['153.5185万元', '153.5184万元'] }],
    },
    {
      name: 'a cost in 元 above a budget in 万元',
      document: doc({ ...wan, projects: [guichi('≤950000元')] }),
      errors: [{ messageId: 'costOverBudget', messageIncludes: ['≤950000元', '90万元'] }],
    },
    {
      name: 'checkSum off leaves the sum alone',
      document: doc({ ...wan, projects: [project('甲', [...costs('≤60万元', '≤60万元'), row('成本指标', '经济成本指标', '培训费用', '≤200万元')], { funding: { total: 100 } })] }),
      options: { checkSum: false },
      errors: [{ messageId: 'costOverBudget', pointer: '/projects/0/indicators/2/value' }],
    },
  ],
});

describe('decimal', () => {
  it('adds four-decimal amounts exactly', () => {
    const sum = sumDecimals([0.1, 0.2].map((n) => decimalFromNumber(n)!));
    expect(compareDecimals(sum, parseDecimal('0.3')!)).toBe(0);
    expect(formatDecimal(sumDecimals(['2844.2811', '0.0001', '-1'].map((t) => parseDecimal(t)!)))).toBe('2843.2812');
  });
  it('reads exponents and grouping and formats without them', () => {
    expect(formatDecimal(parseDecimal('1.5e3')!)).toBe('1500');
    expect(formatDecimal(parseDecimal('1,200.50')!)).toBe('1200.5');
    expect(formatDecimal(decimalFromNumber(1e-7)!)).toBe('0.0000001');
    expect(parseDecimal('abc')).toBeUndefined();
    expect(decimalFromNumber(NaN)).toBeUndefined();
  });
});
