/**
 * How a file becomes a document: one loader per kind of input. JSON is read directly;
 * spreadsheets go through the importers. Every loader returns a Locator, so positions in
 * diagnostics always come from the input's own kind (line/column for JSON, cells for sheets).
 */
import type { LocalizedText } from '../i18n.js';
import { extensionOf } from './file-name.js';
import { parseJsonText } from './json-text.js';
import { JsonLocator } from './json-locator.js';
import { START_OF_FILE, type Locator, type SourceRange } from './source-range.js';

export type LoadedInput =
  /** `reopen` rebuilds the locator later (from disk), so a large run need not keep every file's text */
  | { ok: true; value: unknown; locator: Locator; reopen?: () => Locator }
  | { ok: false; problem: { message: LocalizedText; range: SourceRange }; locator?: Locator };

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

// ignoreBOM keeps a byte-order mark in the text, where the JSON reader reports it
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

export function loadJson(filePath: string, bytes: Uint8Array, context: InputContext = {}): LoadedInput {
  const text = UTF8.decode(bytes);
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const { reread } = context;
  const loaded: LoadedInput = { ok: true, value: parsed.value, locator: new JsonLocator(text) };
  return reread ? { ...loaded, reopen: () => new JsonLocator(reread(filePath)) } : loaded;
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
