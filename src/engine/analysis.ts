/**
 * Per-settings analysis services (vocabulary, value-reading options). Built once for each
 * distinct settings object and reused for every document that shares it, so its memos live as
 * long as one run's config and no longer.
 */
import type { Settings } from '../config/types.js';
import { createVocabulary, normalizeIndicatorLabel, type Vocabulary } from '../analysis/vocabulary.js';
import { readIndicatorValue, type IndicatorReading, type IndicatorValueInput, type ReadingOptions } from '../analysis/value-reading.js';
import { memoize } from '../analysis/memo.js';

export interface Analysis {
  readonly vocabulary: Vocabulary;
  readonly readingOptions: ReadingOptions;
  level1(name: string): string | null;
  level2(name: string): string | null;
  /** normalizeIndicatorLabel, memoised: names repeat across thousands of rows */
  label(text: string): string;
  /**
   * readIndicatorValue with this config's reading options, memoised per distinct cell text; the
   * reading is shared by every row that has the same cells, so callers must not change it.
   */
  reading(cells: IndicatorValueInput): IndicatorReading;
  /**
   * A memo owned by this analysis for a pure function of one string, under a name: the first
   * `compute` given for the name is kept, so it must depend on nothing but the text and this analysis.
   */
  memo<T>(name: string, compute: (text: string) => T): (text: string) => T;
}

const SEPARATOR = '\u0000';

export function createAnalysis(settings: Settings): Analysis {
  const vocabulary = createVocabulary({ ...settings.vocabulary, satisfactionNames: settings.satisfactionNames });
  const readingOptions: ReadingOptions = { placeholders: settings.placeholders, extraUnits: settings.units };
  const memos = new Map<string, (text: string) => unknown>();
  // most tables have no 计算符号 or 计量单位 column: their value alone is the key, with no string to build
  const readValue = memoize((value) => readIndicatorValue({ value }, readingOptions));
  const readCells = memoize((key) => {
    const [value, operator, unit] = key.split(SEPARATOR);
    return readIndicatorValue({ value: value ?? '', operator: operator || undefined, unit: unit || undefined }, readingOptions);
  });
  return {
    label: memoize(normalizeIndicatorLabel),
    vocabulary,
    readingOptions,
    level1: (name) => vocabulary.level1(name) ?? null,
    level2: (name) => vocabulary.level2(name) ?? null,
    reading(cells) {
      const { value, operator, unit } = cells;
      const plain = typeof value === 'string' && (operator === undefined || typeof operator === 'string') && (unit === undefined || typeof unit === 'string');
      if (plain && operator === undefined && unit === undefined) return readValue(value);
      if (!plain || [value, operator, unit].some((t) => t?.includes(SEPARATOR))) return readIndicatorValue(cells, readingOptions);
      return readCells(`${value}${SEPARATOR}${operator ?? ''}${SEPARATOR}${unit ?? ''}`);
    },
    memo<T>(name: string, compute: (text: string) => T) {
      let fn = memos.get(name);
      if (!fn) memos.set(name, (fn = memoize(compute)));
      return fn as (text: string) => T;
    },
  };
}
