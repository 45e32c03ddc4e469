/**
 * The reviewers' readings (review.json, and review.blind.json where a second reviewer read the
 * table blind) name cells that exist, in a family the scoring knows: a typo in a cell reference
 * would otherwise score as a miss or a hit that no finding could ever match.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus, type CorpusTable, type Review } from './corpus.mjs';

const FAMILIES = new Set([
  'placeholder', 'vague-value', 'units', 'timeliness', 'input-as-output', 'satisfaction-value', 'direction', 'operator', 'value-operator',
  'second-level', 'output-coverage', 'benefit-present', 'satisfaction', 'goal', 'required-fields', 'misplaced-columns', 'weights-sum',
  'weights-hierarchy', 'cost-budget', 'funding-balance', 'spending-plan', 'copied-targets', 'identical-values', 'duplicate-indicator',
  'name-length', 'whitespace', 'basis', 'other',
]);

const CELL = /^(.+)!([A-Z]+)(\d+)$/;
const columnNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** why a cell reference does not name a cell of the table, or undefined when it does */
function badCell(table: CorpusTable, ref: string): string | undefined {
  const m = CELL.exec(ref);
  if (!m) return `${ref}: not Sheet!A1`;
  const sheet = table.sheets.find((s) => s.name === m[1]);
  if (!sheet) return `${ref}: no sheet ${m[1]}`;
  const row = Number(m[3]);
  const width = Math.max(...sheet.rows.map((r) => r.length));
  if (row < 1 || row > sheet.rows.length || columnNumber(m[2]!) > width) return `${ref}: outside the ${sheet.rows.length}×${width} grid`;
  return undefined;
}

function problems(table: CorpusTable, review: Review): string[] {
  const out: string[] = [];
  for (const e of review.mustFind ?? []) {
    const bad = badCell(table, e.cell);
    if (bad) out.push(bad);
    if (!FAMILIES.has(e.family)) out.push(`${e.cell}: unknown family ${e.family}`);
    if (!e.why?.trim()) out.push(`${e.cell}: no why`);
  }
  for (const e of review.mustNotFind ?? []) {
    const bad = badCell(table, e.cell);
    if (bad) out.push(bad);
    if (!e.why?.trim()) out.push(`${e.cell}: no why`);
  }
  return out;
}

describe('real-table reviews', () => {
  for (const table of loadCorpus()) {
    it(`${table.id}: every entry names a cell of the table and a known family`, () => {
      expect(problems(table, table.review)).toEqual([]);
      if (table.blindReview) expect(problems(table, table.blindReview)).toEqual([]);
    });
  }
});
