import { it } from 'vitest';
import { PerfLint } from '../src/engine/perflint.js';
it('probe', async () => {
  const p = new PerfLint({ cwd: process.cwd(), config: { rules: { 'consistent-units': 'error' } } });
  const res = await p.lintFiles(['fixtures/seeds']);
  for (const r of res) for (const m of r.messages) console.log(r.filePath.split('/').pop()?.slice(0,3), m.pointer, m.messageId, m.message, JSON.stringify(m.related?.map(x=>x.pointer)), m.suggestions?.length ?? '');
});
