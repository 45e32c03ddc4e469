/**
 * 年度指标的时间应在预算年度内. An annual table sets targets for its budget year: a completion date
 * in another year ("2023年底" in a 2022 table) either belongs to the period table or was copied from
 * another year's table.
 *
 * Reads the annual rows only (period rows span several years by design); a value the shared reader
 * reads as a date with a year is compared with the document's year. Date ranges and dates without a
 * year (12月底前) are not judged, and nor is a later date within the 项目期 the table states for a
 * table with no period rows of its own (项目期 2022-2023, "项目完成时间 2023年11月"): there the
 * annual rows are the only place for the project's completion. "2023年底" under 项目期
 * 2022年3月-2023年11月 (宁夏 原州 2022) is past both.
 */
import { createRule } from '../../src/engine/rule.js';
import { periodEndMonth } from '../../src/analysis/project-period.js';

export default createRule({
  name: 'year-consistency',
  meta: {
    type: 'suggestion',
    docs: {
      description: { 'zh-CN': '年度指标的时间应在预算年度内', en: 'Annual targets fall within the budget year' },
      recommended: 'warn',
    },
    messages: {
      later: {
        'zh-CN': '{{where}}的指标值“{{text}}”落在{{year}}年，晚于本表的预算年度{{budgetYear}}年：年度指标应在{{budgetYear}}年内完成；跨年的目标请写在实施期（中期）指标中，年度指标写本年要完成的部分',
        en: 'the target "{{text}}" of {{where}} falls in {{year}}, after the budget year {{budgetYear}} of this table: annual targets are met within {{budgetYear}}; put multi-year targets in the period indicators and give this year\'s share here',
      },
      earlier: {
        'zh-CN': '{{where}}的指标值“{{text}}”落在{{year}}年，早于本表的预算年度{{budgetYear}}年，可能是照抄往年的表：请改为{{budgetYear}}年的时间',
        en: 'the target "{{text}}" of {{where}} falls in {{year}}, before the budget year {{budgetYear}} of this table, perhaps copied from an earlier table: give a date in {{budgetYear}}',
      },
    },
    schema: false,
    defaultOptions: {},
  },
  create(context) {
    const budgetYear = context.document.year;
    // a table that does not say its year has nothing to compare with (its import warning says so)
    if (budgetYear === undefined) return {};
    return {
      indicator(node) {
        if (node.isPeriod || !node.isIndicatorRow) return;
        const reading = node.reading;
        const year = reading.kind === 'date' ? reading.date?.year : undefined;
        if (year === undefined || year === budgetYear || !Number.isInteger(budgetYear)) return;
        const project = node.project;
        const month = year * 12 + (reading.date?.month ?? 12);
        if (year > budgetYear && project.periodIndicators.length === 0 && month <= (periodEndMonth(project.value.period, budgetYear) ?? 0)) return;
        const data = { ...node.where(node.value.name || ''), text: node.value.value.trim(), year: String(year), budgetYear: String(budgetYear) };
        context.report({ pointer: `${node.pointer}/value`, messageId: year > budgetYear ? 'later' : 'earlier', data });
      },
    };
  },
});
