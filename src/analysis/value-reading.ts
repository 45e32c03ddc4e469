/**
 * Reads one 指标值 cell, together with its 计算符号 (operator) and 计量单位 (unit) cells, into a
 * small structured reading that rules can test without re-parsing text.
 *
 * Pure and total: it never throws, keeps no state between calls, compiles every regular
 * expression once at module load (sticky `y` regexes, no nested quantifiers), and scans the
 * text once, left to right, so the cost is linear in the length of the cell.
 *
 * The reader lives in ./value/: types, words (data), patterns, text folding, units, dates, the
 * scanner and the entry point. This module is its public face.
 */
export * from './value/types.js';
export { DEFAULT_PLACEHOLDERS, NOT_APPLICABLE_WORDS, UNIT_TABLE } from './value/words.js';
export { isUnitClass } from './value/units.js';
export { normalizeUnit, readIndicatorValue, readOperator } from './value/read.js';
