/**
 * The importer reads every real table the same after changes that do not change what it says: a
 * blank column in front, header words spaced out or marked required, a page break inside the grid
 * with the header printed again (tests/real-tables/perturbations.mjs). A table from another
 * province differs from ours in just such ways.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus, tableWorkbook, type CorpusTable } from './corpus.mjs';
import { perturbedTables, readingOf } from './perturbations.mjs';
import { importSpreadsheet, type ImportOutcome } from '../../src/import/import-spreadsheet.js';
import { blockLabel, headerCell } from '../../src/import/vocabulary.js';

// the refused tables are import.test.ts's: only the tables that import are changed
const readable: Array<{ table: CorpusTable; outcome: ImportOutcome }> = [];
for (const table of loadCorpus()) {
  const outcome = await importSpreadsheet(`${table.id}.xlsx`, await tableWorkbook(table), {});
  if (outcome.ok) readable.push({ table, outcome });
}

describe('a real table read after changes that do not change what it says', () => {
  for (const { table, outcome } of readable) {
    it(table.id, async () => {
      const base = readingOf(outcome);
      for (const [label, variant] of perturbedTables(table, outcome, { headerCell, blockLabel })) {
        expect(readingOf(await importSpreadsheet(`${table.id}.xlsx`, await tableWorkbook(variant), {})), label).toBe(base);
      }
    });
  }
});
