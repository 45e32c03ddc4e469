/** The words the value reader knows: units, placeholders, not-applicable words, comparison signs and qualifiers, and their lookup indexes. */
import type { Comparison, UnitClass, UnitEntry, UnitTable } from './types.js';

// ---------------------------------------------------------------------------------------------
// Data: units, placeholders, comparison words
// ---------------------------------------------------------------------------------------------

export const u = (cls: UnitClass, canonical: string, scale?: number): UnitEntry =>
  scale === undefined ? { class: cls, canonical } : { class: cls, canonical, scale };

/** Unit spellings seen in real tables. Scaled forms (万人次, 万吨…) are derived from 万/亿/千 + a base unit. */
export const UNIT_TABLE: UnitTable = Object.freeze({
  '%': u('percent', '%'),
  '百分比': u('percent', '%'),
  '百分率': u('percent', '%'),
  '百分点': u('percent', '百分点'),
  '个百分点': u('percent', '百分点'),
  '‰': u('permille', '‰'),
  '千分比': u('permille', '‰'),

  '人': u('people', '人'),
  '名': u('people', '人'),
  '位': u('people', '人'),
  '人次': u('person-times', '人次'),
  '人/次': u('person-times', '人次'),
  '人·次': u('person-times', '人次'),

  '个': u('count', '个'),
  '家': u('count', '家'),
  '项': u('count', '项'),
  '辆': u('count', '辆'),
  '台': u('count', '台'),
  '套': u('count', '套'),
  '件': u('count', '件'),
  '所': u('count', '所'),
  '处': u('count', '处'),
  '座': u('count', '座'),
  // a batch is an occurrence, like 批次 (抽检批次 ≥200批)
  '批': u('times', '批'),
  '户': u('count', '户'),
  '条': u('count', '条'),
  '块': u('count', '块'),
  '张': u('count', '张'),
  '只': u('count', '只'),
  '株': u('count', '株'),
  '棵': u('count', '棵'),
  '栋': u('count', '栋'),
  '间': u('count', '间'),
  '类': u('count', '类'),
  '种': u('count', '种'),
  '支': u('count', '支'),
  '组': u('count', '组'),
  '队': u('count', '队'),
  '部': u('count', '部'),
  '台套': u('count', '台套'),

  '次': u('times', '次'),
  // incidents and cases: 安全事故0起, 传染病报告14例
  '起': u('times', '起'),
  '例': u('times', '例'),
  '宗': u('times', '宗'),
  '场': u('times', '场'),
  '场次': u('times', '场次'),
  '期': u('times', '期'),
  '轮': u('times', '轮'),
  '届': u('times', '届'),
  '批次': u('times', '批次'),
  '家次': u('times', '家次'),
  '户次': u('times', '户次'),
  '台次': u('times', '台次'),
  '车次': u('times', '车次'),
  '次/年': u('times', '次/年'),
  '次/季度': u('times', '次/季度'),
  '次/月': u('times', '次/月'),
  '次/周': u('times', '次/周'),
  '次/天': u('times', '次/天'),
  '次/日': u('times', '次/日'),

  '天': u('days', '天'),
  '日': u('days', '天'),
  '工作日': u('days', '工作日'),
  '个工作日': u('days', '工作日'),
  // A week is a duration in days; scale 7 keeps it comparable.
  '周': u('days', '周', 7),
  '星期': u('days', '周', 7),
  '个星期': u('days', '周', 7),
  '小时': u('hours', '小时'),
  '个小时': u('hours', '小时'),
  // Sub-day durations share the 'hours' class.
  '分钟': u('hours', '分钟', 1 / 60),
  '月': u('months', '月'),
  '个月': u('months', '月'),
  '年': u('years', '年'),
  '周年': u('years', '年'),

  '元': u('money', '元', 1),
  '千元': u('money', '千元', 1e3),
  '万元': u('money', '万元', 1e4),
  '百万元': u('money', '百万元', 1e6),
  '千万元': u('money', '千万元', 1e7),
  '亿元': u('money', '亿元', 1e8),

  '平方米': u('area', '平方米'),
  '平米': u('area', '平方米'),
  '㎡': u('area', '平方米'),
  'm2': u('area', '平方米'),
  'M2': u('area', '平方米'),
  '平方公里': u('area', '平方公里'),
  '亩': u('area', '亩'),
  '公顷': u('area', '公顷'),

  '吨': u('mass', '吨'),
  '公斤': u('mass', '公斤'),
  '千克': u('mass', '公斤'),
  'kg': u('mass', '公斤'),
  'KG': u('mass', '公斤'),
  '克': u('mass', '克'),
  '斤': u('mass', '斤'),

  '公里': u('length', '公里'),
  '千米': u('length', '公里'),
  'km': u('length', '公里'),
  'KM': u('length', '公里'),
  '米': u('length', '米'),
  '延米': u('length', '米'),

  '立方米': u('volume', '立方米'),
  '立方': u('volume', '立方米'),
  '方': u('volume', '立方米'),
  'm3': u('volume', '立方米'),
  '升': u('volume', '升'),

  '头': u('livestock', '头'),
  '羽': u('livestock', '羽'),
  '匹': u('livestock', '匹'),

  '篇': u('documents', '篇'),
  '份': u('documents', '份'),
  '册': u('documents', '册'),
  '本': u('documents', '本'),
  '卷': u('documents', '卷'),
  '页': u('documents', '页'),

  '月/年': u('date', '月/年'),
  '年/月': u('date', '年/月'),
  '年月': u('date', '年月'),
  '年月日': u('date', '年月日'),
  '日期': u('date', '日期'),

  '分': u('other', '分'),
  '倍': u('other', '倍'),
  '级': u('other', '级'),
  '星': u('other', '星'),
  '万': u('other', '万', 1e4),
  '亿': u('other', '亿', 1e8),
});

/** Whole-cell texts that mean "nothing was filled in". Symbol-only cells and ** / XX templates are also caught by shape. */
export const DEFAULT_PLACEHOLDERS: readonly string[] = Object.freeze([
  '文字描述',
  '**',
  '***',
  'XX',
  'xx',
  'XXX',
  'xxx',
  '×××',
  '待定',
  '待补充',
  '另行确定',
  '同上',
  '略',
  'null',
  'NULL',
  '/',
  '-',
  '——',
  '……',
  '...',
  '按实际',
  '视情况',
  '根据实际情况',
  '以实际为准',
  '按需',
  '若干',
  '详见附件',
]);

/** Whole-cell texts that say the indicator does not apply. */
export const NOT_APPLICABLE_WORDS: readonly string[] = Object.freeze([
  '不涉及',
  '不适用',
  '无',
  '无此项',
  '此项不涉及',
  '不涉及此项',
  '本项目不涉及',
  '不适用此指标',
  '本项目不适用此指标',
  'N/A',
  'n/a',
]);

export type SignTable = ReadonlyArray<readonly [string, Comparison]>;

/** Signs written before a number. Matched longest first, so 不低于 wins over 低于 and 大于等于 over 大于. */
export const PREFIX_SIGNS: SignTable = [
  ['大于或等于', '>='],
  ['大于等于', '>='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['至少', '>='],
  ['达到', '>='],
  ['达', '>='],
  ['超过', '>'],
  ['超', '>'], // 超50个
  ['大于', '>'],
  ['高于', '>'],
  ['多于', '>'],
  ['小于或等于', '<='],
  ['小于等于', '<='],
  ['不超过', '<='],
  ['不超出', '<='],
  ['不高于', '<='],
  ['不大于', '<='],
  ['不多于', '<='],
  ['控制在', '<='],
  ['低于', '<'],
  ['少于', '<'],
  ['小于', '<'],
  ['等于', '='],
  ['约等于', '≈'],
  ['大约', '≈'],
  ['约为', '≈'],
  ['约', '≈'],
  ['>=', '>='],
  ['=>', '>='],
  ['≥', '>='],
  ['<=', '<='],
  ['=<', '<='],
  ['≤', '<='],
  ['==', '='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
  ['≈', '≈'],
];

/** Signs written after the number and unit. */
export const SUFFIX_SIGNS: SignTable = [
  // "95%（含）以上": inclusive, written out
  ['(含)以上', '>='],
  ['以上(含)', '>='],
  ['(含)以下', '<='],
  ['以下(含)', '<='],
  ['及以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
  ['之内', '<='],
  ['内', '<='],
  ['左右', '≈'],
  ['上下', '≈'],
];

/** Operator-column words with no comparison (定性, 定量（其他）…) map to null. */
export const OPERATOR_WORDS: ReadonlyMap<string, Comparison | null> = new Map<string, Comparison | null>([
  ...PREFIX_SIGNS,
  ...SUFFIX_SIGNS,
  ['定性', null],
  ['定量(其他)', null],
  ['定量', null],
  ['不适用', null],
]);

/** Words around a quantity that do not make it vague: they say what the number counts per, not what to do. */
export const QUALIFIERS: readonly string[] = [
  '单次',
  '每次',
  '每年',
  '每季度',
  '每月',
  '每周',
  '每天',
  '每日',
  '每人',
  '每批',
  '每场',
  '全年',
  '年度',
  '年均',
  '人均',
  '日均',
  '月均',
  '平均',
  '累计',
  '共计',
  '合计',
  '总计',
  '共',
  '含',
  '截至',
  '截止',
  '不晚于',
  '不迟于',
  '于',
  '在',
  '今',
  '本',
  '当',
];

/**
 * A word list grouped by first and by last character, longest word first within a group, so
 * finding the word at (or just before) a position is one Map lookup plus a few startsWith calls.
 */
export interface WordIndex<T> {
  readonly byFirst: ReadonlyMap<string, ReadonlyArray<readonly [string, T]>>;
  readonly byLast: ReadonlyMap<string, ReadonlyArray<readonly [string, T]>>;
}

export function indexWords<T>(rows: ReadonlyArray<readonly [string, T]>): WordIndex<T> {
  const byFirst = new Map<string, Array<readonly [string, T]>>();
  const byLast = new Map<string, Array<readonly [string, T]>>();
  for (const row of [...rows].sort((a, b) => b[0].length - a[0].length)) {
    const first = row[0].charAt(0);
    const last = row[0].charAt(row[0].length - 1);
    byFirst.set(first, [...(byFirst.get(first) ?? []), row]);
    byLast.set(last, [...(byLast.get(last) ?? []), row]);
  }
  return { byFirst, byLast };
}

/** The longest word starting at pos and ending no later than limit. */
export function wordAt<T>(index: WordIndex<T>, t: string, pos: number, limit = t.length): readonly [string, T] | undefined {
  const candidates = index.byFirst.get(t.charAt(pos));
  if (candidates === undefined) return undefined;
  for (const row of candidates) if (pos + row[0].length <= limit && t.startsWith(row[0], pos)) return row;
  return undefined;
}

/** The longest word ending just before pos. */
export function wordBefore<T>(index: WordIndex<T>, t: string, pos: number): readonly [string, T] | undefined {
  if (pos <= 0) return undefined;
  const candidates = index.byLast.get(t.charAt(pos - 1));
  if (candidates === undefined) return undefined;
  for (const row of candidates) if (t.endsWith(row[0], pos)) return row;
  return undefined;
}

export const PREFIX_SIGN_INDEX = indexWords(PREFIX_SIGNS);
export const SUFFIX_SIGN_INDEX = indexWords(SUFFIX_SIGNS);
export const QUALIFIER_INDEX = indexWords(QUALIFIERS.map((w) => [w, true] as const));
export const DEADLINE_OPENER_INDEX = indexWords(['截至', '截止', '不晚于', '不迟于'].map((w) => [w, true] as const));
export const RANGE_SEPARATOR_INDEX = indexWords(['——', '—', '-', '~', '至', '到'].map((w) => [w, true] as const));

export const SCALE_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
  ['亿', 1e8],
  ['千', 1e3],
];

export const SCALE_FIRST_CHARS: ReadonlySet<string> = new Set(SCALE_PREFIXES.map(([p]) => p.charAt(0)));

export const CN_DIGITS: ReadonlyMap<string, number> = new Map([
  ['零', 0],
  ['〇', 0],
  ['一', 1],
  ['二', 2],
  ['两', 2],
  ['三', 3],
  ['四', 4],
  ['五', 5],
  ['六', 6],
  ['七', 7],
  ['八', 8],
  ['九', 9],
]);

export const DEFAULT_UNITS: ReadonlyMap<string, UnitEntry> = new Map(Object.entries(UNIT_TABLE));
export const UNIT_FIRST_CHARS: ReadonlySet<string> = new Set([...DEFAULT_UNITS.keys()].map((k) => k.charAt(0)));
export const DEFAULT_UNIT_MAX_LENGTH = Math.max(...[...DEFAULT_UNITS.keys()].map((k) => k.length));
export const DEFAULT_PLACEHOLDER_SET: ReadonlySet<string> = new Set(DEFAULT_PLACEHOLDERS);
export const NOT_APPLICABLE_SET: ReadonlySet<string> = new Set(NOT_APPLICABLE_WORDS);
