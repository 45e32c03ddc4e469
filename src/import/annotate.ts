/**
 * The reviewer's copies on disk: each linted spreadsheet annotated (annotate-workbook.ts, which
 * works on bytes and runs in a browser too) and written beside the others. The input file is only
 * read; outputs are written atomically.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname, relative, resolve as resolvePath } from 'node:path';
import type { LintResult } from '../engine/results.js';
import { writeOutputFile, type TempFiles } from '../fs-atomic.js';
import type { Locale } from '../i18n.js';
import { annotateWorkbookBytes, type AnnotateWorkbookOptions } from './annotate-workbook.js';
import { isSpreadsheetPath } from './import-spreadsheet.js';
import { AnnotateError } from './errors.js';

export { ERROR_FILL, WARNING_FILL } from './annotate-workbook.js';

export interface AnnotateOptions extends AnnotateWorkbookOptions {
  cwd: string;
  /** `--format xlsx --output-file x.xlsx`: one input, this output */
  outputFile?: string;
  /** `--annotate DIR`: one `<name>.annotated.xlsx` per input */
  outDir?: string;
  temps?: TempFiles;
}

export { AnnotateError };

/** Writes one annotated workbook per spreadsheet result and returns the paths written. */
export async function annotateWorkbooks(results: LintResult[], options: AnnotateOptions): Promise<string[]> {
  const sheets = results.filter((r) => isSpreadsheetPath(r.filePath));
  const t = usageTexts(options.locale);
  if (sheets.length === 0) throw new AnnotateError(t.noSpreadsheets);
  if (options.outputFile && sheets.length > 1) throw new AnnotateError(t.oneOutputFile);
  const written: string[] = [];
  const taken = new Set<string>();
  for (const result of sheets) {
    const target = targetPath(result.filePath, options, taken);
    const bytes = await annotatedWorkbook(result, options);
    if (!bytes) continue; // an unreadable file: its fatal message is in the report already
    const inputs = results.map((r) => r.filePath);
    await writeOutputFile(target, bytes, { inputs, temps: options.temps, shownPath: relative(options.cwd, target) || target });
    written.push(target);
  }
  return written;
}

/** one result's input, read from disk and annotated: .xlsx bytes, or undefined when it cannot be read as a table */
export async function annotatedWorkbook(result: LintResult, options: AnnotateWorkbookOptions): Promise<Uint8Array | undefined> {
  return annotateWorkbookBytes(result.filePath, await readFile(result.filePath), result.messages, options);
}

function targetPath(input: string, options: AnnotateOptions, taken: Set<string>): string {
  if (options.outputFile) return resolvePath(options.cwd, options.outputFile);
  const dir = options.outDir !== undefined ? resolvePath(options.cwd, options.outDir) : options.cwd;
  const stem = basename(input, extname(input));
  let path = resolvePath(dir, `${stem}.annotated.xlsx`);
  for (let n = 2; taken.has(path); n++) path = resolvePath(dir, `${stem}.annotated(${n}).xlsx`);
  taken.add(path);
  return path;
}

function usageTexts(locale: Locale): { noSpreadsheets: string; oneOutputFile: string } {
  return locale === 'en'
    ? {
        noSpreadsheets: 'there is no spreadsheet input to annotate (xlsx, csv, tsv)',
        oneOutputFile: '--output-file takes one spreadsheet; for several, use --annotate DIR',
      }
    : {
        noSpreadsheets: '没有可批注的表格文件（xlsx、csv、tsv）',
        oneOutputFile: '--output-file 只能用于一个表格文件；多个文件请用 --annotate 目录',
      };
}
