/**
 * Points a table declares in a 一级/二级 label: "产出指标(50分)", "效益指标（30分）",
 * "成本指标(0-20)分", "产出指标\n(40-50)分". Self-evaluation forms and some target forms print the
 * framework weight next to the category; the 三级 weights under it must add up to it.
 */

export interface DeclaredPoints {
  /** the label without the declaration ("产出指标") */
  name: string;
  /** the points, or the lower bound of a range */
  min: number;
  /** equal to min unless a range is declared */
  max: number;
  /** the declaration as written ("50分", "0-20分") */
  text: string;
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const DECLARATION = new RegExp(String.raw`^(.*?)\s*[（(]\s*${NUMBER}(?:\s*[-—–~～至]\s*${NUMBER})?\s*(?:分|points?)?\s*[)）]\s*(?:分)?\s*$`, 'su');

/** The points a label declares, or undefined when it declares none (a bare number must say 分 or stand in brackets). */
export function declaredPoints(label: string | undefined): DeclaredPoints | undefined {
  if (!label) return undefined;
  const m = DECLARATION.exec(label.trim());
  if (!m) return undefined;
  const [, name = '', a = '', b] = m;
  // "(2023)" is a year, not points: require 分 somewhere or a value that can be points.
  if (!/分/.test(label) || name.trim() === '') return undefined;
  const low = Number(a);
  const high = b === undefined ? low : Number(b);
  if (!Number.isFinite(low) || !Number.isFinite(high) || high < low || high > 100) return undefined;
  return { name: name.trim(), min: low, max: high, text: b === undefined ? `${a}分` : `${a}-${b}分` };
}
