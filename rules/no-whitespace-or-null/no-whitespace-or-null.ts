/**
 * 录入内容不得含有空格或为"null". The national budget-integration system tests 指标名称, 指标值
 * and 绩效目标 with /[ \u3000]/ and refuses to save ("录入内容不得含有空格！"), and refuses the literal
 * text null ('录入内容不能为"null"！'). Deployments switch the check (`_isCheckSpace`), so a preset
 * turns this rule off.
 *
 * Checked: the 三级 name and value (and their 个性 twins) of every row, and the project's 绩效目标
 * texts (goal, goals, periodGoal). A literal null in a name or value is no-placeholder's finding;
 * here only the goal texts are checked for it. Line breaks are not spaces to the system.
 */
import { createRule } from '../../src/engine/rule.js';
import type { LocalizedText } from '../../src/i18n.js';
import { isGoalHeading } from '../../src/analysis/goal-words.js';

const SPACE = /[ \u3000]/;
/**
 * "300 公里", "≥ 95 %": a figure with its sign and unit, the three fields the 一体化 system keeps
 * apart, so a space between them never reaches it (湖北 广水 2021 and 山西 稷山 2021: both readings
 * defended such spaces, a PDF's layout). A space inside words or a date stays reported.
 */
const SPACED_FIGURE = /^(?:[≥≤><=＞＜＝≧≦]|>=|<=)?[ \u3000]*\d+(?:\.\d+)?[ \u3000]*[^\d\s]{0,6}$/u;
const NULL_TEXT = /^\s*null\s*$/i;

const FIELDS: ReadonlyArray<{ path: string; field: LocalizedText }> = [
  { path: 'name', field: { 'zh-CN': '指标名称', en: 'indicator name' } },
  { path: 'value', field: { 'zh-CN': '指标值', en: 'target value' } },
  { path: 'personal/name', field: { 'zh-CN': '明细指标（个性）', en: 'personalised indicator name' } },
  { path: 'personal/value', field: { 'zh-CN': '指标值（个性）', en: 'personalised target value' } },
];

/** the text with each space shown as ␣ (and a line break as ↵), so the clerk sees where it is */
const show = (text: string): string => text.replace(/[ \u3000]/g, '␣').replace(/\r?\n/g, '↵');

export default createRule({
  name: 'no-whitespace-or-null',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '指标名称、指标值和绩效目标不得含空格或为“null”', en: 'Names, values and goals contain no spaces and are not "null"' },
      recommended: 'error',
    },
    messages: {
      space: {
        'zh-CN': '{{where}}的{{field}}“{{text}}”含有空格（以␣标出），预算管理一体化系统不允许保存：请删除空格',
        en: 'the {{field}} "{{text}}" of {{where}} contains spaces (shown as ␣), which the budget-integration system refuses to save: remove them',
      },
      goalSpace: {
        'zh-CN': '项目“{{project}}”的{{field}}含有空格（“{{excerpt}}”，以␣标出），预算管理一体化系统不允许保存：请删除空格',
        en: 'the {{field}} of project "{{project}}" contains spaces ("{{excerpt}}", shown as ␣), which the budget-integration system refuses to save: remove them',
      },
      goalNull: {
        'zh-CN': '项目“{{project}}”的{{field}}填的是“null”：请填写绩效目标',
        en: 'the {{field}} of project "{{project}}" is "null": write the performance goal',
      },
    },
    schema: false,
    defaultOptions: {},
  },
  create(context) {
    return {
      project(node) {
        const p = node.value;
        const goals: Array<[string, string | undefined, LocalizedText]> = [
          ['goal', p.goal, { 'zh-CN': '绩效目标', en: 'performance goal' }],
          ['periodGoal', p.periodGoal, { 'zh-CN': '实施期绩效目标', en: 'period goal' }],
          ...(p.goals ?? []).map((g, i): [string, string, LocalizedText] => [`goals/${i}`, g, { 'zh-CN': `绩效目标（第${i + 1}条）`, en: `performance goal ${i + 1}` }]),
        ];
        for (const [path, text, field] of goals) {
          // a heading the reading took for the goal ("全 年 实 际 完 成 情 况") is no goal text the clerk typed
          if (!text || isGoalHeading(text)) continue;
          const pointer = `${node.pointer}/${path}`;
          if (NULL_TEXT.test(text)) context.report({ pointer, messageId: 'goalNull', data: { project: node.label, field } });
          else {
            const at = text.trim().search(SPACE);
            if (at >= 0) {
              const excerpt = show(text.trim().slice(Math.max(0, at - 8), at + 9));
              context.report({ pointer, messageId: 'goalSpace', data: { project: node.label, field, excerpt } });
            }
          }
        }
      },
      indicator(node) {
        if (node.isBlankRow) return;
        const row = node.value;
        const cells: Record<string, string | undefined> = { name: row.name, value: row.value, 'personal/name': row.personal?.name, 'personal/value': row.personal?.value };
        for (const { path, field } of FIELDS) {
          const text = cells[path];
          if (!text || !SPACE.test(text.trim()) || (path.endsWith('value') && SPACED_FIGURE.test(text.trim()))) continue;
          context.report({ pointer: `${node.pointer}/${path}`, messageId: 'space', data: { ...node.where(row.name || row.personal?.name || ''), field, text: show(text.trim()) } });
        }
      },
    };
  },
});
