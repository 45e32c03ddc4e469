/**
 * The real-table corpus (fixtures/real-tables): each transcription as the workbook its clerk has
 * in Excel. Cells keep their text exactly; merged ranges are merged. Shared by the import tests,
 * the review-catalog scoring and `npm run corpus`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';

export const CORPUS_DIR = fileURLToPath(new URL('../../fixtures/real-tables/', import.meta.url));

/** `\n`, `\t` and `\\` inside a transcribed cell */
export function unescapeCell(text) {
  return text.replace(/\\(n|t|\\)/g, (_, c) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
}

export function parseTsv(text) {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t').map(unescapeCell));
}

/** every table: its folder id, source.json, review.json, review.blind.json when there is one, and sheets as rows */
export function loadCorpus(dir = CORPUS_DIR) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((id) => {
      const folder = join(dir, id);
      const source = JSON.parse(readFileSync(join(folder, 'source.json'), 'utf8'));
      const review = JSON.parse(readFileSync(join(folder, 'review.json'), 'utf8'));
      // a second reviewer's reading, made blind to review.json and to perflint's findings
      const blindFile = join(folder, 'review.blind.json');
      const blindReview = existsSync(blindFile) ? JSON.parse(readFileSync(blindFile, 'utf8')) : undefined;
      const sheets = source.sheets.map((s) => ({ name: s.name, merges: s.merges ?? [], rows: parseTsv(readFileSync(join(folder, s.file), 'utf8')) }));
      return { id, source, review, blindReview, sheets };
    });
}

/** the table as an .xlsx, as the clerk's Excel holds it */
export async function tableWorkbook(table) {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of table.sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((text, c) => {
        // a cell is its text, or (tests/real-tables/perturbations.mjs) a number with the format that shows it
        if (typeof text === 'object') {
          const cell = ws.getCell(r + 1, c + 1);
          cell.value = text.value;
          cell.numFmt = text.numFmt;
        } else if (text !== '') ws.getCell(r + 1, c + 1).value = text;
      });
    });
    for (const range of sheet.merges) ws.mergeCells(range);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
