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

/**
 * `700,000.00` → 700000, `131.2万元` and `131.2万` → 131.2 (万元), `` → null; an amount followed by
 * a bracketed note is that amount, the whole text kept as `raw`.
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
