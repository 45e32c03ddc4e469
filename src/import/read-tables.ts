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
import type { Funding, Indicator, IndicatorList, MoneyUnit, PersonalCells, Project, ProjectKind, RowSource } from '../document/model.js';
import { cellAddress, type CellPosition } from './cell-ref.js';
import { readMoney, readSpendingMonth, readWeight, yearIn } from './cell-values.js';
import { cellText, isBlank, isHiddenByMerge, isRowBlank, logicalCells, mergeBottom, nonBlankCells, type LogicalCell, type SheetGrid } from './grid.js';
import { emptyEvidence, type LayoutEvidence } from './layouts.js';
import { asMoneyUnit, isPageFurniture, isSectionHeading, isTableTitle, isYearSubtitle, kindFromHeading, metaLine, moneyUnitMentioned, regionAtStart, type MetaLine } from './titles.js';
import {
  blockLabel,
  columnRole,
  FUNDING_ROLES,
  headerCell,
  fundingKeyLoose,
  goalPriority,
  INDICATOR_ROLES,
  moneyUnitIn,
  monthOf,
  normalizeLabel,
  NUMBERED_GOAL,
  type BlockLabel,
  type ColumnRole,
  type FundingKey,
} from './vocabulary.js';


export interface CellAt extends CellPosition {
  sheet: string;
}

/** Facts about the whole document, each with the cell it was read from. */
export interface DocumentFacts {
  year?: { value: number; at: CellAt };
  province?: { value: string; at: CellAt };
  city?: { value: string; at: CellAt };
  county?: { value: string; at: CellAt };
  /** the department row of a 浙江 table (code + name) */
  departmentRow?: { code: string; name: string; at: CellAt };
  /** 部门名称：… line or cell */
  departmentLabel?: { name: string; code?: string; at: CellAt };
  /** 填报单位 / 实施单位 / 预算单位: the department when no 主管部门 is given */
  reportingUnit?: { name: string; at: CellAt };
  /** the first 单位名称 of a list export */
  listUnit?: { name: string; code?: string; at: CellAt };
  moneyUnit?: { value: MoneyUnit; at: CellAt };
  /** texts that may name the place (titles, department and unit names), for inferring the region */
  placeTexts: Array<{ text: string; at: CellAt }>;
}

/** "[015001]武汉市青山区教育局", "820001-井研县马踏镇人民政府" → code and name */
export function splitCode(text: string): { code?: string; name: string } {
  const m = /^\s*[[【(（]?\s*([0-9A-Za-z]{3,}(?:[-.][0-9A-Za-z]+)*)\s*[\]】)）]?\s*[-—_:：]?\s*(\S.*)$/s.exec(text);
  if (m && /\d/.test(m[1]!) && /[\u4e00-\u9fa5]/.test(m[2]!)) return { code: m[1]!, name: m[2]!.trim() };
  return { name: text.trim() };
}

export interface SheetFinding {
  sheet: string;
  kind: 'empty' | 'no-header';
  /** header words found on a sheet without a usable header */
  headerWordsSeen: string[];
}

export interface TablesReading {
  projects: Project[];
  facts: DocumentFacts;
  evidence: LayoutEvidence;
  /** sheets that held at least one table */
  sheetsWithTables: string[];
  findings: SheetFinding[];
}

interface Columns {
  byRole: Map<ColumnRole, number>;
  /** 中期/长期/实施期 columns beside the annual ones (二级指标（长期）…): their rows go to periodIndicators */
  periodByRole: Map<ColumnRole, number>;
  /** header text as printed, by column */
  headerText: Map<number, string>;
  /** the grid has a 单位名称 column: projects are rows (浙江), not key-value blocks (河北) */
  projectRows: boolean;
  /** the indicator columns, left to right: an indicator row's first cell is the first one it shows */
  indicatorCols: number[];
}

interface OverallGroup {
  goalLabel: string;
  label: string;
  project?: string;
  first: number;
  last: number;
}

interface Draft {
  project: Project;
  cells: Record<string, string>;
  origin: 'row' | 'block';
  list: IndicatorList;
  carry: Partial<Record<`${IndicatorList}:${'level1' | 'level2'}`, { text: string; address: string }>>;
  goalTexts: Array<{ label: string; text: string; address: string }>;
  groups: OverallGroup[];
  groupProjectKey?: string;
  lastGoalLabel: string;
  extensions: Record<string, unknown>;
  has: { code: boolean; name: boolean };
  kindFixed: boolean;
}

/** a row consumer waiting for the rows that belong to a label (资金用途 under 预算数, values under 3月底…) */
type Expectation = (row: number) => boolean;

const INDICATOR_TEXT_FIELDS = ['operator', 'unit', 'description', 'basis', 'valueType', 'direction', 'valueNote', 'scoring'] as const;

export function readTables(sheets: readonly SheetGrid[]): TablesReading {
  const reader = new TablesReader();
  for (const sheet of sheets) reader.readSheet(sheet);
  return reader.result();
}

class TablesReader {
  readonly #projects: Project[] = [];
  readonly #facts: DocumentFacts = { placeTexts: [] };
  readonly #evidence = emptyEvidence();
  readonly #sheetsWithTables: string[] = [];
  readonly #findings: SheetFinding[] = [];
  /** 浙江: the unit row above the current projects; kept across sheets */
  #unit: { code?: string; name: string; address: string; sheet: string } | undefined;
  #sectionKind: ProjectKind | undefined;

  // per sheet
  #grid!: SheetGrid;
  #columns: Columns | undefined;
  #draft: Draft | undefined;
  #expect: Expectation | undefined;
  /** a record still waiting for rows when its table or sheet ends */
  #pendingRecord: (() => void) | undefined;
  #tableKind: ProjectKind | undefined;
  #tableUnit: { name: string; address: string } | undefined;
  #sheetHadTable = false;
  #headerWordsSeen = new Set<string>();

  result(): TablesReading {
    return { projects: this.#projects, facts: this.#facts, evidence: this.#evidence, sheetsWithTables: this.#sheetsWithTables, findings: this.#findings };
  }

  readSheet(grid: SheetGrid): void {
    this.#grid = grid;
    this.#columns = undefined;
    this.#draft = undefined;
    this.#expect = undefined;
    this.#tableKind = undefined;
    this.#tableUnit = undefined;
    this.#sheetHadTable = false;
    this.#headerWordsSeen = new Set();
    let anyText = false;
    for (let row = 1; row <= grid.rows.length; row++) {
      if (!anyText && !isRowBlank(grid, row)) anyText = true;
      row = this.#readRow(row);
    }
    this.#finishDraft();
    if (this.#sheetHadTable) this.#sheetsWithTables.push(grid.name);
    else this.#findings.push({ sheet: grid.name, kind: anyText ? 'no-header' : 'empty', headerWordsSeen: [...this.#headerWordsSeen] });
  }

  /** reads one row (or a header of two) and returns the last row it consumed */
  #readRow(row: number): number {
    if (this.#expect) {
      const expect = this.#expect;
      this.#expect = undefined;
      if (expect(row)) return row;
    }
    const cells = nonBlankCells(this.#grid, row);
    if (cells.length === 0) return row;
    this.#noteHeaderWords(cells);
    // 单位：万元 may stand anywhere above or beside a table, inside a longer line too
    if (!this.#columns) for (const c of cells) this.#noteMoneyUnit(moneyUnitMentioned(c.text), row, c.col);
    const header = this.#readHeader(row);
    if (header !== undefined) return header;
    if (cells.every((c) => isPageFurniture(c.text))) return row;
    if (this.#readTitleOrMeta(row, cells)) return row;
    if (!this.#columns?.projectRows && this.#readBlockRow(row, cells)) return row;
    if (this.#columns) {
      this.#readGridRow(row);
      return row;
    }
    if (this.#draft?.origin === 'block') this.#readUnknownLabel(row, cells);
    return row;
  }

  #noteHeaderWords(cells: LogicalCell[]): void {
    for (const c of cells) {
      const role = columnRole(c.text);
      if (role && INDICATOR_ROLES.has(role)) this.#headerWordsSeen.add(c.text.trim());
    }
  }

  // ── headers ──────────────────────────────────────────────────────────────

  /** An indicator-grid header: 指标值 and 一级指标 or 三级指标, and at least three indicator columns. */
  #readHeader(row: number): number | undefined {
    const cells = logicalCells(this.#grid, row);
    const roles = new Map<ColumnRole, number>();
    const periodRoles = new Map<ColumnRole, number>();
    const headerText = new Map<number, string>();
    for (const c of cells) {
      const cell = headerCell(c.text);
      if (!cell) continue;
      const target = cell.period === 'period' ? periodRoles : roles;
      if (target.has(cell.role)) continue;
      target.set(cell.role, c.col);
      headerText.set(c.col, c.text);
    }
    // a table with only period-marked columns (a 长期 block on its own) reads them as its columns
    if (!roles.has('value') && periodRoles.has('value') && !roles.has('name')) {
      for (const [role, col] of periodRoles) roles.set(role, col);
      periodRoles.clear();
    }
    const indicatorRoles = [...roles.keys()].filter((r) => INDICATOR_ROLES.has(r));
    if (!roles.has('value') || !(roles.has('level1') || roles.has('name')) || indicatorRoles.length < 3) return undefined;

    let last = row;
    const below = row + 1 <= this.#grid.rows.length ? nonBlankCells(this.#grid, row + 1) : [];
    if (below.length > 0 && below.every((c) => columnRole(c.text) !== undefined)) {
      // second header row: 总计 一般公共预算 … under a merged 资金安排
      for (const c of below) {
        const role = columnRole(c.text)!;
        if (!roles.has(role) || role === 'fundingGroup') roles.set(role, c.col);
        headerText.set(c.col, c.text);
      }
      last = row + 1;
    }
    for (const [col, text] of headerText) this.#noteMoneyUnit(moneyUnitIn(text), row, col);
    const indicatorCols = [...roles].flatMap(([r, c]) => (INDICATOR_ROLES.has(r) ? [c] : [])).sort((a, b) => a - b);
    this.#startGrid({ byRole: roles, periodByRole: periodRoles, headerText, projectRows: roles.has('unitName') || roles.has('projectName'), indicatorCols }, row);
    return last;
  }

  #startGrid(columns: Columns, row: number): void {
    const e = this.#evidence;
    for (const text of columns.headerText.values()) e.words.add(normalizeLabel(text));
    for (const role of columns.byRole.keys()) e.words.add(`role:${role}`);
    if (columns.byRole.has('personalName') || columns.byRole.has('personalValue') || columns.byRole.has('personalDescription')) e.personalColumns = true;
    if (columns.byRole.has('unitCode')) e.unitCodeColumn = true;
    if (columns.byRole.has('operator') || columns.byRole.has('weight')) e.operatorOrWeightColumn = true;
    this.#columns = columns;
    this.#sheetHadTable = true;
    const groupCol = columns.byRole.get('groupLabel');
    if (groupCol !== undefined && !columns.projectRows) {
      const draft = this.#ensureBlockDraft(row);
      const projectCol = columns.byRole.get('groupProject');
      if (projectCol !== undefined) draft.groupProjectKey = columns.headerText.get(projectCol)!.trim();
      const start = draft.project[draft.list]?.length ?? 0;
      draft.groups.push({ goalLabel: draft.lastGoalLabel, label: columns.headerText.get(groupCol)!.trim(), first: start, last: start - 1 });
      this.#markOverall();
    }
  }

  // ── titles and page furniture ────────────────────────────────────────────

  #readTitleOrMeta(row: number, cells: LogicalCell[]): boolean {
    const metas = cells.map((c) => metaLine(c.text));
    if (metas.every((m) => m !== undefined)) {
      metas.forEach((lines, i) => lines!.forEach((m) => this.#applyMeta(m, row, cells[i]!.col)));
      return true;
    }
    if (cells.length !== 1) return false;
    const cell = cells[0]!;
    if (isSectionHeading(cell.text)) {
      this.#sectionKind = kindFromHeading(cell.text) ?? this.#sectionKind;
      if (this.#draft?.origin === 'block') this.#finishDraft();
      this.#tableKind = undefined;
      return true;
    }
    if (!isTableTitle(cell.text)) return false;
    this.#noteTitleFacts(cell.text, row, cell.col);
    if (isYearSubtitle(cell.text)) return true; // （2023年度） under a title: not a new table
    // a 河北 table ends where the next title starts; a 浙江 page title just repeats
    if (this.#draft?.origin === 'block') this.#finishDraft();
    if (this.#draft?.origin !== 'row') {
      this.#tableKind = kindFromHeading(cell.text);
      this.#tableUnit = undefined;
      if (!this.#columns?.projectRows) this.#columns = undefined;
      if (this.#tableKind === 'overall') {
        const draft = this.#startBlockDraft(row);
        draft.project.name = cell.text.trim();
        draft.cells.name = cellAddress(row, cell.col);
        draft.has.name = true;
      }
    }
    return true;
  }

  #notePlaceText(text: string, row: number, col: number): void {
    if (!isBlank(text) && this.#facts.placeTexts.length < 200) this.#facts.placeTexts.push({ text, at: this.#at(row, col) });
  }

  #noteTitleFacts(text: string, row: number, col: number): void {
    const at = this.#at(row, col);
    this.#notePlaceText(text, row, col);
    const year = yearIn(text);
    if (year !== undefined && !this.#facts.year) this.#facts.year = { value: year, at };
    const region = regionAtStart(text);
    if (region.province && !this.#facts.province) this.#facts.province = { value: region.province, at };
    if (region.city && !this.#facts.city) this.#facts.city = { value: region.city, at };
    if (region.county && !this.#facts.county) this.#facts.county = { value: region.county, at };
  }

  #applyMeta(meta: MetaLine, row: number, col: number): void {
    switch (meta.kind) {
      case 'department':
        this.#noteDepartment(meta.value, row, col);
        return;
      case 'reportingUnit':
        this.#evidence.words.add('填报单位(盖公章)');
        if (meta.value) {
          this.#noteReportingUnit(meta.value, row, col);
          this.#tableUnit = { name: meta.value, address: cellAddress(row, col) };
        }
        return;
      case 'moneyUnit':
        this.#noteMoneyUnit(asMoneyUnit(meta.value), row, col);
        return;
      case 'region':
        this.#noteTitleFacts(meta.value, row, col);
        return;
    }
  }

  #noteDepartment(text: string, row: number, col: number): void {
    if (isBlank(text)) return;
    const { code, name } = splitCode(text);
    this.#notePlaceText(name, row, col);
    if (!this.#facts.departmentLabel) this.#facts.departmentLabel = { name, ...(code ? { code } : {}), at: this.#at(row, col) };
  }

  #noteReportingUnit(text: string, row: number, col: number): void {
    if (isBlank(text)) return;
    const { name } = splitCode(text);
    this.#notePlaceText(name, row, col);
    if (!this.#facts.reportingUnit) this.#facts.reportingUnit = { name, at: this.#at(row, col) };
  }

  #noteMoneyUnit(unit: MoneyUnit | undefined, row: number, col: number): void {
    if (unit && !this.#facts.moneyUnit) this.#facts.moneyUnit = { value: unit, at: this.#at(row, col) };
  }

  // ── grid rows: 浙江 unit/project/indicator rows, 河北 indicator rows ─────────────

  #readGridRow(row: number): void {
    const columns = this.#columns!;
    const text = (role: ColumnRole) => {
      const col = columns.byRole.get(role);
      return col === undefined ? '' : cellText(this.#grid, row, col);
    };
    if (columns.projectRows) {
      const code = text('unitCode');
      const name = text('unitName');
      if (!isBlank(code) && /^[0-9A-Za-z][0-9A-Za-z.-]*$/.test(code.trim())) {
        this.#readUnitRow(row, code.trim(), name);
        return;
      }
      if (columns.byRole.has('projectName')) {
        // a list export: 单位名称 and 项目名称 side by side; a row with a unit and no project is a total row
        const project = text('projectName');
        if (!isBlank(name)) this.#noteListUnit(row, name);
        if (isBlank(project) && !isBlank(name)) return;
        if (!isBlank(project)) this.#readProjectRow(row, project);
      } else if (!isBlank(name)) this.#readProjectRow(row, name);
    }
    if (this.#hasIndicatorCells(row)) this.#readIndicatorRow(row);
  }

  /** a list's 单位名称 cell ("820001-井研县马踏镇人民政府"): the unit of the projects that follow */
  #noteListUnit(row: number, text: string): void {
    const col = this.#columns!.byRole.get('unitName')!;
    const { code, name } = splitCode(text);
    this.#notePlaceText(name, row, col);
    if (!this.#facts.listUnit) this.#facts.listUnit = { name, ...(code ? { code } : {}), at: this.#at(row, col) };
    this.#unit = { ...(code ? { code } : {}), name, address: cellAddress(row, col), sheet: this.#grid.name };
  }

  /** 浙江 department codes have three digits (259), its units six (259001) */
  #readUnitRow(row: number, code: string, name: string): void {
    this.#finishDraft();
    const col = this.#columns!.byRole.get('unitCode')!;
    const dept = this.#facts.departmentRow;
    if (!dept && code.length <= 3) {
      this.#facts.departmentRow = { code, name, at: this.#at(row, col) };
      return;
    }
    if (dept?.code === code) return; // the department row repeated on another sheet
    this.#unit = { code, name, address: cellAddress(row, col), sheet: this.#grid.name };
  }

  #readProjectRow(row: number, name: string): void {
    const columns = this.#columns!;
    const current = this.#draft;
    const funding = this.#readFundingColumns(row);
    // exports that repeat the project name on every indicator row
    if (current?.origin === 'row' && current.project.name === name && funding.every((f) => isBlank(f.text))) return;
    this.#finishDraft();
    const nameCol = columns.byRole.get('projectName') ?? columns.byRole.get('unitName')!;
    const draft = this.#newDraft('row', row, nameCol);
    draft.project.name = name;
    draft.has.name = true;
    if (this.#unit) {
      draft.project.unit = this.#unit.code !== undefined ? { code: this.#unit.code, name: this.#unit.name } : { name: this.#unit.name };
      if (this.#unit.sheet === this.#grid.name) draft.cells.unit = this.#unit.address;
    }
    if (funding.length > 0) {
      const money: Partial<Funding> = {};
      for (const f of funding) this.#setMoney(draft, money, f.key, columns.headerText.get(f.col) ?? f.key, f.text, row, f.col);
      draft.project.funding = { total: null, ...money };
    }
    const goalCol = columns.byRole.get('goal');
    if (goalCol !== undefined) draft.goalTexts.push({ label: columns.headerText.get(goalCol) ?? '总体绩效目标', text: cellText(this.#grid, row, goalCol), address: cellAddress(row, goalCol) });
    this.#draft = draft;
  }

  #readFundingColumns(row: number): Array<{ key: FundingKey; col: number; text: string }> {
    const out: Array<{ key: FundingKey; col: number; text: string }> = [];
    for (const [role, col] of this.#columns!.byRole) {
      if (FUNDING_ROLES.has(role)) out.push({ key: role as FundingKey, col, text: cellText(this.#grid, row, col) });
    }
    return out;
  }

  /** an amount that is not a number stays null, and its text is kept under the table's own label */
  #setMoney(draft: Draft, funding: Partial<Funding>, key: FundingKey, label: string, text: string, row: number, col: number): void {
    const money = readMoney(text);
    funding[key] = money.amount;
    draft.cells[`funding/${key}`] = cellAddress(row, col);
    if (money.unit) this.#noteMoneyUnit(money.unit, row, col);
    if (money.raw !== undefined) draft.extensions[label.trim()] = money.raw;
  }

  #hasIndicatorCells(row: number): boolean {
    for (const [role, col] of this.#columns!.byRole) {
      if (INDICATOR_ROLES.has(role) && !isBlank(cellText(this.#grid, row, col))) return true;
    }
    return false;
  }

  #readIndicatorRow(row: number): void {
    const columns = this.#columns!;
    const draft = this.#draft ?? this.#ensureBlockDraft(row);
    if (columns.periodByRole.size === 0) {
      this.#readIndicatorInto(draft, row, columns.byRole, draft.list);
      return;
    }
    // 中期/长期 columns beside the annual ones: one table row holds a row of each list
    const shared = new Map([...columns.byRole].filter(([role]) => !columns.periodByRole.has(role) && (role === 'level1' || !INDICATOR_ROLES.has(role))));
    const annualOwn = [...columns.byRole].filter(([role]) => !shared.has(role));
    if (annualOwn.some(([, col]) => !isBlank(cellText(this.#grid, row, col)))) this.#readIndicatorInto(draft, row, columns.byRole, 'indicators');
    if ([...columns.periodByRole.values()].some((col) => !isBlank(cellText(this.#grid, row, col)))) {
      this.#readIndicatorInto(draft, row, new Map([...shared, ...columns.periodByRole]), 'periodIndicators');
    }
  }

  #readIndicatorInto(draft: Draft, row: number, byRole: ReadonlyMap<ColumnRole, number>, listName: IndicatorList): void {
    const columns = this.#columns!;
    // a template's printed 二级 row with nothing beside it is no indicator (many templates print every 二级)
    const content = [...byRole].filter(([role]) => INDICATOR_ROLES.has(role) && role !== 'level1' && role !== 'level2');
    const level2 = byRole.get('level2');
    const printedLevel2 = level2 !== undefined && !isBlank(cellText(this.#grid, row, level2)) && !isHiddenByMerge(this.#grid, row, level2);
    if (printedLevel2 && content.every(([, col]) => isBlank(cellText(this.#grid, row, col)))) {
      this.#carried(draft, 'level1', row, {}, byRole, listName);
      this.#carried(draft, 'level2', row, {}, byRole, listName);
      return;
    }
    const cells: Record<string, string> = {};
    const read = (role: ColumnRole): string | undefined => {
      const col = byRole.get(role);
      if (col === undefined) return undefined;
      cells[role] = cellAddress(row, col);
      return cellText(this.#grid, row, col);
    };
    const indicator: Indicator = { level1: this.#carried(draft, 'level1', row, cells, byRole, listName), name: read('name') ?? '', value: read('value') ?? '' };
    if (byRole.has('level2')) indicator.level2 = this.#carried(draft, 'level2', row, cells, byRole, listName);
    for (const field of INDICATOR_TEXT_FIELDS) {
      const t = read(field);
      if (t !== undefined) indicator[field] = t;
    }
    const weight = read('weight');
    if (weight !== undefined) indicator.weight = readWeight(weight);
    this.#applyPersonalCells(indicator, row, cells);

    // a row under a merged 一级 cell starts, visibly, at its first own cell
    const ownCols = [...byRole].flatMap(([role, col]) => (INDICATOR_ROLES.has(role) ? [col] : [])).sort((a, b) => a - b);
    const firstCol = ownCols.find((col) => !isHiddenByMerge(this.#grid, row, col)) ?? ownCols[0] ?? columns.indicatorCols[0]!;
    const source: RowSource = { sheet: this.#grid.name, row, cell: cellAddress(row, firstCol), cells };
    indicator.source = source;
    const list = (draft.project[listName] ??= []);
    list.push(inOrder(indicator, INDICATOR_KEY_ORDER));
    this.#noteGroupRow(draft, row, list.length - 1);
  }

  /**
   * A blank 一级/二级 cell hidden by a merge is the merged cell: the value and its cell come from
   * there. In a workbook, a blank that no merge covers stays blank (the rules report it); a text
   * file has no merges, so there a blank means "same as above", as a CSV copy of a merge reads.
   */
  #carried(draft: Draft, role: 'level1' | 'level2', row: number, cells: Record<string, string>, byRole: ReadonlyMap<ColumnRole, number>, listName: IndicatorList): string {
    const col = byRole.get(role);
    if (col === undefined) return '';
    const text = cellText(this.#grid, row, col);
    const key = `${listName}:${role}` as const;
    const carry = draft.carry[key];
    const carries = !this.#grid.hasMergeInfo || isHiddenByMerge(this.#grid, row, col);
    if (isBlank(text) && carry && carries) {
      cells[role] = carry.address;
      return carry.text;
    }
    const address = cellAddress(row, col);
    cells[role] = address;
    draft.carry[key] = { text, address };
    return text;
  }

  /**
   * 浙江 2019 个性 columns: a row that fills only them is a 个性 row (name/value/description come
   * from them); a row that fills both sets keeps its 个性 cells, the non-empty ones, in `personal`.
   */
  #applyPersonalCells(indicator: Indicator, row: number, cells: Record<string, string>): void {
    const columns = this.#columns!;
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
    const filled = personal.filter(([, col]) => !isBlank(cellText(this.#grid, row, col)));
    if (filled.length === 0) return;
    const commonFilled = [indicator.name, indicator.value, indicator.description ?? ''].some((t) => !isBlank(t));
    if (!commonFilled) {
      for (const [field, col] of personal) {
        indicator[field] = cellText(this.#grid, row, col);
        cells[field] = cellAddress(row, col);
      }
      indicator.personalized = true;
      return;
    }
    indicator.personal = {};
    for (const [field, col] of filled) {
      indicator.personal[field] = cellText(this.#grid, row, col);
      cells[`personal/${field}`] = cellAddress(row, col);
    }
  }

  #noteGroupRow(draft: Draft, row: number, index: number): void {
    const group = draft.groups.at(-1);
    if (!group) return;
    group.last = index;
    const col = this.#columns!.byRole.get('groupProject');
    if (group.project === undefined && col !== undefined) {
      const text = cellText(this.#grid, row, col);
      if (!isBlank(text)) group.project = text;
    }
  }

  // ── 河北: key-value blocks ─────────────────────────────────────────────────

  /** a row whose first cell is a known label; false when it is not one */
  #readBlockRow(row: number, cells: LogicalCell[]): boolean {
    const first = cells[0]!;
    if (NUMBERED_GOAL.test(normalizeLabel(first.text)) || isEllipsis(first.text)) {
      if (!this.#draft || this.#draft.origin !== 'block') return false;
      this.#readGoalRow(row, first);
      return true;
    }
    let labelCell = first;
    let label = blockLabel(first.text);
    if (label === 'budgetWrapper') {
      this.#noteMoneyUnit(moneyUnitIn(first.text), row, first.col);
      const next = cells[1];
      if (!next) return true;
      labelCell = next;
      label = blockLabel(next.text);
      if (!label) {
        this.#readUnknownLabel(row, cells.slice(1));
        return true;
      }
    }
    if (!label) return false;
    this.#noteMoneyUnit(moneyUnitIn(labelCell.text), row, labelCell.col);
    this.#evidence.keyValueBlock = true;
    this.#evidence.words.add(normalizeLabel(labelCell.text));
    this.#sheetHadTable = true;
    this.#applyBlockLabel(label, row, labelCell);
    return true;
  }

  #applyBlockLabel(label: BlockLabel, row: number, labelCell: LogicalCell): void {
    const after = this.#cellsAfter(row, labelCell.col);
    const valueCell = after[0];
    const value = valueCell?.text ?? '';
    switch (label) {
      case 'code':
      case 'name':
      case 'department':
      case 'reportingUnit':
        this.#readLabelPairs(row, labelCell);
        return;
      case 'budget':
        this.#readBudgetRow(row, labelCell);
        return;
      case 'spendingPlan':
        this.#readSpendingHeader(row, labelCell);
        return;
      case 'income':
        this.#markOverall();
        this.#readRecord(row, labelCell, (record) => this.#applyIncome(record));
        return;
      case 'goals':
        if (valueCell && (NUMBERED_GOAL.test(normalizeLabel(valueCell.text)) || isEllipsis(valueCell.text))) {
          this.#ensureBlockDraft(row);
          this.#readGoalRow(row, valueCell);
          return;
        }
        this.#addGoalText(row, labelCell, valueCell);
        return;
      case 'goal':
        this.#addGoalText(row, labelCell, valueCell);
        return;
      case 'overallGoal': {
        const draft = this.#ensureBlockDraft(row);
        this.#markOverall();
        draft.lastGoalLabel = labelCell.text.trim();
        this.#pushGoal(draft, value, valueCell ? cellAddress(row, valueCell.col) : cellAddress(row, labelCell.col));
        return;
      }
      case 'period':
      case 'periodGoal': {
        const draft = this.#ensureBlockDraft(row);
        draft.project[label] = value;
        draft.cells[label] = cellAddress(row, (valueCell ?? labelCell).col);
        return;
      }
      case 'periodIndicators':
      case 'annualIndicators':
        this.#ensureBlockDraft(row).list = label === 'periodIndicators' ? 'periodIndicators' : 'indicators';
        this.#columns = undefined;
        return;
      case 'budgetWrapper':
        return;
    }
  }

  /** 项目编码 | code | 项目名称 | name, 主管部门 | … | 实施单位 | …: label/value pairs on one row */
  #readLabelPairs(row: number, labelCell: LogicalCell): void {
    const cells = logicalCells(this.#grid, row).filter((c) => c.col >= labelCell.col);
    for (let i = 0; i < cells.length; i++) {
      const label = blockLabel(cells[i]!.text);
      if (label !== 'code' && label !== 'name' && label !== 'department' && label !== 'reportingUnit') continue;
      this.#evidence.words.add(normalizeLabel(cells[i]!.text));
      const valueCell = cells[i + 1] && !blockLabel(cells[i + 1]!.text) ? cells[i + 1] : undefined;
      const value = valueCell?.text ?? '';
      const address = cellAddress(row, (valueCell ?? cells[i]!).col);
      if (valueCell) i++;
      if (label === 'department') {
        if (valueCell) this.#noteDepartment(value, row, valueCell.col);
        continue;
      }
      if (label === 'reportingUnit') {
        if (isBlank(value)) continue;
        this.#noteReportingUnit(value, row, valueCell!.col);
        this.#tableUnit = { name: value.trim(), address };
        if (this.#draft?.origin === 'block') {
          this.#draft.project.unit = { name: value.trim() };
          this.#draft.cells.unit = address;
        }
        continue;
      }
      const draft = this.#ensureBlockDraft(row, label);
      if (label === 'code') {
        draft.project.code = value.trim() === '' ? '' : value;
        draft.has.code = true;
      } else {
        draft.project.name = value;
        draft.has.name = true;
        (draft.project.source as RowSource).row = row;
        (draft.project.source as RowSource).cell = address;
      }
      draft.cells[label] = address;
    }
  }

  /** 预算规模及资金用途 | 预算数 | 200 | 其中：财政资金 | 200 | 其他资金 | … ; the next row is 资金用途 */
  #readBudgetRow(row: number, labelCell: LogicalCell): void {
    const draft = this.#ensureBlockDraft(row);
    const funding: Partial<Funding> = { ...draft.project.funding };
    const cells = this.#cellsAfter(row, labelCell.col);
    for (let i = 0; i < cells.length; i++) {
      const sub = fundingKeyLoose(cells[i]!.text);
      if (!sub) continue;
      // an amount typed into the label cell (其中：财政资金600万元) is kept as written
      if (sub.canonical) draft.extensions[sub.canonical] = cells[i]!.text;
      const valueCell = cells[i + 1] && !fundingKeyLoose(cells[i + 1]!.text) ? cells[i + 1] : undefined;
      this.#setMoney(draft, funding, sub.key, sub.canonical ?? cells[i]!.text, valueCell?.text ?? '', row, (valueCell ?? cells[i]!).col);
      if (valueCell) i++;
    }
    draft.project.funding = { total: null, ...funding };
    const lastLabelRow = mergeBottom(this.#grid, row, labelCell.col);
    this.#expect = (next) => {
      if (next > lastLabelRow && this.#startsWithLabel(next)) return false;
      const text = nonBlankCells(this.#grid, next).find((c) => c.col > labelCell.col);
      draft.extensions['资金用途'] = text?.text ?? '';
      if (text) draft.cells['extensions/资金用途'] = cellAddress(next, text.col);
      return true;
    };
  }

  /** 资金支出计划（%） | 3月底 | 6月底 | 10月底 | 12月底, values on the next row */
  #readSpendingHeader(row: number, labelCell: LogicalCell): void {
    const draft = this.#ensureBlockDraft(row);
    const months = this.#cellsAfter(row, labelCell.col).flatMap((c) => {
      const month = monthOf(c.text);
      return month === undefined ? [] : [{ month, col: c.col }];
    });
    draft.project.spendingPlan = [];
    this.#expect = (next) => {
      if (this.#startsWithLabel(next)) return false;
      for (const { month, col } of months) {
        const entry = readSpendingMonth(month, cellText(this.#grid, next, col));
        if (!entry) continue;
        draft.cells[`spendingPlan/${draft.project.spendingPlan!.length}`] = cellAddress(next, col);
        draft.project.spendingPlan!.push(entry);
      }
      return true;
    };
  }

  /**
   * A label whose row holds column headings and whose next row(s) hold the values (年度收入预算,
   * 资金支出计划 and unknown records). The first row after the headings always holds values, even
   * when they are all empty; more rows belong to it while they sit under the headings only.
   */
  #readRecord(row: number, labelCell: LogicalCell, apply: (records: RecordRows) => void): void {
    const headers = this.#cellsAfter(row, labelCell.col).filter((c) => !isBlank(c.text));
    const records: RecordRows = { headerRow: row, headers, rows: [] };
    const lastLabelRow = mergeBottom(this.#grid, row, labelCell.col);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      this.#pendingRecord = undefined;
      apply(records);
    };
    const underHeadings = (next: number) => {
      const values = nonBlankCells(this.#grid, next);
      return values.length > 0 && isBlank(cellText(this.#grid, next, labelCell.col)) && values.every((c) => headers.some((h) => h.col === c.col));
    };
    const consume: Expectation = (next) => {
      const first = records.rows.length === 0;
      const belongs = next <= lastLabelRow || (!this.#startsWithLabel(next) && (first || underHeadings(next)));
      if (!belongs) {
        finish();
        return false;
      }
      records.rows.push(next);
      this.#expect = consume;
      return true;
    };
    this.#expect = consume;
    this.#pendingRecord = finish;
  }

  #applyIncome(records: RecordRows): void {
    const draft = this.#ensureBlockDraft(records.headerRow);
    const funding: Partial<Funding> = { ...draft.project.funding };
    const valueRow = records.rows[0];
    for (const h of records.headers) {
      const key = fundingKeyLoose(h.text)?.key;
      if (!key) continue;
      const text = valueRow === undefined ? '' : cellText(this.#grid, valueRow, h.col);
      this.#setMoney(draft, funding, key, h.text, text, valueRow ?? records.headerRow, h.col);
    }
    draft.project.funding = { total: null, ...funding };
  }

  #readGoalRow(row: number, numberCell: LogicalCell): void {
    if (isEllipsis(numberCell.text)) return; // the template's "more goals here" row
    const draft = this.#ensureBlockDraft(row);
    const valueCell = this.#cellsAfter(row, numberCell.col)[0];
    this.#pushGoal(draft, valueCell?.text ?? '', cellAddress(row, (valueCell ?? numberCell).col));
  }

  #pushGoal(draft: Draft, text: string, address: string): void {
    const goals = (draft.project.goals ??= []);
    draft.cells[`goals/${goals.length}`] = address;
    goals.push(text);
  }

  #addGoalText(row: number, labelCell: LogicalCell, valueCell: LogicalCell | undefined): void {
    const draft = this.#ensureBlockDraft(row);
    draft.goalTexts.push({ label: labelCell.text.trim(), text: valueCell?.text ?? '', address: cellAddress(row, (valueCell ?? labelCell).col) });
  }

  /**
   * A label the importer has no field for: kept in the project's extensions under the label as
   * written. One value → text; the same column continued below → a list; headings with values
   * below → a record (several value rows → a list of records).
   */
  #readUnknownLabel(row: number, cells: LogicalCell[]): void {
    const [labelCell, ...rest] = cells;
    if (!labelCell || !this.#draft) return;
    const draft = this.#draft;
    const key = labelCell.text.trim();
    const after = this.#cellsAfter(row, labelCell.col);
    if (rest.length >= 2) {
      this.#readRecord(row, labelCell, (records) => {
        const objects = records.rows.map((r) => Object.fromEntries(records.headers.map((h) => [h.text.trim(), cellText(this.#grid, r, h.col)])));
        draft.extensions[key] = objects.length === 1 ? objects[0] : objects;
        draft.cells[`extensions/${key}`] = cellAddress(row, labelCell.col);
      });
      return;
    }
    const valueCell = rest[0] ?? after[0];
    const values = [valueCell?.text ?? ''];
    draft.extensions[key] = values[0];
    draft.cells[`extensions/${key}`] = cellAddress(row, (valueCell ?? labelCell).col);
    const lastLabelRow = mergeBottom(this.#grid, row, labelCell.col);
    const valueCol = valueCell?.col ?? labelCell.col + 1;
    const more: Expectation = (next) => {
      const withinMerge = next <= lastLabelRow;
      const cellsBelow = nonBlankCells(this.#grid, next);
      const continues = withinMerge || (cellsBelow.length === 1 && cellsBelow[0]!.col === valueCol && !this.#startsWithLabel(next));
      if (!continues) return false;
      values.push(cellText(this.#grid, next, valueCol));
      draft.extensions[key] = values;
      this.#expect = more;
      return true;
    };
    this.#expect = more;
  }

  #cellsAfter(row: number, col: number): LogicalCell[] {
    return logicalCells(this.#grid, row).filter((c) => c.col > col && !c.continued);
  }

  #startsWithLabel(row: number): boolean {
    const first = nonBlankCells(this.#grid, row)[0];
    if (!first) return false;
    return blockLabel(first.text) !== undefined || isTableTitle(first.text) || isSectionHeading(first.text) || metaLine(first.text) !== undefined;
  }

  /** labels only the 部门整体 table has (年度收入预算, 年度整体支出目标N) make a table overall, unless its title said otherwise */
  #markOverall(): void {
    const draft = this.#draft;
    if (!draft || draft.origin !== 'block' || draft.kindFixed) return;
    draft.project.kind = 'overall';
    draft.kindFixed = true;
  }

  // ── drafts ───────────────────────────────────────────────────────────────

  /** the current 河北 table, or a new one when its 项目编码/项目名称 is already filled (the next table began) */
  #ensureBlockDraft(row: number, field?: 'code' | 'name'): Draft {
    const d = this.#draft;
    if (d && d.origin === 'block') {
      if (field === undefined) return d;
      if (!d.has[field] && d.project.indicators.length === 0) return d;
    }
    this.#finishDraft();
    if (field !== undefined && !this.#columns?.projectRows) this.#columns = undefined;
    return this.#startBlockDraft(row);
  }

  #startBlockDraft(row: number): Draft {
    const draft = this.#newDraft('block', row, nonBlankCells(this.#grid, row)[0]?.col ?? 1);
    if (this.#tableUnit) {
      draft.project.unit = { name: this.#tableUnit.name };
      draft.cells.unit = this.#tableUnit.address;
    }
    this.#draft = draft;
    return draft;
  }

  #newDraft(origin: Draft['origin'], row: number, col: number): Draft {
    const kind = this.#tableKind ?? this.#sectionKind ?? 'project';
    const source: RowSource = { sheet: this.#grid.name, row, cell: cellAddress(row, col) };
    return {
      project: { name: '', kind, indicators: [], source },
      cells: {},
      origin,
      list: 'indicators',
      carry: {},
      goalTexts: [],
      groups: [],
      lastGoalLabel: '',
      extensions: {},
      has: { code: false, name: false },
      kindFixed: this.#tableKind !== undefined,
    };
  }

  #finishDraft(): void {
    this.#pendingRecord?.();
    this.#pendingRecord = undefined;
    this.#expect = undefined;
    const draft = this.#draft;
    this.#draft = undefined;
    if (!draft) return;
    const p = draft.project;
    if (!draft.has.name && p.indicators.length === 0 && !p.funding && !p.goals) return;
    this.#resolveGoal(draft);
    this.#resolveGroups(draft);
    if (draft.cells.name === undefined && draft.has.name) draft.cells.name = (p.source as RowSource).cell!;
    if (Object.keys(draft.extensions).length > 0) p.extensions = { ...p.extensions, ...draft.extensions };
    (p.source as RowSource).cells = draft.cells;
    this.#projects.push(inOrder(p, PROJECT_KEY_ORDER));
  }

  /** the table's own goal cell becomes `goal`; other goal texts stay in extensions under their labels */
  #resolveGoal(draft: Draft): void {
    if (draft.goalTexts.length === 0) return;
    const ordered = [...draft.goalTexts].sort((a, b) => goalPriority(a.label) - goalPriority(b.label));
    const [goal, ...others] = ordered;
    draft.project.goal = goal!.text;
    draft.cells.goal = goal!.address;
    for (const o of others) {
      draft.extensions[o.label] = o.text;
      draft.cells[`extensions/${o.label}`] = o.address;
    }
  }

  /** 部门整体 grid groups (one per 年度整体支出目标N), kept as the table shows them */
  #resolveGroups(draft: Draft): void {
    if (draft.groups.length === 0) return;
    const projectKey = draft.groupProjectKey;
    if (projectKey) draft.extensions[projectKey] = draft.groups.map((g) => g.project ?? '');
    draft.extensions['整体支出绩效指标分组'] = draft.groups.map((g) => ({
      年度整体支出目标: g.goalLabel,
      标签: g.label,
      ...(projectKey ? { 项目名称及金额: g.project ?? '' } : {}),
      indicatorRows: [g.first, g.last],
    }));
  }

  #at(row: number, col: number): CellAt {
    return { sheet: this.#grid.name, row, col };
  }
}

/** the order a clerk reads a project or an indicator in, for the JSON `perflint import` writes */
const PROJECT_KEY_ORDER = ['code', 'name', 'kind', 'unit', 'funding', 'goal', 'goals', 'spendingPlan', 'indicators', 'period', 'periodGoal', 'periodIndicators', 'extensions', 'source'];
const INDICATOR_KEY_ORDER = ['level1', 'level2', 'name', 'value', 'operator', 'unit', 'weight', 'description', 'basis', 'valueType', 'direction', 'valueNote', 'scoring', 'personalized', 'personal', 'source'];

function inOrder<T extends object>(value: T, order: readonly string[]): T {
  const entries = Object.entries(value);
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i === -1 ? order.length : i;
  };
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b))) as T;
}

/** the template's "……" row under the numbered goals */
function isEllipsis(text: string): boolean {
  return /^[.…。·]{2,}$/.test(normalizeLabel(text));
}

interface RecordRows {
  headerRow: number;
  headers: LogicalCell[];
  rows: number[];
}
