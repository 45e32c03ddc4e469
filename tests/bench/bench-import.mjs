#!/usr/bin/env node
/**
 * `npm run bench:import` (after `npm run build`): import throughput on a generated 10,000-row
 * workbook in the 浙江 2021 layout (merged project cells, merged 一级/二级, two-row header), and
 * on the same table saved as a GBK CSV. The import runs in a fresh child process so its peak RSS
 * is the importer's own. A benchmark, not a test: it prints numbers and never fails on them.
 *
 *   node tests/bench/bench-import.mjs [rows=10000]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const dist = new URL('../../dist/src/import/', import.meta.url);
const load = async (name) => import(new URL(name, dist).href);

if (process.argv[2] === '--measure') {
  await measure(process.argv[3]);
} else {
  await main(Number(process.argv[2] ?? 10_000));
}

async function main(rows) {
  const { writeLayoutWorkbook } = await import(new URL('../../dist/tests/support/write-workbook.js', import.meta.url).href);
  const indicatorsPerProject = 9;
  const projects = Math.ceil(rows / indicatorsPerProject);
  const document = syntheticDocument(projects, indicatorsPerProject);
  const dir = mkdtempSync(join(tmpdir(), 'perflint-bench-'));
  try {
    const workbook = writeLayoutWorkbook(document, { layout: 'zhejiang-2021', regionInTitle: true });
    const xlsx = join(dir, 'bench.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    const csv = join(dir, 'bench.csv');
    writeFileSync(csv, await gbkCsvOf(workbook));
    console.log(`perflint import benchmark — ${projects} projects × ${indicatorsPerProject} indicators (${projects * indicatorsPerProject} indicator rows), node ${process.version}`);
    for (const file of [xlsx, csv]) {
      const result = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--measure', file], { encoding: 'utf8' }));
      console.log(
        `${file.endsWith('.xlsx') ? 'xlsx   ' : 'GBK csv'}  ${String(result.sheetRows).padStart(6)} sheet rows  ${(result.bytes / 1024).toFixed(0).padStart(6)} KiB  ` +
          `wall ${result.wallMs.toFixed(0).padStart(5)} ms  ${Math.round(result.sheetRows / (result.wallMs / 1000)).toLocaleString('en-US').padStart(7)} rows/s  ` +
          `peak RSS ${(result.maxRssKiB / 1024).toFixed(0)} MiB  (${result.projects} projects, ${result.indicators} indicators read)`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(file) {
  const { importSpreadsheet } = await load('import-spreadsheet.js');
  const bytes = readFileSync(file);
  const start = performance.now();
  const outcome = await importSpreadsheet(file, bytes, {});
  const wallMs = performance.now() - start;
  if (!outcome.ok) throw new Error(outcome.problem.message.en);
  const indicators = outcome.document.projects.reduce((n, p) => n + p.indicators.length, 0);
  const sheetRows = outcome.sheets.reduce((n, s) => n + s.rows.length, 0);
  process.stdout.write(JSON.stringify({ wallMs, sheetRows, bytes: bytes.length, projects: outcome.document.projects.length, indicators, maxRssKiB: process.resourceUsage().maxRSS }));
}

/** a 浙江 2021 document of the given size, with realistic cell contents */
function syntheticDocument(projectCount, indicatorsPerProject) {
  const rows = [
    ['产出指标', '数量指标', '活动参与人数', '≥', '250', '人', 20],
    ['产出指标', '数量指标', '播发稿件数量', '=', '10', '篇', 10],
    ['产出指标', '质量指标', '验收合格率', '≥', '95', '%', 10],
    ['产出指标', '时效指标', '按期完成率', '=', '100', '%', 10],
    ['产出指标', '成本指标', '单位成本', '≤', '500', '元/人/天', 10],
    ['效益指标', '经济效益指标', '网络零售额同比增长率', '≥', '8', '%', 10],
    ['效益指标', '社会效益指标', '扩大城市影响力', '定性', '提升绍兴电子商务在全省范围内的知名度和影响力', '', 10],
    ['效益指标', '可持续影响指标', '长效机制建设', '定性', '完善', '', 10],
    ['满意度指标', '服务对象满意度指标', '参与对象满意度', '≥', '90', '%', 10],
  ];
  const projects = Array.from({ length: projectCount }, (_, i) => ({
    name: `项目${String(i + 1).padStart(5, '0')}：电子商务创业创新大赛`,
    kind: 'project',
    unit: { code: `259${String(Math.floor(i / 100) + 1).padStart(3, '0')}`, name: `预算单位${Math.floor(i / 100) + 1}` },
    funding: { total: 700000 + i, generalBudget: 700000 + i, governmentFund: null, specialAccount: null, other: null },
    goal: '进一步巩固和发挥我省电商的先发优势和“双创”发展的竞争优势，对点上领域的优秀创新项目进行评比',
    indicators: Array.from({ length: indicatorsPerProject }, (_, j) => {
      const [level1, level2, name, operator, value, unit, weight] = rows[j % rows.length];
      return { level1, level2, name, operator, value, unit, weight };
    }),
  }));
  return { format: 'perflint/v1', year: 2021, region: { province: '浙江省', city: '绍兴市' }, department: { code: '259', name: '市商务局' }, moneyUnit: '元', projects };
}

/** the workbook's first sheet as Chinese Excel saves "CSV": GBK, merged cells left blank */
async function gbkCsvOf(workbook) {
  const { default: iconv } = await import('iconv-lite');
  const sheet = workbook.worksheets[0];
  const lines = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const text = cell.isMerged && cell.master !== cell ? '' : cell.value === null || cell.value === undefined ? '' : String(cell.value);
      cells[col - 1] = /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    });
    lines.push(Array.from(cells, (c) => c ?? '').join(','));
  });
  return iconv.encode(lines.join('\r\n') + '\r\n', 'gbk');
}
