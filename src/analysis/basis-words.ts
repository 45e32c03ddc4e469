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

/**
 * What a project's 立项依据 can cite: a document (《…》, a 文号 such as 〔2016〕190号 or (2022)00001),
 * a plan, a rule, an approval, a meeting or an agreement. Data: extend freely.
 */
const SOURCE_WORDS = /《|号|文件|方案|规划|计划|纲要|办法|细则|规定|条例|法规|法律|通知|意见|决定|决议|纪要|会议|批复|批示|批准|审批|立项|政策|精神|指示|要求|部署|合同|协议|标准|指南|函/u;
const YEAR_IN_BRACKETS = /[(（〔[]\s*(?:19|20)\d{2}\s*[)）〕\]]/u;

/** A 立项依据 that cites nothing a reviewer could look up ("潼南区五桂镇项目汇总"). */
export function citesNoSource(text: string): boolean {
  const t = text.replace(/[\s\u3000]+/g, '');
  return t !== '' && !SOURCE_WORDS.test(t) && !YEAR_IN_BRACKETS.test(t);
}
