import { normalizeForCopyComparison, shownLabel } from './text.js';

/**
 * Headings a performance-target form prints over its goal cells. When a reading of a table gives
 * one of these as the goal, it read the heading, not what the clerk wrote. Data: extend freely.
 */
const GOAL_HEADINGS = [
  '年度目标',
  '年度绩效目标',
  '年度总目标',
  '年度绩效总目标',
  '预期目标',
  '年初设定目标',
  '中期目标',
  '中期滚动目标',
  '实施期目标',
  '实施周期总目标',
  '总体目标',
  '项目总体目标',
  '绩效目标',
  // a 自评表's heading over the completion text beside the goal
  '实际完成情况',
  '全年实际完成情况',
  '年度实际完成情况',
  '年度目标完成情况',
  '年度总体目标完成情况',
  '年度总体目标完成情况综述',
];

/** Bracketed years or notes after a heading: "中期目标(2023年—2025年)", "实施周期总目标（2022年--2024年）". */
const TRAILING_NOTE = /[(（][^()（）]*[)）]$/;

/** The text is only a goal heading, perhaps with a period note and a colon. */
export function isGoalHeading(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/g, '').replace(/[:：]+$/, '').replace(TRAILING_NOTE, '').replace(/^\*/, '');
  return GOAL_HEADINGS.includes(t);
}

/** A goal as the clerk wrote it, and where it is in the project (a path under the project's pointer). */
export interface StatedGoal {
  readonly text: string;
  /** pointer segments below the project: ['goal'], ['periodGoal'], ['extensions', key] */
  readonly path: readonly string[];
  readonly period: boolean;
}

interface GoalBearer {
  readonly goal?: string;
  readonly goals?: readonly string[];
  readonly periodGoal?: string;
  readonly extensions?: Readonly<Record<string, unknown>>;
}

const SENTENCE_LIKE = /[,，。；;]/u;
const MIN_LABEL_GOAL_LENGTH = 15;

/** 年度总体目标完成情况综述, 目标实际完成情况: what a 自评表 says was done, not a goal (安徽 濉溪 2019) */
const COMPLETION_LABEL = /完成情况|实际完成|完成值|综述/u;

/**
 * Every goal a project states: the goal cells, and — where a reading of a sheet filed it elsewhere —
 * a string under a heading that names a goal ("*年度绩效总目标"), a list that starts with a goal
 * heading (["年度目标", "1、…"]), or, when the goal cell holds only the heading, a sentence read
 * as a label with no value (the text under "年度目标" taken for a label). Headings themselves are
 * not goals.
 */
export function statedGoals(project: GoalBearer): StatedGoal[] {
  const out: StatedGoal[] = [];
  const add = (text: unknown, path: readonly string[], period = false): void => {
    if (typeof text !== 'string') return;
    const t = text.trim();
    if (t !== '' && !isGoalHeading(t)) out.push({ text: t, path, period });
  };
  add(project.goal, ['goal']);
  // numbered goals are judged together, and reported on the first of them
  if (project.goal === undefined && project.goals !== undefined) add(project.goals.join('；'), ['goals', '0']);
  add(project.periodGoal, ['periodGoal'], true);
  const headingOnly = project.goal !== undefined && isGoalHeading(project.goal);
  for (const [key, value] of Object.entries(project.extensions ?? {})) {
    const label = shownLabel(key);
    if (typeof value === 'string' && value.trim() !== '' && label.includes('目标') && !label.includes('依据') && !COMPLETION_LABEL.test(label)) add(value, ['extensions', key]);
    else if (Array.isArray(value) && typeof value[0] === 'string' && isGoalHeading(value[0]) && value.length === 2) add(value[1], ['extensions', key]);
    else if (headingOnly && value === '' && key.length >= MIN_LABEL_GOAL_LENGTH && SENTENCE_LIKE.test(key)) add(key, ['extensions', key]);
  }
  return out;
}

/** Words that join a repeated project name into a sentence without saying anything ("…项目,通过实施…项目,"). */
const JOINING_WORDS = /通过|实施|完成|开展|做好|推进|本|该|[\p{P}\s]/gu;

/**
 * The goal is the project name, perhaps twice, with joining words and no more (宁夏 原州 2022
 * "2022年原州区…项目,通过实施2022年原州区…项目,"): it states no goal at all.
 */
export function restatesProjectName(goal: string, projectName: string): boolean {
  const text = normalizeForCopyComparison(goal);
  const name = normalizeForCopyComparison(projectName);
  if (name !== '' && text === name) return true;
  const core = name.replace(/[(（][^()（）]*[)）]$/u, '');
  return core.length >= 4 && text.includes(core) && text.split(core).join('').replace(JOINING_WORDS, '') === '';
}
