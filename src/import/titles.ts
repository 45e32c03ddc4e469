/**
 * Rows that are not table content: titles, section headings, the 部门名称/单位 lines above a table,
 * page numbers and signature lines. Titles still carry facts (year, region, kind of table).
 */
import type { MoneyUnit, ProjectKind } from '../document/model.js';
import { normalizeLabel } from './vocabulary.js';

// (2023年慈溪市重大政策和项目绩效目标情况: a disclosure's title over its tables)
const TABLE_TITLE = /(?:绩效目标|绩效信息|绩效目标申报|申报|自评|绩效|评价)(?:公开)?表(?:[(][^()]*[)])?(?:公开)?$|部门整体.*目标$|自评结果$|绩效目标(?:情况|公开)$/;
const SECTION_HEADING = /^第[一二三四五六七八九十\d]+部分|^(?:专项资金|预算项目|项目支出|部门整体支出|部门整体)绩效目标$/;
const YEAR_SUBTITLE = /^[(（]?\d{4}年度?[)）]?$/;
/** - 3 -, 第1页，共2页, 共2页 第1页, 1/2 (spaces taken out first) */
const PAGE_NUMBER = /^[-—–－]*\d+[-—–－]*$|^第\d+页(?:[,，]?共\d+页)?$|^共\d+页[,，]?第\d+页$|^\d+\/\d+$/;
const SIGNATURE = /经办人|项目责任人|负责人[（(]签字|签字[)）]?[:：]|联系电话[:：]?|填报日期|审核人|填表人|填报人[:：]|上报时间|制表人/;
/** notes under a table, attachment captions and the reviewer's rows: never table content */
const NOTE_OR_REVIEW = /^(?:注|说明|备注|填报说明)[:：]|^附件\s*\d*\s*[:：]?|^附表\s*\d*|审核意见|^公开\d+表$|^[(（]盖公?章[)）]$|[(（]盖公?章[)）]\s*年\s*月\s*日/;
/** a row the reviewing offices fill in (财政部门审核意见 | (盖章)): never part of the table */
const REVIEWER_ROW = /(?:审核|初审|审查|评审|复核|审批)意见/;

/** 说明：, 注：, 填报说明： opening a row: the notes under a table begin, and its rows have ended */
const NOTES_OPENER = /^(?:注|说明|备注|填报说明)[:：]/;

export function opensNotes(text: string): boolean {
  return NOTES_OPENER.test(text.trim().normalize('NFKC'));
}

export function isTableTitle(text: string): boolean {
  if (text.length > MAX_LABEL_LINE) return false;
  const t = normalizeLabel(text);
  return TABLE_TITLE.test(t) || YEAR_SUBTITLE.test(t);
}

/** （2023年度）: a subtitle under a table title */
export function isYearSubtitle(text: string): boolean {
  return YEAR_SUBTITLE.test(normalizeLabel(text));
}

export function isSectionHeading(text: string): boolean {
  return SECTION_HEADING.test(normalizeLabel(text));
}

export function isPageFurniture(text: string): boolean {
  const t = text.trim();
  return PAGE_NUMBER.test(t.replace(/\s+/gu, '')) || SIGNATURE.test(t) || NOTE_OR_REVIEW.test(t.normalize('NFKC'));
}

/** the first cell of a row that belongs to the reviewers, not to the clerk's table */
export function isReviewerRow(firstCell: string): boolean {
  return firstCell.length <= MAX_LABEL_LINE && REVIEWER_ROW.test(firstCell.normalize('NFKC'));
}

/** A title or heading says what kind of tables follow; undefined when it does not say. */
export function kindFromHeading(text: string): ProjectKind | undefined {
  const t = normalizeLabel(text);
  // 转移支付整体绩效目标 (安徽 霍山 2024) is the whole of a transfer payment, not a department's spending
  if (t.includes('整体') && !t.includes('转移支付')) return 'overall';
  if (t.includes('预算项目') || t.includes('项目支出')) return 'project';
  if (t.includes('专项资金')) return 'special-fund';
  return undefined;
}

/** longer than any label line or title a table prints */
const MAX_LABEL_LINE = 200;

export interface MetaLine {
  kind: 'department' | 'reportingUnit' | 'moneyUnit' | 'region' | 'budgetExecutionWeight';
  value: string;
}

const META_LABELS: Array<[MetaLine['kind'], RegExp]> = [
  ['department', /^(?:部门名称|部门\(单位\)名称|主管部门(?:名称|及编码|及代码)?|预算部门(?:名称)?|部门)$/],
  ['reportingUnit', /^(?:填报单位|预算单位|实施单位|项目单位|单位名称|项目实施单位|申报单位|具体实施单位|单位信息)(?:名称)?(?:\((?:盖)?公?章\))?$/],
  ['moneyUnit', /^(?:金额|资金)?单位$/],
  ['region', /^(?:所属)?地区$/],
  // the 四川 一体化 export prints it as a label：value cell above its grid
  ['budgetExecutionWeight', /^预算执行率(?:权重|分值)(?:\(%\))?$/],
];

/**
 * "部门名称：绍兴市商务局", "填报单位（盖公章）：…", "单位：元", "填报单位:(盖章) 单位:万元": one or more
 * label：value pairs filling a cell. Undefined when the cell is anything else.
 */
export function metaLine(text: string): MetaLine[] | undefined {
  // label lines are short; the pattern below would take quadratic time on a pasted essay
  // a label line has a colon; most cells (every indicator row) have none and are not looked at further
  if (text.length > MAX_LABEL_LINE || !/[:：∶]/.test(text)) return undefined;
  // (a required mark before a label, and spaces between its characters, "*主 管 部 门：", are no part of it)
  const t = text.normalize('NFKC').trim().replace(/^[*★※]+/u, '').replace(/(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])/gu, '');
  const parts = [...t.matchAll(/([^:\s]+?)\s*:\s*((?:(?![^:\s]+\s*:)[^])*)/g)];
  if (parts.length === 0 || parts[0]!.index !== 0) return undefined;
  const out: MetaLine[] = [];
  for (const [, rawLabel, rawValue] of parts) {
    const label = rawLabel!.replace(/\s+/g, '');
    const value = rawValue!.trim().replace(/^\((?:盖)?公?章\)\s*/, '');
    const kind = META_LABELS.find(([, re]) => re.test(label))?.[0];
    if (!kind) return undefined;
    if (kind === 'moneyUnit') {
      const unit = /^(万元|元)/.exec(value)?.[1];
      if (!unit) return undefined;
      out.push({ kind, value: unit });
    } else out.push({ kind, value });
  }
  return out;
}

/**
 * "整体目标: 组织协调推进全州食品安全重点工作;…" (the 四川 一体化 export, 甘孜): a goal label and its
 * text in one cell, however long the text. The label and the goal, or undefined.
 */
export function goalInCell(text: string): { label: string; goal: string } | undefined {
  const m = /^\s*[*★※]?\s*((?:年度|项目|部门)?(?:整体|总体)?(?:绩效)?目标)\s*[:：∶]\s*(\S[^]*)$/u.exec(text);
  return m ? { label: m[1]!, goal: m[2]!.trim() } : undefined;
}

/**
 * "项目名称：…" as one cell of a row of label：value cells (the 四川 一体化 export). Not a label line
 * by itself: beside a value cell ("项目名称：" | 某某) it is the label of a label/value pair.
 */
export function projectNameInCell(text: string): string | undefined {
  if (text.length > MAX_LABEL_LINE) return undefined;
  return /^\s*[*★※]?\s*项\s*目\s*名\s*称\s*[:：∶]\s*([^]*)$/.exec(text)?.[1]?.trim();
}

/** 单位：万元, （万元）, 金额单位：元 anywhere in a cell */
export function moneyUnitMentioned(text: string): MoneyUnit | undefined {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const m = /(?:金额|资金)?单位:(万元|元)|\((万元|元)\)/.exec(t);
  return (m?.[1] ?? m?.[2]) as MoneyUnit | undefined;
}

export function asMoneyUnit(text: string): MoneyUnit | undefined {
  return text === '元' || text === '万元' ? text : undefined;
}

const MUNICIPALITY = /^(北京市|天津市|上海市|重庆市)/;
const PROVINCE = /^([\u4e00-\u9fa5]{2,8}?(?:省|自治区|特别行政区))/;
const CITY = /^([\u4e00-\u9fa5]{2,5}?(?:市|自治州|地区|盟))(?!级)/;
const COUNTY = /^([\u4e00-\u9fa5]{1,5}?(?:县|区|旗))(?![级域])/;

/**
 * Region named at the very start of a title: 浙江省绍兴市2021年…, 邢台市市级部门…. Only the start
 * counts, so words inside a title (…城市建设专项…) are never mistaken for places.
 */
export function regionAtStart(text: string): { province?: string; city?: string; county?: string } {
  let rest = normalizeLabel(text);
  const out: { province?: string; city?: string; county?: string } = {};
  const municipality = MUNICIPALITY.exec(rest);
  const province = municipality ?? PROVINCE.exec(rest);
  if (province) {
    out.province = province[1]!;
    rest = rest.slice(province[1]!.length);
  }
  const city = municipality ? undefined : CITY.exec(rest);
  if (city) {
    out.city = city[1]!;
    rest = rest.slice(city[1]!.length);
  }
  if (out.province || out.city) {
    const county = COUNTY.exec(rest);
    if (county) out.county = county[1]!;
  }
  return out;
}
