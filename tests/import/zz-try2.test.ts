import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { importSpreadsheet } from '../../src/import/import-spreadsheet.js';
import { writeLayoutWorkbook } from '../../src/import/write-workbook.js';

function strip(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(strip);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'source').map(([k, x]) => [k, strip(x)]));
  return v;
}
function diff(a: unknown, b: unknown, path: string, out: string[]) {
  if (out.length > 30) return;
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) diff((a as any)[k], (b as any)[k], path + '/' + k, out);
    return;
  }
  out.push(`${path}: got ${JSON.stringify(a)?.slice(0,150)} want ${JSON.stringify(b)?.slice(0,150)}`);
}
const seeds: Array<[string, any]> = [['000_30a1bc42c77b7743','zhejiang-2019'],['001_84903211b8abe6be','zhejiang-2021'],['002_ee05bafa97bc834e','hebei-2021'],['003_8a93ebbb46b509da','hebei-2023'],['004_427bf320b5e131b0','zhejiang-2019']];
for (const [seed, layout] of seeds) for (const per of ['all', 1] as const) {
  test(seed + per, async () => {
    const want = JSON.parse(readFileSync(`/work/main/fixtures/seeds/${seed}.json`, 'utf8'));
    const wb = writeLayoutWorkbook(want, { layout, projectsPerSheet: per, rowsPerPage: 15 });
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const out = await importSpreadsheet(`/tmp/${seed}.xlsx`, buf, { province: want.region.province, city: want.region.city, department: want.department.name });
    if (!out.ok) { console.log(seed, out.problem); return; }
    const d: string[] = [];
    diff(strip(out.document), strip(want), '', d);
    console.log(seed, per, out.layout, d.length ? d.join('\n') : 'EQUAL');
  });
}
