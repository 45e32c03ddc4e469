/**
 * ESLint's fix loop over a text input: lint, apply every non-overlapping fix in one pass, lint the
 * new text again, until nothing changes or MAX_FIX_PASSES is reached. The messages returned are
 * those of the final text, so they are what remains after fixing. A fix replaces one JSON value
 * (its string literal), so the rest of the file keeps its formatting byte for byte.
 */
import type { LoadedInput } from '../document/inputs.js';
import { lintFile, type FileEnvironment, type FileOutcome } from './lint-file.js';
import type { LintFix, LintMessage } from './results.js';

/** ESLint's limit: a rule whose fix keeps re-triggering cannot loop forever. */
export const MAX_FIX_PASSES = 10;

/** Applies the fixes in source order; a fix that overlaps one already applied waits for the next pass. */
export function applyFixes(text: string, fixes: readonly LintFix[]): string {
  const ordered = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let copied = 0;
  for (const fix of ordered) {
    if (fix.range[0] < copied) continue;
    output += text.slice(copied, fix.range[0]) + fix.text;
    copied = fix.range[1];
  }
  return output + text.slice(copied);
}

export type FixFilter = (message: LintMessage) => boolean;

/** A file's lint with fixing; `outcome.output` is set only when the text changed (ESLint's result.output). */
export interface FixedOutcome {
  outcome: FileOutcome;
  /** the input the final messages were computed on */
  input: LoadedInput;
}

/**
 * Lints a file and, where its input is text, applies the fixes `shouldFix` accepts, re-reading the
 * fixed text with `reload` (the same loader as the file's own) after each pass.
 */
export async function lintFileWithFixes(
  filePath: string,
  input: LoadedInput,
  env: FileEnvironment,
  shouldFix: FixFilter,
  reload: (text: string) => Promise<LoadedInput>,
): Promise<FixedOutcome> {
  const original = input.ok ? input.source : undefined;
  let outcome = lintFile(filePath, input, env);
  if (original === undefined) return { outcome, input };
  let text = original;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = outcome.messages.filter((m) => m.fix && shouldFix(m)).map((m) => m.fix!);
    if (fixes.length === 0) break;
    const next = applyFixes(text, fixes);
    if (next === text) break;
    const reloaded = await reload(next);
    // a fix that breaks the file is not applied: the last text that read cleanly stands
    if (!reloaded.ok) break;
    text = next;
    input = reloaded;
    outcome = lintFile(filePath, input, env);
  }
  if (text !== original) outcome.output = text;
  return { outcome, input };
}
