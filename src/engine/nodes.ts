/**
 * The tree every rule visits. Built once per document; the expensive readings (value parse,
 * canonical 一级/二级) are computed on first access and then shared by all rules.
 */
import type { Indicator, IndicatorList, Project, Submission } from '../document/model.js';
import { childPointer } from '../document/pointer.js';
import type { IndicatorReading } from '../analysis/value-reading.js';
import type { Analysis } from './analysis.js';
import type { LocalizedText } from '../i18n.js';
import { detectRowShift, valuesArePoints, type RowShift } from '../analysis/row-shift.js';
import { rowCategory, type RowCategory } from '../analysis/framework.js';
import { filledCell, isBlankRow, isNotApplicableRow, listPhrase, rowPhrase, type CellRole } from '../analysis/rows.js';
import { isSelfEvaluationList } from '../analysis/self-evaluation.js';

export class DocumentNode {
  readonly pointer = '';
  readonly projects: ProjectNode[];
  #nameCounts: Map<string, number> | undefined;

  constructor(
    readonly value: Submission,
    readonly analysis: Analysis,
  ) {
    this.projects = value.projects.map((p, i) => new ProjectNode(this, p, i));
  }

  /** how many projects of this document carry a name (two units often file the same project name) */
  projectsNamed(name: string): number {
    if (!this.#nameCounts) {
      this.#nameCounts = new Map();
      for (const p of this.value.projects) this.#nameCounts.set(p.name, (this.#nameCounts.get(p.name) ?? 0) + 1);
    }
    return this.#nameCounts.get(name) ?? 0;
  }
}

export class ProjectNode {
  readonly pointer: string;
  readonly indicators: IndicatorNode[];
  readonly periodIndicators: IndicatorNode[];
  readonly #blankLists: [boolean | undefined, boolean | undefined] = [undefined, undefined];
  readonly #pointLists: [boolean | undefined, boolean | undefined] = [undefined, undefined];
  readonly #selfEvaluations: [boolean | undefined, boolean | undefined] = [undefined, undefined];

  constructor(
    readonly document: DocumentNode,
    readonly value: Project,
    readonly index: number,
  ) {
    this.pointer = childPointer('/projects', index);
    this.indicators = buildIndicators(this, 'indicators', value.indicators);
    this.periodIndicators = buildIndicators(this, 'periodIndicators', value.periodIndicators);
  }

  get kind(): NonNullable<Project['kind']> {
    return this.value.kind ?? 'project';
  }

  /** annual rows, then period rows */
  get allIndicators(): IndicatorNode[] {
    return this.periodIndicators.length ? [...this.indicators, ...this.periodIndicators] : this.indicators;
  }

  /** the lists that have rows: annual, then 实施期 */
  get lists(): IndicatorListNode[] {
    const lists: IndicatorListNode[] = [];
    if (this.indicators.length) lists.push({ rows: this.indicators, pointer: childPointer(this.pointer, 'indicators'), isPeriod: false });
    if (this.periodIndicators.length) lists.push({ rows: this.periodIndicators, pointer: childPointer(this.pointer, 'periodIndicators'), isPeriod: true });
    return lists;
  }

  /** every row of the list is blank (a 实施期 list of bare category cells) */
  isBlankList(isPeriod: boolean): boolean {
    const rows = isPeriod ? this.periodIndicators : this.indicators;
    const cached = this.#blankLists[isPeriod ? 1 : 0];
    if (cached !== undefined) return cached;
    return (this.#blankLists[isPeriod ? 1 : 0] = rows.length > 0 && rows.every((r) => r.isBlankRow));
  }

  /** the list's 指标值 column holds each row's points, not its target (row-shift.ts, valuesArePoints) */
  valuesArePoints(isPeriod: boolean): boolean {
    const slot = isPeriod ? 1 : 0;
    const cached = this.#pointLists[slot];
    if (cached !== undefined) return cached;
    const rows = (isPeriod ? this.periodIndicators : this.indicators).filter((r) => r.isIndicatorRow).map((r) => r.value);
    const reserved = this.value.budgetExecution?.weight;
    return (this.#pointLists[slot] = valuesArePoints(rows, !isPeriod && typeof reserved === 'number' ? reserved : 0));
  }

  /** the list is a 自评表's: a row carries an 实际完成值 or 得分 column */
  isSelfEvaluation(isPeriod: boolean): boolean {
    const slot = isPeriod ? 1 : 0;
    return (this.#selfEvaluations[slot] ??= isSelfEvaluationList((isPeriod ? this.periodIndicators : this.indicators).map((r) => r.value)));
  }

  /**
   * Some indicator row of the list stands under no category its cells can tell (neither 一级 nor
   * 二级 filled, as in a grid whose merged cells were lost): what is "missing" cannot be told.
   */
  hasUnplacedRows(rows: readonly IndicatorNode[]): boolean {
    return rows.some((r) => r.isIndicatorRow && r.category.level1 === null && !r.category.unknownLevel1);
  }

  /** "项目“X”" or "项目“X”的实施期指标", for messages about a whole list */
  listWhere(isPeriod: boolean): { where: LocalizedText } {
    return listPhrase(this.label, isPeriod);
  }

  /** where a table's own labelled field (extensions, "年度总体目标完成情况综述") stands */
  extensionPointer(label: string): string {
    return childPointer(childPointer(this.pointer, 'extensions'), label);
  }

  /** a name a clerk recognises, for messages; with its 预算单位 when another project has the same name */
  get label(): string {
    const name = this.value.name || this.value.code || `#${this.index + 1}`;
    const unit = this.value.unit?.name;
    return unit && this.value.name && this.document.projectsNamed(this.value.name) > 1 ? `${name}（${unit}）` : name;
  }
}

/** One indicator list of a project (annual or 实施期) with its rows. */
export interface IndicatorListNode {
  rows: IndicatorNode[];
  pointer: string;
  isPeriod: boolean;
}

function buildIndicators(project: ProjectNode, list: IndicatorList, rows: Indicator[] | undefined): IndicatorNode[] {
  if (!rows) return [];
  const base = childPointer(project.pointer, list);
  return rows.map((row, i) => new IndicatorNode(project, row, list, i, childPointer(base, i)));
}

export class IndicatorNode {
  #reading: IndicatorReading | undefined;
  #shift: RowShift | null | undefined;
  #category: RowCategory | undefined;
  #level1: string | null | undefined;
  #level2: string | null | undefined;
  #isBlankRow: boolean | undefined;
  #isNotApplicableRow: boolean | undefined;

  constructor(
    readonly project: ProjectNode,
    readonly value: Indicator,
    readonly list: IndicatorList,
    readonly index: number,
    readonly pointer: string,
  ) {}

  /** the parsed 指标值 (with its 计算符号 and 计量单位 columns) */
  get reading(): IndicatorReading {
    this.#reading ??= this.project.document.analysis.reading(this.value);
    return this.#reading;
  }

  /** cells filed in the wrong column (浙江 2019 rows), or null */
  get shift(): RowShift | null {
    if (this.#shift === undefined) {
      const analysis = this.project.document.analysis;
      this.#shift = detectRowShift(this.value, (text) => analysis.level2(text) !== null) ?? null;
    }
    return this.#shift;
  }

  /** canonical 一级 name, or null when the vocabulary does not know it */
  get level1(): string | null {
    if (this.#level1 === undefined) this.#level1 = this.project.document.analysis.level1(this.value.level1);
    return this.#level1;
  }

  /** canonical 二级 name, or null */
  get level2(): string | null {
    if (this.#level2 === undefined) this.#level2 = this.value.level2 === undefined ? null : this.project.document.analysis.level2(this.value.level2);
    return this.#level2;
  }

  /** where the row stands in the framework: canonical 一级 (via an umbrella 一级 or the 二级's parent) and 二级 */
  get category(): RowCategory {
    this.#category ??= rowCategory(this.value, this.project.document.analysis.vocabulary);
    return this.#category;
  }

  get isPeriod(): boolean {
    return this.list === 'periodIndicators';
  }

  /** the row declares its 二级 not applicable (不涉及 in name and value) */
  get isNotApplicableRow(): boolean {
    this.#isNotApplicableRow ??= isNotApplicableRow(this.value, this.reading);
    return this.#isNotApplicableRow;
  }

  /** neither a name nor a value in any column */
  get isBlankRow(): boolean {
    this.#isBlankRow ??= isBlankRow(this.value);
    return this.#isBlankRow;
  }

  /** the row's 指标值 is its points, as every row's in its list (ProjectNode.valuesArePoints) */
  get valueIsPoints(): boolean {
    return this.isIndicatorRow && this.project.valuesArePoints(this.isPeriod);
  }

  /**
   * a 自评表 row under 决策 or 过程 (framework.ts isEvaluationStage): scored, but no target; rules on
   * targets leave it alone, and the scoring checks read it
   */
  get isEvaluationItem(): boolean {
    return this.category.evaluationStage && this.project.isSelfEvaluation(this.isPeriod);
  }

  /** a row that states an indicator: neither blank, nor a 不涉及 row, nor a 自评表's evaluation item */
  get isIndicatorRow(): boolean {
    return !this.isBlankRow && !this.isNotApplicableRow && !this.isEvaluationItem;
  }

  /** the cell filled for a role: the common column, else its 个性 twin */
  filled(role: CellRole): string {
    return filledCell(this.value, role);
  }

  /** "项目“X”第3行“label”" and its English twin, for messages */
  where(label = ''): { where: LocalizedText } {
    return rowPhrase({ projectLabel: this.project.label, index: this.index, isPeriod: this.isPeriod }, label);
  }

  /** a name a clerk recognises, for messages */
  get label(): string {
    return this.value.name || this.value.personal?.name || `第${this.index + 1}行`;
  }
}
