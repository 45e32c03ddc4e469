/**
 * Files from patterns and directories, in a stable order. One walker serves directories and
 * globs alike, so that every walk:
 * - visits each real directory once (a symlink loop or a link to its own folder ends, and a file
 *   reached through two paths is linted once);
 * - reports a folder it cannot read instead of failing the whole run;
 * - never opens FIFOs, sockets or devices met on the way (reading one would hang).
 * A file named on the command line is always taken as it is.
 */
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve as resolvePath } from 'node:path';
import picomatch from 'picomatch';

/** never submissions: tooling files that sit beside them */
export const DEFAULT_IGNORES = ['**/node_modules/**', '**/.git/**', '**/package.json', '**/package-lock.json', '**/.perflintrc.json'];

/**
 * Passed over in a walk but linted when named: the lock files Excel and WPS leave beside an open
 * workbook (`~$申报表.xlsx`), perflint's own annotated copies (which a clerk's next run of the same
 * folder would otherwise lint again), and JSON-with-comments tool configs that would not even parse.
 */
export const WALK_IGNORES = ['**/tsconfig*.json', '**/jsconfig.json', '**/~$*', '**/*.annotated.xlsx', '**/*.annotated[(]*[)].xlsx'];

export interface DiscoveryOptions {
  cwd: string;
  patterns: string[];
  ignores: string[];
  /** extensions (with dot) picked up when a directory is given */
  extensions: string[];
  errorOnUnmatchedPattern: boolean;
  /** how a folder is listed; tests pass one that fails, which running as root cannot provoke */
  readDirectory?: (path: string) => Dirent[];
}

/** A path the walk met but could not read: it becomes a message, the rest of the run goes on. */
export interface UnreadablePath {
  path: string;
  /** the system's error code (EACCES, ELOOP, …) */
  code: string;
}

export interface Discovery {
  files: string[];
  /** the files found by walking a folder or a glob, as opposed to named one by one */
  walked: Set<string>;
  unreadable: UnreadablePath[];
}

export class NoFilesFoundError extends Error {
  constructor(readonly pattern: string) {
    super(`No files matching the pattern "${pattern}" were found.`);
  }
}

export async function discoverFiles(options: DiscoveryOptions): Promise<Discovery> {
  const isIgnored = picomatch([...DEFAULT_IGNORES, ...options.ignores], { dot: true });
  const isWalkIgnored = picomatch([...DEFAULT_IGNORES, ...WALK_IGNORES, ...options.ignores], { dot: true });
  const extensions = new Set(options.extensions.map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase()));
  const found = new Map<string, string>(); // real path → path as found
  const walked = new Set<string>();
  const unreadable: UnreadablePath[] = [];
  const readDirectory = options.readDirectory ?? listDirectory;
  for (const pattern of options.patterns) {
    const absolute = resolvePath(options.cwd, pattern);
    const stat = statOrUndefined(absolute);
    let matches: Candidate[];
    let named = false;
    if (stat?.isDirectory()) {
      matches = walk(absolute, {
        skipDirectory: (path) => isIgnored(`${toPosix(relative(absolute, path))}/`),
        takeFile: (path) => extensions.has(extensionOf(path)) && !isWalkIgnored(toPosix(relative(absolute, path))),
        unreadable,
        readDirectory,
      });
    } else if (stat) {
      // an explicitly named file is linted even if its extension is not in the list
      matches = isIgnored(toPosix(pattern)) ? [] : [{ path: absolute, real: realOrSelf(absolute) }];
      named = true;
    } else {
      matches = walkGlob(pattern, options.cwd, isWalkIgnored, { unreadable, readDirectory });
    }
    if (matches.length === 0 && options.errorOnUnmatchedPattern) throw new NoFilesFoundError(pattern);
    for (const m of matches.sort((a, b) => compare(a.path, b.path))) {
      if (!found.has(m.real)) found.set(m.real, m.path);
      if (!named) walked.add(found.get(m.real)!);
    }
  }
  const files = [...found.values()].sort(compare);
  // a file both named and met in a walk counts as named
  for (const pattern of options.patterns) walked.delete(resolvePath(options.cwd, pattern));
  return { files, walked, unreadable: dedupeUnreadable(unreadable) };
}

interface Candidate {
  path: string;
  real: string;
}

interface WalkRules {
  skipDirectory: (path: string) => boolean;
  takeFile: (path: string) => boolean;
  unreadable: UnreadablePath[];
  readDirectory: (path: string) => Dirent[];
}

const listDirectory = (path: string): Dirent[] => readdirSync(path, { withFileTypes: true });

function walkGlob(pattern: string, cwd: string, isIgnored: (path: string) => boolean, sinks: Pick<WalkRules, 'unreadable' | 'readDirectory'>): Candidate[] {
  const posix = toPosix(pattern);
  const base = resolvePath(cwd, picomatch.scan(posix).base || '.');
  if (!statOrUndefined(base)?.isDirectory()) return [];
  const matches = picomatch(posix, { dot: false });
  const shown = (path: string) => (isAbsolute(posix) ? toPosix(path) : toPosix(relative(cwd, path)));
  return walk(base, {
    skipDirectory: (path) => isIgnored(`${toPosix(relative(cwd, path))}/`),
    takeFile: (path) => matches(shown(path)) && !isIgnored(toPosix(relative(cwd, path))),
    ...sinks,
  });
}

/** Depth-first, iterative (no recursion limit), each real directory once. */
function walk(root: string, rules: WalkRules): Candidate[] {
  const out: Candidate[] = [];
  const rootReal = realOrSelf(root);
  const seen = new Set<string>([rootReal]);
  const stack: Candidate[] = [{ path: root, real: rootReal }];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      entries = rules.readDirectory(dir.path);
    } catch (error) {
      rules.unreadable.push({ path: dir.path, code: errorCode(error) });
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue; // hidden files and folders, as fast-glob's dot: false
      const path = join(dir.path, entry.name);
      let kind: 'dir' | 'file' | 'other' = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
      let real = join(dir.real, entry.name);
      if (entry.isSymbolicLink()) {
        const target = followLink(path);
        if ('code' in target) {
          if (rules.takeFile(path)) rules.unreadable.push({ path, code: target.code });
          continue;
        }
        ({ kind, real } = target);
      }
      if (kind === 'dir') {
        if (seen.has(real) || rules.skipDirectory(path)) continue;
        seen.add(real);
        stack.push({ path, real });
      } else if (kind === 'file' && rules.takeFile(path)) {
        out.push({ path, real });
      }
    }
  }
  return out;
}

function followLink(path: string): { kind: 'dir' | 'file' | 'other'; real: string } | { code: string } {
  try {
    const real = realpathSync(path);
    const stat = statSync(real);
    return { kind: stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : 'other', real };
  } catch (error) {
    return { code: errorCode(error) };
  }
}

function dedupeUnreadable(list: UnreadablePath[]): UnreadablePath[] {
  const byPath = new Map(list.map((u) => [u.path, u]));
  return [...byPath.values()].sort((a, b) => compare(a.path, b.path));
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

function extensionOf(path: string): string {
  const dot = path.lastIndexOf('.');
  return dot > path.lastIndexOf('/') ? path.slice(dot).toLowerCase() : '';
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toPosix(p: string): string {
  return p.split('\\').join('/');
}
