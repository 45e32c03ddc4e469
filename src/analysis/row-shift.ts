/**
 * Cells filed in the wrong column. Two detectors: detectRowShift (below) for whole rows whose
 * name and value stand in other columns, and detectMisplacedCells (at the end) for single cells
 * holding what belongs elsewhere (a target in the name, a sentence in the unit column).
 *
 * The 浙江 2019 template has two sets of name/value/description
 * columns, and clerks' rows drift: the name lands in a description column while the value lands
 * in a name column, or a row's name and target trade places. Rules must not call such a row
 * "empty"; they report the misplacement once. Detection is deliberately narrow: both cells must
 * clearly look like what they are.
 */
import type { Indicator } from '../document/model.js';
import { normalizeUnit, readIndicatorValue } from './value-reading.js';
import { VAGUE_VALUE_WORDS } from './target-words.js';
import { isNameLike, withoutLeadingNumbering } from './text.js';

export interface CellAt {
  /** pointer suffix under the row, e.g. "/personal/description" */
  path: string;
  text: string;
}

export interface RowShift {
  /** shifted: name in a description column, value in a name column; swapped: name and value traded places */
  kind: 'shifted' | 'swapped';
  /** where the indicator's name actually stands */
  name: CellAt;
  /** where its target value actually stands */
  value: CellAt;
}

const DIGIT = /\d/;
/** short words clerks write as a qualitative target */
const VALUE_WORDS = new Set(['满意', '基本满意', '规范', '及时', '提升', '提高', '完备', '完善', '合规', '符合', '达标', '良好', '有效', '健全', '是', '否', '完成', '满足']);
/** verbs that open a target phrase (提升接待能力), not a name */
const VALUE_VERBS = /^(提升|提高|增强|促进|保障|确保|实现|达到|加强|推动)/;
/** endings that make a phrase an indicator name (执行率, 满意度, 参加人数, 经费金额 …) */
const NAME_ENDING = /(率|度|数|量|额|比|性|次数|人数|天数|情况)$/;

function trimmed(text: string | undefined): string {
  return (text ?? '').trim();
}

/** a phrase that can be an indicator name: at least two characters (one is a stray mark) */
function isNameLikeCell(text: string): boolean {
  return isNameLike(text, { minLength: 2 });
}

/** a cell that can only be a target: a number, range or date, or a short target word */
function isValueLike(text: string, isLevel2Label: (t: string) => boolean): boolean {
  if (text === '' || text.length > 12 || isLevel2Label(text)) return false;
  const kind = readIndicatorValue({ value: text }).kind;
  if (kind === 'number' || kind === 'range' || kind === 'date') return true;
  return kind === 'qualitative' && text.length <= 8 && (VALUE_WORDS.has(text) || VALUE_VERBS.test(text)) && !NAME_ENDING.test(text);
}

function isKnownUnit(text: string): boolean {
  const unit = normalizeUnit(text);
  return unit !== undefined && unit.class !== 'other';
}

/** a whole target sentence: long, and it carries a number of its own (not the "指标1:" in front) */
function isTargetSentence(text: string): boolean {
  return text.length >= 12 && DIGIT.test(withoutLeadingNumbering(text));
}

export function detectRowShift(row: Indicator, isLevel2Label: (text: string) => boolean): RowShift | undefined {
  const name = trimmed(row.name);
  const value = trimmed(row.value);
  if (value === '') {
    const names = [
      { path: '/description', text: trimmed(row.description) },
      { path: '/personal/description', text: trimmed(row.personal?.description) },
    ].filter((c) => isNameLikeCell(c.text));
    const values = [
      { path: '/name', text: name },
      { path: '/personal/name', text: trimmed(row.personal?.name) },
    ].filter((c) => isValueLike(c.text, isLevel2Label));
    if (names.length === 1 && values.length >= 1) return { kind: 'shifted', name: names[0]!, value: values[0]! };
    return undefined;
  }
  // a target sentence in the name column and a short name in the value column; a unit alone
  // ("公里" under "指标1:新建堤防、护岸长度") is a target left without its number, not a name, and
  // so is a vague target ("显著改善"), which vague-value reports
  const isTargetWord = VALUE_WORDS.has(value) || VAGUE_VALUE_WORDS.includes(value) || isKnownUnit(value);
  if (isTargetSentence(name) && isNameLikeCell(value) && value.length <= 12 && !DIGIT.test(value) && !isTargetWord && !isLevel2Label(value)) {
    return { kind: 'swapped', name: { path: '/value', text: value }, value: { path: '/name', text: name } };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// A whole column holding what belongs in another
// ---------------------------------------------------------------------------------------------

/** A plain count of points: "20", "7.5" (no sign, no unit). */
const PLAIN_POINTS = /^\d{1,3}(?:\.\d)?$/;
/** Fewer rows could add up to 100 by chance. */
const MIN_POINT_ROWS = 3;

/**
 * The 指标值 column holds each row's points, not its target (四川 阆中 2021: 20, 20, 10, 10, 10, 10,
 * 20 and nothing else). Narrow by design: at least three indicator rows, no points column of their
 * own, every target a plain number with no sign or unit in any column, and together exactly the
 * table's points: 100, or 100 less the points kept outside the rows for 预算执行率.
 */
export function valuesArePoints(rows: readonly Indicator[], reservedPoints = 0): boolean {
  if (rows.length < MIN_POINT_ROWS) return false;
  let tenths = 0;
  for (const row of rows) {
    const value = trimmed(row.value);
    if (!PLAIN_POINTS.test(value) || typeof row.weight === 'number' || trimmed(row.operator) !== '' || trimmed(row.unit) !== '') return false;
    tenths += Math.round(Number(value) * 10);
  }
  return tenths === 1000 || (reservedPoints > 0 && tenths === Math.round((100 - reservedPoints) * 10));
}

// ---------------------------------------------------------------------------------------------
// Misplaced cells within a row: what one column holds belongs in another
// ---------------------------------------------------------------------------------------------

export type MisplacedKind = 'targetInName' | 'amountInName' | 'categoryAsName' | 'scoringInName' | 'requirementAsName' | 'timeAsName' | 'explanationInUnit';

export interface MisplacedCell {
  kind: MisplacedKind;
  /** pointer suffix under the row */
  path: '/name' | '/unit';
  text: string;
  /** targetInName: the target part ("≥90%"); categoryAsName: the category it names */
  detail?: string;
}

/**
 * "服务对象满意度≥90%", "验收合格率不低于95%": a name, then a comparison, a number and perhaps a unit.
 * Matched at the end only, the name before it tested apart: a pattern that also spans the name
 * backtracks over it quadratically (a 25,000-character name took seconds).
 */
const TARGET_AT_END = /((?:≥|≤|>=|<=|＞|＜|>|<|＝|=|≧|≦|不低于|不少于|不高于|不超过|达到)\s*\d+(?:\.\d+)?\s*(?:%|％|‰|[\u4e00-\u9fa5]{1,3})?)$/u;
/** "质量达标率100%": a ratio name followed by its percentage, without a comparison. */
const RATIO_TARGET_AT_END = /(?:率|度|比例|占比)\s*(\d+(?:\.\d+)?\s*[%％])$/u;
const CJK = /[\u4e00-\u9fa5]/u;

/** The target written at the end of a name, with the name before it (which must be words), or undefined. */
function targetAtEnd(name: string): { before: string; target: string } | undefined {
  const target = TARGET_AT_END.exec(name);
  if (target) {
    const before = name.slice(0, target.index);
    return CJK.test(before) ? { before, target: target[1]! } : undefined;
  }
  const ratio = RATIO_TARGET_AT_END.exec(name);
  if (!ratio) return undefined;
  const before = name.slice(0, ratio.index + ratio[0].length - ratio[1]!.length);
  return CJK.test(name.slice(0, ratio.index)) ? { before, target: ratio[1]! } : undefined;
}
/** "≥360天服务读者" (湖北 黄石 2022): a comparison, a number and its unit, then what is measured. */
const TARGET_THEN_NAME = /^((?:≥|≤|>=|<=|＞|＜|>|<|≧|≦|不低于|不少于|不高于|不超过)\s*\d+(?:\.\d+)?\s*(?:%|％|‰|万元|元|小时|公里|平方米|立方米|人次|天|日|月|年|人|户|次|个|项|所|家|台|套|场|座|条|米|亩|吨)?)\s*([\u4e00-\u9fa5]{2}.*)$/;
/** A template's own hint in brackets: "(≥**%)", "(≥**万元)" — a placeholder, not a target. */
const TEMPLATE_MARK = /\*\*|××|[xX]{2}/;
/** Scoring rules (评分标准) written where the indicator's name belongs. */
const SCORING = /酌情扣分|扣\d+(?:\.\d+)?分|扣除\d*分|得满分|不得分|得\d+(?:\.\d+)?分|计\d+(?:\.\d+)?分|每[^，。；]{0,10}扣/;

/** "控制在预算成本内", "成本控制在预算范围以内": a requirement where the name of a measure belongs. */
const REQUIREMENT_AS_NAME = /^[\u4e00-\u9fa5]{0,8}?(?:控制在|不超过|不超出|不突破)[\u4e00-\u9fa5]{0,6}(?:预算|成本|概算)[\u4e00-\u9fa5]{0,4}?(?:范围)?(?:之内|以内|内)$/;

/** "2022年全年", "1年", "2021年12月底前", "2022年底之前": a time where the name of what is measured belongs. */
const TIME_AS_NAME = /^(?:\d{4}年(?:度|全年|\d{1,2}月(?:\d{1,2}日)?)?底?(?:之前|前|之内|以内|内)?|\d+(?:\.\d+)?\s*个?(?:年|月|天|日|季度))(?:全年|内|以内|前)?$/u;

export interface MisplacedOptions {
  /**
   * a 一级 or 二级 category name as the vocabulary knows it exactly (no 满意度 fallback); callers
   * leave out 服务对象满意度, which many templates print as a 三级 name of its own
   */
  categoryOf(text: string): string | null;
  /** the class of a unit-column text; 'other' when it is not a unit the reader knows */
  unitClassOf(text: string): string | undefined;
}

/**
 * The cells of a row that hold what belongs in another column. Narrow by design: each kind needs
 * a clear shape (a comparison and a number after a name, a whole cell that reads as an amount, a
 * category name word for word, a scoring phrase, a 控制在预算内 requirement, a sentence where a unit goes).
 */
export function detectMisplacedCells(row: Indicator, options: MisplacedOptions): MisplacedCell[] {
  return [misplacedInName(row.name, options), misplacedInUnit(row.unit, options)].filter((c) => c !== undefined);
}

/** The name cell's half of detectMisplacedCells (a function of the text alone, so callers may memoise it). */
export function misplacedInName(text: string | undefined, options: MisplacedOptions): MisplacedCell | undefined {
  // a leading * is the template's required-field mark
  const name = trimmed(text).replace(/^\*/, '');
  if (name === '' || TEMPLATE_MARK.test(name)) return undefined;
  const category = options.categoryOf(name);
  if (category !== null) return { kind: 'categoryAsName', path: '/name', text: name, detail: category };
  if (SCORING.test(name)) return { kind: 'scoringInName', path: '/name', text: name };
  if (REQUIREMENT_AS_NAME.test(name)) return { kind: 'requirementAsName', path: '/name', text: name };
  if (TIME_AS_NAME.test(name)) return { kind: 'timeAsName', path: '/name', text: name };
  const reading = readIndicatorValue({ value: name });
  if ((reading.kind === 'number' || reading.kind === 'range') && !reading.vague && reading.unitClass === 'money') {
    return { kind: 'amountInName', path: '/name', text: name };
  }
  const target = targetAtEnd(name);
  if (target && target.before.replace(/[\s*]/g, '').length >= 2) return { kind: 'targetInName', path: '/name', text: name, detail: target.target.trim() };
  const leading = TARGET_THEN_NAME.exec(name);
  if (leading) return { kind: 'targetInName', path: '/name', text: name, detail: leading[1]!.trim() };
  return undefined;
}

/** The unit cell's half of detectMisplacedCells. */
export function misplacedInUnit(text: string | undefined, options: MisplacedOptions): MisplacedCell | undefined {
  const unit = trimmed(text);
  // a number ("44,561", an Excel date serial) is no explanation: consistent-units reads it
  if (unit !== '' && !NUMBER_ONLY.test(unit) && (unit.length >= 6 || SENTENCE_MARK_IN_UNIT.test(unit)) && options.unitClassOf(unit) === 'other') {
    return { kind: 'explanationInUnit', path: '/unit', text: unit };
  }
  return undefined;
}

const SENTENCE_MARK_IN_UNIT = /[，。；;,:：！!？?]/;
const NUMBER_ONLY = /^[\d,.\s]+$/;
