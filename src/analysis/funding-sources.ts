/**
 * The sources a project's 资金总额 is made of (the 其中 cells of the 资金情况 block), as the model
 * names them and as a clerk reads them. Every source is a part of the total: none is a sub-item of
 * another in any template we have (浙江 一般公共预算/政府性基金/专户/其他; 河北 部门整体 adds
 * 提前告知转移支付, 上年结转, 单位自筹; the 转移支付 自评表 splits a transfer into 中央财政资金 and 地方资金).
 */
import type { Funding } from '../document/model.js';
import type { LocalizedText } from '../i18n.js';

export type FundingSource = Exclude<keyof Funding, 'total'>;

export const FUNDING_SOURCES: Readonly<Record<FundingSource, LocalizedText>> = {
  generalBudget: { 'zh-CN': '一般公共预算（财政拨款）', en: 'general public budget' },
  governmentFund: { 'zh-CN': '政府性基金', en: 'government fund' },
  specialAccount: { 'zh-CN': '财政专户', en: 'special account' },
  advanceTransfer: { 'zh-CN': '提前告知转移支付', en: 'transfers notified in advance' },
  carryOver: { 'zh-CN': '上年结转', en: 'carried over' },
  selfRaised: { 'zh-CN': '单位自筹', en: 'raised by the unit' },
  centralFunds: { 'zh-CN': '中央财政资金', en: 'central funds' },
  localFunds: { 'zh-CN': '地方资金', en: 'local funds' },
  other: { 'zh-CN': '其他资金', en: 'other funds' },
};

/** The sources filed with a number, in template order. */
export function filledSources(funding: Funding): Array<[FundingSource, number]> {
  const out: Array<[FundingSource, number]> = [];
  for (const key of Object.keys(FUNDING_SOURCES) as FundingSource[]) {
    const v = funding[key];
    if (typeof v === 'number' && Number.isFinite(v)) out.push([key, v]);
  }
  return out;
}

/** Some source line is printed and left empty (null, where an absent key is a line the table does not print). */
export function hasBlankSource(funding: Funding): boolean {
  return (Object.keys(FUNDING_SOURCES) as FundingSource[]).some((key) => funding[key] === null);
}
