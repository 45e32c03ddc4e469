/** Regular expressions of the value reader, compiled once; sticky ones are used with an explicit lastIndex. */

// ---------------------------------------------------------------------------------------------
// Regular expressions (compiled once; sticky ones are used with an explicit lastIndex)
// ---------------------------------------------------------------------------------------------

/** 1,000 (ASCII comma only: a Chinese ， separates clauses) or 12.5. */
export const NUMBER_AT = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?/y;
export const THOUSANDS_SEPARATORS = /,/g;
/** 2021年 / 2021年12月 / 2021年12月31日 */
export const DATE_CN_AT = /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?/y;
/** 2021-12-31, 2021.12, 2021/12 */
export const DATE_SEPARATED_AT = /(\d{4})([./-])(\d{1,2})(?:\2(\d{1,2}))?(?!\d|%|\.\d)/y;
/** 12/2019 (month/year, as in the 浙江 2019 templates' 月/年) */
export const MONTH_SLASH_YEAR_AT = /(\d{1,2})\/(\d{4})(?!\d)/y;
/** 12月31日 */
export const MONTH_DAY_CN_AT = /(\d{1,2})月(\d{1,2})[日号]/y;
/** 12月底, 6月前: a bare "N月" is a duration (=12月 → 12 months), so a month needs a marker. */
export const MONTH_MARKED_AT = /(\d{1,2})月(?=底|末|初|上旬|中旬|下旬|中|份|前|之前|以前)/y;
export const QUARTER_AT = /第?([一二三四1-4])季度/y;
export const YEAR_WORD_AT = /年底|年末|年内|年中|上半年|下半年/y;
export const DATE_PERIOD_MARK_AT = /底|末|初|上旬|中旬|下旬|份|中/y;
export const DEADLINE_MARK_AT = /之前|以前|为止|前|内/y;
export const COMPLETION_AT = /完成|完工|竣工|结束|办结|到位/y;
/** ** / ××× / XX inside longer text: an unfilled template. */
export const EMBEDDED_PLACEHOLDER = /\*{2,}|×{2,}|(?<![A-Za-z])[xX]{2,}(?![A-Za-z])/;
/** Cells made only of dashes, slashes, dots, ellipses, question marks. */
export const FILLER_ONLY = /^[-—_/\\.…~?？·]+$/;
/** Characters compact() may need to change; most cells have none, so it can return the text untouched. */
export const NEEDS_COMPACTING = /[\s\uFF01-\uFF0B\uFF0D-\uFF5E\u2266\u2267\u2A7D\u2A7E\u301C\uFE63-\uFE66\uFE6A\u2013\u2212\u00B2\u00B3\u30FB\u2022\u2027\u200B-\u200D\uFEFF]/;

/** Runs a sticky regex at a position of the text. */
export function execAt(re: RegExp, t: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(t);
}
