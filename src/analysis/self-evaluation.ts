/**
 * 项目支出绩效自评表: the columns beside the annual target (实际完成值, 分值, 得分, 偏差原因) and
 * the words a clerk uses for a target met only in part. Data plus small readers.
 *
 * Source: 财预〔2020〕10号 单位自评 (a 定量 indicator that meets its value gets full marks; a 定性
 * indicator is graded 100–80%(含) 达成 / 80–60%(含) 部分达成 / 60–0% 未达成) [to verify], the
 * 一体化 rule `selfqualscorecheck` (domain-rules.md §F.39).
 */
import type { Indicator } from '../document/model.js';
import type { IndicatorReading } from './value-reading.js';
import { directionFromName } from './indicator-direction.js';

/**
 * Words that, put in front of the target's own word, say it was met only in part:
 * 达标 → 基本达标, 及时 → 较及时, 健全 → 较健全, 完成 → 部分完成 / 未完成.
 */
export const PARTIAL_ACHIEVEMENT_PREFIXES: readonly string[] = Object.freeze(['基本', '较为', '比较', '较', '部分', '大部分', '未', '没有', '不']);

/** A list is a self-evaluation when any row carries an 实际完成值 or 得分 column. */
export function isSelfEvaluationList(rows: readonly Indicator[]): boolean {
  return rows.some((r) => r.actual !== undefined || r.score !== undefined);
}

/** The target and the 实际完成值 are both numbers in the same unit (or the actual states none): they can be compared. */
export function comparableReadings(target: IndicatorReading, actual: IndicatorReading): boolean {
  if (target.kind !== 'number' || actual.kind !== 'number') return false;
  if (target.value === undefined || actual.value === undefined) return false;
  return actual.unit === undefined || target.unit === undefined || actual.unit === target.unit;
}

/** The target is a ceiling: ≤ or <, or a name where less is better (成本, 事故…): more is the shortfall, not the overshoot. */
export function isCeilingTarget(target: IndicatorReading, name: string): boolean {
  return target.comparison === '<=' || target.comparison === '<' || directionFromName(name) === 'capped';
}

/** The target as a clerk reads it across its 计算符号, 指标值 and 计量单位 cells: “≥ 100 %” → “≥100%”. */
export function targetAsFiled(row: Pick<Indicator, 'operator' | 'value' | 'unit'>): string {
  const v = row.value.trim();
  const op = row.operator?.trim() ?? '';
  const u = row.unit?.trim() ?? '';
  return `${op !== '' && !v.startsWith(op) && !/定性|定量/.test(op) ? op : ''}${v}${u !== '' && !v.endsWith(u) ? u : ''}`;
}

/** "基本达标" for the target "达标": the prefix that says the target was met only in part, or undefined. */
export function partialAchievementPrefix(target: string, actual: string): string | undefined {
  const t = target.replace(/\s+/g, '');
  const a = actual.replace(/\s+/g, '');
  if (t === '' || !a.endsWith(t) || a === t) return undefined;
  const prefix = a.slice(0, a.length - t.length);
  return PARTIAL_ACHIEVEMENT_PREFIXES.includes(prefix) ? prefix : undefined;
}

/** A 定性 self-evaluation grade and the shares of the row's points it earns, from `min` to `max`. */
export interface GradeBand {
  grade: 'met' | 'partly' | 'notMet';
  min: number;
  max: number;
}

/**
 * 预算执行率 scored as a row with no target of its own (the 过程 item of a 10号 自评表, 宁夏 银川 2021):
 * it earns 执行率 × 分值, 100% earning all its points (the 10号 form's 预算执行率 line: 得分 = 分值 × 执行率).
 */
export function namesBudgetExecutionRate(label: string): boolean {
  return label.includes('预算执行率');
}

/** The lowest share of its points a target met may earn: the 达成 band of the 10号 three-tier scoring (100%–80%). */
export const MET_BAND_FLOOR = 0.8;

/**
 * 10号's three grades for a 定性 row, as the 实际完成值 states them (达成预期指标, 部分达成年度指标并具有一定
 * 效果, 未达成…且效果较差), and their bands: 100–80%(含), 80–60%(含), 60–0% (the 一体化 rule
 * selfqualscorecheck, domain-rules §F.39). Read from the start of the text, 未 and 部分 first. Which band
 * a boundary (80%, 60%) belongs to is [to verify]: both neighbours accept it.
 */
export function gradeBandOf(actual: string): GradeBand | undefined {
  const t = actual.replace(/\s+/gu, '');
  if (/^未(?:达成|达到)(?:年度|预期)?(?:指标|目标)/u.test(t)) return { grade: 'notMet', min: 0, max: 0.6 };
  if (/^部分(?:达成|达到)(?:年度|预期)?(?:指标|目标)/u.test(t)) return { grade: 'partly', min: 0.6, max: 0.8 };
  if (/^(?:达成|达到|完成)(?:年度|预期)(?:指标|目标)/u.test(t)) return { grade: 'met', min: MET_BAND_FLOOR, max: 1 };
  return undefined;
}

/** Lead words of the guidance a 自评表 prints in its prose cells, to be overwritten by the clerk. */
export const TEMPLATE_PROMPT_LEADS: readonly string[] = Object.freeze(['结合自评情况', '对照年度目标', '针对项目自评', '针对自评', '简要说明', '说明', '请填写', '请说明', '围绕', '根据']);

/** the length limit that ends a printed prompt: (100字以内), （200字以下）, (不超过300字) */
const LENGTH_LIMIT = /[(（]\s*(?:不超过|限)?\s*\d+\s*字(?:以内|以下|左右)?\s*[)）]\s*[。.；;]?\s*$/u;

/**
 * A template's fill-in prompt left in a prose cell: it opens with a prompt lead (结合自评情况,
 * 对照年度目标 …) and ends with the length limit “(200字以内)”. Both are required: an answer that
 * only keeps the limit, or only starts with 根据, is the clerk's text.
 */
export function isTemplatePrompt(text: string): boolean {
  const t = text.trim();
  return LENGTH_LIMIT.test(t) && TEMPLATE_PROMPT_LEADS.some((lead) => t.startsWith(lead));
}

/**
 * A summary of the year that only says the work was done: "完成", "基本完成年度目标。", "全年完成情况较好"
 * (安徽 六安 2022, 上海 松江 2020, 四川 大英 2023). It says neither what was done nor how much.
 */
const GENERIC_SUMMARY = /^(?:全年|总体|整体)?(?:基本|全面|均已|已经|已|均)?(?:完成|达到|实现|达成)了?(?:年度|预期|既定|全年|年初)?(?:绩效)?(?:目标|任务|指标)?(?:任务)?$|^(?:全年|总体|整体)?完成情况(?:较好|良好|很好|好)$/u;

export function isGenericSummary(text: string): boolean {
  return GENERIC_SUMMARY.test(text.replace(/[\s。.！!；;，,]+/gu, ''));
}
