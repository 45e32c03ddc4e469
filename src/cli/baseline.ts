/**
 * The CLI side of fixes and of the baseline (bulk suppressions): flag checks as ESLint words them,
 * writing fixed files, and reading, updating and applying the suppressions file.
 */
import { readFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import type { LintResult } from '../engine/results.js';
import type { RuleType } from '../engine/rule.js';
import { writeOutputFile, type TempFiles } from '../fs-atomic.js';
import type { Locale } from '../i18n.js';
import {
  applySuppressions,
  DEFAULT_SUPPRESSIONS_FILE,
  loadSuppressions,
  prune,
  serializeSuppressions,
  suppress,
  SuppressionsError,
  type UnusedSuppression,
} from '../node/suppressions.js';
import { UsageError, type CliValues } from './args.js';

const FIX_TYPES: readonly RuleType[] = ['problem', 'suggestion'];

/** `--fix`, `--fix-dry-run`, `--fix-type`: what the linter should fix, and whether to write it. */
export function fixFlags(values: CliValues, locale: Locale): { fix: boolean; write: boolean; fixErrorsOnly: boolean; fixTypes?: RuleType[] } {
  const en = locale === 'en';
  if (values.fix && values['fix-dry-run']) throw new UsageError(en ? '--fix and --fix-dry-run cannot be used together' : '--fix 与 --fix-dry-run 不能同时使用');
  const fix = Boolean(values.fix || values['fix-dry-run']);
  const types = (values['fix-type'] ?? []).flatMap((t) => t.split(',')).map((t) => t.trim());
  if (types.length && !fix) throw new UsageError(en ? '--fix-type needs --fix or --fix-dry-run' : '--fix-type 需要与 --fix 或 --fix-dry-run 一起使用');
  const unknown = types.find((t) => !(FIX_TYPES as readonly string[]).includes(t));
  if (unknown !== undefined) throw new UsageError(en ? `--fix-type takes problem or suggestion, got "${unknown}"` : `--fix-type 可用 problem 或 suggestion，收到“${unknown}”`);
  // as ESLint: under --quiet only errors are fixed, so nothing changes that the report does not show
  return { fix, write: Boolean(values.fix), fixErrorsOnly: Boolean(values.quiet), ...(types.length ? { fixTypes: types as RuleType[] } : {}) };
}

/**
 * `--fix`: each fixed file is replaced atomically. Only text inputs have an `output`, so a
 * workbook is never written. A byte-order mark the file had is kept.
 */
export async function writeFixes(results: readonly LintResult[], temps: TempFiles | undefined): Promise<void> {
  for (const result of results) {
    if (result.output === undefined) continue;
    const original = await readFile(result.filePath);
    const bom = original[0] === 0xef && original[1] === 0xbb && original[2] === 0xbf ? '\uFEFF' : '';
    await writeOutputFile(result.filePath, bom + result.output, { temps });
  }
}

/** where the baseline file is: `--suppressions-location`, else perflint-suppressions.json in the working directory */
export function suppressionsPath(values: CliValues, cwd: string): string {
  return resolvePath(cwd, values['suppressions-location'] ?? DEFAULT_SUPPRESSIONS_FILE);
}

export interface BaselineOutcome {
  results: LintResult[];
  unused: UnusedSuppression[];
}

/**
 * Reads the suppressions file (if any), updates it for `--suppress-all`, `--suppress-rule` and
 * `--prune-suppressions`, and applies it: suppressed errors move to `suppressedMessages`.
 */
export async function applyBaseline(
  results: LintResult[],
  values: CliValues,
  env: { cwd: string; locale: Locale; temps?: TempFiles; knownRule: (id: string) => boolean },
): Promise<BaselineOutcome> {
  const en = env.locale === 'en';
  const rules = values['suppress-rule'] ?? [];
  if (values['suppress-all'] && rules.length) {
    throw new UsageError(en ? '--suppress-all and --suppress-rule cannot be used together' : '--suppress-all 与 --suppress-rule 不能同时使用');
  }
  const unknownRule = rules.find((id) => !env.knownRule(id));
  if (unknownRule !== undefined) throw new UsageError(en ? `--suppress-rule ${unknownRule}: no such rule` : `--suppress-rule ${unknownRule}：没有这条规则`);
  const shown = values['suppressions-location'] ?? DEFAULT_SUPPRESSIONS_FILE;
  const location = suppressionsPath(values, env.cwd);
  const updating = Boolean(values['suppress-all'] || rules.length || values['prune-suppressions']);
  const loaded = await loadSuppressions(location);
  // ESLint: a location named on the command line must exist unless this run creates it
  if (loaded === undefined && values['suppressions-location'] !== undefined && !updating) {
    throw new SuppressionsError(en ? `${shown}: the suppressions file does not exist; create it with --suppress-all or --suppress-rule` : `${shown}：基线文件不存在；请先用 --suppress-all 或 --suppress-rule 生成`);
  }
  let suppressions = loaded ?? {};
  if (updating) {
    if (values['suppress-all'] || rules.length) suppressions = suppress(suppressions, results, env.cwd, rules.length ? new Set(rules) : undefined);
    if (values['prune-suppressions']) suppressions = prune(suppressions, results, env.cwd);
    await writeOutputFile(location, serializeSuppressions(suppressions), { inputs: results.map((r) => r.filePath), temps: env.temps, shownPath: shown });
  }
  return applySuppressions(results, suppressions, env.cwd);
}

/** ESLint's closing words on unused suppressions, with each one listed so a reviewer can check it. */
export function describeUnused(unused: readonly UnusedSuppression[], locale: Locale): string {
  const lines = unused.map((u) => `  ${u.file}  ${u.ruleId}  ${u.key}${u.count > 1 ? ` ×${u.count}` : ''}`);
  const head =
    locale === 'en'
      ? 'perflint: there are suppressions left that do not occur anymore; re-run with --prune-suppressions to remove them:'
      : 'perflint：基线中有已不再出现的记录；请加 --prune-suppressions 重新运行以清理：';
  return [head, ...lines].join('\n') + '\n';
}
