/**
 * What a 三级 name can be measured in, beyond the suffix table of vocabulary.ts.
 *
 * Names that state an aim ("促进村集体经济发展", "维护社会稳定", "项目维持时效") rather than a
 * quantity, and the words that make a name a rate or a share. A percentage needs a numerator and a
 * denominator; an aim has neither, so "促进…发展 ≥95%" cannot be assessed. Data: extend freely.
 */
import { DATE_NAME_WORDS } from './excel-dates.js';
import { normalizeIndicatorLabel } from './text.js';
import { stripTrailingBrackets } from './vocabulary.js';

/** Verbs that open an aim: what a project is for, not what it counts. */
export const AIM_VERBS: readonly string[] = Object.freeze(['促进', '推动', '推进', '维护', '维持', '保护', '助推', '带动', '确保', '保证']);

/** Any of these in a name makes it a rate, a share or a degree that a percentage measures. */
export const RATE_NAME_WORDS: readonly string[] = Object.freeze([
  '率',
  '比例',
  '占比',
  '比重',
  '份额',
  '满意',
  '知晓',
  '覆盖',
  '达标',
  '合格',
  '程度',
  '增长',
  '增幅',
  '降幅',
  '下降',
  '提高',
  '提升',
  '同比',
  '环比',
  '百分',
  '%',
  '％',
]);

/** The name contains a rate/share word. */
export function hasRateWord(name: string): boolean {
  const text = normalizeIndicatorLabel(name);
  return RATE_NAME_WORDS.some((w) => text.includes(w));
}

/** The name states an aim (contains an aim verb) and no rate word. */
export function isAimName(name: string): boolean {
  const text = normalizeIndicatorLabel(name);
  return text !== '' && AIM_VERBS.some((v) => text.includes(v)) && !hasRateWord(text);
}

/** Words that make a percentage below 100 the size of a change (利用外资额度增加 2%, 进出口规模扩大 5%) or a stage reached (工程进度 90%). */
const CHANGE_OR_PROGRESS_WORDS: readonly string[] = Object.freeze(['增加', '扩大', '减少', '降低', '缩短', '节约', '节省', '压缩', '进度']);

/**
 * A name a percentage below 100 says nothing of: no rate or share word, no degree (…性, …度), no
 * change or progress, no ratio written out (市场供应量/市场需求量). "工程质量管理 ≥95%", "文明施工 ≥95%"
 * (安徽 裕安 2022), "节能环保 ≥98%": 95% of what? (100% on a task reads as all of it, and is left alone.)
 */
export function isPercentOfNothing(name: string): boolean {
  const text = normalizeIndicatorLabel(name);
  return text !== '' && !hasRateWord(text) && !/[性度]$/u.test(text) && !text.includes('/') && !CHANGE_OR_PROGRESS_WORDS.some((w) => text.includes(w));
}

/**
 * Names that open with a timeliness adverb ("按时发放", "及时拨付") state whether something happened
 * on time: a percentage (按时发放率) or a deadline measures them, a head count does not.
 */
export const TIMELY_OPENERS: readonly string[] = Object.freeze(['按时', '及时', '按期', '准时']);

/** Words that let a name be counted in 年/月/天 (培训天数, 服务期限, 维持时效); a name without any is not a duration. */
export const DURATION_NAME_WORDS: readonly string[] = Object.freeze(['年', '月', '天', '日', '期', '时', '周', '季']);

/** A trailing bracket such as "(年)" or "（个）" repeats the unit; it says nothing about what is counted. */
function withoutTrailingBracket(name: string): string {
  return stripTrailingBrackets(normalizeIndicatorLabel(name));
}

/** The name opens with 按时/及时/…, and has no rate word (按时发放率 is a rate). */
export function isTimelinessName(name: string): boolean {
  const text = normalizeIndicatorLabel(name);
  return TIMELY_OPENERS.some((w) => text.startsWith(w)) && !hasRateWord(text);
}

/** The name, without its trailing unit bracket, speaks of a time span. */
export function namesDuration(name: string): boolean {
  const text = withoutTrailingBracket(name);
  return DURATION_NAME_WORDS.some((w) => text.includes(w));
}

/** A 补助标准 / 补贴标准 / 平均标准: an amount per person, per 亩, per 公里, never a total. */
const PER_UNIT_STANDARD = /(?:补助|补贴|资助|奖补|奖励|救助|补偿|发放|平均)\S*标准$/u;

/** The name is a subsidy or average standard (硬化水泥砼公路补助标准), so its amount needs a base. */
export function namesPerUnitStandard(name: string): boolean {
  return PER_UNIT_STANDARD.test(withoutTrailingBracket(name));
}

/** The name asks for a point in time (项目完成时间, 完成时限, 交付日期), not a rate (及时率). */
export function asksForPointInTime(name: string): boolean {
  const text = withoutTrailingBracket(name);
  return DATE_NAME_WORDS.some((w) => text.endsWith(w));
}

/**
 * Rates of getting the work done: how much of it, how well, how soon (重点工作完成率, 验收合格率,
 * 发放及时率, 大厅运行正常率, 设备完好率). They measure outputs, never what the outputs bring about. Data: extend freely.
 */
export const OUTPUT_RATE_ENDINGS: readonly string[] = Object.freeze(['完成率', '完工率', '合格率', '验收率', '及时率', '正常率', '完好率']);

/** The name is a rate of getting the work done (ends in 完成率, 合格率, 及时率 …). */
export function measuresOutput(name: string): boolean {
  const text = withoutTrailingBracket(name);
  return OUTPUT_RATE_ENDINGS.some((w) => text.endsWith(w));
}

/**
 * Words of how the work is run (评审程序是否客观公正, 审批流程规范): process management, which
 * is neither an output nor an outcome. Data: extend freely.
 */
export const PROCESS_NAME_WORDS: readonly string[] = Object.freeze(['程序', '流程']);

/** The name is about how the work is run (contains 程序, 流程). */
export function measuresProcess(name: string): boolean {
  const text = normalizeIndicatorLabel(name);
  return PROCESS_NAME_WORDS.some((w) => text.includes(w));
}

/**
 * What a satisfaction 二级 may hold besides 满意度 itself: complaints, ratings, trust (投诉率,
 * 群众评价, 认可度). Anything else there ("粮食安全事件发生数") measures something other than
 * satisfaction. Data: extend freely.
 */
export const SATISFACTION_KIN_WORDS: readonly string[] = Object.freeze(['满意', '投诉', '评价', '认可', '好评', '信任', '口碑', '认同', '支持率', '获得感', '幸福感', '拥护']);

/** The name is a satisfaction measure or one of its kin (投诉率, 认可度). */
export function measuresSatisfaction(name: string): boolean {
  const text = normalizeIndicatorLabel(name);
  return SATISFACTION_KIN_WORDS.some((w) => text.includes(w));
}

/** "邀请校外名师、领导授课完成率", "课程数量达标率": how much of something was done, put as a rate. */
const COMPLETION_RATE_OF = /^(?:(.*数量)(?:达标率|完成率)|(.{4,}?)(?:完成率|完成比例))$/u;

/**
 * The 数量 name a 质量 name only restates as its completion rate (湖北 黄石 2022: 质量 "邀请校外名师、
 * 领导授课完成率" beside 数量 "邀请校外名师、领导授课人次", "课程数量达标率" beside "开设课程数量"): it
 * counts the same work again and says nothing of how good it was. Undefined when it restates none.
 */
export function restatedQuantity(qualityName: string, quantityNames: readonly string[]): string | undefined {
  const m = COMPLETION_RATE_OF.exec(withoutTrailingBracket(qualityName));
  const counted = m?.[1] ?? m?.[2];
  if (counted === undefined) return undefined;
  return quantityNames.find((name) => withoutTrailingBracket(name).includes(counted));
}

/** "社会公益服务无经济效益", "不产生经济效益": a 效益 name saying the benefit is not there. */
const NO_BENEFIT_NAME = /(?:无|没有|不产生|不涉及)\S{0,4}(?:效益|收益|价值)/u;
/** "项目实施是否产生经济价值 / 否": a benefit asked after and answered no (是否造成…影响 asks after harm, and 否 is the good answer). */
const BENEFIT_QUESTION = /是否(?:产生|带来|增加|创造|提高|促进)/u;
const NO_ANSWER = /^(?:否|无|没有|不产生)$/u;

/** The row states that the benefit it stands for does not exist (湖北 黄石 2022, 安徽 淮北 2025). */
export function deniesBenefit(name: string, value: string): boolean {
  const text = normalizeIndicatorLabel(name);
  return NO_BENEFIT_NAME.test(text) || (BENEFIT_QUESTION.test(text) && NO_ANSWER.test(value.trim()));
}
