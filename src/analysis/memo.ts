/**
 * A memo for a pure function of one string. Table values repeat across a corpus (the same 一级, 二级,
 * unit or target text on thousands of rows), so each distinct string is computed once. The table
 * belongs to whoever created the memo (a vocabulary, a run's Analysis), never to the module, and is
 * bounded: when full it starts again, so a corpus of only distinct strings cannot grow it forever.
 */
export const MEMO_LIMIT = 1 << 16;

export function memoize<T>(compute: (text: string) => T, limit = MEMO_LIMIT): (text: string) => T {
  const table = new Map<string, T>();
  return (text) => {
    let value = table.get(text);
    if (value === undefined && !table.has(text)) {
      value = compute(text);
      if (table.size >= limit) table.clear();
      table.set(text, value);
    }
    return value as T;
  };
}
