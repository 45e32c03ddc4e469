import type { InputLoaders } from '../document/inputs.js';

/** Registers the spreadsheet importers (xlsx, csv, tsv, txt) as input loaders. */
export function registerImporters(_loaders: InputLoaders): void {
  // filled in by the import issue
}
