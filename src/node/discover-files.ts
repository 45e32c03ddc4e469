/** Files from patterns and directories: fast-glob, default and configured ignores, stable order. */
import { statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import fg from 'fast-glob';
import picomatch from 'picomatch';

/** never submissions: tooling files that sit beside them */
export const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**', '**/package.json', '**/package-lock.json', '**/.perflintrc.json'];

export interface DiscoveryOptions {
  cwd: string;
  patterns: string[];
  ignores: string[];
  /** extensions (with dot) picked up when a directory is given */
  extensions: string[];
  errorOnUnmatchedPattern: boolean;
}

export class NoFilesFoundError extends Error {
  constructor(readonly pattern: string) {
    super(`No files matching the pattern "${pattern}" were found.`);
  }
}

export async function discoverFiles(options: DiscoveryOptions): Promise<string[]> {
  const ignore = [...DEFAULT_IGNORES, ...options.ignores];
  const isIgnored = picomatch(ignore, { dot: true });
  const exts = options.extensions.map((e) => e.replace(/^\./, ''));
  const extGlob = exts.length === 1 ? `*.${exts[0]}` : `*.{${exts.join(',')}}`;
  const found = new Set<string>();
  for (const pattern of options.patterns) {
    const absolute = resolvePath(options.cwd, pattern);
    const stat = statOrUndefined(absolute);
    let matches: string[];
    if (stat?.isDirectory()) {
      matches = await fg(`**/${extGlob}`, { cwd: absolute, absolute: true, ignore, dot: false, onlyFiles: true });
    } else if (stat?.isFile()) {
      // an explicitly named file is linted even if its extension is not in the list
      matches = isIgnored(toPosix(pattern)) ? [] : [absolute];
    } else {
      matches = await fg(toPosix(pattern), { cwd: options.cwd, absolute: true, ignore, dot: false, onlyFiles: true });
    }
    if (matches.length === 0 && options.errorOnUnmatchedPattern) throw new NoFilesFoundError(pattern);
    for (const m of matches) found.add(resolvePath(m));
  }
  return [...found].sort();
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function toPosix(p: string): string {
  return p.split('\\').join('/');
}
