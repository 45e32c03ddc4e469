/**
 * Reads one 指标值 cell, together with its 计算符号 (operator) and 计量单位 (unit) cells, into a
 * small structured reading that rules can test without re-parsing text.
 *
 * Pure and total: it never throws, keeps no state between calls, compiles every regular
 * expression once at module load (sticky `y` regexes, no nested quantifiers), and scans the
 * text once, left to right, so the cost is linear in the length of the cell.
 */

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

export type ValueKind = 'number' | 'range' | 'qualitative' | 'placeholder' | 'not-applicable' | 'empty' | 'date';

/** `≈` stands for 左右 / 约 / 大约 / 上下. */
export type Comparison = '=' | '>=' | '>' | '<=' | '<' | '≈';

export type UnitClass =
  | 'percent'
  | 'permille'
  | 'people'
  | 'person-times'
  | 'count'
  | 'times'
  | 'days'
  | 'hours'
  | 'months'
  | 'years'
  | 'money'
  | 'area'
  | 'mass'
  | 'length'
  | 'volume'
  | 'livestock'
  | 'documents'
  | 'date'
  | 'rate-money'
  | 'other';

export interface UnitEntry {
  readonly class: UnitClass;
  /** The spelling perflint reports (e.g. 平米 → 平方米, (%) → %). */
  readonly canonical: string;
  /** Multiplier the unit carries: 万元 → 1e4, 万人 → 1e4, 周 → 7 (days). Absent = 1. */
  readonly scale?: number;
}

/** Unit text (full-width folded, without whitespace) → entry. */
export type UnitTable = Readonly<Record<string, UnitEntry>>;

/** A unit spelling from config: canonical defaults to the spelling itself, an unknown class reads as 'other'. */
export interface UnitSpec {
  readonly class: UnitClass | (string & {});
  readonly canonical?: string;
  readonly scale?: number;
}

export interface ReadingOptions {
  /** More unit spellings; they win over `UNIT_TABLE`. Keys are matched against half-width, whitespace-free text. */
  readonly extraUnits?: Readonly<Record<string, UnitSpec>>;
  /** More whole-cell placeholder words, in addition to `DEFAULT_PLACEHOLDERS`. */
  readonly placeholders?: readonly string[];
}

export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
}

export interface IndicatorValueInput {
  readonly value: string;
  /** 计算符号 column as filed. */
  readonly operator?: string;
  /** 计量单位 column as filed. */
  readonly unit?: string;
}

export interface IndicatorReading {
  kind: ValueKind;
  /** From the operator column when it has one, otherwise from the value text. */
  comparison?: Comparison;
  /** The operator column and the value text carry different comparisons. */
  conflict?: true;
  /** kind 'number': the number as written (scale stays in the unit: 0.7万元 → 0.7 + 万元). */
  value?: number;
  /** kind 'range': the bounds, ordered. */
  min?: number;
  max?: number;
  /** Normalised unit: the value's own unit when it has one, otherwise the unit column's. */
  unit?: string;
  unitClass?: UnitClass;
  /** For money and rate-money units: 1 (元), 1e4 (万元), 1e8 (亿元). */
  moneyScale?: number;
  /** Unit written inside the value text, normalised. */
  valueUnit?: string;
  /** Unit column, normalised. */
  columnUnit?: string;
  /** Value unit and column unit disagree in class (or in money scale: 万元 vs 元). */
  unitConflict?: true;
  /**
   * The cell says more than a bare quantity/date: prose beyond number + unit + comparison.
   * Always true for 'qualitative'; always false for 'placeholder', 'not-applicable', 'empty'.
   */
  vague: boolean;
  /** kind 'placeholder': the token that gave it away (文字描述, **, XX, /, …). */
  placeholder?: string;
  /** kind 'date'. */
  date?: DateParts;
  /** kind 'date': the value sets a limit (…前, 截至…, …内, …完成) rather than naming a point in time. */
  deadline?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Data: units, placeholders, comparison words
// ---------------------------------------------------------------------------------------------

const u = (cls: UnitClass, canonical: string, scale?: number): UnitEntry =>
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
  '批': u('count', '批'),
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
  'N/A',
  'n/a',
]);

type SignTable = ReadonlyArray<readonly [string, Comparison]>;

/** Signs written before a number. Matched longest first, so 不低于 wins over 低于 and 大于等于 over 大于. */
const PREFIX_SIGNS: SignTable = [
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
const SUFFIX_SIGNS: SignTable = [
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
const OPERATOR_WORDS: ReadonlyMap<string, Comparison | null> = new Map<string, Comparison | null>([
  ...PREFIX_SIGNS,
  ...SUFFIX_SIGNS,
  ['定性', null],
  ['定量(其他)', null],
  ['定量', null],
  ['不适用', null],
]);

/** Words around a quantity that do not make it vague: they say what the number counts per, not what to do. */
const QUALIFIERS: readonly string[] = [
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
interface WordIndex<T> {
  readonly byFirst: ReadonlyMap<string, ReadonlyArray<readonly [string, T]>>;
  readonly byLast: ReadonlyMap<string, ReadonlyArray<readonly [string, T]>>;
}

function indexWords<T>(rows: ReadonlyArray<readonly [string, T]>): WordIndex<T> {
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
function wordAt<T>(index: WordIndex<T>, t: string, pos: number, limit = t.length): readonly [string, T] | undefined {
  const candidates = index.byFirst.get(t.charAt(pos));
  if (candidates === undefined) return undefined;
  for (const row of candidates) if (pos + row[0].length <= limit && t.startsWith(row[0], pos)) return row;
  return undefined;
}

/** The longest word ending just before pos. */
function wordBefore<T>(index: WordIndex<T>, t: string, pos: number): readonly [string, T] | undefined {
  if (pos <= 0) return undefined;
  const candidates = index.byLast.get(t.charAt(pos - 1));
  if (candidates === undefined) return undefined;
  for (const row of candidates) if (t.endsWith(row[0], pos)) return row;
  return undefined;
}

const PREFIX_SIGN_INDEX = indexWords(PREFIX_SIGNS);
const SUFFIX_SIGN_INDEX = indexWords(SUFFIX_SIGNS);
const QUALIFIER_INDEX = indexWords(QUALIFIERS.map((w) => [w, true] as const));
const DEADLINE_OPENER_INDEX = indexWords(['截至', '截止', '不晚于', '不迟于'].map((w) => [w, true] as const));
const RANGE_SEPARATOR_INDEX = indexWords(['——', '—', '-', '~', '至', '到'].map((w) => [w, true] as const));

const SCALE_PREFIXES: ReadonlyArray<readonly [string, number]> = [
  ['千万', 1e7],
  ['百万', 1e6],
  ['十万', 1e5],
  ['万', 1e4],
  ['亿', 1e8],
  ['千', 1e3],
];

const SCALE_FIRST_CHARS: ReadonlySet<string> = new Set(SCALE_PREFIXES.map(([p]) => p.charAt(0)));

const CN_DIGITS: ReadonlyMap<string, number> = new Map([
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

const DEFAULT_UNITS: ReadonlyMap<string, UnitEntry> = new Map(Object.entries(UNIT_TABLE));
const UNIT_FIRST_CHARS: ReadonlySet<string> = new Set([...DEFAULT_UNITS.keys()].map((k) => k.charAt(0)));
const DEFAULT_UNIT_MAX_LENGTH = Math.max(...[...DEFAULT_UNITS.keys()].map((k) => k.length));
const DEFAULT_PLACEHOLDER_SET: ReadonlySet<string> = new Set(DEFAULT_PLACEHOLDERS);
const NOT_APPLICABLE_SET: ReadonlySet<string> = new Set(NOT_APPLICABLE_WORDS);

// ---------------------------------------------------------------------------------------------
// Regular expressions (compiled once; sticky ones are used with an explicit lastIndex)
// ---------------------------------------------------------------------------------------------

/** 1,000 (ASCII comma only: a Chinese ， separates clauses) or 12.5. */
const NUMBER_AT = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:\.\d+)?/y;
const THOUSANDS_SEPARATORS = /,/g;
/** 2021年 / 2021年12月 / 2021年12月31日 */
const DATE_CN_AT = /(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?/y;
/** 2021-12-31, 2021.12, 2021/12 */
const DATE_SEPARATED_AT = /(\d{4})([./-])(\d{1,2})(?:\2(\d{1,2}))?(?!\d|%|\.\d)/y;
/** 12/2019 (month/year, as in the 浙江 2019 templates' 月/年) */
const MONTH_SLASH_YEAR_AT = /(\d{1,2})\/(\d{4})(?!\d)/y;
/** 12月31日 */
const MONTH_DAY_CN_AT = /(\d{1,2})月(\d{1,2})[日号]/y;
/** 12月底, 6月前: a bare "N月" is a duration (=12月 → 12 months), so a month needs a marker. */
const MONTH_MARKED_AT = /(\d{1,2})月(?=底|末|初|上旬|中旬|下旬|中|份|前|之前|以前)/y;
const QUARTER_AT = /第?([一二三四1-4])季度/y;
const YEAR_WORD_AT = /年底|年末|年内|年中|上半年|下半年/y;
const DATE_PERIOD_MARK_AT = /底|末|初|上旬|中旬|下旬|份|中/y;
const DEADLINE_MARK_AT = /之前|以前|为止|前|内/y;
const COMPLETION_AT = /完成|完工|竣工|结束|办结|到位/y;
/** ** / ××× / XX inside longer text: an unfilled template. */
const EMBEDDED_PLACEHOLDER = /\*{2,}|×{2,}|(?<![A-Za-z])[xX]{2,}(?![A-Za-z])/;
/** Cells made only of dashes, slashes, dots, ellipses, question marks. */
const FILLER_ONLY = /^[-—_/\\.…~?？·]+$/;
/** Characters compact() may need to change; most cells have none, so it can return the text untouched. */
const NEEDS_COMPACTING = /[\s\uFF01-\uFF0B\uFF0D-\uFF5E\u2266\u2267\u2A7D\u2A7E\u301C\uFE63-\uFE66\uFE6A\u2013\u2212\u00B2\u00B3\u30FB\u2022\u2027\u200B-\u200D\uFEFF]/;

// ---------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------

const NO_OPTIONS: ReadingOptions = Object.freeze({});

export function readIndicatorValue(input: IndicatorValueInput, options: ReadingOptions = NO_OPTIONS): IndicatorReading {
  const units = unitLookup(options?.extraUnits);
  const text = compact(asText(input?.value));
  const operatorComparison = readOperator(input?.operator);
  const column = readColumnUnit(asText(input?.unit), units);
  const core = readCore(text, asText(input?.operator), units, options?.placeholders);
  return assemble(core, operatorComparison, column);
}

/** The comparison a 计算符号 cell stands for; undefined for 定性, empty or unknown text. */
export function readOperator(operator: unknown): Comparison | undefined {
  const text = compact(asText(operator));
  if (text === '') return undefined;
  return OPERATOR_WORDS.get(text) ?? undefined;
}

/** Normalise a 计量单位 cell: '(%)' → '%', '平米' → '平方米'. Unknown text → class 'other'; blank → undefined. */
export function normalizeUnit(unit: unknown, options: ReadingOptions = NO_OPTIONS): UnitEntry | undefined {
  return readColumnUnit(asText(unit), unitLookup(options?.extraUnits));
}

// ---------------------------------------------------------------------------------------------
// Text normalisation
// ---------------------------------------------------------------------------------------------

function asText(x: unknown): string {
  if (typeof x === 'string') return x;
  if (x === null || x === undefined) return '';
  return typeof x === 'number' || typeof x === 'boolean' ? String(x) : '';
}

function isSpaceCode(c: number): boolean {
  return (
    (c >= 9 && c <= 13) ||
    c === 32 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Half-width forms for the symbols tables use interchangeably; '' drops zero-width characters. */
function foldChar(code: number, ch: string): string {
  // Full-width ASCII, except '，' which separates clauses (never a thousands separator).
  if (code >= 0xff01 && code <= 0xff5e && code !== 0xff0c) return String.fromCharCode(code - 0xfee0);
  switch (code) {
    case 0x2267:
    case 0x2a7e:
      return '≥';
    case 0x2266:
    case 0x2a7d:
      return '≤';
    case 0x301c:
      return '~';
    case 0xfe6a:
      return '%';
    case 0xfe64:
      return '<';
    case 0xfe65:
      return '>';
    case 0xfe66:
      return '=';
    case 0x2013:
    case 0x2212:
    case 0xfe63:
      return '-';
    case 0x00b2:
      return '2';
    case 0x00b3:
      return '3';
    case 0x30fb:
    case 0x2022:
    case 0x2027:
      return '·';
    case 0x200b:
    case 0x200c:
    case 0x200d:
    case 0xfeff:
      return '';
    default:
      return ch;
  }
}

/**
 * Fold full-width forms and drop whitespace (PDF/Word extraction scatters it: '2021 年 12月').
 * A space between two digits is kept so '12 13' never becomes 1213.
 */
function compact(raw: string): string {
  if (!NEEDS_COMPACTING.test(raw)) return raw;
  let out = '';
  let lastCode = -1; // tracked, not read back: reading a rope string's last char flattens it (quadratic)
  let pendingSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (isSpaceCode(code)) {
      pendingSpace = lastCode !== -1;
      continue;
    }
    const ch = foldChar(code, raw.charAt(i));
    if (ch === '') continue;
    const chCode = ch.charCodeAt(0);
    if (pendingSpace && isDigitCode(lastCode) && isDigitCode(chCode)) out += ' ';
    pendingSpace = false;
    out += ch;
    lastCode = chCode;
  }
  return out;
}

const TRAILING_PUNCTUATION = new Set(['。', '；', ';', '！', '!', '，', ',', '、']);

function stripTrailingPunctuation(t: string): string {
  let end = t.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(t.charAt(end - 1))) end--;
  return end === t.length ? t : t.slice(0, end);
}

const PUNCTUATION = new Set([
  ...TRAILING_PUNCTUATION,
  '：',
  ':',
  '(',
  ')',
  '（',
  '）',
  '[',
  ']',
  '【',
  '】',
  '《',
  '》',
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '.',
  '?',
  '？',
  ' ',
]);

// ---------------------------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------------------------

interface UnitLookup {
  readonly extra: Readonly<Record<string, UnitSpec>> | undefined;
  readonly maxLength: number;
}

const UNIT_CLASSES: ReadonlySet<string> = new Set<UnitClass>([
  'percent',
  'permille',
  'people',
  'person-times',
  'count',
  'times',
  'days',
  'hours',
  'months',
  'years',
  'money',
  'area',
  'mass',
  'length',
  'volume',
  'livestock',
  'documents',
  'date',
  'rate-money',
  'other',
]);

export function isUnitClass(x: unknown): x is UnitClass {
  return typeof x === 'string' && UNIT_CLASSES.has(x);
}

/** Config data is untrusted: a bad class or scale must not reach the reading. */
function unitFromSpec(key: string, spec: UnitSpec | undefined): UnitEntry | undefined {
  if (spec === null || typeof spec !== 'object') return undefined;
  const cls = isUnitClass(spec.class) ? spec.class : 'other';
  const canonical = typeof spec.canonical === 'string' && spec.canonical !== '' ? spec.canonical : key;
  const scale = typeof spec.scale === 'number' && Number.isFinite(spec.scale) && spec.scale > 0 ? spec.scale : undefined;
  return u(cls, canonical, scale);
}

const DEFAULT_LOOKUP: UnitLookup = Object.freeze({ extra: undefined, maxLength: DEFAULT_UNIT_MAX_LENGTH });

function unitLookup(extra: Readonly<Record<string, UnitSpec>> | undefined): UnitLookup {
  if (extra === null || typeof extra !== 'object') return DEFAULT_LOOKUP;
  const keys = Object.keys(extra);
  if (keys.length === 0) return DEFAULT_LOOKUP;
  let maxLength = DEFAULT_UNIT_MAX_LENGTH;
  for (const key of keys) maxLength = Math.max(maxLength, key.length);
  return { extra, maxLength };
}

function lookupUnit(key: string, units: UnitLookup): UnitEntry | undefined {
  if (units.extra !== undefined && Object.hasOwn(units.extra, key)) {
    const entry = unitFromSpec(key, units.extra[key]);
    if (entry !== undefined) return entry;
  }
  return DEFAULT_UNITS.get(key);
}

interface UnitMatch {
  readonly entry: UnitEntry;
  readonly end: number;
}

/** Longest table spelling starting at pos. */
function matchTableUnit(t: string, pos: number, units: UnitLookup): UnitMatch | undefined {
  if (units.extra === undefined && !UNIT_FIRST_CHARS.has(t.charAt(pos))) return undefined;
  const longest = Math.min(units.maxLength, t.length - pos);
  for (let len = longest; len >= 1; len--) {
    const entry = lookupUnit(t.slice(pos, pos + len), units);
    if (entry !== undefined) return { entry, end: pos + len };
  }
  return undefined;
}

/** 万人次, 万吨, 亿元…: a scale word in front of a base unit. */
function matchScaledUnit(t: string, pos: number, units: UnitLookup): UnitMatch | undefined {
  if (!SCALE_FIRST_CHARS.has(t.charAt(pos))) return undefined;
  for (const [prefix, scale] of SCALE_PREFIXES) {
    if (!t.startsWith(prefix, pos)) continue;
    const base = matchTableUnit(t, pos + prefix.length, units);
    if (base === undefined || base.entry.class === 'other' || base.entry.class === 'percent') return undefined;
    if (base.entry.class === 'permille' || base.entry.class === 'date') return undefined;
    const entry = u(base.entry.class, prefix + base.entry.canonical, scale * (base.entry.scale ?? 1));
    return { entry, end: base.end };
  }
  return undefined;
}

/** 元/人/天, 元每吨, 万元/个: money per something. */
function extendMoneyRate(t: string, money: UnitMatch, units: UnitLookup): UnitMatch {
  let end = money.end;
  let canonical = money.entry.canonical;
  let links = 0;
  for (;;) {
    const sep = t.charAt(end);
    const isSeparator = sep === '/' || sep === '每' || (links > 0 && (sep === '·' || sep === '.' || sep === '*'));
    if (!isSeparator) break;
    const next = matchTableUnit(t, end + 1, units);
    if (next === undefined || next.entry.class === 'money' || next.entry.class === 'percent') break;
    canonical += '/' + next.entry.canonical;
    end = next.end;
    links++;
  }
  if (links === 0) return money;
  const scale = money.entry.scale ?? 1;
  return { entry: u('rate-money', canonical, scale), end };
}

/** A unit written at pos (inside a value, or a whole unit cell). */
function readUnitAt(t: string, pos: number, units: UnitLookup): UnitMatch | undefined {
  if (pos >= t.length) return undefined;
  if (t.charAt(pos) === '(') {
    const inner = readUnitAt(t, pos + 1, units);
    return inner !== undefined && t.charAt(inner.end) === ')' ? { entry: inner.entry, end: inner.end + 1 } : undefined;
  }
  const direct = matchTableUnit(t, pos, units);
  const scaled = matchScaledUnit(t, pos, units);
  const best = scaled !== undefined && (direct === undefined || scaled.end > direct.end) ? scaled : direct;
  if (best === undefined) return undefined;
  if (best.entry.class === 'money') return extendMoneyRate(t, best, units);
  return extendPerTime(t, best, units);
}

const TIME_CLASSES: ReadonlySet<UnitClass> = new Set<UnitClass>(['hours', 'days', 'months', 'years']);

/** 8小时/天, 2篇/月: an amount per period keeps the class of the amount (like 次/年 in the table). */
function extendPerTime(t: string, base: UnitMatch, units: UnitLookup): UnitMatch {
  if (t.charAt(base.end) !== '/' || base.entry.class === 'percent' || base.entry.class === 'date') return base;
  const per = matchTableUnit(t, base.end + 1, units);
  if (per === undefined || !TIME_CLASSES.has(per.entry.class)) return base;
  const canonical = `${base.entry.canonical}/${per.entry.canonical}`;
  return { entry: u(base.entry.class, canonical, base.entry.scale), end: per.end };
}

const BLANK_UNIT_CELLS = new Set(['/', '-', '——', '无', '定性', '']);

function readColumnUnit(raw: string, units: UnitLookup): UnitEntry | undefined {
  const t = compact(raw);
  if (BLANK_UNIT_CELLS.has(t)) return undefined;
  const bare = stripEnclosingBrackets(t);
  if (BLANK_UNIT_CELLS.has(bare)) return undefined;
  const match = readUnitAt(bare, 0, units);
  if (match !== undefined && match.end === bare.length) return match.entry;
  return u('other', bare);
}

function stripEnclosingBrackets(t: string): string {
  const open = t.charAt(0);
  const close = t.charAt(t.length - 1);
  const paired = (open === '(' && close === ')') || (open === '（' && close === '）') || (open === '[' && close === ']');
  return paired && t.length >= 2 ? t.slice(1, -1) : t;
}

// ---------------------------------------------------------------------------------------------
// Reading the value text
// ---------------------------------------------------------------------------------------------

interface QuantityToken {
  start: number;
  end: number;
  value?: number;
  min?: number;
  max?: number;
  unit?: UnitEntry;
  comparison?: Comparison;
}

interface DateToken {
  readonly start: number;
  readonly end: number;
  readonly date: DateParts;
  readonly deadline: boolean;
}

/** What the value cell alone says; assemble() merges in the operator and unit columns. */
interface ValueCore {
  kind: ValueKind;
  vague: boolean;
  comparison?: Comparison;
  value?: number;
  min?: number;
  max?: number;
  unit?: UnitEntry;
  placeholder?: string;
  date?: DateParts;
  deadline?: boolean;
}

function readCore(text: string, operatorRaw: string, units: UnitLookup, extraPlaceholders: readonly string[] | undefined): ValueCore {
  if (text === '') {
    // 计算符号 "不适用" (KPIVALNOTAPP) with an empty value marks the row as not applicable.
    return compact(operatorRaw) === '不适用' ? { kind: 'not-applicable', vague: false } : { kind: 'empty', vague: false };
  }
  const core = stripTrailingPunctuation(text);
  if (NOT_APPLICABLE_SET.has(core)) return { kind: 'not-applicable', vague: false };

  const placeholder = readPlaceholder(text, core, units, extraPlaceholders);
  if (placeholder !== undefined) return placeholder;

  const { quantities, dates } = scan(text, units);
  if (quantities.length === 1) {
    const q = quantities[0] as QuantityToken;
    const vague = !isBlankBetween(text, 0, q.start) || !isBlankBetween(text, q.end, text.length);
    return quantityCore(q, vague);
  }
  if (quantities.length === 0 && dates.length > 0) {
    const dateCore = readDateCore(text, dates);
    if (dateCore !== undefined) return dateCore;
  }
  // Prose, or several quantities in one cell ("干部6人…共9人"): no single measurable target.
  return { kind: 'qualitative', vague: true };
}

function quantityCore(q: QuantityToken, vague: boolean): ValueCore {
  const core: ValueCore = { kind: q.value !== undefined ? 'number' : 'range', vague };
  if (q.value !== undefined) core.value = q.value;
  if (q.min !== undefined) core.min = q.min;
  if (q.max !== undefined) core.max = q.max;
  if (q.unit !== undefined) core.unit = q.unit;
  if (q.comparison !== undefined) core.comparison = q.comparison;
  return core;
}

/** A date reading needs the date to be the point of the cell: nothing else said, or a deadline. */
function readDateCore(text: string, dates: readonly DateToken[]): ValueCore | undefined {
  let blank = true;
  let at = 0;
  for (const d of dates) {
    if (!isBlankBetween(text, at, d.start)) blank = false;
    at = d.end;
  }
  if (!isBlankBetween(text, at, text.length)) blank = false;
  const chosen = dates.find((d) => d.deadline) ?? (dates[dates.length - 1] as DateToken);
  if (!blank && !chosen.deadline) return undefined;
  return { kind: 'date', vague: !blank, date: chosen.date, deadline: chosen.deadline };
}

/** Only punctuation and qualifier words (单次, 每年, 共计…) between from and to. */
function isBlankBetween(t: string, from: number, to: number): boolean {
  let pos = from;
  while (pos < to) {
    if (PUNCTUATION.has(t.charAt(pos))) {
      pos++;
      continue;
    }
    const word = wordAt(QUALIFIER_INDEX, t, pos, to);
    if (word === undefined) return false;
    pos += word[0].length;
  }
  return true;
}

// --- placeholders ----------------------------------------------------------------------------

function isTemplateMark(ch: string): boolean {
  return ch === '*' || ch === 'x' || ch === 'X' || ch === '×' || ch === '_';
}

function readPlaceholder(
  text: string,
  core: string,
  units: UnitLookup,
  extraPlaceholders: readonly string[] | undefined,
): ValueCore | undefined {
  if (DEFAULT_PLACEHOLDER_SET.has(core) || matchesExtraPlaceholder(core, extraPlaceholders)) {
    return { kind: 'placeholder', vague: false, placeholder: core };
  }
  if (FILLER_ONLY.test(core)) return { kind: 'placeholder', vague: false, placeholder: core };

  const shaped = readTemplateShape(core, units);
  if (shaped !== undefined) return shaped;

  const embedded = EMBEDDED_PLACEHOLDER.exec(text);
  if (embedded !== null) return { kind: 'placeholder', vague: false, placeholder: embedded[0] };
  return undefined;
}

function matchesExtraPlaceholder(core: string, extra: readonly string[] | undefined): boolean {
  if (!Array.isArray(extra)) return false;
  for (const word of extra) if (typeof word === 'string' && stripTrailingPunctuation(compact(word)) === core) return true;
  return false;
}

/**
 * '≥**%', '>***%', '**人', 'XX万元': sign? marks unit? suffix-sign?, and also a cell holding only a
 * sign and/or a unit ('%', '月/年', '≥'): the number itself was never written.
 */
function readTemplateShape(t: string, units: UnitLookup): ValueCore | undefined {
  const prefix = wordAt(PREFIX_SIGN_INDEX, t, 0);
  let pos = prefix === undefined ? 0 : prefix[0].length;
  const marksStart = pos;
  while (pos < t.length && isTemplateMark(t.charAt(pos))) pos++;
  const marks = t.slice(marksStart, pos);
  const unit = readUnitAt(t, pos, units);
  if (unit !== undefined) pos = unit.end;
  const suffix = wordAt(SUFFIX_SIGN_INDEX, t, pos);
  if (suffix !== undefined) pos += suffix[0].length;
  if (pos !== t.length) return undefined;
  if (marks === '' && unit === undefined && prefix === undefined) return undefined;

  const core: ValueCore = { kind: 'placeholder', vague: false, placeholder: marks === '' ? t : marks };
  const comparison = prefix?.[1] ?? suffix?.[1];
  if (comparison !== undefined) core.comparison = comparison;
  if (unit !== undefined) core.unit = unit.entry;
  return core;
}

// --- scanning --------------------------------------------------------------------------------

interface ScanResult {
  readonly quantities: QuantityToken[];
  readonly dates: DateToken[];
}

function scan(t: string, units: UnitLookup): ScanResult {
  const quantities: QuantityToken[] = [];
  const dates: DateToken[] = [];
  // Chinese numerals are read only where the cell starts ("两次以上", "不少于三次", "一个月"):
  // inside prose they are part of words (一带一路, 两会, 第二届).
  const leadEnd = skipLead(t);
  let i = 0;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    const startsNumber = isDigitCode(c) || (c === 45 /* - */ && isDigitCode(t.charCodeAt(i + 1)));
    if (startsNumber && !continuesWord(t, i)) {
      const date = readDateAt(t, i);
      if (date !== undefined) {
        dates.push(date);
        i = date.end;
        continue;
      }
      const q = isEnumerator(t, i) ? undefined : readQuantityAt(t, i, units, false);
      if (q !== undefined) {
        quantities.push(q);
        i = q.end;
        continue;
      }
      i = skipNumber(t, i);
      continue;
    }
    if (!startsNumber) {
      const wordDate = readWordDateAt(t, i);
      if (wordDate !== undefined) {
        dates.push(wordDate);
        i = wordDate.end;
        continue;
      }
      if (i === leadEnd && startsChineseNumber(t.charAt(i))) {
        const q = readQuantityAt(t, i, units, true);
        if (q !== undefined) {
          quantities.push(q);
          i = q.end;
          continue;
        }
      }
    }
    i = startsNumber ? skipNumber(t, i) : i + 1;
  }
  return { quantities, dates };
}

/** Position after leading qualifiers and a leading sign word ("每季度", "不少于"). */
function skipLead(t: string): number {
  let pos = 0;
  for (;;) {
    const word = wordAt(QUALIFIER_INDEX, t, pos)?.[0] ?? wordAt(PREFIX_SIGN_INDEX, t, pos)?.[0];
    if (word === undefined) return pos;
    pos += word.length;
  }
}

/** Digits glued to Latin letters or after 第 are codes and ordinals (G20, 第2届), not quantities. */
function continuesWord(t: string, i: number): boolean {
  const prev = t.charCodeAt(i - 1);
  return isAsciiLetterCode(prev) || isDigitCode(prev) || prev === 46 /* . */ || t.charAt(i - 1) === '第';
}

/** "1、", "2." or "(3)" opening a list item. */
function isEnumerator(t: string, i: number): boolean {
  const end = skipDigits(t, i);
  const next = t.charAt(end);
  const before = i === 0 ? '' : t.charAt(i - 1);
  const atItemStart = i === 0 || PUNCTUATION.has(before);
  if (!atItemStart) return false;
  if (next === '、') return true;
  if ((next === ')' || next === '）') && (before === '(' || before === '（' || i === 0)) return true;
  return next === '.' && !isDigitCode(t.charCodeAt(end + 1)) && end + 1 < t.length;
}

function skipDigits(t: string, i: number): number {
  let p = i;
  while (isDigitCode(t.charCodeAt(p))) p++;
  return p;
}

function skipNumber(t: string, i: number): number {
  let p = t.charAt(i) === '-' ? i + 1 : i;
  for (;;) {
    p = skipDigits(t, p);
    if ((t.charAt(p) === '.' || t.charAt(p) === ',') && isDigitCode(t.charCodeAt(p + 1))) p++;
    else return Math.max(p, i + 1);
  }
}

function execAt(re: RegExp, t: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(t);
}

// --- numbers and quantities ------------------------------------------------------------------

interface NumberMatch {
  readonly value: number;
  readonly end: number;
}

function readArabicNumber(t: string, pos: number): NumberMatch | undefined {
  const negative = t.charAt(pos) === '-';
  const m = execAt(NUMBER_AT, t, negative ? pos + 1 : pos);
  if (m === null) return undefined;
  const value = Number(m[0].replace(THOUSANDS_SEPARATORS, ''));
  if (!Number.isFinite(value)) return undefined;
  return { value: negative ? -value : value, end: NUMBER_AT.lastIndex };
}

function startsChineseNumber(ch: string): boolean {
  return ch === '十' || CN_DIGITS.has(ch);
}

/** 一 … 九十九 ("small counts"), 两 = 2. */
function readChineseNumber(t: string, pos: number): NumberMatch | undefined {
  let p = pos;
  const first = CN_DIGITS.get(t.charAt(p));
  let tens: number | undefined;
  if (first !== undefined && t.charAt(p + 1) === '十' && first > 0) {
    tens = first;
    p += 2;
  } else if (t.charAt(p) === '十') {
    tens = 1;
    p += 1;
  } else if (first !== undefined) {
    return { value: first, end: p + 1 };
  } else {
    return undefined;
  }
  const units = CN_DIGITS.get(t.charAt(p));
  if (units !== undefined && units > 0) return { value: tens * 10 + units, end: p + 1 };
  return { value: tens * 10, end: p };
}

const APPROX_ABOVE = new Set(['余', '多']);

function readQuantityAt(t: string, start: number, units: UnitLookup, chinese: boolean): QuantityToken | undefined {
  const first = chinese ? readChineseNumber(t, start) : readArabicNumber(t, start);
  if (first === undefined) return undefined;
  let pos = first.end;
  // 200余位, 30多批次: "more than".
  const above = APPROX_ABOVE.has(t.charAt(pos));
  if (above) pos++;
  const unit1 = readUnitAt(t, pos, units);
  if (chinese && !acceptsChineseCount(t, unit1)) return undefined;
  if (unit1 === undefined && isAsciiLetterCode(t.charCodeAt(pos))) return undefined; // 5G, 4K
  if (unit1 !== undefined) pos = unit1.end;

  let second: NumberMatch | undefined;
  let unit2: UnitMatch | undefined;
  if (!chinese) {
    const range = readRangeTail(t, pos, units);
    if (range !== undefined) {
      ({ second, unit: unit2 } = range);
      pos = range.end;
    }
  }

  const suffix = wordAt(SUFFIX_SIGN_INDEX, t, pos);
  if (suffix !== undefined) pos += suffix[0].length;
  const prefix = wordBefore(PREFIX_SIGN_INDEX, t, start);
  const comparison = combineComparisons(prefix?.[1], suffix?.[1] ?? (above ? '>' : undefined));

  let unit = (unit2 ?? unit1)?.entry;
  let tokenStart = start - (prefix?.[0].length ?? 0);
  const perBefore = unit?.class === 'money' ? readPerChainBefore(t, tokenStart, units) : undefined;
  if (unit !== undefined && perBefore !== undefined) {
    unit = u('rate-money', [unit.canonical, ...perBefore.units].join('/'), unit.scale);
    tokenStart = perBefore.start;
  }
  const token: QuantityToken = { start: tokenStart, end: pos };
  if (second === undefined) token.value = first.value;
  else {
    token.min = Math.min(first.value, second.value);
    token.max = Math.max(first.value, second.value);
  }
  if (unit !== undefined) token.unit = unit;
  if (comparison !== undefined) token.comparison = comparison;
  return token;
}

/** How far back a 每…每… chain may start: 每平方米每月 is 7 characters; a little slack. */
const PER_CHAIN_WINDOW = 12;

/**
 * 每人每天100元, 每月每平方米200元: the "per" units written before a money amount.
 * Returns the chain (in written order) that ends exactly at `end`, or undefined.
 */
function readPerChainBefore(t: string, end: number, units: UnitLookup): { start: number; units: string[] } | undefined {
  for (let j = Math.max(0, end - PER_CHAIN_WINDOW); j < end; j++) {
    if (t.charAt(j) !== '每') continue;
    const chain: string[] = [];
    let pos = j;
    while (pos < end && t.charAt(pos) === '每') {
      const per = matchTableUnit(t, pos + 1, units);
      if (per === undefined || per.end > end || per.entry.class === 'money') break;
      chain.push(per.entry.canonical);
      pos = per.end;
    }
    if (pos === end && chain.length > 0) return { start: j, units: chain };
  }
  return undefined;
}

/** 一个月, 两次: fine; 十分满意, 一次性 are words, not counts. */
function acceptsChineseCount(t: string, unit: UnitMatch | undefined): boolean {
  if (unit === undefined) return false;
  if (unit.entry.canonical === '分') return false;
  return t.charAt(unit.end) !== '性';
}

function readRangeTail(
  t: string,
  pos: number,
  units: UnitLookup,
): { second: NumberMatch; unit: UnitMatch | undefined; end: number } | undefined {
  const sep = wordAt(RANGE_SEPARATOR_INDEX, t, pos);
  if (sep === undefined) return undefined;
  const at = pos + sep[0].length;
  if (!isDigitCode(t.charCodeAt(at))) return undefined;
  const second = readArabicNumber(t, at);
  if (second === undefined) return undefined;
  let end = second.end;
  if (APPROX_ABOVE.has(t.charAt(end))) end++;
  const unit = readUnitAt(t, end, units);
  if (unit !== undefined) end = unit.end;
  return { second, unit, end };
}

/** 控制在5%以内, 约20天左右: both say the same; when they differ the exact one beats ≈. */
function combineComparisons(prefix: Comparison | undefined, suffix: Comparison | undefined): Comparison | undefined {
  if (prefix === undefined) return suffix;
  if (suffix === undefined || prefix === suffix) return prefix;
  return prefix === '≈' ? suffix : prefix;
}

// --- dates -----------------------------------------------------------------------------------

const validYear = (y: number): boolean => y >= 1900 && y <= 2100;
const validMonth = (m: number): boolean => m >= 1 && m <= 12;
const validDay = (d: number): boolean => d >= 1 && d <= 31;

function toInt(s: string | undefined): number | undefined {
  return s === undefined ? undefined : Number(s);
}

interface DateHead {
  readonly date: DateParts;
  readonly end: number;
}

/** A date starting with a digit at pos. */
function readDateAt(t: string, pos: number): DateToken | undefined {
  const head = readDateHead(t, pos);
  if (head === undefined) return undefined;
  return finishDate(t, pos, head);
}

function readDateHead(t: string, pos: number): DateHead | undefined {
  let m = execAt(DATE_CN_AT, t, pos);
  if (m !== null) {
    const year = Number(m[1]);
    const month = toInt(m[2]);
    const day = toInt(m[3]);
    if (validYear(year) && (month === undefined || validMonth(month)) && (day === undefined || validDay(day))) {
      return { date: defined({ year, month, day }), end: DATE_CN_AT.lastIndex };
    }
  }
  m = execAt(DATE_SEPARATED_AT, t, pos);
  if (m !== null) {
    const year = Number(m[1]);
    const month = Number(m[3]);
    const day = toInt(m[4]);
    if (validYear(year) && validMonth(month) && (day === undefined || validDay(day))) {
      return { date: defined({ year, month, day }), end: DATE_SEPARATED_AT.lastIndex };
    }
  }
  m = execAt(MONTH_SLASH_YEAR_AT, t, pos);
  if (m !== null) {
    const month = Number(m[1]);
    const year = Number(m[2]);
    if (validYear(year) && validMonth(month)) return { date: { year, month }, end: MONTH_SLASH_YEAR_AT.lastIndex };
  }
  m = execAt(MONTH_DAY_CN_AT, t, pos);
  if (m !== null) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    if (validMonth(month) && validDay(day)) return { date: { month, day }, end: MONTH_DAY_CN_AT.lastIndex };
  }
  m = execAt(MONTH_MARKED_AT, t, pos);
  if (m !== null) {
    const month = Number(m[1]);
    if (validMonth(month)) return { date: { month }, end: MONTH_MARKED_AT.lastIndex };
  }
  m = execAt(QUARTER_AT, t, pos);
  if (m !== null) return { date: { quarter: quarterNumber(m[1]) }, end: QUARTER_AT.lastIndex };
  return undefined;
}

/** 三季度, 年底前, 上半年: dates written without digits. */
function readWordDateAt(t: string, pos: number): DateToken | undefined {
  const ch = t.charAt(pos);
  if (ch !== '第' && ch !== '年' && ch !== '上' && ch !== '下' && !CN_DIGITS.has(ch)) return undefined;
  if (!isDateWordBoundary(t, pos)) return undefined;
  let m = execAt(QUARTER_AT, t, pos);
  if (m !== null) return finishDate(t, pos, { date: { quarter: quarterNumber(m[1]) }, end: QUARTER_AT.lastIndex });
  m = execAt(YEAR_WORD_AT, t, pos);
  if (m !== null) {
    const word = m[0];
    const date: DateParts = { month: word === '上半年' || word === '年中' ? 6 : 12 };
    const head = { date, end: YEAR_WORD_AT.lastIndex };
    const token = finishDate(t, pos, head);
    // 年内 is itself a limit: "within the year".
    return word === '年内' ? { ...token, deadline: true } : token;
  }
  return undefined;
}

/** 年底 at the start or after 今/本/当/明: not the tail of a word like 青年中心. */
function isDateWordBoundary(t: string, pos: number): boolean {
  if (pos === 0) return true;
  const prev = t.charAt(pos - 1);
  if (prev === '每') return false;
  return PUNCTUATION.has(prev) || '今本当明次该前'.includes(prev);
}

function quarterNumber(s: string | undefined): number {
  const n = CN_DIGITS.get(s ?? '') ?? Number(s);
  return Number.isFinite(n) ? n : 0;
}

/** Period marks (底, 上旬…), then 前/内 and 完成: the end of a date phrase and whether it is a deadline. */
function finishDate(t: string, start: number, head: DateHead): DateToken {
  const date: DateParts = { ...head.date };
  let end = head.end;
  const onlyYear = date.year !== undefined && date.month === undefined && date.quarter === undefined;

  if (onlyYear) {
    // 2023年三季度, 2023年上半年
    const quarter = execAt(QUARTER_AT, t, end);
    if (quarter !== null) {
      date.quarter = quarterNumber(quarter[1]);
      end = QUARTER_AT.lastIndex;
    } else if (t.startsWith('上半年', end) || t.startsWith('下半年', end)) {
      date.month = t.startsWith('上', end) ? 6 : 12;
      end += 3;
    }
  }
  const mark = execAt(DATE_PERIOD_MARK_AT, t, end);
  // "2019年中国…" is not mid-2019: 中 only marks a month (6月中).
  if (mark !== null && !(mark[0] === '中' && date.month === undefined)) {
    if (onlyYear && date.month === undefined && date.quarter === undefined) {
      if (mark[0] === '底' || mark[0] === '末') date.month = 12;
      else if (mark[0] === '初') date.month = 1;
    }
    end = DATE_PERIOD_MARK_AT.lastIndex;
  }
  let deadline = false;
  const limit = execAt(DEADLINE_MARK_AT, t, end);
  if (limit !== null) {
    deadline = true;
    end = DEADLINE_MARK_AT.lastIndex;
    if (limit[0] === '内' && onlyYear && date.month === undefined) date.month = 12;
  }
  if (execAt(COMPLETION_AT, t, end) !== null) {
    deadline = true;
    end = COMPLETION_AT.lastIndex;
  }
  const opener = wordBefore(DEADLINE_OPENER_INDEX, t, start);
  if (opener !== undefined) deadline = true;
  return { start: start - (opener?.[0].length ?? 0), end, date, deadline };
}

function defined(parts: { year?: number | undefined; month?: number | undefined; day?: number | undefined }): DateParts {
  const out: DateParts = {};
  if (parts.year !== undefined) out.year = parts.year;
  if (parts.month !== undefined) out.month = parts.month;
  if (parts.day !== undefined) out.day = parts.day;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Assembling the reading
// ---------------------------------------------------------------------------------------------

const isMoneyClass = (c: UnitClass | undefined): boolean => c === 'money' || c === 'rate-money';
/** A date value may sit on a unit column that names its granularity (年, 月, 月/年). */
const DATE_COMPATIBLE: ReadonlySet<UnitClass> = new Set<UnitClass>(['date', 'years', 'months']);

function assemble(core: ValueCore, operatorComparison: Comparison | undefined, column: UnitEntry | undefined): IndicatorReading {
  const reading: IndicatorReading = { kind: core.kind, vague: core.vague };

  const comparison = operatorComparison ?? core.comparison;
  if (comparison !== undefined) reading.comparison = comparison;
  if (operatorComparison !== undefined && core.comparison !== undefined && operatorComparison !== core.comparison) {
    reading.conflict = true;
  }

  if (core.value !== undefined) reading.value = core.value;
  if (core.min !== undefined) reading.min = core.min;
  if (core.max !== undefined) reading.max = core.max;

  const valueUnit = core.unit;
  const chosen = valueUnit ?? column;
  if (chosen !== undefined) reading.unit = chosen.canonical;
  const unitClass = core.kind === 'date' ? 'date' : chosen?.class;
  if (unitClass !== undefined) reading.unitClass = unitClass;
  if (chosen !== undefined && isMoneyClass(chosen.class) && core.kind !== 'date') reading.moneyScale = chosen.scale ?? 1;
  if (valueUnit !== undefined) reading.valueUnit = valueUnit.canonical;
  if (column !== undefined) reading.columnUnit = column.canonical;
  if (unitsConflict(core, valueUnit, column)) reading.unitConflict = true;

  if (core.placeholder !== undefined) reading.placeholder = core.placeholder;
  if (core.date !== undefined) reading.date = core.date;
  if (core.deadline !== undefined) reading.deadline = core.deadline;
  return reading;
}

function unitsConflict(core: ValueCore, valueUnit: UnitEntry | undefined, column: UnitEntry | undefined): boolean {
  if (column === undefined) return false;
  if (core.kind === 'date') return !DATE_COMPATIBLE.has(column.class);
  if (valueUnit === undefined) return false;
  if (valueUnit.class !== column.class) return true;
  // 5万元 in a 元 column is a thousand-fold error, not a spelling difference.
  return isMoneyClass(valueUnit.class) && (valueUnit.scale ?? 1) !== (column.scale ?? 1);
}
