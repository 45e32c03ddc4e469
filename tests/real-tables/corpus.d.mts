export const CORPUS_DIR: string;
export function unescapeCell(text: string): string;
export function parseTsv(text: string): string[][];
export interface CorpusTable {
  id: string;
  source: { province: string | null; year: number | null; family: string; expected: { projects: Array<{ name: string; indicators: number; periodIndicators?: number; total?: number | null }> }; [key: string]: unknown };
  review: { mustFind?: Array<{ cell: string; family: string; why: string }>; mustNotFind?: Array<{ cell: string; why: string }> };
  sheets: Array<{ name: string; merges: string[]; rows: Array<Array<string | { value: number; numFmt: string }>> }>;
}
export function loadCorpus(dir?: string): CorpusTable[];
export function tableWorkbook(table: CorpusTable): Promise<Uint8Array>;
