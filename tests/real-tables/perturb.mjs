#!/usr/bin/env node
/**
 * Does the importer read each real table the same after the changes in perturbations.mjs (a blank
 * column in front, header words spaced out, a page break inside the grid …)? Prints every table
 * whose reading changed under a change, and exits 1 if any did. perturb.test.ts asserts the same.
 *
 *   npm run build && node tests/real-tables/perturb.mjs [--only ID] [--verbose]
 */
import { loadCorpus, tableWorkbook } from './corpus.mjs';
import { perturbedTables, readingOf } from './perturbations.mjs';
import { importSpreadsheet } from '../../dist/src/import/import-spreadsheet.js';
import { headerCell, blockLabel } from '../../dist/src/import/vocabulary.js';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt === -1 ? undefined : args[onlyAt + 1];
const verbose = args.includes('--verbose');

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 40), i + 60)}… became …${b.slice(Math.max(0, i - 40), i + 60)}…`;
}

let changed = 0;
let checked = 0;
for (const table of loadCorpus()) {
  if (only && table.id !== only) continue;
  const outcome = await importSpreadsheet(`${table.id}.xlsx`, await tableWorkbook(table), {});
  const base = readingOf(outcome);
  if (base.startsWith('REFUSED')) continue;
  for (const [label, variant] of perturbedTables(table, outcome, { headerCell, blockLabel })) {
    checked++;
    const got = readingOf(await importSpreadsheet(`${table.id}.xlsx`, await tableWorkbook(variant), {}));
    if (got === base) continue;
    changed++;
    console.log(`${table.id} — ${label}: ${verbose ? `\n  was ${base}\n  now ${got}` : firstDifference(base, got)}`);
  }
}
console.log(`\n${changed} of ${checked} perturbed readings differ from the table's own reading`);
process.exitCode = changed > 0 ? 1 : 0;
