/**
 * The reviewer's copy: each linted spreadsheet written back as a workbook with every finding on
 * its cell (a comment with the message and rule id; error cells red, warning cells yellow) and a
 * summary sheet listing each project's errors, warnings and rules. CSV/TSV inputs become a new
 * .xlsx. The input file is only read; outputs are written atomically.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname, relative, resolve as resolvePath } from 'node:path';
import ExcelJS from 'exceljs';
import type { LintMessage, LintResult } from '../engine/results.js';
import { writeOutputFile, type TempFiles } from '../fs-atomic.js';
import type { Locale } from '../i18n.js';
import { parseCellAddress, parseQualifiedCellRef, qualifiedCellRef } from './cell-ref.js';
import { cellKey, type SheetGrid } from './grid.js';
import { isSpreadsheetPath, readSheets, WORKBOOK_EXTENSIONS } from './import-spreadsheet.js';
import { readTables } from './read-tables.js';
import type { RowSource } from '../document/model.js';
import { AnnotateError } from './errors.js';
import { isOpenDocumentPackage, loadWorkbook, restoreMerges, sheetToGrid, sniffWorkbook, tableSheets } from './read-workbook.js';

export interface AnnotateOptions {
  cwd: string;
  /** `--format xlsx --output-file x.xlsx`: one input, this output */
  outputFile?: string;
  /** `--annotate DIR`: one `<name>.annotated.xlsx` per input */
  outDir?: string;
  locale: Locale;
  temps?: TempFiles;
}

export { AnnotateError };

/** Fills for findings, as Excel's own "Bad" and "Neutral" cell styles. */
export const ERROR_FILL = 'FFFFC7CE';
export const WARNING_FILL = 'FFFFEB9C';

const PROJECT_POINTER = /^\/projects\/(\d+)(?:\/|$)/;

/** Writes one annotated workbook per spreadsheet result and returns the paths written. */
export async function annotateWorkbooks(results: LintResult[], options: AnnotateOptions): Promise<string[]> {
  const sheets = results.filter((r) => isSpreadsheetPath(r.filePath));
  const t = texts(options.locale);
  if (sheets.length === 0) throw new AnnotateError(t.noSpreadsheets);
  if (options.outputFile && sheets.length > 1) throw new AnnotateError(t.oneOutputFile);
  const written: string[] = [];
  const taken = new Set<string>();
  for (const result of sheets) {
    const target = targetPath(result.filePath, options, taken);
    const workbook = await annotatedWorkbook(result, options.locale);
    if (!workbook) continue; // an unreadable file: its fatal message is in the report already
    const inputs = results.map((r) => r.filePath);
    await writeOutputFile(target, new Uint8Array(await workbook.xlsx.writeBuffer()), { inputs, temps: options.temps, shownPath: relative(options.cwd, target) || target });
    written.push(target);
  }
  return written;
}

function targetPath(input: string, options: AnnotateOptions, taken: Set<string>): string {
  if (options.outputFile) return resolvePath(options.cwd, options.outputFile);
  const dir = options.outDir !== undefined ? resolvePath(options.cwd, options.outDir) : options.cwd;
  const stem = basename(input, extname(input));
  let path = resolvePath(dir, `${stem}.annotated.xlsx`);
  for (let n = 2; taken.has(path); n++) path = resolvePath(dir, `${stem}.annotated(${n}).xlsx`);
  taken.add(path);
  return path;
}

/** the input as a workbook (a copy of an .xlsx, a new one for CSV/TSV), annotated; undefined when unreadable */
export async function annotatedWorkbook(result: LintResult, locale: Locale): Promise<ExcelJS.Workbook | undefined> {
  const bytes = await readFile(result.filePath);
  const opened = await openAsWorkbook(result.filePath, bytes);
  if (!opened) return undefined;
  const { workbook, grids } = opened;
  const projects = readTables(grids).projects;
  const t = texts(locale);
  markCells(workbook, grids, result.messages, t);
  addSummarySheet(workbook, projects, result, t);
  return workbook;
}

async function openAsWorkbook(filePath: string, bytes: Buffer): Promise<{ workbook: ExcelJS.Workbook; grids: SheetGrid[] } | undefined> {
  // an .xlsx is annotated in a copy of itself; anything else (.xls, .ods, CSV) in a new workbook of its cells
  if (WORKBOOK_EXTENSIONS.includes(extname(filePath).toLowerCase()) && !sniffWorkbook(bytes) && !isOpenDocumentPackage(bytes)) {
    const loaded = await loadWorkbook(bytes);
    if (!loaded.ok) return undefined;
    const grids = tableSheets(loaded.workbook).map((sheet) => sheetToGrid(sheet, loaded.merges.get(sheet.name)));
    restoreMerges(loaded.workbook, loaded.merges);
    return { workbook: loaded.workbook, grids };
  }
  const workbook = new ExcelJS.Workbook();
  const read = await readSheets(filePath, bytes);
  if (!read.ok) return undefined;
  for (const grid of read.sheets) {
    const sheet = workbook.addWorksheet(grid.name);
    grid.rows.forEach((cells, r) => cells.forEach((text, c) => text !== '' && (sheet.getCell(r + 1, c + 1).value = text)));
    for (const range of grid.merges.values()) sheet.mergeCells(range.top, range.left, range.bottom, range.right);
  }
  return { workbook, grids: read.sheets };
}


interface CellFindings {
  sheet: string;
  row: number;
  col: number;
  messages: LintMessage[];
}

/** findings grouped by the cell they are shown on (a hidden part of a merge shows on its top-left cell) */
function findingsByCell(grids: SheetGrid[], messages: LintMessage[]): CellFindings[] {
  const byName = new Map(grids.map((g) => [g.name, g]));
  const cells = new Map<string, CellFindings>();
  for (const m of messages) {
    const ref = m.cellRef ? parseQualifiedCellRef(m.cellRef) : undefined;
    const pos = ref && parseCellAddress(ref.address);
    if (!ref || !pos) continue;
    const master = byName.get(ref.sheet)?.mergedInto.get(cellKey(pos.row, pos.col)) ?? pos;
    const key = `${ref.sheet}\u0000${master.row}\u0000${master.col}`;
    const entry = cells.get(key) ?? { sheet: ref.sheet, row: master.row, col: master.col, messages: [] };
    entry.messages.push(m);
    cells.set(key, entry);
  }
  return [...cells.values()];
}

function markCells(workbook: ExcelJS.Workbook, grids: SheetGrid[], messages: LintMessage[], t: Texts): void {
  for (const found of findingsByCell(grids, messages)) {
    const sheet = workbook.getWorksheet(found.sheet);
    if (!sheet) continue;
    const cell = sheet.getCell(found.row, found.col);
    const isError = found.messages.some((m) => m.severity === 2);
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: isError ? ERROR_FILL : WARNING_FILL } };
    const lines = found.messages.map((m) => `[${m.severity === 2 ? t.error : t.warning}] ${m.ruleId ?? t.fatal}${t.colon}${m.message}`);
    const existing = noteText(cell.note);
    cell.note = { texts: [{ text: [existing, ...lines].filter(Boolean).join('\n') }] } as ExcelJS.Comment;
  }
}

function noteText(note: ExcelJS.Cell['note'] | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((r) => r.text).join('');
}

interface ProjectTally {
  errors: number;
  warnings: number;
  rules: Set<string>;
}

function tally(messages: LintMessage[], projectCount: number): { perProject: ProjectTally[]; document: ProjectTally } {
  const fresh = (): ProjectTally => ({ errors: 0, warnings: 0, rules: new Set() });
  const perProject = Array.from({ length: projectCount }, fresh);
  const document = fresh();
  for (const m of messages) {
    const match = PROJECT_POINTER.exec(m.pointer);
    const bucket = (match ? perProject[Number(match[1])] : undefined) ?? document;
    if (m.severity === 2) bucket.errors++;
    else bucket.warnings++;
    bucket.rules.add(m.ruleId ?? 'fatal');
  }
  return { perProject, document };
}

function addSummarySheet(workbook: ExcelJS.Workbook, projects: ReturnType<typeof readTables>['projects'], result: LintResult, t: Texts): void {
  let name = t.summarySheet;
  for (let n = 2; workbook.getWorksheet(name); n++) name = `${t.summarySheet}(${n})`;
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [{ width: 6 }, { width: 36 }, { width: 16 }, { width: 8 }, { width: 8 }, { width: 48 }];
  sheet.addRow([t.title, basename(result.filePath)]).font = { bold: true };
  const header = sheet.addRow(t.headers);
  header.font = { bold: true };
  const { perProject, document } = tally(result.messages, projects.length);
  projects.forEach((p, i) => {
    const counts = perProject[i]!;
    const source = p.source as RowSource | undefined;
    const ref = source?.sheet && source.cell ? qualifiedCellRef(source.sheet, source.cell) : '';
    const row = sheet.addRow([i + 1, p.name, ref ? { text: ref, hyperlink: `#${ref}` } : '', counts.errors, counts.warnings, [...counts.rules].sort().join(', ')]);
    if (counts.errors) row.getCell(4).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: ERROR_FILL } };
    if (counts.warnings) row.getCell(5).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: WARNING_FILL } };
  });
  if (document.errors || document.warnings) sheet.addRow(['', t.wholeFile, '', document.errors, document.warnings, [...document.rules].sort().join(', ')]);
  const total = sheet.addRow(['', t.total, '', result.errorCount, result.warningCount, '']);
  total.font = { bold: true };
}

interface Texts {
  error: string;
  warning: string;
  fatal: string;
  colon: string;
  summarySheet: string;
  title: string;
  headers: string[];
  wholeFile: string;
  total: string;
  noSpreadsheets: string;
  oneOutputFile: string;
}

function texts(locale: Locale): Texts {
  if (locale === 'en') {
    return {
      error: 'error',
      warning: 'warning',
      fatal: 'fatal',
      colon: ': ',
      summarySheet: 'perflint summary',
      title: 'perflint findings',
      headers: ['#', 'Project', 'Cell', 'Errors', 'Warnings', 'Rules'],
      wholeFile: '(whole file)',
      total: 'Total',
      noSpreadsheets: 'there is no spreadsheet input to annotate (xlsx, csv, tsv)',
      oneOutputFile: '--output-file takes one spreadsheet; for several, use --annotate DIR',
    };
  }
  return {
    error: '错误',
    warning: '警告',
    fatal: '无法检查',
    colon: '：',
    summarySheet: 'perflint检查结果',
    title: 'perflint 检查结果',
    headers: ['序号', '项目', '位置', '错误', '警告', '规则'],
    wholeFile: '（整个文件）',
    total: '合计',
    noSpreadsheets: '没有可批注的表格文件（xlsx、csv、tsv）',
    oneOutputFile: '--output-file 只能用于一个表格文件；多个文件请用 --annotate 目录',
  };
}
