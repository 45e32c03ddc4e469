/** The HTML report's inline style and script (plain ES2017, no libraries: the page is offline). */

export const REPORT_STYLE = `
:root { --ink: #1d2733; --muted: #5f6b7a; --line: #dde3ea; --paper: #f5f7fa; --navy: #1f3a5f; --error: #c23b32; --warning: #d9930d; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: var(--paper); font: 14px/1.55 "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif; }
header { background: var(--navy); color: #fff; padding: 20px 32px; }
header h1 { margin: 0; font-size: 22px; font-weight: 600; letter-spacing: .02em; }
header p { margin: 4px 0 0; color: #c9d5e3; font-size: 13px; }
main { max-width: 1280px; margin: 0 auto; padding: 20px 32px 48px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 16px 20px; margin-bottom: 18px; }
h2 { margin: 0 0 10px; font-size: 16px; font-weight: 600; }
.cards { display: grid; grid-template-columns: repeat(5, 1fr); gap: 12px; background: none; border: 0; padding: 0; }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; border-top: 4px solid var(--navy); }
.card b { display: block; font-size: 28px; font-weight: 600; font-variant-numeric: tabular-nums; }
.card span { color: var(--muted); }
.card-errors { border-top-color: var(--error); } .card-errors b { color: var(--error); }
.card-warnings { border-top-color: var(--warning); } .card-warnings b { color: #a86d00; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
.chart { margin: 0; }
.chart figcaption { font-weight: 600; margin-bottom: 6px; color: var(--muted); }
.chart svg { width: 100%; height: auto; font-size: 12px; }
.chart .label { fill: var(--ink); }
.chart .value { fill: var(--muted); font-variant-numeric: tabular-nums; }
.bar-error { fill: var(--error); background: var(--error); }
.bar-warning { fill: var(--warning); background: var(--warning); }
.legend { margin: 0 0 8px; color: var(--muted); }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; margin: 0 6px 0 14px; vertical-align: -1px; }
.swatch:first-child { margin-left: 0; }
.muted { color: var(--muted); margin: 4px 0 8px; font-size: 13px; }
.scroll { max-height: 420px; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { position: sticky; top: 0; background: #eef2f6; font-weight: 600; white-space: nowrap; }
tfoot td { font-weight: 600; background: #f8fafc; position: sticky; bottom: 0; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.rules { color: var(--muted); font-size: 13px; }
tbody tr[data-rule], tbody tr[data-department] { cursor: pointer; }
tbody tr[data-rule]:hover, tbody tr[data-department]:hover { background: #f0f5fb; }
code { font: 12.5px ui-monospace, SFMono-Regular, Consolas, monospace; color: var(--navy); }
.filters { display: flex; flex-wrap: wrap; gap: 10px 18px; align-items: center; margin-bottom: 10px; }
.filters select { font: inherit; padding: 4px 6px; border: 1px solid #b9c3cf; border-radius: 4px; max-width: 320px; background: #fff; }
.filters output { color: var(--muted); margin-left: auto; }
.note { background: #fff7e0; border: 1px solid #f0d48a; border-radius: 4px; padding: 6px 10px; margin: 0 0 10px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; white-space: nowrap; }
.badge-2 { background: var(--error); } .badge-1 { background: var(--warning); }
.where { min-width: 280px; }
.where b { display: block; font-weight: 600; }
.where span { display: block; color: var(--muted); font-size: 12.5px; word-break: break-all; }
.where code { color: var(--ink); }
.suggestion { margin: 4px 0 0; color: #2e6b3a; font-size: 13px; }
.related { margin: 2px 0 0; color: var(--muted); font-size: 12.5px; word-break: break-all; }
@media (max-width: 900px) { .cards { grid-template-columns: repeat(2, 1fr); } .charts { grid-template-columns: 1fr; } main { padding: 12px; } }
`;

/** Builds the findings list from the embedded data, only with textContent (no markup from the files). */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('perflint-data').textContent);
  var words = data.words;
  var byId = function (id) { return document.getElementById(id); };
  var department = byId('filter-department'), rule = byId('filter-rule'), severity = byId('filter-severity');
  var body = byId('findings-body'), count = byId('findings-count'), capped = byId('findings-capped');
  function element(tag, className, text) {
    var el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  }
  function addOption(select, value, text) {
    var option = element('option', '', text);
    option.value = value;
    select.appendChild(option);
  }
  data.departments.forEach(function (name, i) { addOption(department, String(i), name); });
  data.rules.forEach(function (r, i) { addOption(rule, String(i), r[1] ? r[0] + ' ' + r[1] : r[0]); });
  function row(f) {
    var tr = element('tr');
    var level = element('td');
    level.appendChild(element('span', 'badge badge-' + f[2], f[2] === 2 ? words.error : words.warning));
    var where = element('td', 'where');
    where.appendChild(element('b', '', data.departments[data.fileDepartment[f[0]]]));
    where.appendChild(element('span', '', data.files[f[0]]));
    var place = element('span');
    place.appendChild(element('code', '', f[3]));
    where.appendChild(place);
    var message = element('td', '', data.texts[f[4]]);
    f[5].forEach(function (s) { message.appendChild(element('p', 'suggestion', words.suggestion + s)); });
    f[6].forEach(function (place) { message.appendChild(element('p', 'related', '↳ ' + words.see + place)); });
    var ruleCell = element('td');
    ruleCell.appendChild(element('code', '', data.rules[f[1]][0]));
    if (data.rules[f[1]][1]) ruleCell.appendChild(element('div', 'muted', data.rules[f[1]][1]));
    [level, where, message, ruleCell].forEach(function (td) { tr.appendChild(td); });
    return tr;
  }
  function fill(template, shown, matched) { return template.replace('%s', String(shown)).replace('%m', String(matched)); }
  function render() {
    var d = department.value === '' ? -1 : Number(department.value);
    var r = rule.value === '' ? -1 : Number(rule.value);
    var s = severity.value === '' ? -1 : Number(severity.value);
    var rows = document.createDocumentFragment();
    var matched = 0;
    for (var i = 0; i < data.findings.length; i++) {
      var f = data.findings[i];
      if ((d >= 0 && data.fileDepartment[f[0]] !== d) || (r >= 0 && f[1] !== r) || (s >= 0 && f[2] !== s)) continue;
      if (matched++ < data.limit) rows.appendChild(row(f));
    }
    body.replaceChildren(rows);
    count.textContent = fill(words.count, 0, matched);
    capped.hidden = matched <= data.limit;
    capped.textContent = fill(words.capped, data.limit, matched);
  }
  [department, rule, severity].forEach(function (select) { select.addEventListener('change', render); });
  function choose(select, value) {
    select.value = value;
    render();
    byId('findings').scrollIntoView({ behavior: 'smooth' });
  }
  document.querySelectorAll('tr[data-department]').forEach(function (tr) {
    tr.addEventListener('click', function () { choose(department, tr.getAttribute('data-department')); });
  });
  document.querySelectorAll('tr[data-rule]').forEach(function (tr) {
    tr.addEventListener('click', function () { choose(rule, tr.getAttribute('data-rule')); });
  });
  render();
})();
`;
