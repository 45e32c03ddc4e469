/**
 * The annotated workbook, from bytes to bytes and without node: the CLI (`--annotate`), the
 * library (`PerfLint#annotateWorkbook`) and the clerk's page in the browser all call
 * `annotateWorkbookBytes`. Every finding sits on its cell (a comment sized to its text: rule id and
 * name, message, suggestions; error cells red, warning cells yellow) and a summary sheet, first
 * and active, lists each project's errors, warnings and rules. CSV/TSV/.xls inputs become a new .xlsx.
 */
import ExcelJS from 'exceljs';
import { baseName, extensionOf } from '../document/file-name.js';
import type { RowSource } from '../document/model.js';
import type { AnyRule } from '../engine/rule.js';
import type { LintMessage } from '../engine/results.js';
import type { Locale } from '../i18n.js';
import { parseCellAddress, parseQualifiedCellRef, qualifiedCellRef } from './cell-ref.js';
import { cellKey, type SheetGrid } from './grid.js';
import { readSheets, WORKBOOK_EXTENSIONS } from './import-spreadsheet.js';
import { readTables } from './read-tables.js';
import { isOtherSpreadsheetPackage, loadWorkbook, restoreMerges, sheetToGrid, sniffWorkbook, tableSheets } from './read-workbook.js';

/** Fills for findings, as Excel's own "Bad" and "Neutral" cell styles. */
export const ERROR_FILL = 'FFFFC7CE';
export const WARNING_FILL = 'FFFFEB9C';

export interface AnnotateWorkbookOptions {
  locale: Locale;
  /** rule id → meta: the rule's name beside its id (`PerfLint#rulesMeta()`) */
  rulesMeta: Readonly<Record<string, AnyRule['meta']>>;
}

const PROJECT_POINTER = /^\/projects\/(\d+)(?:\/|$)/;

/** The input's bytes annotated with its messages, as .xlsx bytes; undefined when the input cannot be read as a table. */
export async function annotateWorkbookBytes(fileName: string, bytes: Uint8Array, messages: LintMessage[], options: AnnotateWorkbookOptions): Promise<Uint8Array | undefined> {
  const opened = await openAsWorkbook(fileName, bytes);
  if (!opened) return undefined;
  const { workbook, grids } = opened;
  const t = texts(options.locale);
  const ruleName = (id: string | null) => (id ? options.rulesMeta[id]?.docs.description[options.locale] : undefined);
  markCells(workbook, grids, messages, t, ruleName);
  addSummarySheet(workbook, readTables(grids).projects, fileName, messages, t, ruleName);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function openAsWorkbook(fileName: string, bytes: Uint8Array): Promise<{ workbook: ExcelJS.Workbook; grids: SheetGrid[] } | undefined> {
  // an .xlsx is annotated in a copy of itself; anything else (.xls, .xlsb, .ods, CSV) in a new workbook of its cells
  if (WORKBOOK_EXTENSIONS.includes(extensionOf(fileName)) && !sniffWorkbook(bytes) && !isOtherSpreadsheetPackage(bytes)) {
    const loaded = await loadWorkbook(bytes);
    if (!loaded.ok) return undefined;
    const grids = tableSheets(loaded.workbook).map((sheet) => sheetToGrid(sheet, loaded.merges.get(sheet.name)));
    restoreMerges(loaded.workbook, loaded.merges);
    return { workbook: loaded.workbook, grids };
  }
  const workbook = new ExcelJS.Workbook();
  const read = await readSheets(fileName, bytes);
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

type RuleName = (id: string | null) => string | undefined;

function markCells(workbook: ExcelJS.Workbook, grids: SheetGrid[], messages: LintMessage[], t: Texts, ruleName: RuleName): void {
  for (const found of findingsByCell(grids, messages)) {
    const sheet = workbook.getWorksheet(found.sheet);
    if (!sheet) continue;
    const cell = sheet.getCell(found.row, found.col);
    const isError = found.messages.some((m) => m.severity === 2);
    setFill(cell, isError ? ERROR_FILL : WARNING_FILL);
    const text = [noteText(cell.note), ...found.messages.map((m) => findingText(m, t, ruleName))].filter(Boolean).join('\n\n');
    setSizedNote(sheet, cell, text);
  }
}

/**
 * exceljs shares one style object among all cells loaded with the same style: assigning `fill`
 * would colour every one of them. The cell gets a style of its own first.
 */
function setFill(cell: ExcelJS.Cell, argb: string): void {
  cell.style = { ...cell.style, fill: { type: 'pattern', pattern: 'solid', fgColor: { argb } } };
}

/** [错误] weights-sum（指标权重合计应为100）, the message, then each suggestion */
function findingText(m: LintMessage, t: Texts, ruleName: RuleName): string {
  const name = ruleName(m.ruleId);
  const head = `[${m.severity === 2 ? t.error : t.warning}] ${m.ruleId ?? t.fatal}${name ? `${t.open}${name}${t.close}` : ''}`;
  const advice = (m.suggestions ?? []).map((s) => `${t.suggestion}${s.desc}`);
  // a workbook carries its fix as the cell and the text it should read; a JSON document as an edit
  const replacement = m.cellFix?.text ?? (m.fix && fixedText(m.fix.text));
  if (replacement) advice.push(`${t.fixTo}${replacement}`);
  return [head, m.message, ...advice].join('\n');
}

/** a fix's replacement when it is one JSON string (what a clerk would type), else undefined */
function fixedText(json: string): string | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'string' && value !== '' ? value : undefined;
  } catch {
    return undefined;
  }
}

function noteText(note: ExcelJS.Cell['note'] | undefined): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((r) => r.text).join('');
}

/** a comment box this many character widths wide (a CJK character counts two) */
const NOTE_WIDTH_CHARS = 56;
/** Excel's defaults when a column or row sets none: 8.43 characters, 15 points */
const DEFAULT_COLUMN_WIDTH = 8.43;
const DEFAULT_ROW_POINTS = 15;
const LINE_POINTS = 14;

/**
 * The note, in a box as large as its text. exceljs's public note API has no size (every box is two
 * columns by four rows, which cuts a long message off); its writer takes the box from the
 * comment model's `anchor` (columns and rows from the sheet's top left), so the model gets one.
 */
function setSizedNote(sheet: ExcelJS.Worksheet, cell: ExcelJS.Cell, text: string): void {
  cell.note = { texts: [{ text }] } as ExcelJS.Comment;
  const lines = text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / NOTE_WIDTH_CHARS)), 0);
  const left = Number(cell.col);
  const top = Math.max(Number(cell.row) - 2, 0);
  const right = left + span((c) => sheet.getColumn(c + 1).width ?? DEFAULT_COLUMN_WIDTH, left, NOTE_WIDTH_CHARS + 2);
  const bottom = top + span((r) => sheet.getRow(r + 1).height ?? DEFAULT_ROW_POINTS, top, lines * LINE_POINTS + 8);
  const note = (cell as unknown as { _comment?: { model: object } })._comment;
  if (!note) return;
  const model = note.model;
  Object.defineProperty(note, 'model', { configurable: true, get: () => ({ ...model, anchor: { left, top, right, bottom } }) });
}

/** how many columns (or rows) from `start` it takes to cover `needed` units; fractional at the end */
function span(sizeOf: (index: number) => number, start: number, needed: number): number {
  let covered = 0;
  for (let i = start; ; i++) {
    const size = sizeOf(i);
    if (covered + size >= needed) return i - start + (needed - covered) / size;
    covered += size;
  }
}

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return width;
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

function ruleList(rules: Set<string>, ruleName: RuleName, t: Texts): string {
  return [...rules]
    .sort()
    .map((id) => {
      const name = ruleName(id);
      return name ? `${id}${t.open}${name}${t.close}` : id;
    })
    .join('\n');
}

/** The summary sheet: first, active, its title across the table so nothing is cut off. */
function addSummarySheet(workbook: ExcelJS.Workbook, projects: ReturnType<typeof readTables>['projects'], fileName: string, messages: LintMessage[], t: Texts, ruleName: RuleName): void {
  let name = t.summarySheet;
  for (let n = 2; workbook.getWorksheet(name); n++) name = `${t.summarySheet}(${n})`;
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [{ width: 6 }, { width: 40 }, { width: 12 }, { width: 8 }, { width: 8 }, { width: 60 }];
  sheet.addRow([`${t.title}${t.colon}${baseName(fileName)}`]);
  sheet.mergeCells(1, 1, 1, 6);
  setStyle(sheet.getCell(1, 1), { font: { bold: true, size: 14 } });
  sheet.getRow(1).height = 24;
  const header = sheet.addRow(t.headers);
  header.eachCell((c) => setStyle(c, { font: { bold: true } }));
  const { perProject, document } = tally(messages, projects.length);
  const wrap: Partial<ExcelJS.Style> = { alignment: { wrapText: true, vertical: 'top' } };
  projects.forEach((p, i) => {
    const counts = perProject[i]!;
    const source = p.source as RowSource | undefined;
    const ref = source?.sheet && source.cell ? qualifiedCellRef(source.sheet, source.cell) : '';
    const row = sheet.addRow([i + 1, p.name, ref ? { text: ref, hyperlink: `#${ref}` } : '', counts.errors, counts.warnings, ruleList(counts.rules, ruleName, t)]);
    row.eachCell((c) => setStyle(c, wrap));
    if (counts.errors) setFill(row.getCell(4), ERROR_FILL);
    if (counts.warnings) setFill(row.getCell(5), WARNING_FILL);
  });
  if (document.errors || document.warnings) {
    sheet.addRow(['', t.wholeFile, '', document.errors, document.warnings, ruleList(document.rules, ruleName, t)]).eachCell((c) => setStyle(c, wrap));
  }
  const errors = messages.filter((m) => m.severity === 2).length;
  sheet.addRow(['', t.total, '', errors, messages.length - errors, '']).eachCell((c) => setStyle(c, { font: { bold: true } }));
  putFirstAndActive(workbook, sheet);
}

function setStyle(cell: ExcelJS.Cell, style: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...style };
}

function putFirstAndActive(workbook: ExcelJS.Workbook, summary: ExcelJS.Worksheet): void {
  // exceljs writes sheets in `orderNo` order (a field its types leave out)
  const order = (sheet: ExcelJS.Worksheet) => sheet as unknown as { orderNo: number };
  order(summary).orderNo = Math.min(...workbook.worksheets.map((s) => order(s).orderNo)) - 1;
  for (const sheet of workbook.worksheets) {
    sheet.views = sheet === summary ? [{ state: 'normal', tabSelected: true }] : (sheet.views ?? []).map((v) => ({ ...v, tabSelected: false }));
  }
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];
}

interface Texts {
  error: string;
  warning: string;
  fatal: string;
  colon: string;
  open: string;
  close: string;
  suggestion: string;
  fixTo: string;
  summarySheet: string;
  title: string;
  headers: string[];
  wholeFile: string;
  total: string;
}

function texts(locale: Locale): Texts {
  if (locale === 'en') {
    return {
      error: 'error',
      warning: 'warning',
      fatal: 'fatal',
      colon: ': ',
      open: ' (',
      close: ')',
      suggestion: 'Suggestion: ',
      fixTo: 'Correct to: ',
      summarySheet: 'perflint summary',
      title: 'perflint findings',
      headers: ['#', 'Project', 'Cell', 'Errors', 'Warnings', 'Rules'],
      wholeFile: '(whole file)',
      total: 'Total',
    };
  }
  return {
    error: '错误',
    warning: '警告',
    fatal: '无法检查',
    colon: '：',
    open: '（',
    close: '）',
    suggestion: '建议：',
    fixTo: '可改为：',
    summarySheet: 'perflint检查结果',
    title: 'perflint 检查结果',
    headers: ['序号', '项目', '位置', '错误', '警告', '规则'],
    wholeFile: '（整个文件）',
    total: '合计',
  };
}
