/** File names from paths, without node:path: the core runs anywhere. */

/** The last segment of a path, with either separator. */
export function baseName(filePath: string): string {
  return filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);
}

/** ".json" of "a/b.JSON" (lower-cased); '' when the name has no extension. */
export function extensionOf(filePath: string): string {
  const name = baseName(filePath);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** "申报表" of "a/申报表.csv": the name without its extension */
export function stemOf(filePath: string): string {
  const name = baseName(filePath);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
