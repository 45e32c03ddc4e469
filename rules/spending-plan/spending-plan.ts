/**
 * 资金支出计划应为逐月累计、最终达到100%. The 资金支出计划 (浙江, 河北: 3月底/6月底/10月底/12月底)
 * states how much of the money will have been spent by each month, as a cumulative percentage:
 * months (1–12, which the schema guarantees) come in order, the percentages never fall, stay within 0–100 and the last one is
 * 100 (all money spent within the year). A cell the importer could not read as a number
 * ("100%") is read here as a value; text that is no percentage is reported.
 */
import { createRule } from '../../src/engine/rule.js';
import type { ProjectNode } from '../../src/engine/nodes.js';
import type { SpendingPlanEntry } from '../../src/document/model.js';
import { readIndicatorValue } from '../../src/analysis/value-reading.js';

export interface Options {
  requireComplete: boolean;
}

/** The percentage an entry states: the number, else its raw text read as a value ("100%", "50"). */
function percentOf(entry: SpendingPlanEntry): number | 'unreadable' | undefined {
  if (typeof entry.percent === 'number') return Number.isFinite(entry.percent) ? entry.percent : 'unreadable';
  const raw = (entry.raw ?? '').trim();
  if (raw === '') return undefined;
  const reading = readIndicatorValue({ value: raw });
  if (reading.kind === 'number' && reading.value !== undefined && (reading.unitClass === undefined || reading.unitClass === 'percent')) return reading.value;
  return 'unreadable';
}

const pct = (n: number): string => String(Math.round(n * 100) / 100);

export default createRule({
  name: 'spending-plan',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '资金支出计划应逐月累计并达到100%', en: 'The spending plan is cumulative by month and reaches 100%' },
      recommended: 'error',
    },
    messages: {
      monthOrder: {
        'zh-CN': '项目“{{project}}”的资金支出计划中{{month}}月排在{{previous}}月之后（月份重复或顺序颠倒）：请按月份先后填写，每个月份只填一次',
        en: 'in the spending plan of project "{{project}}", month {{month}} comes after month {{previous}} (repeated or out of order): list each month once, in order',
      },
      unreadablePercent: {
        'zh-CN': '项目“{{project}}”的资金支出计划{{month}}月填的是“{{raw}}”，不是百分比：请填写截至该月累计支出的百分比，如“50”',
        en: 'the spending plan of project "{{project}}" says "{{raw}}" for month {{month}}, not a percentage: give the share spent by then, e.g. "50"',
      },
      percentOutOfRange: {
        'zh-CN': '项目“{{project}}”的资金支出计划{{month}}月为{{percent}}%，不在0%至100%之间：请填写截至该月累计支出占资金总额的比例',
        en: 'the spending plan of project "{{project}}" gives {{percent}}% for month {{month}}, outside 0–100%: give the share of the funding spent by then',
      },
      decreasing: {
        'zh-CN': '项目“{{project}}”的资金支出计划{{month}}月为{{percent}}%，低于{{previous}}月的{{previousPercent}}%：支出计划是累计进度，应逐月不减；若填的是当期支出比例，请改为累计比例',
        en: 'the spending plan of project "{{project}}" falls from {{previousPercent}}% in month {{previous}} to {{percent}}% in month {{month}}: the plan is cumulative and never falls; if you gave each period\'s share, give the running total',
      },
      notComplete: {
        'zh-CN': '项目“{{project}}”的资金支出计划截至{{month}}月累计只有{{percent}}%，未达到100%：最后一期应为100%（年内支出全部资金）；若各期填的是当期比例，请改为累计比例',
        en: 'the spending plan of project "{{project}}" reaches only {{percent}}% by month {{month}}: the last entry should be 100% (all money spent within the year); if you gave each period\'s share, give the running total',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        requireComplete: { type: 'boolean', description: 'true: the last entry must be 100% / 最后一期须为100%' },
      },
    },
    defaultOptions: { requireComplete: true } as Options,
  },
  create(context) {
    const { requireComplete } = context.options;

    const check = (project: ProjectNode, plan: readonly SpendingPlanEntry[]) => {
      const base = `${project.pointer}/spendingPlan`;
      const name = project.label;
      let previous: { month: number; percent: number } | undefined;
      let previousMonth: number | undefined;
      let last: { month: number; percent: number; index: number } | undefined;
      for (const [i, entry] of plan.entries()) {
        const month = entry.month;
        if (previousMonth !== undefined && month <= previousMonth) {
          context.report({ pointer: `${base}/${i}/month`, messageId: 'monthOrder', data: { project: name, month, previous: previousMonth } });
          return;
        }
        previousMonth = month;
        const percent = percentOf(entry);
        if (percent === undefined) continue;
        const at = `${base}/${i}/percent`;
        if (percent === 'unreadable') {
          context.report({ pointer: at, messageId: 'unreadablePercent', data: { project: name, month, raw: (entry.raw ?? String(entry.percent)).trim() } });
          return;
        }
        if (percent < 0 || percent > 100) {
          context.report({ pointer: at, messageId: 'percentOutOfRange', data: { project: name, month, percent: pct(percent) } });
          return;
        }
        if (previous !== undefined && percent < previous.percent) {
          context.report({
            pointer: at,
            messageId: 'decreasing',
            data: { project: name, month, percent: pct(percent), previous: previous.month, previousPercent: pct(previous.percent) },
          });
          return;
        }
        previous = { month, percent };
        last = { month, percent, index: i };
      }
      if (requireComplete && last !== undefined && last.percent !== 100) {
        context.report({ pointer: `${base}/${last.index}/percent`, messageId: 'notComplete', data: { project: name, month: last.month, percent: pct(last.percent) } });
      }
    };

    return {
      project(project) {
        const plan = project.value.spendingPlan;
        if (plan && plan.length > 0) check(project, plan);
      },
    };
  },
});
