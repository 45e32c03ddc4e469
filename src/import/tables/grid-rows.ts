/**
 * The indicator grid: its header (one or two rows, with 中期/长期 columns beside the annual ones),
 * projects written as rows (浙江 layouts, list exports with 单位名称/项目名称 columns) and indicator rows.
 */
import type { EmptyCategory, Funding, Indicator, IndicatorList, PersonalCells, PointsTotal, RowSource } from '../../document/model.js';
import { cellAddress } from '../cell-ref.js';
import { pointsInLabel, readMoney, readWeight } from '../cell-values.js';
import { cellKey, cellText, isBlank, isHiddenByMerge, logicalCells, masterOf, mergeBeginsBetween, nonBlankCells, type LogicalCell } from '../grid.js';
import { blockLabel, columnRole, FUNDING_ROLES, headerCell, INDICATOR_ROLES, type HeaderPeriod, moneyUnitIn, normalizeLabel, PERIOD_PREFIX, type ColumnRole, type FundingKey } from '../vocabulary.js';
import type { Columns, Draft } from './model.js';
import { splitCode, INDICATOR_TEXT_FIELDS, INDICATOR_KEY_ORDER, inOrder } from './model.js';
import { ReaderBase } from './reader-base.js';
import { isPageFurniture, opensNotes } from '../titles.js';
import { classifyOperator } from '../../analysis/operator-forms.js';
import { createVocabulary } from '../../analysis/vocabulary.js';
import { isEllipsis } from '../../analysis/template-residue.js';
import { isInputStage } from '../../analysis/framework.js';
import { BLANK_UNIT_CELLS, DEFAULT_LOOKUP, readColumnUnit } from '../../analysis/value/units.js';

/** the cells that make a row an indicator: what the clerk wrote, not what the template pre-fills */
const ROW_CONTENT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['name', 'value', 'description', 'basis', 'actual', 'personalName', 'personalValue', 'personalDescription']);

/** 总分 / 合计 rows under a 自评表 grid ("总分", "总分：83"): the sum of the points and scores, no indicator */
const TOTAL_ROW = /^(?:总分|合计|总计|小计)(?::\d+(?:\.\d+)?)?$/;

/** 数值 under a 指标值 split into sign, figure and unit */
const FIGURE_SUBCOLUMN = /^(?:数值|数量|数据|值)$/u;
/** 单位(文字描述) under 指标值: a bare 单位 names the unit only there (as a header of its own it may be the budget unit) */
const UNIT_SUBCOLUMN = /^单位/u;
/** Sub-columns of a merged 自评得分: the row's weight, the points it earns of that weight, and the raw 0–100 score */
const WEIGHT_SUBCOLUMN = /^(?:权重|权重占比|分值|指标权重)/u;
const WEIGHTED_SCORE_SUBCOLUMN = /折算/u;
const RAW_SCORE_SUBCOLUMN = /得分$/u;
/** Sub-columns of 指标值: the target (预期2022年实现值, 目标值) and last year's result (2021年实际实现值). */
const EXPECTED_VALUE = /预期|目标|计划|本年/u;
const ACTUAL_VALUE = /实际|完成/u;
/** What a 实施期 target beside the annual one shares with it when the period columns leave it out. */
const SHARED_ROW_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['level1', 'level2', 'name', 'operator', 'unit']);
/** 是/否 in a sign column: the sign of a yes/no row, no sign of its own. */
const YES_NO_SIGN = /^是[/／或]否$/;
/** the share of a column's cells that must name categories for it to be taken as a category column */
const CATEGORY_SHARE = 2 / 3;
/** A header worded as a target (…值, …目标), and words that make it a baseline, a result or points instead. */
// (值 typed by its sound: 区域目标质, 福建 龙岩 2023)
const TARGET_HEADER = /(?:值|目标[质直植]?)$/u;
const NOT_TARGET_HEADER = /实际|完成|上年|去年|前年|基期|基准|历史|参考|现状|基数|分值|权重|得分/u;
const MAX_TARGET_HEADER = 12;
/** the grades of a grading scale printed under its header: 优 | 良 | 中 | 差, 优秀 | 良好 | 合格 | 不合格 */
const GRADE_LABEL = /^(?:优|良|中|差|优秀|良好|一般|较差|合格|不合格|及格|不及格|[A-D]|[A-D]级|[一二三四]档)$/u;
/** A header cell over per-region targets: 区域目标值, 分区域指标值. */
const REGION_GROUP = /区域(?:目标|指标)值/;
/** A header cell naming a place: 新罗区, 埭头镇, 笏石街道办, 西坪镇尧山村. */
const PLACE_NAME = /^[\u4e00-\u9fa5]{1,12}(?:省|市|区|县|旗|盟|州|镇|乡|街道|街道办|街道办事处|村|社区)$/;

/** An empty cell, or one holding only the dash an export prints for "nothing here". */
/** 绩效指标 printed over the indicator columns of a two-row header (湖南 list exports) */
const HEADER_GROUP = /^(?:年度|实施期|中期|长期)?绩效(?:指标|目标)$/u;

/** "其中桃树种植面积": a part of the row above, counted within it. */
const PART_OF_ROW_ABOVE = /^\s*其中/u;

function isBlankOrDash(text: string): boolean {
  return isBlank(text) || /^[-—–/／]+$/u.test(text.trim());
}

interface RegionColumns {
  /** the row that names the regions (the header row, or the one below a 区域目标值 cell) */
  row: number;
  cells: LogicalCell[];
}

/** rows a page break leaves between two indicator rows at most (blank lines, 第1页，共2页, the header again) */
const MAX_PAGE_BREAK_ROWS = 6;

export abstract class GridRows extends ReaderBase {
  /** the category names, for telling a printed 二级 from a note in its column (built once per reader) */
  private readonly vocabulary = createVocabulary();
  /** the table the current grid began in: a header repeated within it is a page break, not a new table */
  private gridDraft: Draft | undefined;
  /** the last row read as an indicator row */
  private lastIndicatorRow: number | undefined;

  /** An indicator-grid header: 指标值 and 一级指标 or 三级指标, and at least three indicator columns. */
  protected readHeader(row: number): number | undefined {
    const header = this.headerAt(row);
    // (the grid's header printed again after a page break is the page's, even where too few rows
    // follow it to tell its columns by their content: 海南 2017, one row a page)
    // (a project begun by the grid's first row began after the grid: no other table has)
    const sameTable = this.draft === this.gridDraft || this.gridDraft === undefined;
    if (!header) return this.columns && sameTable && this.continuesGrid(row) ? row : undefined;
    const { roles, periodRoles, headerText, regions } = header;
    let last = regions?.row ?? row;
    const below = row + 1 <= this.grid.rows.length ? nonBlankCells(this.grid, row + 1) : [];
    const secondRow = below.length > 0 && below.every((c) => columnRole(c.text) !== undefined);
    const gradeRow = !secondRow && this.readGradeSubHeader(roles, row);
    // the same header again, with no new table begun since: a page break of a printed table (a PDF
    // turned into a workbook repeats the header on every page); the grid goes on
    if (this.columns && this.draft === this.gridDraft && this.continuesGrid(row)) {
      // (its row of region names, when printed again too)
      const sameRegions = regions !== undefined && this.regionTables.at(-1)?.regions.join('\u0000') === regions.cells.map((c) => c.text.trim()).join('\u0000');
      return secondRow || gradeRow ? row + 1 : sameRegions ? last : row;
    }
    if (gradeRow) last = row + 1;
    if (secondRow) {
      // second header row: 总计 一般公共预算 … under a merged 资金安排
      for (const c of below) {
        const role = columnRole(c.text)!;
        if (!roles.has(role) || role === 'fundingGroup') roles.set(role, c.col);
        headerText.set(c.col, c.text);
      }
      last = row + 1;
    }
    this.addColumnsFromRowAbove(row, roles, headerText);
    if (last === row) last = this.readValueSubColumns(roles, row);
    this.readSignColumnAsOperator(roles, last);
    this.addSignAndUnitColumnsByContent(roles, headerText, row, last);
    this.moveLevel1PastLabelColumn(roles, last);
    this.addUnnamedLevel2Column(roles, last);
    this.shiftLevelsWithoutNameColumn(roles, last);
    for (const [col, text] of headerText) this.noteMoneyUnit(moneyUnitIn(text), row, col);
    const indicatorCols = [...roles].flatMap(([r, c]) => (INDICATOR_ROLES.has(r) ? [c] : [])).sort((a, b) => a - b);
    this.startGrid({ byRole: roles, periodByRole: periodRoles, headerText, projectRows: roles.has('unitName') || roles.has('projectName'), indicatorCols }, row);
    this.readListLabelBeside(row, indicatorCols[0]);
    this.readIndicatorPoints(row, indicatorCols[0]);
    if (regions) this.regionTables.push({ sheet: this.grid.name, row, col: regions.cells[0]!.col, regions: regions.cells.map((c) => c.text.trim()) });
    return last;
  }

  /**
   * 绩效标准 over 优 | 良 | 中 | 差 (海南 2017–2018): the row under the header names the grades, and
   * the column is the grading scale (its first grade, the one the target should reach), not a basis.
   */
  private readGradeSubHeader(roles: Map<ColumnRole, number>, headerRow: number): boolean {
    const grades = this.gradesUnder(headerRow);
    if (grades === undefined) return false;
    const basis = roles.get('basis');
    if (basis !== undefined && basis === grades[0]!.col && !roles.has('scoring')) {
      roles.delete('basis');
      roles.set('scoring', basis);
    }
    return true;
  }

  /** 优 | 良 | 中 | 差 on the row under a header (past the header's own words a written-out merge repeats), or undefined */
  private gradesUnder(headerRow: number): LogicalCell[] | undefined {
    if (headerRow >= this.grid.rows.length) return undefined;
    const grades = nonBlankCells(this.grid, headerRow + 1).filter((c) => !this.repeatsHeaderAbove(headerRow, c));
    return grades.length >= 3 && grades.every((c) => GRADE_LABEL.test(normalizeLabel(c.text))) ? grades : undefined;
  }

  /** 年度绩效目标 (80分) left of a 自评表 header: the points the indicator rows together are worth. */
  private readIndicatorPoints(row: number, firstIndicatorCol: number | undefined): void {
    const draft = this.draft;
    if (!draft || firstIndicatorCol === undefined || draft.project.indicatorPoints !== undefined) return;
    const label = nonBlankCells(this.grid, row).find((c) => c.col < firstIndicatorCol && /绩效|指标|目标/u.test(c.text));
    const points = label === undefined ? undefined : pointsInLabel(label.text);
    if (label === undefined || points === undefined) return;
    draft.project.indicatorPoints = points;
    draft.cells.indicatorPoints = cellAddress(row, label.col);
  }

  /** The cell prints the header's word of its column again: a merge down from the header, written out on each row. */
  private repeatsHeaderAbove(headerRow: number, cell: LogicalCell): boolean {
    return normalizeLabel(cellText(this.grid, headerRow, cell.col)) === normalizeLabel(cell.text);
  }

  /** 长期绩效指标 | 一级指标 | …, 年度绩效指标 | 一级指标 | …: a block label left of the header says which list follows. */
  private readListLabelBeside(row: number, firstIndicatorCol: number | undefined): void {
    if (!this.draft || this.draft.origin !== 'block' || firstIndicatorCol === undefined) return;
    for (const c of nonBlankCells(this.grid, row)) {
      if (c.col >= firstIndicatorCol) return;
      const label = blockLabel(c.text);
      if (label === 'periodIndicators') this.draft.list = 'periodIndicators';
      if (label === 'annualIndicators') this.draft.list = 'indicators';
    }
  }

  /**
   * 指标性质 filled with ≥ ≧ ＝ instead of 定量/定性 (四川, 云南 exports), or 指标方向 filled with ≥ ≤
   * instead of 正向/反向 (福建 秀屿 2025, with 是/否 on a yes/no row): in a table without a 计算符号
   * column it is the table's operator column, and the value's comparison is read from it.
   */
  protected readSignColumnAsOperator(roles: Map<ColumnRole, number>, headerRow: number): void {
    if (roles.has('operator')) return;
    for (const role of ['valueType', 'direction'] as const) {
      const col = roles.get(role);
      if (col === undefined || !this.holdsSigns(col, headerRow)) continue;
      roles.delete(role);
      roles.set('operator', col);
      return;
    }
  }

  /**
   * A column right of the names under a header the vocabulary does not know (单位, 比较方式, 指标值符号):
   * the 计算符号 when its cells are the system's signs, the 计量单位 when they are units. Without
   * them a value would read as having no sign or no unit.
   */
  private addSignAndUnitColumnsByContent(roles: Map<ColumnRole, number>, headerText: Map<number, string>, row: number, headerRow: number): void {
    const name = roles.get('name');
    if (name === undefined || (roles.has('operator') && roles.has('unit'))) return;
    const taken = new Set(roles.values());
    for (const c of logicalCells(this.grid, row)) {
      if (c.col <= name || taken.has(c.col) || isBlank(c.text) || headerCell(c.text) !== undefined) continue;
      const role = !roles.has('operator') && this.holdsSigns(c.col, headerRow) ? 'operator' : !roles.has('unit') && this.holdsUnits(c.col, headerRow) ? 'unit' : undefined;
      if (role === undefined) continue;
      roles.set(role, c.col);
      headerText.set(c.col, c.text);
    }
  }

  /** The cells under the header are units (万平方米, %, 人次), but for the blanks and dashes of qualitative rows: two at least. Read as holdsSigns reads. */
  private holdsUnits(col: number, headerRow: number): boolean {
    const header = cellText(this.grid, headerRow, col).trim();
    let units = 0;
    for (let r = headerRow + 1; r <= this.grid.rows.length; r++) {
      const text = cellText(this.grid, r, col).trim();
      if (columnRole(text) !== undefined) break; // the next table's header
      // (the header printed again at a page break does not end the column)
      if (BLANK_UNIT_CELLS.has(text) || text === header) continue;
      if (readColumnUnit(text, DEFAULT_LOOKUP)?.class === 'other') return false;
      units++;
    }
    return units >= 2;
  }

  /** 是/否 in a 指标方向 or 指标性质 column read as the signs (readSignColumnAsOperator): that template's yes/no mark, not a 计算符号 */
  private isYesNoInBorrowedSignColumn(text: string, byRole: ReadonlyMap<ColumnRole, number>): boolean {
    const col = byRole.get('operator');
    return YES_NO_SIGN.test(text.trim()) && col !== undefined && columnRole(this.columns?.headerText.get(col) ?? '') !== 'operator';
  }

  /**
   * The cells under the header are the system's signs: at least one comparison (≥ ＝ …), and 定性 on
   * the qualitative rows, as the 计算符号 dictionary has them; 是/否 on a yes/no row aside. Read to the
   * next table's header; the same header printed again at a page break does not end the column.
   */
  private holdsSigns(col: number, headerRow: number): boolean {
    const header = cellText(this.grid, headerRow, col).trim();
    let signs = 0;
    for (let r = headerRow + 1; r <= this.grid.rows.length; r++) {
      const text = cellText(this.grid, r, col).trim();
      if (text === '' || YES_NO_SIGN.test(text) || text === header) continue;
      if (columnRole(text) !== undefined) break; // the next table's header
      const form = classifyOperator(text);
      if (form.kind === 'unknown') return false;
      if (!(form.kind === 'canonical' && form.canonical === '定性')) signs++;
    }
    return signs > 0;
  }

  /**
   * 区域绩效目标表 (重庆 忠县): 一级指标 is printed over two columns, the first of which holds the
   * 绩效指标 block label down the rows. The 一级 is the column beside it when the first data row
   * has a first-level category there and not under the label.
   */
  protected moveLevel1PastLabelColumn(roles: Map<ColumnRole, number>, headerRow: number): void {
    const col = roles.get('level1');
    const next = (col ?? 0) + 1;
    // (the header over two columns: merged, or unmerged with its text in the first and the second blank)
    if (col === undefined || [...roles.values()].includes(next)) return;
    if (!isHiddenByMerge(this.grid, headerRow, next) && !isBlank(cellText(this.grid, headerRow, next))) return;
    // the first data row (a blank row under the header is no data)
    let first = headerRow + 1;
    while (first < this.grid.rows.length && nonBlankCells(this.grid, first).length === 0) first++;
    const vocabulary = this.vocabulary;
    const firstText = cellText(this.grid, first, col);
    // (投入 | 成本目标: the older templates' stage, with its 二级 beside it, 福建 2017)
    if (vocabulary.level1(firstText) === null && !isInputStage(firstText) && vocabulary.level1(cellText(this.grid, first, next)) !== null) roles.set('level1', next);
  }

  /**
   * 一级指标 printed over two columns with no 二级指标 header (重庆 忠县 2021 自评表), or 评价指标 over
   * three (stage | 数量目标 | 目标1, 福建 2017): the column after the 一级 is the 二级 when the rows
   * below name second-level categories there; a row-number column after it has no role.
   */
  protected addUnnamedLevel2Column(roles: Map<ColumnRole, number>, headerRow: number): void {
    const level1 = roles.get('level1');
    const name = roles.get('name');
    if (level1 === undefined || name === undefined || name < level1 + 2 || roles.has('level2')) return;
    const taken = new Set(roles.values());
    for (let col = level1 + 1; col < name; col++) {
      if (taken.has(col) || !(isHiddenByMerge(this.grid, headerRow, col) || isBlank(cellText(this.grid, headerRow, col)))) return;
    }
    const vocabulary = this.vocabulary;
    for (let r = headerRow + 1; r <= Math.min(this.grid.rows.length, headerRow + 8); r++) {
      const text = cellText(this.grid, r, level1 + 1);
      if (isBlank(text)) continue;
      if (vocabulary.level2(text) !== null) roles.set('level2', level1 + 1);
      return;
    }
  }

  /**
   * Category columns under headers the vocabulary does not know (一级类别 | 二级类别, 评价内容 over
   * 投入 | 时效目标): left of the names (or of the target), a column whose rows name 一级 (or the
   * older templates' 投入 stage) is the 一级, one whose rows name 二级 is the 二级. So is one under
   * 指标类型, which names the 定量/定性 kind in some templates and the category in others (海南
   * 2017–2018: 指标类型 over 产出指标 | 成效指标): its rows decide.
   */
  private addLevelColumnsByContent(roles: Map<ColumnRole, number>, headerRow: number): void {
    // (with neither names nor target known yet, 指标类型 | 绩效指标 | 绩效目标 | 绩效标准: any column may
    // hold them, on a row with header words of its own; a row of content is no header)
    const right = roles.get('name') ?? roles.get('value') ?? (roles.size >= 2 ? Number.POSITIVE_INFINITY : undefined);
    if (right === undefined || (roles.has('level1') && roles.has('level2'))) return;
    const kindCol = roles.get('valueType');
    const taken = new Set([...roles].flatMap(([role, col]) => (role === 'valueType' ? [] : [col])));
    const vocabulary = this.vocabulary;
    // the rows under this one up to the next that holds header words or notes (说明:): the grid's own, if it is one
    const rows: number[] = [];
    for (let r = headerRow + 1; r <= Math.min(this.grid.rows.length, headerRow + 12); r++) {
      const cells = nonBlankCells(this.grid, r).filter((c) => !this.repeatsHeaderAbove(headerRow, c));
      if (cells.some((c) => headerCell(c.text) !== undefined) || (cells[0] !== undefined && opensNotes(cells[0].text))) break;
      if (cells.length > 0 && cells.every((c) => isPageFurniture(c.text))) continue;
      rows.push(r);
    }
    const width = Math.max(0, ...rows.map((r) => this.grid.rows[r - 1]?.length ?? 0));
    for (let col = 1; col < right && col <= width; col++) {
      if (taken.has(col)) continue;
      const texts = rows.map((r) => cellText(this.grid, r, col)).filter((text) => !isBlank(text));
      if (texts.length < 2) continue;
      const share = (known: (text: string) => boolean) => texts.filter(known).length / texts.length;
      let level: 'level1' | 'level2' | undefined;
      if (!roles.has('level1') && share((t) => vocabulary.level1Exact(t) !== null || isInputStage(t)) >= CATEGORY_SHARE) level = 'level1';
      else if (!roles.has('level2') && share((t) => vocabulary.level2Exact(t) !== null) >= CATEGORY_SHARE) level = 'level2';
      if (level === undefined) continue;
      roles.set(level, col);
      if (col === kindCol) roles.delete('valueType');
    }
  }

  /**
   * Categories and a target but no column the vocabulary calls the names (考核内容, 子指标, 明细,
   * 绩效目标内容): the names stand between the last category column and the target, as in every
   * template; the first column there with a header of its own is theirs.
   */
  private addNameColumnByPlace(roles: Map<ColumnRole, number>, headerText: Map<number, string>, headerRow: number): void {
    const value = roles.get('value');
    const levels = [roles.get('level1'), roles.get('level2')].filter((c) => c !== undefined);
    if (roles.has('name') || value === undefined || levels.length === 0) return;
    const taken = new Set(roles.values());
    const cell = logicalCells(this.grid, headerRow).find((c) => c.col > Math.max(...levels) && c.col < value && !taken.has(c.col) && !isBlank(c.text));
    if (!cell) return;
    roles.set('name', cell.col);
    headerText.set(cell.col, cell.text);
  }

  /**
   * 一级指标 | 二级指标 with no 三级 column, the first holding 数量/质量/成本指标 and the second the
   * indicators' names (湖北 鄂州 2022): the headers are one level off; read them as 二级 and 三级.
   */
  protected shiftLevelsWithoutNameColumn(roles: Map<ColumnRole, number>, headerRow: number): void {
    const level1 = roles.get('level1');
    const level2 = roles.get('level2');
    if (level1 === undefined || level2 === undefined || roles.has('name')) return;
    const vocabulary = this.vocabulary;
    const firsts: string[] = [];
    for (let r = headerRow + 1; r <= Math.min(this.grid.rows.length, headerRow + 12) && firsts.length < 3; r++) {
      const text = cellText(this.grid, r, level1);
      // (the header printed again after a page break is no category)
      if (!isBlank(text) && columnRole(text) === undefined) firsts.push(text);
    }
    // 成本指标 is a 一级 too (101号); 数量指标 or 质量指标 beside it settle which level the column holds
    const allSecondLevel = firsts.every((t) => vocabulary.level2(t) !== null);
    if (firsts.length === 0 || !allSecondLevel || firsts.every((t) => vocabulary.level1(t) !== null)) return;
    roles.delete('level1');
    roles.set('level2', level1);
    roles.set('name', level2);
  }

  /**
   * 指标值 merged over two columns with 2021年实际实现值 | 预期2022年实现值 in the row below (湖北 黄石
   * 2022 批复表): the target is the expected one; over 符号 | 数值 | 计量单位, the figure, with the sign
   * and the unit beside it (the figure's sub-header may be left blank between them: 符号 | | 单位(文字描述),
   * 河北 成安 2020). The same row may split 自评得分 too (scoreSubColumns). Returns the last header row.
   */
  private readValueSubColumns(roles: Map<ColumnRole, number>, headerRow: number): number {
    const col = roles.get('value');
    if (col === undefined || headerRow >= this.grid.rows.length) return headerRow;
    const right = this.headerSpanRight(headerRow, col);
    if (right === col) return headerRow;
    // (一级指标 … printed again in the row below is the header's own cell written out, not a sub-column)
    const below = nonBlankCells(this.grid, headerRow + 1).filter((c) => normalizeLabel(c.text) !== normalizeLabel(cellText(this.grid, headerRow, c.col)));
    const under = below.filter((c) => c.col >= col && c.col <= right);
    const beside = below.filter((c) => c.col < col || c.col > right);
    const score = beside.length > 0 ? this.scoreSubColumns(headerRow, beside) : undefined;
    if (under.length < 2 || (beside.length > 0 && score === undefined)) return headerRow;
    const expected = under.find((c) => EXPECTED_VALUE.test(c.text) && !ACTUAL_VALUE.test(c.text));
    if (expected) roles.set('value', expected.col);
    // 符号 | 数值 | 计量单位 under 指标值: the sign, the figure and the unit each in its own column
    const figure = under.find((c) => FIGURE_SUBCOLUMN.test(normalizeLabel(c.text)));
    const sign = under.find((c) => headerCell(c.text)?.role === 'operator');
    const unit = under.find((c) => headerCell(c.text)?.role === 'unit' || UNIT_SUBCOLUMN.test(normalizeLabel(c.text)));
    const figureCol = figure?.col ?? (sign && unit && unit.col - sign.col === 2 ? sign.col + 1 : undefined);
    if (!expected && figureCol !== undefined) {
      roles.set('value', figureCol);
      if (sign && !roles.has('operator')) roles.set('operator', sign.col);
      if (unit && !roles.has('unit')) roles.set('unit', unit.col);
    }
    if (score) for (const [role, at] of score) roles.set(role, at);
    return headerRow + 1;
  }

  /**
   * 自评得分 merged over 单项指标得分 | 权重占比(%) | 单项指标折算得分 (河北 一体化 自评表, 成安 2020): the
   * weight is the 权重 column and the score the 折算 one, the points a row earns out of its weight.
   * Undefined unless every cell lies under a merged 得分 header and names one of these.
   */
  private scoreSubColumns(headerRow: number, cells: readonly LogicalCell[]): Map<ColumnRole, number> | undefined {
    const found = new Map<ColumnRole, number>();
    for (const c of cells) {
      const head = this.headerCovering(headerRow, c.col);
      if (head === undefined || headerCell(cellText(this.grid, headerRow, head))?.role !== 'score') return undefined;
      const label = normalizeLabel(c.text);
      if (WEIGHT_SUBCOLUMN.test(label)) found.set('weight', c.col);
      else if (WEIGHTED_SCORE_SUBCOLUMN.test(label)) found.set('score', c.col);
      else if (!RAW_SCORE_SUBCOLUMN.test(label)) return undefined;
    }
    return found.has('weight') && found.has('score') ? found : undefined;
  }

  /**
   * The last column a header cell spans: its merge's, or where merges are lost (a CSV export, 成安 2020
   * with every merge gone) the blank header cells right of it, over the sub-columns the row below names.
   */
  private headerSpanRight(row: number, col: number): number {
    const merge = this.grid.merges.get(cellKey(row, col));
    if (merge) return merge.right;
    const width = Math.max(this.grid.rows[row - 1]?.length ?? 0, this.grid.rows[row]?.length ?? 0);
    let right = col;
    while (right < width && isBlank(cellText(this.grid, row, right + 1)) && !isHiddenByMerge(this.grid, row, right + 1)) right++;
    return right;
  }

  /** The column of the header cell on this row whose span covers `col`, or undefined. */
  private headerCovering(row: number, col: number): number | undefined {
    for (let c = col; c >= 1; c--) {
      if (isHiddenByMerge(this.grid, row, c)) continue;
      if (!isBlank(cellText(this.grid, row, c))) return this.headerSpanRight(row, c) >= col ? c : undefined;
    }
    return undefined;
  }

  /** An indicator-grid header at this row (指标值 and 一级指标 or 三级指标, and at least three indicator columns, period ones included), read without side effects. */
  protected headerAt(row: number): { roles: Map<ColumnRole, number>; periodRoles: Map<ColumnRole, number>; headerText: Map<number, string>; regions?: RegionColumns } | undefined {
    const headerText = new Map<number, string>();
    // 二级 | 三级 | 指标值 printed twice in one row: two groups of columns, one for each list
    const groups: Array<{ roles: Map<ColumnRole, number>; marks: Set<HeaderPeriod> }> = [{ roles: new Map(), marks: new Set() }];
    const marked = new Map<ColumnRole, number>();
    for (const c of logicalCells(this.grid, row)) {
      const cell = headerCell(c.text);
      if (!cell) continue;
      headerText.set(c.col, c.text);
      if (cell.period === 'period' && !PERIOD_PREFIX.test(normalizeLabel(c.text))) {
        // 二级指标（长期）: marked column by column
        if (!marked.has(cell.role)) marked.set(cell.role, c.col);
        continue;
      }
      let group = groups.at(-1)!;
      if (group.roles.has(cell.role)) groups.push((group = { roles: new Map(), marks: new Set() }));
      group.roles.set(cell.role, c.col);
      if (cell.period) group.marks.add(cell.period);
    }
    let roles = groups[0]!.roles;
    let periodRoles = marked;
    if (groups.length > 1) {
      // the group marked 年度/当年 is the annual one; unmarked, the longer term is printed first
      const annualAt = groups.findIndex((g) => g.marks.has('annual'));
      const periodAt = groups.findIndex((g) => g.marks.has('period'));
      const annual = annualAt !== -1 ? annualAt : periodAt === 1 ? 0 : 1;
      // a column printed once (计量单位 after 年度指标值 | 全周期目标值) serves both lists: it is read with the annual ones
      const own = groups[annual]!.roles;
      const other = [...groups[1 - annual]!.roles];
      const isPeriodColumn = (role: ColumnRole) => role !== 'level1' && INDICATOR_ROLES.has(role) && own.has(role);
      roles = new Map(other.filter(([role]) => !isPeriodColumn(role)));
      for (const [role, col] of own) roles.set(role, col);
      periodRoles = new Map(other.filter(([role]) => isPeriodColumn(role)));
    }
    // a table with only period-marked columns (a 长期 block on its own) reads them as its columns
    if (!roles.has('value') && periodRoles.has('value') && !roles.has('name')) {
      for (const [role, col] of periodRoles) roles.set(role, col);
      periodRoles = new Map();
    }
    const regions = roles.has('value') ? undefined : this.regionColumns(row, roles);
    if (regions) roles.set('value', regions.cells[0]!.col);
    this.addLevelColumnsByContent(roles, row);
    if (!roles.has('value')) this.addTargetColumnByShape(row, roles, headerText);
    if (!roles.has('value')) this.addTargetColumnFromGrades(row, roles, headerText);
    this.addNameColumnByPlace(roles, headerText, row);
    const indicatorRoles = [...roles.keys()].filter((r) => INDICATOR_ROLES.has(r));
    // (三级指标 | 年度目标值 | 实施周期目标值, 广东 2021: the period column is the third)
    if (!roles.has('value') || !(roles.has('level1') || roles.has('name')) || indicatorRoles.length + periodRoles.size < 3) return undefined;
    return { roles, periodRoles, headerText, ...(regions ? { regions } : {}) };
  }

  /**
   * A grid with its categories but no column the vocabulary calls the target: the first column right
   * of the names (or, when no header names them either, of the categories: 指标类型 | 绩效指标 |
   * 绩效目标, 海南 2018) whose header is worded as a target (预期绩效指标值, 绩效标准值, 指标目标) is
   * it. A baseline or a result (上年实际值, 基期值, 完成值) is not.
   */
  private addTargetColumnByShape(row: number, roles: Map<ColumnRole, number>, headerText: Map<number, string>): void {
    const anchor = roles.get('name') ?? roles.get('level2') ?? roles.get('level1');
    if (anchor === undefined || !(roles.has('level1') || roles.has('level2'))) return;
    const taken = new Set(roles.values());
    const target = logicalCells(this.grid, row).find((c) => {
      if (c.col <= anchor || taken.has(c.col)) return false;
      const label = normalizeLabel(c.text);
      return headerCell(c.text) === undefined && label.length <= MAX_TARGET_HEADER && TARGET_HEADER.test(label) && !NOT_TARGET_HEADER.test(label);
    });
    if (!target) return;
    roles.set('value', target.col);
    headerText.set(target.col, target.text);
  }

  /**
   * A grid with no target column but a grading scale (绩效指标评价标准 over 优 | 良 | 中 | 差, 河北 邯郸
   * 2019): what the row must reach for 优 is its target; the other grades only score it.
   */
  private addTargetColumnFromGrades(row: number, roles: Map<ColumnRole, number>, headerText: Map<number, string>): void {
    if (!(roles.has('level1') || roles.has('level2'))) return;
    const top = this.gradesUnder(row)?.[0];
    if (top === undefined || [...roles.values()].includes(top.col)) return;
    roles.set('value', top.col);
    headerText.set(top.col, top.text);
  }

  /**
   * 福建 专项转移支付 区域绩效目标表: one target column per region (笏石街道办 | 埭头镇), named in the
   * header row or under a 区域目标值 cell in the row below. The first region's column is read as
   * the value; the import says the others were not checked.
   */
  private regionColumns(row: number, roles: ReadonlyMap<ColumnRole, number>): RegionColumns | undefined {
    const last = Math.max(...[...roles].flatMap(([role, col]) => (INDICATOR_ROLES.has(role) ? [col] : [])));
    if (!Number.isFinite(last)) return undefined;
    const after = logicalCells(this.grid, row).filter((c) => c.col > last && !isBlank(c.text));
    const group = after.find((c) => REGION_GROUP.test(normalizeLabel(c.text)));
    if (group && row < this.grid.rows.length) {
      const cells = nonBlankCells(this.grid, row + 1).filter((c) => c.col >= group.col);
      return cells.length > 0 ? { row: row + 1, cells } : undefined;
    }
    const places = after.filter((c) => headerCell(c.text) === undefined && PLACE_NAME.test(normalizeLabel(c.text)));
    return places.length >= 2 && places.length === after.length ? { row, cells: places } : undefined;
  }

  /**
   * 自评表 print their header in two rows, the upper one naming column groups (年度指标值 | 实际完成值 |
   * 分值 | 得分) over the lower one's 一级 … 指标值: a column the lower row leaves unnamed takes its name from above.
   * Other columns (单位代码, 项目名称) come from above only where their cell is merged down into the lower row.
   */
  private addColumnsFromRowAbove(row: number, roles: Map<ColumnRole, number>, headerText: Map<number, string>): void {
    if (row <= 1) return;
    const taken = new Set(roles.values());
    const above = nonBlankCells(this.grid, row - 1);
    // a row of nothing but header words (and 绩效指标 over the indicator columns) is the header's upper half, merged down or not
    const headerHalf = above.every((c) => headerCell(c.text) !== undefined || HEADER_GROUP.test(normalizeLabel(c.text)));
    for (const c of above) {
      const cell = headerCell(c.text);
      if (!cell || roles.has(cell.role) || taken.has(c.col)) continue;
      // 单位代码 | 单位名称 | 资金总额 merged down beside a two-row indicator header (湖南 list exports);
      // a label row that merely precedes the header (项目名称 | …) is not part of it
      const below = this.mergedDownInto(row, c.col) || (headerHalf && isBlank(cellText(this.grid, row, c.col)));
      if (!INDICATOR_ROLES.has(cell.role) && !below) continue;
      roles.set(cell.role, c.col);
      headerText.set(c.col, c.text);
      this.dropDraftStartedAt(row - 1);
    }
  }

  /** The cell is covered by a merge from the row above (in a text file, which has no merges: it is blank). */
  private mergedDownInto(row: number, col: number): boolean {
    return this.grid.hasMergeInfo ? isHiddenByMerge(this.grid, row, col) : isBlank(cellText(this.grid, row, col));
  }

  /** The row above was read as labels (单位代码, 实施期绩效目标) before it turned out to be half of this header. */
  private dropDraftStartedAt(row: number): void {
    const draft = this.draft;
    if (draft?.origin === 'block' && (draft.project.source as RowSource).row === row && draft.project.indicators.length === 0) this.draft = undefined;
  }

  /**
   * Only blank rows and page furniture (第1页，共2页) stand between the grid's last indicator row and
   * this row, which prints the same words as the grid's header: nothing began in between (a 年度
   * block label, a 分项 heading), so the header is the page's, not a new table's.
   */
  private continuesGrid(row: number): boolean {
    const header = this.grids.at(-1);
    if (!header || header.sheet !== this.grid.name || this.lastIndicatorRow === undefined) return false;
    if (this.printedWords(row) !== this.printedWords(header.row)) return false;
    for (let r = this.lastIndicatorRow + 1; r < row; r++) {
      if (!this.isFurnitureRow(r)) return false;
    }
    return true;
  }

  /** the row's words, column by column, as a header's are compared */
  private printedWords(row: number): string {
    return nonBlankCells(this.grid, row).map((c) => `${c.col}:${normalizeLabel(c.text)}`).join('\u0000');
  }

  private isFurnitureRow(row: number): boolean {
    return nonBlankCells(this.grid, row).every((c) => isPageFurniture(c.text));
  }

  /**
   * A page break cut a merge in this column: only page furniture or the header printed again stands
   * between the grid's last indicator row and this row, this row's cell repeats that row's (as the
   * next page prints a cut merge), and the merge shows: the last row lies under a merge from above,
   * or this row is a part of the one before the break ("其中羊养殖数量" under "★补助家畜家禽养殖数量", whose
   * points cover its "其中…" rows). The points stay the group's, not the first row's after the break.
   */
  private continuesMergeAcrossBreak(row: number, col: number, name: string): boolean {
    const last = this.lastIndicatorRow;
    const header = this.grids.at(-1);
    if (last === undefined || last >= row - 1 || !header || header.sheet !== this.grid.name) return false;
    const above = masterOf(this.grid, last, col);
    const text = cellText(this.grid, row, col);
    if (isBlank(text) || text !== cellText(this.grid, above.row, above.col)) return false;
    if (above.row >= last && !PART_OF_ROW_ABOVE.test(name)) return false;
    for (let r = last + 1; r < row; r++) {
      if (!this.isFurnitureRow(r) && this.printedWords(r) !== this.printedWords(header.row)) return false;
    }
    return true;
  }

  /**
   * The row goes on under the 一级 of an indicator row above, merged down over it, written out
   * again or left blank: its first text of its own (二级 绩效目标 under 决策, 江苏 镇江 2024; 三级
   * 项目金额) is the grid's, not a label.
   */
  protected continuesMergedCategory(cells: readonly LogicalCell[], row: number): boolean {
    const header = this.grids.at(-1);
    const firstCol = this.columns?.indicatorCols[0];
    const first = cells[0]!;
    if (!header || header.sheet !== this.grid.name || firstCol === undefined) return false;
    const master = masterOf(this.grid, row, firstCol);
    if (first.col > firstCol && master.row > header.row && master.row < row) return true;
    const above = this.lastIndicatorRow;
    // (a page break prints a few rows at most between two indicator rows: a 第1页 line, the header again)
    if (above === undefined || cells.length < 2 || row - above > MAX_PAGE_BREAK_ROWS + 1) return false;
    // (the category columns unmerged, their text left in the top cell: a 二级, or a 三级 such as 项目金额, starts the row)
    const continues =
      first.col > firstCol ||
      (first.col === firstCol && cells.length >= 3 && normalizeLabel(cellText(this.grid, masterOf(this.grid, above, firstCol).row, firstCol)) === normalizeLabel(first.text));
    if (!continues) return false;
    for (let r = above + 1; r < row; r++) {
      if (!this.isFurnitureRow(r) && this.printedWords(r) !== this.printedWords(header.row)) return false;
    }
    return true;
  }

  /**
   * The row starts with the label printed left of the grid's header (绩效目标, 绩效指标) and goes on
   * into the grid: the label column repeated after a page break, not a new label block.
   */
  protected repeatsGridLabel(cells: readonly LogicalCell[]): boolean {
    const columns = this.columns;
    const header = this.grids.at(-1);
    const first = cells[0];
    if (!columns || !header || header.sheet !== this.grid.name || !first || cells.length < 2) return false;
    if (first.col >= columns.indicatorCols[0]! || cells[1]!.col < columns.indicatorCols[0]!) return false;
    const label = normalizeLabel(cellText(this.grid, header.row, first.col));
    return label !== '' && label === normalizeLabel(first.text);
  }

  protected startGrid(columns: Columns, row: number): void {
    this.titledTableOpen = false;
    this.gridDraft = this.draft;
    this.lastIndicatorRow = undefined;
    this.grids.push({ sheet: this.grid.name, row, col: Math.min(...columns.headerText.keys()), indicatorRows: 0 });
    const e = this.evidence;
    for (const text of columns.headerText.values()) e.words.add(normalizeLabel(text));
    for (const role of columns.byRole.keys()) e.words.add(`role:${role}`);
    if (columns.byRole.has('personalName') || columns.byRole.has('personalValue') || columns.byRole.has('personalDescription')) e.personalColumns = true;
    if (columns.byRole.has('unitCode')) e.unitCodeColumn = true;
    if (columns.byRole.has('operator') || columns.byRole.has('weight')) e.operatorOrWeightColumn = true;
    this.columns = columns;
    this.sheetHadTable = true;
    const groupCol = columns.byRole.get('groupLabel');
    if (groupCol !== undefined && !columns.projectRows) {
      const draft = this.ensureBlockDraft(row);
      const projectCol = columns.byRole.get('groupProject');
      if (projectCol !== undefined) draft.groupProjectKey = columns.headerText.get(projectCol)!.trim();
      const start = draft.project[draft.list]?.length ?? 0;
      draft.groups.push({ goalLabel: draft.lastGoalLabel, label: columns.headerText.get(groupCol)!.trim(), first: start, last: start - 1 });
      this.markOverall();
    }
  }

  protected readGridRow(row: number): void {
    const columns = this.columns!;
    const text = (role: ColumnRole) => {
      const col = columns.byRole.get(role);
      return col === undefined ? '' : cellText(this.grid, row, col);
    };
    if (columns.projectRows) {
      const code = text('unitCode');
      const name = text('unitName');
      if (!isBlank(code) && /^[0-9A-Za-z][0-9A-Za-z.-]*$/.test(code.trim())) {
        // 湖南 exports list a unit's 专项 under the unit's own code, indicators on the same row
        if (code.trim() === this.unit?.code && !isBlank(name) && this.hasIndicatorCells(row)) {
          this.readProjectRow(row, name.trim());
          this.readIndicatorRow(row);
          return;
        }
        this.readUnitRow(row, code.trim(), name);
        return;
      }
      if (columns.byRole.has('projectName')) {
        // a list export: 单位名称 and 项目名称 side by side; a row with a unit and no project is a total row
        const project = text('projectName');
        if (!isBlank(name)) this.noteListUnit(row, name);
        if (isBlank(project) && !isBlank(name)) return;
        if (!isBlank(project)) this.readProjectRow(row, project);
      } else if (!isBlank(name)) this.readProjectRow(row, name);
    }
    if (this.hasIndicatorCells(row)) this.readIndicatorRow(row);
  }

  /** a list's 单位名称 cell ("820001-井研县马踏镇人民政府"): the unit of the projects that follow */
  protected noteListUnit(row: number, text: string): void {
    const col = this.columns!.byRole.get('unitName')!;
    const { code, name } = splitCode(text);
    this.notePlaceText(name, row, col, 2);
    if (!this.facts.listUnit) this.facts.listUnit = { name, ...(code ? { code } : {}), at: this.at(row, col) };
    this.unit = { ...(code ? { code } : {}), name, address: cellAddress(row, col), sheet: this.grid.name };
  }

  /** 浙江 department codes have three digits (259), its units six (259001) */
  protected readUnitRow(row: number, code: string, name: string): void {
    this.finishDraft();
    const col = this.columns!.byRole.get('unitCode')!;
    const dept = this.facts.departmentRow;
    if (!dept && code.length <= 3) {
      this.facts.departmentRow = { code, name, at: this.at(row, col) };
      return;
    }
    if (dept?.code === code) return; // the department row repeated on another sheet
    this.unit = { code, name, address: cellAddress(row, col), sheet: this.grid.name };
  }

  protected readProjectRow(row: number, name: string): void {
    const columns = this.columns!;
    const current = this.draft;
    const funding = this.readFundingColumns(row);
    // exports that repeat the project name on every indicator row, and a page break that prints the
    // project's cells again (its name and the same amounts) at the top of the next page
    const sameFunding = (f: { key: FundingKey; text: string }) => isBlank(f.text) || readMoney(f.text).amount === current?.project.funding?.[f.key];
    if (current?.origin === 'row' && current.project.name.trim() === name.trim() && funding.every(sameFunding) && !this.restartsRows(row, current)) return;
    this.finishDraft();
    const nameCol = columns.byRole.get('projectName') ?? columns.byRole.get('unitName')!;
    const draft = this.newDraft('row', row, nameCol);
    draft.project.name = name;
    draft.has.name = true;
    if (this.unit) {
      draft.project.unit = this.unit.code !== undefined ? { code: this.unit.code, name: this.unit.name } : { name: this.unit.name };
      if (this.unit.sheet === this.grid.name) draft.cells.unit = this.unit.address;
    }
    if (funding.length > 0) {
      const money: Partial<Funding> = {};
      for (const f of funding) this.setMoney(draft, money, f.key, columns.headerText.get(f.col) ?? f.key, f.text, row, f.col);
      draft.project.funding = { total: null, ...money };
    }
    const goalCol = columns.byRole.get('goal');
    if (goalCol !== undefined) draft.goalTexts.push({ label: columns.headerText.get(goalCol) ?? '总体绩效目标', text: cellText(this.grid, row, goalCol), address: cellAddress(row, goalCol) });
    // a goal column of its own for the 实施期 (湖南 list exports): kept even when empty, so an unfilled one is seen
    const periodGoalCol = columns.byRole.get('periodGoal');
    if (periodGoalCol !== undefined) {
      draft.project.periodGoal = cellText(this.grid, row, periodGoalCol);
      draft.cells.periodGoal = cellAddress(row, periodGoalCol);
    }
    this.draft = draft;
  }

  protected readFundingColumns(row: number): Array<{ key: FundingKey; col: number; text: string }> {
    const out: Array<{ key: FundingKey; col: number; text: string }> = [];
    for (const [role, col] of this.columns!.byRole) {
      if (FUNDING_ROLES.has(role)) out.push({ key: role as FundingKey, col, text: cellText(this.grid, row, col) });
    }
    return out;
  }

  /** an amount that is not a number stays null, and its text is kept under the table's own label */
  protected setMoney(draft: Draft, funding: Partial<Funding>, key: FundingKey, label: string, text: string, row: number, col: number): void {
    const money = readMoney(text);
    funding[key] = money.amount;
    draft.cells[`funding/${key}`] = cellAddress(row, col);
    if (money.unit) this.noteMoneyUnit(money.unit, row, col);
    if (money.raw !== undefined) draft.extensions[label.trim()] = money.raw;
    // a text with a number in it was meant as an amount; one without (金额(万元), 详见附件) is no amount at all
    if (money.amount === null && money.raw !== undefined && /\d/.test(money.raw)) {
      this.unreadableMoney.push({ sheet: this.grid.name, row, col, text: money.raw });
      draft.unreadable.push(`funding/${key}`);
    }
  }

  /** The row begins the project's indicators over again (its first indicator's name): the same project filed twice, not continued. */
  private restartsRows(row: number, draft: Draft): boolean {
    const col = this.columns!.byRole.get('name');
    const first = draft.project[draft.list]?.[0]?.name;
    return col !== undefined && first !== undefined && first !== '' && cellText(this.grid, row, col) === first;
  }

  /** A row with something in an indicator column; "-" alone (山东 历城 2019's unused 指标2 rows) is nothing. */
  protected hasIndicatorCells(row: number): boolean {
    const { byRole, periodByRole } = this.columns!;
    for (const [role, col] of [...byRole, ...periodByRole]) {
      if (INDICATOR_ROLES.has(role) && !isBlankOrDash(cellText(this.grid, row, col))) return true;
    }
    return false;
  }

  /**
   * The 总分 row that ends a 自评表 grid: its 分值 and 得分 cells are kept (pointsTotal), so a
   * finding on the total lands where the reviewer reads it. True when the row was one.
   */
  protected readTotalRow(row: number, first: LogicalCell): boolean {
    if (!TOTAL_ROW.test(normalizeLabel(first.text))) return false;
    const columns = this.columns!;
    this.columns = undefined; // the grid ends at its total; what follows (评价结论 …) is no indicator
    const draft = this.draft;
    const roles = (['weight', 'score'] as const).filter((role) => columns.byRole.has(role));
    if (!draft || roles.length === 0) return true;
    const total: PointsTotal = {};
    draft.cells.pointsTotal = cellAddress(row, first.col);
    for (const role of roles) {
      const col = columns.byRole.get(role)!;
      total[role] = readWeight(cellText(this.grid, row, col));
      draft.cells[`pointsTotal/${role}`] = cellAddress(row, col);
    }
    draft.project.pointsTotal = total;
    return true;
  }

  protected readIndicatorRow(row: number): void {
    const columns = this.columns!;
    const first = nonBlankCells(this.grid, row)[0];
    if (first && this.readTotalRow(row, first)) return;
    const draft = this.draft ?? this.ensureBlockDraft(row);
    if (columns.periodByRole.size === 0) {
      this.readIndicatorInto(draft, row, columns.byRole, draft.list);
      return;
    }
    // 中期/长期 columns beside the annual ones: one table row holds a row of each list
    // (三级指标 | 年度目标值 | 实施周期目标值, 广东 2021: only the target is printed per list, the row's name and categories are shared)
    const shared = new Map([...columns.byRole].filter(([role]) => !columns.periodByRole.has(role) && (SHARED_ROW_ROLES.has(role) || !INDICATOR_ROLES.has(role))));
    const annualOwn = [...columns.byRole].filter(([role]) => !shared.has(role));
    if (annualOwn.some(([, col]) => !isBlank(cellText(this.grid, row, col)))) this.readIndicatorInto(draft, row, columns.byRole, 'indicators');
    if ([...columns.periodByRole.values()].some((col) => !isBlank(cellText(this.grid, row, col)))) {
      this.readIndicatorInto(draft, row, new Map([...shared, ...columns.periodByRole]), 'periodIndicators');
    }
  }

  protected readIndicatorInto(draft: Draft, row: number, byRole: ReadonlyMap<ColumnRole, number>, listName: IndicatorList): void {
    const columns = this.columns!;
    const sections = !byRole.has('level1') && !byRole.has('level2');
    if (sections && this.readSectionHeading(draft, row, byRole, listName)) return;
    // a template's printed 二级 row with nothing beside it is no indicator (many templates print every 二级)
    // (a template's defaults, such as 度量单位 "-" or 指标性质 "定性", do not make it one)
    const content = [...byRole].filter(([role]) => ROW_CONTENT_ROLES.has(role));
    // (with a 二级 column, a row naming only its 一级 is such a printed category too)
    const printed = (role: ColumnRole) => {
      const col = byRole.get(role);
      return col !== undefined && !isBlank(cellText(this.grid, row, col)) && !isHiddenByMerge(this.grid, row, col);
    };
    // (without a 二级 column, a row printing only the 一级 of the row above is its merge written out)
    const repeatsLevel1 = !byRole.has('level2') && printed('level1') && cellText(this.grid, row, byRole.get('level1')!).trim() === draft.carry[`${listName}:level1`]?.text.trim();
    const printedCategory = printed('level2') || (byRole.has('level2') && printed('level1')) || repeatsLevel1;
    // (a "-" in the 三级 column of an unused template row is nothing either: 山东 历城 2019;
    // a "……" in the 二级 column is the template's "add rows here", kept for the rules to report)
    const ellipsisRow = printed('level2') && isEllipsis(cellText(this.grid, row, byRole.get('level2')!));
    if (printedCategory && !ellipsisRow && content.every(([, col]) => isBlankOrDash(cellText(this.grid, row, col)))) {
      const level1 = this.carried(draft, 'level1', row, {}, byRole, listName);
      const level2 = this.carried(draft, 'level2', row, {}, byRole, listName);
      // (a blank row under a 二级 that has rows above it, its merge written out on each row, leaves the category as full as it was)
      const last = draft.project[listName]?.at(-1);
      const hasRows = last !== undefined && last.level1 === level1 && last.level2 === level2;
      if (printed('level2') && !hasRows && this.vocabulary.level2(level2) !== null) this.noteEmptyCategory(draft, { level1, level2, ...(listName === 'periodIndicators' ? { period: true } : {}) }, cellAddress(row, byRole.get('level2')!));
      return;
    }
    const cells: Record<string, string> = {};
    const headerRow = this.grids.at(-1)?.row ?? 0;
    /** the top cell of a merge that comes down into this row from a data row above, if any */
    const mergedFromAbove = (col: number) => {
      const master = masterOf(this.grid, row, col);
      return master.col === col && master.row < row && master.row > headerRow ? master : undefined;
    };
    const read = (role: ColumnRole): string | undefined => {
      const col = byRole.get(role);
      if (col === undefined) return undefined;
      // 定量指标 merged down over nine rows (重庆 2021) is each row's: read it from the merge's top cell
      const at = mergedFromAbove(col) ?? { row, col };
      cells[role] = cellAddress(at.row, at.col);
      return cellText(this.grid, at.row, at.col);
    };
    const indicator: Indicator = { level1: this.carried(draft, 'level1', row, cells, byRole, listName), name: read('name') ?? '', value: read('value') ?? '' };
    if (byRole.has('level2')) {
      indicator.level2 = this.carried(draft, 'level2', row, cells, byRole, listName);
      this.fillEmptyCategory(draft, indicator.level2, listName);
    }
    for (const field of INDICATOR_TEXT_FIELDS) {
      const t = read(field);
      if (t !== undefined && !(field === 'operator' && this.isYesNoInBorrowedSignColumn(t, byRole))) indicator[field] = t;
    }
    const merged: string[] = [];
    for (const role of ['weight', 'score'] as const) {
      const col = byRole.get(role);
      // points merged down over several rows ("★补助鱼塘面积" and its "其中…" rows) belong to the group, counted on its first row
      if (col !== undefined && (mergedFromAbove(col) || this.continuesMergeAcrossBreak(row, col, indicator.name))) merged.push(role);
      else {
        const points = read(role);
        if (points !== undefined) indicator[role] = readWeight(points);
      }
    }
    this.applyPersonalCells(indicator, row, cells);
    if (sections) this.applySections(draft, indicator, cells, listName);

    // a row under a merged 一级 cell starts, visibly, at its first own cell
    const ownCols = [...byRole].flatMap(([role, col]) => (INDICATOR_ROLES.has(role) ? [col] : [])).sort((a, b) => a - b);
    const firstCol = ownCols.find((col) => !isHiddenByMerge(this.grid, row, col)) ?? ownCols[0] ?? columns.indicatorCols[0]!;
    const source: RowSource = { sheet: this.grid.name, row, cell: cellAddress(row, firstCol), cells, ...(merged.length > 0 ? { merged } : {}) };
    indicator.source = source;
    const list = (draft.project[listName] ??= []);
    list.push(inOrder(indicator, INDICATOR_KEY_ORDER));
    this.lastIndicatorRow = row;
    const grid = this.grids.at(-1);
    if (grid) grid.indicatorRows++;
    this.noteGroupRow(draft, row, list.length - 1);
  }

  /**
   * A grid with no category columns that names its categories on rows of their own, in the names
   * column ("一、产出指标", "（一）数量指标", nothing else on the row): a heading over the rows below,
   * no indicator. A 二级 heading with no rows under it is an empty category, as a printed 二级 is.
   */
  private readSectionHeading(draft: Draft, row: number, byRole: ReadonlyMap<ColumnRole, number>, listName: IndicatorList): boolean {
    const nameCol = byRole.get('name');
    if (nameCol === undefined) return false;
    const text = cellText(this.grid, row, nameCol);
    const level = this.vocabulary.level1Exact(text) !== null ? 'level1' : this.vocabulary.level2Exact(text) !== null ? 'level2' : undefined;
    const others = [...byRole].filter(([role, col]) => ROW_CONTENT_ROLES.has(role) && col !== nameCol);
    if (level === undefined || !others.every(([, col]) => isBlankOrDash(cellText(this.grid, row, col)))) return false;
    const address = cellAddress(row, nameCol);
    draft.carry[`${listName}:${level}`] = { text, address };
    if (level === 'level1') delete draft.carry[`${listName}:level2`];
    else this.noteEmptyCategory(draft, { level1: draft.carry[`${listName}:level1`]?.text ?? '', level2: text, ...(listName === 'periodIndicators' ? { period: true } : {}) }, address);
    return true;
  }

  /** The section headings above a row of a grid without category columns are its categories. */
  private applySections(draft: Draft, indicator: Indicator, cells: Record<string, string>, listName: IndicatorList): void {
    const level1 = draft.carry[`${listName}:level1`];
    const level2 = draft.carry[`${listName}:level2`];
    if (level1) {
      indicator.level1 = level1.text;
      cells.level1 = level1.address;
    }
    if (level2) {
      indicator.level2 = level2.text;
      cells.level2 = level2.address;
      this.fillEmptyCategory(draft, level2.text, listName);
    }
  }

  /** A 二级 printed with nothing beside it: kept, with its cell, for the rules that miss that category. */
  private noteEmptyCategory(draft: Draft, category: EmptyCategory, address: string): void {
    const list = (draft.project.emptyCategories ??= []);
    draft.cells[`emptyCategories/${list.length}/level2`] = address;
    list.push(category);
  }

  /** An indicator under a 二级 printed empty above it (a label row, then its rows): the category is not empty after all. */
  private fillEmptyCategory(draft: Draft, level2: string, listName: IndicatorList): void {
    const list = draft.project.emptyCategories;
    const last = list?.at(-1);
    if (!list || !last || last.level2 !== level2 || (last.period ?? false) !== (listName === 'periodIndicators')) return;
    delete draft.cells[`emptyCategories/${list.length - 1}/level2`];
    list.pop();
    if (list.length === 0) delete draft.project.emptyCategories;
  }

  /**
   * A blank 一级/二级 cell hidden by a merge is the merged cell: the value and its cell come from
   * there. Where the grid groups a column by merging its cells, a blank that no merge covers stays
   * blank (the rules report it). Where the column has no merges between the grid's header and the
   * row (a text file, a workbook whose merges were lost or never made), a blank means "same as
   * above", as it reads.
   */
  protected carried(draft: Draft, role: 'level1' | 'level2', row: number, cells: Record<string, string>, byRole: ReadonlyMap<ColumnRole, number>, listName: IndicatorList): string {
    const col = byRole.get(role);
    if (col === undefined) return '';
    const text = cellText(this.grid, row, col);
    const key = `${listName}:${role}` as const;
    const carry = draft.carry[key];
    const master = masterOf(this.grid, row, col);
    // 社会公众或服务对象满意度指标 merged across the 一级 and 二级 columns names both: nothing carries into it from above
    if (role === 'level2' && master.row === row && master.col === byRole.get('level1')) {
      const address = cellAddress(master.row, master.col);
      cells[role] = address;
      draft.carry[key] = { text: cellText(this.grid, master.row, master.col), address };
      return draft.carry[key].text;
    }
    const carries = isHiddenByMerge(this.grid, row, col) || !this.columnGroupsByMerges(col, row);
    if (isBlank(text) && carry && carries) {
      cells[role] = carry.address;
      return carry.text;
    }
    const address = cellAddress(row, col);
    cells[role] = address;
    draft.carry[key] = { text, address };
    return text;
  }

  /** The column has merged cells between the current grid's header and this row (so a blank no merge covers is blank). */
  private columnGroupsByMerges(col: number, row: number): boolean {
    return mergeBeginsBetween(this.mergeTops.get(col), this.grids.at(-1)?.row ?? 0, row);
  }

  /**
   * 浙江 2019 个性 columns: a row that fills only them is a 个性 row (name/value/description come
   * from them); a row that fills both sets keeps its 个性 cells, the non-empty ones, in `personal`.
   */
  protected applyPersonalCells(indicator: Indicator, row: number, cells: Record<string, string>): void {
    const columns = this.columns!;
    const personal: Array<[keyof PersonalCells, number]> = [];
    for (const [role, field] of [
      ['personalName', 'name'],
      ['personalValue', 'value'],
      ['personalDescription', 'description'],
    ] as const) {
      const col = columns.byRole.get(role);
      if (col !== undefined) personal.push([field, col]);
    }
    if (personal.length === 0) return;
    const filled = personal.filter(([, col]) => !isBlank(cellText(this.grid, row, col)));
    if (filled.length === 0) return;
    const commonFilled = [indicator.name, indicator.value, indicator.description ?? ''].some((t) => !isBlank(t));
    if (!commonFilled) {
      for (const [field, col] of personal) {
        indicator[field] = cellText(this.grid, row, col);
        cells[field] = cellAddress(row, col);
      }
      indicator.personalized = true;
      return;
    }
    indicator.personal = {};
    for (const [field, col] of filled) {
      indicator.personal[field] = cellText(this.grid, row, col);
      cells[`personal/${field}`] = cellAddress(row, col);
    }
  }

  protected noteGroupRow(draft: Draft, row: number, index: number): void {
    const group = draft.groups.at(-1);
    if (!group) return;
    group.last = index;
    const col = this.columns!.byRole.get('groupProject');
    if (group.project === undefined && col !== undefined) {
      const text = cellText(this.grid, row, col);
      if (!isBlank(text)) group.project = text;
    }
  }
}
