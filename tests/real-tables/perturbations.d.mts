import type { CorpusTable } from './corpus.mjs';
import type { ImportOutcome } from '../../src/import/import-spreadsheet.js';
export function readingOf(outcome: ImportOutcome): string;
export function perturbedTables(
  table: CorpusTable,
  outcome: ImportOutcome,
  vocabulary: { headerCell(text: string): { role: string } | undefined; blockLabel(text: string): string | undefined },
): Array<[string, CorpusTable]>;
export function lossyTables(table: CorpusTable): Array<[string, CorpusTable]>;
