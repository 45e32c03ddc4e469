/**
 * A row as copies and repeats are compared: its cells normalised so that width, spacing and a
 * final 。 do not count as changes, and its value by what it says ("≥90" with "(%)" = "≥90%").
 */
import type { Indicator } from '../document/model.js';
import { filledCell } from './rows.js';
import { normalizeForCopyComparison } from './text.js';
import type { IndicatorReading } from './value-reading.js';

/**
 * The value as a comparable key: parsed numbers by what they say (comparison, number, unit),
 * prose by its normalised text. null = the row does not apply (不涉及) and carries no target.
 */
export function comparableValue(row: Indicator, reading: IndicatorReading): string | null {
  const raw = filledCell(row, 'value');
  switch (reading.kind) {
    case 'not-applicable':
      return null;
    case 'number':
      return reading.vague ? normalizeForCopyComparison(raw) : `#${reading.comparison ?? '='}${reading.value}${reading.unit ?? ''}`;
    case 'range':
      return reading.vague ? normalizeForCopyComparison(raw) : `#${reading.comparison ?? ''}${reading.min}~${reading.max}${reading.unit ?? ''}`;
    default:
      return normalizeForCopyComparison(raw);
  }
}

/** The 三级 name and the description, normalised for comparison ('' when not filled). */
export function comparableTexts(row: Indicator): { name: string; description: string } {
  return { name: normalizeForCopyComparison(filledCell(row, 'name')), description: normalizeForCopyComparison(filledCell(row, 'description')) };
}

/**
 * Amounts that accumulate over time (counts, money, people…), unlike rates that stay the same.
 * A number with no unit at all (tables without a 计量单位 column: "培训人数 500") accumulates
 * too, unless `isRateName` says the name measures a rate ("合格率 ≥95").
 */
export function isAccumulatingAmount(reading: IndicatorReading, isRateName?: () => boolean): boolean {
  if (reading.kind !== 'number' && reading.kind !== 'range') return false;
  if (reading.unitClass === undefined) return isRateName !== undefined && !isRateName();
  return reading.unitClass !== 'percent' && reading.unitClass !== 'permille' && reading.unitClass !== 'date';
}
