/**
 * 指标权重合计应为100. When a table carries a 权重 column, the national budget-integration system
 * refuses to save it unless the 三级 weights add up to the total ("年度总绩效指标权重需为100"),
 * every weight is filled, and (where switched on) every weight is > 0.
 *
 * Each list of a project (annual `indicators`, `periodIndicators`) is its own table with its own
 * sum. Rows that declare their 二级 不涉及 carry no weight: they are neither counted nor reported.
 * Blank rows (no name, no value) are no-placeholder's finding and are not reported as unweighted.
 * A weight column left empty on every row is one finding on the list, not one per row.
 * One pass over the rows of each list: linear in the number of rows.
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorNode, ProjectNode } from '../../src/engine/nodes.js';
import type { IndicatorList } from '../../src/document/model.js';
import type { LocalizedText } from '../../src/i18n.js';
import { namesBudgetExecutionRate } from '../../src/analysis/self-evaluation.js';


export interface Options {
  total: number;
  tolerance: number;
  requireWeights: boolean;
  positive: boolean;
  selfEvaluationTotal: number | null;
}

const FLOAT_SLACK = 1e-9;
/** indicators and 预算执行率 together */
const FULL_MARKS = 100;

const LIST_NAMES: Record<IndicatorList, LocalizedText> = {
  indicators: { 'zh-CN': '年度指标', en: 'annual indicators' },
  periodIndicators: { 'zh-CN': '实施期指标', en: 'period indicators' },
};

/** Weights are often 33.33 and the like: show at most two decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function formatDifference(diff: number): string {
  const text = formatNumber(diff);
  return diff > 0 ? `+${text}` : text;
}

/** 预算执行率 scored inside the table (some 自评-style presets put it in the rows). */
function isBudgetExecutionRow(node: IndicatorNode): boolean {
  return namesBudgetExecutionRate(node.project.document.analysis.label(node.value.name));
}

/**
 * What the rows must add up to, and why, in words a clerk accepts. A total below 100 means the
 * preset keeps the rest for 预算执行率 outside the rows; if the table itself has a 预算执行率 row,
 * those points are inside and the rows must make the full 100.
 */
export function expectedTotal(total: number, hasBudgetExecutionRow: boolean): { expected: number; why: LocalizedText } {
  const reserved = 100 - total;
  if (reserved > 0 && hasBudgetExecutionRow) {
    return {
      expected: 100,
      why: {
        'zh-CN': `应为100（本表含“预算执行率”行，表外预留的${formatNumber(reserved)}分已计入表内）`,
        en: `should be 100 (the table has a 预算执行率 row, so the ${formatNumber(reserved)} points kept for it are inside the table)`,
      },
    };
  }
  if (reserved > 0) {
    return {
      expected: total,
      why: {
        'zh-CN': `应为${formatNumber(total)}（另${formatNumber(reserved)}分留给表外的预算执行率）`,
        en: `should be ${formatNumber(total)} (the other ${formatNumber(reserved)} points are kept for the budget execution rate outside the table)`,
      },
    };
  }
  return { expected: total, why: { 'zh-CN': `应为${formatNumber(total)}`, en: `should be ${formatNumber(total)}` } };
}

/** the 总分 row's 分值 cell, or the row itself when its 分值 cell is empty ("总分:83" written in one cell) */
function totalRowPointer(project: ProjectNode): string | undefined {
  const total = project.value.pointsTotal;
  if (!total) return undefined;
  return total.weight === null || total.weight === undefined ? `${project.pointer}/pointsTotal` : `${project.pointer}/pointsTotal/weight`;
}

interface ListTally {
  sum: number;
  /** rows whose weight is a number */
  counted: number;
  /** rows that should carry a weight but do not (null, missing, or not a number) */
  unweighted: IndicatorNode[];
  hasBudgetExecutionRow: boolean;
}

function rowWhere(node: IndicatorNode): { where: LocalizedText; project: string; indicator: string } {
  return { ...node.where(node.label), project: node.project.label, indicator: node.label };
}

export default createRule({
  name: 'weights-sum',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '指标权重合计应为100', en: 'Indicator weights add up to the required total (100)' },
      recommended: 'error',
    },
    messages: {
      blockPointsMismatch: {
        'zh-CN': '项目“{{project}}”的指标部分标明{{points}}分，预算执行部分标明{{execution}}分，合计{{sum}}分：两部分合计应为100分，请核对标注的分值',
        en: 'project "{{project}}" declares its indicators worth {{points}} points and its budget execution {{execution}}, {{sum}} in all: the two should make 100; check the declared points',
      },
      sumMismatch: {
        'zh-CN': '项目“{{project}}”的{{list}}权重合计为{{sum}}{{missing}}，{{why}}，相差{{diff}}：请调整各三级指标的权重',
        en: 'the weights of the {{list}} of project "{{project}}" add up to {{sum}}{{missing}}; the sum {{why}}, a difference of {{diff}}: adjust the third-level weights',
      },
      missingWeight: {
        'zh-CN': '{{where}}未填写权重：本表其余指标权重合计{{sum}}，全部权重合计{{why}}。请为此行填写大于0的权重，并相应调整其他指标的权重；若此行不需要，请删除',
        en: '{{where}} has no weight: the other weights of the table add up to {{sum}}, and all weights together {{why}}. Give this row a weight above 0 and adjust the others accordingly, or delete the row if it is not needed',
      },
      weightNotNumber: {
        'zh-CN': '{{where}}的权重“{{weight}}”不是数字：请只填写数字，如“10”',
        en: 'the weight "{{weight}}" of {{where}} is not a number: write a plain number, e.g. "10"',
      },
      weightNotPositive: {
        'zh-CN': '{{where}}的权重为{{weight}}：权重须大于0，请填写该指标应占的分值，或删除此指标',
        en: 'the weight of {{where}} is {{weight}}: weights must be above 0; give the indicator its share, or delete it',
      },
      weightsEmpty: {
        'zh-CN': '项目“{{project}}”的{{list}}设有权重栏，但{{rows}}个指标都未填写权重：请为每个三级指标填写大于0的权重，全部权重合计{{why}}',
        en: 'the {{list}} of project "{{project}}" have a weight column, but none of the {{rows}} indicators has a weight: give each a weight above 0; all weights together {{why}}',
      },
      executionWeightMissing: {
        'zh-CN': '项目“{{project}}”未填写预算执行率权重：{{list}}权重合计为{{sum}}，与预算执行率权重合计应为100：请填写预算执行率权重{{rest}}，或调整各三级指标的权重',
        en: 'project "{{project}}" leaves the budget execution rate weight empty: the {{list}} weights add up to {{sum}}, and with the budget execution rate they should make 100: fill in {{rest}} for the budget execution rate, or adjust the third-level weights',
      },
      executionWeightTooHigh: {
        'zh-CN': '项目“{{project}}”的预算执行率分值填了{{weight}}分，而整张表满分只有100分（预算执行率一般为10分）：请核实预算执行率的分值',
        en: 'project "{{project}}" gives the budget execution rate {{weight}} points, though the whole table is worth 100 (the rate is usually worth 10): check its points',
      },
      noWeights: {
        'zh-CN': '项目“{{project}}”的{{list}}没有填写权重：本地区的绩效目标表须为每个三级指标填写权重，合计{{why}}',
        en: 'the {{list}} of project "{{project}}" carry no weights: this region requires a weight for every third-level indicator, and the sum {{why}}',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        total: { type: 'number', exclusiveMinimum: 0, description: 'what the 三级 weights of one list must add up to (90 when 10 points are kept for 预算执行率) / 三级指标权重应有的合计' },
        tolerance: { type: 'number', minimum: 0, description: 'allowed rounding difference / 允许的舍入误差' },
        requireWeights: { type: 'boolean', description: 'true: a list with no weight column at all is a finding / 没有权重栏也报告' },
        positive: { type: 'boolean', description: 'true: a weight of 0 or below is a finding / 权重须大于0' },
        selfEvaluationTotal: {
          type: ['number', 'null'],
          exclusiveMinimum: 0,
          description: 'the total for a self-evaluation list (one with an 实际完成值 or 得分 column): 90, the other 10 points being 预算执行率; null: use total / 自评表三级指标分值应有的合计',
        },
      },
    },
    defaultOptions: { total: 100, tolerance: 0.01, requireWeights: false, positive: true, selfEvaluationTotal: 90 } as Options,
  },
  create(context) {
    const { tolerance, requireWeights, positive, selfEvaluationTotal } = context.options;

    /** Reports per-row problems while summing; the sum itself is judged by the caller. */
    const tally = (rows: readonly IndicatorNode[]): ListTally => {
      const out: ListTally = { sum: 0, counted: 0, unweighted: [], hasBudgetExecutionRow: false };
      for (const node of rows) {
        // a row whose points cell is merged into the row above shares that row's points
        if (node.isNotApplicableRow || node.value.source?.merged?.includes('weight')) continue;
        if (isBudgetExecutionRow(node)) out.hasBudgetExecutionRow = true;
        const weight = node.value.weight;
        if (typeof weight === 'number' && Number.isFinite(weight)) {
          out.sum += weight;
          out.counted++;
          if (positive && weight <= 0) {
            context.report({ pointer: `${node.pointer}/weight`, messageId: 'weightNotPositive', data: { ...rowWhere(node), weight: formatNumber(weight) } });
          }
        } else if (typeof weight === 'string' && weight.trim() !== '') {
          out.unweighted.push(node);
          context.report({ pointer: `${node.pointer}/weight`, messageId: 'weightNotNumber', data: { ...rowWhere(node), weight: weight.trim() } });
        } else if (!node.isBlankRow) {
          out.unweighted.push(node);
        }
      }
      return out;
    };

    const checkList = (project: ProjectNode, list: IndicatorList, rows: readonly IndicatorNode[]) => {
      if (rows.length === 0) return;
      const names = LIST_NAMES[list];
      // a 自评表 keeps 10 of its 100 points for 预算执行率, scored above the indicator grid
      // the points a table itself keeps for 预算执行率 (its money block's 分值, a 预算执行率权重 cell) decide the rows' share
      const executionWeight = list === 'indicators' ? project.value.budgetExecution?.weight : undefined;
      const selfEvaluation = selfEvaluationTotal !== null && project.isSelfEvaluation(list === 'periodIndicators');
      const total = typeof executionWeight === 'number' && executionWeight > 0 && executionWeight < FULL_MARKS ? FULL_MARKS - executionWeight : selfEvaluation ? selfEvaluationTotal : context.options.total;
      const listPointer = `${project.pointer}/${list}`;
      // 预算执行率 worth the whole table's 100 points (湖北 鄂州 2021: 分值 100 on 年度资金总额): a slip, and no base for the rows' share
      if (typeof executionWeight === 'number' && executionWeight >= FULL_MARKS) {
        context.report({ pointer: `${project.pointer}/budgetExecution/weight`, messageId: 'executionWeightTooHigh', data: { project: project.label, weight: formatNumber(executionWeight) } });
      }
      const carriesWeights = rows.some((r) => r.value.weight !== undefined);
      if (!carriesWeights) {
        const needsWeights = rows.some((r) => !r.isNotApplicableRow && !r.isBlankRow);
        if (requireWeights && needsWeights) {
          const { why } = expectedTotal(total, rows.some(isBudgetExecutionRow));
          context.report({ pointer: listPointer, target: 'weights', messageId: 'noWeights', data: { project: project.label, list: names, why } });
        }
        return;
      }

      const t = tally(rows);
      const { expected, why } = expectedTotal(total, t.hasBudgetExecutionRow);
      const empty = t.unweighted.filter((node) => typeof node.value.weight !== 'string');
      // A column nobody filled is one finding on the list, not one per row.
      if (t.counted === 0 && empty.length > 1 && empty.length === t.unweighted.length) {
        const first = empty[0]!;
        const pointer = first.value.weight === null ? `${first.pointer}/weight` : listPointer;
        context.report({ pointer, target: 'weights', messageId: 'weightsEmpty', data: { project: project.label, list: names, rows: empty.length, why } });
        return;
      }
      for (const node of t.unweighted) {
        if (typeof node.value.weight === 'string') continue; // already reported as not a number
        const pointer = node.value.weight === null ? `${node.pointer}/weight` : node.pointer;
        context.report({ pointer, messageId: 'missingWeight', data: { ...rowWhere(node), sum: formatNumber(t.sum), why } });
      }
      // Nothing to add up when no row has a number: the row findings say it all.
      if (t.counted === 0) return;
      // a printed but empty 预算执行率权重 with rows short of 100: the missing weight is that cell's
      if (executionWeight === null && t.sum < FULL_MARKS - tolerance - FLOAT_SLACK) {
        context.report({
          pointer: `${project.pointer}/budgetExecution/weight`,
          messageId: 'executionWeightMissing',
          data: { project: project.label, list: names, sum: formatNumber(t.sum), rest: formatNumber(FULL_MARKS - t.sum) },
        });
        return;
      }
      const diff = t.sum - expected;
      // 33.33 × 3 is 99.99000000000001 in floating point: compare with a hair of slack.
      if (Math.abs(diff) <= tolerance + FLOAT_SLACK) return;
      const n = t.unweighted.length;
      context.report({
        // a 自评表 adds its points up in a 总分 row: the reviewer reads the sum there
        pointer: list === 'indicators' ? totalRowPointer(project) ?? listPointer : listPointer,
        target: 'weights',
        messageId: 'sumMismatch',
        data: {
          project: project.label,
          list: names,
          sum: formatNumber(t.sum),
          diff: formatDifference(diff),
          why,
          missing: { 'zh-CN': n ? `（另有${n}行没有有效权重，未计入）` : '', en: n ? ` (${n} more row${n > 1 ? 's have' : ' has'} no valid weight and ${n > 1 ? 'are' : 'is'} not counted)` : '' },
        },
      });
    };

    /** 年度绩效目标 (98分) beside 预算执行情况 (20分) (湖北 黄石 2023): the form's two parts make 118 */
    const checkDeclaredBlocks = (project: ProjectNode) => {
      const points = project.value.indicatorPoints;
      const execution = project.value.budgetExecution?.weight;
      if (typeof points !== 'number' || typeof execution !== 'number' || Math.abs(points + execution - 100) < 1e-9) return;
      context.report({
        pointer: `${project.pointer}/indicatorPoints`,
        messageId: 'blockPointsMismatch',
        data: { project: project.label, points: formatNumber(points), execution: formatNumber(execution), sum: formatNumber(points + execution) },
      });
    };

    return {
      project(project) {
        checkDeclaredBlocks(project);
        checkList(project, 'indicators', project.indicators);
        checkList(project, 'periodIndicators', project.periodIndicators);
      },
    };
  },
});
