/**
 * How a file becomes a document: one loader per kind of input. JSON is read directly;
 * spreadsheets go through the importers. Every loader returns a Locator, so positions in
 * diagnostics always come from the input's own kind (line/column for JSON, cells for sheets).
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { LocalizedText } from '../i18n.js';
import { parseJsonText } from './json-text.js';
import { JsonLocator } from './json-locator.js';
import { START_OF_FILE, type Locator, type SourceRange } from './source-range.js';

export type LoadedInput =
  /** `reopen` rebuilds the locator later (from disk), so a large run need not keep every file's text */
  | { ok: true; value: unknown; locator: Locator; reopen?: () => Locator }
  | { ok: false; problem: { message: LocalizedText; range: SourceRange }; locator?: Locator };

export type InputLoader = (filePath: string, bytes: Buffer, context: InputContext) => Promise<LoadedInput> | LoadedInput;

/** What an importer may need beyond the bytes: defaults from config/flags for what sheets do not say. */
export interface InputContext {
  defaults?: Record<string, unknown>;
}

export function loadJson(filePath: string, bytes: Buffer): LoadedInput {
  const text = bytes.toString('utf8');
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  return { ok: true, value: parsed.value, locator: new JsonLocator(text), reopen: () => new JsonLocator(readFileSync(filePath, 'utf8')) };
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
