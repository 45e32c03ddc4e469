import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, oneProject, project, row } from '../../tests/helpers/documents.js';
import rule from './self-evaluation-consistency.js';

/** a 自评表 row: target, 实际完成值, 分值, 得分 (and 偏差原因) as filed */
const se = (level1: string, level2: string, name: string, value: string, actual: string, weight: Indicator['weight'], score: Indicator['score'], deviation = ''): Indicator =>
  row(level1, level2, name, value, { actual, weight, score, deviation });

// fixtures/real-tables/shanghai-songjiang-2020-jiuting-zipingbiao, rows 13–22 as filed
const SONGJIANG: Indicator[] = [
  se('产出指标', '数量指标', '项目计划完成率', '100%', '100%', 15, 15),
  se('产出指标', '数量指标', '资金到位率', '100%', '100%', 10, 10),
  se('产出指标', '质量指标', '项目一次验收合格率', '100%', '80%', 11, 11, '管理不够到位'),
  se('产出指标', '时效指标', '项目完成及时性', '及时', '较及时', 7, 7, '受进度影响拖延'),
  se('效益指标', '经济效益指标', '项目管理覆盖面', '100%', '90%', 9, 9, '管理不够到位'),
  se('效益指标', '生态效益指标', '文明施工程度', '达标', '基本达标', 3, 3, '文明宣传施工不够到位'),
  se('效益指标', '长效管理指标', '档案管理有效性', '有效', '有效', 5, 5),
];

// fixtures/real-tables/sichuan-zhongjiang-2022-shuibiaochi-ziping, rows 12 and 14
const ZHONGJIANG: Indicator[] = [
  se('产出指标(70分)', '数量指标', '安装坡面水标尺', '≥266米', '≥266米', 10, 10),
  se('产出指标(70分)', '质量指标', '项目(工程)验收合格率', '100%', '100%', 20, 20),
];

// fixtures/real-tables/sichuan-meishan-qingshen-2023-gongzi-zipingbiao, rows 17–18: 完成值 and 得分 left empty
const MEISHAN: Indicator[] = [
  row('产出指标', '数量指标', '发放(缴纳)覆盖率', '100', { unit: '%', valueType: '=', weight: 60, actual: '', score: null, deviation: '' }),
  row('效益指标', '社会效益指标', '足额保障率(参保率)', '100', { unit: '%', valueType: '=', weight: 30, actual: '', score: null, deviation: '' }),
];

// fixtures/real-tables/yunnan-yongde-2022-yingyang-gaishan-ziping, rows 14, 19 and 22: clean (row 16, met and
// scored 7 of 10, is review.blind.json's J16)
const YONGDE: Indicator[] = [
  row('产出指标', '数量指标', '学生受资助人数', '735', { operator: '≧', unit: '人次', actual: '735', weight: 10, score: 10 }),
  row('效益指标', '社会效益指标', '政策知晓率', '100', { operator: '═', unit: '%', actual: '98%', weight: 10, score: 9 }),
  row('满意度指标', '服务对象满意度指标等', '学生满意度', '95', { operator: '≧', unit: '%', actual: '100%', weight: 10, score: 10 }),
];

// fixtures/real-tables/anhui-guichi-2022-weituo-yewu-zipingbiao, rows 14, 16 and 18: clean
const GUICHI: Indicator[] = [
  se('产出指标(50分)', '数量指标', '基建工程委托业务项目数量', '≥50个', '50', 8, 8),
  se('产出指标(50分)', '质量指标', '经费支出合规性', '严格执行相关制度规定', '达成预期指标', 8, 8),
  se('产出指标(50分)', '成本指标', '项目总成本', '≤90万元', '90', 8, 8),
];

new RuleTester({ describe, it }).run('self-evaluation-consistency', rule, {
  valid: [
    { name: '永德 2022: met targets with full marks, a shortfall with points taken off', document: oneProject(YONGDE) },
    {
      name: 'a money block with nothing spent yet and no score',
      document: oneProject(YONGDE, { budgetExecution: { weight: 10, score: null, lines: [{ source: 'total', budget: 100, spent: null }] } }),
    },
    {
      // fixtures/real-tables/anhui-guichi-2022-weituo-yewu-zipingbiao rows 16 and 20: 达成预期指标 with full marks
      name: '贵池 2022: 定性 rows graded 达成 and scored in the band',
      document: oneProject([
        se('产出指标', '质量指标', '经费支出合规性', '严格执行相关制度规定', '达成预期指标', 8, 8),
        se('效益指标', '社会效益指标', '对维护基建市场公平的影响程度', '效果明显', '达成预期指标', 10, 10),
        se('效益指标', '社会效益指标', '群众获得感', '效果明显', '部分达成预期指标并具有一定效果', 10, 8, '宣传不足'),
      ]),
    },

    { name: '贵池 2022: actuals without unit or as a grade', document: oneProject(GUICHI) },
    { name: 'a target table (no 实际完成值 or 得分 column) is not read', document: oneProject([row('产出指标', '数量指标', '培训人数', '≥500人', { weight: 10 })]) },
    { name: 'a capped cost under its ceiling', document: oneProject([se('产出指标', '成本指标', '项目成本', '20万元', '18万元', 10, 10)]) },
    {
      // fixtures/real-tables/anhui-huaibei-suixi-2019-linshi-jiuzhu-ziping row 10: the summary reports what was done
      name: '濉溪 2019: a summary that reports the result',
      document: oneProject([se('产出指标', '数量指标', '临时救助人次', '≥80人次', '87人次', 10, 10)], {
        goal: '为建档立卡扶贫户解决临时性的困难',
        extensions: { 年度总体目标完成情况综述: '全年救助建档立卡扶贫户临时救助87人次,救助资金30万元,完成目标任务。' },
      }),
    },
    {
      // fixtures/real-tables/hunan-hengyang-nanyue-2018-zichan-shouyi-fupin E8: a 申报表 prints the heading and leaves it empty
      name: '南岳 2018: an empty 完成情况 in a target table',
      document: oneProject([row('产出指标', '数量指标', '入股合作社个数', '=10个')], {
        goal: '10个合作社为入股贫困户返本分红',
        extensions: { 年度总体目标完成情况: '' },
      }),
    },
    {
      // the same 时效 rows with most of the money spent (云南 临沧 2023 spent 97.8%), or the work said done
      name: 'on-time claims with the money spent, or with the work reported finished',
      document: doc({
        moneyUnit: '万元',
        projects: [
          project('甲', [se('产出指标', '时效指标', '项目按时完成率', '100%', '100%', 10, 10)], { budgetExecution: { lines: [{ source: 'total', budget: 32.4, spent: 31.69 }] } }),
          project('乙', [se('产出指标', '时效指标', '项目按时完成率', '100%', '100%', 10, 10, '已完工验收，工程款待审计后支付')], { budgetExecution: { lines: [{ source: 'total', budget: 100, spent: 30 }] } }),
          project('丙', [se('产出指标', '时效指标', '资金拨付及时率', '100%', '100%', 10, 10), se('产出指标', '时效指标', '项目完成时间', '12月底前', '未完成', 10, 4, '方案待审')], { budgetExecution: { lines: [{ source: 'total', budget: 100, spent: 30 }] } }),
        ],
      }),
    },
    {
      // a 预算执行率 item scored as 执行率 × 分值, rounded (83.5% of 20 → 17), and one with a target of its own, met, at full marks
      name: '预算执行率 scored by its rate, and a 预算执行率 row with a target scored as any target',
      document: oneProject([
        row('项目管理(25分)', '投入管理', '预算执行率', '一', { weight: 20, actual: '83.5%', score: 17, deviation: '' }),
        row('产出指标', '时效指标', '预算执行率', '≥90%', { weight: 10, actual: '95%', score: 10, deviation: '' }),
      ]),
    },
  ],
  invalid: [
    {
      // fixtures/real-tables/ningxia-yinchuan-liuzhong-2021-chuzhong-gongyong-jingfei-ziping-partial row 13 (its 分值
      // header is garbled in the stored copy): both readings sent 100% scored 9 of 10 back
      name: '宁夏 2021: 预算执行率 100% under 项目管理 scored 9 of 10',
      document: oneProject([
        row('项目决策(10分)', '项目目标', '完整性', '一', { weight: 4, actual: '目标明确、内容细化、目标量化', score: 4, deviation: '' }),
        row('项目管理(25分)', '投入管理', '预算执行率', '一', { weight: 10, actual: '100%', score: 9, deviation: '' }),
        row('项目产出(30分)', '数量指标', '保障人数', '2370人', { weight: 10, actual: '2370人', score: 10, deviation: '' }),
      ]),
      errors: [{ messageId: 'executionRateScore', pointer: '/projects/0/indicators/1/score', messageIncludes: ['预算执行率为“100%”，按“执行率×分值”应得10分（分值10分），表中得分9分'] }],
    },
    {
      // fixtures/real-tables/yunnan-baoshan-longyang-2022-huafei-jianliang-ziping-partial rows 8 and 22, and
      // anhui-huangshan-xiuning-2023-wanzhegan-shengwei-jiuzhi-buzhan-ziping-partial rows 8 and 18 (no score column)
      name: '隆阳 2022 and 休宁 2023: the work reported on time with a tenth and a fifth of the money spent',
      document: doc({
        moneyUnit: '万元',
        projects: [
          project('隆阳区2021年中央化肥减量增效示范县项目补助资金', [se('产出指标', '时效指标', '项目按时完成率', '100%', '100%', 10, 10)], {
            budgetExecution: { lines: [{ source: 'total', budget: 278.4449, spent: 30, rate: '10.77%' }] },
          }),
          project('皖浙赣省委旧址布展', [
            row('产出指标', '时效指标', '指标1:招投标程序需要的时间(不含多次流标情况)', '1个月', { actual: '1个月', deviation: '——' }),
            row('产出指标', '时效指标', '指标2:项目完成周期周期', '4个月', { actual: '4个月', deviation: '展陈方案需通过省委宣传部审核,待展陈方案通过省委宣传部审核后,将尽快实施。' }),
          ], { budgetExecution: { lines: [{ source: 'total', budget: 127, spent: 27.9996, rate: '22%' }] } }),
        ],
      }),
      errors: [
        { messageId: 'onTimeWithLowExecution', pointer: '/projects/0/indicators/0/actual', messageIncludes: ['第1行“项目按时完成率”的实际完成值写“100%”，达到年度指标值“100%”，视同按期完成，但本项目全年只执行了预算的10.77%（278.4449万元中支出30万元）'] },
        { messageId: 'onTimeWithLowExecution', pointer: '/projects/1/indicators/1/actual', messageIncludes: ['“4个月”', '只执行了预算的22%（127万元中支出27.9996万元）'] },
      ],
    },
    {
      name: '松江 2020: 80% and 90% against 100%, 较及时 and 基本达标, all with full marks',
      document: oneProject(SONGJIANG),
      errors: [
        { messageId: 'fullMarksShortfall', pointer: '/projects/0/indicators/2/score', messageIncludes: ['项目一次验收合格率', '80%', '100%', '11'] },
        { messageId: 'fullMarksShortfall', pointer: '/projects/0/indicators/3/score', messageIncludes: ['较及时'] },
        { messageId: 'fullMarksShortfall', pointer: '/projects/0/indicators/4/score', messageIncludes: ['90%'] },
        { messageId: 'fullMarksShortfall', pointer: '/projects/0/indicators/5/score', messageIncludes: ['基本达标'] },
      ],
    },
    {
      name: '中江 2022: the target copied as 全年实际值',
      document: oneProject(ZHONGJIANG),
      errors: [{ messageId: 'operatorInActual', pointer: '/projects/0/indicators/0/actual', messageIncludes: ['≥266米', '“266米”'] }],
    },
    {
      // fixtures/real-tables/hubei-qu-shangwuju-2020-fuwu-maoyi-fazhan-ziping A10: 年度绩效目标 (80分) over rows scored 10 × 6 + 20 × 2
      name: '湖北 2020: the rows score 100 in a block worth 80',
      document: doc({
        projects: [project('2020年市级服务贸易发展资金', [se('产出指标', '数量指标', '支持企业数量', '3', '3', null, 60), se('效益指标', '社会效益指标', '企业走出去', '是', '是', null, 40)], { indicatorPoints: 80, budgetExecution: { weight: 20, score: 20 } })],
      }),
      errors: [{ messageId: 'scoresOverBlock', pointer: '/projects/0/indicatorPoints', messageIncludes: ['标明80分', '合计100分'] }],
    },
    {
      // fixtures/real-tables/hubei-huangshi-sanzhong-2023-xiaoyuan-weixiu-ziping F19–F20 (both readings): a 自评表 with no points to score
      name: '黄石 三中 2023: a target copied as the actual where no row is scored',
      document: doc({ projects: [project('校园维修改造及设备购置', [{ level1: '满意度指标', level2: '具体指标', name: '学生满意度', value: '≥95%', actual: '≥95%' }])] }),
      errors: [{ messageId: 'operatorInActual', pointer: '/projects/0/indicators/0/actual', messageIncludes: ['“≥95%”', '“95%”'] }],
    },
    {
      name: '青神 2023: scored rows with neither 完成值 nor 得分',
      document: oneProject(MEISHAN),
      errors: [
        { messageId: 'missingResult', pointer: '/projects/0/indicators/0/actual', messageIncludes: ['发放(缴纳)覆盖率', '60', '实际完成值和得分'] },
        { messageId: 'missingResult', pointer: '/projects/0/indicators/1/actual', messageIncludes: ['实际完成值和得分'] },
      ],
    },
    {
      // fixtures/real-tables/anhui-suzhou-xiaoxian-2023-tese-zhongyang-ziping row 10 (mustFind F10), yunnan-yongde-2022 row 11
      name: '萧县 2023: the summary of what was done repeats the goal word for word',
      document: oneProject([se('产出指标', '数量指标', '种植作物成活率', '95%', '95%', 5, 5)], {
        goal: '落实39户特色种养业奖补政策,增加脱贫户家庭收入',
        extensions: { 年度总体目标完成情况综述: '落实39户特色种养业奖补政策，增加脱贫户家庭收入' },
      }),
      errors: [{ messageId: 'summaryRepeatsGoal', pointer: '/projects/0/extensions/年度总体目标完成情况综述', messageIncludes: ['“年度总体目标完成情况综述”与年初设定的绩效目标一字不差'] }],
    },
    {
      // fixtures/real-tables/anhui-luan-huoqiu-2022-keji-tepaiyuan-ziping F11 (mustFind)
      name: '霍邱 2022: the summary of what was done left empty in a scored form',
      document: oneProject([se('产出指标(50分)', '数量指标', '开展县域结对交流活动', '≥3次', '3', 10, 10)], {
        goal: '发挥科技特派员创业带头人作用，开展结对交流活动3次。',
        extensions: { 实际完成情况: '' },
      }),
      errors: [{ messageId: 'summaryMissing', pointer: '/projects/0/extensions/实际完成情况', messageIncludes: ['“实际完成情况”未填写'] }],
    },
    {
      // fixtures/real-tables/anhui-liuan-yuan-2022-wenwu-baohu-ziping F10, shanghai-songjiang-2020-jiuting-zipingbiao F11 (review.blind.json)
      name: '六安 2022, 松江 2020: a summary that only says the work was done',
      document: doc({
        projects: [
          project('文物保护', [se('产出指标', '数量指标', '修缮建筑面积', '6000平方米', '6000平方米', 10, 10)], { goal: '完成罗氏宗祠、李氏宗祠、英布墓日常维护', extensions: { 实际完成情况: '基本完成年度目标。' } }),
          project('城镇建设管理', [se('产出指标', '数量指标', '项目计划完成率', '100%', '100%', 15, 15)], { goal: '提升九亭镇整体形象,提高道路使用效率', extensions: { 实际完成情况: '全年完成情况较好' } }),
        ],
      }),
      errors: [
        { messageId: 'summaryGeneric', pointer: '/projects/0/extensions/实际完成情况', messageIncludes: ['只写了“基本完成年度目标。”'] },
        { messageId: 'summaryGeneric', pointer: '/projects/1/extensions/实际完成情况', messageIncludes: ['只写了“全年完成情况较好”'] },
      ],
    },
    {
      name: 'the summary under a label broken over two lines',
      document: oneProject([se('产出指标', '数量指标', '种植作物成活率', '95%', '95%', 5, 5)], {
        goal: '落实39户特色种养业奖补政策,增加脱贫户家庭收入',
        extensions: { '实际\n完成情况': '落实39户特色种养业奖补政策，增加脱贫户家庭收入' },
      }),
      errors: [{ messageId: 'summaryRepeatsGoal', messageIncludes: ['“实际完成情况”'] }],
    },
    {
      // fixtures/real-tables/shanxi-yuncheng-jishan-2020-jiandang-lika-jiaofei-ziping row 19 (mustFind H19)
      name: '稷山 2020: 总分 94 where the scores add up to 93',
      document: oneProject(
        [
          se('产出指标', '数量指标', '全县参合人数', '8755', '8676', 15, 13, '建档立卡中有新增死亡人员,导致有偏差'),
          se('产出指标', '质量指标', '资金是否全部纳入医保统筹', '100%', '100%', 15, 15),
          se('产出指标', '时效指标', '资金是否全部及时纳入', '100%', '100%', 10, 10),
          se('产出指标', '成本指标', '配套资金每人每年', '75元', '75元', 10, 10),
          se('效益指标', '社会效益', '看病难贵问题解决率', '95%', '95%', 30, 27),
          se('满意度指标', '服务对象满意度指标', '服务对象满意度', '95%', '95%', 10, 9),
        ],
        { budgetExecution: { weight: 10, score: 9 }, pointsTotal: { weight: 100, score: 94 } },
      ),
      errors: [
        // (and review.blind.json H18: the target met, a point taken off, no reason given)
        { messageId: 'deductionUnexplained', pointer: '/projects/0/indicators/4/score', messageIncludes: ['达到了年度指标值“95%”，却只得27分（分值30分）'] },
        { messageId: 'deductionUnexplained', pointer: '/projects/0/indicators/5/score' },
        { messageId: 'totalScoreMismatch', pointer: '/projects/0/pointsTotal/score', messageIncludes: ['总分为94分', '合计为93分'] },
      ],
    },
    {
      // fixtures/real-tables/hebei-handan-chengan-2020-gaoling-jintie-ziping rows 12–15 (mustFind K12): no 偏差原因 column,
      // every target met, and the points earned a quarter of each weight (the weight entered as the 0–100 score)
      name: '成安 2020: targets met, scored far below their points, with no column to explain it',
      document: oneProject([
        row('产出指标', '质量指标', '符合条件申报对象覆盖率', '98', { operator: '>=', unit: '%(百分比)', actual: '100%', weight: 25, score: 6.25 }),
        row('效果指标', '社会效益指标', '补贴发放率', '75', { operator: '>=', unit: '%(百分比)', actual: '100%', weight: 30, score: 27 }),
        row('满意度指标', '服务对象满意度指标', '服务对象满意度', '95', { operator: '>=', unit: '%(百分比)', actual: '100%', weight: 10, score: 1 }),
      ]),
      errors: [
        { messageId: 'metTargetLowScore', pointer: '/projects/0/indicators/0/score', messageIncludes: ['“100%”达到了年度指标值“>=98%(百分比)”，却只得6.25分（分值25分）', '不到分值的八成'] },
        { messageId: 'metTargetLowScore', pointer: '/projects/0/indicators/2/score' },
      ],
    },
    {
      // fixtures/real-tables/yunnan-yongde-2022-yingyang-gaishan-ziping row 19 (review.blind.json J19) and
      // hunan-yongzhou-lingling-2021-linyeju-zhengti-ziping row 23: targets not met, points taken off, no reason given
      name: 'a shortfall with no deviation analysis, whatever the score',
      document: oneProject([
        row('效益指标', '社会效益指标', '政策知晓率', '100', { operator: '═', unit: '%', actual: '98%', weight: 10, score: 9, deviation: '' }),
        se('效益指标', '经济效益指标', '木材销售收入', '1100万元', '1093万元', 5, 4.5),
        se('效益指标', '经济效益指标', '林产品收入', '2.6亿元', '2.45亿元', 5, 4.5, '受市场价格下行影响'),
        se('产出指标', '数量指标', '造林面积', '≥5000亩', '5200亩', 5, 5),
      ]),
      errors: [
        { messageId: 'shortfallUnexplained', pointer: '/projects/0/indicators/0/deviation', messageIncludes: ['“98%”未达到年度指标值“═100%”', '偏差原因分析及改进措施'] },
        { messageId: 'shortfallUnexplained', pointer: '/projects/0/indicators/1/deviation', messageIncludes: ['“1093万元”未达到年度指标值“1100万元”'] },
      ],
    },
    {
      // the grades as 安徽 贵池 2022 files them (fixtures/real-tables/anhui-guichi-2022-weituo-yewu-zipingbiao rows 16–22:
      // 达成预期指标 at 8 of 8), scored outside their bands: 部分达成 at full marks, 未达成 at 70%, 达成 at half
      name: '定性 grades scored outside their bands (§F.39)',
      document: oneProject([
        se('产出指标', '质量指标', '经费支出合规性', '严格执行相关制度规定', '部分达成预期指标并具有一定效果', 8, 8, '个别支出审批不及时'),
        se('效益指标', '社会效益指标', '对维护基建市场公平的影响程度', '效果明显', '未达成预期指标且效果较差', 10, 7, '委托业务量少'),
        se('效益指标', '生态效益指标', '对控制基建项目成本影响程度', '效果明显', '达成预期指标', 10, 5),
        se('效益指标', '可持续影响指标', '对推动基建项目“四项制度”健全和落实的持续性影响', '效果明显', '部分达成预期指标并具有一定效果', 10, 7, '制度尚在修订'),
      ]),
      errors: [
        { messageId: 'gradeOutOfBand', pointer: '/projects/0/indicators/0/score', messageIncludes: ['“部分达成预期指标并具有一定效果”', '60%–80%（4.8–6.4分）', '得分8分'] },
        { messageId: 'gradeOutOfBand', pointer: '/projects/0/indicators/1/score', messageIncludes: ['0–60%（0–6分）'] },
        { messageId: 'gradeOutOfBand', pointer: '/projects/0/indicators/2/score', messageIncludes: ['80%–100%（8–10分）', '得分5分'] },
      ],
    },
    {
      // fixtures/real-tables/shanxi-yuncheng-jishan-zhaidian-2021-jiben-gongwei-ziping rows 25, 27, 32 (review.blind.json) and
      // hubei-ezhou-shenpiju-2021-shiminzhongxin-ziping row 13 (review.blind.json H13): more than the completed share of the points
      name: 'quantitative targets not met, scored above B/A × points',
      document: oneProject([
        se('产出指标', '数量指标', '指标16:高血压规范管理数', '3807人', '3224人', 2, 1.9, '部分患者失访'),
        se('产出指标', '数量指标', '指标18:糖尿病规范管理数', '863人', '695人', 2, 1.8, '部分患者失访'),
        se('产出指标', '数量指标', '指标23:0-36月龄中医药规范管理数', '1228人', '770人', 2, 1.8, '家长配合度低'),
        se('产出指标', '数量指标', '预算执行率', '100%', '83.5%', 20, 18, '部分合同未到结算期'),
        // scored at or below the share, rounded up to one decimal: 203 of 214 → 1.90, 4044 of 5662 → 1.43
        se('产出指标', '数量指标', '指标12:孕产妇7天访视数', '214人', '203人', 2, 1.8, '外出务工'),
        se('产出指标', '数量指标', '指标15:老年人体检数', '5662人', '4044人', 2, 1.4, '外出务工'),
        // a ceiling exceeded: 100 of 125 万元 → 8 of 10 points
        se('产出指标', '成本指标', '项目总成本', '≤100万元', '125万元', 10, 8, '材料涨价'),
        row('产出指标', '数量指标', '培训人数', '≥100人', { actual: '80人', weight: 10, score: 10, deviation: '疫情停训', scoring: '完成80%以上得满分' }),
      ]),
      errors: [
        { messageId: 'scoreAboveProportion', pointer: '/projects/0/indicators/0/score', messageIncludes: ['“3224人”未达到年度指标值“3807人”', '按B/A×分值应得1.69分', '得分1.9分'] },
        { messageId: 'scoreAboveProportion', pointer: '/projects/0/indicators/1/score', messageIncludes: ['应得1.61分'] },
        { messageId: 'scoreAboveProportion', pointer: '/projects/0/indicators/2/score', messageIncludes: ['应得1.25分'] },
        { messageId: 'scoreAboveProportion', pointer: '/projects/0/indicators/3/score', messageIncludes: ['应得16.7分', '得分18分'] },
      ],
    },
    {
      // fixtures/real-tables/anhui-jinzhai-chagu-2023-bumen-zhengti-ziping-partial row 5 (review.blind.json H5): 329.77 budgeted,
      // 338.31 spent, 分值 10, 得分 empty; a money block with nothing spent yet is not reported
      name: '金寨 2023: the 预算执行率 worth 10 points, its score left empty',
      document: oneProject([se('产出指标', '数量指标', '指标2:建设美丽宜居自然村庄数量', '≥200', '215', 10, 10)], {
        budgetExecution: { weight: 10, score: null, lines: [{ source: 'total', budget: 329.77, spent: 338.31, rate: '102.59%' }] },
      }),
      errors: [{ messageId: 'missingResult', pointer: '/projects/0/budgetExecution/score', messageIncludes: ['项目“甲”的预算执行率设有分值10分，但未填写得分'] }],
    },
    {
      name: 'a score above its points',
      document: oneProject([se('产出指标', '数量指标', '项目计划完成率', '100%', '100%', 15, 16)]),
      errors: [{ messageId: 'scoreAboveWeight', pointer: '/projects/0/indicators/0/score', messageIncludes: ['16', '15'] }],
    },
  ],
});
