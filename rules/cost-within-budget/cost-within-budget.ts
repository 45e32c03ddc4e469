/**
 * 成本指标不得超过项目资金总额. A cost target is what the project will spend; above the project's
 * 资金总额 it cannot be met with the money asked for (适当性: 绩效目标与预算相匹配). Three checks on
 * the annual rows, all in exact decimals (src/analysis/decimal.ts) after 元/万元 scaling:
 *  1. a total-cost row (项目总成本, 培训费用, any row under 成本指标 that is not per-unit) whose amount
 *     exceeds the budget;
 *  2. `checkSum`: several total-cost rows, none of them a total of the others (总/合计 in a name),
 *     that each fit but together exceed the budget;
 *  3. `checkPerUnit`: a per-unit cost (200元/人) times the one quantity row counted in the same unit
 *     (≥500人) exceeds the budget.
 *  4. `zeroCost`: a cost (办公费总成本, 出差单位成本) whose target is 0: nothing to assess;
 *  5. `fundingAsTarget`: a row named for money granted or paid out (财政补助, 发放金额) whose target is
 *     exactly the budget: it restates the funding. "项目总成本 ≤90万元" on a 90万元 budget is fine.
 * An amount 100 times the budget or more is a 元/万元 slip, consistent-units' moneyScale finding;
 * this rule stays silent on it. The 实施期 rows are not checked: the funding is the year's.
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorNode, ProjectNode } from '../../src/engine/nodes.js';
import type { MoneyUnit } from '../../src/document/model.js';
import {
  compareDecimals,
  decimalFromNumber,
  formatDecimal,
  multiplyDecimals,
  scaleDecimal,
  sumDecimals,
  type Decimal,
} from '../../src/analysis/decimal.js';
import { amountInYuan, budgetInYuan, COST_ENDINGS, documentMoneyUnit, isTotalCostRow, MONEY_UNIT_POWER, namesFundingNotCost, upperBound } from '../../src/analysis/money.js';

/** Names of a cost (成本, 费用, 经费 …; 单位成本, 单价) and not of an overrun or a saving, where 0 is a fine target. */
function namesCost(label: string): boolean {
  return (COST_ENDINGS.some((e) => label.endsWith(e)) || label.endsWith('单价')) && !/超支|节约|节省|浪费|损失|增加/u.test(label);
}

export interface Options {
  checkSum: boolean;
  checkPerUnit: boolean;
}

/** At this many times the budget an amount is a 元/万元 slip, not an overspend (consistent-units says so). */
const SCALE_SLIP = 100n;
/** A name that totals other cost rows: summing it with them would count twice. */
const TOTAL_WORDS = ['总', '合计', '小计', '全部', '整体'];

function isScaleSlip(amount: Decimal, budget: Decimal): boolean {
  return compareDecimals(amount, multiplyDecimals(budget, { coefficient: SCALE_SLIP, exponent: 0 })) >= 0;
}

/** An amount in 元 shown in the table's money unit: 1200000 元 in a 万元 table → "120万元". */
function inTableUnit(yuan: Decimal, unit: MoneyUnit): string {
  return `${formatDecimal(scaleDecimal(yuan, -MONEY_UNIT_POWER[unit]))}${unit}`;
}

interface CostRow {
  node: IndicatorNode;
  amount: Decimal;
}

function shown(node: IndicatorNode): string {
  const value = node.value.value.trim();
  const unit = (node.value.unit ?? '').trim();
  return node.reading.valueUnit === undefined && unit !== '' ? `${value}${unit}` : value;
}

/** 元/人 → 人: the one thing a per-unit cost is counted per; undefined for 元/人/天 and the like. */
function perUnitDenominator(unit: string | undefined): string | undefined {
  const parts = (unit ?? '').split('/');
  return parts.length === 2 && parts[1] !== '' ? parts[1] : undefined;
}

/** "每年财政补助 1000万元" on a 1000万元 budget: money granted, the whole budget, as the target. */
function restatesFunding(node: IndicatorNode, name: string, budget: Decimal): boolean {
  if (node.reading.unitClass !== 'money' || node.reading.kind !== 'number' || !namesFundingNotCost(name)) return false;
  const amount = amountInYuan(node.reading);
  return amount !== undefined && compareDecimals(amount, budget) === 0;
}

function isCheckable(node: IndicatorNode): boolean {
  const r = node.reading;
  return node.isIndicatorRow && !r.unitConflict && (r.kind === 'number' || r.kind === 'range');
}

export default createRule({
  name: 'cost-within-budget',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '成本指标不得超过项目资金总额', en: 'Cost targets stay within the project budget' },
      recommended: 'error',
    },
    messages: {
      costOverBudget: {
        'zh-CN': '{{where}}：成本指标“{{name}}”的指标值“{{value}}”超过本项目资金总额{{budget}}：成本目标应在预算之内，请核实成本金额或资金总额',
        en: '{{where}}: the cost target "{{value}}" of "{{name}}" exceeds the project\'s total funding of {{budget}}: a cost target must fit the budget; check the amount or the funding',
      },
      costSumOverBudget: {
        'zh-CN': '项目“{{project}}”的{{rows}}个成本指标合计{{sum}}（{{list}}），超过本项目资金总额{{budget}}：各项成本之和应在预算之内，请核实各成本金额或资金总额',
        en: 'the {{rows}} cost targets of project "{{project}}" add up to {{sum}} ({{list}}), more than its total funding of {{budget}}: the costs together must fit the budget; check the amounts or the funding',
      },
      zeroCost: {
        'zh-CN': '{{where}}：成本指标“{{name}}”的指标值是“{{value}}”，成本为0无法考核：请填写预计要花的金额（如“≤1万元”）；确实不发生这项成本的，请删除该行',
        en: '{{where}}: the cost indicator "{{name}}" has the target "{{value}}"; a cost of nothing cannot be assessed: state the amount to be spent (e.g. "≤1万元"), or delete the row if there is no such cost',
      },
      fundingAsTarget: {
        'zh-CN': '{{where}}：指标“{{name}}”的指标值“{{value}}”就是本项目的资金总额{{budget}}，说的是拨了、发了多少钱，不是用这笔钱办成的事或花钱的成本：请改为产出（如补助人数、建成面积）或成本（如“人均补助标准≤X元”“项目总成本≤{{budget}}”）',
        en: '{{where}}: the target "{{value}}" of "{{name}}" is the project\'s whole funding of {{budget}}: it says how much money is granted or paid out, not what the money achieves or costs: use an output (people subsidised, area built) or a cost (subsidy per person ≤ X, 项目总成本 ≤ {{budget}})',
      },
      perUnitOverBudget: {
        'zh-CN': '{{where}}：单位成本“{{value}}”乘以第{{quantityRow}}行“{{quantityName}}”的“{{quantity}}”，需{{product}}，超过本项目资金总额{{budget}}：请核实标准、数量或资金总额',
        en: '{{where}}: the unit cost "{{value}}" times "{{quantity}}" in row {{quantityRow}} ("{{quantityName}}") comes to {{product}}, more than the project\'s total funding of {{budget}}: check the standard, the quantity or the funding',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        checkSum: { type: 'boolean', description: 'true: several cost rows that together exceed the budget are a finding / 多项成本合计超过资金总额也报告' },
        checkPerUnit: { type: 'boolean', description: 'true: a unit cost times its quantity above the budget is a finding / 单位成本×数量超过资金总额也报告' },
      },
    },
    defaultOptions: { checkSum: true, checkPerUnit: true } as Options,
  },
  create(context) {
    const { checkSum, checkPerUnit } = context.options;

    /** "办公费总成本 = 0万元" (内蒙古 乌海 2021): spending nothing is no cost target. */
    const checkZeroCost = (node: IndicatorNode) => {
      const reading = node.reading;
      if ((reading.unitClass !== 'money' && reading.unitClass !== 'rate-money') || reading.kind !== 'number' || reading.value !== 0) return;
      if (reading.comparison === '<' || reading.comparison === '<=') return; // ≤0 overrun reads as none allowed
      const name = node.value.name.trim();
      if (!namesCost(node.project.document.analysis.label(name))) return;
      context.report({ pointer: `${node.pointer}/value`, messageId: 'zeroCost', data: { ...node.where(), name, value: shown(node) } });
    };

    const checkProject = (project: ProjectNode) => {
      for (const node of project.indicators) if (isCheckable(node)) checkZeroCost(node);
      const unit = documentMoneyUnit(project.document.value);
      if (unit === undefined) return; // an unstated unit: the budget cannot be scaled
      const budget = budgetInYuan(project.value.funding, unit);
      if (budget === undefined) return;
      const budgetText = inTableUnit(budget, unit);
      const analysis = project.document.analysis;
      const fitting: CostRow[] = [];

      for (const node of project.indicators) {
        if (!isCheckable(node)) continue;
        const reading = node.reading;
        const name = analysis.label(node.value.name);
        if (name === '') continue;
        if (restatesFunding(node, name, budget)) {
          context.report({ pointer: `${node.pointer}/value`, messageId: 'fundingAsTarget', data: { ...node.where(), name: node.value.name.trim(), value: shown(node), budget: budgetText } });
          continue;
        }
        if (reading.unitClass === 'money' && isTotalCostRow(name, node.level1, node.level2)) {
          const amount = amountInYuan(reading);
          if (amount === undefined || amount.coefficient <= 0n || isScaleSlip(amount, budget)) continue;
          if (compareDecimals(amount, budget) > 0) {
            context.report({
              pointer: `${node.pointer}/value`,
              messageId: 'costOverBudget',
              data: { ...node.where(), name: node.value.name.trim(), value: shown(node), budget: budgetText },
            });
          } else {
            fitting.push({ node, amount });
          }
        } else if (checkPerUnit && reading.unitClass === 'rate-money') {
          checkUnitCost(project, node, budget, budgetText, unit);
        }
      }

      if (!checkSum || fitting.length < 2) return;
      if (fitting.some((c) => TOTAL_WORDS.some((w) => analysis.label(c.node.value.name).includes(w)))) return;
      const sum = sumDecimals(fitting.map((c) => c.amount));
      if (compareDecimals(sum, budget) <= 0 || isScaleSlip(sum, budget)) return;
      const last = fitting[fitting.length - 1]!.node;
      context.report({
        pointer: `${last.pointer}/value`,
        messageId: 'costSumOverBudget',
        data: {
          project: project.label,
          rows: fitting.length,
          sum: inTableUnit(sum, unit),
          list: fitting.map((c) => `${c.node.value.name.trim()} ${shown(c.node)}`).join('；'),
          budget: budgetText,
        },
      });
    };

    /** A per-unit cost against the one quantity row counted in its unit. */
    const checkUnitCost = (project: ProjectNode, node: IndicatorNode, budget: Decimal, budgetText: string, unit: MoneyUnit) => {
      const reading = node.reading;
      const per = perUnitDenominator(reading.unit);
      const rate = amountInYuan(reading);
      if (per === undefined || rate === undefined || rate.coefficient <= 0n) return;
      const quantities = project.indicators.filter(
        (q) => q !== node && isCheckable(q) && q.reading.kind === 'number' && q.reading.unit === per && q.reading.comparison !== '<=' && q.reading.comparison !== '<',
      );
      if (quantities.length !== 1) return; // none, or several counts of the same unit: which one is meant is a guess
      const q = quantities[0]!;
      const count = decimalFromNumber(upperBound(q.reading) ?? NaN);
      if (count === undefined || count.coefficient <= 0n) return;
      const product = multiplyDecimals(rate, count);
      if (compareDecimals(product, budget) <= 0 || isScaleSlip(product, budget)) return;
      context.report({
        pointer: `${node.pointer}/value`,
        messageId: 'perUnitOverBudget',
        data: {
          ...node.where(node.value.name.trim()),
          value: shown(node),
          quantityRow: q.index + 1,
          quantityName: q.value.name.trim(),
          quantity: shown(q),
          product: inTableUnit(product, unit),
          budget: budgetText,
        },
      });
    };

    return { project: checkProject };
  },
});
