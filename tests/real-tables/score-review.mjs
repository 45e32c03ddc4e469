#!/usr/bin/env node
/**
 * Scores perflint's findings on the real-table corpus against the reviewer's reading in each
 * review.json: recall of mustFind (by family), hits on mustNotFind, and findings nobody asked for.
 * A mustFind entry counts as found when a finding lands on its row; a mustNotFind entry is hit when
 * a finding lands on its very cell. Metadata a table does not state comes from its source.json, so
 * the rules are judged even where the importer cannot infer it yet.
 *
 * A table whose source.json notes start with "PARTIAL" was stored only in part: rows are missing
 * from the transcription, not from the original. A finding that judges what the whole table lacks
 * or adds up to (no satisfaction or benefit indicator, no 时效 output, a required 一级 with no rows,
 * the weight sum, the share of qualitative rows) cannot be judged there, right or wrong. Such findings on rows no reviewer named
 * are counted apart as "not judgeable on a partial transcription", not among the unasked findings,
 * nor as hits when they land on a mustNotFind cell (that entry defends the cell's own content,
 * which they do not judge: a weight sum lands on the first weight cell); they still count toward
 * recall when a reviewer named their row, and every other finding on a partial table is scored as
 * on any table.
 *
 * Where a stored copy stops inside a row, source.json's `cutAfter` names the last cell it kept
 * ("Sheet1!D18"): the cells to its right on that row were lost, not left empty by the clerk, so a
 * finding on them (a blank value, a missing weight) cannot be judged either, and is counted with
 * the whole-table findings of partial transcriptions.
 *
 * Each miss and each must-not hit is set against the other reading of the table, where it has one:
 * a miss the other reading defends on the same cell cannot be found without a finding that reading
 * would send back, so the family table gives each family's ceiling, the recall reachable without one.
 *
 * With --blind the findings are scored against review.blind.json instead, a second reviewer's
 * reading made blind to review.json and to perflint's findings, on the tables that have one: the
 * nearest the repository comes to the reviewers perflint has not been tuned on.
 *
 *   npm run build && node tests/real-tables/score-review.mjs [--config FILE] [--blind] [--verbose] [--only ID]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerfLint } from '../../dist/src/index.js';
import { loadCorpus, tableWorkbook } from './corpus.mjs';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const blind = args.includes('--blind');
const configAt = args.indexOf('--config');
const onlyAt = args.indexOf('--only');
const configFile = configAt === -1 ? undefined : args[configAt + 1];
const only = onlyAt === -1 ? undefined : args[onlyAt + 1];

const dir = mkdtempSync(join(tmpdir(), 'perflint-review-'));
const rowOf = (ref) => {
  const m = /^(.*)!([A-Z]+)(\d+)$/.exec(ref ?? '');
  return m ? `${m[1]}!${m[3]}` : undefined;
};

/** ruleId → messageIds that judge the table as a whole: what it lacks, what its rows add up to */
const WHOLE_TABLE_FINDINGS = {
  'require-satisfaction': ['missingSatisfaction'],
  'benefit-present': ['missingBenefit'],
  'output-coverage': ['missingOutputKinds'],
  'first-level-categories': ['missingRequired'],
  'weights-sum': ['sumMismatch', 'executionWeightMissing'],
  'qualitative-share': ['tooMany'],
};
/**
 * Review family → the whole-table findings that answer it. A reviewer points a table-level defect
 * (no satisfaction row, weights that do not add up) at a cell of their choosing, often where the
 * missing rows belong; such an entry is found by its rule's finding anywhere on the same sheet, the
 * nearest one when a sheet holds several projects.
 */
const WHOLE_TABLE_FAMILIES = {
  satisfaction: ['require-satisfaction'],
  'benefit-present': ['benefit-present'],
  'output-coverage': ['output-coverage'],
  'first-level': ['first-level-categories'],
  'weights-sum': ['weights-sum'],
  'qualitative-share': ['qualitative-share'],
};
const isPartial = (source) => /^\s*(?:VERY\s+)?PARTIAL\b/.test(source.notes ?? '');
const judgesWholeTable = (m) => WHOLE_TABLE_FINDINGS[m.ruleId]?.includes(m.messageId) ?? false;
const CELL = /^(.*)!([A-Z]+)(\d+)$/;
const columnNumber = (letters) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);
/** The finding lands right of the last cell a stored copy kept on the row it stops in. */
const onLostCell = (cutAfter, m) => {
  const cut = CELL.exec(cutAfter ?? '');
  const at = CELL.exec(m.cellRef ?? '');
  return cut !== null && at !== null && at[1] === cut[1] && at[3] === cut[3] && columnNumber(at[2]) > columnNumber(cut[2]);
};

const stances = () => ({ agrees: 0, defends: 0, silent: 0, none: 0 });
const totals = { mustFind: 0, found: 0, mustNot: 0, hits: 0, unmatched: 0, notJudgeable: 0, findings: 0, unreadable: 0, missed: stances(), hitStances: stances() };

/** What the table's other reading says of a cell: asks for a finding there, defends it, says nothing, or there is no other reading. */
function otherStance(other, cell) {
  if (!other) return 'none';
  if ((other.mustFind ?? []).some((e) => e.cell === cell)) return 'agrees';
  if ((other.mustNotFind ?? []).some((e) => e.cell === cell)) return 'defends';
  return 'silent';
}
const STANCE_NOTE = { agrees: ' (the other reading asks too)', defends: ' (the other reading defends this cell)', silent: '', none: '', undefined: '' };
const byFamily = new Map();
for (const table of loadCorpus()) {
  if (only && table.id !== only) continue;
  const review = blind ? table.blindReview : table.review;
  const other = blind ? table.review : table.blindReview;
  if (review === undefined) continue;
  const file = join(dir, `${table.id}.xlsx`);
  writeFileSync(file, await tableWorkbook(table));
  const s = table.source;
  const importDefaults = { ...(s.year ? { year: s.year } : {}), ...(s.province ? { province: s.province.replace(/\s*\(.*$/, '') } : {}), ...(s.department ? { department: s.department } : {}) };
  const linter = new PerfLint({ cwd: dir, importDefaults, concurrency: 'off', ...(configFile ? { configFile } : { config: { extends: 'perflint:all' } }) });
  const [result] = await linter.lintFiles([file]);
  const messages = result.messages;
  if (messages.some((m) => m.fatal)) {
    totals.unreadable++;
    console.log(`UNREAD ${table.id}: ${messages.find((m) => m.fatal).message.slice(0, 100)}`);
    continue;
  }
  const findingRows = new Map();
  for (const m of messages) {
    const row = rowOf(m.cellRef);
    if (!findingRows.has(row)) findingRows.set(row, []);
    findingRows.get(row).push(m);
  }
  const wanted = new Set();
  const answered = new Set();
  const lines = [];
  /** the nearest whole-table finding on the entry's sheet from a rule that answers its family */
  const wholeTableAnswer = (entry) => {
    const rules = WHOLE_TABLE_FAMILIES[entry.family];
    const at = CELL.exec(entry.cell);
    if (!rules || !at) return undefined;
    const candidates = messages.filter((m) => rules.includes(m.ruleId) && judgesWholeTable(m) && CELL.exec(m.cellRef ?? '')?.[1] === at[1] && !answered.has(m));
    const distance = (m) => Math.abs(Number(CELL.exec(m.cellRef)[3]) - Number(at[3]));
    return candidates.sort((a, b) => distance(a) - distance(b))[0];
  };
  for (const entry of review.mustFind ?? []) {
    const row = rowOf(entry.cell);
    wanted.add(row);
    // a table-level entry is answered by the table-level finding first: another rule's finding on its row says something else
    const answer = wholeTableAnswer(entry);
    if (answer) answered.add(answer);
    const hit = answer ? [answer] : findingRows.get(row);
    const f = byFamily.get(entry.family) ?? { total: 0, found: 0, defended: 0 };
    f.total++;
    totals.mustFind++;
    if (hit) {
      f.found++;
      totals.found++;
    }
    const stance = hit ? undefined : otherStance(other, entry.cell);
    if (stance) totals.missed[stance]++;
    if (stance === 'defends') f.defended++;
    byFamily.set(entry.family, f);
    if (verbose || !hit) lines.push(`  ${hit ? 'found ' : 'MISSED'} ${entry.cell} [${entry.family}] ${entry.why.slice(0, 70)}${hit ? ` ← ${hit.map((m) => m.ruleId).join(', ')}` : STANCE_NOTE[stance]}`);
  }
  const partial = isPartial(s);
  const notJudgeable = (m) => (partial && judgesWholeTable(m)) || onLostCell(s.cutAfter, m);
  for (const entry of review.mustNotFind ?? []) {
    totals.mustNot++;
    const hit = messages.filter((m) => m.cellRef === entry.cell && !notJudgeable(m));
    if (hit.length) {
      totals.hits++;
      const stance = otherStance(other, entry.cell);
      if (stance) totals.hitStances[stance]++;
      lines.push(`  MUST-NOT ${entry.cell}: ${hit.map((m) => `${m.ruleId}: ${m.message.slice(0, 60)}`).join(' | ')} — reviewer: ${entry.why.slice(0, 60)}${STANCE_NOTE[stance]}`);
    }
  }
  for (const m of messages) {
    totals.findings++;
    if (wanted.has(rowOf(m.cellRef)) || answered.has(m)) continue;
    if (notJudgeable(m)) {
      totals.notJudgeable++;
      if (verbose) lines.push(`  n/j    ${m.cellRef ?? '-'} ${m.ruleId}: ${m.message.slice(0, 90)}`);
      continue;
    }
    totals.unmatched++;
    if (verbose) lines.push(`  extra  ${m.cellRef ?? '-'} ${m.ruleId}: ${m.message.slice(0, 90)}`);
  }
  if (lines.length) console.log(`${table.id}\n${lines.join('\n')}`);
}
const pct = (a, b) => (b ? `${Math.round((100 * a) / b)}%` : '-');
// ceiling: what the family could reach without a finding on a cell the other reading defends
console.log('\nfamily                 must-find  found  recall  ceiling');
for (const [family, f] of [...byFamily].sort((a, b) => b[1].total - a[1].total)) {
  console.log(`${family.padEnd(22)} ${String(f.total).padStart(9)} ${String(f.found).padStart(6)} ${pct(f.found, f.total).padStart(7)} ${pct(f.total - f.defended, f.total).padStart(8)}`);
}
const { missed, hitStances } = totals;
console.log(
  `\nagainst the other reading: misses ${missed.agrees} asked for by both, ${missed.defends} defended by the other, ${missed.silent} named by this one alone, ${missed.none} on tables with one reading; ` +
    `must-not hits ${hitStances.agrees} on cells the other reading asks for, ${hitStances.defends + hitStances.silent} not, ${hitStances.none} on tables with one reading`,
);
console.log(`\nrecall ${totals.found}/${totals.mustFind} (${pct(totals.found, totals.mustFind)}); must-not hits ${totals.hits}/${totals.mustNot}; findings ${totals.findings}, on rows no reviewer named ${totals.unmatched} (+${totals.notJudgeable} on partial transcriptions, not judgeable: whole-table findings and findings on cells a cut lost); unreadable tables ${totals.unreadable}`);
