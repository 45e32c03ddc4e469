import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { doc, project } from '../../tests/helpers/documents.js';
import rule from './funding-balance.js';

const wan = { moneyUnit: '万元' as const };

new RuleTester({ describe, it }).run('funding-balance', rule, {
  valid: [
    {
      // seed 004 (元): 631580 = 466316 + 165264
      name: 'total equals its sources (seed 004)',
      document: doc({ moneyUnit: '元', projects: [project('甲', [], { funding: { total: 631580, generalBudget: 466316, governmentFund: 0, specialAccount: 0, other: 165264 } })] }),
    },
    {
      // seed 003, 招商引资专项经费 (the 600 was typed into the label cell): no source filed
      name: 'no source filed: no breakdown to check (seed 003)',
      document: doc({ ...wan, projects: [project('招商引资专项经费', [], { funding: { total: 600, generalBudget: null, other: null } })] }),
    },
    {
      // 内蒙古 巴彦淖尔 2024 全年预算数: 2.38 = 0.58 + 1.8 (binary floats make it 2.3800000000000003)
      name: 'decimal sums compare exactly (内蒙古 巴彦淖尔 2024)',
      document: doc({ ...wan, projects: [project('自然资源', [], { funding: { total: 2.38, generalBudget: 0.58, other: 1.8 } })] }),
    },
    { name: 'a project without funding', document: doc({ projects: [project('甲', [])] }) },
  ],
  invalid: [
    {
      // 安徽 贵池 2022 年初预算数: 年度资金总额 0, 其中：本年财政拨款 90
      name: 'a total of 0 with 90 from the budget (安徽 贵池 2022)',
      document: doc({ ...wan, projects: [project('委托业务费', [], { funding: { total: 0, generalBudget: 90 } })] }),
      errors: [{ messageId: 'sumMismatch', pointer: '/projects/0/funding/total', messageIncludes: ['0万元', '90万元', '-90'] }],
    },
    {
      name: 'no total with sources filed',
      document: doc({ ...wan, projects: [project('委托业务费', [], { funding: { total: null, generalBudget: 89.974 } })] }),
      errors: [{ messageId: 'totalMissing', messageIncludes: ['89.974万元'] }],
    },
    {
      name: 'a four-decimal difference is a difference',
      document: doc({ ...wan, projects: [project('古城绿化', [], { funding: { total: 153.5184, generalBudget: 100.1234, other: 53.3951 } })] }),
      errors: [{ messageId: 'sumMismatch', messageIncludes: ['-0.0001'] }],
    },
  ],
});
