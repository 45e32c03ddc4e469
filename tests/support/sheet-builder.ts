/**
 * Rows of a sheet described first, rendered to exceljs second. Vertical merges are declared per
 * cell with a key: consecutive rows that share a key in a column become one merged cell holding
 * the first row's value (so a run broken by a repeated page header simply starts again).
 */
import type ExcelJS from 'exceljs';

export type CellValue = string | number | null;

export interface CellSpec {
  col: number;
  value: CellValue;
  /** merge with the cells below that carry the same key */
  mergeDown?: string;
  /** merge rightwards up to this column */
  mergeTo?: number;
  style?: 'title' | 'header' | 'label';
  numFmt?: string;
}

export class SheetBuilder {
  readonly rows: CellSpec[][] = [];

  add(...cells: CellSpec[]): this {
    this.rows.push(cells);
    return this;
  }

  blank(): this {
    this.rows.push([]);
    return this;
  }

  get rowCount(): number {
    return this.rows.length;
  }

  render(sheet: ExcelJS.Worksheet, widths: number[] = []): void {
    widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
    const runs = new Map<number, { key: string; top: number }>();
    const closeRun = (col: number, bottom: number) => {
      const run = runs.get(col);
      if (run && bottom > run.top) sheet.mergeCells(run.top, col, bottom, col);
      runs.delete(col);
    };
    this.rows.forEach((cells, i) => {
      const rowNumber = i + 1;
      const keyed = new Map(cells.filter((c) => c.mergeDown !== undefined).map((c) => [c.col, c.mergeDown!]));
      for (const [col, run] of runs) if (keyed.get(col) !== run.key) closeRun(col, rowNumber - 1);
      for (const cell of cells) {
        const continuing = cell.mergeDown !== undefined && runs.get(cell.col)?.key === cell.mergeDown;
        if (continuing) continue;
        if (cell.mergeDown !== undefined) runs.set(cell.col, { key: cell.mergeDown, top: rowNumber });
        writeCell(sheet, rowNumber, cell);
      }
    });
    for (const col of [...runs.keys()]) closeRun(col, this.rows.length);
  }
}

function writeCell(sheet: ExcelJS.Worksheet, row: number, spec: CellSpec): void {
  const cell = sheet.getCell(row, spec.col);
  if (spec.value !== null && spec.value !== '') cell.value = spec.value;
  if (spec.numFmt) cell.numFmt = spec.numFmt;
  cell.alignment = { vertical: 'middle', wrapText: true, ...(spec.style === 'title' ? { horizontal: 'center' } : {}) };
  if (spec.style === 'title') cell.font = { bold: true, size: 14 };
  if (spec.style === 'header' || spec.style === 'label') cell.font = { bold: true };
  if (spec.mergeTo !== undefined && spec.mergeTo > spec.col) sheet.mergeCells(row, spec.col, row, spec.mergeTo);
}
