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
];

/** Bracketed years or notes after a heading: "中期目标(2023年—2025年)", "实施周期总目标（2022年--2024年）". */
const TRAILING_NOTE = /[(（][^()（）]*[)）]$/;

/** The text is only a goal heading, perhaps with a period note and a colon. */
export function isGoalHeading(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/g, '').replace(/[:：]+$/, '').replace(TRAILING_NOTE, '').replace(/^\*/, '');
  return GOAL_HEADINGS.includes(t);
}
