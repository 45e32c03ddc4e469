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
import * as XLSX from '@e965/xlsx';
import { AnnotateError, annotateWorkbooks, ERROR_FILL, WARNING_FILL } from '../../src/import/annotate.js';
import { annotateWorkbookBytes } from '../../src/import/annotate-workbook.js';
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

function linter(dir: string): PerfLint {
  const rules = { 'test/empty-value': 'error', 'test/missing-weight': 'warn', 'test/level-one': 'warn', 'test/no-funding': 'error' } as const;
  return new PerfLint({ cwd: dir, config: { rules }, extraRules: TEST_RULES });
}

/** every cell of every sheet that has a fill, as `sheet!A1` */
function filledCells(workbook: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => fillOf(cell) && out.push(`${sheet.name}!${cell.address}`))));
  return out.sort();
}

async function reopen(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('annotated workbook', () => {
  let dir: string;
  let results: LintResult[];
  let inputHash: string;
  let rulesMeta: ReturnType<PerfLint['rulesMeta']>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'perflint-annotate-'));
    const bytes = await xlsxFromRows([{ name: '表10', rows: ROWS, merges: ['A1:O1', 'C3:G3', 'B7:B9', 'C7:C9', 'D7:D9', 'H7:H9', 'I7:I8'] }]);
    writeFileSync(join(dir, '申报表.xlsx'), bytes);
    writeFileSync(join(dir, '导出.csv'), tsv(ROWS.map((r) => r.map((c) => (c === null ? '' : String(c))))).replace(/\t/g, ','));
    inputHash = createHash('sha256').update(bytes).digest('hex');
    const perflint = linter(dir);
    rulesMeta = perflint.rulesMeta();
    results = await perflint.lintFiles(['申报表.xlsx', '导出.csv']);
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
    const written = await annotateWorkbooks(results, { cwd: dir, outDir: 'out', locale: 'zh-CN', rulesMeta });
    expect(written).toEqual([join(dir, 'out', '导出.annotated.xlsx'), join(dir, 'out', '申报表.annotated.xlsx')]);
    expect(createHash('sha256').update(readFileSync(join(dir, '申报表.xlsx'))).digest('hex')).toBe(inputHash);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written[1]!);
    const sheet = workbook.getWorksheet('表10')!;
    expect(noteText(sheet.getCell('M7'))).toBe('[错误] test/empty-value（指标值不能为空）\n指标“场次”没有填写指标值');
    expect(fillOf(sheet.getCell('M7'))).toBe(ERROR_FILL);
    expect(noteText(sheet.getCell('O8'))).toBe('[警告] test/missing-weight（须填写指标权重）\n指标“人数”没有填写权重');
    expect(fillOf(sheet.getCell('O8'))).toBe(WARNING_FILL);
    expect(fillOf(sheet.getCell('C10'))).toBe(ERROR_FILL);
    expect(noteText(sheet.getCell('N7'))).toBe('');
    // exactly the flagged cells are coloured (and the summary's counts)
    expect(filledCells(workbook)).toEqual(['perflint检查结果!D3', 'perflint检查结果!D4', 'perflint检查结果!E3', 'perflint检查结果!E4', '表10!C10', '表10!I10', '表10!M7', '表10!O8']);
    // the original content and merges survive
    expect(sheet.getCell('K7').value).toBe('场次');
    expect(sheet.getCell('B8').isMerged).toBe(true);

    // the summary comes first and is the active tab; its title spans the table
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['perflint检查结果', '表10']);
    const summary = workbook.worksheets[0]!;
    // exceljs reads no tab selection back: the parts say it
    const parts = xlsxParts(readFileSync(written[1]!));
    const book = parts.get('xl/workbook.xml')!;
    expect(book).toMatch(/<workbookView [^>]*activeTab="0"/);
    const summaryId = /<sheet [^>]*name="perflint检查结果"[^>]*r:id="(rId\d+)"/.exec(book)![1];
    const summaryPart = new RegExp(`Id="${summaryId}"[^>]*Target="([^"]+)"`).exec(parts.get('xl/_rels/workbook.xml.rels')!)![1];
    const selected = [...parts].filter(([name, text]) => name.startsWith('xl/worksheets/sheet') && text.includes('tabSelected="1"')).map(([name]) => name);
    expect(selected).toEqual([`xl/${summaryPart}`]);
    expect(summary.getCell('A1').value).toBe('perflint 检查结果：申报表.xlsx');
    expect(summary.getCell('F1').isMerged).toBe(true);
    const rows = summary.getSheetValues().slice(2).map((r) => (r as ExcelJS.CellValue[]).slice(1));
    expect(rows[0]).toEqual(['序号', '项目', '位置', '错误', '警告', '规则']);
    expect(rows[1]).toEqual([1, '项目甲', { text: '表10!B7', hyperlink: '#表10!B7' }, 1, 1, 'test/empty-value（指标值不能为空）\ntest/missing-weight（须填写指标权重）']);
    expect(rows[2]).toEqual([2, '项目乙', { text: '表10!B10', hyperlink: '#表10!B10' }, 1, 1, 'test/level-one（一级指标应为产出、效益或满意度指标）\ntest/no-funding（须填写资金总额）']);
    expect(rows[3]).toEqual(['', '合计', '', 2, 2, '']);
  });

  it('turns a CSV input into a new workbook with the same cells', async () => {
    const [written] = await annotateWorkbooks([results[0]!], { cwd: dir, outputFile: 'csv-批注.xlsx', locale: 'en', rulesMeta });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written!);
    const sheet = workbook.getWorksheet('导出')!;
    expect(sheet.getCell('K7').value).toBe('场次');
    expect(noteText(sheet.getCell('M7'))).toBe('[error] test/empty-value (指标值不能为空)\n指标“场次”没有填写指标值');
    expect(workbook.getWorksheet('perflint summary')).toBeDefined();
  });

  it('puts a finding on a merged cell onto the merged cell itself', async () => {
    const hidden = { ...results[1]!, messages: [{ ...results[1]!.messages[0]!, cellRef: '表10!I8', severity: 1 as const }] };
    const [written] = await annotateWorkbooks([hidden], { cwd: dir, outputFile: 'merged.xlsx', locale: 'zh-CN', rulesMeta });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written!);
    expect(fillOf(workbook.getWorksheet('表10')!.getCell('I7'))).toBe(WARNING_FILL);
  });

  it('refuses one output file for several workbooks, and never overwrites the input', async () => {
    await expect(annotateWorkbooks(results, { cwd: dir, outputFile: 'x.xlsx', locale: 'zh-CN', rulesMeta })).rejects.toThrow(AnnotateError);
    await expect(annotateWorkbooks([results[1]!], { cwd: dir, outputFile: '申报表.xlsx', locale: 'zh-CN', rulesMeta })).rejects.toThrow('an output never replaces');
  });

  it('shows suggestions in the comment, and sizes the comment box to its text', async () => {
    const message = { ...results[1]!.messages[0]!, suggestions: [{ desc: '填写“≥50场”', fix: { range: [0, 0] as [number, number], text: '"≥50场"' } }] };
    const bytes = await annotateWorkbookBytes('申报表.xlsx', readFileSync(join(dir, '申报表.xlsx')), [message], { locale: 'zh-CN', rulesMeta });
    const text = noteText((await reopen(bytes!)).getWorksheet('表10')!.getCell(message.cellRef!.split('!')[1]!));
    expect(text.split('\n')).toEqual([expect.stringContaining(message.ruleId!), message.message, '建议：填写“≥50场”']);
    const vml = [...xlsxParts(bytes!).values()].join('\n');
    const anchor = /<x:Anchor>([^<]+)<\/x:Anchor>/.exec(vml)?.[1]?.split(',').map(Number);
    // columns spanned by the box: more than exceljs's fixed two for a 60-character message
    expect(anchor![4]! - anchor![0]!).toBeGreaterThan(2);
  });
});

/** the parts of an .xlsx by path (`xl/workbook.xml`), as text */
function xlsxParts(bytes: Uint8Array): Map<string, string> {
  const zip = XLSX.CFB.read(bytes, { type: 'array' });
  return new Map((zip.FileIndex as Array<{ content?: unknown }>).map((f, i) => [(zip.FullPaths as string[])[i]!.replace(/^[^/]*\//, ''), f.content ? new TextDecoder().decode(f.content as Uint8Array) : '']));
}

describe('annotated example workbook (fixtures/workbooks/申报表.xlsx)', () => {
  const fixture = join(import.meta.dirname, '../../fixtures/workbooks/申报表.xlsx');
  let result: LintResult;
  let workbook: ExcelJS.Workbook;

  beforeAll(async () => {
    const perflint = new PerfLint({ locale: 'zh-CN' });
    result = (await perflint.lintFiles([fixture]))[0]!;
    workbook = await reopen((await perflint.annotateWorkbook(result))!);
  });

  it('colours exactly the cells that carry a finding, each with a comment naming the rule in Chinese', () => {
    const flagged = [...new Set(result.messages.map((m) => m.cellRef!))];
    const table = filledCells(workbook).filter((ref) => !ref.startsWith('perflint'));
    expect(table).toEqual(flagged.sort());
    for (const ref of flagged) {
      const [sheet, address] = ref.split('!');
      const text = noteText(workbook.getWorksheet(sheet!)!.getCell(address!));
      for (const m of result.messages.filter((x) => x.cellRef === ref)) expect(text).toContain(`${m.ruleId}（`);
    }
  });

  it('shows a fix as the text the cell should read (the workbook itself is never changed)', () => {
    const fixable = result.messages.find((m) => m.cellFix)!;
    const [sheet, address] = fixable.cellFix!.cellRef!.split('!');
    expect(noteText(workbook.getWorksheet(sheet!)!.getCell(address!))).toContain(`可改为：${fixable.cellFix!.text}`);
  });

  it('puts a weights total on the weight column', () => {
    const sum = result.messages.find((m) => m.ruleId === 'weights-sum' && m.pointer.endsWith('/indicators'))!;
    const column = workbook.getWorksheet('表10')!.getColumn(sum.cellRef!.replace(/^表10!([A-Z]+)\d+$/, '$1'));
    const header: string[] = [];
    column.eachCell((cell) => header.push(String(cell.value)));
    expect(header.slice(0, 8).join()).toContain('权重');
  });

  it('is what the library returns, from annotateWorkbook and from the xlsx formatter', async () => {
    const perflint = new PerfLint({ locale: 'zh-CN' });
    const formatter = await perflint.loadFormatter('xlsx');
    const bytes = await formatter([result], { cwd: process.cwd(), locale: 'zh-CN', rulesMeta: perflint.rulesMeta() });
    expect(filledCells(await reopen(bytes))).toEqual(filledCells(workbook));
    await expect(formatter([result, result], { cwd: process.cwd(), locale: 'zh-CN', rulesMeta: {} })).rejects.toThrow('annotateWorkbook(result) for each');
    expect(await perflint.annotateWorkbook({ ...result, filePath: 'a.json' })).toBeUndefined();
  });
});
