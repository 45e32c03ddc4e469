import type { InputContext, InputLoaders, LoadedInput } from '../document/inputs.js';
import { START_OF_FILE } from '../document/source-range.js';
import { importDefaultsFrom, importSpreadsheet, SPREADSHEET_EXTENSIONS } from './import-spreadsheet.js';

/** Registers the spreadsheet importers (xlsx, csv, tsv, txt) as input loaders. */
export function registerImporters(loaders: InputLoaders): void {
  loaders.register(SPREADSHEET_EXTENSIONS, loadSpreadsheet);
}

/** A spreadsheet imported on the fly: the document plus a locator that answers with cells. */
export async function loadSpreadsheet(filePath: string, bytes: Buffer, context: InputContext): Promise<LoadedInput> {
  try {
    const outcome = await importSpreadsheet(filePath, bytes, importDefaultsFrom(context.defaults));
    if (!outcome.ok) return { ok: false, problem: outcome.problem };
    return { ok: true, value: outcome.document, locator: outcome.locator, ...(outcome.warnings.length ? { notes: outcome.warnings } : {}) };
  } catch (error) {
    // one bad file must not stop the others, and a clerk never sees a stack trace
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: {
        message: { 'zh-CN': `无法导入此表格（${detail}）`, en: `the spreadsheet could not be imported (${detail})` },
        range: START_OF_FILE,
      },
    };
  }
}
