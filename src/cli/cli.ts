/**
 * `perflint [patterns…]`. Exit codes as ESLint: 0 clean (warnings within --max-warnings),
 * 1 lint errors or too many warnings, 2 usage/config/internal error or a crashed rule.
 * The exit code never depends on where the report is written.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '../config/errors.js';
import { BUILTIN_PRESETS } from '../config/resolve.js';
import type { RuleEntry } from '../config/types.js';
import { NoFilesFoundError } from '../node/discover-files.js';
import { parseJsonText } from '../document/json-text.js';
import { PerfLint, type ResultsOneByOne } from '../node/perflint.js';
import type { Concurrency } from '../node/pool.js';
import type { LintResult } from '../engine/results.js';
import { UnknownFormatterError } from '../formatters/index.js';
import { AnnotateError } from '../import/errors.js';
import { describeOutputError, openOutputFile, OutputError, writeOutputFile } from '../fs-atomic.js';
import { jsonPieces } from '../formatters/json.js';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n.js';
import { PACKAGE_VERSION } from '../package-root.js';
import { importFlags, parse, UsageError, type CliValues } from './args.js';
import { helpText } from './help.js';
import { formatStats } from './stats.js';
import { createProgressBar } from './progress.js';
import { initConfigText } from './init.js';
import { applyBaseline, describeUnused, fixFlags, suppressionsPath, writeFixes } from './baseline.js';
import { SuppressionsError } from '../node/suppressions.js';
import type { CliIO } from './io.js';

export type { CliIO } from './io.js';

export const EXIT = { ok: 0, problems: 1, fatal: 2 } as const;

/** A crashed rule is an internal error, not a finding: exit 2. */
export function hasRuleCrash(results: LintResult[]): boolean {
  return results.some((r) => r.messages.some((m) => m.fatal && m.ruleId !== null && m.ruleId !== 'schema'));
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  let values: CliValues;
  let positionals: string[];
  try {
    ({ values, positionals } = parse(argv));
  } catch (error) {
    io.stderr(`perflint: ${(error as Error).message}\n${helpHint(DEFAULT_LOCALE)}\n`);
    return EXIT.fatal;
  }
  const locale: Locale = values.locale && isLocale(values.locale) ? values.locale : DEFAULT_LOCALE;
  if (values.locale && !isLocale(values.locale)) {
    io.stderr(`perflint: --locale ${values.locale}: ${locale === 'en' ? 'use zh-CN or en' : '可用 zh-CN 或 en'}\n`);
    return EXIT.fatal;
  }
  try {
    if (values.help) {
      io.stdout(helpText(locale));
      return EXIT.ok;
    }
    if (values.version) {
      io.stdout(`${PACKAGE_VERSION}\n`);
      return EXIT.ok;
    }
    if (positionals[0] === 'import') {
      const { runImport } = await import('./import-command.js');
      return await runImport(positionals.slice(1), values, io, locale);
    }
    if (values.init) return await init(positionals[0], io, locale);

    const fixing = fixFlags(values, locale);
    const skipped: string[] = [];
    const progress = io.progress ? createProgressBar(io.stderr) : undefined;
    const perflint = new PerfLint({
      cwd: io.cwd,
      onFileSkipped: (file) => skipped.push(file),
      configFile: values.config,
      rules: parseRuleFlags(values.rule ?? [], locale),
      locale: values.locale as Locale | undefined,
      errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
      importDefaults: importFlags(values),
      concurrency: parseConcurrency(values.concurrency, locale),
      fix: fixing.fix,
      fixErrorsOnly: fixing.fixErrorsOnly,
      ...(fixing.fixTypes ? { fixTypes: fixing.fixTypes } : {}),
      stats: values.stats,
      cache: values.cache || values['cache-location'] !== undefined,
      cacheLocation: values['cache-location'],
      onProgress: progress?.update,
    });
    const effectiveLocale = await perflint.locale();

    if (values['list-rules']) return await listRules(perflint, io, effectiveLocale);
    if (values['print-config'] !== undefined) return await printConfig(perflint, values['print-config'], io);

    const maxWarnings = parseMaxWarnings(values['max-warnings'], locale);
    const selector = await perflint.config();
    if (!selector.enablesAnyRule()) {
      const file = selector.set.filePath ? relativeOrSelf(io.cwd, selector.set.filePath) : 'config';
      io.stderr(
        effectiveLocale === 'en'
          ? `perflint: ${file} turns on no rule, so only the file format is checked (add "extends: perflint:recommended"?)\n`
          : `perflint：${file} 没有启用任何规则，只会检查文件格式（是否漏写了 “extends: perflint:recommended”？）\n`,
      );
    }
    const patterns = positionals.length ? positionals : ['.'];
    const formatName = values.format ?? 'stylish';
    const outputFile = values['output-file'];
    const started = performance.now();
    const linted = await (writesJsonAsItGoes(values, formatName, fixing.fix, io.cwd) ? perflint.lintFilesOneByOne(patterns) : perflint.lintFiles(patterns));
    progress?.finish();
    if (perflint.stats) io.stderr(formatStats(perflint.stats, performance.now() - started, effectiveLocale));
    for (const note of perflint.notes) io.stderr(`${effectiveLocale === 'en' ? 'perflint: ' : 'perflint：'}${note[effectiveLocale]}\n`);
    // the baseline file lies among the submissions; it is perflint's own, so a walk passes it silently
    const foreign = skipped.filter((file) => file !== suppressionsPath(values, io.cwd));
    if (foreign.length) io.stderr(skippedNote(foreign, io.cwd, effectiveLocale));
    if (!Array.isArray(linted)) return await writeJsonAsItGoes(linted, { quiet: values.quiet === true, maxWarnings, outputFile, io });
    if (fixing.write) await writeFixes(linted, io.temps);
    const baseline = await applyBaseline(linted, values, { cwd: io.cwd, locale: effectiveLocale, temps: io.temps, knownRule: (id) => perflint.registry.get(id) !== undefined });
    let results = baseline.results;
    const warningCount = results.reduce((n, r) => n + r.warningCount, 0);
    const errorCount = results.reduce((n, r) => n + r.errorCount, 0);
    if (values.quiet) results = results.map(onlyErrors);

    const tooManyWarnings = maxWarnings !== undefined && warningCount > maxWarnings;
    if (values.annotate !== undefined || formatName === 'xlsx') {
      const { annotateWorkbooks } = await import('../import/annotate.js');
      const written = await annotateWorkbooks(results, { cwd: io.cwd, outputFile: formatName === 'xlsx' ? outputFile : undefined, outDir: values.annotate, locale: effectiveLocale, rulesMeta: perflint.rulesMeta(), temps: io.temps });
      for (const w of written) io.stderr(`${effectiveLocale === 'en' ? 'annotated workbook' : '已生成批注工作簿'}: ${w}\n`);
    }
    if (formatName !== 'xlsx') {
      const formatter = await perflint.loadFormatter(formatName);
      const output = await formatter(results, {
        cwd: io.cwd,
        locale: effectiveLocale,
        rulesMeta: perflint.rulesMeta(),
        color: values['no-color'] ? false : (values.color ?? (io.isTTY === true && !outputFile)),
        version: PACKAGE_VERSION,
        ...(tooManyWarnings ? { maxWarningsExceeded: { maxWarnings: maxWarnings!, foundWarnings: warningCount } } : {}),
      });
      if (outputFile) {
        const inputs = results.map((r) => r.filePath);
        await writeOutputFile(resolvePath(io.cwd, outputFile), output, { inputs, temps: io.temps, shownPath: outputFile });
      } else if (output) io.stdout(output);
    }
    if (hasRuleCrash(results)) return EXIT.fatal;
    if (baseline.unused.length && !values['pass-on-unpruned-suppressions']) {
      io.stderr(describeUnused(baseline.unused, effectiveLocale));
      return EXIT.fatal;
    }
    return errorCount > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok;
  } catch (error) {
    io.stderr(describeFailure(error, locale, io.cwd) + '\n');
    return EXIT.fatal;
  }
}

/**
 * `-f json` without a baseline, fixes or annotations: each file's result is written as soon as it
 * is made and then let go, so a national run's report (hundreds of MB) is never held in memory.
 * The text is the json formatter's, byte for byte.
 */
function writesJsonAsItGoes(values: CliValues, formatName: string, fixing: boolean, cwd: string): boolean {
  const baseline = values['suppress-all'] || values['suppress-rule']?.length || values['prune-suppressions'] || values['suppressions-location'] !== undefined || existsSync(suppressionsPath(values, cwd));
  return formatName === 'json' && !fixing && !baseline && values.annotate === undefined;
}

async function writeJsonAsItGoes(linted: ResultsOneByOne, options: { quiet: boolean; maxWarnings: number | undefined; outputFile: string | undefined; io: CliIO }): Promise<number> {
  const { io, outputFile } = options;
  const output = outputFile ? await openOutputFile(resolvePath(io.cwd, outputFile), { inputs: linted.filePaths, temps: io.temps, shownPath: outputFile }).catch((error: unknown) => {
    linted.close();
    throw error;
  }) : undefined;
  let errors = 0;
  let warnings = 0;
  let crashed = false;
  const counted = function* () {
    for (const result of linted.results) {
      errors += result.errorCount;
      warnings += result.warningCount;
      crashed ||= hasRuleCrash([result]);
      yield options.quiet ? onlyErrors(result) : result;
    }
  };
  try {
    // pieces gathered up to about a megabyte, so a small file is one write and a large one is not one string
    let batch = '';
    for (const piece of jsonPieces(counted())) {
      batch += piece;
      if (batch.length < 1 << 20) continue;
      await (output ? output.write(batch) : io.stdout(batch));
      batch = '';
    }
    if (batch) await (output ? output.write(batch) : io.stdout(batch));
    await output?.commit();
  } catch (error) {
    await output?.abort();
    throw error;
  }
  if (crashed) return EXIT.fatal;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  return errors > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok;
}

/** one line for the JSON files a folder walk passed over, naming the first few */
function skippedNote(files: string[], cwd: string, locale: Locale): string {
  const shown = files.slice(0, 3).map((f) => relativeOrSelf(cwd, f));
  const more = files.length > shown.length ? (locale === 'en' ? ` and ${files.length - shown.length} more` : ` 等 ${files.length} 个`) : '';
  return locale === 'en'
    ? `perflint: skipped ${shown.join(', ')}${more}: JSON that is not a perflint/v1 submission (name a file to check it anyway)\n`
    : `perflint：已跳过 ${shown.join('、')}${more}：不是 perflint/v1 申报文件的 JSON（如需检查，请直接写出文件名）\n`;
}

function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === 2);
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

function helpHint(locale: Locale): string {
  return locale === 'en' ? 'Run perflint --help for usage.' : '运行 perflint --help 查看用法。';
}

function describeFailure(error: unknown, locale: Locale, cwd: string): string {
  if (error instanceof ConfigError) {
    const where = [error.file ? relativeOrSelf(cwd, error.file) : undefined, error.key].filter(Boolean).join(' → ');
    return locale === 'en' ? `perflint: config error${where ? ` (${where})` : ''}: ${error.text.en}` : `perflint：配置错误${where ? `（${where}）` : ''}：${error.text['zh-CN']}`;
  }
  if (error instanceof NoFilesFoundError) {
    return locale === 'en'
      ? `perflint: no files match "${error.pattern}" (use --no-error-on-unmatched-pattern to allow this)`
      : `perflint：没有文件匹配“${error.pattern}”（如属正常，可加 --no-error-on-unmatched-pattern）`;
  }
  if (error instanceof UnknownFormatterError) {
    return locale === 'en'
      ? `perflint: unknown format "${error.formatterName}" (stylish, summary, html, json, sarif, github, xlsx)`
      : `perflint：未知的输出格式“${error.formatterName}”（可用 stylish、summary、html、json、sarif、github、xlsx）`;
  }
  if (error instanceof OutputError) return describeOutputError(error, locale);
  if (error instanceof UsageError || error instanceof AnnotateError) return `perflint: ${error.message}\n${helpHint(locale)}`;
  if (error instanceof SuppressionsError) return `perflint: ${error.message}`;
  const detail = error instanceof Error ? error.message : String(error);
  return locale === 'en' ? `perflint: internal error: ${detail}` : `perflint：内部错误：${detail}`;
}

function relativeOrSelf(cwd: string, file: string): string {
  return file.startsWith(cwd + '/') ? file.slice(cwd.length + 1) : file;
}

function parseMaxWarnings(value: string | undefined, locale: Locale): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new UsageError(locale === 'en' ? `--max-warnings needs a whole number, got "${value}"` : `--max-warnings 需要整数，收到“${value}”`);
  return n === -1 ? undefined : n;
}

function parseConcurrency(value: string | undefined, locale: Locale): Concurrency | undefined {
  if (value === undefined || value === 'auto' || value === 'off') return value;
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1) return n;
  throw new UsageError(locale === 'en' ? `--concurrency takes off, auto or a number, got "${value}"` : `--concurrency 应为 off、auto 或正整数，收到“${value}”`);
}

/** `--rule 'weights-sum: [error, {total: 90}]'`: each flag is a small YAML mapping naming at least one rule. */
export function parseRuleFlags(flags: string[], locale: Locale): Record<string, RuleEntry> {
  const entries: Array<[string, RuleEntry]> = [];
  for (const flag of flags) {
    let parsed: unknown;
    try {
      parsed = parseYaml(flag);
    } catch {
      parsed = undefined;
    }
    const own = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? Object.entries(parsed) : [];
    if (own.length === 0) {
      throw new UsageError(locale === 'en' ? `--rule "${flag}" should look like 'rule-id: error'` : `--rule “${flag}” 的写法应为 'rule-id: error'`);
    }
    entries.push(...(own as Array<[string, RuleEntry]>));
  }
  // fromEntries defines own properties, so even a key like "__proto__" reaches validation as a rule id
  return Object.fromEntries(entries);
}

async function init(preset: string | undefined, io: CliIO, locale: Locale): Promise<number> {
  const name = preset ?? 'recommended';
  if (!(BUILTIN_PRESETS as readonly string[]).includes(name)) {
    throw new UsageError(
      locale === 'en' ? `unknown preset "${name}"; choose one of ${BUILTIN_PRESETS.join(', ')}` : `未知的预设“${name}”；可选：${BUILTIN_PRESETS.join('、')}`,
    );
  }
  const target = resolvePath(io.cwd, '.perflintrc.yaml');
  if (existsSync(target)) {
    throw new UsageError(locale === 'en' ? '.perflintrc.yaml already exists; not overwriting it' : '.perflintrc.yaml 已存在，不会覆盖');
  }
  await writeOutputFile(target, initConfigText(name), { temps: io.temps, shownPath: '.perflintrc.yaml' });
  io.stdout(locale === 'en' ? `wrote .perflintrc.yaml (extends perflint:${name})\n` : `已写入 .perflintrc.yaml（继承 perflint:${name}）\n`);
  return EXIT.ok;
}

/** Every known rule; ✓ = on in perflint:recommended (read from the preset itself, so it cannot drift). */
async function listRules(perflint: PerfLint, io: CliIO, locale: Locale): Promise<number> {
  const recommended = new PerfLint({ cwd: io.cwd, config: { extends: 'perflint:recommended' } });
  const on = (await recommended.config()).describe(resolvePath(io.cwd, 'x.json')).rules;
  const width = Math.max(...perflint.registry.ids().map((id) => id.length)) + 2;
  const lines = perflint.registry
    .entries()
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, rule]) => `${id.padEnd(width)}${on[id] && on[id] !== 'off' ? '✓' : ' '} ${rule.meta.docs.description[locale]}`);
  io.stdout(lines.join('\n') + '\n');
  return EXIT.ok;
}

async function printConfig(perflint: PerfLint, file: string, io: CliIO): Promise<number> {
  const selector = await perflint.config();
  const path = resolvePath(io.cwd, file);
  // region overrides depend on the document, so read it when it is a readable perflint/v1 file
  let document: { region: { province: string }; year: number } | undefined;
  try {
    const parsed = parseJsonText(await readFile(path, 'utf8'));
    if (parsed.ok) document = parsed.value as typeof document;
  } catch {
    document = undefined;
  }
  io.stdout(JSON.stringify(selector.describe(path, document?.region ? document : undefined), null, 2) + '\n');
  return EXIT.ok;
}
