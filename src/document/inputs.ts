/**
 * How a file becomes a document: one loader per kind of input. JSON is read directly;
 * spreadsheets go through the importers. Every loader returns a Locator, so positions in
 * diagnostics always come from the input's own kind (line/column for JSON, cells for sheets).
 */
import type { LocalizedText } from '../i18n.js';
import { extensionOf } from './file-name.js';
import { decodeText, type TextEncoding } from './text-encoding.js';
import { parseJsonText } from './json-text.js';
import { JsonLocator } from './json-locator.js';
import { START_OF_FILE, type Locator, type SourceRange } from './source-range.js';

export interface InputProblem {
  message: LocalizedText;
  range: SourceRange;
}

/**
 * `source`: the text that `fix` ranges refer to, for inputs that are text (JSON); spreadsheets have none.
 * `notes`: what a loader read only in part or had to guess (a header with no rows under it); each
 * becomes a warning, so a partial reading never passes silently.
 */
export type LoadedInput =
  /** `reopen` rebuilds the locator later (from disk), so a large run need not keep every file's text */
  | { ok: true; value: unknown; locator: Locator; reopen?: () => Locator; notes?: InputProblem[]; source?: string }
  | { ok: false; problem: InputProblem; locator?: Locator };

/**
 * Reads one input's bytes. Written as a method type so that a loader of the node layer may take
 * a Buffer: node passes Buffers (which are Uint8Arrays), a browser any Uint8Array.
 */
export type InputLoader = {
  load(filePath: string, bytes: Uint8Array, context: InputContext): Promise<LoadedInput> | LoadedInput;
}['load'];

/** What a loader may need beyond the bytes. */
export interface InputContext {
  /** defaults from config/flags for what sheets do not say */
  defaults?: Record<string, unknown>;
  /** reads a file's text again later, so a large run need not keep it; absent = keep it */
  reread?: (filePath: string) => string;
}

export function loadJson(filePath: string, bytes: Uint8Array, context: InputContext = {}): LoadedInput {
  if (looksLikeWorkbook(bytes)) {
    const message = {
      'zh-CN': '这是 Excel/WPS 工作簿，不是 JSON 文本：请把扩展名改为 .xlsx（或 .xls）再检查',
      en: 'this is an Excel/WPS workbook, not JSON text: give it the .xlsx (or .xls) extension and check again',
    };
    return { ok: false, problem: { message, range: START_OF_FILE } };
  }
  const text = jsonTextOf(bytes);
  if (typeof text !== 'string') return { ok: false, problem: text };
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problem: text.includes('\u0000') ? notUtf8(bytes) : parsed.problem };
  const { reread } = context;
  const loaded: LoadedInput = { ok: true, value: parsed.value, locator: new JsonLocator(text), source: text };
  return reread ? { ...loaded, reopen: () => new JsonLocator(withoutBom(reread(filePath))) } : loaded;
}

/**
 * JSON is UTF-8 (RFC 8259); a leading BOM is dropped, so columns count as an editor shows them.
 * Anything else gets a message that names the encoding found, instead of a syntax error far away
 * or text silently turned into U+FFFD.
 */
function jsonTextOf(bytes: Uint8Array): string | InputProblem {
  const text = withoutBom(UTF8.decode(bytes));
  // the fast path: decoding marks invalid bytes with U+FFFD, which a real table rarely contains
  if (text.includes('\uFFFD') && invalidUtf8At(bytes) !== undefined) return notUtf8(bytes);
  return text;
}

// ignoreBOM keeps a byte-order mark in the text, so that withoutBom drops it the same way for re-read text
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** a zip package (.xlsx) or an OLE compound file (.xls, .et) */
function looksLikeWorkbook(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0);
}

function notUtf8(bytes: Uint8Array): InputProblem {
  const decoded = decodeText(bytes);
  if (decoded.ok && decoded.encoding !== 'utf-8') {
    const name = ENCODING_NAMES[decoded.encoding];
    const message = {
      'zh-CN': `文件是 ${name} 编码；JSON 须为 UTF-8，请用记事本等“另存为 UTF-8”后再检查`,
      en: `the file is encoded as ${name}; JSON must be UTF-8, so save it as UTF-8 and lint again`,
    };
    return { message, range: START_OF_FILE };
  }
  const at = invalidUtf8At(bytes);
  const message = {
    'zh-CN': at === undefined ? '文件含有空字节，不是 JSON 文本，可能已损坏' : '文件从此处起不是合法的 UTF-8 文本，可能已损坏或不是 JSON',
    en: at === undefined ? 'the file has NUL bytes and is not JSON text; it may be damaged' : 'the file is not valid UTF-8 text from here on; it may be damaged or not JSON',
  };
  if (at === undefined) return { message, range: START_OF_FILE };
  const { line, column } = lineAndColumnOfByte(bytes, at);
  return { message, range: { line, column, endLine: line, endColumn: column + 1 } };
}

const ENCODING_NAMES: Record<TextEncoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16（LE）', 'utf-16be': 'UTF-16（BE）', gb18030: 'GBK/GB18030' };

/** offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF), if any */
export function invalidUtf8At(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [length, low, high] = utf8Lead(b);
    if (length === 0) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return undefined;
}

/** a lead byte's sequence length and the range its second byte must fall in; length 0 = not a lead byte */
function utf8Lead(b: number): [number, number, number] {
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f];
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}

function lineAndColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).length + 1;
  return { line, column };
}

export class InputLoaders {
  readonly #byExtension = new Map<string, InputLoader>([['.json', loadJson]]);

  register(extensions: string[], loader: InputLoader): void {
    for (const e of extensions) this.#byExtension.set(e.toLowerCase(), loader);
  }

  extensions(): string[] {
    return [...this.#byExtension.keys()];
  }

  async load(filePath: string, bytes: Uint8Array, context: InputContext): Promise<LoadedInput> {
    const loader = this.#byExtension.get(extensionOf(filePath)) ?? loadJson;
    return loader(filePath, bytes, context);
  }
}

export const startOfFileLocator: Locator = { locate: () => START_OF_FILE };
