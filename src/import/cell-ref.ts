/**
 * Cell addresses as a clerk reads them in Excel: `H12`, and `Sheet1!H12` / `'2019 表'!H12`
 * when the sheet has to be named. Rows and columns are 1-based everywhere in the importers.
 */

export interface CellPosition {
  row: number;
  col: number;
}

/** 1 → A, 26 → Z, 27 → AA */
export function columnLetters(col: number): string {
  let out = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A → 1, AA → 27 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

const ADDRESS = /^([A-Za-z]{1,3})(\d+)$/;

export function parseCellAddress(address: string): CellPosition | undefined {
  const m = ADDRESS.exec(address);
  return m ? { row: Number(m[2]), col: columnNumber(m[1]!) } : undefined;
}

/**
 * Excel quotes a sheet name in a reference unless it is a plain word: letters (CJK included),
 * digits and underscores, not starting with a digit and not itself looking like a cell address.
 */
export function sheetQualifier(sheet: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !ADDRESS.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function qualifiedCellRef(sheet: string, address: string): string {
  return `${sheetQualifier(sheet)}!${address}`;
}

const QUALIFIED = /^(?:'((?:[^']|'')+)'|([^!']+))!([A-Za-z]{1,3}\d+)$/;

/** `'2019 表'!H12` → { sheet: '2019 表', address: 'H12' } */
export function parseQualifiedCellRef(ref: string): { sheet: string; address: string } | undefined {
  const m = QUALIFIED.exec(ref);
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
  return { sheet, address: m[3]!.toUpperCase() };
}

/** Excel's limits on sheet names: at most 31 characters, none of []:*?/\ */
export function safeSheetName(name: string, fallback = 'Sheet1'): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, '_').replace(/^'+|'+$/g, '').slice(0, 31).trim();
  return cleaned || fallback;
}
