/**
 * A sheet as the importers see it: the text of every cell as the clerk sees it, plus the merged
 * ranges. Workbooks and CSV/TSV files both become SheetGrids, so one parser serves every input.
 */
import type { CellPosition } from './cell-ref.js';

export interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  readonly name: string;
  /** rows[r - 1][c - 1]: the cell text; '' for an empty cell and for the hidden part of a merge */
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
  /** top-left cell key → the merged range it heads */
  readonly merges: ReadonlyMap<number, MergeRange>;
  /** hidden cell key → the top-left cell of its merge */
  readonly mergedInto: ReadonlyMap<number, CellPosition>;
  /** a workbook says which cells are merged; a text file cannot, so a blank there may stand for "as above" */
  readonly hasMergeInfo?: boolean;
  /** keys of formula cells that have no stored result (their text reads as empty) */
  readonly uncalculated?: readonly number[];
}

/** one number per cell, for maps: a sheet has at most 16,384 columns */
export function cellKey(row: number, col: number): number {
  return row * 16_385 + col;
}

export function cellText(grid: SheetGrid, row: number, col: number): string {
  return grid.rows[row - 1]?.[col - 1] ?? '';
}

export function isBlank(text: string | undefined): boolean {
  return text === undefined || text.trim() === '';
}

export function isRowBlank(grid: SheetGrid, row: number): boolean {
  return (grid.rows[row - 1] ?? []).every(isBlank);
}

/** the cell whose text a (possibly hidden) cell shows */
export function masterOf(grid: SheetGrid, row: number, col: number): CellPosition {
  return grid.mergedInto.get(cellKey(row, col)) ?? { row, col };
}

export function isHiddenByMerge(grid: SheetGrid, row: number, col: number): boolean {
  return grid.mergedInto.has(cellKey(row, col));
}

/** Column → the top rows, in order, of the merges down that column (ranges of more than one row headed there). */
export function verticalMergeTops(grid: SheetGrid): Map<number, number[]> {
  const tops = new Map<number, number[]>();
  for (const m of grid.merges.values()) {
    if (m.bottom <= m.top) continue;
    const list = tops.get(m.left);
    if (list) list.push(m.top);
    else tops.set(m.left, [m.top]);
  }
  for (const list of tops.values()) list.sort((a, b) => a - b);
  return tops;
}

/** A merge down the column begins after row `after` and before row `before` (tops as verticalMergeTops gives them). */
export function mergeBeginsBetween(tops: readonly number[] | undefined, after: number, before: number): boolean {
  if (!tops) return false;
  let lo = 0;
  let hi = tops.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tops[mid]! <= after) lo = mid + 1;
    else hi = mid;
  }
  return lo < tops.length && tops[lo]! < before;
}

/** the last row a cell's merge reaches down to (the row itself when it is not merged) */
export function mergeBottom(grid: SheetGrid, row: number, col: number): number {
  const master = masterOf(grid, row, col);
  return grid.merges.get(cellKey(master.row, master.col))?.bottom ?? row;
}

/** A cell of a row as read left to right: merged ranges count once, at their left column. */
export interface LogicalCell {
  col: number;
  text: string;
  /** the cell belongs to a merge that started on a row above */
  continued: boolean;
}

export function logicalCells(grid: SheetGrid, row: number): LogicalCell[] {
  const cells = grid.rows[row - 1] ?? [];
  const out: LogicalCell[] = [];
  for (let col = 1; col <= cells.length; col++) {
    const hiddenBy = grid.mergedInto.get(cellKey(row, col));
    if (hiddenBy && hiddenBy.col !== col) continue; // the right-hand part of a merge
    out.push({ col, text: hiddenBy ? '' : (cells[col - 1] ?? ''), continued: hiddenBy !== undefined });
    const merge = grid.merges.get(cellKey(hiddenBy?.row ?? row, hiddenBy?.col ?? col));
    if (merge) col = merge.right;
  }
  return out;
}

export function nonBlankCells(grid: SheetGrid, row: number): LogicalCell[] {
  return logicalCells(grid, row).filter((c) => !isBlank(c.text));
}

/** A grid from plain rows (CSV/TSV, tests): no merges. */
export function gridFromRows(name: string, rows: string[][]): SheetGrid {
  return { name, rows, merges: new Map(), mergedInto: new Map() };
}
