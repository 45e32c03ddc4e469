/** Shared by the import tests: fixtures, provenance stripping, workbooks in memory. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Submission } from '../../src/document/model.js';
import { importSpreadsheet, type ImportDefaults, type ImportOutcome } from '../../src/import/import-spreadsheet.js';
import type { DrawnLayout } from '../support/write-workbook.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** the two TSV seeds, vendored so the importer tests run from any clone (tests/fixtures/seeds.test.ts keeps them identical to ../shared/seeds) */
export const RAW_SEEDS = fileURLToPath(new URL('../../fixtures/seeds/raw/', import.meta.url));

export const SEEDS: Array<{ id: string; layout: DrawnLayout }> = [
  { id: '000_30a1bc42c77b7743', layout: 'zhejiang-2019' },
  { id: '001_84903211b8abe6be', layout: 'zhejiang-2021' },
  { id: '002_ee05bafa97bc834e', layout: 'hebei-2021' },
  { id: '003_8a93ebbb46b509da', layout: 'hebei-2023' },
  { id: '004_427bf320b5e131b0', layout: 'zhejiang-2019' },
];

export function loadFixture(id: string): Submission {
  return JSON.parse(readFileSync(`${ROOT}fixtures/seeds/${id}.json`, 'utf8')) as Submission;
}

/** a document without `source` anywhere: provenance differs by input, content must not */
export function withoutProvenance(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutProvenance);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (k === 'source' ? [] : [[k, withoutProvenance(v)]])));
  }
  return value;
}

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** a workbook from plain rows, with optional merges ("A1:C1") */
export async function xlsxFromRows(sheets: Array<{ name: string; rows: Array<Array<string | number | null>>; merges?: string[]; hidden?: boolean }>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name, s.hidden ? { state: 'hidden' } : {});
    s.rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && (sheet.getCell(r + 1, c + 1).value = v)));
    for (const m of s.merges ?? []) sheet.mergeCells(m);
  }
  return workbookBytes(workbook);
}

export function tsv(rows: string[][]): string {
  return rows.map((r) => r.join('\t')).join('\r\n') + '\r\n';
}

export async function importOk(file: string, bytes: Uint8Array, defaults: ImportDefaults = {}): Promise<Extract<ImportOutcome, { ok: true }>> {
  const outcome = await importSpreadsheet(file, bytes, defaults);
  if (!outcome.ok) throw new Error(`import failed: ${outcome.problem.message['zh-CN']}`);
  return outcome;
}

export async function importProblem(file: string, bytes: Uint8Array, defaults: ImportDefaults = {}): Promise<Extract<ImportOutcome, { ok: false }>['problem']> {
  const outcome = await importSpreadsheet(file, bytes, defaults);
  if (outcome.ok) throw new Error('import unexpectedly succeeded');
  return outcome.problem;
}

/** A small 浙江 2021 table: title, 部门名称/单位 line, two-row header, one unit, the given projects. */
export function zhejiang2021Rows(projects: Array<{ name: string; total: number; rows: string[][] }>): string[][] {
  const rows: string[][] = [
    ['浙江省绍兴市2021年市级部门预算项目绩效目标表'],
    ['部门名称：市商务局', '', '', '', '', '', '', '', '', '', '', '', '', '', '单位：元'],
    ['单位编码', '单位名称（项目名称）', '资金安排', '', '', '', '', '总体绩效目标', '一级指标', '二级指标', '三级指标', '计算符号', '指标值', '计量单位', '指标权重'],
    ['', '', '总计', '一般公共预算', '政府性基金', '专户资金', '其他资金'],
    ['259', '市商务局'],
    ['259001', '绍兴市商务局本级'],
  ];
  for (const p of projects) {
    rows.push(['', p.name, String(p.total), String(p.total), '', '', '', `${p.name}的总体目标`]);
    for (const r of p.rows) rows.push(['', '', '', '', '', '', '', '', ...r]);
  }
  return rows;
}
