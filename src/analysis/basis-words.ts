/**
 * 指标值确定依据 / 指标值说明 text that states no basis: a verdict on the value ("该指标值数据合理",
 * "设定科学合理") rather than where it comes from (计划标准, 行业标准, 历史标准, a document). Data.
 */
const VERDICT_WORDS = '合理|科学|准确|真实|可行|恰当|适当|适宜|符合实际|切实可行';
/** optional subject (该指标值数据, 本目标值), optional verb (设定, 取值), then only verdict words */
const EMPTY_BASIS = new RegExp(`^(?:该|本|此)?(?:指标值?|目标值?|指标值?数据|数据|数值|依据)?(?:设定|设置|取值|测算)?(?:较为|比较|基本|十分|非常)?(?:${VERDICT_WORDS})(?:[、,，和及与]?(?:${VERDICT_WORDS}))*[。.!！]?$`);

/** The text only judges the value (合理, 科学) and names no basis. */
export function isVerdictOnlyBasis(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/g, '');
  return t !== '' && EMPTY_BASIS.test(t);
}
