/** The reading of a workbook's tables: what the readers produce and share. */
import type { IndicatorList, MoneyUnit, Project } from '../../document/model.js';
import type { CellPosition } from '../cell-ref.js';
import type { LogicalCell } from '../grid.js';
import type { LayoutEvidence } from '../layouts/index.js';
import { normalizeLabel, type ColumnRole } from '../vocabulary.js';

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
  /** the first table title ("2021年度本专科生奖助学金项目自评结果") */
  title?: { text: string; at: CellAt };
  /** texts that may name the place (titles, department and unit names), for inferring the region */
  placeTexts: Array<{ text: string; at: CellAt; weight: number }>;
}

/** "[015001]武汉市青山区教育局", "820001-井研县马踏镇人民政府" → code and name */
export function splitCode(text: string): { code?: string; name: string } {
  const m = /^\s*[[【(（]?\s*([0-9A-Za-z]{3,}(?:[-.][0-9A-Za-z]+)*)\s*[\]】)）]?\s*[-—_:：]?\s*(\S.*)$/s.exec(text);
  if (m && /\d/.test(m[1]!) && /[\u4e00-\u9fa5]/.test(m[2]!)) return { code: m[1]!, name: m[2]!.trim() };
  // 原州区宗教事务局116422210101621779 (宁夏 2022): a long code after the name
  const after = /^(.*[\u4e00-\u9fa5)）])\s*[-—_]?\s*(\d{6,})$/s.exec(text.trim());
  if (after) return { code: after[2]!, name: after[1]!.trim() };
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
  /** per sheet, the indicator header words seen on it, for a message when no header could be read */
  headerWordsBySheet: ReadonlyMap<string, readonly string[]>;
  findings: SheetFinding[];
  /** every indicator header read, with how many indicator rows were read under it */
  grids: GridRead[];
  /** label blocks (a project's table) under which no indicator row was read */
  tablesWithoutRows: GridRead[];
  /** 资金 cells whose text is not one amount ("854万854万(…)"): the money checks cannot use them */
  unreadableMoney: MoneyCellText[];
  /** grids with one target column per region: only the first region's targets are read */
  regionTables: RegionTable[];
}

export interface RegionTable {
  sheet: string;
  row: number;
  /** the first region's column */
  col: number;
  regions: string[];
}

export interface CellText {
  sheet: string;
  row: number;
  col: number;
  text: string;
}

/** A money cell as written; `spent` when it is a 自评表's 全年执行数, whose rate then goes unchecked. */
export interface MoneyCellText extends CellText {
  spent?: true;
}

export interface GridRead {
  sheet: string;
  /** the header row and its first cell */
  row: number;
  col: number;
  indicatorRows: number;
}

export interface Columns {
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

export interface OverallGroup {
  goalLabel: string;
  label: string;
  project?: string;
  first: number;
  last: number;
}

export interface Draft {
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
  /** fields whose cell holds text that is not one value of its kind (a money cell with no one amount) */
  unreadable: string[];
}

/** a row consumer waiting for the rows that belong to a label (资金用途 under 预算数, values under 3月底…) */
export type Expectation = (row: number) => boolean;

export const INDICATOR_TEXT_FIELDS = ['operator', 'unit', 'description', 'basis', 'valueType', 'direction', 'valueNote', 'scoring', 'actual', 'deviation'] as const;

/** the order a clerk reads a project or an indicator in, for the JSON `perflint import` writes */
export const PROJECT_KEY_ORDER = ['code', 'name', 'kind', 'unit', 'funding', 'budgetExecution', 'pointsTotal', 'indicatorPoints', 'goal', 'goals', 'spendingPlan', 'indicators', 'period', 'periodSpan', 'periodGoal', 'periodIndicators', 'emptyCategories', 'extensions', 'source'];
export const INDICATOR_KEY_ORDER = ['level1', 'level2', 'name', 'value', 'operator', 'unit', 'weight', 'description', 'basis', 'valueType', 'direction', 'valueNote', 'scoring', 'actual', 'score', 'deviation', 'personalized', 'personal', 'source'];

export function inOrder<T extends object>(value: T, order: readonly string[]): T {
  const entries = Object.entries(value);
  const rank = (k: string) => {
    const i = order.indexOf(k);
    return i === -1 ? order.length : i;
  };
  return Object.fromEntries(entries.sort(([a], [b]) => rank(a) - rank(b))) as T;
}

/** the template's "……" row under the numbered goals */
export function isEllipsis(text: string): boolean {
  return /^[.…。·]{2,}$/.test(normalizeLabel(text));
}

export interface RecordRows {
  headerRow: number;
  headers: LogicalCell[];
  rows: number[];
}
