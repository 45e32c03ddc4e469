/**
 * The canonical `perflint/v1` model: one JSON file = one submission (一份申报).
 * Every value is kept as filed; interpretation belongs to the linter, never to the file.
 * `schemas/submission.schema.json` is the authoritative contract; these types mirror it.
 */

export const FORMAT_TAG = 'perflint/v1';

export type MoneyUnit = '元' | '万元';

export interface Region {
  province: string;
  city?: string;
  county?: string;
}

export interface Department {
  code?: string;
  name: string;
}

export interface DocumentSource {
  file?: string;
  sheet?: string;
  template?: string;
  /** what the importer inferred rather than read from a labelled cell, and where from */
  inferred?: InferredFact[];
  /** fields the table did not state and the importer left out rather than guess (moneyUnit) */
  unstated?: string[];
}

export interface InferredFact {
  /** the document field: year, region.province, department, moneyUnit, projects/0/name … */
  field: string;
  value: string | number;
  /** `Sheet1!B3` */
  cell?: string;
  /** how: 'place-name:湘潭市', 'file-name:桐乡市' (the sheet says nothing), 'filing-unit' (实施单位/填报单位, no 主管部门), 'list-unit', 'title', 'flag-or-config' */
  from: string;
}

export interface Submission {
  format: typeof FORMAT_TAG;
  /** absent only when a spreadsheet did not say and no flag or config gave it (a warning says so) */
  year?: number;
  region?: Region;
  department?: Department;
  moneyUnit?: MoneyUnit;
  projects: Project[];
  source?: DocumentSource;
  extensions?: Record<string, unknown>;
}

export type ProjectKind = 'project' | 'special-fund' | 'overall';

export interface Funding {
  total: number | null;
  generalBudget?: number | null;
  governmentFund?: number | null;
  specialAccount?: number | null;
  other?: number | null;
  carryOver?: number | null;
  advanceTransfer?: number | null;
  selfRaised?: number | null;
  /** 中央财政资金: the central share of a transfer (转移支付 自评表) */
  centralFunds?: number | null;
  /** 地方资金: the local share of a transfer */
  localFunds?: number | null;
}

/**
 * 按支出性质分 (the 部门整体支出 form): the same total split by what it pays for, 基本支出 (staff and
 * running costs) and 项目支出 (projects), beside its split by source.
 */
export interface ExpenditureSplit {
  basic?: number | null;
  project?: number | null;
}

/** Points as filed: a number; null = the cell is there but empty; the cell text when it is not a number. */
export type Points = number | string | null;

/** One line of a 自评表 money block (年度资金总额, 其中：财政拨款, 其他资金 …), as filed. */
export interface ExecutionLine {
  source: keyof Funding;
  /** 全年预算数 (调整后预算数) */
  budget: number | null;
  /** 全年执行数 */
  spent: number | null;
  /** 执行率 as filed: "100.0%", "100", "0" */
  rate?: string;
}

/** 预算执行率: the points a table keeps for it outside the indicator rows, and a 自评表's money lines. */
export interface BudgetExecution {
  weight?: Points;
  score?: Points;
  lines?: ExecutionLine[];
}

/** The 总分 row under a 自评表 grid. */
export interface PointsTotal {
  weight?: Points;
  score?: Points;
}

export interface SpendingPlanEntry {
  month: number;
  percent: number | null;
  raw?: string;
}

export interface RowSource {
  sheet?: string;
  row?: number;
  cell?: string;
  /** field (relative pointer, e.g. "value", "funding/total") → cell address */
  cells?: Record<string, string>;
  /** fields whose cell is covered by a cell merged down from a row above (分值 shared by a group of rows) */
  merged?: string[];
  /** fields whose cell holds text that could not be read as one value ("854万854万(…)" as an amount): left null */
  unreadable?: string[];
}

export interface Project {
  code?: string;
  name: string;
  kind?: ProjectKind;
  unit?: { code?: string; name: string };
  funding?: Funding;
  expenditure?: ExpenditureSplit;
  budgetExecution?: BudgetExecution;
  pointsTotal?: PointsTotal;
  /** the points the indicator block's label declares: 年度绩效目标 (80分) */
  indicatorPoints?: Points;
  goal?: string;
  goals?: string[];
  spendingPlan?: SpendingPlanEntry[];
  indicators: Indicator[];
  period?: string;
  /** the span a period goal's heading names: 中期目标(2023年—2025年) → "2023年—2025年" */
  periodSpan?: string;
  periodGoal?: string;
  periodIndicators?: Indicator[];
  emptyCategories?: EmptyCategory[];
  source?: RowSource;
  extensions?: Record<string, unknown>;
}

/**
 * A 二级 the table prints with no 三级 under it: templates print every 二级 and expect the unused
 * ones left empty, so it is no indicator; a rule that misses the category points at it.
 */
export interface EmptyCategory {
  level1: string;
  level2: string;
  /** printed in the 实施期 list */
  period?: boolean;
}

export interface PersonalCells {
  name?: string;
  value?: string;
  description?: string;
}

export interface Indicator {
  level1: string;
  level2?: string;
  name: string;
  value: string;
  operator?: string;
  unit?: string;
  /** number; null = the table has the column but the cell is empty; a string = the cell text when it is not a number */
  weight?: number | string | null;
  description?: string;
  basis?: string;
  valueType?: string;
  direction?: string;
  valueNote?: string;
  scoring?: string;
  /** 自评表 实际完成值 / 全年实际值, as filed */
  actual?: string;
  /** 自评表 得分: number; null = the column is there but the cell is empty; the cell text when it is not a number */
  score?: number | string | null;
  /** 自评表 偏差原因分析及改进措施 */
  deviation?: string;
  personalized?: boolean;
  personal?: PersonalCells;
  source?: RowSource;
}

/** The two lists of indicator rows a project can carry. */
export type IndicatorList = 'indicators' | 'periodIndicators';
