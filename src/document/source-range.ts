/** 1-based, end-exclusive source positions (ESLint's convention), plus a cell reference for spreadsheets. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** `Sheet1!H12` when the input was a spreadsheet */
  cellRef?: string;
}

/**
 * What of the place a pointer names: its value (default), its property name, or, for a whole
 * indicator list, its weights (a sheet shows a weights total on the weight column; JSON at the list).
 */
export type LocateTarget = 'key' | 'value' | 'weights';

/**
 * Turns a JSON pointer into a source range. One implementation per kind of input (JSON text,
 * spreadsheet cells); every diagnostic position in perflint goes through one of them.
 */
export interface Locator {
  locate(pointer: string, target?: LocateTarget): SourceRange;
  /** character offsets of the value at the pointer, when the input is text (for fixes) */
  offsets?(pointer: string): [number, number] | undefined;
  /** compute positions for many pointers at once (an optimisation; locate() works without it) */
  prepare?(pointers: Iterable<string>): void;
  /** drop cached position data; the next locate() rebuilds it */
  release?(): void;
}

export const START_OF_FILE: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };
