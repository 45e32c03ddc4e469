#!/usr/bin/env node
/**
 * Does perflint read each real table the same after the changes in perturbations.mjs (a blank
 * column in front, header words spaced out, a page break inside the grid …)? Prints every table
 * whose reading changed under a change, and exits 1 if any did. perturb.test.ts asserts the same.
 * With --findings it compares what the rules report instead (rule, message and pointer, a table's
 * own labels normalised), which is slower and only printed: the findings a change moves or loses.
 *
 * With --lossy it makes the changes that may rightly lose something (every merge lost) and only
 * counts the tables whose reading changed.
 *
 *   npm run build && node tests/real-tables/perturb.mjs [--findings] [--lossy] [--only ID] [--verbose]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCorpus, tableWorkbook } from './corpus.mjs';
import { lossyTables, perturbedTables, readingOf } from './perturbations.mjs';
import { importSpreadsheet } from '../../dist/src/import/import-spreadsheet.js';
import { headerCell, blockLabel } from '../../dist/src/import/vocabulary.js';
import { shownLabel } from '../../dist/src/analysis/text.js';
import { PerfLint } from '../../dist/src/index.js';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt === -1 ? undefined : args[onlyAt + 1];
const verbose = args.includes('--verbose');
const byFindings = args.includes('--findings');
const lossy = args.includes('--lossy');
const dir = mkdtempSync(join(tmpdir(), 'perflint-perturb-'));

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 40), i + 60)}… became …${b.slice(Math.max(0, i - 40), i + 60)}…`;
}

/** An extensions key as a rule matches it: "主 管 部 门：" and 主管部门 are one label. */
const normalisedPointer = (pointer) =>
  pointer.replace(/\/extensions\/([\s\S]*)$/, (_, key) => `/extensions/${shownLabel(key.replace(/~1/g, '/').replace(/~0/g, '~'))}`);

/** The rules' findings on a table, as rule/message at pointer, sorted. */
async function findingsOf(table) {
  const file = join(dir, `${table.id}.xlsx`);
  writeFileSync(file, await tableWorkbook(table));
  const s = table.source;
  const importDefaults = { ...(s.year ? { year: s.year } : {}), ...(s.province ? { province: s.province.replace(/\s*\(.*$/, '') } : {}) };
  const [result] = await new PerfLint({ cwd: dir, importDefaults, concurrency: 'off', config: { extends: 'perflint:all' } }).lintFiles([file]);
  return result.messages.filter((m) => m.ruleId).map((m) => `${m.ruleId}/${m.messageId} ${normalisedPointer(m.pointer)}`).sort();
}

let changed = 0;
let checked = 0;
for (const table of loadCorpus()) {
  if (only && table.id !== only) continue;
  const outcome = await importSpreadsheet(`${table.id}.xlsx`, await tableWorkbook(table), {});
  if (!outcome.ok) continue;
  const base = byFindings ? await findingsOf(table) : readingOf(outcome);
  const variants = lossy ? lossyTables(table) : perturbedTables(table, outcome, { headerCell, blockLabel });
  for (const [label, variant] of variants) {
    checked++;
    if (byFindings) {
      const got = await findingsOf(variant);
      const lost = base.filter((f) => !got.includes(f));
      const gained = got.filter((f) => !base.includes(f));
      if (lost.length === 0 && gained.length === 0) continue;
      changed++;
      console.log(`${table.id} — ${label}: lost ${JSON.stringify(lost)}, gained ${JSON.stringify(gained)}`);
      continue;
    }
    const got = readingOf(await importSpreadsheet(`${table.id}.xlsx`, await tableWorkbook(variant), {}));
    if (got === base) continue;
    changed++;
    console.log(`${table.id} — ${label}: ${verbose ? `\n  was ${base}\n  now ${got}` : firstDifference(base, got)}`);
  }
}
console.log(`\n${changed} of ${checked} perturbed tables ${byFindings ? 'change what the rules find' : 'read differently from the table itself'}`);
// a lossy change may rightly change a reading: its count is information, not a failure
process.exitCode = changed > 0 && !lossy ? 1 : 0;
