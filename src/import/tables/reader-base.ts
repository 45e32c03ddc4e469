/**
 * What every table reader shares: the reading so far (projects, facts, evidence), the current
 * sheet and table, titles and label：value lines, and the project drafts a table fills.
 */
import type { MoneyUnit, Project, ProjectKind, RowSource } from '../../document/model.js';
import { cellAddress } from '../cell-ref.js';
import { readWeight, yearIn } from '../cell-values.js';
import { isBlank, nonBlankCells, type LogicalCell, type SheetGrid } from '../grid.js';
import { emptyEvidence } from '../layouts/index.js';
import { asMoneyUnit, goalInCell, projectNameInCell, isSectionHeading, isTableTitle, isYearSubtitle, kindFromHeading, metaLine, regionAtStart, type MetaLine } from '../titles.js';
import { columnRole, goalPriority, INDICATOR_ROLES, normalizeLabel } from '../vocabulary.js';
import type { CellAt, MoneyCellText, DocumentFacts, GridRead, RegionTable, SheetFinding, Columns, Draft, Expectation } from './model.js';
import { splitCode, PROJECT_KEY_ORDER, inOrder } from './model.js';

/** a unit's name alone on a line: …人民法院, …教育局, …委员会, …中心 */
const UNIT_NAME_LINE = /^[\u4e00-\u9fa5()（）]{4,30}(?:法院|检察院|局|委员会|办公室|中心|学校|中学|小学|医院|人民政府|政府|街道办事处|管理处|管理所|站|馆|厅)$/u;

export abstract class ReaderBase {
  protected readonly projects: Project[] = [];
  protected readonly facts: DocumentFacts = { placeTexts: [] };
  protected readonly evidence = emptyEvidence();
  protected readonly sheetsWithTables: string[] = [];
  protected readonly headerWordsBySheet = new Map<string, readonly string[]>();
  protected readonly findings: SheetFinding[] = [];
  protected readonly grids: GridRead[] = [];
  /** label blocks under which no indicator row was read */
  protected readonly tablesWithoutRows: GridRead[] = [];
  protected readonly unreadableMoney: MoneyCellText[] = [];
  protected readonly regionTables: RegionTable[] = [];
  /** 浙江: the unit row above the current projects; kept across sheets */
  protected unit: { code?: string; name: string; address: string; sheet: string } | undefined;
  protected sectionKind: ProjectKind | undefined;

  // per sheet
  protected grid!: SheetGrid;
  /** per column, the top rows of its merges down (verticalMergeTops) */
  protected mergeTops: ReadonlyMap<number, readonly number[]> = new Map();
  protected columns: Columns | undefined;
  protected draft: Draft | undefined;
  protected expect: Expectation | undefined;
  /** a record still waiting for rows when its table or sheet ends */
  protected pendingRecord: (() => void) | undefined;
  protected tableKind: ProjectKind | undefined;
  protected tableUnit: { name: string; address: string } | undefined;
  /** label：value cells read above a table before its project started (项目名称：, 预算执行率权重：) */
  protected tableLabels: {
    name?: { value: string; row: number; address: string };
    budgetExecutionWeight?: { value: string; address: string };
    goal?: { label: string; text: string; address: string };
  } = {};
  protected sheetHadTable = false;
  protected headerWordsSeen = new Set<string>();
  /** a table title was read and no table has started under it yet */
  protected titledTableOpen = false;
  /** under a grid, the 说明：/注： lines have begun: what follows explains the template until a label, title or header */
  protected inNotes = false;

  protected noteHeaderWords(cells: LogicalCell[]): void {
    for (const c of cells) {
      const role = columnRole(c.text);
      if (role && INDICATOR_ROLES.has(role)) this.headerWordsSeen.add(c.text.trim());
    }
  }

  protected readTitleOrMeta(row: number, cells: LogicalCell[]): boolean {
    const metas = cells.map((c) => metaLine(c.text));
    // label：value cells are read wherever they stand; the row is furniture when nothing else is on it
    metas.forEach((lines, i) => lines?.forEach((m) => this.applyMeta(m, row, cells[i]!.col)));
    // (主管部门： | 某局: the value stands in the next cell, and the pair is read as such)
    metas.forEach((lines, i) => lines?.length === 1 && (i === cells.length - 1 || metas[i + 1] !== undefined) && this.noteBlankUnitField(lines[0]!, cells[i]!.text, row, cells[i]!.col));
    const names = cells.map((c, i) => (metas[i] === undefined ? projectNameInCell(c.text) : undefined));
    if (names.some((n) => n !== undefined) && names.every((n, i) => n !== undefined || metas[i] !== undefined)) {
      names.forEach((name, i) => name !== undefined && this.noteTableLabel({ name: { value: name, row, address: cellAddress(row, cells[i]!.col) } }));
      return true;
    }
    if (metas.every((m) => m !== undefined) || (metas.some((m) => m !== undefined) && cells.every((c) => /[:：]\s*\S*\s*$/.test(c.text) || metaLine(c.text)))) return true;
    if (cells.length !== 1) return false;
    const cell = cells[0]!;
    const stated = goalInCell(cell.text);
    if (stated) {
      const goal = { label: stated.label, text: stated.goal, address: cellAddress(row, cell.col) };
      // (above the grid of a table whose project starts with its grid, the goal waits for it like the name)
      if (this.draft) this.draft.goalTexts.push(goal);
      else this.tableLabels = { ...this.tableLabels, goal };
      return true;
    }
    if (isSectionHeading(cell.text)) {
      this.sectionKind = kindFromHeading(cell.text) ?? this.sectionKind;
      if (this.draft?.origin === 'block') this.finishDraft();
      this.tableKind = undefined;
      return true;
    }
    if (!isTableTitle(cell.text)) {
      // 天津市河北区人民法院 on a line of its own above the tables: the filing unit, which says where
      if (!this.draft && !this.columns && UNIT_NAME_LINE.test(cell.text.trim())) this.notePlaceText(cell.text, row, cell.col, 2);
      return false;
    }
    this.noteTitleFacts(cell.text, row, cell.col);
    if (isYearSubtitle(cell.text)) return true; // （2023年度） under a title: not a new table
    // a 河北 table ends where the next title starts; a 浙江 page title just repeats
    if (this.draft?.origin === 'block') this.finishDraft();
    if (this.draft?.origin !== 'row') {
      this.titledTableOpen = true;
      this.tableKind = kindFromHeading(cell.text);
      this.tableUnit = undefined;
      this.tableLabels = {};
      if (!this.columns?.projectRows) this.columns = undefined;
      if (this.tableKind === 'overall') {
        const draft = this.startBlockDraft(row);
        draft.project.name = cell.text.trim();
        draft.cells.name = cellAddress(row, cell.col);
        draft.has.name = true;
      }
    }
    return true;
  }

  /** weight 2 for a department's or unit's own name, which says where the table was filed */
  protected notePlaceText(text: string, row: number, col: number, weight = 1): void {
    if (!isBlank(text) && this.facts.placeTexts.length < 200) this.facts.placeTexts.push({ text, at: this.at(row, col), weight });
  }

  protected noteTitleFacts(text: string, row: number, col: number): void {
    const at = this.at(row, col);
    this.facts.title ??= { text: text.trim(), at };
    this.notePlaceText(text, row, col);
    const year = yearIn(text);
    if (year !== undefined && !this.facts.year) this.facts.year = { value: year, at };
    const region = regionAtStart(text);
    if (region.province && !this.facts.province) this.facts.province = { value: region.province, at };
    if (region.city && !this.facts.city) this.facts.city = { value: region.city, at };
    if (region.county && !this.facts.county) this.facts.county = { value: region.county, at };
  }

  /**
   * "主管部门：" with nothing after it, among the project's own labels (湖北 鄂州 2021 with colons): the
   * blank the clerk left, kept as the label/value pairs keep it for required-fields. Only before the
   * project's rows: a 填报单位： line further down heads the next table.
   */
  private noteBlankUnitField(meta: MetaLine, text: string, row: number, col: number): void {
    const draft = this.draft;
    // (填报单位（盖公章）： heads each page of a table, a line for the seal, not a field of the project)
    if (meta.value !== '' || (meta.kind !== 'department' && meta.kind !== 'reportingUnit') || /^填报/u.test(normalizeLabel(text))) return;
    if (draft?.origin !== 'block' || draft.project.indicators.length > 0 || (draft.project.periodIndicators?.length ?? 0) > 0) return;
    const key = text.trim();
    draft.extensions[key] = '';
    draft.cells[`extensions/${key}`] = cellAddress(row, col);
  }

  protected applyMeta(meta: MetaLine, row: number, col: number): void {
    switch (meta.kind) {
      case 'department':
        this.noteDepartment(meta.value, row, col);
        return;
      case 'reportingUnit':
        this.evidence.words.add('填报单位(盖公章)');
        if (meta.value) {
          this.noteReportingUnit(meta.value, row, col);
          this.tableUnit = { name: meta.value, address: cellAddress(row, col) };
        }
        return;
      case 'moneyUnit':
        this.noteMoneyUnit(asMoneyUnit(meta.value), row, col);
        return;
      case 'region':
        this.noteTitleFacts(meta.value, row, col);
        return;
      case 'budgetExecutionWeight': {
        // "预算执行率权重:" | 10%: the value may stand in the next cell
        const value = meta.value || (nonBlankCells(this.grid, row).find((c) => c.col > col && metaLine(c.text) === undefined)?.text ?? '');
        this.noteTableLabel({ budgetExecutionWeight: { value, address: cellAddress(row, col) } });
        return;
      }
    }
  }

  protected noteDepartment(text: string, row: number, col: number): void {
    if (isBlank(text)) return;
    const { code, name } = splitCode(text);
    this.notePlaceText(name, row, col, 2);
    if (!this.facts.departmentLabel) this.facts.departmentLabel = { name, ...(code ? { code } : {}), at: this.at(row, col) };
  }

  protected noteReportingUnit(text: string, row: number, col: number): void {
    if (isBlank(text)) return;
    const { name } = splitCode(text);
    this.notePlaceText(name, row, col, 2);
    if (!this.facts.reportingUnit) this.facts.reportingUnit = { name, at: this.at(row, col) };
  }

  protected noteMoneyUnit(unit: MoneyUnit | undefined, row: number, col: number): void {
    if (unit && !this.facts.moneyUnit) this.facts.moneyUnit = { value: unit, at: this.at(row, col) };
  }

  /** labels only the 部门整体 table has (年度收入预算, 年度整体支出目标N) make a table overall, unless its title said otherwise */
  protected markOverall(): void {
    const draft = this.draft;
    if (!draft || draft.origin !== 'block' || draft.kindFixed) return;
    draft.project.kind = 'overall';
    draft.kindFixed = true;
  }

  /** the current 河北 table, or a new one when its 项目编码/项目名称 is already filled (the next table began) */
  protected ensureBlockDraft(row: number, field?: 'code' | 'name'): Draft {
    const d = this.draft;
    if (d && d.origin === 'block') {
      if (field === undefined) return d;
      if (!d.has[field] && d.project.indicators.length === 0) return d;
    }
    this.finishDraft();
    if (field !== undefined && !this.columns?.projectRows) this.columns = undefined;
    return this.startBlockDraft(row);
  }

  protected startBlockDraft(row: number): Draft {
    this.titledTableOpen = false;
    const draft = this.newDraft('block', row, nonBlankCells(this.grid, row)[0]?.col ?? 1);
    if (this.tableUnit) {
      draft.project.unit = { name: this.tableUnit.name };
      draft.cells.unit = this.tableUnit.address;
    }
    this.applyTableLabels(draft);
    this.draft = draft;
    return draft;
  }

  /** kept for the table's project: applied now if its label block has started without a name, else when it starts */
  protected noteTableLabel(label: ReaderBase['tableLabels']): void {
    this.tableLabels = { ...this.tableLabels, ...label };
    if (this.draft?.origin === 'block' && !this.draft.has.name) this.applyTableLabels(this.draft);
  }

  protected applyTableLabels(draft: Draft): void {
    const { name, budgetExecutionWeight: weight, goal } = this.tableLabels;
    this.tableLabels = {};
    if (goal) draft.goalTexts.push(goal);
    if (name) {
      draft.project.name = name.value.trim();
      draft.has.name = true;
      draft.cells.name = name.address;
      const source = draft.project.source as RowSource;
      source.row = name.row;
      source.cell = name.address;
    }
    if (weight) {
      draft.project.budgetExecution = { ...draft.project.budgetExecution, weight: readWeight(weight.value) };
      draft.cells['budgetExecution/weight'] = weight.address;
    }
  }

  protected newDraft(origin: Draft['origin'], row: number, col: number): Draft {
    const kind = this.tableKind ?? this.sectionKind ?? 'project';
    const source: RowSource = { sheet: this.grid.name, row, cell: cellAddress(row, col) };
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
      kindFixed: this.tableKind !== undefined,
      unreadable: [],
    };
  }

  protected finishDraft(): void {
    this.pendingRecord?.();
    this.pendingRecord = undefined;
    this.expect = undefined;
    const draft = this.draft;
    this.draft = undefined;
    if (!draft) return;
    const p = draft.project;
    const hasRows = p.indicators.length > 0 || (p.periodIndicators?.length ?? 0) > 0;
    // a table whose labels were read but under which no indicator row was: say so, never drop it quietly
    // (a table that states its indicators in prose under a 绩效指标 label has none to read: not partial)
    const proseIndicators = Object.keys(draft.extensions).some((label) => normalizeLabel(label).endsWith('绩效指标'));
    if (!hasRows && !proseIndicators && draft.origin === 'block' && (draft.has.name || Object.keys(draft.extensions).length > 0 || p.funding || p.goals)) {
      const source = p.source as RowSource;
      this.tablesWithoutRows.push({ sheet: source.sheet!, row: source.row!, col: 1, indicatorRows: 0 });
    }
    // (a table of 中长期 rows only is a table too: 浙江 慈溪 2023)
    if (!draft.has.name && !hasRows && !p.funding && !p.goals) return;
    this.resolveGoal(draft);
    this.resolveGroups(draft);
    if (draft.cells.name === undefined && draft.has.name) draft.cells.name = (p.source as RowSource).cell!;
    if (Object.keys(draft.extensions).length > 0) p.extensions = { ...p.extensions, ...draft.extensions };
    (p.source as RowSource).cells = draft.cells;
    if (draft.unreadable.length > 0) (p.source as RowSource).unreadable = draft.unreadable;
    this.projects.push(inOrder(p, PROJECT_KEY_ORDER));
  }

  /** the table's own goal cell becomes `goal`; other goal texts stay in extensions under their labels */
  protected resolveGoal(draft: Draft): void {
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
  protected resolveGroups(draft: Draft): void {
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

  protected at(row: number, col: number): CellAt {
    return { sheet: this.grid.name, row, col };
  }
}
