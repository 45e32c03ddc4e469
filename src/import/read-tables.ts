/**
 * SheetGrids → projects. One pass over the rows of each sheet; each row is classified by what it
 * says, not by where it is:
 *
 * - an indicator-grid header (one or two rows: 一级指标 … 指标值 …) sets the columns;
 * - titles, section headings, 部门名称/单位 lines, page numbers and signature lines are page furniture
 *   (they may repeat on every printed page) but still give the year, region, kind and money unit;
 * - in the 浙江 layouts (a 单位名称 column in the grid) a row with a unit code is a department or unit
 *   row, a row with a name is a project row (it may carry its first indicator too), other rows are
 *   indicator rows of the project above, also across repeated page headers;
 * - in the 河北 layouts each table is a key-value block (项目编码, 项目名称, 预算数, 资金支出计划,
 *   目标1..N, …) followed by its grid; a new title or a second 项目名称 starts the next table;
 * - a blank 一级/二级 cell means "same as above" (a merged cell, or a CSV copy of one).
 *
 * Every project and indicator keeps its provenance (sheet, row, first cell, field → cell).
 */
import { isRowBlank, verticalMergeTops, nonBlankCells, type SheetGrid } from './grid.js';
import { isPageFurniture, isReviewerRow, moneyUnitMentioned, opensNotes } from './titles.js';
import type { TablesReading } from './tables/model.js';
import { LabelBlocks } from './tables/label-blocks.js';

export type { CellAt, DocumentFacts, GridRead, SheetFinding, TablesReading } from './tables/model.js';
export { splitCode } from './tables/model.js';

export function readTables(sheets: readonly SheetGrid[]): TablesReading {
  const reader = new TablesReader();
  for (const sheet of sheets) reader.readSheet(sheet);
  return reader.result();
}

class TablesReader extends LabelBlocks {
  result(): TablesReading {
    return { projects: this.projects, facts: this.facts, evidence: this.evidence, sheetsWithTables: this.sheetsWithTables, headerWordsBySheet: this.headerWordsBySheet, findings: this.findings, grids: this.grids, tablesWithoutRows: this.tablesWithoutRows, unreadableMoney: this.unreadableMoney, regionTables: this.regionTables };
  }

  readSheet(grid: SheetGrid): void {
    this.grid = grid;
    this.mergeTops = verticalMergeTops(grid);
    this.columns = undefined;
    this.draft = undefined;
    this.expect = undefined;
    this.tableKind = undefined;
    this.tableUnit = undefined;
    this.sheetHadTable = false;
    this.headerWordsSeen = new Set();
    this.titledTableOpen = false;
    this.inNotes = false;
    let anyText = false;
    for (let row = 1; row <= grid.rows.length; row++) {
      if (!anyText && !isRowBlank(grid, row)) anyText = true;
      row = this.readRow(row);
    }
    this.finishDraft();
    this.headerWordsBySheet.set(grid.name, [...this.headerWordsSeen]);
    if (this.sheetHadTable) this.sheetsWithTables.push(grid.name);
    else this.findings.push({ sheet: grid.name, kind: anyText ? 'no-header' : 'empty', headerWordsSeen: [...this.headerWordsSeen] });
  }

  /** reads one row (or a header of two) and returns the last row it consumed */
  protected readRow(row: number): number {
    if (this.expect) {
      const expect = this.expect;
      this.expect = undefined;
      if (expect(row)) return row;
    }
    const cells = nonBlankCells(this.grid, row);
    if (cells.length === 0) return row;
    this.noteHeaderWords(cells);
    // 单位：万元 may stand anywhere above or beside a table, inside a longer line too
    if (!this.columns) for (const c of cells) this.noteMoneyUnit(moneyUnitMentioned(c.text), row, c.col);
    const header = this.readHeader(row);
    if (header !== undefined) {
      this.inNotes = false;
      return header;
    }
    // the lines under 说明： explain the template (海南 2017 "产出指标反映项目实施提供的产品或服务…"), up to a new label or title
    if (this.columns && opensNotes(cells[0]!.text)) {
      this.columns = undefined;
      this.inNotes = true;
    }
    if (this.readFootnote(row, cells)) return row; // a note is furniture too, but the rules read it
    if (this.inNotes && !this.startsWithLabel(row)) return row;
    this.inNotes = false;
    if (cells.every((c) => isPageFurniture(c.text)) || isReviewerRow(cells[0]!.text)) return row;
    // 总分：83 under a 自评表 grid is its total, not a label line
    if (this.columns && !this.columns.projectRows && this.readTotalRow(row, cells[0]!)) return row;
    if (this.readTitleOrMeta(row, cells)) return row;
    if (this.columns && (this.repeatsGridLabel(cells) || this.continuesMergedCategory(cells, row))) {
      this.readGridRow(row);
      return row;
    }
    if (!this.columns?.projectRows && this.readBlockRow(row, cells)) return row;
    if (this.columns) {
      this.readGridRow(row);
      return row;
    }
    // label rows under a title that no label we know starts (一级项目名称 | …) still make a table, so an
    // unfinished one is reported rather than ignored
    if (!this.draft && this.titledTableOpen && cells.length >= 2) this.startBlockDraft(row);
    if (this.draft?.origin === 'block') this.readUnknownLabel(row, cells);
    return row;
  }
}
