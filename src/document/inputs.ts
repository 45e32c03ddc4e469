/**
 * How a file becomes a document: one loader per kind of input. JSON is read directly;
 * spreadsheets go through the importers. Every loader returns a Locator, so positions in
 * diagnostics always come from the input's own kind (line/column for JSON, cells for sheets).
 */
import { extname } from 'node:path';
import type { LocalizedText } from '../i18n.js';
import { parseJsonText } from './json-text.js';
import { JsonLocator } from './json-locator.js';
import { START_OF_FILE, type Locator, type SourceRange } from './source-range.js';

export type LoadedInput =
  | { ok: true; value: unknown; locator: Locator; source?: string }
  | { ok: false; problem: { message: LocalizedText; range: SourceRange }; locator?: Locator };

export type InputLoader = (filePath: string, bytes: Buffer, context: InputContext) => Promise<LoadedInput> | LoadedInput;

/** What an importer may need beyond the bytes: defaults from config/flags for what sheets do not say. */
export interface InputContext {
  defaults?: Record<string, unknown>;
}

export function loadJson(_filePath: string, bytes: Buffer): LoadedInput {
  const text = bytes.toString('utf8');
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  return { ok: true, value: parsed.value, locator: new JsonLocator(text) };
}

export class InputLoaders {
  readonly #byExtension = new Map<string, InputLoader>([['.json', loadJson]]);

  register(extensions: string[], loader: InputLoader): void {
    for (const e of extensions) this.#byExtension.set(e.toLowerCase(), loader);
  }

  extensions(): string[] {
    return [...this.#byExtension.keys()];
  }

  async load(filePath: string, bytes: Buffer, context: InputContext): Promise<LoadedInput> {
    const loader = this.#byExtension.get(extname(filePath).toLowerCase()) ?? loadJson;
    return loader(filePath, bytes, context);
  }
}

export const startOfFileLocator: Locator = { locate: () => START_OF_FILE };
