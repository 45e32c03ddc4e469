/**
 * `--cache`: each file's per-file outcome (its own messages and its corpus facts), keyed by the
 * file's content hash under a fingerprint of everything else that decides it: perflint's version,
 * the Node.js version, the resolved config, the rules' code and the run's options. The corpus
 * phase is never cached: it is recomputed from the facts of every file, cached or not.
 * The cache is one file written atomically (never over an input); one that cannot be read is
 * ignored with a note, and rebuilt.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { FileOutcome } from '../engine/lint-file.js';
import type { LocalizedText } from '../i18n.js';
import { writeOutputFile } from '../fs-atomic.js';

export const DEFAULT_CACHE_FILE = '.perflintcache';
const FORMAT = 'perflint-cache/1';

interface CacheFile {
  format: string;
  fingerprint: string;
  /** file path → [content hash, the outcome as v8-serialised bytes] */
  entries: Map<string, [string, Uint8Array]>;
}

/** `--cache-location`: a file, or a folder (existing, or written with a trailing slash) to hold .perflintcache. */
export function cacheFilePath(cwd: string, location: string | undefined): string {
  if (location === undefined) return resolvePath(cwd, DEFAULT_CACHE_FILE);
  const path = resolvePath(cwd, location);
  const isFolder = /[\\/]$/.test(location) || (existsSync(path) && statSync(path).isDirectory());
  return isFolder ? join(path, DEFAULT_CACHE_FILE) : path;
}

/** A stable text of any config value: functions by their source, so a changed plugin rule changes it. */
export function fingerprintOf(value: unknown): string {
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === 'function') return `function:${v.toString()}`;
    if (v instanceof Map) return { map: [...v] };
    if (v instanceof Set) return { set: [...v] };
    if (v instanceof RegExp) return `regexp:${v.toString()}`;
    return v;
  });
  return createHash('sha256').update(text ?? '').digest('hex');
}

/**
 * perflint's own code (src and rules, as built or as sources): a rebuilt perflint never reuses
 * what an older build found, even at the same version number.
 */
export function codeFingerprint(): string {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const hash = createHash('sha256');
  for (const folder of ['src', 'rules']) {
    const dir = join(root, folder);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:js|ts|json|yaml)$/.test(f) && !/\.test\./.test(f));
    for (const file of files.sort()) hash.update(file).update(readFileSync(join(dir, file)));
  }
  return hash.digest('hex');
}

export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export class LintCache {
  readonly #entries: Map<string, [string, Uint8Array]>;
  /** a note for the user when the existing cache could not be used (corrupt, unreadable) */
  readonly note: LocalizedText | undefined;

  private constructor(
    readonly path: string,
    readonly fingerprint: string,
    entries: Map<string, [string, Uint8Array]>,
    note?: LocalizedText,
  ) {
    this.#entries = entries;
    this.note = note;
  }

  /** The cache at `path` when it was written under the same fingerprint; otherwise an empty one. */
  static open(path: string, fingerprint: string): LintCache {
    if (!existsSync(path)) return new LintCache(path, fingerprint, new Map());
    try {
      const file = deserialize(readFileSync(path)) as CacheFile;
      if (file?.format !== FORMAT || !(file.entries instanceof Map)) throw new Error('not a perflint cache');
      // another config, version or rule set: every entry is stale
      return new LintCache(path, fingerprint, file.fingerprint === fingerprint ? file.entries : new Map());
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return new LintCache(path, fingerprint, new Map(), {
        'zh-CN': `缓存文件 ${path} 无法读取（${detail}），已忽略，本次全部重新检查`,
        en: `the cache file ${path} could not be read (${detail}); it was ignored and every file is checked again`,
      });
    }
  }

  /** The outcome stored for this file and content, as a fresh copy (the corpus phase adds to it). */
  get(filePath: string, hash: string): FileOutcome | undefined {
    const entry = this.#entries.get(filePath);
    if (!entry || entry[0] !== hash) return undefined;
    try {
      return deserialize(entry[1]) as FileOutcome;
    } catch {
      return undefined;
    }
  }

  /** Store a file's per-file outcome; call before the corpus phase adds its findings. */
  set(filePath: string, hash: string, outcome: FileOutcome): void {
    this.#entries.set(filePath, [hash, serialize(outcome)]);
  }

  /** Files of earlier runs that this run did not see are kept: a run over part of a folder does not empty the cache. */
  async save(inputs: string[]): Promise<void> {
    const file: CacheFile = { format: FORMAT, fingerprint: this.fingerprint, entries: this.#entries };
    await writeOutputFile(this.path, serialize(file), { inputs });
  }
}
