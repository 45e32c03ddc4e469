import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { writeLayoutWorkbook } from '../../src/import/write-workbook.js';
import { readWorkbook } from '../../src/import/read-workbook.js';
test('dump', async () => {
  for (const [seed, layout, n] of [['001_84903211b8abe6be','zhejiang-2021',30],['003_8a93ebbb46b509da','hebei-2023',70],['000_30a1bc42c77b7743','zhejiang-2019',40]] as const) {
    const want = JSON.parse(readFileSync(`/work/main/fixtures/seeds/${seed}.json`, 'utf8'));
    const wb = writeLayoutWorkbook(want, { layout, rowsPerPage: 12 });
    const r = await readWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    if (!r.ok) throw new Error();
    const g = r.sheets[0]!;
    console.log('=====', seed, 'merges', g.merges.size);
    g.rows.slice(0, n).forEach((row, i) => console.log(i + 1, row.map((c, j) => c ? `[${j + 1}]${c.slice(0, 12)}` : (g.mergedInto.has((i+1)*16385+j+1) ? `[${j+1}]^` : '')).filter(Boolean).join(' | ')));
  }
});
