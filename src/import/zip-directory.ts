/**
 * What an .xlsx holds, read from its zip central directory before anything is unpacked: which
 * entries there are and how large each unpacks. So a workbook that is not one, or whose sheets
 * would unpack past a memory bound, is refused with a reason instead of exhausting memory.
 * Pure (DataView and DecompressionStream only), so it runs in a browser as well.
 */

export interface ZipEntry {
  name: string;
  /** compression method: 0 stored, 8 deflate */
  method: number;
  compressedSize: number;
  /** as the directory declares it; Infinity for a zip64 size this reader does not decode */
  uncompressedSize: number;
  /** offset of the entry's local header */
  offset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** The entries of a zip archive, or undefined when its central directory cannot be found or read. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end === undefined) return undefined;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  const names = new TextDecoder('utf-8');
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > view.byteLength) return undefined;
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: compressed,
      uncompressedSize: uncompressed === ZIP64_MARK ? Infinity : uncompressed,
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The end-of-directory record sits in the last 64 KiB + 22 bytes (its comment is at most 65,535 bytes). */
function findEndOfDirectory(view: DataView): number | undefined {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return undefined;
}

/** One small entry's bytes (a workbook's sheet list, not its sheets), or undefined when it cannot be read. */
export async function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array | undefined> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > view.byteLength || view.getUint32(entry.offset, true) !== LOCAL_HEADER) return undefined;
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method !== 8) return undefined;
  try {
    const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return undefined;
  }
}
