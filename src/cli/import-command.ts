/**
 * `perflint import <file…> [-o out.json | --out-dir DIR] [--layout auto|…] [--year --province --city --county --department]`
 * Spreadsheets → canonical `perflint/v1` JSON, written atomically. One input without -o prints
 * to stdout. Exit 0: all imported; 1: some inputs could not be imported (each one says why and
 * which flag to pass); 2: usage errors.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname, relative, resolve as resolvePath } from 'node:path';
import type { Submission } from '../document/model.js';
import { unknownMetadataWarnings } from '../engine/unknown-metadata.js';
import { createSubmissionValidator } from '../document/validate.js';
import { discoverFiles, NoFilesFoundError } from '../node/discover-files.js';
import { writeOutputFile } from '../fs-atomic.js';
import type { Locale } from '../i18n.js';
import { importDefaultsFrom, importSpreadsheet, isSpreadsheetPath, SPREADSHEET_EXTENSIONS, type ImportDefaults, type ImportProblem } from '../import/import-spreadsheet.js';
import { isLayoutId, LAYOUT_IDS } from '../import/layouts/index.js';
import { importFlags, type CliValues } from './args.js';
import type { CliIO } from './io.js';
import { PerfLint } from '../node/perflint.js';

const EXIT = { ok: 0, problems: 1, fatal: 2 } as const;

export async function runImport(patterns: string[], values: CliValues, io: CliIO, locale: Locale): Promise<number> {
  const en = locale === 'en';
  const output = values.out ?? values['output-file'];
  const outDir = values['out-dir'];
  const usage = (zh: string, english: string) => {
    io.stderr(`perflint import: ${en ? english : zh}\n`);
    return EXIT.fatal;
  };
  if (patterns.length === 0) return usage('请指定要导入的表格文件，例如 perflint import 申报表.xlsx -o 申报表.json', 'name the spreadsheets to import, e.g. perflint import book.xlsx -o book.json');
  if (output && outDir) return usage('-o 与 --out-dir 只能用一个', 'use either -o or --out-dir, not both');
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) return usage(`--year 需要四位年份，收到“${values.year}”`, `--year needs a four-digit year, got "${values.year}"`);
  if (values.layout !== undefined && values.layout !== 'auto' && !isLayoutId(values.layout)) {
    return usage(`未知的表样“${values.layout}”：可用 auto、${LAYOUT_IDS.join('、')}`, `unknown layout "${values.layout}": use auto, ${LAYOUT_IDS.join(', ')}`);
  }

  let files: string[];
  let unreadable = 0;
  try {
    const found = await discoverFiles({ cwd: io.cwd, patterns, ignores: [], extensions: SPREADSHEET_EXTENSIONS, errorOnUnmatchedPattern: true });
    for (const u of found.unreadable) io.stderr(`${relative(io.cwd, u.path) || u.path}: ${en ? `cannot be read (${u.code})` : `无法读取（${u.code}）`}\n`);
    files = found.files;
    unreadable = found.unreadable.length;
  } catch (error) {
    if (error instanceof NoFilesFoundError) return usage(`没有文件匹配“${error.pattern}”`, `no files match "${error.pattern}"`);
    throw error;
  }
  if (output && files.length > 1) return usage('-o 只能用于一个文件；多个文件请用 --out-dir 目录', '-o takes one input; for several, use --out-dir DIR');
  if (!output && !outDir && files.length > 1) return usage('导入多个文件时请用 --out-dir 指定输出目录', 'importing several files needs --out-dir DIR');

  // the config's `import` section fills what the flags leave open
  const configured = (await new PerfLint({ cwd: io.cwd, configFile: values.config }).config()).set.import ?? {};
  const defaults = { ...importDefaultsFrom(configured as Record<string, unknown>), ...importDefaultsFrom(importFlags(values)) };
  const validate = createSubmissionValidator();
  const taken = new Set<string>();
  let failed = unreadable;
  for (const file of files) {
    const shown = relative(io.cwd, file) || file;
    const imported = await importOne(file, shown, defaults, validate, io, en);
    if (!imported) {
      failed++;
      continue;
    }
    const text = JSON.stringify(imported.document, null, 2) + '\n';
    let where = '';
    if (!output && !outDir) io.stdout(text);
    else {
      const target = output ? resolvePath(io.cwd, output) : uniqueTarget(resolvePath(io.cwd, outDir!), file, taken);
      await writeOutputFile(target, text, { inputs: files, temps: io.temps, shownPath: relative(io.cwd, target) || target });
      where = relative(io.cwd, target) || target;
    }
    io.stderr(importSummary(shown, where, imported.document, imported.warnings, en));
  }
  return failed > 0 ? EXIT.problems : EXIT.ok;
}

async function importOne(file: string, shown: string, defaults: ImportDefaults, validate: ReturnType<typeof createSubmissionValidator>, io: CliIO, en: boolean): Promise<{ document: Submission; warnings: ImportProblem[] } | undefined> {
  if (!isSpreadsheetPath(file)) {
    io.stderr(`${shown}: ${en ? `not a spreadsheet (${SPREADSHEET_EXTENSIONS.join(', ')})` : `不是表格文件（${SPREADSHEET_EXTENSIONS.join('、')}）`}\n`);
    return undefined;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    io.stderr(`${shown}: ${en ? `cannot read the file (${code})` : `无法读取文件（${code}）`}\n`);
    return undefined;
  }
  let outcome: Awaited<ReturnType<typeof importSpreadsheet>>;
  try {
    outcome = await importSpreadsheet(file, bytes, defaults);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`${shown}: ${en ? `the spreadsheet could not be imported (${detail})` : `无法导入此表格（${detail}）`}\n`);
    return undefined;
  }
  if (!outcome.ok) {
    const where = outcome.problem.range.cellRef ? ` (${outcome.problem.range.cellRef})` : '';
    io.stderr(`${shown}${where}: ${outcome.problem.message[en ? 'en' : 'zh-CN']}\n`);
    return undefined;
  }
  const problems = validate(outcome.document);
  if (problems.length) {
    for (const p of problems.slice(0, 5)) io.stderr(`${shown} ${p.pointer || '/'}: ${p.message[en ? 'en' : 'zh-CN']}\n`);
    return undefined;
  }
  return { document: outcome.document, warnings: outcome.warnings };
}

const FIELD_NAMES: Record<string, { zh: string; en: string }> = {
  year: { zh: '预算年度', en: 'year' },
  'region.province': { zh: '省份', en: 'province' },
  'region.city': { zh: '市', en: 'city' },
  'region.county': { zh: '县区', en: 'county' },
  department: { zh: '部门', en: 'department' },
  'projects/0/name': { zh: '项目名称', en: 'project name' },
};

/**
 * One block per imported file: where it went, its layout and counts, every inferred fact with its
 * source, and what stayed unknown (each also a warning when the document is linted).
 */
export function importSummary(shown: string, where: string, document: Submission, partial: readonly ImportProblem[], en: boolean): string {
  const indicators = document.projects.reduce((n, p) => n + p.indicators.length + (p.periodIndicators?.length ?? 0), 0);
  const unknown = [...unknownMetadataWarnings(document).map((w) => w.text), ...partial.map((p) => p.message)];
  const arrow = where ? ` → ${where}` : '';
  const lines = [
    en
      ? `${shown}${arrow} (layout ${document.source?.template}: ${document.projects.length} projects, ${indicators} indicator rows, ${unknown.length} warnings)`
      : `${shown}${arrow}（表样 ${document.source?.template}：${document.projects.length} 个项目，${indicators} 条指标，${unknown.length} 条警告）`,
  ];
  for (const fact of document.source?.inferred ?? []) {
    const name = FIELD_NAMES[fact.field] ?? { zh: fact.field, en: fact.field };
    const cell = fact.cell ? (en ? `, ${fact.cell}` : `，${fact.cell}`) : '';
    const how = describeInference(fact.from);
    lines.push(en ? `  inferred ${name.en}: ${fact.value} (from ${how.en}${cell})` : `  推断${name.zh}：${fact.value}（依据${how.zh}${cell}）`);
  }
  for (const warning of unknown) lines.push(en ? `  warning: ${warning.en}` : `  警告：${warning['zh-CN']}`);
  return lines.join('\n') + '\n';
}

function describeInference(from: string): { zh: string; en: string } {
  if (from.startsWith('place-name:')) {
    const place = from.slice('place-name:'.length);
    return { zh: `地名“${place}”`, en: `the place name ${place}` };
  }
  if (from.startsWith('file-name:')) {
    const text = from.slice('file-name:'.length);
    return { zh: `文件名中的“${text}”`, en: `"${text}" in the file name` };
  }
  const known: Record<string, { zh: string; en: string }> = {
    'filing-unit': { zh: '填报/实施单位（表中没有主管部门）', en: 'the filing unit (the table names no 主管部门)' },
    'list-unit': { zh: '清单的第一个单位名称', en: "the list's first 单位名称" },
    'flag-or-config': { zh: '命令行参数或配置', en: 'a flag or the config' },
    title: { zh: '表格标题（表中没有项目名称栏）', en: 'the table title (the table has no 项目名称 cell)' },
  };
  return known[from] ?? { zh: from, en: from };
}

/** DIR/<name>.json, numbered when two inputs share a name */
function uniqueTarget(dir: string, input: string, taken: Set<string>): string {
  const stem = basename(input, extname(input));
  let path = resolvePath(dir, `${stem}.json`);
  for (let n = 2; taken.has(path); n++) path = resolvePath(dir, `${stem}(${n}).json`);
  taken.add(path);
  return path;
}
