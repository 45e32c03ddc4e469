/** Zip packages for tests that need one exceljs would never write (a merge over the whole sheet, a Word file named .xlsx); the fuzz harness's reader and writer, by name. */
import { Buffer } from 'node:buffer';
import { readZip as readEntries, writeZip as writeEntries } from '../fuzz/zip.mjs';

export function writeZip(entries: Record<string, string | Uint8Array>): Buffer {
  return writeEntries(Object.entries(entries).map(([name, content]) => ({ name, data: Buffer.from(content) })));
}

export function readZip(bytes: Uint8Array): Record<string, Uint8Array> {
  return Object.fromEntries(readEntries(bytes).map((e) => [e.name, e.data]));
}
