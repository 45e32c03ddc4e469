/**
 * A numbered outline written down the 三级 column (云南 隆阳 2022: "二、化肥减量增效田间试验 ≧15组", then
 * "1、肥料利用率 ≧5组", "2、化肥减量增效 ≧5组"): the numbered items under a heading break its count down,
 * and their names are short for kinds of the heading's thing (肥料利用率 is the 肥料利用率试验).
 */

/** 一、 二. 十、: an outline heading's number */
const HEADING_NUMBER = /^[一二三四五六七八九十]{1,3}[、.．]/u;
/** 1、 2. 3） (4): an item's number under a heading */
const ITEM_NUMBER = /^(?:\d{1,2}[、.．)）]|[(（]\d{1,2}[)）])/u;
/** An outline's items under one heading are few; a longer run is no outline of this kind. */
const MAX_ITEMS = 20;

/**
 * The index of the heading a numbered item stands under: the nearest row above with a 一、 number,
 * with only numbered items between. Undefined for a row that is no numbered item, or has no heading.
 */
export function outlineHeadingIndex(names: readonly string[], index: number): number | undefined {
  if (!ITEM_NUMBER.test((names[index] ?? '').trim())) return undefined;
  for (let i = index - 1; i >= 0 && index - i <= MAX_ITEMS; i--) {
    const name = (names[i] ?? '').trim();
    if (HEADING_NUMBER.test(name)) return i;
    if (!ITEM_NUMBER.test(name)) return undefined;
  }
  return undefined;
}
