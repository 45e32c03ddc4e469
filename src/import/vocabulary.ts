/**
 * The words tables use for their columns and labels. Layouts are recognised from these words, never
 * from column letters, so a table with an extra or missing column, or columns in another order,
 * still imports. Every lookup goes through `normalizeLabel`, which ignores spacing, line breaks,
 * full-width/half-width forms and a trailing colon (as header cells are typed all sorts of ways).
 */
import type { Funding } from '../document/model.js';
import { normalizeHeaderLabel } from '../analysis/text.js';

export const normalizeLabel = normalizeHeaderLabel;

/** no header or label cell is longer: a longer cell is content, and is not looked up */
const MAX_LABEL = 80;

/** What a column of the indicator grid holds. */
export type ColumnRole =
  | 'unitCode'
  | 'unitName'
  | 'fundingGroup'
  | FundingKey
  | 'goal'
  | 'periodGoal'
  | 'level1'
  | 'level2'
  | 'name'
  | 'operator'
  | 'value'
  | 'unit'
  | 'weight'
  | 'description'
  | 'basis'
  | 'valueType'
  | 'direction'
  | 'valueNote'
  | 'scoring'
  | 'personalName'
  | 'personalValue'
  | 'personalDescription'
  | 'groupLabel'
  | 'groupProject'
  | 'projectName'
  | 'actual'
  | 'score'
  | 'deviation'
  | 'remark';

export type FundingKey = keyof Funding;

const FUNDING_WORDS: Array<[FundingKey, string[]]> = [
  ['total', ['总计', '合计', '预算数', '资金总额', '年度资金总额', '预算总额', '项目资金总额', '年度资金申请总额', '年度金额']],
  ['generalBudget', ['一般公共预算', '一般公共预算拨入', '财政资金', '其中：财政资金', '财政拨款', '预算资金', '公共财政拨款', '一般公共预算拨款']],
  ['governmentFund', ['政府性基金', '政府性基金预算', '政府基金预算拨入', '政府性基金拨入']],
  ['specialAccount', ['专户资金', '财政专户', '财政专户资金', '纳入专户管理的非税收入拨款']],
  ['other', ['其他资金', '其它资金', '其他', '其它', '其它收入（含经营收入）', '其他收入（含经营收入）', '其它收入', '其他收入']],
  ['carryOver', ['上年结转']],
  ['advanceTransfer', ['提前告知转移支付']],
  ['selfRaised', ['单位自筹', '自有资金', '单位自有资金']],
  // the 转移支付 自评表's split of a transfer (安徽 休宁 2023, 霍山 2024)
  ['centralFunds', ['中央财政资金', '中央资金', '中央补助', '中央补助资金', '中央财政补助资金']],
  ['localFunds', ['地方资金', '地方财政资金', '地方配套资金']],
];

const COLUMN_WORDS: Array<[ColumnRole, string[]]> = [
  ['unitCode', ['单位编码', '单位代码', '预算单位编码']],
  ['unitName', ['单位名称', '单位名称(项目名称)', '单位(项目)名称', '单位(专项)名称', '预算单位(项目)名称', '预算单位', '预算单位名称', '项目单位']],
  ['projectName', ['项目名称', '项目支出名称', '专项名称', '项目']],
  ['fundingGroup', ['资金安排', '资金安排(元)', '资金安排(万元)', '资金来源']],
  ...FUNDING_WORDS,
  ['goal', ['总体绩效目标', '年度绩效目标', '总体目标', '年度目标']],
  ['periodGoal', ['实施期绩效目标', '实施期目标', '中期绩效目标', '中期目标']],
  // (一级 | 二级 | 三级: the short headers of compact tables)
  // (评价指标 over stage | 二级 | 目标N: the older 投入/产出/效果 templates, 福建 2017)
  ['level1', ['一级指标', '一级指标名称', '一级', '评价指标', '绩效指标分类', '指标分类']],
  ['level2', ['二级指标', '二级指标名称', '二级']],
  ['name', ['三级指标', '三级', '明细指标', '指标名称', '三级指标(明细指标)', '指标内容', '三级指标内容', '三级指标名称', '绩效指标名称', '明细指标名称', '具体指标', '考核指标', '指标', '绩效内容']],
  ['operator', ['计算符号', '符号', '比较符号', '运算符号', '比较符', '运算符']],
  ['value', ['指标值', '目标值', '年度指标值', '指标值及单位', '预期值', '预期目标值', '年度目标值', '绩效目标值', '指标目标值', '预期达到目标', '预期目标', '目标值(预期)', '计划指标值', '计划值', '指标值(或计划水平)', '指标值(包含数字及文字描述)', '年初目标值', '年初指标值', '预期实现值', '年初设定目标值', '预期指标值', '具体指标值', '绩效指标值', '考核指标值', '计划完成值', '全年绩效目标']],
  ['unit', ['计量单位', '度量单位', '指标单位']],
  ['weight', ['指标权重', '权重', '权重(%)', '分值', '指标分值', '权重分值', '分值权重', '比重', '评分权重', '标准分', '标准分值', '满分', '满分值']],
  ['description', ['指标描述', '绩效指标描述', '指标解释', '指标说明', '指标值内容']],
  ['basis', ['指标值确定依据', '确定依据', '指标值设定依据', '绩效标准', '评价标准', '指标值设置依据', '目标值确定依据', '目标值设定依据', '指标设定依据', '参考标准', '评价标准确定依据']],
  ['valueType', ['指标值类型', '指标性质', '指标类型', '指标属性', '定量/定性', '定性/定量']],
  ['direction', ['指标方向', '指标方向性']],
  ['valueNote', ['指标值说明']],
  ['scoring', ['评(扣)分标准', '评分标准', '扣分标准', '评(扣分标准)', '评(扣分)标准', '评分(扣分)标准', '评(扣)分规则', '评分规则', '得分计算方法', '计分方法', '评分方法']],
  ['groupLabel', ['整体支出绩效指标', '整体绩效指标']],
  ['groupProject', ['项目名称及金额(万元)', '项目名称及金额(元)', '项目名称及金额']],
  ['actual', ['实际完成值', '单项指标实际完成值', '实际完成情况', '全年实际值', '实际值', '完成值', '实际完成指标值', '实际完成数', '实际完成数值', '实际完成', '实际达成值', '实际实现值', '实现值', '实际执行值', '完成情况', '执行结果']],
  ['score', ['得分', '自评得分', '实际得分', '指标得分', '评分', '自评分', '自评分值', '得分值', '考核得分', '评价得分']],
  ['deviation', ['偏差原因分析及改进措施', '偏差原因分析及改进意见', '未完成原因分析', '偏差原因', '偏差原因分析', '未完成原因及改进措施', '未完成原因及拟采取的改进措施']],
  ['remark', ['备注']],
];

function index<K>(entries: Array<[K, string[]]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [key, words] of entries) for (const w of words) map.set(normalizeLabel(w), key);
  return map;
}

const COLUMN_INDEX = index(COLUMN_WORDS);
const FUNDING_INDEX = index(FUNDING_WORDS);

/**
 * The role of a header cell. The 浙江 2019 个性 columns are written many ways on one sheet
 * (明细指标（个性）, 月细指标（个性）, 二级指标 (个性)); anything marked 个性 is matched by what it is about.
 */
export function columnRole(text: string): ColumnRole | undefined {
  return headerCell(text)?.role;
}

/** 年度 or 实施期 (中期, 长期) columns, when a header says which */
export type HeaderPeriod = 'annual' | 'period';

export interface HeaderCell {
  role: ColumnRole;
  /** from a "(年度)" or "(长期)" marker, or a 年度…/中期… prefix */
  period?: HeaderPeriod;
}

const PERIOD_MARK = /[(](年度|当年|本年度|中期|长期|实施期)[)]/;
// (全年(程) 指标值 beside 半年(程) 指标值, 江苏 镇江 2024: the whole year's, or the whole project's, target)
const ANNUAL_PREFIX = /^(?:当年度|本年度|年度|当年|本年|全年\(程\)|全年|全程)/;
/** 2024年指标值, 2024年度目标值: the budget year named in front of a target column */
const YEAR_PREFIX = /^(?:19|20)\d{2}年度?/;
/**
 * 实施周期指标值, 全周期目标值, 中期指标值, 项目期目标值, 三年指标值, 2023-2025年指标值: a period named in
 * front of the column's name rather than in brackets
 */
export const PERIOD_PREFIX = /^(?:实施周期|全周期|中长期|中期|长期|实施期|项目期|滚动|总体|整体|[二三四五2-5]年|(?:19|20)\d{2}[-—–~至](?:19|20)?\d{2}年度?)/u;
// (a bracket left open at the end, 年初目标值(A, is a note whose closing bracket a copy lost: 湖北 黄石 2023)
const DECORATION = /^[*★※]+|[*★※]+$|[(][^()]*[)]$|[(][^()]{0,4}$|及单位$|及计量单位$|及数据来源$|^绩效(?=指标值|度量单位|指标性质)/g;

/**
 * A header cell's role, read with the tolerance real templates need: a leading `*`, a bracketed
 * qualifier or note (指标值（包含数字及文字描述）, 权重（%）), a "及单位" suffix, and (年度)/(长期)
 * period markers, which are returned beside the role.
 */
export function headerCell(text: string): HeaderCell | undefined {
  if (text.length > MAX_LABEL) return undefined;
  const label = normalizeLabel(text);
  if (label === '') return undefined;
  if (label.includes('个性')) {
    if (label.includes('指标值')) return { role: 'personalValue' };
    if (label.includes('描述')) return { role: 'personalDescription' };
    return { role: 'personalName' };
  }
  const exact = COLUMN_INDEX.get(label);
  if (exact) return { role: exact };
  const mark = PERIOD_MARK.exec(label)?.[1];
  const period: HeaderPeriod | undefined = mark === undefined ? undefined : /年/.test(mark) ? 'annual' : 'period';
  let stem = label.replace(PERIOD_MARK, '');
  for (let previous = ''; previous !== stem; ) {
    previous = stem;
    stem = stem.replace(DECORATION, '');
  }
  const role = COLUMN_INDEX.get(stem);
  if (role) return period ? { role, period } : { role };
  // 当年度指标值, 实施周期指标值: the period named in front
  const annualRole = ANNUAL_PREFIX.test(stem) ? COLUMN_INDEX.get(stem.replace(ANNUAL_PREFIX, '')) : undefined;
  if (annualRole) return { role: annualRole, period: 'annual' };
  if (YEAR_PREFIX.test(stem) && COLUMN_INDEX.get(stem.replace(YEAR_PREFIX, '')) === 'value') return { role: 'value', period: 'annual' };
  const periodRole = PERIOD_PREFIX.test(stem) ? COLUMN_INDEX.get(stem.replace(PERIOD_PREFIX, '')) : undefined;
  return periodRole ? { role: periodRole, period: 'period' } : undefined;
}

export function fundingKey(text: string): FundingKey | undefined {
  return FUNDING_INDEX.get(normalizeLabel(text));
}

/** money unit named in a header or label, e.g. 资金安排（万元）, 年度预算（万元） */
export function moneyUnitIn(text: string): '元' | '万元' | undefined {
  const label = normalizeLabel(text);
  if (/\(万元\)|单位[:：]?万元/.test(label)) return '万元';
  if (/\(元\)|单位[:：]?元$/.test(label)) return '元';
  return undefined;
}

export const INDICATOR_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'actual',
  'score',
  'deviation',
  'level1',
  'level2',
  'name',
  'operator',
  'value',
  'unit',
  'weight',
  'description',
  'basis',
  'valueType',
  'direction',
  'valueNote',
  'scoring',
  'personalName',
  'personalValue',
  'personalDescription',
]);

export const FUNDING_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(FUNDING_WORDS.map(([k]) => k));

/** Labels of the 河北 key-value block and of the 部门整体 table (the first cell of a row). */
export type BlockLabel =
  | 'code'
  | 'name'
  | 'budget'
  | 'spendingPlan'
  | 'goals'
  | 'goal'
  | 'overallGoal'
  | 'department'
  | 'reportingUnit'
  | 'budgetWrapper'
  | 'budgetAmount'
  | 'income'
  | 'period'
  | 'periodGoal'
  | 'periodIndicators'
  | 'annualIndicators';

const BLOCK_WORDS: Array<[BlockLabel, string[]]> = [
  ['code', ['项目编码', '项目代码', '专项资金编码']],
  ['name', ['项目名称', '专项资金名称', '专项名称', '项目支出名称', '项目名称(全称)', '项目(专项)名称', '专项(项目)名称', '资金名称', '二级项目名称', '转移支付(项目)名称', '转移支付名称', '转移支付项目名称', '预算项目名称', '项目全称', '项目(资金)名称', '资金项目名称']],
  ['budget', ['预算规模及资金用途', '预算规模', '资金规模及用途', '项目资金', '项目资金(万元)', '项目资金(元)', '年度本级预算金额', '项目资金(万元)年度资金总额', '资金情况', '资金情况(万元)', '资金情况(元)', '项目预算执行情况', '预算执行情况', '预算执行情况(万元)', '预算执行情况(元)', '预算资金', '预算资金(万元)', '预算资金(元)', '年度预算申请', '年度预算安排', '项目资金申请', '资金投入情况', '投入目标', '资金总额及构成', '项目金额', '项目资金情况', '预算安排情况', '专项资金情况']],
  ['spendingPlan', ['资金支出计划(%)', '资金支出计划', '支出计划(%)', '资金支出进度计划(%)']],
  ['goals', ['绩效目标', '年度绩效目标', '项目绩效目标', '当年绩效目标']],
  ['goal', ['年度整体支出绩效目标', '总体绩效目标', '总体目标', '整体绩效目标', '本年度绩效目标', '年度目标', '年度总体目标', '项目总体目标']],
  ['department', ['部门名称', '主管部门', '部门', '预算部门', '主管部门名称', '主管部门(单位)名称', '主管单位', '预算部门名称', '部门(单位)名称', '项目主管部门', '区县主管部门', '市县主管部门', '区级主管部门', '县级主管部门', '地方主管部门', '主管预算部门', '一级预算单位名称', '业务主管部门', '省级业务主管部门', '市级业务主管部门', '实施(主管)单位', '主管(实施)单位']],
  ['reportingUnit', ['填报单位(盖公章)', '填报单位', '预算单位', '实施单位', '实施单位名称', '预算单位名称', '项目实施单位', '填报单位名称', '项目单位', '单位名称', '申报单位', '具体实施单位', '单位信息', '下达地方或单位', '项目执行单位', '执行单位', '资金使用单位', '项目单位名称']],
  ['budgetWrapper', ['年度预算(万元)', '年度预算(元)', '年度预算']],
  ['budgetAmount', ['当年预算', '本年预算', '当年预算数', '本年预算数', '当年年度预算', '资金总额', '项目总预算', '项目总投资', '项目预算金额', '本年度申请市财政预算资金', '下达中央预算内投资', '本次下达中央预算内投资', '年度资金总额', '年度预算金额', '项目总金额', '申请金额', '年度申请金额', '申请资金']],
  ['income', ['年度收入预算']],
  ['period', ['实施期', '项目期', '项目实施期', '项目期限', '项目支出实施期', '项目起止时间', '项目实施周期', '实施周期', '实施期限', '项目实施期限', '项目起止年限']],
  ['periodGoal', ['实施期目标', '中期目标', '长期目标', '实施期绩效目标', '中期绩效目标', '长期绩效目标', '中长期目标', '中长期绩效目标']],
  ['periodIndicators', ['实施期绩效指标', '中期绩效指标', '长期绩效指标', '中长期绩效指标', '实施期指标', '中期指标', '长期指标', '中长期指标']],
  ['annualIndicators', ['年度绩效指标', '年度指标', '本年度绩效指标']],
];

const BLOCK_INDEX = index(BLOCK_WORDS);

/** 年度整体支出目标3, 目标1: numbered goal rows */
export const NUMBERED_OVERALL_GOAL = /^年度整体支出目标\d+$/;
export const NUMBERED_GOAL = /^目标\d+$/;
const NUMBERED_ANNUAL_GOAL = /^年度(?:绩效)?目标\d+$/u;

/**
 * A person or a way to reach them, as a form labels it beside other fields on one row
 * (专项负责人 | 欧阳光 | 联系人及电话 | 180…, 湖南 南岳 2023; 项目名称 | … | 项目负责人及电话, 南岳 2018;
 * 部门联系人 | 曾雪莲 | 联系电话, 重庆 科学城 2021).
 */
const CONTACT_LABEL = /^(?:项目|专项|部门|单位)?(?:负责人|联系人|经办人)(?:[及/、]?(?:联系)?电话)?[:：]?$|^(?:联系)?电话[:：]?$|^联系方式[:：]?$/u;

/**
 * The form's own short fields, printed as label | value pairs along a row (项目类型 | 常年安排项目 |
 * 项目级次 | 市本级, then 开始时间 | 2024年 | 完成时间 | 2026年, 江苏 镇江 2024; 补助区域 | 市本级, 福建 龙岩
 * 2023; 是否为专项资金: | (blank), 河北 成安 2020), or a contact label.
 * Two such labels on a row are pairs, not headings over a record.
 */
const FORM_FIELD_LABEL = /^(?:项目|专项)?(?:类型|类别|级次|层级)$|^(?:项目)?(?:开始|完成|起始|结束|截止)(?:时间|日期|年度|年份)$|^补助(?:区域|地区)$|^是否为?[^:：]{2,8}[:：]?$/u;

export function isFormFieldLabel(text: string): boolean {
  const label = normalizeLabel(text);
  return CONTACT_LABEL.test(label) || FORM_FIELD_LABEL.test(label);
}

/** "(10分)", "（20分）" after a label */
// (its opening bracket lost in a copy: 预算执行情况(万元)\n20分), 湖北 黄石 2023)
const POINTS_NOTE = /[(（]?\d+(?:\.\d+)?分[)）]$/u;
const MONEY_UNIT_NOTE = /[(（](?:万元|元)[)）]$/u;
/** 实施单位(盖章), 主管部门(单位), 中期目标(2023-2025年): a note after the label that does not change what it is */
const LABEL_NOTE = /[(（](?:盖章|公章|盖公章|签章|单位|(?:19|20)\d{2}[^()（）]*)[)）]$/u;
/** 主管部门(单位)名称及部门预算编码 (福建 龙岩 2023), 主管部门及代码: the field also asks for the unit's code */
const CODE_NOTE = /及(?:其)?(?:部门)?(?:预算)?(?:编码|代码)$/u;

/** a section's number in front of its label: (二)中长期绩效指标 (浙江 慈溪 2023), 三、 */
const SECTION_NUMBER = /^(?:[(][一二三四五六七八九十]{1,3}[)]|[一二三四五六七八九十]{1,3}[、.])/u;

/**
 * 一、基本情况, 三、目标完成情况: a numbered section heading in a column of its own left of the form
 * (河北 一体化 自评表, 成安 2020), heading rows whose own labels follow it; not a label of a value.
 */
export function isNumberedFormSection(text: string): boolean {
  return text.length <= MAX_LABEL && SECTION_NUMBER.test(normalizeLabel(text)) && blockLabel(text) === undefined;
}

export function blockLabel(text: string): BlockLabel | undefined {
  if (text.length > MAX_LABEL) return undefined;
  const label = normalizeLabel(text).replace(SECTION_NUMBER, '');
  if (NUMBERED_OVERALL_GOAL.test(label)) return 'overallGoal';
  // 项目预算执行情况(10分): the points a block is worth do not change what it is; nor does the
  // money unit a label names (项目预算金额(万元), 年度预算申请(万元)), a seal or the years it spans
  const found =
    BLOCK_INDEX.get(label) ??
    BLOCK_INDEX.get(label.replace(POINTS_NOTE, '')) ??
    BLOCK_INDEX.get(label.replace(MONEY_UNIT_NOTE, '')) ??
    BLOCK_INDEX.get(label.replace(LABEL_NOTE, '')) ??
    BLOCK_INDEX.get(label.replace(CODE_NOTE, ''));
  if (found) return found;
  // 年度目标1:(80分) (安徽 天长 2020): a numbered annual goal
  if (NUMBERED_ANNUAL_GOAL.test(label.replace(POINTS_NOTE, '').replace(/[:：]+$/u, ''))) return 'goal';
  return goalByShape(label.replace(ANY_NOTE, ''));
}

/** a note in brackets after a label: 年度绩效目标（定性描述）, 绩效目标(年度) */
const ANY_NOTE = /[(（][^()（）]*[)）]$/u;
/** 预期绩效目标, 项目年度绩效目标, 年度总体绩效目标, 绩效目标描述: worded as a goal */
const GOAL_SHAPE = /(?:绩效|年度|总体|预期|实施)\S*目标(?:描述|内容)?$/u;
const PERIOD_GOAL_WORDS = /中期|长期|实施期|实施周期|项目期/u;
/**
 * what a goal's result, score or indicators are labelled (年度目标完成情况, 绩效目标值, 调整后目标), and
 * records of goals by item or duty (河北 2023 分项绩效目标 over 项目 | 绩效目标 | 绩效指标, the 部门整体
 * form's 年度履职目标 over 部门职能 | 年度目标任务 | …)
 */
const NOT_GOAL = /完成|实际|指标|值|调整|评价|自评|得分|履职|任务|分项|子项/u;
const MAX_GOAL_LABEL = 12;

/** A goal label no template list holds, known by its words: the year's goal, or the period's. */
function goalByShape(label: string): 'goal' | 'periodGoal' | undefined {
  // (项目年度目标 over its text, beside 年度目标完成情况, is a heading: readGoalHeadings reads it)
  if (label.length > MAX_GOAL_LABEL || !GOAL_SHAPE.test(label) || NOT_GOAL.test(label) || goalHeading(label) !== undefined) return undefined;
  return PERIOD_GOAL_WORDS.test(label) ? 'periodGoal' : 'goal';
}

/**
 * Which goal label becomes `goal` when a table has several: the table's own goal cell wins over
 * the prose 总体绩效目标 printed above it (the other one is kept in extensions under its label).
 */
export const GOAL_LABEL_PRIORITY = ['年度整体支出绩效目标', '整体绩效目标', '总体绩效目标', '总体目标', '年度绩效目标', '绩效目标'];

export function goalPriority(label: string): number {
  const i = GOAL_LABEL_PRIORITY.indexOf(normalizeLabel(label));
  return i === -1 ? GOAL_LABEL_PRIORITY.length : i;
}

/** 3月底 → 3, 12月 → 12 */
export function monthOf(text: string): number | undefined {
  const m = /^(\d{1,2})月(?:底|末)?$/.exec(normalizeLabel(text));
  const month = m ? Number(m[1]) : NaN;
  return month >= 1 && month <= 12 ? month : undefined;
}

/** a budget sub-label, also when extra text was typed after it */
export function fundingKeyLoose(text: string): { key: FundingKey; canonical?: string } | undefined {
  const exact = fundingKey(text);
  if (exact) return { key: exact };
  // (一、预算资金, 1.中央资金, (三)其他: the numbering of a list of sources)
  const label = normalizeLabel(text).replace(SOURCE_NUMBERING, '');
  const numbered = fundingKey(label);
  if (numbered) return { key: numbered };
  for (const [key, words] of FUNDING_WORDS) {
    for (const w of words) {
      const n = normalizeLabel(w);
      if (n.length >= 4 && label.startsWith(n)) return { key, canonical: w };
    }
  }
  return undefined;
}

const SOURCE_NUMBERING = /^(?:[一二三四五六七八九十]+[、.]|\d+[、.]|\([一二三四五六七八九十\d]+\))/u;

/** The columns of a 自评表 money block: 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分. */
export type ExecutionColumn = 'initial' | 'budget' | 'spent' | 'rate' | 'weight' | 'score';

const EXECUTION_COLUMNS: Array<[ExecutionColumn, RegExp]> = [
  ['initial', /^年初预算(?:数)?/],
  ['budget', /^(?:全年预算|调整后预算)(?:数)?|^预算数/],
  ['spent', /^(?:全年|预算)?执行数/],
  ['rate', /执行率/],
  ['weight', /^(?:分值|权重)/],
  ['score', /^得分/],
];

export function executionColumn(text: string): ExecutionColumn | undefined {
  // (the bracket says how, not what: 得分(20分*执行率), 湖北 2020, is the score, not the rate)
  const label = normalizeLabel(text).replace(/[(][^()]*[)]/g, '');
  return EXECUTION_COLUMNS.find(([, re]) => re.test(label))?.[0];
}

/** The role of a money block's column heading when the block is written across (readMoneyAcross). */
export type MoneyColumnAcross = 'total' | 'source' | 'spent' | 'rate';

const ACROSS_TOTAL_WORDS: ReadonlySet<string> = new Set(['合计', '总计', '资金总额', '年度资金总额', '本年度预计投入', '预计投入', '本年度投入'].map(normalizeLabel));
/** 中央 | 省、地 | 本级 (湖北 广水 2021), 中央 | 省级 | 市级资金 | 本级 (湖南 南岳 2023): money by level of government */
const GOVERNMENT_LEVEL_SOURCE = /^(?:中央|省|省级|省、?地|市|市级|地|县|县级|区|区级|本级)(?:财政)?(?:资金|补助)?$/u;

/**
 * A money block written across instead of down (湖北 广水 2021: 来源 | 中央(万元) | 省、地(万元) | 本级(万元) |
 * 其他(万元) | 合计(万元) | 执行数(万元) | 执行率, the amounts on the row below; 湖南 南岳 2023: 本年度预计投入(万元) |
 * 财政资金(万元) | 其他): what a heading of such a row names, its money-unit note aside.
 */
export function moneyColumnAcross(text: string): MoneyColumnAcross | undefined {
  const label = normalizeLabel(text).replace(MONEY_UNIT_NOTE, '');
  if (ACROSS_TOTAL_WORDS.has(label)) return 'total';
  const execution = executionColumn(text);
  if (execution === 'spent' || execution === 'rate') return execution;
  return GOVERNMENT_LEVEL_SOURCE.test(label) || fundingKey(label) !== undefined ? 'source' : undefined;
}

/** money-line labels only 自评表 print (总额, 财政专户管理资金, 单位资金, 上年结转资金) */
const EXECUTION_LINE_WORDS: Array<[FundingKey, string[]]> = [
  ['total', ['总额', '年度财政资金总额', '财政资金总额', '部门整体支出总额', '整体支出总额']],
  ['specialAccount', ['财政专户管理资金']],
  ['selfRaised', ['单位资金']],
  ['carryOver', ['上年结转资金']],
];
const EXECUTION_LINE_INDEX = index(EXECUTION_LINE_WORDS);

/** "其中：当年财政拨款", "上年结转 资金", "年度资金总额：": the source a money line is about */
export function moneyLineKey(text: string): FundingKey | undefined {
  if (text.length > MAX_LABEL) return undefined;
  const label = normalizeLabel(text).replace(/^其中[:：]?/, '').replace(/^(?:当年|本年)/, '');
  return fundingKey(label) ?? EXECUTION_LINE_INDEX.get(label) ?? fundingKeyLoose(label)?.key;
}

/**
 * 按收入性质分 | 按支出性质分 (the 部门整体支出 form, 湖南 祁东 2024, 澧县 2021, 零陵 2021): the money
 * block's total split two ways, by source on the left and by what it pays for on the right.
 */
const SPLIT_HEADING = /^按(收入|支出)性质分/u;

export function splitHeading(text: string): 'income' | 'spending' | undefined {
  const m = SPLIT_HEADING.exec(normalizeLabel(text));
  return m ? (m[1] === '收入' ? 'income' : 'spending') : undefined;
}

/** 基本支出 and 项目支出, the lines of the 按支出性质分 split (其中:基本支出 as the first) */
export function expenditureKey(text: string): 'basic' | 'project' | undefined {
  const label = normalizeLabel(text).replace(/^其中[:：]?/u, '');
  return label === '基本支出' ? 'basic' : label === '项目支出' ? 'project' : undefined;
}

/** What a heading over a goal cell introduces: the annual goal, the period goal, or the 自评 completion text. */
export type GoalHeading = 'annual' | 'period' | 'completion';

const GOAL_HEADING_WORDS: Array<[GoalHeading, string[]]> = [
  ['annual', ['年度目标', '预期目标', '年度预期目标', '年初设定目标', '年度绩效目标', '当年目标', '年度总目标', '项目年度目标', '总体目标', '年度总体目标', '年初绩效目标', '全年(调整)绩效目标']],
  ['period', ['中期目标', '实施期目标', '长期目标', '中期绩效目标', '实施期绩效目标', '实施周期总目标', '中期滚动目标', '项目总目标']],
  ['completion', ['实际完成情况', '全年实际完成情况', '年度实际完成情况', '年度总体目标完成情况综述', '年度目标完成情况', '完成情况', '目标完成情况', '全年目标实际完成情况', '具体完成情况', '总体完成率']],
];
const GOAL_HEADING_INDEX = index(GOAL_HEADING_WORDS);

/** "年度目标", "中期目标(2023年—2025年)", "实际完成情况": a heading whose text stands in the cell below */
export function goalHeading(text: string): GoalHeading | undefined {
  if (text.length > MAX_LABEL) return undefined;
  const label = normalizeLabel(text).replace(/\([^()]*\)$/, '');
  return GOAL_HEADING_INDEX.get(label) ?? (/(?:目标|实际)完成情况(?:综述)?$/.test(label) ? 'completion' : undefined);
}

/** "中期目标(2023年—2025年)": the years a heading's brackets name, as written ("2023年—2025年") */
export function spanInHeading(text: string): string | undefined {
  const note = /[(（]([^()（）]*\d{4}[^()（）]*)[)）]\s*$/u.exec(text.trim())?.[1]?.trim();
  return note !== undefined && /\d{4}[^\d]+\d{4}/u.test(note) ? note : undefined;
}

/** "总", "总体": a goal label printed one character a line, of which the transcription kept the top */
export function isCutGoalLabel(text: string): boolean {
  const label = normalizeLabel(text);
  return label !== '' && ['总体目标', '绩效目标'].some((w) => w.startsWith(label));
}
