/**
 * 实施期指标不得照抄年度指标. A project running longer than a year files 实施期 (period) targets
 * for the whole period; rows that repeat the annual rows one for one (same 三级 name, same value)
 * were never worked out. A period of at most 12 months may repeat them, and so may rows that are
 * only rates (a 95% pass rate is 95% for the year and for the period). A bare number with no unit
 * counts as an amount unless its name is a rate (合格率, 满意度): tables without a 计量单位 column
 * copy their rows just the same.
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorNode, ProjectNode } from '../../src/engine/nodes.js';
import { comparableTexts, comparableValue, isAccumulatingAmount } from '../../src/analysis/row-comparison.js';
import { expectedUnitClasses } from '../../src/analysis/vocabulary.js';
import { periodMonths } from '../../src/analysis/project-period.js';

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

/** How many rows repeat, when the period rows repeat the annual ones and at least one is an amount. */
function repeatedRows(project: ProjectNode): number | undefined {
  const annual = project.indicators;
  const period = project.periodIndicators;
  if (annual.length < 2 || period.length !== annual.length) return undefined;
  const months = periodMonths(project.value.period);
  if (months !== undefined && months <= 12) return undefined;
  if (!annual.every((row, i) => sameRow(row, period[i]!))) return undefined;
  return annual.some((row) => isAccumulatingAmount(row.reading, () => isRateName(row))) ? annual.length : undefined;
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
    return {
      project(project) {
        const rows = repeatedRows(project);
        if (rows === undefined) return;
        context.report({
          pointer: `${project.pointer}/periodIndicators`,
          messageId: 'periodRepeatsAnnual',
          data: { name: project.value.name, rows, period: project.value.period || '—' },
        });
      },
    };
  },
});
