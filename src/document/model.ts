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
}

export interface Submission {
  format: typeof FORMAT_TAG;
  year: number;
  region: Region;
  department: Department;
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
}

export interface Project {
  code?: string;
  name: string;
  kind?: ProjectKind;
  unit?: { code?: string; name: string };
  funding?: Funding;
  goal?: string;
  goals?: string[];
  spendingPlan?: SpendingPlanEntry[];
  indicators: Indicator[];
  period?: string;
  periodGoal?: string;
  periodIndicators?: Indicator[];
  source?: RowSource;
  extensions?: Record<string, unknown>;
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
  personalized?: boolean;
  personal?: PersonalCells;
  source?: RowSource;
}

/** The two lists of indicator rows a project can carry. */
export type IndicatorList = 'indicators' | 'periodIndicators';
