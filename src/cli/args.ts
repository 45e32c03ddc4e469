/** Command-line flags, parsed with node:util so there is nothing to install for it. */
import { parseArgs } from 'node:util';

export const OPTIONS = {
  config: { type: 'string', short: 'c' },
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  quiet: { type: 'boolean' },
  rule: { type: 'string', multiple: true },
  'print-config': { type: 'string' },
  locale: { type: 'string' },
  init: { type: 'boolean' },
  'list-rules': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
  'error-on-unmatched-pattern': { type: 'boolean' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  annotate: { type: 'string' },
  concurrency: { type: 'string' },
  fix: { type: 'boolean' },
  'fix-dry-run': { type: 'boolean' },
  'fix-type': { type: 'string', multiple: true },
  'suppress-all': { type: 'boolean' },
  'suppress-rule': { type: 'string', multiple: true },
  'suppressions-location': { type: 'string' },
  'prune-suppressions': { type: 'boolean' },
  'pass-on-unpruned-suppressions': { type: 'boolean' },
  stats: { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  // what spreadsheets do not say, for linting them directly and for `perflint import`
  year: { type: 'string' },
  province: { type: 'string' },
  city: { type: 'string' },
  county: { type: 'string' },
  department: { type: 'string' },
  layout: { type: 'string' },
  out: { type: 'string' },
  'out-dir': { type: 'string' },
} as const;

/** A flag, or a combination of flags, that cannot work: one line, then the help hint. */
export class UsageError extends Error {}

export type CliValues = ReturnType<typeof parse>['values'];

export function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

/** what the sheet-metadata flags say (--year --province …), as raw values for the importer */
export function importFlags(values: CliValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ['year', 'province', 'city', 'county', 'department', 'layout'] as const) {
    if (values[key] !== undefined) out[key] = values[key];
  }
  return out;
}
