/**
 * Money in a target table: which 三级 rows state a project's total cost, and amounts and budgets
 * as exact 元 (see ./decimal.ts). The table's 资金 cells are in its money unit (元 or 万元, the
 * document's `moneyUnit`, 元 when unstated); an indicator value carries its own (5万元, 120元/人).
 */
import type { Funding, MoneyUnit, Submission } from '../document/model.js';
import { decimalFromNumber, scaleDecimal, type Decimal } from './decimal.js';
import type { IndicatorReading } from './value-reading.js';

/** Name endings of a total cost (成本指标). */
export const COST_ENDINGS: readonly string[] = ['成本', '费用', '经费', '花费', '支出', '开支'];
/** Words that make a cost a per-unit figure (人均, 每辆车, 单价, 补助标准): not comparable with the budget. */
export const PER_UNIT_WORDS: readonly string[] = ['均', '每', '单价', '单位成本', '标准', '单次', '单个', '单场', '单人'];
/**
 * Names of money handed out or granted (财政补助, 发放金额, 拨付资金), not of what it buys or costs:
 * with the project's whole budget as the target they restate the funding (湖北 襄阳 2021 "每年财政补助
 * 1000万元", 重庆 潼南 2023 "发放金额 ≥9.31万元"). "项目总成本", "项目计划总投资" name a cost and are not matched.
 */
const FUNDING_NAME = /补助|补贴|拨付|拨款|发放金额|资金/u;
const COST_NAME = /成本|费|投资|支出|开支|价/u;

export function namesFundingNotCost(name: string): boolean {
  return FUNDING_NAME.test(name) && !COST_NAME.test(name);
}

/** 二级 names under which every row is a cost. */
export const COST_LEVEL2: ReadonlySet<string> = new Set(['成本指标', '经济成本指标', '社会成本指标', '生态环境成本指标']);

/** 二级 names whose rows are money: the economic cost (社会/生态环境成本 may be effects told in words). */
const MONEY_COST_LEVEL2: ReadonlySet<string> = new Set(['成本指标', '经济成本指标']);
/**
 * A percentage about amounts of money: a money noun and what happens to the amount (成本控制率,
 * 预算执行率, 资金节约率, 控制支出成本), or a price held down (价格控制). Work done on money is not:
 * 库存成本核算率 counts accounts kept, 收购价格执行率 a price policy applied (湖南 衡山 2020, sent
 * back by the blind reviewer as not costs).
 */
const MONEY_RATE =
  /(?:成本|费用|经费|资金|预算|支出|开支|投资|造价|花费)\S{0,4}?(?:控制|节约|节支|超支|降低|下降|压减|执行|使用|到位|支付|拨付|结算|完成|占比|比例|比重|增长|增幅|变动|偏差|调整)|(?:控制|节约|降低|压减|下降)\S{0,6}?(?:成本|费用|经费|支出|开支|造价|价格|单价)|单价|价格(?:控制|降低|下降|涨幅|偏差)/u;

export function isRateFiledAsCost(name: string, level1: string | null, level2: string | null): boolean {
  const isEconomicCost = level2 !== null ? MONEY_COST_LEVEL2.has(level2) : level1 === '成本指标';
  return isEconomicCost && !MONEY_RATE.test(name);
}

/**
 * A row that states a total cost of the project: a name ending in 成本/费用/经费…, or any row under
 * the 成本 一级 or a 成本 二级, unless the name makes it a per-unit figure.
 * `name` is the normalised label; `level1`/`level2` the canonical names (null when unknown).
 */
export function isTotalCostRow(name: string, level1: string | null, level2: string | null): boolean {
  if (PER_UNIT_WORDS.some((w) => name.includes(w))) return false;
  return COST_ENDINGS.some((e) => name.endsWith(e)) || level1 === '成本指标' || (level2 !== null && COST_LEVEL2.has(level2));
}

/**
 * The unit of the table's 资金 cells: the document's `moneyUnit` (the schema's default is 元), or
 * undefined when a spreadsheet did not state it (`source.unstated`): an amount then cannot be
 * compared across scales, and the checks that would compare it stay silent.
 */
export function documentMoneyUnit(document: Pick<Submission, 'moneyUnit' | 'source'>): MoneyUnit | undefined {
  if (document.moneyUnit) return document.moneyUnit;
  return document.source?.unstated?.includes('moneyUnit') ? undefined : '元';
}

/** Powers of ten of the table's money units. */
export const MONEY_UNIT_POWER: Readonly<Record<MoneyUnit, number>> = { 元: 0, 万元: 4 };

/** The power of ten of a reading's money scale (1 → 0, 1e4 → 4, 1e8 → 8); undefined for other scales. */
export function moneyScalePower(scale: number | undefined): number | undefined {
  if (scale === undefined) return undefined;
  const power = Math.round(Math.log10(scale));
  return power >= 0 && 10 ** power === scale ? power : undefined;
}

/** A 资金 cell as exact 元; undefined when it is empty or not a number. */
export function fundingInYuan(amount: number | null | undefined, unit: MoneyUnit): Decimal | undefined {
  if (typeof amount !== 'number') return undefined;
  const d = decimalFromNumber(amount);
  return d === undefined ? undefined : scaleDecimal(d, MONEY_UNIT_POWER[unit]);
}

/** The project's 资金总额 as exact 元, when it is a positive number. */
export function budgetInYuan(funding: Funding | undefined, unit: MoneyUnit): Decimal | undefined {
  const total = funding?.total;
  if (typeof total !== 'number' || !(total > 0)) return undefined;
  return fundingInYuan(total, unit);
}

/** The largest amount a number or range reading allows, as written (before its unit's scale). */
export function upperBound(reading: IndicatorReading): number | undefined {
  return reading.kind === 'number' ? reading.value : reading.kind === 'range' ? reading.max : undefined;
}

/** A money reading's upper bound in exact 元 (5万元 → 50000). */
export function amountInYuan(reading: IndicatorReading): Decimal | undefined {
  const n = upperBound(reading);
  const power = moneyScalePower(reading.moneyScale);
  if (n === undefined || power === undefined) return undefined;
  const d = decimalFromNumber(n);
  return d === undefined ? undefined : scaleDecimal(d, power);
}
