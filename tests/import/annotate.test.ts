/**
 * The reviewer's annotated workbook, checked without a browser or Excel: reopened with exceljs,
 * its comments, fills and summary rows are read back.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/results.js';
import { PerfLint } from '../../src/node/perflint.js';
import { AnnotateError, annotateWorkbooks, ERROR_FILL, WARNING_FILL } from '../../src/import/annotate.js';
import { registerImporters } from '../../src/import/loaders.js';
import { tsv, xlsxFromRows, zhejiang2021Rows } from './helpers.js';
import { TEST_RULES } from './test-rules.js';

type Row = Array<string | number | null>;

// rows 7–9: project 甲 (one empty value, one empty weight, 一级 merged over 7–8); row 10: project 乙 without money
const ROWS: Row[] = [
  ...zhejiang2021Rows([]),
  ['', '项目甲', 1000, 1000, null, null, null, '目标甲', '产出指标', '数量指标', '场次', '=', '', '场', 50],
  ['', '', '', '', '', '', '', '', '', '数量指标', '人数', '≥', '100', '人', null],
  ['', '', '', '', '', '', '', '', '效益指标', '社会效益指标', '影响', '定性', '提升', '', 50],
  ['', '项目乙', null, null, null, null, null, '目标乙', '满意度', '服务对象满意度指标', '满意度', '≥', '90', '%', 100],
];

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as ExcelJS.Comment | string | undefined;
  if (!note) return '';
  return typeof note === "string" ? note : (note.texts ?? []).map((t) => t.text).join("");
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.fgColor?.argb;
}

async function lint(dir: string, files: string[]): Promise<LintResult[]> {
  const rules = { 'test/empty-value': 'error', 'test/missing-weight': 'warn', 'test/level-one': 'warn', 'test/no-funding': 'error' } as const;
  const perflint = new PerfLint({ cwd: dir, config: { rules }, extraRules: TEST_RULES });
  registerImporters(perflint.inputs);
  return perflint.lintFiles(files);
}

describe('annotated workbook', () => {
  let dir: string;
  let results: LintResult[];
  let inputHash: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'perflint-annotate-'));
    const bytes = await xlsxFromRows([{ name: '表10', rows: ROWS, merges: ['A1:O1', 'C3:G3', 'B7:B9', 'C7:C9', 'D7:D9', 'H7:H9', 'I7:I8'] }]);
    writeFileSync(join(dir, '申报表.xlsx'), bytes);
    writeFileSync(join(dir, '导出.csv'), tsv(ROWS.map((r) => r.map((c) => (c === null ? '' : String(c))))).replace(/\t/g, ','));
    inputHash = createHash('sha256').update(bytes).digest('hex');
    results = await lint(dir, ['申报表.xlsx', '导出.csv']);
  });

  it('lints the spreadsheet with findings on cells', () => {
    const messages = results[1]!.messages.map((m) => [m.ruleId, m.cellRef, m.line, m.column]);
    expect(messages).toEqual([
      ['test/no-funding', '表10!C10', 10, 3],
      ['test/level-one', '表10!I10', 10, 9],
      ['test/empty-value', '表10!M7', 7, 13],
      ['test/missing-weight', '表10!O8', 8, 15],
    ].sort((a, b) => (a[2] as number) - (b[2] as number) || (a[3] as number) - (b[3] as number)));
  });

  it('writes comments, fills and a summary sheet; leaves the input as it was', async () => {
    const written = await annotateWorkbooks(results, { cwd: dir, outDir: 'out', locale: 'zh-CN' });
    expect(written).toEqual([join(dir, 'out', '导出.annotated.xlsx'), join(dir, 'out', '申报表.annotated.xlsx')]);
    expect(createHash('sha256').update(readFileSync(join(dir, '申报表.xlsx'))).digest('hex')).toBe(inputHash);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written[1]!);
    const sheet = workbook.getWorksheet('表10')!;
    expect(noteText(sheet.getCell('M7'))).toBe('[错误] test/empty-value：指标“场次”没有填写指标值');
    expect(fillOf(sheet.getCell('M7'))).toBe(ERROR_FILL);
    expect(noteText(sheet.getCell('O8'))).toBe('[警告] test/missing-weight：指标“人数”没有填写权重');
    expect(fillOf(sheet.getCell('O8'))).toBe(WARNING_FILL);
    expect(fillOf(sheet.getCell('C10'))).toBe(ERROR_FILL);
    expect(noteText(sheet.getCell('N7'))).toBe('');
    // the original content and merges survive
    expect(sheet.getCell('K7').value).toBe('场次');
    expect(sheet.getCell('B8').isMerged).toBe(true);

    const summary = workbook.getWorksheet('perflint检查结果')!;
    const rows = summary.getSheetValues().slice(1).map((r) => (r as ExcelJS.CellValue[]).slice(1));
    expect(rows[0]).toEqual(['perflint 检查结果', '申报表.xlsx']);
    expect(rows[1]).toEqual(['序号', '项目', '位置', '错误', '警告', '规则']);
    expect(rows[2]).toEqual([1, '项目甲', { text: '表10!B7', hyperlink: '#表10!B7' }, 1, 1, 'test/empty-value, test/missing-weight']);
    expect(rows[3]).toEqual([2, '项目乙', { text: '表10!B10', hyperlink: '#表10!B10' }, 1, 1, 'test/level-one, test/no-funding']);
    expect(rows[4]).toEqual(['', '合计', '', 2, 2, '']);
  });

  it('turns a CSV input into a new workbook with the same cells', async () => {
    const [written] = await annotateWorkbooks([results[0]!], { cwd: dir, outputFile: 'csv-批注.xlsx', locale: 'en' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written!);
    const sheet = workbook.getWorksheet('导出')!;
    expect(sheet.getCell('K7').value).toBe('场次');
    expect(noteText(sheet.getCell('M7'))).toBe('[error] test/empty-value: 指标“场次”没有填写指标值');
    expect(workbook.getWorksheet('perflint summary')).toBeDefined();
  });

  it('puts a finding on a merged cell onto the merged cell itself', async () => {
    const hidden = { ...results[1]!, messages: [{ ...results[1]!.messages[0]!, cellRef: '表10!I8', severity: 1 as const }] };
    const [written] = await annotateWorkbooks([hidden], { cwd: dir, outputFile: 'merged.xlsx', locale: 'zh-CN' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written!);
    expect(fillOf(workbook.getWorksheet('表10')!.getCell('I7'))).toBe(WARNING_FILL);
  });

  it('refuses one output file for several workbooks, and never overwrites the input', async () => {
    await expect(annotateWorkbooks(results, { cwd: dir, outputFile: 'x.xlsx', locale: 'zh-CN' })).rejects.toThrow(AnnotateError);
    await expect(annotateWorkbooks([results[1]!], { cwd: dir, outputFile: '申报表.xlsx', locale: 'zh-CN' })).rejects.toThrow('an output never replaces');
  });
});
