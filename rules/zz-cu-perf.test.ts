import { it } from 'vitest';
import { PerfLint } from '../src/engine/perflint.js';
it('perf', async () => {
  const names = ['出国（境）天数','培训人数','服务对象满意度','补贴成本','采购合格率','活动次数'];
  const values = ['单次6-8天','300人','≥90%','=2000元','>=100%','5次'];
  const projects = Array.from({ length: 100000 }, (_, i) => ({ name: 'p' + i, funding: { total: 100 }, indicators: names.map((n, j) => ({ level1: '产出指标', name: n + (i % 1000), value: values[j]! })) }));
  const doc = { format: 'perflint/v1', year: 2021, region: { province: '浙江省' }, department: { name: 'x' }, moneyUnit: '万元', projects };
  const p = new PerfLint({ cwd: '/virtual', config: { rules: { 'consistent-units': 'error' } } });
  const t = Date.now();
  const r = await p.lintDocuments([{ filePath: 'a.json', document: doc }]);
  console.log('ms', Date.now() - t, 'messages', r[0]!.messages.length);
}, 300000);
