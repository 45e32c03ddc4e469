/**
 * Writing what perflint produces (reports, imported JSON, annotated workbooks, configs) without
 * ever harming what the user owns:
 * - an output that is one of the run's inputs is refused (same file by device and inode, so
 *   symlinks and hard links are seen through);
 * - a regular file is replaced atomically (temp file beside it, then rename), through symlinks;
 * - devices, FIFOs and sockets are written directly, never renamed over (`-o /dev/null` as root);
 * - no temporary file outlives the process, on errors or on SIGINT/SIGTERM (see `TempFiles`).
 */
import { randomBytes } from 'node:crypto';
import { unlinkSync, type Stats } from 'node:fs';
import { chmod, lstat, mkdir, open, readlink, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve as resolvePath } from 'node:path';
import type { LocalizedText } from './i18n.js';

/** The temporary files being written right now, so a signal handler can remove them. */
export class TempFiles {
  readonly #paths = new Set<string>();
  add(path: string): void {
    this.#paths.add(path);
  }
  delete(path: string): void {
    this.#paths.delete(path);
  }
  /** synchronous: it runs inside a signal handler, just before the process exits */
  removeAll(): void {
    for (const path of this.#paths) {
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
    }
    this.#paths.clear();
  }
}

/** An output that could not be written: the user's own path and the cause, for one clear line. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    readonly reason: LocalizedText,
  ) {
    super(`${path}: ${reason.en}`);
  }
}

export interface WriteOptions {
  /** the run's inputs: writing over any of them is refused */
  inputs?: readonly string[];
  temps?: TempFiles;
  /** the path as the user wrote it, for messages (defaults to the target) */
  shownPath?: string;
}

export async function writeOutputFile(target: string, data: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const output = await openOutputFile(target, options);
  await output.write(data);
  await output.commit();
}

/**
 * An output written piece by piece (a large report never has to be one string), with the same
 * guarantees as writeOutputFile: the target appears, whole, only on `commit`; `abort` leaves it as it was.
 */
export interface OutputFile {
  write(data: string | Uint8Array): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

export async function openOutputFile(target: string, options: WriteOptions = {}): Promise<OutputFile> {
  const shown = options.shownPath ?? target;
  const existing = await explained(shown, () => statOrUndefined(target));
  if (existing) {
    const input = await explained(shown, () => sameFileAsInput(existing, options.inputs ?? []));
    if (input !== undefined) throw new OutputError(shown, wouldOverwriteInput(input));
    if (existing.isDirectory()) throw new OutputError(shown, IS_A_FOLDER);
    // /dev/null, /dev/stdout, a FIFO: write into it as a shell redirection would
    if (!existing.isFile()) return outputInto(shown, await explained(shown, () => open(target, 'w')));
  }
  const path = await explained(shown, () => followLinks(target));
  await explained(shown, () => mkdir(dirname(path), { recursive: true }));
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  options.temps?.add(temp);
  const forget = async () => {
    await unlink(temp).catch(() => undefined);
    options.temps?.delete(temp);
  };
  const handle = await explained(shown, () => open(temp, 'wx')).catch(async (error: unknown) => {
    options.temps?.delete(temp);
    throw error;
  });
  return outputInto(shown, handle, {
    async beforeClose() {
      await handle.sync();
    },
    async afterClose() {
      if (existing) await chmod(temp, existing.mode & 0o7777);
      await rename(temp, path);
      options.temps?.delete(temp);
    },
    onFailure: forget,
  });
}

interface Finishing {
  beforeClose(): Promise<void>;
  afterClose(): Promise<void>;
  onFailure(): Promise<void>;
}

/** Writes into an open file; every failure becomes one OutputError naming the user's path. */
function outputInto(shown: string, handle: FileHandle, finishing?: Finishing): OutputFile {
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  const fail = async (error: unknown): Promise<never> => {
    await close().catch(() => undefined);
    await finishing?.onFailure();
    throw error instanceof OutputError ? error : new OutputError(shown, reasonFor(error));
  };
  return {
    async write(data) {
      await handle.writeFile(data).catch(fail);
    },
    async commit() {
      try {
        await finishing?.beforeClose();
        await close();
        await finishing?.afterClose();
      } catch (error) {
        await fail(error);
      }
    },
    async abort() {
      await close().catch(() => undefined);
      await finishing?.onFailure();
    },
  };
}

/** Runs a file-system step, turning its failure into an OutputError naming the user's path. */
async function explained<T>(shown: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw error instanceof OutputError ? error : new OutputError(shown, reasonFor(error));
  }
}

/** Kept for callers that only need the atomic replace (tests, config scaffolding). */
export function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  return writeOutputFile(path, data);
}

/** The path a symlink chain ends at (which may not exist yet), so the link itself survives the write. */
async function followLinks(path: string): Promise<string> {
  let current = resolvePath(path);
  for (let hops = 0; hops < 40; hops++) {
    const info = await lstat(current).catch(() => undefined);
    if (!info?.isSymbolicLink()) return current;
    current = resolvePath(dirname(current), await readlink(current));
  }
  throw Object.assign(new Error('too many symbolic links'), { code: 'ELOOP' });
}

async function sameFileAsInput(target: Stats, inputs: readonly string[]): Promise<string | undefined> {
  for (const input of inputs) {
    const info = await statOrUndefined(input);
    if (info && info.dev === target.dev && info.ino === target.ino) return input;
  }
  return undefined;
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function wouldOverwriteInput(input: string): LocalizedText {
  return {
    'zh-CN': `这是本次检查的输入文件“${input}”，不能用输出覆盖它；请换一个输出文件名`,
    en: `it is the input "${input}" of this run, which an output never replaces; choose another output name`,
  };
}

const IS_A_FOLDER: LocalizedText = { 'zh-CN': '这是一个文件夹，请给出文件名', en: 'it is a folder; give a file name' };

const REASONS: Record<string, LocalizedText> = {
  EACCES: { 'zh-CN': '没有写入权限', en: 'permission denied' },
  EPERM: { 'zh-CN': '没有写入权限', en: 'permission denied' },
  EROFS: { 'zh-CN': '所在位置是只读的', en: 'the location is read-only' },
  ENOSPC: { 'zh-CN': '磁盘空间不足', en: 'no space left on the disk' },
  EDQUOT: { 'zh-CN': '超出磁盘配额', en: 'disk quota exceeded' },
  EISDIR: IS_A_FOLDER,
  ENOTDIR: { 'zh-CN': '路径中有一段不是文件夹', en: 'a part of the path is not a folder' },
  ENAMETOOLONG: { 'zh-CN': '路径太长', en: 'the path is too long' },
  ELOOP: { 'zh-CN': '符号链接成环', en: 'the symbolic links form a loop' },
};

function reasonFor(error: unknown): LocalizedText {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code];
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return { 'zh-CN': `写入失败（${detail}）`, en: `the write failed (${detail})` };
}

/** One line for the terminal: the user's path and the cause. */
export function describeOutputError(error: OutputError, locale: 'zh-CN' | 'en'): string {
  return locale === 'en' ? `perflint: cannot write ${error.path}: ${error.reason.en}` : `perflint：无法写入 ${error.path}：${error.reason['zh-CN']}`;
}
