/**
 * A lint run over files held in memory, in a browser: the CLI's own pipeline (input loaders and
 * spreadsheet importers, schema validation, the per-file phase, the corpus phase) with the rules
 * chosen by a preset instead of a config file. Runs in the page's Web Worker.
 */
import { builtinRules } from '../../rules/index.js';
import { InputLoaders, startOfFileLocator } from '../document/inputs.js';
import type { Submission } from '../document/model.js';
import type { Locator } from '../document/source-range.js';
import { createSubmissionValidator } from '../document/validate.js';
import { runCorpusRules } from '../engine/corpus.js';
import { keepLocator, lintFile, type FileOutcome } from '../engine/lint-file.js';
import { createResult, type LintResult } from '../engine/results.js';
import type { RuleLookup } from '../engine/rule.js';
import type { Locale } from '../i18n.js';
import { registerImporters } from '../import/loaders.js';
import { presetFor, PresetSelector, type PresetChoice, type PresetName, type PresetTexts } from './presets.js';

export interface InMemoryFile {
  name: string;
  bytes: Uint8Array;
}

export interface FileReport {
  result: LintResult;
  /** the preset applied, and the region it was chosen by (absent when the file was not readable) */
  preset: PresetName;
  region?: string;
}

export const BUILTIN_RULES: RuleLookup = { get: (id) => builtinRules[id] };

export async function lintInMemory(files: InMemoryFile[], choice: PresetChoice, texts: PresetTexts, locale: Locale): Promise<FileReport[]> {
  const inputs = new InputLoaders();
  registerImporters(inputs);
  const env = { selector: new PresetSelector(choice, texts, BUILTIN_RULES), validate: createSubmissionValidator(), locale };
  const outcomes: FileOutcome[] = [];
  const locators = new Map<string, (() => Locator) | Locator>();
  const documents = new Map<string, Submission>();
  for (const file of files) {
    const input = await inputs.load(file.name, file.bytes, {});
    outcomes.push(lintFile(file.name, input, env));
    locators.set(file.name, keepLocator(input));
    if (input.ok && isSubmissionLike(input.value)) documents.set(file.name, input.value);
  }
  await runCorpusRules(outcomes, BUILTIN_RULES, locale, async (file) => {
    const kept = locators.get(file) ?? startOfFileLocator;
    return typeof kept === 'function' ? kept() : kept;
  });
  return outcomes.map((o) => {
    const document = documents.get(o.filePath);
    const region = [document?.region?.province, document?.region?.city].filter(Boolean).join('');
    return { result: createResult(o.filePath, o.messages, o.document), preset: presetFor(choice, document), ...(region ? { region } : {}) };
  });
}

function isSubmissionLike(value: unknown): value is Submission {
  return typeof value === 'object' && value !== null && 'projects' in value;
}
