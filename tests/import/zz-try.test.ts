import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { importSpreadsheet } from '../../src/import/import-spreadsheet.js';

function strip(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(strip);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'source').map(([k, x]) => [k, strip(x)]));
  return v;
}
function diff(a: unknown, b: unknown, path: string, out: string[]) {
  if (out.length > 40) return;
  if (JSON.stringify(a) === JSON.stringify(b)) return;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) diff((a as any)[k], (b as any)[k], path + '/' + k, out);
    return;
  }
  out.push(`${path}: got ${JSON.stringify(a)} want ${JSON.stringify(b)}`);
}
for (const seed of ['000_30a1bc42c77b7743', '004_427bf320b5e131b0']) {
  test(seed, async () => {
    const out = await importSpreadsheet(`/work/shared/seeds/${seed}.txt`, readFileSync(`/work/shared/seeds/${seed}.txt`), { province: '浙江省', city: '绍兴市' });
    if (!out.ok) { console.log(out.problem); return; }
    const want = JSON.parse(readFileSync(`/work/main/fixtures/seeds/${seed}.json`, 'utf8'));
    const d: string[] = [];
    diff(strip(out.document), strip(want), '', d);
    console.log(seed, out.layout, d.length ? d.join('\n') : 'EQUAL');
  });
}
