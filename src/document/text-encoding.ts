/**
 * Text encodings of CSV/TSV exports, detected without asking the clerk: UTF-8 (with or without
 * BOM), UTF-16 LE/BE (with or without BOM; Excel's "Unicode text") and GBK/GB18030 (what Chinese
 * Excel writes for "CSV"). Anything else is reported instead of being turned into mojibake.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type DecodedText = { ok: true; text: string; encoding: TextEncoding } | { ok: false };

/** share of characters that must look like real table text before a guessed encoding is accepted */
const PLAUSIBLE_SHARE = 0.97;

export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = fromByteOrderMark(bytes);
  if (bom) return bom;
  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined && !utf8.includes('\u0000') && !looksLikeGbInDisguise(utf8)) return { ok: true, text: utf8, encoding: 'utf-8' };
  if (bytes.includes(0)) return utf16WithoutBom(bytes);
  const gb = decodeGb18030(bytes);
  if (gb !== undefined) return { ok: true, text: gb, encoding: 'gb18030' };
  return utf8 !== undefined && !utf8.includes('\u0000') ? { ok: true, text: utf8, encoding: 'utf-8' } : { ok: false };
}

function decodeGb18030(bytes: Uint8Array): string | undefined {
  if (!isWellFormedGb18030(bytes)) return undefined;
  // every current runtime's TextDecoder knows GB18030 (the WHATWG Encoding Standard), so this runs anywhere
  const text = new TextDecoder('gb18030').decode(bytes);
  return plausibleShare(text) >= PLAUSIBLE_SHARE ? text : undefined;
}

/**
 * Chinese written in UTF-8 takes three bytes a character. Text that is valid UTF-8 but whose
 * non-ASCII characters all took two bytes (U+0080–U+07FF: Latin, Greek, Cyrillic…) is, in a
 * Chinese budget table, far more likely GBK whose byte pairs happen to be valid UTF-8 (录 is C2 BC).
 */
function looksLikeGbInDisguise(utf8: string): boolean {
  let twoByte = false;
  for (const ch of utf8) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x800) return false;
    if (cp >= 0x80) twoByte = true;
  }
  return twoByte;
}

function fromByteOrderMark(bytes: Uint8Array): DecodedText | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = strictUtf8(bytes.subarray(3));
    return text === undefined ? { ok: false } : { ok: true, text, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  return undefined;
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/**
 * Without a BOM, UTF-16 shows itself by the zero byte of every ASCII character (tabs, digits,
 * line ends): on the odd side for little-endian, the even side for big-endian.
 */
function utf16WithoutBom(bytes: Uint8Array): DecodedText {
  if (bytes.length % 2 !== 0) return { ok: false };
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) zerosAtEven++;
    else zerosAtOdd++;
  }
  // ASCII puts the zero bytes on one side, but 一 (U+4E00) puts them on the other: read the text
  // both ways and keep the one that looks like a table, the zeros deciding only a tie
  const order: Array<'utf-16le' | 'utf-16be'> = zerosAtOdd > zerosAtEven ? ['utf-16le', 'utf-16be'] : ['utf-16be', 'utf-16le'];
  const [first, second] = order.map((encoding) => {
    const text = decodeUtf16(bytes, encoding);
    return { encoding, text, share: plausibleShare(text) };
  });
  const best = second!.share > first!.share ? second! : first!;
  return best.share >= PLAUSIBLE_SHARE ? { ok: true, text: best.text, encoding: best.encoding } : { ok: false };
}

/** GB18030's byte grammar: one byte 00–7F, two bytes 81–FE + 40–7E/80–FE, four bytes 81–FE 30–39 81–FE 30–39. */
export function isWellFormedGb18030(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b <= 0x7f) {
      i += 1;
      continue;
    }
    if (b === 0x80 || b === 0xff) return false;
    const b2 = bytes[i + 1];
    if (b2 === undefined) return false;
    if ((b2 >= 0x40 && b2 <= 0x7e) || (b2 >= 0x80 && b2 <= 0xfe)) {
      i += 2;
      continue;
    }
    const b3 = bytes[i + 2];
    const b4 = bytes[i + 3];
    if (b2 >= 0x30 && b2 <= 0x39 && b3 !== undefined && b3 >= 0x81 && b3 <= 0xfe && b4 !== undefined && b4 >= 0x30 && b4 <= 0x39) {
      i += 4;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * Share of characters a budget table plausibly contains: printable ASCII and line/tab control
 * characters, CJK ideographs and punctuation, full-width forms, common symbols (≥ ≤ ％ ㎡ ℃ …).
 * A wrong guess produces control characters, private-use or rare-script characters instead.
 */
export function plausibleShare(text: string): number {
  if (text.length === 0) return 1;
  let plausible = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    if (isPlausibleChar(ch.codePointAt(0)!)) plausible++;
  }
  return plausible / total;
}

function isPlausibleChar(cp: number): boolean {
  if (cp === 0x09 || cp === 0x0a || cp === 0x0d) return true;
  if (cp >= 0x20 && cp <= 0x7e) return true;
  if (cp >= 0xa0 && cp <= 0x24f) return true; // Latin-1 and Latin Extended (names, ×, ÷, °)
  if (cp >= 0x370 && cp <= 0x3ff) return true; // Greek (α, β, μ in units)
  if (cp >= 0x2000 && cp <= 0x2bff) return true; // punctuation, letterlike, arrows, maths, enclosed numbers, shapes
  if (cp >= 0x2e80 && cp <= 0x9fff) return true; // CJK radicals, punctuation, kana, compatibility, ideographs
  if (cp >= 0xf900 && cp <= 0xfaff) return true; // CJK compatibility ideographs
  if (cp >= 0xfe30 && cp <= 0xfe4f) return true; // CJK compatibility forms
  if (cp >= 0xff00 && cp <= 0xffef) return true; // full-width forms
  if (cp >= 0x20000 && cp <= 0x3134f) return true; // CJK extension ideographs (rare names)
  return cp === 0xfeff;
}
