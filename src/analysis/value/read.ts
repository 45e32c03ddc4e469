/** The entry point: a 指标值 cell with its 计算符号 and 计量单位 columns, read into an IndicatorReading. */
import { readCore, type ValueCore } from './scan.js';
import { asText, compact } from './text.js';
import type { Comparison, IndicatorReading, IndicatorValueInput, ReadingOptions, UnitClass, UnitEntry } from './types.js';
import { readColumnUnit, unitLookup } from './units.js';
import { OPERATOR_WORDS } from './words.js';

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

export const NO_OPTIONS: ReadingOptions = Object.freeze({});

export function readIndicatorValue(input: IndicatorValueInput, options: ReadingOptions = NO_OPTIONS): IndicatorReading {
  const units = unitLookup(options?.extraUnits);
  const text = compact(asText(input?.value));
  const operatorComparison = readOperator(input?.operator);
  const column = readColumnUnit(asText(input?.unit), units);
  const core = readCore(text, asText(input?.operator), units, options?.placeholders);
  return assemble(core, operatorComparison, column);
}

/** The comparison a 计算符号 cell stands for; undefined for 定性, empty or unknown text. */
export function readOperator(operator: unknown): Comparison | undefined {
  const text = compact(asText(operator));
  if (text === '') return undefined;
  return OPERATOR_WORDS.get(text) ?? undefined;
}

/** Normalise a 计量单位 cell: '(%)' → '%', '平米' → '平方米'. Unknown text → class 'other'; blank → undefined. */
export function normalizeUnit(unit: unknown, options: ReadingOptions = NO_OPTIONS): UnitEntry | undefined {
  return readColumnUnit(asText(unit), unitLookup(options?.extraUnits));
}

// ---------------------------------------------------------------------------------------------
// Assembling the reading
// ---------------------------------------------------------------------------------------------

export const isMoneyClass = (c: UnitClass | undefined): boolean => c === 'money' || c === 'rate-money';
/** A date value may sit on a unit column that names its granularity (年, 月, 月/年). */
export const DATE_COMPATIBLE: ReadonlySet<UnitClass> = new Set<UnitClass>(['date', 'years', 'months']);

export function assemble(core: ValueCore, operatorComparison: Comparison | undefined, column: UnitEntry | undefined): IndicatorReading {
  const reading: IndicatorReading = { kind: core.kind, vague: core.vague };

  const comparison = operatorComparison ?? core.comparison;
  if (comparison !== undefined) reading.comparison = comparison;
  if (operatorComparison !== undefined && core.comparison !== undefined && operatorComparison !== core.comparison) {
    reading.conflict = true;
  }

  if (core.value !== undefined) reading.value = core.value;
  if (core.min !== undefined) reading.min = core.min;
  if (core.max !== undefined) reading.max = core.max;

  const valueUnit = core.unit;
  const chosen = valueUnit ?? column;
  if (chosen !== undefined) reading.unit = chosen.canonical;
  const unitClass = core.kind === 'date' ? 'date' : chosen?.class;
  if (unitClass !== undefined) reading.unitClass = unitClass;
  if (chosen !== undefined && isMoneyClass(chosen.class) && core.kind !== 'date') reading.moneyScale = chosen.scale ?? 1;
  if (valueUnit !== undefined) reading.valueUnit = valueUnit.canonical;
  if (column !== undefined) reading.columnUnit = column.canonical;
  if (unitsConflict(core, valueUnit, column)) reading.unitConflict = true;

  if (core.placeholder !== undefined) reading.placeholder = core.placeholder;
  if (core.date !== undefined) reading.date = core.date;
  if (core.deadline !== undefined) reading.deadline = core.deadline;
  return reading;
}

export function unitsConflict(core: ValueCore, valueUnit: UnitEntry | undefined, column: UnitEntry | undefined): boolean {
  if (column === undefined) return false;
  if (core.kind === 'date') return !DATE_COMPATIBLE.has(column.class);
  if (valueUnit === undefined) return false;
  if (valueUnit.class !== column.class) return true;
  // 5万元 in a 元 column is a thousand-fold error, not a spelling difference.
  return isMoneyClass(valueUnit.class) && (valueUnit.scale ?? 1) !== (column.scale ?? 1);
}
