/**
 * Per-settings analysis services (vocabulary, value-reading options). Built once for each
 * distinct settings object and reused for every document that shares it.
 */
import type { Settings } from '../config/types.js';
import { createVocabulary, normalizeIndicatorLabel, type Vocabulary } from '../analysis/vocabulary.js';
import type { ReadingOptions } from '../analysis/value-reading.js';

export interface Analysis {
  readonly vocabulary: Vocabulary;
  readonly readingOptions: ReadingOptions;
  level1(name: string): string | null;
  level2(name: string): string | null;
  /** normalizeIndicatorLabel, memoised: names repeat across thousands of rows */
  label(text: string): string;
}

export function createAnalysis(settings: Settings): Analysis {
  const vocabulary = createVocabulary({ ...settings.vocabulary, satisfactionNames: settings.satisfactionNames });
  const readingOptions: ReadingOptions = { placeholders: settings.placeholders, extraUnits: settings.units };
  // 一级/二级 strings repeat thousands of times in a corpus: memoise their normalisation.
  const l1 = new Map<string, string | null>();
  const l2 = new Map<string, string | null>();
  const labels = new Map<string, string>();
  return {
    label(text) {
      let v = labels.get(text);
      if (v === undefined) labels.set(text, (v = normalizeIndicatorLabel(text)));
      return v;
    },
    vocabulary,
    readingOptions,
    level1(name) {
      let v: string | null | undefined = l1.get(name);
      if (v === undefined) l1.set(name, (v = vocabulary.level1(name) ?? null));
      return v ?? null;
    },
    level2(name) {
      let v: string | null | undefined = l2.get(name);
      if (v === undefined) l2.set(name, (v = vocabulary.level2(name) ?? null));
      return v ?? null;
    },
  };
}
