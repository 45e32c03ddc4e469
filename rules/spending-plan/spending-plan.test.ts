import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { SpendingPlanEntry } from '../../src/document/model.js';
import { doc, project } from '../../tests/helpers/documents.js';
import rule from './spending-plan.js';

const plan = (spendingPlan: SpendingPlanEntry[], name = '甲') => doc({ moneyUnit: '万元', projects: [project(name, [], { funding: { total: 140 }, spendingPlan })] });
const quarters = (...p: Array<number | null>): SpendingPlanEntry[] => [3, 6, 10, 12].map((month, i) => ({ month, percent: p[i] ?? null }));

new RuleTester({ describe, it }).run('spending-plan', rule, {
  valid: [
    // seed 003 (邢台 2023), 140万元 project: 25, 50, 75, 100
    { name: 'cumulative quarters ending at 100 (seed 003)', document: plan(quarters(25, 50, 75, 100)) },
    // seed 003, 冻猪肉储备: 0, 0, 0 and a 12月底 cell "100%" the importer kept as text
    { name: 'a raw "100%" reads as 100 (seed 003 冻猪肉储备)', document: plan([...quarters(0, 0, 0).slice(0, 3), { month: 12, percent: null, raw: '100%' }]) },
    // seed 003, 131.2万元 project: only 10月底 = 100
    { name: 'one entry of 100 (seed 003)', document: plan([{ month: 10, percent: 100 }]) },
    { name: 'empty month cells are skipped', document: plan([{ month: 6, percent: null }, { month: 12, percent: 100 }]) },
    { name: 'requireComplete off: a plan ending below 100 is accepted', document: plan(quarters(10, 20, 30, 60)), options: { requireComplete: false } },
  ],
  invalid: [
    {
      name: 'per-quarter shares instead of a running total',
      document: plan(quarters(25, 25, 25, 25)),
      errors: [{ messageId: 'notComplete', pointer: '/projects/0/spendingPlan/3/percent', messageIncludes: ['12月', '25%'] }],
    },
    {
      name: 'a falling percentage',
      document: plan(quarters(40, 30, 75, 100)),
      errors: [{ messageId: 'decreasing', pointer: '/projects/0/spendingPlan/1/percent', messageIncludes: ['6月为30%', '3月的40%'] }],
    },
    {
      name: 'months out of order',
      document: plan([{ month: 6, percent: 50 }, { month: 3, percent: 25 }, { month: 12, percent: 100 }]),
      errors: [{ messageId: 'monthOrder', pointer: '/projects/0/spendingPlan/1/month' }],
    },
    { name: 'text that is no percentage', document: plan([{ month: 12, percent: null, raw: '全部支出' }]), errors: [{ messageId: 'unreadablePercent', messageIncludes: ['全部支出'] }] },
    { name: 'above 100%', document: plan(quarters(25, 50, 75, 120)), errors: [{ messageId: 'percentOutOfRange', messageIncludes: ['120%'] }] },
  ],
});
