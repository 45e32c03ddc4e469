/** `-f summary`: one line per department, for a reviewer who wants the overview before the details. */
import { departmentLabel, tally, topRulesLine, yearsLabel } from './tally.js';
import { displayWidth, padEndToWidth, padStartToWidth } from './text-width.js';
import type { Formatter } from './types.js';

const HEAD = {
  'zh-CN': ['部门', '年度', '文件', '项目', '错误', '警告', '主要问题'],
  en: ['Department', 'Year', 'Files', 'Projects', 'Errors', 'Warnings', 'Top rules'],
} as const;
const TOTAL = { 'zh-CN': '合计', en: 'Total' } as const;
const TOP_RULES = 3;
/** columns that hold numbers are right-aligned */
const NUMERIC = [false, false, true, true, true, true, false];

export const summary: Formatter = (results, context) => {
  const t = tally(results);
  const rows: string[][] = t.departments.map((d) => [
    departmentLabel(d.department, context.locale),
    yearsLabel(d.years, context.locale),
    String(d.files),
    String(d.projects),
    String(d.errors),
    String(d.warnings),
    topRulesLine(d.rules, TOP_RULES),
  ]);
  const totals = [TOTAL[context.locale], '', String(t.files), String(t.projects), String(t.errors), String(t.warnings), topRulesLine(t.rules, TOP_RULES)];
  const table = [[...HEAD[context.locale]], ...rows, totals];
  const widths = HEAD[context.locale].map((_, i) => Math.max(...table.map((row) => displayWidth(row[i]!))));
  const line = (row: string[]) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : NUMERIC[i] ? padStartToWidth(cell, widths[i]!) : padEndToWidth(cell, widths[i]!)))
      .join('  ')
      .trimEnd();
  // the last column is as wide as its longest line; its rule only as wide as its heading
  const rule = widths.map((w, i) => '-'.repeat(i === widths.length - 1 ? displayWidth(HEAD[context.locale][i]!) : w)).join('  ');
  return [line(table[0]!), rule, ...rows.map(line), rule, line(totals)].join('\n') + '\n';
};
