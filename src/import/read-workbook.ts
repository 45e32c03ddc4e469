/**
 * .xlsx bytes → SheetGrids (exceljs). Cell text is what the clerk sees: rich text joined, formula
 * results, percentages as "95%", numbers without float noise. A file that is not a readable
 * workbook gets a reason a clerk can act on (encrypted, old .xls, damaged).
 */
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { cellKey, type MergeRange, type SheetGrid } from './grid.js';
import { cellAddress, parseCellAddress, qualifiedCellRef, type CellPosition } from './cell-ref.js';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip-directory.js';
import { readLegacyWorkbook, readMarkupWorkbook } from './read-legacy-workbook.js';
import { decodeText } from '../document/text-encoding.js';

export type WorkbookProblem = 'encrypted' | 'legacy-xls' | 'not-a-workbook' | 'damaged' | 'too-large' | 'uncalculated-formulas';

/** What a problem message needs to name: the sheet, the sizes, the cell, what the file really is. */
export interface ProblemDetail {
  sheet?: string;
  /** bytes the sheets would unpack to, and the limit */
  size?: number;
  limit?: number;
  /** formula cells without a stored result, and the first of them */
  count?: number;
  cellRef?: string;
  /** for a zip that is not a workbook: what it looks like instead */
  actually?: 'ods' | 'xlsb' | 'docx' | 'pptx' | 'zip';
}

export type ReadWorkbook = { ok: true; sheets: SheetGrid[] } | ({ ok: false; problem: WorkbookProblem } & ProblemDetail);

/**
 * exceljs holds many times a sheet's XML in memory: 48 MiB of XML (150,000 rows) peaked at
 * 0.93 GiB through `perflint import`. 40 MiB keeps a run under 1 GiB; a real 5,000-row 申报表
 * unpacks to a few MiB.
 */
export const DEFAULT_MAX_UNPACKED_BYTES = 40 * 1024 * 1024;

export interface WorkbookLimits {
  maxUnpackedBytes?: number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: old .xls, and also every password-protected .xlsx (an encrypted package) */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptionInfo" in UTF-16LE, spelled out so that the reader needs no Buffer (it runs in a browser too) */
const ENCRYPTION_INFO_UTF16 = Uint8Array.from([...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0]));

function containsBytes(bytes: Uint8Array, needle: Uint8Array): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first!); i !== -1 && i <= bytes.length - needle.length; i = bytes.indexOf(first!, i + 1)) {
    if (needle.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Why bytes cannot be opened as an .xlsx, before handing them to the zip reader. */
export function sniffWorkbook(bytes: Uint8Array): WorkbookProblem | undefined {
  if (startsWith(bytes, ZIP_MAGIC)) return undefined;
  if (startsWith(bytes, CFB_MAGIC)) {
    // an encrypted OOXML package keeps its key in a stream called "EncryptionInfo" (stored as UTF-16)
    return containsBytes(bytes, ENCRYPTION_INFO_UTF16) ? 'encrypted' : 'legacy-xls';
  }
  return 'not-a-workbook';
}

export async function readWorkbook(bytes: Uint8Array, limits: WorkbookLimits = {}): Promise<ReadWorkbook> {
  const sniffed = sniffWorkbook(bytes);
  // .xls and .et (an OLE compound file that is not an encrypted package): SheetJS reads BIFF
  if (sniffed === 'legacy-xls') return readLegacyWorkbook(bytes);
  if (sniffed === 'not-a-workbook') return readMarkup(bytes, limits.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES);
  if (sniffed) return { ok: false, problem: sniffed };
  const inspected = await inspectPackage(bytes, limits.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES);
  // an OpenDocument spreadsheet and an Excel binary workbook (.xlsb) are zips too: SheetJS reads them
  if (inspected?.problem === 'not-a-workbook' && (inspected.actually === 'ods' || inspected.actually === 'xlsb')) return readLegacyWorkbook(bytes);
  if (inspected) return inspected;
  const loaded = await loadWorkbook(bytes);
  if (!loaded.ok) return loaded;
  const sheets = tableSheets(loaded.workbook).map((sheet) => sheetToGrid(sheet, loaded.merges.get(sheet.name)));
  const uncalculated = firstUncalculatedFormula(sheets);
  if (uncalculated) return { ok: false, problem: 'uncalculated-formulas', ...uncalculated };
  return { ok: true, sheets };
}

/** A web page with a table, or an XML Spreadsheet 2003 file, saved under a workbook's name. */
const MARKUP_WORKBOOK = /^\s*<[\s\S]*?(?:<table[\s>]|urn:schemas-microsoft-com:office:spreadsheet)/i;

/** An ".xls" that is text: read as markup when it is a table, otherwise no workbook at all. */
function readMarkup(bytes: Uint8Array, limit: number): ReadWorkbook {
  // the page is held as text and as SheetJS's cells: the same bound as an .xlsx's sheets
  if (bytes.length > limit) return { ok: false, problem: 'too-large', size: bytes.length, limit };
  const decoded = decodeText(bytes);
  if (!decoded.ok || !MARKUP_WORKBOOK.test(decoded.text)) return { ok: false, problem: 'not-a-workbook' };
  return readMarkupWorkbook(decoded.text);
}

const SHEET_PART = /^xl\/(?:worksheets\/[^/]+\.(?:xml|bin)|sharedStrings\.(?:xml|bin))$/;

/** Before unpacking: is it a workbook at all, and do its sheets fit the memory bound? */
async function inspectPackage(bytes: Uint8Array, limit: number): Promise<Extract<ReadWorkbook, { ok: false }> | undefined> {
  const entries = readZipDirectory(bytes);
  if (!entries) return { ok: false, problem: 'damaged' };
  const names = new Set(entries.map((e) => e.name));
  const binary = names.has('xl/workbook.bin');
  if (!names.has('xl/workbook.xml') && !binary) return { ok: false, problem: 'not-a-workbook', actually: whatZipIs(names) };
  const parts = entries.filter((e) => SHEET_PART.test(e.name));
  const size = parts.reduce((n, e) => n + e.uncompressedSize, 0);
  // (a binary workbook within the bound is handed to SheetJS, which reads .xlsb)
  if (size <= limit) return binary ? { ok: false, problem: 'not-a-workbook', actually: 'xlsb' } : undefined;
  const largest = parts.filter((e) => !e.name.startsWith('xl/sharedStrings.')).sort((a, b) => b.uncompressedSize - a.uncompressedSize)[0];
  const sheet = largest ? await sheetNameOfPart(bytes, entries, largest.name) : undefined;
  return { ok: false, problem: 'too-large', size, limit, ...(sheet ? { sheet } : {}) };
}

/**
 * A zip that is a spreadsheet but not an .xlsx: an OpenDocument spreadsheet (content.xml and its
 * manifest, as LibreOffice, WPS and SheetJS write it) or an Excel binary workbook (xl/workbook.bin).
 */
export function isOtherSpreadsheetPackage(bytes: Uint8Array): boolean {
  const names = new Set((readZipDirectory(bytes) ?? []).map((e) => e.name));
  const kind = whatZipIs(names);
  return kind === 'ods' || kind === 'xlsb';
}

function whatZipIs(names: ReadonlySet<string>): ProblemDetail['actually'] {
  if (names.has('xl/workbook.bin')) return 'xlsb';
  if (names.has('content.xml') && (names.has('mimetype') || names.has('META-INF/manifest.xml'))) return 'ods';
  if (names.has('word/document.xml')) return 'docx';
  if (names.has('ppt/presentation.xml')) return 'pptx';
  return 'zip';
}

/** "xl/worksheets/sheet3.xml" → the tab name the clerk sees, through workbook.xml and its relationships */
async function sheetNameOfPart(bytes: Uint8Array, entries: ZipEntry[], part: string): Promise<string | undefined> {
  const text = async (name: string) => {
    const entry = entries.find((e) => e.name === name);
    const data = entry && entry.uncompressedSize < 16 * 1024 * 1024 ? await readZipEntry(bytes, entry) : undefined;
    return data ? new TextDecoder().decode(data) : undefined;
  };
  const [workbook, rels] = await Promise.all([text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels')]);
  if (!workbook || !rels) return undefined;
  const target = part.slice('xl/'.length);
  const relId = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => attribute(tag, 'Target')?.replace(/^\/?(xl\/)?/, '') === target);
  const id = relId && attribute(relId, 'Id');
  const sheetTag = id ? [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => attribute(tag, 'r:id') === id) : undefined;
  return sheetTag ? decodeXmlText(attribute(sheetTag, 'name') ?? '') : undefined;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(tag)?.[1];
}

function decodeXmlText(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);
}

/** The first formula cell that was never calculated (the workbook was written by a program, not saved by Excel or WPS). */
function firstUncalculatedFormula(sheets: SheetGrid[]): ProblemDetail | undefined {
  let count = 0;
  let first: string | undefined;
  for (const sheet of sheets) {
    for (const key of sheet.uncalculated ?? []) {
      count++;
      first ??= qualifiedCellRef(sheet.name, cellAddress(Math.floor(key / 16_385), key % 16_385));
    }
  }
  return count ? { count, cellRef: first } : undefined;
}

/**
 * The sheets a clerk fills in. Hidden sheets are left out: budget-system templates keep their
 * drop-down lists (一级指标, 二级指标 …) there, which are not tables to check.
 */
export function tableSheets(workbook: ExcelJS.Workbook): ExcelJS.Worksheet[] {
  return workbook.worksheets.filter((sheet) => sheet.state !== 'hidden' && sheet.state !== 'veryHidden');
}

export type LoadedWorkbook = { ok: true; workbook: ExcelJS.Workbook; merges: Map<string, MergeRange[]> } | { ok: false; problem: 'damaged' };

/**
 * exceljs 4.4 checks each merged range of a file against every range merged before it, which is
 * quadratic: a 10,000-row table with merged 一级/项目 cells (15,000 ranges) took 19 s to open.
 * So the merged ranges are taken out of this one workbook's model before exceljs applies them
 * and returned as they are; `sheetToGrid` reads them directly, `restoreMerges` re-applies them
 * in linear time when the workbook is to be written back.
 */
export async function loadWorkbook(bytes: Uint8Array): Promise<LoadedWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const merges = new Map<string, MergeRange[]>();
  const xlsx = workbook.xlsx as unknown as { reconcile(model: { worksheets: Array<{ name: string; mergeCells?: string[] } | undefined> }, options: unknown): void };
  const reconcile = xlsx.reconcile.bind(xlsx);
  xlsx.reconcile = (model, options) => {
    reconcile(model, options);
    for (const sheet of model.worksheets) {
      if (!sheet?.mergeCells?.length) continue;
      merges.set(sheet.name, sheet.mergeCells.flatMap((ref) => parseRange(ref) ?? []));
      sheet.mergeCells = [];
    }
  };
  try {
    // JSZip underneath takes any Uint8Array: a node Buffer, or a browser's bytes
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    // the reader's own error text (a JavaScript TypeError, an XML position) means nothing to a clerk
    return { ok: false, problem: 'damaged' };
  }
  return { ok: true, workbook, merges };
}

/** merges taken out by `loadWorkbook`, put back cell by cell (what exceljs writes merges from) */
export function restoreMerges(workbook: ExcelJS.Workbook, merges: ReadonlyMap<string, MergeRange[]>): void {
  for (const [name, ranges] of merges) {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) continue;
    const used = { bottom: sheet.rowCount, right: sheet.columnCount };
    for (const declared of ranges) {
      const range = clipRange(declared, used);
      if (!range) continue;
      const master = sheet.getCell(range.top, range.left);
      for (let row = range.top; row <= range.bottom; row++) {
        for (let col = range.left; col <= range.right; col++) if (row !== range.top || col !== range.left) sheet.getCell(row, col).merge(master, true);
      }
    }
  }
}

/** "B7:B9" → its range; a one-cell "merge" is no merge */
function parseRange(ref: string): MergeRange | undefined {
  const [from, to] = ref.split(':');
  const a = from ? parseCellAddress(from) : undefined;
  const b = to ? parseCellAddress(to) : undefined;
  if (!a || !b || (a.row === b.row && a.col === b.col)) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/**
 * A worksheet → grid. Merged ranges come from `loadWorkbook` (a file) or from the cells
 * themselves (a workbook built in memory); either way a hidden cell reads as empty, as in Excel.
 */
export function sheetToGrid(sheet: ExcelJS.Worksheet, fileMerges: readonly MergeRange[] = []): SheetGrid {
  const rows: string[][] = [];
  const mergedInto = new Map<number, CellPosition>();
  const merges = new Map<number, MergeRange>();
  const uncalculated: number[] = [];
  // a merge may claim the whole sheet (A1:XFD1048576): only the part with cells matters
  const used = { bottom: sheet.rowCount, right: sheet.columnCount };
  for (const declared of fileMerges) {
    const range = clipRange(declared, used);
    if (!range) continue;
    merges.set(cellKey(range.top, range.left), range);
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) if (row !== range.top || col !== range.left) mergedInto.set(cellKey(row, col), { row: range.top, col: range.left });
    }
  }
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        const master = cell.master;
        const masterPos = { row: Number(master.row), col: Number(master.col) };
        mergedInto.set(cellKey(rowNumber, colNumber), masterPos);
        growMerge(merges, masterPos, rowNumber, colNumber);
        return;
      }
      if (mergedInto.has(cellKey(rowNumber, colNumber))) return;
      if (isUncalculatedFormula(cell.value)) uncalculated.push(cellKey(rowNumber, colNumber));
      cells[colNumber - 1] = cellText(cell);
    });
    rows[rowNumber - 1] = Array.from(cells, (c) => c ?? '');
  });
  return { name: sheet.name, rows: Array.from(rows, (r) => r ?? []), merges, mergedInto, hasMergeInfo: true, ...(uncalculated.length ? { uncalculated } : {}) };
}

function clipRange(range: MergeRange, used: { bottom: number; right: number }): MergeRange | undefined {
  const clipped = { ...range, bottom: Math.min(range.bottom, used.bottom), right: Math.min(range.right, used.right) };
  return clipped.top > clipped.bottom || clipped.left > clipped.right || (clipped.top === clipped.bottom && clipped.left === clipped.right) ? undefined : clipped;
}

/** a formula whose result Excel never stored: the workbook was written by a program and not yet opened and saved */
function isUncalculatedFormula(value: ExcelJS.CellValue): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value) && (value as ExcelJS.CellFormulaValue).result === undefined;
}

function growMerge(merges: Map<number, MergeRange>, master: CellPosition, row: number, col: number): void {
  const key = cellKey(master.row, master.col);
  const range = merges.get(key) ?? { top: master.row, left: master.col, bottom: master.row, right: master.col };
  range.bottom = Math.max(range.bottom, row);
  range.right = Math.max(range.right, col);
  merges.set(key, range);
}

export function cellText(cell: ExcelJS.Cell): string {
  return valueText(cell.value, cell.numFmt);
}

function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value, numFmt);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) return valueText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue, numFmt);
    if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : valueText(value.text as ExcelJS.CellValue, numFmt);
    if ('error' in value) return String(value.error);
    // a cell XML this reader does not know: its text if it has one, never "[object Object]"
    return typeof (value as { text?: unknown }).text === 'string' ? (value as { text: string }).text : '';
  }
  return String(value);
}

/**
 * A number as Excel shows it: its number format applied ("12,345", "6.30", "95%") by SheetJS's
 * formatter; with no format (General), without float noise (0.30000000000000004 → "0.3").
 */
function numberText(n: number, numFmt: string | undefined): string {
  if (!Number.isFinite(n)) return ''; // a numeric cell whose stored text is no number
  const shown = formatted(numFmt, n);
  if (shown !== undefined) return shown;
  if (numFmt && numFmt.includes('%')) return `${trimFloat(n * 100)}%`;
  return trimFloat(n);
}

function formatted(numFmt: string | undefined, value: number): string | undefined {
  if (!numFmt || numFmt === 'General' || numFmt === '@') return undefined;
  try {
    return XLSX.SSF.format(numFmt, value);
  } catch {
    return undefined; // a format SheetJS cannot read: the plain number instead
  }
}

function trimFloat(n: number): string {
  return String(Number(n.toPrecision(15)));
}

/** a date as shown with its format (2023年12月31日, 2023/12/31), else ISO */
function dateText(d: Date, numFmt: string | undefined): string {
  // Excel counts days from 1899-12-30; exceljs hands dates over as UTC midnights
  const shown = formatted(numFmt, (d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
  if (shown !== undefined && shown.trim() !== '') return shown;
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}
