/**
 * Which kind of target a row sets, as the judgement rules agree on it: a satisfaction row, a
 * 时效 row, a row declared 定性. Pure functions of the row's cells and its canonical 一级/二级
 * (IndicatorNode.level1/level2), so every rule draws the same line.
 */
import type { Indicator } from '../document/model.js';
import { classifyOperator } from './operator-forms.js';

export interface RowLevels {
  /** canonical 一级, or null */
  level1: string | null;
  /** canonical 二级, or null */
  level2: string | null;
}

/**
 * A satisfaction row: its 二级 is 服务对象满意度, its name measures satisfaction, or it stands under
 * 满意度 with no 二级 of another kind: "长效管理指标 | 档案管理有效性" filed under 满意度 (上海 松江
 * 2020) sets a target of its own, not a satisfaction rate.
 */
export function isSatisfactionRow(row: Indicator, levels: RowLevels, isSatisfactionName: (name: string) => boolean): boolean {
  if (levels.level2 === '服务对象满意度指标') return true;
  const name = row.name || row.personal?.name || '';
  if (name !== '' && isSatisfactionName(name)) return true;
  if (levels.level1 !== '满意度指标') return false;
  const level2 = (row.level2 ?? '').trim();
  return level2 === '' || level2.includes('满意');
}

/** A 时效 row: its 二级 is 时效指标, or a local 二级 named for it (时效指标（工期指标）). */
export function isTimelinessRow(levels: RowLevels, rawLevel2 = ''): boolean {
  // (a cell without 时 cannot start with 时效: most rows need no whitespace strip)
  return levels.level2 === '时效指标' || (rawLevel2.includes('时') && /^时效/.test(rawLevel2.replace(/\s+/g, '')));
}

/** The row says it is 定性: in its 计算符号 column, or in a 指标性质/值类型 column. */
export function isDeclaredQualitative(row: Indicator): boolean {
  const operator = row.operator?.trim() ?? '';
  if (operator !== '' && classifyOperator(operator).kind === 'canonical' && operator.replace(/\s+/g, '') === '定性') return true;
  return /定性/.test(row.valueType ?? '');
}

/** What a row must have for its target to be judged at all. IndicatorNode satisfies it. */
export interface JudgeableRow {
  readonly isBlankRow: boolean;
  readonly isNotApplicableRow: boolean;
  readonly isEvaluationItem: boolean;
  readonly shift: unknown;
  readonly valueIsPoints: boolean;
}

/**
 * The row sets no target a judgement rule should read: blank (no-placeholder's), 不涉及, a 自评表's
 * evaluation item (决策, 过程: scored, with no target), or filed
 * in the wrong columns (no-placeholder reports the shift; its cells are not where they seem), or
 * a 指标值 that is the row's points (misplaced-columns reports it).
 */
export function hasNoTargetToJudge(row: JudgeableRow): boolean {
  return row.isBlankRow || row.isNotApplicableRow || row.isEvaluationItem || row.shift !== null || row.valueIsPoints;
}
