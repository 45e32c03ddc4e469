/** Text folding for the value reader: full-width forms, spacing and punctuation, so the scanner sees one spelling. */
import { NEEDS_COMPACTING } from './patterns.js';

// ---------------------------------------------------------------------------------------------
// Text normalisation
// ---------------------------------------------------------------------------------------------

export function asText(x: unknown): string {
  if (typeof x === 'string') return x;
  if (x === null || x === undefined) return '';
  return typeof x === 'number' || typeof x === 'boolean' ? String(x) : '';
}

export function isSpaceCode(c: number): boolean {
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

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Half-width forms for the symbols tables use interchangeably; '' drops zero-width characters. */
export function foldChar(code: number, ch: string): string {
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
export function compact(raw: string): string {
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

export const TRAILING_PUNCTUATION = new Set(['。', '；', ';', '！', '!', '，', ',', '、']);

export function stripTrailingPunctuation(t: string): string {
  let end = t.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(t.charAt(end - 1))) end--;
  return end === t.length ? t : t.slice(0, end);
}

export const PUNCTUATION = new Set([
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
