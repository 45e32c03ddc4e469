/**
 * Unit spellings the reader understands but the 一体化 unit dictionary does not use
 * (domain-rules §C.23): each with the spelling to write instead. Data: extend freely.
 * `afterNumber` spellings count only right after a number ("≥80M"), where they cannot be part of a word.
 */
export interface NonStandardSpelling {
  readonly written: string;
  readonly canonical: string;
  readonly afterNumber?: true;
  /** names in which the spelling means something else: "带宽 ≥100M" is megabits, not metres */
  readonly notWithNameWords?: readonly string[];
  /** only as the cell's last characters, on a row of 成本指标, where nothing but money is counted */
  readonly costRowEnding?: true;
}

// (百分比 is not among them: the 一体化 system's unit dictionary itself shows % as 百分比, and its
// exports print "≥98百分比" (甘肃 嘉峪关 2023, 天津 河北区 2023); three readings of four defended it)
export const NON_STANDARD_UNIT_SPELLINGS: readonly NonStandardSpelling[] = Object.freeze([
  { written: '平米', canonical: '平方米' },
  { written: '人/次', canonical: '人次' },
  // "≤620万/月" (天津 2020): money per month with its 元 dropped
  { written: '万/', canonical: '万元/', afterNumber: true },
  // "150万" as a cost (湖北 鄂州 2021, 山东 历城 2019): 万 of what, on a 成本 row, can only be 元
  { written: '万', canonical: '万元', afterNumber: true, costRowEnding: true },
  // "80M" on a length: 米 (or m); an upper-case M is 兆 (mega) in the SI.
  {
    written: 'M',
    canonical: '米',
    afterNumber: true,
    notWithNameWords: ['带宽', '宽带', '网络', '网速', '速率', '内存', '存储', '容量', '流量', '像素', '文件', '数据'],
  },
]);

/** Every spelling starts with one of these: a cell with none of them (most cells) needs no closer look. */
const FIRST_CHARACTERS = new RegExp(
  `[${[...new Set(NON_STANDARD_UNIT_SPELLINGS.map((s) => [...s.written][0]!))].map((c) => c.replace(/[\\\]^-]/u, '\\$&')).join('')}]`,
  'u',
);

/** The first non-standard spelling in a value or unit cell, if any (`costRow`: the row stands under 成本指标). */
export function nonStandardSpelling(text: string | undefined, name = '', costRow = false): NonStandardSpelling | undefined {
  if (text === undefined || !FIRST_CHARACTERS.test(text)) return undefined;
  const t = (text ?? '').replace(/[\s\u3000]+/g, '');
  // every spelling, after a number or not, is a substring: most cells contain none
  if (t === '' || !NON_STANDARD_UNIT_SPELLINGS.some((s) => t.includes(s.written))) return undefined;
  return NON_STANDARD_UNIT_SPELLINGS.find((s) => {
    if (s.notWithNameWords?.some((w) => name.includes(w))) return false;
    if (s.costRowEnding) return costRow && new RegExp(`\\d${s.written}$`, 'u').test(t);
    if (!s.afterNumber) return t.includes(s.written);
    return new RegExp(`\\d${s.written}(?![A-Za-z])`, 'u').test(t);
  });
}
