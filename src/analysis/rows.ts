/**
 * What a row of an indicator table is, as every rule must agree on it: a blank row, a 不涉及
 * row, the cell a clerk filled (the common column, else its 浙江 2019 个性 twin), and the phrase
 * that names a row in a message. Pure functions of the row; IndicatorNode exposes them.
 */
import type { Indicator } from '../document/model.js';
import type { LocalizedText } from '../i18n.js';
import { readIndicatorValue, readOperator, type IndicatorReading } from './value-reading.js';
import { isTemplateRowName } from './template-residue.js';

export function isBlank(text: string | undefined | null): boolean {
  return text === undefined || text === null || text.trim() === '';
}

/** 不涉及 / 不适用 / 无 … as a whole cell (the parser's not-applicable words). */
export function isNotApplicableText(text: string | undefined): boolean {
  return !isBlank(text) && readIndicatorValue({ value: text ?? '' }).kind === 'not-applicable';
}

/**
 * The row declares its 二级 not applicable (河北: 生态效益指标 / 不涉及 / 不涉及 / 不涉及): the value
 * reads as not-applicable and no name cell names a real indicator.
 */
export function isNotApplicableRow(row: Indicator, reading: IndicatorReading): boolean {
  if (reading.kind !== 'not-applicable') return false;
  return [row.name, row.personal?.name].every((n) => isBlank(n) || isNotApplicableText(n));
}

/** 计算符号 + 指标值 (+ 计量单位) as the clerk wrote them, e.g. "≥100%" from ≥ | 100 | %. */
export function writtenTarget(row: Indicator, reading: IndicatorReading): string {
  const operator = readOperator(row.operator) === undefined ? '' : (row.operator ?? '').trim();
  const unit = reading.valueUnit === undefined ? (row.unit ?? '').trim() : '';
  return `${operator}${row.value.trim()}${unit}`;
}

/**
 * Neither a name nor a value in any column: a stray 一级 cell, a row holding only a description, or
 * a template row left as printed (指标2 or "……" where the name goes, and no value).
 */
export function isBlankRow(row: Indicator): boolean {
  return isBlankName(row.name) && isBlank(row.value) && isBlankName(row.personal?.name) && isBlank(row.personal?.value);
}

const isBlankName = (name: string | undefined): boolean => isBlank(name) || isTemplateRowName(name);

export type CellRole = 'name' | 'value' | 'description';

/**
 * The cell a clerk filled for a role: the common column, else its 个性 twin (浙江 2019 rows are
 * filled in one set or the other). An empty common cell falls through; '' when neither is filled.
 */
export function filledCell(row: Indicator, role: CellRole): string {
  return row[role] || row.personal?.[role] || '';
}

/** Where a row stands, as a message names it. */
export interface RowPlace {
  projectLabel: string;
  /** 0-based position in its list */
  index: number;
  /** a 实施期 (period) row rather than an annual one */
  isPeriod: boolean;
}

/**
 * "项目“X”实施期指标第3行“培训人数”" / 'row 3 ("培训人数") of the period indicators of project "X"':
 * the phrase every message uses to name a row; the label is left out when empty.
 */
export function rowPhrase(place: RowPlace, label = ''): { where: LocalizedText } {
  const row = place.index + 1;
  const project = place.projectLabel;
  return {
    where: {
      'zh-CN': `项目“${project}”${place.isPeriod ? '实施期指标' : ''}第${row}行${label ? `“${label}”` : ''}`,
      en: `row ${row}${label ? ` ("${label}")` : ''} of ${place.isPeriod ? 'the period indicators of ' : ''}project "${project}"`,
    },
  };
}

/**
 * "项目“X”" / "项目“X”实施期指标" and 'project "X"' / 'the period indicators of project "X"': the
 * phrase that names one indicator list of a project.
 */
export function listPhrase(projectLabel: string, isPeriod: boolean): { where: LocalizedText } {
  return {
    where: {
      'zh-CN': `项目“${projectLabel}”${isPeriod ? '的实施期指标' : ''}`,
      en: `${isPeriod ? 'the period indicators of ' : ''}project "${projectLabel}"`,
    },
  };
}

/** "（共3行）" / " (3 rows)" after a finding that stands for several rows; nothing for one. */
export function rowCountNote(count: number): LocalizedText | '' {
  return count > 1 ? { 'zh-CN': `（共${count}行）`, en: ` (${count} rows)` } : '';
}

/** A run of consecutive rows [start, end] (0-based, inclusive) of one list. */
export interface RowRun {
  start: number;
  end: number;
}

/**
 * Runs of consecutive blank rows of one block: `blockOf` gives a blank row's block (its 一级 cell,
 * say) and undefined for a row that is not blank. A template block nobody filled is one problem,
 * not one per row. Linear in the number of rows.
 */
export function blankRuns<T>(rows: readonly T[], blockOf: (row: T) => string | undefined): RowRun[] {
  const runs: RowRun[] = [];
  let start = -1;
  let block: string | undefined;
  rows.forEach((row, i) => {
    const b = blockOf(row);
    if (start >= 0 && b !== block) {
      runs.push({ start, end: i - 1 });
      start = -1;
    }
    if (b !== undefined && start < 0) {
      start = i;
      block = b;
    }
  });
  if (start >= 0) runs.push({ start, end: rows.length - 1 });
  return runs;
}

/**
 * A 二级 listed with no 三级 under it (湖南 湘西 2023 export: 成本指标 / 生态环境成本指标 / — / 定性):
 * an exported table lists every category, filled or not; the row is an empty category, not an
 * indicator with its cells missing. Whether the category must be filled is a coverage question.
 */
export function isEmptyCategoryRow(row: Indicator, known: { level1(text: string): unknown; level2(text: string): unknown }): boolean {
  if (!isBlankRow(row) || isBlank(row.level2) || typeof row.weight === 'number' || !isBlank(row.description)) return false;
  // both cells name categories: a sign-off line or a prompt in the 一级 column is no category
  return known.level1(row.level1) !== null && known.level2(row.level2!) !== null;
}
