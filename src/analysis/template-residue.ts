/**
 * Template residue in an indicator name: the fill-in hint a template prints next to the name
 * ("培训人数(≥**人)", "项目总成本(≤**万元)", "排污沟(≥米)", "受益人口数≥**人"), the stars that mark a row as required
 * ("*资产股权年收益率", "★★★培训人数"). The clerk kept the name and left the hint: the fix is to
 * delete the hint, not to name the indicator anew. The numbering "指标1:" that exported tables
 * print in front of every 三级 name is left alone: reviewers do not send it back.
 */

/** A bracketed hint holding a template mark: (≥**人), （≤XX万元）, ( ≥**% ). */
const BRACKETED_HINT = /\s*[(（][^()（）]*?(?:\*{2,}|(?<![A-Za-z])[xX]{2,}(?![A-Za-z])|×{2,})[^()（）]*?[)）]/gu;
/** A bracketed sign and unit with the number never filled in: (≥米), （≤万元）, (≥%). */
const BRACKETED_SIGN_UNIT = /\s*[(（]\s*(?:>=|<=|[≥≤＞＜><=＝])\s*(?:\p{Script=Han}{1,3}|[%％])\s*[)）]/gu;
/** An unbracketed hint at the end: ≥**人, >***%, ≤XX万元. */
const TRAILING_HINT = /\s*[≥≤＞＜><=＝]\s*(?:\*{2,}|(?<![A-Za-z])[xX]{2,}(?![A-Za-z])|×{2,})[^\s，,。；;]{0,6}$/u;
/** Required-field stars in front or at the end. */
const EDGE_STARS = /^[\s*＊★☆]+|[\s*＊★☆…]+$/gu;
/** What is left must still read as a name: some letters or CJK, no template mark. */
const HAS_WORDS = /[\p{Script=Han}A-Za-z]{2,}/u;
const TEMPLATE_MARK = /\*\*|××|[xX]{2}|[★☆]/u;

export interface NameResidue {
  /** the name with the residue removed */
  name: string;
  /** the residue as written, pieces joined by "、" */
  residue: string;
}

/**
 * The name without its template residue, and the residue; undefined when the cell has none, or
 * when nothing that reads as a name is left (then the whole cell is a placeholder).
 */
export function nameResidue(text: string): NameResidue | undefined {
  const pieces: string[] = [];
  let name = text.trim();
  const take = (re: RegExp) => {
    name = name.replace(re, (m) => {
      if (m.trim() !== '') pieces.push(m.trim());
      return '';
    });
  };
  take(BRACKETED_HINT);
  take(BRACKETED_SIGN_UNIT);
  take(TRAILING_HINT);
  take(EDGE_STARS);
  name = name.replace(/[。.]$/u, '').trim();
  if (pieces.length === 0 || !HAS_WORDS.test(name) || TEMPLATE_MARK.test(name)) return undefined;
  return { name, residue: pieces.join('、') };
}

/**
 * "……" standing alone in a cell: the template's "add more rows here", which a filed table should
 * neither keep nor fill with it (湖南 宁乡 2021 and 四川 阆中 2021 keep it in the 二级 column).
 */
const ELLIPSIS = /^(?:…+|\.{3,}|。{3,}|·{3,})$/u;

export function isEllipsis(text: string | undefined): boolean {
  return text !== undefined && ELLIPSIS.test(text.trim());
}

/** 指标1, 指标2： standing alone: the template's numbering of a 三级 row the clerk did not fill (河北 廊坊 2019 自评表). */
const TEMPLATE_ROW_NUMBER = /^指标\s*[0-9０-９一二三四五六七八九十]{1,2}\s*[:：.．、]?$/u;

/** A 三级 cell the template printed and the clerk left as it was: its numbering (指标2) or its "……". */
export function isTemplateRowName(text: string | undefined): boolean {
  return text !== undefined && (isEllipsis(text) || TEMPLATE_ROW_NUMBER.test(text.trim()));
}

/**
 * The note an indicator library prints under its list ("注:各地请根据实际情况,从上述绩效指标中选择适合的
 * 填报…", 湖南 衔接资金 指标库): an instruction for choosing from the library. Left under a filed table,
 * the library was copied whole. A form's own notes (“其他资金”是指…, 一级指标分值统一设置为…) are not it.
 */
const LIBRARY_NOTE_WORDS: readonly string[] = Object.freeze(['从上述绩效指标中选择', '从上述指标中选择', '从以上指标中选择']);

export function isIndicatorLibraryNote(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return LIBRARY_NOTE_WORDS.some((w) => t.includes(w));
}
