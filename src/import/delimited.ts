/**
 * CSV and TSV text → rows of cells. Quoting follows RFC 4180 as Excel writes it (a quoted cell may
 * hold delimiters, line breaks and doubled quotes) but is lenient where hand-edited exports are
 * not: a quote in the middle of an unquoted cell is just a character.
 */

export type Delimiter = ',' | '\t' | ';';

export function parseDelimited(text: string, delimiter: Delimiter): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const n = text.length;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"' && cell === '' && atCellStart(text, i, delimiter)) {
      const closed = readQuoted(text, i + 1);
      cell = closed.value;
      i = closed.next;
      continue;
    }
    if (ch === delimiter) {
      endCell();
      i++;
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

function atCellStart(text: string, i: number, delimiter: Delimiter): boolean {
  const before = text[i - 1];
  return i === 0 || before === delimiter || before === '\n' || before === '\r';
}

/** reads a quoted cell starting after its opening quote; text after the closing quote is kept as is */
function readQuoted(text: string, start: number): { value: string; next: number } {
  let value = '';
  let i = start;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      return { value, next: i + 1 };
    }
    value += ch;
    i++;
  }
  return { value, next: i };
}

/**
 * `.tsv`/`.txt` are tab-separated. A `.csv` is comma-separated unless its first lines clearly use
 * tabs or semicolons instead (some exports keep the .csv name for either).
 */
export function chooseDelimiter(text: string, extension: string): Delimiter {
  if (extension === '.tsv' || extension === '.txt') return '\t';
  const sample = text.slice(0, 8192).split(/\r?\n/).slice(0, 20).join('\n');
  const counts: Array<[Delimiter, number]> = [
    [',', countOutsideQuotes(sample, ',')],
    ['\t', countOutsideQuotes(sample, '\t')],
    [';', countOutsideQuotes(sample, ';')],
  ];
  counts.sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > 0 ? counts[0]![0] : ',';
}

function countOutsideQuotes(text: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) count++;
  }
  return count;
}
