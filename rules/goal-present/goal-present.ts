/**
 * 绩效目标 must be a real goal: the national system refuses an empty one, or one of spaces or
 * "null" ("录入内容不得含有空格！", '录入内容不能为"null"！'). A goal that only repeats the project name
 * says nothing either. Checked where the document has a goal cell (the `goal` / `periodGoal` key):
 * a table without one is not judged unless `requireGoal` is on. A goal that is just a heading of
 * the form (年度目标, 预期目标, 中期目标(2023年—2025年)) is an importer reading of the heading, not the
 * clerk's text: nothing is said about it.
 */
import { createRule } from '../../src/engine/rule.js';
import type { ProjectNode } from '../../src/engine/nodes.js';
import { shownLabel } from '../../src/analysis/text.js';
import { isGoalHeading, restatesProjectName } from '../../src/analysis/goal-words.js';

export interface Options {
  requireGoal: boolean;
}

const NULL_WORDS = new Set(['null', 'none', 'undefined', 'nan']);

type Why = 'empty' | 'null' | 'projectName';

/** A goal the reading of a sheet filed under another heading ("*年度绩效总目标" in extensions). */
function goalElsewhere(project: ProjectNode): boolean {
  return Object.entries(project.value.extensions ?? {}).some(([key, v]) => shownLabel(key).includes('目标') && typeof v === 'string' && v.trim() !== '');
}

function judge(text: string | undefined, project: ProjectNode): Why | undefined {
  const t = (text ?? '').replace(/[\s\u3000]+/g, '');
  if (t === '') return goalElsewhere(project) ? undefined : 'empty';
  if (NULL_WORDS.has(t.toLowerCase())) return 'null';
  if (isGoalHeading(t)) return undefined;
  return restatesProjectName(t, project.value.name) ? 'projectName' : undefined;
}

export default createRule({
  name: 'goal-present',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '须填写绩效目标', en: 'Every project states its performance goal' },
      recommended: 'error',
    },
    messages: {
      missingGoal: {
        'zh-CN': '项目“{{project}}”的{{goal}}{{why}}：请写明本项目要达到的产出和效果，如“完成X项，使Y提高到Z”',
        en: 'the {{goal}} of project "{{project}}" {{why}}: state the outputs and effects the project is to achieve, e.g. "finish X items, raising Y to Z"',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        requireGoal: {
          type: 'boolean',
          description: 'true: a project with no goal cell at all is a finding too / 没有绩效目标栏的项目也报告',
        },
      },
    },
    defaultOptions: { requireGoal: false } as Options,
  },
  create(context) {
    const WHY: Record<Why, { 'zh-CN': string; en: string }> = {
      empty: { 'zh-CN': '为空', en: 'is empty' },
      null: { 'zh-CN': '填的是“null”', en: 'is "null"' },
      projectName: { 'zh-CN': '只是重复了项目名称', en: 'only repeats the project name' },
    };
    const GOAL = { 'zh-CN': '年度绩效目标', en: 'annual goal' };
    const PERIOD_GOAL = { 'zh-CN': '实施期绩效目标', en: 'period goal' };

    return {
      project(project) {
        const p = project.value;
        const hasGoal = 'goal' in p || (p.goals !== undefined && p.goals.length > 0);
        if (hasGoal || context.options.requireGoal) {
          const text = p.goal ?? (p.goals ?? []).join('');
          const why = judge(text, project);
          if (why) context.report({ pointer: 'goal' in p ? `${project.pointer}/goal` : project.pointer, messageId: 'missingGoal', data: { project: project.label, goal: GOAL, why: WHY[why] } });
        }
        // a 实施期 goal is expected where the table has 实施期 rows or a periodGoal cell
        if ('periodGoal' in p || (p.periodIndicators ?? []).length > 0) {
          const why = judge(p.periodGoal, project);
          if (why) context.report({ pointer: 'periodGoal' in p ? `${project.pointer}/periodGoal` : project.pointer, messageId: 'missingGoal', data: { project: project.label, goal: PERIOD_GOAL, why: WHY[why] } });
        }
      },
    };
  },
});
