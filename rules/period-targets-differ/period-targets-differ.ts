/**
 * 实施期指标不得照抄年度指标. A project running longer than a year files 实施期 (period) targets
 * for the whole period; rows that repeat the annual rows one for one (same 三级 name, same value)
 * were never worked out. A period of at most 12 months may repeat them, and so may rows that are
 * only rates (a 95% pass rate is 95% for the year and for the period). A bare number with no unit
 * counts as an amount unless its name is a rate (合格率, 满意度): tables without a 计量单位 column
 * copy their rows just the same. Where no 项目期 is stated, the span a period goal's heading names
 * (中期滚动目标(2019年--2021年)) is the period; a 项目期 of a year beside such a span of several years,
 * with period targets filed, contradicts itself.
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorNode, ProjectNode } from '../../src/engine/nodes.js';
import { comparableTexts, comparableValue, isAccumulatingAmount } from '../../src/analysis/row-comparison.js';
import { expectedUnitClasses } from '../../src/analysis/vocabulary.js';
import { periodLengthMonths, periodMonths } from '../../src/analysis/project-period.js';

/** The name measures a rate (合格率, 满意度): a bare "95" under it is 95%, the same for a year and a period. */
function isRateName(row: IndicatorNode): boolean {
  const name = row.filled('name');
  if (row.project.document.analysis.vocabulary.isSatisfactionName(name)) return true;
  const classes = expectedUnitClasses(name);
  return classes?.includes('percent') ?? false;
}

function sameRow(annual: IndicatorNode, period: IndicatorNode): boolean {
  return comparableTexts(annual.value).name === comparableTexts(period.value).name && comparableValue(annual.value, annual.reading) === comparableValue(period.value, period.reading);
}

const hasTarget = (row: IndicatorNode): boolean => row.filled('value').trim() !== '';

/**
 * When the period rows repeat the annual ones and at least one is an amount: how many rows repeat,
 * and the first period amount, where the clerk sets the period's own target.
 */
function repeatedRows(project: ProjectNode): { rows: number; amount: IndicatorNode } | undefined {
  // a row with no target on one side only (广东 东莞 2019: 可持续影响 printed empty under 中期) is no target to copy
  const annual = project.indicators.filter(hasTarget);
  const period = project.periodIndicators.filter(hasTarget);
  if (annual.length < 2 || period.length !== annual.length) return undefined;
  const months = periodMonths(project.value.period) ?? periodMonths(project.value.periodSpan);
  if (months !== undefined && months <= 12) return undefined;
  if (!annual.every((row, i) => sameRow(row, period[i]!))) return undefined;
  const i = annual.findIndex((row) => isAccumulatingAmount(row.reading, () => isRateName(row)));
  return i === -1 ? undefined : { rows: annual.length, amount: period[i]! };
}

export default createRule({
  name: 'period-targets-differ',
  meta: {
    type: 'problem',
    docs: {
      description: {
        'zh-CN': '实施期长于一年的项目，实施期指标不得照抄年度指标',
        en: 'A project running longer than a year sets period targets of its own, not a copy of the annual ones',
      },
      recommended: 'warn',
    },
    messages: {
      periodContradicted: {
        'zh-CN': '项目“{{name}}”的项目期写“{{period}}”，中期目标却标明“{{span}}”（{{months}}个月），并另列了中期目标或指标：两者矛盾，请按实际实施期填写项目期；项目只实施一年的，删去中期部分',
        en: 'project "{{name}}" states a project period of "{{period}}", but its period goal is headed "{{span}}" ({{months}} months) and the table sets period targets: they contradict each other; state the real project period, or drop the period part if the project runs one year',
      },
      periodRepeatsAnnual: {
        'zh-CN':
          '项目“{{name}}”的实施期（{{period}}）绩效指标与年度绩效指标逐行相同（共{{rows}}行，指标值也相同）。实施期长于一个年度，实施期指标应是整个实施期的累计目标，请按实施期重新测算数量、成本等指标值。',
        en: 'the implementation-period ({{period}}) indicators of project "{{name}}" repeat its {{rows}} annual indicators row for row, values included. The period is longer than a year: set targets for the whole period (quantities, costs…).',
      },
    },
    schema: false,
    defaultOptions: {},
  },
  create(context) {
    /**
     * 项目期 "1年" beside 中期目标(2023年—2025年) with 中期 targets (安徽 亳州 2023, sent back by the first
     * reading): the table says both that the project runs one year and that it runs three.
     */
    function checkPeriodAgainstSpan(project: ProjectNode): void {
      const { period, periodSpan } = project.value;
      const stated = periodLengthMonths(period);
      const spanned = periodMonths(periodSpan);
      if (stated === undefined || spanned === undefined || stated > 12 || spanned <= 12) return;
      if ((project.value.periodGoal ?? '').trim() === '' && project.periodIndicators.length === 0) return;
      context.report({ pointer: `${project.pointer}/period`, messageId: 'periodContradicted', data: { name: project.value.name, period: period!.trim(), span: periodSpan!, months: spanned } });
    }

    return {
      project(project) {
        checkPeriodAgainstSpan(project);
        const repeated = repeatedRows(project);
        if (repeated === undefined) return;
        context.report({
          pointer: `${repeated.amount.pointer}/value`,
          messageId: 'periodRepeatsAnnual',
          data: { name: project.value.name, rows: repeated.rows, period: project.value.period || project.value.periodSpan || '—' },
        });
      },
    };
  },
});
