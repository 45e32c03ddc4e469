/** The reading of a 指标值 cell: its public types. */

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export type ValueKind = 'number' | 'range' | 'qualitative' | 'placeholder' | 'not-applicable' | 'empty' | 'date';

/** `≈` stands for 左右 / 约 / 大约 / 上下. */
export type Comparison = '=' | '>=' | '>' | '<=' | '<' | '≈';

export type UnitClass =
  | 'percent'
  | 'permille'
  | 'people'
  | 'person-times'
  | 'count'
  | 'times'
  | 'days'
  | 'hours'
  | 'months'
  | 'years'
  | 'money'
  | 'area'
  | 'mass'
  | 'length'
  | 'volume'
  | 'livestock'
  | 'documents'
  | 'date'
  | 'rate-money'
  | 'other';

export interface UnitEntry {
  readonly class: UnitClass;
  /** The spelling perflint reports (e.g. 平米 → 平方米, (%) → %). */
  readonly canonical: string;
  /** Multiplier the unit carries: 万元 → 1e4, 万人 → 1e4, 周 → 7 (days). Absent = 1. */
  readonly scale?: number;
}

/** Unit text (full-width folded, without whitespace) → entry. */
export type UnitTable = Readonly<Record<string, UnitEntry>>;

/** A unit spelling from config: canonical defaults to the spelling itself, an unknown class reads as 'other'. */
export interface UnitSpec {
  readonly class: UnitClass | (string & {});
  readonly canonical?: string;
  readonly scale?: number;
}

export interface ReadingOptions {
  /** More unit spellings; they win over `UNIT_TABLE`. Keys are matched against half-width, whitespace-free text. */
  readonly extraUnits?: Readonly<Record<string, UnitSpec>>;
  /** More whole-cell placeholder words, in addition to `DEFAULT_PLACEHOLDERS`. */
  readonly placeholders?: readonly string[];
}

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
}

export interface IndicatorValueInput {
  readonly value: string;
  /** 计算符号 column as filed. */
  readonly operator?: string;
  /** 计量单位 column as filed. */
  readonly unit?: string;
}

export interface IndicatorReading {
  kind: ValueKind;
  /** From the operator column when it has one, otherwise from the value text. */
  comparison?: Comparison;
  /** The operator column and the value text carry different comparisons. */
  conflict?: true;
  /** kind 'number': the number as written (scale stays in the unit: 0.7万元 → 0.7 + 万元). */
  value?: number;
  /** kind 'range': the bounds, ordered. */
  min?: number;
  max?: number;
  /** Normalised unit: the value's own unit when it has one, otherwise the unit column's. */
  unit?: string;
  unitClass?: UnitClass;
  /** For money and rate-money units: 1 (元), 1e4 (万元), 1e8 (亿元). */
  moneyScale?: number;
  /** Unit written inside the value text, normalised. */
  valueUnit?: string;
  /** Unit column, normalised. */
  columnUnit?: string;
  /** Value unit and column unit disagree in class (or in money scale: 万元 vs 元). */
  unitConflict?: true;
  /**
   * The cell says more than a bare quantity/date: prose beyond number + unit + comparison.
   * Always true for 'qualitative'; always false for 'placeholder', 'not-applicable', 'empty'.
   */
  vague: boolean;
  /** kind 'placeholder': the token that gave it away (文字描述, **, XX, /, …). */
  placeholder?: string;
  /** kind 'date'. */
  date?: DateParts;
  /** kind 'date': the value sets a limit (…前, 截至…, …内, …完成) rather than naming a point in time. */
  deadline?: boolean;
}
