/**
 * Pointer → cell for documents imported from spreadsheets. line = row, column = column number,
 * the range is the one cell (endColumn = column + 1), and `cellRef` reads `Sheet1!H12`. A field resolves to its own cell
 * (the row's `source.cells`); a row or project to its first cell; anything else to the closest
 * ancestor that has a cell, as the JSON locator does for missing properties.
 */
import type { RowSource, Submission } from '../document/model.js';
import { segmentsOf } from '../document/pointer.js';
import { START_OF_FILE, type LocateTarget, type Locator, type SourceRange } from '../document/source-range.js';
import { cellAddress, parseCellAddress, qualifiedCellRef } from './cell-ref.js';
import type { CellAt } from './read-tables.js';

interface LocatedRow {
  source?: RowSource;
}

export class CellLocator implements Locator {
  /**
   * @param document the imported document (only its projects' and rows' `source` are read)
   * @param documentCells document-level pointers (/year, /department, …) → the cell they were read from
   * @param fallback where file-level messages go (the first table's first cell)
   */
  constructor(
    private readonly document: Pick<Submission, 'projects'>,
    private readonly documentCells: ReadonlyMap<string, CellAt>,
    private readonly fallback?: CellAt,
  ) {}

  locate(pointer: string, target?: LocateTarget): SourceRange {
    const segments = segmentsOf(pointer);
    if (segments[0] === 'projects' && segments[1] !== undefined) {
      const project = this.document.projects[Number(segments[1])] as LocatedRow | undefined;
      const list = segments[2];
      if (list === 'indicators' || list === 'periodIndicators') {
        const rows = this.document.projects[Number(segments[1])]?.[list];
        // a finding on a list's weights (their total, none filled) sits on its first weight cell;
        // any other finding on a whole list (no satisfaction indicator …) on the project
        const [index, rest] = segments[3] !== undefined ? [Number(segments[3]), segments.slice(4)] : target === 'weights' ? [0, ['weight']] : [undefined, []];
        const row = index === undefined ? undefined : (rows?.[index] as LocatedRow | undefined)?.source;
        const found = row && resolveIn(row, rest);
        if (found) return found;
      }
      const found = project?.source && resolveIn(project.source, segments.slice(2));
      if (found) return found;
    }
    for (let n = segments.length; n > 0; n--) {
      const at = this.documentCells.get('/' + segments.slice(0, n).join('/'));
      if (at) return rangeAt(at.sheet, at.row, at.col);
    }
    return this.fallback ? rangeAt(this.fallback.sheet, this.fallback.row, this.fallback.col) : START_OF_FILE;
  }
}

/** the deepest field of `rest` that has a cell, else the row's own first cell */
function resolveIn(source: RowSource, rest: string[]): SourceRange | undefined {
  if (!source.sheet) return undefined;
  for (let n = rest.length; n > 0; n--) {
    const address = source.cells?.[rest.slice(0, n).join('/')];
    const at = address && parseCellAddress(address);
    if (at) return rangeAt(source.sheet, at.row, at.col);
  }
  const own = source.cell ? parseCellAddress(source.cell) : undefined;
  if (own) return rangeAt(source.sheet, own.row, own.col);
  return source.row ? rangeAt(source.sheet, source.row, 1) : undefined;
}

/** one cell: 1-based and end-exclusive like every range in perflint, so it spans col to col + 1 */
function rangeAt(sheet: string, row: number, col: number): SourceRange {
  return { line: row, column: col, endLine: row, endColumn: col + 1, cellRef: qualifiedCellRef(sheet, cellAddress(row, col)) };
}
