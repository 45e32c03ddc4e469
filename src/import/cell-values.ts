/**
 * Cell text → model values, by the transcription rules (fixtures/seeds/TRANSCRIBING.md):
 * money and percentages become numbers only when the cell is a plain number; anything else is
 * kept as written so the linter, not the importer, decides what is wrong with it.
 */
import type { MoneyUnit, SpendingPlanEntry } from '../document/model.js';
import { isBlank } from './grid.js';

export interface MoneyReading {
  /** null: the cell is empty, or holds text that is not an amount (then `raw` is set) */
  amount: number | null;
  /** the unit written in the cell (131.2万元) */
  unit?: MoneyUnit;
  raw?: string;
}

const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** "854万(高标准农田建设400万元,…)": an amount, then its breakdown or a note in brackets. */
const TRAILING_NOTE = /^([^()]+?)\(([^()]*)\)$/;

/** "少数民族发展资金37万元" (宁夏 原州 2022): the fund's name, then its amount with its unit. */
const FUND_NAME_AMOUNT = /^[^\d()]*(?:资金|经费|拨款|补助|补贴|预算)(\d+(?:\.\d+)?(?:万元|万|元))$/u;

/**
 * `700,000.00` → 700000, `131.2万元` and `131.2万` → 131.2 (万元), `` → null; an amount followed by
 * a bracketed note, or preceded by its fund's name, is that amount, the whole text kept as `raw`.
 */
export function readMoney(text: string): MoneyReading {
  if (isBlank(text)) return { amount: null };
  const normalized = text.normalize('NFKC').replace(/[\s,]/g, '');
  const [, beforeNote, note] = TRAILING_NOTE.exec(normalized) ?? [];
  // "100(万元)" states its unit, not a note
  if (beforeNote !== undefined && note !== '万元' && note !== '元') {
    const amount = readPlainMoney(beforeNote);
    if (amount.amount !== null) return { ...amount, raw: text };
  }
  const named = FUND_NAME_AMOUNT.exec(normalized)?.[1];
  if (named !== undefined) return { ...readPlainMoney(named), raw: text };
  return readPlainMoney(normalized, text);
}

function readPlainMoney(normalized: string, text = normalized): MoneyReading {
  let s = normalized;
  let unit: MoneyUnit | undefined;
  if (s.endsWith('万元') || s.endsWith('万')) {
    // "189.8万": 万 alone is how clerks shorten 万元
    unit = '万元';
    s = s.slice(0, s.endsWith('万') ? -1 : -2);
  } else if (s.endsWith('元')) {
    unit = '元';
    s = s.slice(0, -1);
  }
  if (!PLAIN_NUMBER.test(s)) return { amount: null, raw: text };
  return unit ? { amount: Number(s), unit } : { amount: Number(s) };
}

/** "年度资金总额:16", "一、预算资金:250": a label, a colon, and an amount that reads whole */
const LABEL_COLON_AMOUNT = /^([^:：]*[^\s:：])\s*[:：]\s*(\S.*)$/su;
/** "总额10606.7522万元" (湖南 宁乡 2021): a total's word and its amount, with no colon between */
const TOTAL_WORD_AMOUNT = /^(总额|合计|总计|资金总额|年度资金总额)\s*(\d.*)$/su;

/**
 * A money label with its amount after a colon in the same cell (武汉 青山 2020 "年度资金总额:16",
 * 湖南 祁东 2024 "资金总额:952.22"), or a total's word glued to it ("总额10606.7522万元"); undefined
 * when the cell holds no such amount.
 */
export function amountInLabelCell(text: string): { label: string; amount: string } | undefined {
  const t = text.normalize('NFKC').trim();
  const m = LABEL_COLON_AMOUNT.exec(t) ?? TOTAL_WORD_AMOUNT.exec(t);
  if (!m || readMoney(m[2]!).amount === null) return undefined;
  return { label: m[1]!, amount: m[2]! };
}

/**
 * "资金总额: 250\n一、预算资金:250\n二、自有资金:0" (湖南 湘潭 2024): several money lines in one cell,
 * each a label and its amount; undefined unless every line is one.
 */
export function moneyLinesInCell(text: string): Array<{ label: string; amount: string }> | undefined {
  const lines = text.split(/\r?\n/).filter((line) => !isBlank(line));
  if (lines.length < 2) return undefined;
  const read = lines.map(amountInLabelCell);
  return read.every((line) => line !== undefined) ? (read as Array<{ label: string; amount: string }>) : undefined;
}

/**
 * The points a block label declares at its end: 年度绩效目标 (80分), 预算执行情况(万元) (20分), and
 * with its opening bracket lost, 预算执行情况(万元)\n20分) (湖北 黄石 2023).
 */
export function pointsInLabel(text: string): number | undefined {
  const label = text.normalize('NFKC').trim().replace(/[:：]+$/u, '');
  // (绩效指标(权重分值90分,其中产出指标权重分值50分,…): a breakdown, not one declaration)
  if ((label.match(/\d\s*分/gu) ?? []).length !== 1) return undefined;
  const m = /[(（]?\s*(\d{1,3}(?:\.\d+)?)\s*分\s*[)）]?$/u.exec(label);
  const points = m === null ? undefined : Number(m[1]);
  return points !== undefined && points > 0 && points <= 100 ? points : undefined;
}

/** 指标权重: a number; null when empty; the text itself when it is not a plain number */
export function readWeight(text: string): number | string | null {
  if (isBlank(text)) return null;
  // (full-width digits, typed with the input method in full-width mode, are the same number)
  const s = text.normalize('NFKC').trim();
  if (PLAIN_NUMBER.test(s)) return Number(s);
  // system exports print weights as percentages of the whole ("30%"): the same number of points
  const percent = /^(.+?)\s*[%％]$/.exec(s)?.[1];
  return percent !== undefined && PLAIN_NUMBER.test(percent) ? Number(percent) : text;
}

/** one month of 资金支出计划: `25` → 25; `100%` → null with raw; empty → undefined (left out) */
export function readSpendingMonth(month: number, text: string): SpendingPlanEntry | undefined {
  if (isBlank(text)) return undefined;
  const s = text.normalize('NFKC').trim();
  return PLAIN_NUMBER.test(s) ? { month, percent: Number(s) } : { month, percent: null, raw: text };
}

/** 2019年…, 2021 年…, （2023年度） */
export function yearIn(text: string): number | undefined {
  const m = /((?:19|20)\d{2})\s*年/.exec(text.normalize('NFKC'));
  return m ? Number(m[1]) : undefined;
}
