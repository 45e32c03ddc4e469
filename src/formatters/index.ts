import { createRequire } from 'node:module';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { github } from './github.js';
import { html } from './html.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import { summary } from './summary.js';
import type { Formatter } from './types.js';

export type { Formatter, FormatterContext, WorkbookFormatter } from './types.js';

export const BUILTIN_FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github, summary, html };

export class UnknownFormatterError extends Error {
  constructor(readonly formatterName: string) {
    super(`unknown formatter "${formatterName}"`);
  }
}

/** A built-in name, a path to a module, or a package `perflint-formatter-<name>`. */
export async function loadFormatter(name: string, cwd: string): Promise<Formatter> {
  const builtin = BUILTIN_FORMATTERS[name];
  if (builtin) return builtin;
  const require = createRequire(resolvePath(cwd, 'noop.js'));
  for (const candidate of name.startsWith('.') || name.startsWith('/') ? [resolvePath(cwd, name)] : [`perflint-formatter-${name}`, name]) {
    let file: string;
    try {
      file = require.resolve(candidate);
    } catch {
      continue;
    }
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    const fn = mod.default ?? mod;
    if (typeof fn === 'function') return fn as Formatter;
  }
  throw new UnknownFormatterError(name);
}
