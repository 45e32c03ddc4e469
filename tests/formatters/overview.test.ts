/** The overview formats (-f summary, stylish's headers and closing line) and what they rest on. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { qualifiedDepartmentName } from '../../src/analysis/department-name.js';
import type { LintResult } from '../../src/engine/results.js';
import { escapeHtml } from '../../src/formatters/html.js';
import { stylish } from '../../src/formatters/stylish.js';
import { summary } from '../../src/formatters/summary.js';
import { tally } from '../../src/formatters/tally.js';
import { displayWidth } from '../../src/formatters/text-width.js';
import { PerfLint } from '../../src/node/perflint.js';
import { ROOT } from '../cli/scenario.js';

async function lintSeeds(): Promise<LintResult[]> {
  return new PerfLint({ cwd: ROOT, config: { extends: 'perflint:recommended' } }).lintFiles([join(ROOT, 'fixtures', 'seeds')]);
}

describe('department names', () => {
  it('names the place when the table does not', () => {
    expect(qualifiedDepartmentName('市商务局', { province: '浙江省', city: '绍兴市' })).toBe('绍兴市商务局');
    expect(qualifiedDepartmentName('驻北京联络处', { province: '浙江省', city: '绍兴市' })).toBe('绍兴市驻北京联络处');
    expect(qualifiedDepartmentName('县教育局', { province: '湖南省', city: '湘潭市', county: '湘潭县' })).toBe('湘潭县教育局');
    expect(qualifiedDepartmentName('承德市商务局', { province: '河北省', city: '承德市' })).toBe('承德市商务局');
    expect(qualifiedDepartmentName('省财政厅', undefined)).toBe('省财政厅');
  });
});

describe('display width', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('商务局')).toBe(6);
    expect(displayWidth('（注）')).toBe(6);
    expect(displayWidth('2019、2021')).toBe(10);
  });
});

describe('-f summary', () => {
  it('lines up its columns and totals what the results count', async () => {
    const results = await lintSeeds();
    const text = await summary(results, { cwd: ROOT, locale: 'zh-CN', rulesMeta: {} });
    const lines = text.trimEnd().split('\n');
    expect(lines[0]!.startsWith('部门')).toBe(true);
    // the last column (top rules) starts at the same display column on every line
    const lastColumn = (line: string) => displayWidth(line.slice(0, line.startsWith('部门') ? line.indexOf('主要问题') : line.search(/[a-z]/)));
    const rows = lines.filter((l) => !l.startsWith('-'));
    expect(rows.length).toBe(tally(results).departments.length + 2);
    for (const line of rows) expect(lastColumn(line), line).toBe(lastColumn(lines[0]!));
    const errors = results.reduce((n, r) => n + r.errorCount, 0);
    const warnings = results.reduce((n, r) => n + r.warningCount, 0);
    expect(lines.at(-1)).toMatch(new RegExp(`^合计\\s+${results.length}\\s+\\d+\\s+${errors}\\s+${warnings}\\s`));
  });
});

describe('stylish overview lines', () => {
  it('names the department and year in each file header and closes with counts per rule', async () => {
    const results = await lintSeeds();
    const text = await stylish(results, { cwd: ROOT, locale: 'zh-CN', rulesMeta: {} });
    expect(text).toContain('fixtures/seeds/002_ee05bafa97bc834e.json  承德市商务局 · 2021\n');
    expect(text).toContain('fixtures/seeds/000_30a1bc42c77b7743.json  绍兴市商务局 · 2019\n');
    const closing = text.trimEnd().split('\n').at(-1)!;
    const top = tally(results).rules.slice(0, 2);
    expect(closing.startsWith(`${top[0]!.ruleId} ${top[0]!.errors + top[0]!.warnings} · ${top[1]!.ruleId} `)).toBe(true);
  });
});

describe('HTML escaping', () => {
  it('leaves no markup in text', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
  });
});
