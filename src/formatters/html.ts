/**
 * `-f html -o report.html`: one offline page for a reviewer of many submissions. Everything is
 * inline (CSS, a small script, SVG charts) and a Content-Security-Policy forbids any request, so it
 * works from a USB stick on a machine with no network. Counts come from `tally`, as in `-f summary`.
 * All text from the files (department names, messages, values) is escaped: it is untrusted.
 */
import { relative } from 'node:path';
import type { Locale } from '../i18n.js';
import { departmentLabel, departmentOf, ruleKey, ruleName, tally, topRulesLine, total, yearsLabel, type Counts } from './tally.js';
import { displayWidth } from './text-width.js';
import type { Formatter } from './types.js';
import { REPORT_SCRIPT, REPORT_STYLE } from './html-assets.js';

/** findings rendered at once; the filters reach the rest (a list of 50,000 rows is no use to anyone) */
export const FINDINGS_SHOWN = 500;
const CHART_BARS = 12;

const WORDS = {
  'zh-CN': {
    title: '预算绩效目标表检查报告',
    files: '文件',
    departments: '部门',
    projects: '项目',
    errors: '错误',
    warnings: '警告',
    byRule: '按规则',
    byDepartment: '按部门',
    charts: '问题分布',
    moreBars: (n: number) => `另有 ${n} 项，见下表`,
    clean: '未发现问题',
    year: '年度',
    topRules: '主要问题',
    rule: '规则',
    ruleName: '规则说明',
    total: '合计',
    findings: '问题清单',
    all: '全部',
    severity: '级别',
    where: '文件与位置',
    message: '问题与建议',
    clickHint: '点击表格中的一行，可在问题清单中只看该部门或该规则。',
    offline: '本报告为单个离线文件，不连接网络。',
    count: '共 %m 条',
    capped: '只显示前 %s 条（共 %m 条）；请按部门、规则或级别筛选查看其余问题。',
    suggestion: '建议：',
    see: '参见 ',
  },
  en: {
    title: 'Performance-target review report',
    files: 'Files',
    departments: 'Departments',
    projects: 'Projects',
    errors: 'Errors',
    warnings: 'Warnings',
    byRule: 'By rule',
    byDepartment: 'By department',
    charts: 'Findings at a glance',
    moreBars: (n: number) => `${n} more in the table below`,
    clean: 'no problems found',
    year: 'Year',
    topRules: 'Top rules',
    rule: 'Rule',
    ruleName: 'What it checks',
    total: 'Total',
    findings: 'Findings',
    all: 'All',
    severity: 'Severity',
    where: 'File and place',
    message: 'Problem and suggestion',
    clickHint: 'Click a row in a table to see only that department or rule in the findings.',
    offline: 'This report is one offline file; it makes no network requests.',
    count: '%m findings',
    capped: 'Showing the first %s of %m; filter by department, rule or severity to see the rest.',
    suggestion: 'Suggestion: ',
    see: 'see ',
  },
} as const;

type Words = (typeof WORDS)[Locale];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

/** JSON inside <script>: no `<` survives, so neither `</script>` nor `<!--` can end or bend it */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function clip(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}

interface Bar extends Counts {
  label: string;
}

/** horizontal bars, errors then warnings stacked, the total at the end */
function barChart(title: string, bars: Bar[], w: Words): string {
  if (bars.length === 0) return `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption><p class="muted">${w.clean}</p></figure>`;
  const shown = bars.slice(0, CHART_BARS);
  const max = Math.max(...shown.map(total));
  const [labelWidth, barWidth, rowHeight] = [190, 300, 26];
  const scale = (n: number) => (n / max) * barWidth;
  const rows = shown.map((bar, i) => {
    const y = i * rowHeight;
    const [e, wn] = [scale(bar.errors), scale(bar.warnings)];
    return (
      `<g transform="translate(0 ${y})"><text class="label" x="${labelWidth - 8}" y="17" text-anchor="end">${escapeHtml(clip(bar.label, 24))}<title>${escapeHtml(bar.label)}</title></text>` +
      `<rect class="bar-error" x="${labelWidth}" y="5" width="${e.toFixed(1)}" height="16" rx="2"/>` +
      `<rect class="bar-warning" x="${(labelWidth + e).toFixed(1)}" y="5" width="${wn.toFixed(1)}" height="16" rx="2"/>` +
      `<text class="value" x="${(labelWidth + e + wn + 6).toFixed(1)}" y="17">${total(bar)}</text></g>`
    );
  });
  const more = bars.length > shown.length ? `<p class="muted">${w.moreBars(bars.length - shown.length)}</p>` : '';
  return (
    `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption>` +
    `<svg viewBox="0 0 ${labelWidth + barWidth + 50} ${shown.length * rowHeight}" role="img" aria-label="${escapeHtml(title)}">${rows.join('')}</svg>${more}</figure>`
  );
}

const num = (n: number) => `<td class="num">${n}</td>`;

export const html: Formatter = (results, context) => {
  const { locale } = context;
  const w = WORDS[locale];
  const t = tally(results);
  const departmentIndex = new Map(t.departments.map((d, i) => [d.department, i]));
  const ruleIndex = new Map(t.rules.map((r, i) => [r.ruleId, i]));
  const named = (ruleId: string) => ruleName(ruleId, context.rulesMeta, locale);

  const cards = (
    [
      ['files', w.files, t.files],
      ['departments', w.departments, t.departments.length],
      ['projects', w.projects, t.projects],
      ['errors', w.errors, t.errors],
      ['warnings', w.warnings, t.warnings],
    ] as const
  )
    .map(([key, label, n]) => `<div class="card card-${key}" data-stat="${key}"><b>${n}</b><span>${label}</span></div>`)
    .join('');

  const departmentRows = t.departments
    .map(
      (d, i) =>
        `<tr data-department="${i}"><td>${escapeHtml(departmentLabel(d.department, locale))}</td><td>${yearsLabel(d.years, locale)}</td>` +
        `${num(d.files)}${num(d.projects)}${num(d.errors)}${num(d.warnings)}<td class="rules">${escapeHtml(topRulesLine(d.rules, 3))}</td></tr>`,
    )
    .join('');
  const ruleRows = t.rules
    .map((r, i) => `<tr data-rule="${i}"><td><code>${escapeHtml(r.ruleId)}</code></td><td>${escapeHtml(named(r.ruleId))}</td>${num(r.errors)}${num(r.warnings)}${num(total(r))}</tr>`)
    .join('');

  const files: string[] = [];
  const fileDepartment: number[] = [];
  const findings: unknown[] = [];
  // one copy of each message text: a corpus repeats the same finding in many files
  const texts = new Map<string, number>();
  const textIndex = (text: string) => texts.get(text) ?? texts.set(text, texts.size).size - 1;
  for (const result of results) {
    const file = files.push(relative(context.cwd, result.filePath) || result.filePath) - 1;
    fileDepartment.push(departmentIndex.get(departmentOf(result))!);
    for (const m of result.messages) {
      const where = m.cellRef ?? `${m.pointer || '/'}  ${m.line}:${m.column}`;
      // the other places a corpus finding points to (the same project filed by another department…)
      const related = (m.related ?? []).map((r) => `${relative(context.cwd, r.filePath) || r.filePath} ${r.cellRef ?? `${r.line}:${r.column}`}${r.label ? ` ${r.label}` : ''}`);
      findings.push([file, ruleIndex.get(ruleKey(m))!, m.severity, where, textIndex(m.message), (m.suggestions ?? []).map((s) => s.desc), related]);
    }
  }
  const data = {
    limit: FINDINGS_SHOWN,
    files,
    fileDepartment,
    departments: t.departments.map((d) => departmentLabel(d.department, locale)),
    rules: t.rules.map((r) => [r.ruleId, named(r.ruleId)]),
    findings,
    texts: [...texts.keys()],
    words: { error: w.errors, warning: w.warnings, count: w.count, capped: w.capped, suggestion: w.suggestion, see: w.see },
  };

  const heading = (title: string) => `<tr><th>${title}</th>`;
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="perflint${context.version ? ` ${escapeHtml(context.version)}` : ''}">
<title>${w.title}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header><h1>${w.title}</h1><p>perflint${context.version ? ` ${escapeHtml(context.version)}` : ''} · ${w.offline}</p></header>
<main>
<section class="cards">${cards}</section>
<section><h2>${w.charts}</h2>
<p class="legend"><span class="swatch bar-error"></span>${w.errors}<span class="swatch bar-warning"></span>${w.warnings}</p>
<div class="charts">${barChart(w.byRule, t.rules.map((r) => ({ ...r, label: r.ruleId })), w)}${barChart(
    w.byDepartment,
    t.departments.filter((d) => total(d) > 0).map((d) => ({ ...d, label: departmentLabel(d.department, locale) })),
    w,
  )}</div></section>
<section><h2>${w.byDepartment}</h2><p class="muted">${w.clickHint}</p>
<div class="scroll"><table id="department-table"><thead>${heading(w.departments)}<th>${w.year}</th><th class="num">${w.files}</th><th class="num">${w.projects}</th><th class="num">${w.errors}</th><th class="num">${w.warnings}</th><th>${w.topRules}</th></tr></thead>
<tbody>${departmentRows}</tbody>
<tfoot><tr><td>${w.total}</td><td></td>${num(t.files)}${num(t.projects)}${num(t.errors)}${num(t.warnings)}<td></td></tr></tfoot></table></div></section>
<section><h2>${w.byRule}</h2>
<div class="scroll"><table id="rule-table"><thead>${heading(w.rule)}<th>${w.ruleName}</th><th class="num">${w.errors}</th><th class="num">${w.warnings}</th><th class="num">${w.total}</th></tr></thead>
<tbody>${ruleRows}</tbody>
<tfoot><tr><td>${w.total}</td><td></td>${num(t.errors)}${num(t.warnings)}${num(total(t))}</tr></tfoot></table></div></section>
<section id="findings"><h2>${w.findings}</h2>
<form class="filters" onsubmit="return false">
<label>${w.departments} <select id="filter-department"><option value="">${w.all}</option></select></label>
<label>${w.rule} <select id="filter-rule"><option value="">${w.all}</option></select></label>
<label>${w.severity} <select id="filter-severity"><option value="">${w.all}</option><option value="2">${w.errors}</option><option value="1">${w.warnings}</option></select></label>
<output id="findings-count"></output>
</form>
<p id="findings-capped" class="note" hidden></p>
<table id="findings-table"><thead><tr><th>${w.severity}</th><th>${w.where}</th><th>${w.message}</th><th>${w.rule}</th></tr></thead><tbody id="findings-body"></tbody></table>
</section>
</main>
<script type="application/json" id="perflint-data">${scriptJson(data)}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
};
