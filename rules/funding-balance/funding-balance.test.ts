import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { doc, project } from '../../tests/helpers/documents.js';
import rule from './funding-balance.js';

const wan = { moneyUnit: '万元' as const };

new RuleTester({ describe, it }).run('funding-balance', rule, {
  valid: [
    {
      // fixtures/real-tables/hunan-yongzhou-lingling-2021-linyeju-zhengti-ziping with its merges written out (perturb.mjs): “其中: 一般公共预算:1873.66万元”
      // is not one amount, so the sources cannot be summed; the importer's warning says the check was not done
      name: 'a source the importer could not read leaves the sum unknown',
      document: doc({
        ...wan,
        projects: [{ ...project('林业局部门整体支出', [], { funding: { total: 4753.66, generalBudget: null, other: 2880 } }), source: { sheet: 'Sheet1', row: 3, unreadable: ['funding/generalBudget'] } }],
      }),
    },
    {
      // fixtures/real-tables/sichuan-guangyuan-zhaohua-2021-tekun-jiating-zaifuzhu rows 5–13: 年度资金总额 | 金额(万元) heads the sources' amounts
      name: '昭化 2021: sources listed with no total cell printed',
      document: doc({ ...wan, projects: [{ ...project('特困家庭再扶助', [], { funding: { total: null, generalBudget: 6.3, governmentFund: 0 } }), source: { sheet: 'Sheet1', row: 3, cell: 'B3', cells: { name: 'B3', 'funding/generalBudget': 'C7' } } }] }),
    },
    {
      // fixtures/real-tables/shanghai-putuo-tiyu-2022-weituo-yunying-jiesuan-ziping G6: 215457.6 ÷ 250000 = 86.183%, filed 86.19%
      name: 'a rate rounded up in its last shown digit (上海 普陀 2022)',
      document: doc({
        moneyUnit: '元',
        projects: [project('普陀体育中心与委托运营方结算费用', [], { funding: { total: 250000, generalBudget: 250000 }, budgetExecution: { lines: [{ source: 'total', budget: 250000, spent: 215457.6, rate: '86.19%' }] } })],
      }),
    },
    {
      // seed 004 (元): 631580 = 466316 + 165264
      name: 'total equals its sources (seed 004)',
      document: doc({ moneyUnit: '元', projects: [project('甲', [], { funding: { total: 631580, generalBudget: 466316, governmentFund: 0, specialAccount: 0, other: 165264 } })] }),
    },
    {
      // fixtures/real-tables/anhui-luan-huoshan-2024-yiliao-jiuzhu-zhuanyi-zhifu-ziping: the 转移支付 自评表's 中央财政资金 and 地方资金
      name: 'a transfer split into its central and local shares (安徽 霍山 2024)',
      document: doc({ ...wan, projects: [project('医疗救助补助资金', [], { funding: { total: 3359.62, centralFunds: 829.3, localFunds: 2530.32, other: null } })] }),
    },
    {
      // seed 003, 招商引资专项经费 (the 600 was typed into the label cell): no source filed
      name: 'no source filed: no breakdown to check (seed 003)',
      document: doc({ ...wan, projects: [project('招商引资专项经费', [], { funding: { total: 600, generalBudget: null, other: null } })] }),
    },
    {
      // 内蒙古 巴彦淖尔 2024 全年预算数: 2.38 = 0.58 + 1.8 (binary floats make it 2.3800000000000003)
      name: 'decimal sums compare exactly (内蒙古 巴彦淖尔 2024)',
      document: doc({ ...wan, projects: [project('自然资源', [], { funding: { total: 2.38, generalBudget: 0.58, other: 1.8 } })] }),
    },
    {
      // 湖北 青山 2020: 10000万元 (1亿元) for a district's school building programme is large but plausible
      name: 'a large but plausible 万元 total (湖北 青山 2020)',
      document: doc({ ...wan, projects: [project('教育系统基础设施建设和设备购置', [], { funding: { total: 10000, generalBudget: 10000, other: null } })] }),
    },
    { name: 'a project without funding', document: doc({ projects: [project('甲', [])] }) },
    {
      // jiangsu-zhenjiang-2024-saizhenzhu-gongyuan-yunzhuan-partial with its merges written out: 上年结转资金 0, 财政拨款 left empty
      name: 'zeros beside lines left empty state no breakdown',
      document: doc({ ...wan, projects: [project('赛珍珠文化公园运转经费', [], { funding: { total: 80, generalBudget: null, governmentFund: null, carryOver: 0, other: null } })] }),
    },
    {
      // fixtures/real-tables/hunan-hengyang-qidong-2024-jikong-bumen-zhengti rows 6–8: 按收入性质分 952.22 | 按支出性质分 875.22 + 77
      name: 'the split by use adds up to the total (湖南 祁东 2024)',
      document: doc({ ...wan, projects: [project('疾控中心部门整体支出', [], { funding: { total: 952.22, generalBudget: 952.22 }, expenditure: { basic: 875.22, project: 77 } })] }),
    },
    {
      // fixtures/real-tables/hubei-ezhou-jiguanshiwu-2022-bangong-dalou-yunxing rows 5–9: the 合计 line adds the others up
      name: '鄂州 2022: a cost breakdown whose 合计 line is the total',
      document: doc({
        ...wan,
        projects: [
          project('滨湖大胆办公大楼运行保障', [], {
            funding: { total: 814 },
            extensions: {
              项目预算: [
                { 成本构成: '保安服务费', 金额: '191' },
                { 成本构成: '保洁服务费', 金额: '99' },
                { 成本构成: '水电气、维修维护费', 金额: '524' },
                { 成本构成: '合计', 金额: '814' },
              ],
            },
          }),
        ],
      }),
    },
    {
      // the 年度履职目标 lines of a department that lists its key tasks only: less than the total is no slip
      name: 'duty lines under the total, none paid from 基本支出',
      document: doc({
        ...wan,
        projects: [
          project('部门整体支出', [], {
            funding: { total: 171.41 },
            expenditure: { basic: 110.61, project: 60.8 },
            extensions: { 年度履职目标: [{ 支出项目名称: '年鉴出版经费', '预算金额(万元)': '49.8' }, { 支出项目名称: '人员福利', '预算金额(万元)': '11' }] },
          }),
        ],
      }),
    },
    {
      // 云南 南华 and 四川 中江 自评表: "100%" and "100.00%" for 1100 of 1100 and 20 of 20; an empty line has no rate to check
      name: 'execution rates that match 执行数 ÷ 预算数 (云南 南华, 四川 中江)',
      document: doc({
        ...wan,
        projects: [
          project('野生菌加工车间', [], {
            funding: { total: 1100, generalBudget: 1100, carryOver: null, other: null },
            budgetExecution: { weight: 10, lines: [{ source: 'total', budget: 1100, spent: 1100, rate: '100%' }, { source: 'generalBudget', budget: 1100, spent: 1100, rate: '100%' }, { source: 'other', budget: null, spent: null }] },
          }),
          project('水标尺', [], { funding: { total: 20, generalBudget: 20 }, budgetExecution: { lines: [{ source: 'total', budget: 20, spent: 20, rate: '100.00%' }] } }),
        ],
      }),
    },
    {
      // 上海 松江 2020: 其他资金 has a budget but no 执行数, and its rate "0.0%" cannot be checked; 贵池: a budget of 0
      name: 'a line with no spending or no budget is not checked (上海 松江, 安徽 贵池)',
      document: doc({
        ...wan,
        projects: [project('城镇建设管理', [], { budgetExecution: { lines: [{ source: 'other', budget: 145000000, spent: null, rate: '0.0%' }, { source: 'total', budget: 0, spent: 0, rate: '0' }] } })],
      }),
    },
  ],
  invalid: [
    {
      // fixtures/real-tables/shanghai-songjiang-2020-jiuting-zipingbiao E9 (mustFind in the blind reading)
      name: '松江 2020: the total spent in full, 其他资金 budgeted with no 执行数',
      document: doc({
        ...wan,
        projects: [
          project('城镇建设管理', [], {
            budgetExecution: {
              lines: [
                { source: 'total', budget: 145000000, spent: 145000000, rate: '100.0%' },
                { source: 'generalBudget', budget: null, spent: null, rate: '0.0%' },
                { source: 'other', budget: 145000000, spent: null, rate: '0.0%' },
              ],
            },
          }),
          // 霍山 2024: only the total is broken down by nothing: no finding
          project('医疗救助', [], { budgetExecution: { lines: [{ source: 'total', budget: 3359.62, spent: 3359.62, rate: '100%' }, { source: 'generalBudget', budget: null, spent: null }] } }),
        ],
      }),
      errors: [{ messageId: 'sourceSpentMissing', pointer: '/projects/0/budgetExecution/lines/2/spent', messageIncludes: ['全年执行数为145000000，而其他资金有全年预算数145000000，全年执行数却空着'] }],
    },
    {
      // /work/incoming transcription of 安徽 金寨 2023 部门整体自评表 E5 (fixtures/real-tables/anhui-jinzhai-chagu-2023-bumen-zhengti-ziping-partial)
      name: '金寨 2023: 338.31 spent of 329.77, reported once on the total line',
      document: doc({
        ...wan,
        projects: [
          project('茶谷中心部门整体支出', [], {
            funding: { total: 329.77, generalBudget: 329.77 },
            budgetExecution: {
              lines: [
                { source: 'total', budget: 329.77, spent: 338.31, rate: '102.59%' },
                { source: 'generalBudget', budget: 329.77, spent: 338.31, rate: '102.59%' },
              ],
            },
          }),
        ],
      }),
      errors: [{ messageId: 'spentOverBudget', pointer: '/projects/0/budgetExecution/lines/0/spent', messageIncludes: ['全年执行数338.31超过全年预算数329.77（执行率102.59%）'] }],
    },
    {
      // 上海 松江 2020 自评表 under 项目资金(万元): 145000000.00, i.e. 1.45万亿元 — typed in 元
      name: 'a total typed in 元 in a 万元 table (上海 松江 2020)',
      document: doc({ ...wan, projects: [project('城镇建设管理', [], { funding: { total: 145000000, generalBudget: null, other: 145000000 } })] }),
      errors: [{ messageId: 'amountInYuan', pointer: '/projects/0/funding/total', messageIncludes: ['145000000', '14500万元'] }],
    },
    {
      // 内蒙古 巴彦淖尔 2024 (执行率(%) column): 其他资金 1.8 budgeted, 1.8 spent, rate 0; the other lines say 100
      name: 'a rate that is not 执行数 ÷ 预算数 (内蒙古 巴彦淖尔 2024)',
      document: doc({
        ...wan,
        projects: [
          project('自然资源业务支出', [], {
            funding: { total: 2.38, generalBudget: 0.58, other: 1.8 },
            budgetExecution: { lines: [{ source: 'total', budget: 2.38, spent: 2.38, rate: '100' }, { source: 'generalBudget', budget: 0.58, spent: 0.58, rate: '100' }, { source: 'other', budget: 1.8, spent: 1.8, rate: '0' }] },
          }),
        ],
      }),
      errors: [{ messageId: 'rateMismatch', pointer: '/projects/0/budgetExecution/lines/2/rate', messageIncludes: ['其他资金', '100%', '“0”'] }],
    },
    {
      // 安徽 贵池 2022 年初预算数: 年度资金总额 0, 其中：本年财政拨款 90
      name: 'a total of 0 with 90 from the budget (安徽 贵池 2022)',
      document: doc({ ...wan, projects: [project('委托业务费', [], { funding: { total: 0, generalBudget: 90 } })] }),
      errors: [{ messageId: 'sumMismatch', pointer: '/projects/0/funding/total', messageIncludes: ['0万元', '90万元', '-90'] }],
    },
    {
      name: 'a transfer whose shares do not make its total',
      document: doc({ ...wan, projects: [project('医疗救助补助资金', [], { funding: { total: 3359.62, centralFunds: 829.3, localFunds: 2430.32 } })] }),
      errors: [{ messageId: 'sumMismatch', messageIncludes: ['中央财政资金829.3', '地方资金2430.32'] }],
    },
    {
      name: 'no total with sources filed',
      document: doc({ ...wan, projects: [project('委托业务费', [], { funding: { total: null, generalBudget: 89.974 } })] }),
      errors: [{ messageId: 'totalMissing', messageIncludes: ['89.974万元'] }],
    },
    {
      // 湖南 澧县 2021's form with 项目支出 typed as 20 instead of 2
      name: 'a split by use that is not the total',
      document: doc({ ...wan, projects: [project('食用菌研究所部门整体支出', [], { funding: { total: 222.45, generalBudget: 222.45 }, expenditure: { basic: 220.45, project: 20 } })] }),
      errors: [{ messageId: 'usesMismatch', pointer: '/projects/0/expenditure/basic', messageIncludes: ['222.45万元', '基本支出220.45万元', '项目支出20万元', '240.45万元', '-18'] }],
    },
    {
      // fixtures/real-tables/fujian-ningde-2019-dangshi-fangzhi-bumen-zhengti-partial E11 (both readings): the 基本支出 line carries the total
      name: '宁德 2019: a duty line paid from 基本支出 with another amount',
      document: doc({
        ...wan,
        projects: [
          project('党史和地方志研究室部门整体支出', [], {
            funding: { total: 171.41 },
            expenditure: { project: 60.8, basic: 110.61 },
            extensions: {
              '年度\n履职\n目标': [
                { 支出项目名称: '地情、市志编纂与年鉴出版经费', '预算金额(万元)': '49.8' },
                { 支出项目名称: '地情、市志编纂与年鉴出版经费', '预算金额(万元)': '11' },
                { 支出项目名称: '基本支出', '预算金额(万元)': '171.41' },
              ],
            },
          }),
        ],
      }),
      errors: [{ messageId: 'dutyLineMismatch', pointer: '/projects/0/extensions/年度\n履职\n目标/2/预算金额(万元)', messageIncludes: ['171.41万元', '基本支出为110.61万元'] }],
    },
    {
      name: 'duty lines adding up past the total',
      document: doc({
        ...wan,
        projects: [project('部门整体支出', [], { funding: { total: 100 }, extensions: { 年度主要任务: [{ 任务名称: '甲', 预算数: '60' }, { 任务名称: '乙', 预算数: '50.5' }] } })],
      }),
      errors: [{ messageId: 'dutyLinesOverTotal', pointer: '/projects/0/extensions/年度主要任务/0/预算数', messageIncludes: ['110.5万元', '资金总额100万元'] }],
    },
    {
      name: 'a four-decimal difference is a difference',
      document: doc({ ...wan, projects: [project('古城绿化', [], { funding: { total: 153.5184, generalBudget: 100.1234, other: 53.3951 } })] }),
      errors: [{ messageId: 'sumMismatch', messageIncludes: ['-0.0001'] }],
    },
  ],
});
