/**
 * Pinned readings of real 指标值 strings, each copied from the seed tables in
 * /work/shared/seeds/<seed>_*.txt (with the 计算符号 / 计量单位 cells of the same row where the
 * layout has them). A reading is pinned in full: the test compares with toStrictEqual, so a new
 * field or a changed one shows up here first. `why` records the judgement where one was made.
 */
import type { IndicatorReading, IndicatorValueInput } from '../../src/analysis/value-reading.js';

export interface ValueExpectation {
  /** seed table the string comes from: 000 … 004 */
  readonly seed: string;
  readonly input: IndicatorValueInput;
  readonly reading: IndicatorReading;
  readonly why?: string;
}

export const VALUE_EXPECTATIONS: readonly ValueExpectation[] = [
  {
    seed: '000',
    input: { value: '经费控制在财政局审批的《浙江省因公临时出国经费预算审核表》以内' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '000',
    input: { value: '合规' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '000',
    input: { value: '单次6-8人' },
    reading: { kind: 'range', vague: false, min: 6, max: 8, unit: '人', unitClass: 'people', valueUnit: '人' },
    why: '单次 ("per trip") qualifies the count; the range itself is plain',
  },
  {
    seed: '000',
    input: { value: '3-4人' },
    reading: { kind: 'range', vague: false, min: 3, max: 4, unit: '人', unitClass: 'people', valueUnit: '人' },
  },
  {
    seed: '000',
    input: { value: '' },
    reading: { kind: 'empty', vague: false },
  },
  {
    seed: '000',
    input: { value: '统一特装' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '000',
    input: { value: '大型活动一周前进行宣传预热，主要活动结束后两天内发布报道。' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '000',
    input: { value: '执行率' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '000',
    input: { value: '提高社零增长率' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '000',
    input: { value: '组织服务贸易企业参加境内外重点服务贸易展览2-3次，2019年新增服贸出口企业10家以上。' },
    reading: { kind: 'qualitative', vague: true },
    why: 'two targets in one cell: no single measurable value',
  },
  {
    seed: '000',
    input: { value: '组织绍兴企业参加第二届进口博览会数量超过600家，参会人员超过1000人。' },
    reading: { kind: 'qualitative', vague: true },
    why: 'two targets in one cell',
  },
  {
    seed: '000',
    input: { value: '增强企业获取订单的能力，提升我市产品的国际知晓度和国际竞争力，促进我市对外贸易稳定增长，争取外贸出口全国占比保持12.2%以上。' },
    reading: { kind: 'number', vague: true, comparison: '>=', value: 12.2, unit: '%', unitClass: 'percent', valueUnit: '%' },
    why: 'one target inside prose',
  },
  {
    seed: '000',
    input: { value: '完备' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '000',
    input: { value: '单次6-8天' },
    reading: { kind: 'range', vague: false, min: 6, max: 8, unit: '天', unitClass: 'days', valueUnit: '天' },
  },
  {
    seed: '000',
    input: { value: '2-3人' },
    reading: { kind: 'range', vague: false, min: 2, max: 3, unit: '人', unitClass: 'people', valueUnit: '人' },
  },
  {
    seed: '000',
    input: { value: '2500份以上' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 2500, unit: '份', unitClass: 'documents', valueUnit: '份' },
  },
  {
    seed: '000',
    input: { value: '4-5次' },
    reading: { kind: 'range', vague: false, min: 4, max: 5, unit: '次', unitClass: 'times', valueUnit: '次' },
  },
  {
    seed: '000',
    input: { value: '4-5天' },
    reading: { kind: 'range', vague: false, min: 4, max: 5, unit: '天', unitClass: 'days', valueUnit: '天' },
  },
  {
    seed: '000',
    input: { value: '宣传推广覆盖全市各区县（市）及行业协会，覆盖率达90%以上。统一摊位楣板，加大宣传力度，提升绍兴城市的国际形象。增加新兴行业专业展会数，提高行业内参展企业数，加快新兴产业发展。' },
    reading: { kind: 'number', vague: true, comparison: '>=', value: 90, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '000',
    input: { value: '给企业提供相关的政策、信息支持和服务，企业满意度达90%以上，提高企业参展效果。' },
    reading: { kind: 'number', vague: true, comparison: '>=', value: 90, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '000',
    input: { value: '300人左右' },
    reading: { kind: 'number', vague: false, comparison: '≈', value: 300, unit: '人', unitClass: 'people', valueUnit: '人' },
  },
  {
    seed: '000',
    input: { value: '2' },
    reading: { kind: 'number', vague: false, value: 2 },
  },
  {
    seed: '000',
    input: { value: '300' },
    reading: { kind: 'number', vague: false, value: 300 },
  },
  {
    seed: '000',
    input: { value: '95%' },
    reading: { kind: 'number', vague: false, value: 95, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '000',
    input: { value: '100%' },
    reading: { kind: 'number', vague: false, value: 100, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '000',
    input: { value: '50%' },
    reading: { kind: 'number', vague: false, value: 50, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '000',
    input: { value: '培训意见<5条' },
    reading: { kind: 'number', vague: true, comparison: '<', value: 5, unit: '条', unitClass: 'count', valueUnit: '条' },
    why: 'the sign sits next to the number, after a label',
  },
  {
    seed: '000',
    input: { value: '学员意见采纳整改率>50%' },
    reading: { kind: 'number', vague: true, comparison: '>', value: 50, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '000',
    input: { value: '<5' },
    reading: { kind: 'number', vague: false, comparison: '<', value: 5 },
  },
  {
    seed: '000',
    input: { value: '>50%' },
    reading: { kind: 'number', vague: false, comparison: '>', value: 50, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '000',
    input: { value: '83.3' },
    reading: { kind: 'number', vague: false, value: 83.3 },
  },
  {
    seed: '000',
    input: { value: '达到预期目的' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '000',
    input: { value: '及时' },
    reading: { kind: 'qualitative', vague: true },
    why: 'no date: qualitative, not a date',
  },
  {
    seed: '000',
    input: { value: '12/2019' },
    reading: { kind: 'date', vague: false, unitClass: 'date', date: { year: 2019, month: 12 }, deadline: false },
    why: '月/年 layout of the 浙江 2019 个性 columns',
  },
  {
    seed: '000',
    input: { value: '3000份左右' },
    reading: { kind: 'number', vague: false, comparison: '≈', value: 3000, unit: '份', unitClass: 'documents', valueUnit: '份' },
  },
  {
    seed: '000',
    input: { value: '5-10篇' },
    reading: { kind: 'range', vague: false, min: 5, max: 10, unit: '篇', unitClass: 'documents', valueUnit: '篇' },
  },
  {
    seed: '000',
    input: { value: '全省' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '000',
    input: { value: '实现电子商务网络零售额增长20%左右' },
    reading: { kind: 'number', vague: true, comparison: '≈', value: 20, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '000',
    input: { value: '一个月（月度）' },
    reading: { kind: 'number', vague: true, value: 1, unit: '月', unitClass: 'months', valueUnit: '月' },
    why: 'Chinese numeral at the start of the cell; the bracketed 月度 is extra wording',
  },
  {
    seed: '000',
    input: { value: '全年提供数据分析报告，共计12次' },
    reading: { kind: 'number', vague: true, value: 12, unit: '次', unitClass: 'times', valueUnit: '次' },
  },
  {
    seed: '000',
    input: { value: '当月提供前一个月全部数据情况和分析' },
    reading: { kind: 'qualitative', vague: true },
    why: 'a timeliness description: 一个月 inside prose is not a target',
  },
  {
    seed: '000',
    input: { value: '**人' },
    reading: { kind: 'placeholder', vague: false, unit: '人', unitClass: 'people', valueUnit: '人', placeholder: '**' },
    why: 'template text left in the cell',
  },
  {
    seed: '000',
    input: { value: '**份' },
    reading: { kind: 'placeholder', vague: false, unit: '份', unitClass: 'documents', valueUnit: '份', placeholder: '**' },
  },
  {
    seed: '000',
    input: { value: '**元/人/天' },
    reading: { kind: 'placeholder', vague: false, unit: '元/人/天', unitClass: 'rate-money', moneyScale: 1, valueUnit: '元/人/天', placeholder: '**' },
  },
  {
    seed: '000',
    input: { value: '**天' },
    reading: { kind: 'placeholder', vague: false, unit: '天', unitClass: 'days', valueUnit: '天', placeholder: '**' },
  },
  {
    seed: '000',
    input: { value: '>***%' },
    reading: { kind: 'placeholder', vague: false, comparison: '>', unit: '%', unitClass: 'percent', valueUnit: '%', placeholder: '***' },
    why: 'template text; its sign and unit are still read',
  },
  {
    seed: '000',
    input: { value: '>=**%' },
    reading: { kind: 'placeholder', vague: false, comparison: '>=', unit: '%', unitClass: 'percent', valueUnit: '%', placeholder: '**' },
  },
  {
    seed: '000',
    input: { value: '**篇' },
    reading: { kind: 'placeholder', vague: false, unit: '篇', unitClass: 'documents', valueUnit: '篇', placeholder: '**' },
  },
  {
    seed: '000',
    input: { value: '**条' },
    reading: { kind: 'placeholder', vague: false, unit: '条', unitClass: 'count', valueUnit: '条', placeholder: '**' },
  },
  {
    seed: '000',
    input: { value: '**次' },
    reading: { kind: 'placeholder', vague: false, unit: '次', unitClass: 'times', valueUnit: '次', placeholder: '**' },
  },
  {
    seed: '000',
    input: { value: '月/年' },
    reading: { kind: 'placeholder', vague: false, unit: '月/年', unitClass: 'date', valueUnit: '月/年', placeholder: '月/年' },
    why: 'a unit hint where the number should be',
  },
  {
    seed: '000',
    input: { value: '%' },
    reading: { kind: 'placeholder', vague: false, unit: '%', unitClass: 'percent', valueUnit: '%', placeholder: '%' },
    why: 'a unit with no number',
  },
  {
    seed: '000',
    input: { value: '条' },
    reading: { kind: 'placeholder', vague: false, unit: '条', unitClass: 'count', valueUnit: '条', placeholder: '条' },
    why: 'a unit with no number',
  },
  {
    seed: '000',
    input: { value: '35-40套' },
    reading: { kind: 'range', vague: false, min: 35, max: 40, unit: '套', unitClass: 'count', valueUnit: '套' },
  },
  {
    seed: '000',
    input: { value: '组织40家以上企业赴印尼等“一带一路”沿线重点国家抱团参加绍兴特色产品展，重点参加2019年雅加达国际纺织及服装机械展览会暨浙江对外贸易展。' },
    reading: { kind: 'number', vague: true, comparison: '>=', value: 40, unit: '家', unitClass: 'count', valueUnit: '家' },
    why: '2019年 is a calendar year, not a second quantity',
  },
  {
    seed: '000',
    input: { value: '在省商务厅2019年重点展会上，统一特装展位面积超过480平方米。' },
    reading: { kind: 'number', vague: true, comparison: '>', value: 480, unit: '平方米', unitClass: 'area', valueUnit: '平方米' },
  },
  {
    seed: '000',
    input: { value: '力争2019年社会消费品零售总额增长9%以上。' },
    reading: { kind: 'number', vague: true, comparison: '>=', value: 9, unit: '%', unitClass: 'percent', valueUnit: '%' },
    why: '2019年 is a calendar year, not a second quantity',
  },
  {
    seed: '001',
    input: { value: '800', operator: '=', unit: '平米' },
    reading: { kind: 'number', vague: false, comparison: '=', value: 800, unit: '平方米', unitClass: 'area', columnUnit: '平方米' },
  },
  {
    seed: '001',
    input: { value: '250', operator: '≥', unit: '人' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 250, unit: '人', unitClass: 'people', columnUnit: '人' },
  },
  {
    seed: '001',
    input: { value: '8', operator: '=', unit: '(%)' },
    reading: { kind: 'number', vague: false, comparison: '=', value: 8, unit: '%', unitClass: 'percent', columnUnit: '%' },
  },
  {
    seed: '001',
    input: { value: '90', operator: '≥', unit: '(%)' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 90, unit: '%', unitClass: 'percent', columnUnit: '%' },
  },
  {
    seed: '001',
    input: { value: '提升绍兴电子商务在全省范围内的知名度和影响力，营造良好的发展环境。', operator: '定性', unit: '' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '001',
    input: { value: '及时', operator: '定性', unit: '' },
    reading: { kind: 'qualitative', vague: true },
    why: 'no date: qualitative, not a date',
  },
  {
    seed: '001',
    input: { value: '提升绍兴本地内需市场，拉动消费4-5亿元', operator: '定性', unit: '' },
    reading: { kind: 'range', vague: true, min: 4, max: 5, unit: '亿元', unitClass: 'money', moneyScale: 100000000, valueUnit: '亿元' },
    why: '定性 sign, but the text carries a money range',
  },
  {
    seed: '001',
    input: { value: '13', operator: '≥', unit: '‰' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 13, unit: '‰', unitClass: 'permille', columnUnit: '‰' },
  },
  {
    seed: '001',
    input: { value: '200', operator: '=', unit: '场' },
    reading: { kind: 'number', vague: false, comparison: '=', value: 200, unit: '场', unitClass: 'times', columnUnit: '场' },
  },
  {
    seed: '001',
    input: { value: '', operator: '=', unit: '个' },
    reading: { kind: 'empty', vague: false, comparison: '=', unit: '个', unitClass: 'count', columnUnit: '个' },
    why: 'the 计算符号 and 计量单位 are filled but the value is not',
  },
  {
    seed: '001',
    input: { value: '500 元/人/天', operator: '定性', unit: '' },
    reading: { kind: 'number', vague: false, value: 500, unit: '元/人/天', unitClass: 'rate-money', moneyScale: 1, valueUnit: '元/人/天' },
    why: 'PDF space between number and unit',
  },
  {
    seed: '001',
    input: { value: '≥90%', operator: '定性', unit: '' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 90, unit: '%', unitClass: 'percent', valueUnit: '%' },
    why: '定性 sign over a quantitative value: the value still reads as a number (rule 17 decides)',
  },
  {
    seed: '001',
    input: { value: '6天', operator: '定性', unit: '' },
    reading: { kind: 'number', vague: false, value: 6, unit: '天', unitClass: 'days', valueUnit: '天' },
  },
  {
    seed: '001',
    input: { value: '100%', operator: '定性', unit: '' },
    reading: { kind: 'number', vague: false, value: 100, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '001',
    input: { value: '2021 年 12月 31日前完成', operator: '定性', unit: '' },
    reading: { kind: 'date', vague: false, unitClass: 'date', date: { year: 2021, month: 12, day: 31 }, deadline: true },
    why: 'PDF spacing; 前完成 makes it a deadline',
  },
  {
    seed: '001',
    input: { value: '5条', operator: '定性', unit: '' },
    reading: { kind: 'number', vague: false, value: 5, unit: '条', unitClass: 'count', valueUnit: '条' },
  },
  {
    seed: '001',
    input: { value: '建成绍兴跨境电商学院1个', operator: '定性', unit: '' },
    reading: { kind: 'number', vague: true, value: 1, unit: '个', unitClass: 'count', valueUnit: '个' },
    why: '定性 sign over a countable target',
  },
  {
    seed: '001',
    input: { value: '200', operator: '≤', unit: '元' },
    reading: { kind: 'number', vague: false, comparison: '<=', value: 200, unit: '元', unitClass: 'money', moneyScale: 1, columnUnit: '元' },
  },
  {
    seed: '001',
    input: { value: '6', operator: '=', unit: '县/区' },
    reading: { kind: 'number', vague: false, comparison: '=', value: 6, unit: '县/区', unitClass: 'other', columnUnit: '县/区' },
    why: '县/区 is not a dictionary unit: class other',
  },
  {
    seed: '001',
    input: { value: '推动企业开拓市场，组织宣传展会 10场以上', operator: '定性', unit: '' },
    reading: { kind: 'number', vague: true, comparison: '>=', value: 10, unit: '场', unitClass: 'times', valueUnit: '场' },
  },
  {
    seed: '001',
    input: { value: '65', operator: '≥', unit: '套' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 65, unit: '套', unitClass: 'count', columnUnit: '套' },
  },
  {
    seed: '001',
    input: { value: '1', operator: '≥', unit: '篇' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 1, unit: '篇', unitClass: 'documents', columnUnit: '篇' },
  },
  {
    seed: '001',
    input: { value: '5', operator: '=', unit: '篇' },
    reading: { kind: 'number', vague: false, comparison: '=', value: 5, unit: '篇', unitClass: 'documents', columnUnit: '篇' },
  },
  {
    seed: '001',
    input: { value: '20', operator: '=', unit: '人' },
    reading: { kind: 'number', vague: false, comparison: '=', value: 20, unit: '人', unitClass: 'people', columnUnit: '人' },
  },
  {
    seed: '001',
    input: { value: '300', operator: '≥', unit: '家' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 300, unit: '家', unitClass: 'count', columnUnit: '家' },
  },
  {
    seed: '001',
    input: { value: '3', operator: '≥', unit: '次' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 3, unit: '次', unitClass: 'times', columnUnit: '次' },
  },
  {
    seed: '001',
    input: { value: '1', operator: '≥', unit: '天' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 1, unit: '天', unitClass: 'days', columnUnit: '天' },
  },
  {
    seed: '001',
    input: { value: '为进一步加强与一带一路沿线国家的经贸合作交流，促成项目落地，营造更优化的服务环境，境外投资中方投资额同比增长 5%', operator: '定性', unit: '' },
    reading: { kind: 'number', vague: true, value: 5, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '001',
    input: { value: '维护', operator: '定性', unit: '' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '002',
    input: { value: '>=5' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 5 },
  },
  {
    seed: '002',
    input: { value: '>=100%' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 100, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '002',
    input: { value: '<=100%' },
    reading: { kind: 'number', vague: false, comparison: '<=', value: 100, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '002',
    input: { value: '>=2%' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 2, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '002',
    input: { value: '文字描述' },
    reading: { kind: 'placeholder', vague: false, placeholder: '文字描述' },
    why: 'the 河北 2021 template text',
  },
  {
    seed: '002',
    input: { value: '=500吨' },
    reading: { kind: 'number', vague: false, comparison: '=', value: 500, unit: '吨', unitClass: 'mass', valueUnit: '吨' },
  },
  {
    seed: '002',
    input: { value: '=12月' },
    reading: { kind: 'number', vague: false, comparison: '=', value: 12, unit: '月', unitClass: 'months', valueUnit: '月' },
    why: '储备时限: a bare N月 after a sign is a duration, not December',
  },
  {
    seed: '002',
    input: { value: '≤100%' },
    reading: { kind: 'number', vague: false, comparison: '<=', value: 100, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '002',
    input: { value: '1个' },
    reading: { kind: 'number', vague: false, value: 1, unit: '个', unitClass: 'count', valueUnit: '个' },
  },
  {
    seed: '002',
    input: { value: '=100%' },
    reading: { kind: 'number', vague: false, comparison: '=', value: 100, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '002',
    input: { value: '>=8小时' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 8, unit: '小时', unitClass: 'hours', valueUnit: '小时' },
  },
  {
    seed: '002',
    input: { value: '>=2个' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 2, unit: '个', unitClass: 'count', valueUnit: '个' },
  },
  {
    seed: '002',
    input: { value: '<=3天' },
    reading: { kind: 'number', vague: false, comparison: '<=', value: 3, unit: '天', unitClass: 'days', valueUnit: '天' },
  },
  {
    seed: '002',
    input: { value: '>=85%' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 85, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '003',
    input: { value: '169人' },
    reading: { kind: 'number', vague: false, value: 169, unit: '人', unitClass: 'people', valueUnit: '人' },
  },
  {
    seed: '003',
    input: { value: '≥5000元' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 5000, unit: '元', unitClass: 'money', moneyScale: 1, valueUnit: '元' },
  },
  {
    seed: '003',
    input: { value: '不涉及' },
    reading: { kind: 'not-applicable', vague: false },
  },
  {
    seed: '003',
    input: { value: '6辆' },
    reading: { kind: 'number', vague: false, value: 6, unit: '辆', unitClass: 'count', valueUnit: '辆' },
  },
  {
    seed: '003',
    input: { value: '10%' },
    reading: { kind: 'number', vague: false, value: 10, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '003',
    input: { value: '0.7万元' },
    reading: { kind: 'number', vague: false, value: 0.7, unit: '万元', unitClass: 'money', moneyScale: 10000, valueUnit: '万元' },
    why: '万 stays in the unit; the number stays as written',
  },
  {
    seed: '003',
    input: { value: '2万元' },
    reading: { kind: 'number', vague: false, value: 2, unit: '万元', unitClass: 'money', moneyScale: 10000, valueUnit: '万元' },
  },
  {
    seed: '003',
    input: { value: '0次' },
    reading: { kind: 'number', vague: false, value: 0, unit: '次', unitClass: 'times', valueUnit: '次' },
  },
  {
    seed: '003',
    input: { value: '3957㎡' },
    reading: { kind: 'number', vague: false, value: 3957, unit: '平方米', unitClass: 'area', valueUnit: '平方米' },
    why: '㎡ normalised to 平方米',
  },
  {
    seed: '003',
    input: { value: '≤131.2万元' },
    reading: { kind: 'number', vague: false, comparison: '<=', value: 131.2, unit: '万元', unitClass: 'money', moneyScale: 10000, valueUnit: '万元' },
  },
  {
    seed: '003',
    input: { value: '≥500人次' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 500, unit: '人次', unitClass: 'person-times', valueUnit: '人次' },
  },
  {
    seed: '003',
    input: { value: '≥300册' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 300, unit: '册', unitClass: 'documents', valueUnit: '册' },
  },
  {
    seed: '003',
    input: { value: '≥20000份' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 20000, unit: '份', unitClass: 'documents', valueUnit: '份' },
  },
  {
    seed: '003',
    input: { value: '=5%' },
    reading: { kind: 'number', vague: false, comparison: '=', value: 5, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '003',
    input: { value: '350万吨' },
    reading: { kind: 'number', vague: false, value: 350, unit: '万吨', unitClass: 'mass', valueUnit: '万吨' },
  },
  {
    seed: '003',
    input: { value: '正增长' },
    reading: { kind: 'qualitative', vague: true },
    why: 'a direction, not a number',
  },
  {
    seed: '003',
    input: { value: '=1000元/吨' },
    reading: { kind: 'number', vague: false, comparison: '=', value: 1000, unit: '元/吨', unitClass: 'rate-money', moneyScale: 1, valueUnit: '元/吨' },
  },
  {
    seed: '003',
    input: { value: '=12000头' },
    reading: { kind: 'number', vague: false, comparison: '=', value: 12000, unit: '头', unitClass: 'livestock', valueUnit: '头' },
  },
  {
    seed: '003',
    input: { value: '=25公斤' },
    reading: { kind: 'number', vague: false, comparison: '=', value: 25, unit: '公斤', unitClass: 'mass', valueUnit: '公斤' },
  },
  {
    seed: '003',
    input: { value: '≥80万人' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 80, unit: '万人', unitClass: 'people', valueUnit: '万人' },
    why: '万 stays in the unit',
  },
  {
    seed: '003',
    input: { value: '≥300亿元' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 300, unit: '亿元', unitClass: 'money', moneyScale: 100000000, valueUnit: '亿元' },
  },
  {
    seed: '003',
    input: { value: '≥900条' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 900, unit: '条', unitClass: 'count', valueUnit: '条' },
  },
  {
    seed: '003',
    input: { value: '12月底前完成' },
    reading: { kind: 'date', vague: false, unitClass: 'date', date: { month: 12 }, deadline: true },
    why: 'a deadline without a year',
  },
  {
    seed: '003',
    input: { value: '小于等于100万元' },
    reading: { kind: 'number', vague: false, comparison: '<=', value: 100, unit: '万元', unitClass: 'money', moneyScale: 10000, valueUnit: '万元' },
  },
  {
    seed: '003',
    input: { value: '蔬菜补贴成本单价1000元每吨' },
    reading: { kind: 'number', vague: true, value: 1000, unit: '元/吨', unitClass: 'rate-money', moneyScale: 1, valueUnit: '元/吨' },
    why: '元每吨 = 元/吨',
  },
  {
    seed: '003',
    input: { value: '引进重点招商项目的数量超50个' },
    reading: { kind: 'number', vague: true, comparison: '>', value: 50, unit: '个', unitClass: 'count', valueUnit: '个' },
    why: '超 = "more than"',
  },
  {
    seed: '003',
    input: { value: '3957平方米' },
    reading: { kind: 'number', vague: false, value: 3957, unit: '平方米', unitClass: 'area', valueUnit: '平方米' },
  },
  {
    seed: '003',
    input: { value: '储备蔬菜数量500吨' },
    reading: { kind: 'number', vague: true, value: 500, unit: '吨', unitClass: 'mass', valueUnit: '吨' },
  },
  {
    seed: '003',
    input: { value: '≥500人' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 500, unit: '人', unitClass: 'people', valueUnit: '人' },
  },
  {
    seed: '004',
    input: { value: '符合' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '004',
    input: { value: '干部6人，外加保洁、司机、临时工3人。共9人。' },
    reading: { kind: 'qualitative', vague: true },
    why: 'three head-counts: a description, not one target',
  },
  {
    seed: '004',
    input: { value: '260平方米' },
    reading: { kind: 'number', vague: false, value: 260, unit: '平方米', unitClass: 'area', valueUnit: '平方米' },
  },
  {
    seed: '004',
    input: { value: '95%以上' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 95, unit: '%', unitClass: 'percent', valueUnit: '%' },
  },
  {
    seed: '004',
    input: { value: '相当。每月每平方米200元左右。' },
    reading: { kind: 'number', vague: true, comparison: '≈', value: 200, unit: '元/月/平方米', unitClass: 'rate-money', moneyScale: 1, valueUnit: '元/月/平方米' },
    why: '每月每平方米 before the amount makes it a rate',
  },
  {
    seed: '004',
    input: { value: '5' },
    reading: { kind: 'number', vague: false, value: 5 },
  },
  {
    seed: '004',
    input: { value: '高铁或飞机' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '004',
    input: { value: '按实际审批天数' },
    reading: { kind: 'qualitative', vague: true },
    why: 'a deferral ("as approved"), not a target',
  },
  {
    seed: '004',
    input: { value: '按联络对象时间而定' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '004',
    input: { value: '不超出上年接待费标准' },
    reading: { kind: 'qualitative', vague: true },
    why: 'a limit with no number: nothing measurable',
  },
  {
    seed: '004',
    input: { value: '20天左右，按代表及领导的具体活动时间而定' },
    reading: { kind: 'number', vague: true, comparison: '≈', value: 20, unit: '天', unitClass: 'days', valueUnit: '天' },
  },
  {
    seed: '004',
    input: { value: '两次以上，按两会等重大节会要求所安排' },
    reading: { kind: 'number', vague: true, comparison: '>=', value: 2, unit: '次', unitClass: 'times', valueUnit: '次' },
    why: '两 read as 2 at the start of the cell; 两会 later is a word',
  },
  {
    seed: '004',
    input: { value: '及时有效开展，做好和有关部门对接工作。' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '004',
    input: { value: '有所提升，在为代表服务、为领导服务、为有关企业服务过程中，通过合作沟通，得到一致好评。' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '004',
    input: { value: '日常100元/天，接待任务时不超过中央、省、市有关规定' },
    reading: { kind: 'number', vague: true, value: 100, unit: '元/天', unitClass: 'rate-money', moneyScale: 1, valueUnit: '元/天' },
    why: '不超过 is not next to the number: it limits the 规定, not the 100',
  },
  {
    seed: '004',
    input: { value: '单位职工6人，外加保洁、司机、临时工，共9人，另外按实际接待人数定。' },
    reading: { kind: 'qualitative', vague: true },
    why: 'two head-counts plus a deferral',
  },
  {
    seed: '004',
    input: { value: '全年' },
    reading: { kind: 'qualitative', vague: true },
    why: '"all year": no date, no number',
  },
  {
    seed: '004',
    input: { value: '每日一打扫、每月一大保洁' },
    reading: { kind: 'qualitative', vague: true },
  },
  {
    seed: '004',
    input: { value: '每季度1-2次，按有关活动要求安排' },
    reading: { kind: 'range', vague: true, min: 1, max: 2, unit: '次', unitClass: 'times', valueUnit: '次' },
    why: '每季度 qualifies the count; the trailing clause is prose',
  },
  {
    seed: '004',
    input: { value: '3-5次，具体按市里有关要求开展。' },
    reading: { kind: 'range', vague: true, min: 3, max: 5, unit: '次', unitClass: 'times', valueUnit: '次' },
  },
  {
    seed: '004',
    input: { value: '300-500平方米，按实际场地安排' },
    reading: { kind: 'range', vague: true, min: 300, max: 500, unit: '平方米', unitClass: 'area', valueUnit: '平方米' },
  },
  {
    seed: '004',
    input: { value: '250人以上' },
    reading: { kind: 'number', vague: false, comparison: '>=', value: 250, unit: '人', unitClass: 'people', valueUnit: '人' },
  },
  {
    seed: '004',
    input: { value: '200余位' },
    reading: { kind: 'number', vague: false, comparison: '>', value: 200, unit: '人', unitClass: 'people', valueUnit: '人' },
    why: '余 = "more than"; 位 counts people',
  },
  {
    seed: '004',
    input: { value: '30多批次市领导，40多批次部门和企业的领导' },
    reading: { kind: 'qualitative', vague: true },
    why: 'two targets in one cell',
  },
  {
    seed: '004',
    input: { value: '满足业务需求' },
    reading: { kind: 'qualitative', vague: true },
  },
];
