export const CORPUS_DIR: string;
export function unescapeCell(text: string): string;
export function parseTsv(text: string): string[][];
export interface Review {
  mustFind?: Array<{ cell: string; family: string; why: string }>;
  mustNotFind?: Array<{ cell: string; why: string }>;
}
export interface CorpusTable {
  id: string;
  source: { province: string | null; year: number | null; family: string; expected: { projects: Array<{ name: string; indicators: number; periodIndicators?: number; total?: number | null }> }; [key: string]: unknown };
  review: Review;
  /** a second reviewer's reading (review.blind.json), made blind to review.json and to perflint */
  blindReview?: Review;
  sheets: Array<{ name: string; merges: string[]; rows: Array<Array<string | { value: number; numFmt: string }>> }>;
}
export function loadCorpus(dir?: string): CorpusTable[];
export function tableWorkbook(table: CorpusTable): Promise<Uint8Array>;
