/**
 * Unit classes in words, for messages: what a class is called in each language, and the unit a
 * clerk would write for it. The classes themselves (and which unit belongs to which) are the
 * value parser's; the words a 三级 name uses to imply a class are the vocabulary's.
 */
import type { LocalizedText } from '../i18n.js';
import type { UnitClass } from './value-reading.js';

export interface UnitClassWords {
  /** the class as a message names it: "a percentage (%)" */
  name: LocalizedText;
  /** the unit to suggest; '' when the class has none (dates, other) */
  unit: string;
}

export const UNIT_CLASS_WORDS: Readonly<Record<UnitClass, UnitClassWords>> = {
  percent: { name: { 'zh-CN': '百分比（%）', en: 'a percentage (%)' }, unit: '%' },
  permille: { name: { 'zh-CN': '千分比（‰）', en: 'per mille (‰)' }, unit: '‰' },
  people: { name: { 'zh-CN': '人数（人）', en: 'people (人)' }, unit: '人' },
  'person-times': { name: { 'zh-CN': '人次', en: 'person-times (人次)' }, unit: '人次' },
  count: { name: { 'zh-CN': '个数（个、家、项等）', en: 'a count (个, 家, 项 …)' }, unit: '个' },
  times: { name: { 'zh-CN': '次数（次、场等）', en: 'a number of times (次, 场 …)' }, unit: '次' },
  days: { name: { 'zh-CN': '天数（天）', en: 'days (天)' }, unit: '天' },
  hours: { name: { 'zh-CN': '时长（小时）', en: 'hours (小时)' }, unit: '小时' },
  months: { name: { 'zh-CN': '月数（月）', en: 'months (月)' }, unit: '个月' },
  years: { name: { 'zh-CN': '年数（年）', en: 'years (年)' }, unit: '年' },
  money: { name: { 'zh-CN': '金额（元、万元）', en: 'money (元, 万元)' }, unit: '元' },
  'rate-money': { name: { 'zh-CN': '单价（如元/人、元/吨）', en: 'money per unit (元/人, 元/吨 …)' }, unit: '元/人' },
  area: { name: { 'zh-CN': '面积（平方米等）', en: 'an area (平方米 …)' }, unit: '平方米' },
  mass: { name: { 'zh-CN': '重量（吨、公斤等）', en: 'a weight (吨, 公斤 …)' }, unit: '吨' },
  length: { name: { 'zh-CN': '长度（米、公里）', en: 'a length (米, 公里)' }, unit: '公里' },
  volume: { name: { 'zh-CN': '体积（立方米等）', en: 'a volume (立方米 …)' }, unit: '立方米' },
  livestock: { name: { 'zh-CN': '头数（头、羽等）', en: 'head of livestock (头, 羽 …)' }, unit: '头' },
  documents: { name: { 'zh-CN': '份数（份、篇、册等）', en: 'documents (份, 篇, 册 …)' }, unit: '份' },
  date: { name: { 'zh-CN': '日期', en: 'a date' }, unit: '' },
  other: { name: { 'zh-CN': '其他单位', en: 'another unit' }, unit: '' },
};
