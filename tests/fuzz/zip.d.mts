export interface ZipEntryData {
  name: string;
  data: Uint8Array;
}
export function readZip(bytes: Uint8Array): ZipEntryData[];
export function writeZip(entries: readonly ZipEntryData[], options?: { store?: boolean }): Buffer;
