/**
 * Excel 97–2003 (.xls), WPS (.et), OpenDocument (.ods) and markup workbooks → SheetGrids, through
 * SheetJS (published on npm as @e965/xlsx), which reads BIFF, ODF, HTML tables and the XML
 * Spreadsheet 2003 format. Cell text is SheetJS's formatted text, i.e. what the clerk sees
 * ("12,345.00", dates as shown). Merged ranges come from the file, clipped to the cells there are,
 * exactly as for .xlsx.
 */
import * as XLSX from '@e965/xlsx';
import { cellKey, type MergeRange, type SheetGrid } from './grid.js';
import type { CellPosition } from './cell-ref.js';
import type { ReadWorkbook } from './read-workbook.js';

export function readLegacyWorkbook(bytes: Uint8Array): ReadWorkbook {
  return readThroughSheetJs(bytes, 'array');
}

/**
 * An ".xls" that is really a web page or an XML Spreadsheet 2003 file: what many budget systems
 * and web pages export as "Excel". The text is decoded first (GBK pages too), so SheetJS sees
 * characters, not bytes.
 */
export function readMarkupWorkbook(text: string): ReadWorkbook {
  return readThroughSheetJs(text, 'string');
}

function readThroughSheetJs(input: Uint8Array | string, type: 'array' | 'string'): ReadWorkbook {
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(input, { type, cellFormula: false, cellHTML: false, cellStyles: false });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: /password/i.test(message) ? 'encrypted' : 'damaged' };
  }
  const hidden = new Set((workbook.Workbook?.Sheets ?? []).flatMap((s, i) => (s.Hidden ? [i] : [])));
  const sheets = workbook.SheetNames.flatMap((name, i) => (hidden.has(i) ? [] : [sheetGrid(name, workbook.Sheets[name]!)]));
  return { ok: true, sheets };
}

function sheetGrid(name: string, sheet: XLSX.WorkSheet): SheetGrid {
  const ref = sheet['!ref'];
  if (!ref) return { name, rows: [], merges: new Map(), mergedInto: new Map(), hasMergeInfo: true };
  const used = XLSX.utils.decode_range(ref);
  const merges = new Map<number, MergeRange>();
  const mergedInto = new Map<number, CellPosition>();
  for (const m of sheet['!merges'] ?? []) {
    const range = { top: m.s.r + 1, left: m.s.c + 1, bottom: Math.min(m.e.r, used.e.r) + 1, right: Math.min(m.e.c, used.e.c) + 1 };
    if (range.top > range.bottom || range.left > range.right || (range.top === range.bottom && range.left === range.right)) continue;
    merges.set(cellKey(range.top, range.left), range);
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) if (row !== range.top || col !== range.left) mergedInto.set(cellKey(row, col), { row: range.top, col: range.left });
    }
  }
  const rows: string[][] = [];
  for (let r = 0; r <= used.e.r; r++) {
    const cells: string[] = [];
    for (let c = 0; c <= used.e.c; c++) {
      const cell = sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
      if (!cell || mergedInto.has(cellKey(r + 1, c + 1))) continue;
      cells[c] = cellText(cell);
    }
    rows.push(Array.from(cells, (t) => t ?? ''));
  }
  return { name, rows, merges, mergedInto, hasMergeInfo: true };
}

/** the text as displayed; a cell SheetJS could not format reads as its raw value */
function cellText(cell: XLSX.CellObject): string {
  if (cell.t === 'z') return '';
  if (typeof cell.w === 'string') return cell.w;
  return cell.v === undefined || cell.v === null ? '' : String(cell.v);
}
