/**
 * Cells filed in the wrong column. The 浙江 2019 template has two sets of name/value/description
 * columns, and clerks' rows drift: the name lands in a description column while the value lands
 * in a name column, or a row's name and target trade places. Rules must not call such a row
 * "empty"; they report the misplacement once. Detection is deliberately narrow: both cells must
 * clearly look like what they are.
 */
import type { Indicator } from '../document/model.js';
import { readIndicatorValue } from './value-reading.js';
import { isNameLike } from './text.js';

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

/** a whole target sentence: long, and it carries a number */
function isTargetSentence(text: string): boolean {
  return text.length >= 12 && DIGIT.test(text);
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
  // a target sentence in the name column and a short name in the value column
  if (isTargetSentence(name) && isNameLikeCell(value) && value.length <= 12 && !DIGIT.test(value) && !VALUE_WORDS.has(value) && !isLevel2Label(value)) {
    return { kind: 'swapped', name: { path: '/value', text: value }, value: { path: '/name', text: name } };
  }
  return undefined;
}
