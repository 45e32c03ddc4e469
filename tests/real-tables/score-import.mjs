#!/usr/bin/env node
/**
 * How the importer reads the real-table corpus with no flags: per table, whether it imported,
 * the metadata it found, and the projects and indicator rows against the transcription's counts;
 * then a line per layout family, with the funding total each project prints (source.json
 * expected.projects[].total) read right, or read wrong. Run after `npm run build`: node tests/real-tables/score-import.mjs [--verbose]
 */
import { importSpreadsheet } from '../../dist/src/import/import-spreadsheet.js';
import { loadCorpus, tableWorkbook } from './corpus.mjs';

const verbose = process.argv.includes('--verbose');
const families = new Map();
for (const table of loadCorpus()) {
  const outcome = await importSpreadsheet(`${table.id}.xlsx`, await tableWorkbook(table), {});
  const expected = table.source.expected.projects;
  const row = { id: table.id, family: table.source.family, imported: outcome.ok, rowsRight: false, metaRight: false, metaWrong: false, fundingRight: false, fundingWrong: false, note: '' };
  if (!outcome.ok) {
    row.note = outcome.problem.message['zh-CN'].slice(0, 90);
  } else {
    const doc = outcome.document;
    const got = doc.projects.map((p) => [p.indicators.length, (p.periodIndicators ?? []).length]);
    const want = expected.map((p) => [p.indicators, p.periodIndicators ?? 0]);
    row.rowsRight = JSON.stringify(got) === JSON.stringify(want);
    const province = table.source.province?.replace(/\s*\(.*$/, '');
    row.metaRight = doc.region?.province === province && (table.source.year == null || doc.year === table.source.year);
    // a fact the table does not state may stay unknown (a warning says so); a wrong one never may
    row.metaWrong = (doc.region?.province !== undefined && doc.region.province !== province) || (doc.year !== undefined && table.source.year != null && doc.year !== table.source.year);
    // the funding each project prints: read right, unread (the money checks then say nothing) or wrong
    const totals = doc.projects.map((p) => p.funding?.total ?? null);
    const wantTotals = expected.map((p) => p.total ?? null);
    row.fundingRight = JSON.stringify(totals) === JSON.stringify(wantTotals);
    row.fundingWrong = totals.some((t, i) => t !== null && t !== wantTotals[i]);
    row.note = `projects ${doc.projects.length}/${expected.length}, rows ${JSON.stringify(got)} vs ${JSON.stringify(want)}, ${doc.region?.province ?? '?'} ${doc.year ?? '?'} ${doc.department?.name ?? '?'}`;
  }
  const f = families.get(row.family) ?? { tables: 0, imported: 0, rowsRight: 0, metaRight: 0, metaWrong: 0, fundingRight: 0, fundingWrong: 0 };
  f.tables++;
  f.imported += row.imported ? 1 : 0;
  f.rowsRight += row.rowsRight ? 1 : 0;
  f.metaRight += row.metaRight ? 1 : 0;
  f.metaWrong += row.metaWrong ? 1 : 0;
  f.fundingRight += row.fundingRight ? 1 : 0;
  f.fundingWrong += row.fundingWrong ? 1 : 0;
  families.set(row.family, f);
  if (verbose || !row.rowsRight || row.metaWrong || row.fundingWrong) console.log(`${row.imported ? (row.rowsRight ? 'ok  ' : 'rows') : 'FAIL'} ${row.id}: ${row.note}`);
}
console.log('\nfamily                 tables imported rows-right meta-right meta-wrong funding-right funding-wrong');
let total = { tables: 0, imported: 0, rowsRight: 0, metaRight: 0, metaWrong: 0, fundingRight: 0, fundingWrong: 0 };
const line = (name, f) =>
  `${name.padEnd(22)} ${String(f.tables).padStart(6)} ${String(f.imported).padStart(8)} ${String(f.rowsRight).padStart(10)} ${String(f.metaRight).padStart(10)} ${String(f.metaWrong).padStart(10)} ${String(f.fundingRight).padStart(13)} ${String(f.fundingWrong).padStart(13)}`;
for (const [family, f] of [...families].sort()) {
  console.log(line(family, f));
  for (const k of Object.keys(total)) total[k] += f[k];
}
console.log(line('all', total));
