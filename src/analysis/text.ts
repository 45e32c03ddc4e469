/**
 * The text normalisers, in one place. They differ on purpose — each keeps what its comparison
 * needs — so each is named for what it compares, and all start from the same step: fold widths
 * (NFKC or full-width → half-width) and drop whitespace.
 */

/** Whitespace of every kind, zero-width characters, and the soft hyphen PDF extraction leaves. */
const INVISIBLE = /[\s\u00ad\u200b-\u200d\u2060\ufeff]+/g;
const WHITESPACE = /\s+/gu;
/**
 * "一、", "1.", "（二）" in front of a name, and the templates' "指标1:" when a name follows it (the
 * colon left out too: 河北 廊坊 2019 "指标1工程完工率").
 */
const LEADING_NUMBERING = /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[、.．]|指标\s*\d{1,2}\s*(?:[:：](?=\S)|(?=[\u4e00-\u9fa5])))/;
const FULL_WIDTH = /[\uff01-\uff5e]/g;

const toHalfWidth = (ch: string): string => String.fromCharCode(ch.charCodeAt(0) - 0xfee0);

/** Punctuation that may end a name without changing it. */
const LABEL_TRAILING_PUNCTUATION = /[:：;；,，。]+$/;
/** Punctuation a copied cell may gain or lose at its end (a final 。 or !) without being changed. */
const COPY_TRAILING_PUNCTUATION = /[。.，,；;：:、!?！？]+$/u;

/** The text without its numbering in front ("指标1:", "一、"): a digit there is not a target's. */
export function withoutLeadingNumbering(text: string): string {
  return text.replace(LEADING_NUMBERING, '');
}

/**
 * An indicator name (一级/二级/三级) as the vocabulary compares it: no numbering in front
 * ("一、", "（二）"), no trailing colon or full stop, half-width, no spacing.
 */
export function normalizeIndicatorLabel(name: string): string {
  if (typeof name !== 'string') return '';
  return name.replace(INVISIBLE, '').replace(FULL_WIDTH, toHalfWidth).replace(LEADING_NUMBERING, '').replace(LABEL_TRAILING_PUNCTUATION, '');
}

/**
 * Any cell as copies are compared: clerks' copies differ in width, spacing, letter case and a
 * final 。; those are not changes.
 */
export function normalizeForCopyComparison(text: string | undefined): string {
  if (!text) return '';
  return text.normalize('NFKC').replace(WHITESPACE, '').replace(COPY_TRAILING_PUNCTUATION, '').toLowerCase();
}

/** A spreadsheet header or label cell ("项目名称：", "指 标 值", "*项目名称"): spacing, widths, a required mark and a trailing colon ignored. */
export function normalizeHeaderLabel(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '').replace(REQUIRED_MARK, '').replace(/[:：]+$/, '');
}

/** "*项目名称", "★主管部门": a template's mark of a required field, not part of the label. */
const REQUIRED_MARK = /^[*★※]+/u;

/** Sentence punctuation: a cell holding any of it is prose, not a name. */
export const SENTENCE_MARK = /[，。；;,:：、！!？?]/;

/** The longest text still taken for an indicator name rather than a phrase or sentence. */
export const NAME_MAX_LENGTH = 20;

/**
 * Text that reads as an indicator name: short, one phrase, no sentence punctuation. Callers that
 * judge a looser cell (a description standing in for a name) ask for a shorter `maxLength`.
 */
export function isNameLike(text: string, { minLength = 1, maxLength = NAME_MAX_LENGTH } = {}): boolean {
  return text.length >= minLength && text.length <= maxLength && !SENTENCE_MARK.test(text);
}

/**
 * A table's own label (an extensions key) as matched and shown in a message: "主管部门：", "主 管 部 门",
 * "*实际完成情况", "实际\n完成情况" → 主管部门, 实际完成情况 (the header-label normalisation).
 */
export function shownLabel(label: string): string {
  return normalizeHeaderLabel(label);
}

/** A form's option followed by an empty box: 持续性项目口, 新增项目□ (口 is how 宋体 renders an empty □ in copied text). */
const UNTICKED_OPTION = /项目\s*[□口](?![\u4e00-\u9fa5])/gu;
/** An option followed by R, the Wingdings tick (湖南 南岳 2023 “延续项目R”); the other marks are CHOICE_MARK, a choice wherever they stand. */
const TICKED_OPTION = /项目\s*R/u;

/** A mark that chooses an option wherever it stands (□1、财政拨款 ☑2、专项资金). */
const CHOICE_MARK = /[√✓✔☑☒■●◉▣⊙]/u;
const NUMBERED_OPTION_START = /\s+(?=[□☐]?\s*0?\d{1,2}[、.．])/u;
const NUMBERED_OPTION = /^[□☐]?\s*0?(\d{1,2})[、.．]\s*[^\s□☐]{1,12}?\s*([□☐口])?$/u;
const MAX_OPTIONS_TEXT = 60;
const FIRST_NUMBERED_OPTION = /^\s*[□☐]?\s*0?1[、.．]/u;

/**
 * The form's options numbered 1, 2, 3 and none marked: "1、部门预算项目   2、市直专项" (湖北 黄石 2023,
 * both readings). Where the options carry boxes, one that lost its box had it replaced by the tick
 * (广水 2021 "1、常年性 2、延续性□ 3、一次性□": 常年性 chosen, both readings), so only boxes on every
 * option, or on none, leave the choice unmade.
 */
function numberedOptionsUnmarked(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_OPTIONS_TEXT || CHOICE_MARK.test(t)) return false;
  const options = t.split(NUMBERED_OPTION_START).map((piece) => NUMBERED_OPTION.exec(piece.trim()));
  if (options.length < 2 || options.some((m, i) => m === null || Number(m[1]) !== i + 1)) return false;
  const boxed = options.map((m) => m![2] !== undefined || /^[□☐]/u.test(m![0]));
  return boxed.every((b) => b === boxed[0]);
}

/**
 * The form lists its options and none is ticked. Numbered ones ("1、持续性项目口 2、新增性项目口", 湖北 襄阳
 * 2021) as numberedOptionsUnmarked reads them; others by a box after each ("新增项目□ 延续项目□": two
 * empty boxes at least, and no ticked one). A mark anywhere is a choice (云南 昌宁 2022 "2、县直专项 ☑").
 */
export function optionsLeftUnticked(text: string): boolean {
  if (CHOICE_MARK.test(text)) return false;
  if (FIRST_NUMBERED_OPTION.test(text)) return numberedOptionsUnmarked(text);
  return (text.match(UNTICKED_OPTION)?.length ?? 0) >= 2 && !TICKED_OPTION.test(text);
}

/** A long text as a message quotes it: whitespace runs as one space, cut at 40 characters with “…”. */
export function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}
