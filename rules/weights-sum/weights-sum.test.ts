import { describe, expect, it } from 'vitest';
import { seedFindings } from '../../tests/helpers/seeds.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule, { expectedTotal, formatNumber } from './weights-sum.js';


/** a weighted 浙江 2021 row */
const w = (name: string, weight: Indicator['weight'], level1 = '产出指标', level2 = '数量指标'): Indicator =>
  row(level1, level2, name, '10', { operator: '≥', unit: '个', weight });

/** five rows of 20 */
const fiveOf20 = (): Indicator[] => ['甲', '乙', '丙', '丁', '戊'].map((n) => w(`${n}数量`, 20));

// seed 001 (绍兴 2021), 促进内需系列活动经费, as filed: 保障措施完备性 has no weight, the others add up to 100
const CUXIAO_NEIXU: Indicator[] = [
  { level1: '产出指标', level2: '数量指标', name: '宣传（活动）天数', value: '5', operator: '=', unit: '天', weight: 10 },
  { level1: '产出指标', level2: '数量指标', name: '发放宣传（活动）资料数量', value: '300', operator: '=', unit: '份', weight: 10 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '公众满意度', value: '95', operator: '≥', unit: '(%)', weight: 10 },
  { level1: '产出指标', level2: '数量指标', name: '播发稿件数量', value: '15', operator: '=', unit: '篇', weight: 20 },
  { level1: '产出指标', level2: '时效指标', name: '宣传（活动）工作及时性', value: '及时', operator: '定性', unit: '', weight: 10 },
  { level1: '效益指标', level2: '经济效益指标', name: '消费市场指标', value: '提升绍兴本地内需市场，拉动消费4-5亿元', operator: '定性', unit: '', weight: 15 },
  { level1: '产出指标', level2: '数量指标', name: '组织宣传（活动）次数', value: '3', operator: '=', unit: '次', weight: 10 },
  { level1: '产出指标', level2: '质量指标', name: '保障措施完备性', value: '完备', operator: '定性', unit: '', weight: null },
  { level1: '效益指标', level2: '社会效益指标', name: '护大城市影响力', value: '加快绍兴特色菜及老字号的推广', operator: '定性', unit: '', weight: 15 },
];

// seed 003 (邢台 2023) rows of 蔬菜储备补贴资金, given weights here: the 不涉及 rows carry none
const NOT_APPLICABLE_ROW: Indicator = { level1: '效果指标', level2: '生态效益指标', name: '不涉及', description: '不涉及', value: '不涉及', basis: '不涉及', weight: null };

new RuleTester({ describe, it }).run('weights-sum', rule, {
  valid: [
    {
      // fixtures/real-tables/sichuan-zhongjiang-2022-shuibiaochi-ziping row 22: the template's "……" row carries no points
      name: 'the template\'s "……" row is not an indicator missing its points (中江 2022)',
      document: doc({ projects: [project('水标尺', [w('安装坡面水标尺', 60), w('项目验收合格率', 40), { level1: '效益指标', level2: '社会效益指标', name: '……', value: '' }])] }),
    },
    {
      // 海南 2022 export: 预算执行率权重 10%, the indicators make the other 90
      name: 'indicators make 100 minus the table\'s own 预算执行率 weight (海南 2022)',
      document: doc({ projects: [project('会展奖励', [w('会展业综合收入', 30), w('品牌会展项目', 60)], { budgetExecution: { weight: 10 } })] }),
    },
    {
      // an empty 预算执行率权重 cell while the indicators already make 100: nothing is missing
      name: 'an empty 预算执行率 weight with indicators at 100',
      document: doc({ projects: [project('甲', fiveOf20(), { budgetExecution: { weight: null } })] }),
    },
    {
      // fixtures/real-tables/sichuan-meishan-qingshen-2023-gongzi-zipingbiao rows 17–18: 60 + 30 = 90, 预算执行率 10 above the grid
      name: 'a self-evaluation (实际完成值/得分 columns) adding up to 90',
      document: doc({ projects: [project('工资性支出', [
        row('产出指标', '数量指标', '发放(缴纳)覆盖率', '100', { unit: '%', weight: 60, actual: '', score: null }),
        row('效益指标', '社会效益指标', '足额保障率(参保率)', '100', { unit: '%', weight: 30, actual: '', score: null }),
      ])] }),
    },
    {
      name: 'selfEvaluationTotal null: a self-evaluation is held to total',
      document: doc({ projects: [project('甲', fiveOf20().map((r) => ({ ...r, actual: '10', score: 20 })))] }),
      options: { selfEvaluationTotal: null },
    },
    { name: 'a table without a weight column is not checked', document: doc({ projects: [project('甲', [row('产出指标', '数量指标', '培训人数', '≥80人')])] }) },
    { name: 'weights add up to 100', document: doc({ projects: [project('甲', fiveOf20())] }) },
    {
      name: 'rounded thirds are within the tolerance (33.33 × 3 = 99.99)',
      document: doc({ projects: [project('甲', [w('甲数量', 33.33), w('乙数量', 33.33), w('丙数量', 33.33)])] }),
    },
    {
      name: '不涉及 rows carry no weight and are not reported as unweighted',
      document: doc({ projects: [project('蔬菜储备补贴资金', [...fiveOf20(), NOT_APPLICABLE_ROW, { ...NOT_APPLICABLE_ROW, level2: '经济效益指标' }])] }),
    },
    {
      name: 'a 不涉及 row with an empty name and a 不涉及 value is a not-applicable row too',
      document: doc({ projects: [project('甲', [...fiveOf20(), row('效益指标', '生态效益指标', '', '不涉及', { weight: null })])] }),
    },
    {
      name: 'a blank row (no name, no value) is no-placeholder’s finding, not an unweighted row',
      document: doc({ projects: [project('甲', [...fiveOf20(), row('产出指标', '', '', '', { weight: null })])] }),
    },
    {
      name: 'total 90: 10 points are kept for 预算执行率 outside the rows',
      document: doc({ projects: [project('甲', [w('甲数量', 30), w('乙数量', 30), w('丙数量', 30)])] }),
      options: { total: 90 },
    },
    {
      name: 'a 预算执行率 row counts toward the total',
      document: doc({ projects: [project('甲', [w('预算执行率', 10, '产出指标', '时效指标'), w('甲数量', 45), w('乙数量', 45)])] }),
    },
    {
      name: 'total 90 with a 预算执行率 row in the table: the reserved 10 are inside, rows make 100',
      document: doc({ projects: [project('甲', [w('预算执行率', 10, '产出指标', '时效指标'), w('甲数量', 45), w('乙数量', 45)])] }),
      options: { total: 90 },
    },
    {
      name: 'the period list has its own sum',
      document: doc({ projects: [project('甲', fiveOf20(), { period: '2021-2023', periodIndicators: [w('甲数量', 50), w('乙数量', 50)] })] }),
    },
    { name: 'positive: false allows a 0 weight', document: doc({ projects: [project('甲', [...fiveOf20(), w('己数量', 0)])] }), options: { positive: false } },
    { name: 'requireWeights is satisfied by a weighted table', document: doc({ projects: [project('甲', fiveOf20())] }), options: { requireWeights: true } },
    { name: 'a project without rows has nothing to weigh', document: doc({ projects: [project('甲', [])] }), options: { requireWeights: true } },
    { name: 'weights in an overall entry add up too', document: doc({ projects: [project('部门整体', fiveOf20(), { kind: 'overall' })] }) },
  ],
  invalid: [
    {
      // fixtures/real-tables/hubei-huangshi-sanzhong-2023-xiaoyuan-weixiu-ziping A12 (both readings): 年度绩效目标 98分 beside 预算执行情况 20分
      name: '黄石 三中 2023: the form’s two parts declare 98 and 20 points',
      document: doc({ projects: [project('校园维修改造及设备购置', [row('产出指标', '质量指标', '合格率', '100%')], { indicatorPoints: 98, budgetExecution: { weight: 20 } })] }),
      errors: [{ messageId: 'blockPointsMismatch', pointer: '/projects/0/indicatorPoints', messageIncludes: ['标明98分', '20分', '合计118分'] }],
    },
    {
      // 四川 甘孜 (一体化 export): "预算执行率权重(%):" printed empty; the 11 rows add up to 90
      name: 'an empty 预算执行率 weight with indicators short of 100 is reported on that cell (四川 甘孜)',
      document: doc({
        projects: [
          project('', [row('产出指标', '成本指标', '检查差旅费', '470', { unit: '人/天', weight: 2 }), row('产出指标', '数量指标', '召开食品安委会全体会议', '2', { weight: 88 })], {
            budgetExecution: { weight: null },
          }),
        ],
      }),
      errors: [{ messageId: 'executionWeightMissing', pointer: '/projects/0/budgetExecution/weight', messageIncludes: ['90', '10'] }],
    },
    {
      // fixtures/real-tables/hubei-ezhou-shenpiju-2021-shiminzhongxin-ziping row 6 (mustFind F6): 分值 100 on 年度资金总额
      name: '鄂州 2021: the budget execution rate worth 100 points',
      document: doc({ projects: [project('市民中心运行维护费', [row('产出指标', '数量指标', '政务服务工作办结率', '100%', { weight: 50 }), row('产出指标', '质量指标', '大厅业务日常考核结果', '100%', { weight: 50 })], { budgetExecution: { weight: 100 } })] }),
      errors: [{ messageId: 'executionWeightTooHigh', pointer: '/projects/0/budgetExecution/weight', messageIncludes: ['填了100分'] }],
    },
    {
      // 四川 中江 2022 自评表: 预算执行率 10 points in the funds block, the indicators 100, and a 总分 row under the grid
      name: 'a self-evaluation sum is reported on its 总分 row, against 100 minus the table\'s own 预算执行率 points (四川 中江)',
      document: doc({
        projects: [
          project('水标尺', [row('产出指标', '数量指标', '安装坡面水标尺', '≥266米', { actual: '≥266米', weight: 60, score: 60 }), row('满意度指标', '服务对象满意度指标', '受益户满意度', '≥95%', { actual: '≥95%', weight: 40, score: 40 })], {
            budgetExecution: { weight: 10, score: 10 },
            pointsTotal: { weight: 100, score: 100 },
          }),
        ],
      }),
      errors: [{ messageId: 'sumMismatch', pointer: '/projects/0/pointsTotal/weight', messageIncludes: ['100', '90', '+10'] }],
    },
    {
      // seed 001 (绍兴 2021) rows, the weight column left empty on every row
      name: 'a weight column empty on every row is one finding on the list',
      document: doc({ projects: [project('促进内需系列活动经费', CUXIAO_NEIXU.slice(0, 3).map((r) => ({ ...r, weight: null })))] }),
      errors: [{ messageId: 'weightsEmpty', pointer: '/projects/0/indicators/0/weight', messageIncludes: ['3个指标都未填写权重', '应为100'] }],
    },
    {
      name: 'weights add up to 95',
      document: doc({ projects: [project('甲', [...fiveOf20().slice(0, 4), w('戊数量', 15)])] }),
      errors: [{ messageId: 'sumMismatch', pointer: '/projects/0/indicators', messageIncludes: ['合计为95', '相差-5', '应为100'] }],
    },
    {
      name: 'weights add up to 110: the difference is signed',
      document: doc({ projects: [project('甲', [...fiveOf20(), w('己数量', 10)])] }),
      errors: [{ messageId: 'sumMismatch', pointer: '/projects/0/indicators', messageIncludes: ['相差+10'] }],
    },
    {
      name: 'seed 001 促进内需系列活动经费: one row without weight, the others still make 100 → only the row',
      document: doc({ projects: [project('促进内需系列活动经费', CUXIAO_NEIXU)] }),
      errors: [{ messageId: 'missingWeight', pointer: '/projects/0/indicators/7/weight', messageIncludes: ['其余指标权重合计100'] }],
    },
    {
      name: 'a missing weight and a wrong sum: the sum message says how many rows it did not count',
      document: doc({ projects: [project('甲', [...fiveOf20().slice(0, 4), w('戊数量', null)])] }),
      errors: [
        { messageId: 'missingWeight', pointer: '/projects/0/indicators/4/weight' },
        { messageId: 'sumMismatch', pointer: '/projects/0/indicators', messageIncludes: ['合计为80（另有1行没有有效权重，未计入）'] },
      ],
    },
    {
      name: 'a row without the weight key in a weighted table is reported at the row',
      document: doc({ projects: [project('甲', [...fiveOf20(), row('产出指标', '数量指标', '己数量', '≥3个')])] }),
      errors: [{ messageId: 'missingWeight', pointer: '/projects/0/indicators/5' }],
    },
    {
      name: 'a weight that is text is reported and not counted',
      document: doc({ projects: [project('甲', [...fiveOf20().slice(0, 4), w('戊数量', '20%')])] }),
      errors: [
        { messageId: 'weightNotNumber', pointer: '/projects/0/indicators/4/weight', messageIncludes: ['“20%”'] },
        { messageId: 'sumMismatch', pointer: '/projects/0/indicators', messageIncludes: ['合计为80'] },
      ],
    },
    {
      name: 'a 0 weight is reported (the others still make 100)',
      document: doc({ projects: [project('甲', [...fiveOf20(), w('己数量', 0)])] }),
      errors: [{ messageId: 'weightNotPositive', pointer: '/projects/0/indicators/5/weight' }],
    },
    {
      name: 'a negative weight is reported and counted in the sum as filed',
      document: doc({ projects: [project('甲', [...fiveOf20(), w('己数量', -5)])] }),
      errors: [
        { messageId: 'weightNotPositive', pointer: '/projects/0/indicators/5/weight', messageIncludes: ['权重为-5'] },
        { messageId: 'sumMismatch', pointer: '/projects/0/indicators', messageIncludes: ['合计为95'] },
      ],
    },
    {
      name: 'total 90 (preset): a table that adds up to 100 is told why 90',
      document: doc({ projects: [project('甲', fiveOf20())] }),
      options: { total: 90 },
      errors: [{ messageId: 'sumMismatch', pointer: '/projects/0/indicators', messageIncludes: ['应为90（另10分留给表外的预算执行率）', '+10'] }],
    },
    {
      // fixtures/real-tables/sichuan-zhongjiang-2022-shuibiaochi-ziping: the indicators add up to 100, 110 with 预算执行率
      name: 'a self-evaluation adding up to 100 is held to 90',
      document: doc({ projects: [project('甲', fiveOf20().map((r) => ({ ...r, actual: '10', score: 20 })))] }),
      errors: [{ messageId: 'sumMismatch', pointer: '/projects/0/indicators', messageIncludes: ['合计为100', '应为90（另10分留给表外的预算执行率）', '+10'] }],
    },
    {
      name: 'total 90 with a 预算执行率 row that does not make 100',
      document: doc({ projects: [project('甲', [w('预算执行率', 10, '产出指标', '时效指标'), w('甲数量', 45), w('乙数量', 40)])] }),
      options: { total: 90 },
      errors: [{ messageId: 'sumMismatch', pointer: '/projects/0/indicators', messageIncludes: ['应为100（本表含“预算执行率”行'] }],
    },
    {
      name: 'the period list is summed on its own and reported at its own pointer',
      document: doc({ projects: [project('甲', fiveOf20(), { period: '2021-2023', periodIndicators: [w('甲数量', 50), w('乙数量', 40)] })] }),
      errors: [{ messageId: 'sumMismatch', pointer: '/projects/0/periodIndicators', messageIncludes: ['实施期指标'] }],
    },
    {
      name: 'a missing weight in the period list names the period list',
      document: doc({ projects: [project('甲', fiveOf20(), { periodIndicators: [w('甲数量', 100), w('乙数量', null)] })] }),
      errors: [{ messageId: 'missingWeight', pointer: '/projects/0/periodIndicators/1/weight', messageIncludes: ['实施期指标第2行“乙数量”'] }],
    },
    {
      name: 'a column with no weight filled at all: one finding, and no sum of nothing',
      document: doc({ projects: [project('甲', [w('甲数量', null), w('乙数量', null)])] }),
      errors: [{ messageId: 'weightsEmpty', pointer: '/projects/0/indicators/0/weight' }],
    },
    {
      name: 'requireWeights: a table with no weight column is a finding',
      document: doc({ projects: [project('甲', [row('产出指标', '数量指标', '培训人数', '≥80人')])] }),
      options: { requireWeights: true },
      errors: [{ messageId: 'noWeights', pointer: '/projects/0/indicators' }],
    },
    {
      name: 'English messages',
      document: doc({ projects: [project('甲', [...fiveOf20().slice(0, 4), w('戊数量', null)])] }),
      locale: 'en',
      errors: [
        { messageId: 'missingWeight', pointer: '/projects/0/indicators/4/weight', messageIncludes: ['other weights of the table add up to 80'] },
        { messageId: 'sumMismatch', pointer: '/projects/0/indicators', messageIncludes: ['add up to 80 (1 more row has no valid weight and is not counted); the sum should be 100'] },
      ],
    },
  ],
});

describe('weights-sum helpers', () => {
  it('formats sums with at most two decimals', () => {
    expect(formatNumber(99.99000000000001)).toBe('99.99');
    expect(formatNumber(100)).toBe('100');
  });
  it('explains the expected total', () => {
    expect(expectedTotal(100, false)).toMatchObject({ expected: 100, why: { 'zh-CN': '应为100', en: 'should be 100' } });
    expect(expectedTotal(90, false)).toMatchObject({ expected: 90, why: { 'zh-CN': '应为90（另10分留给表外的预算执行率）' } });
    expect(expectedTotal(90, true).expected).toBe(100);
  });
});

describe('weights-sum on the seed tables', () => {
  it('finds exactly these problems', async () => {
    const found = await seedFindings('weights-sum');
    expect(found).toEqual([
      // 001 促进内需系列活动经费 / 保障措施完备性: 权重 cell empty (notes §2 "Empty 权重"); the other 8 rows make 100, so no sum finding
      ['001_84903211b8abe6be.json', '/projects/1/indicators/7/weight', 'missingWeight'],
      // 001 商事法律业务培训 / 单位成本: 权重 cell empty; the other 6 rows make 100
      ['001_84903211b8abe6be.json', '/projects/9/indicators/2/weight', 'missingWeight'],
      // 000, 004 (浙江 2019) and 002, 003 (河北) have no weight column: not checked (requireWeights is off)
    ]);
  });
});
