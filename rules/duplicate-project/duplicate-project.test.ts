import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { seedFindingLines } from '../../tests/helpers/seeds.js';
import { doc, project } from '../../tests/helpers/documents.js';
import { hebei, laowuPaiqian, reserveRows, trainingRows } from '../../tests/helpers/target-rows.js';
import rule from './duplicate-project.js';

new RuleTester({ describe, it }).run('duplicate-project', rule, {
  valid: [
    {
      name: 'empty codes never count as the same code',
      document: doc({ projects: [project('机关办公用房租金', reserveRows(1), { code: '', funding: { total: 131.2 } }), project('综合业务工作经费', trainingRows(2), { code: '', funding: { total: 140 } })] }),
    },
    {
      name: 'a continuing project keeps its code from one year to the next',
      files: {
        'a.json': doc({ year: 2021, projects: [project('冻猪肉储备', reserveRows(275), { code: '601004', funding: { total: 140 } })] }),
        'b.json': doc({ year: 2022, projects: [project('冻猪肉储备', reserveRows(300), { code: '601004', funding: { total: 150 } })] }),
      },
    },
    {
      name: 'two different projects with their own codes',
      document: doc({ projects: [project('冻猪肉储备', reserveRows(275), { code: 'A-1' }), project('外贸培训', trainingRows(500), { code: 'A-2' })] }),
    },
  ],
  invalid: [
    {
      // 002 lists every table twice, in 专项资金 and in 预算项目, with the same code, name and budget
      name: 'the same project listed twice is duplicateProject, not also a copy',
      document: doc({
        projects: [
          project('2021年劳务派遣人员经费', laowuPaiqian, { code: '482-0302-YBN-VL3Z', kind: 'special-fund', funding: { total: 5 } }),
          project('2021年劳务派遣人员经费', laowuPaiqian, { code: '482-0302-YBN-VL3Z', kind: 'project', funding: { total: 5 } }),
        ],
      }),
      errors: [{ messageId: 'duplicateProject', pointer: '/projects/1', related: [{ pointer: '/projects/0' }] }],
    },
    {
      // 浙江 tables carry no 项目编码: the same department's table filed twice (JSON and workbook, say)
      name: 'without codes, the same department, year, name and budget twice is duplicateProject',
      files: {
        'a.json': doc({ department: { code: '259', name: '市商务局' }, projects: [project('商事法律业务培训', laowuPaiqian, { funding: { total: 30000 } })] }),
        'b.json': doc({ department: { code: '259', name: '市商务局' }, projects: [project('商事法律业务培训', laowuPaiqian, { funding: { total: 30000 } })] }),
      },
      errors: [{ messageId: 'duplicateProject', file: 'b.json', pointer: '/projects/0', related: [{ file: 'a.json', pointer: '/projects/0' }], messageIncludes: ['部门、名称和预算金额（两者都没有项目编码）'] }],
    },
    {
      // 003: 招商引资专项经费 300 and 600 万元 both filed under 601004
      name: 'one code for two different budgets is codeReused',
      document: doc({
        region: hebei,
        moneyUnit: '万元',
        projects: [
          project('招商引资专项经费', reserveRows(50), { code: '601004', funding: { total: 300 } }),
          project('招商引资专项经费', trainingRows(100), { code: '601004', funding: { total: 600 } }),
        ],
      }),
      errors: [{ messageId: 'codeReused', pointer: '/projects/1', related: [{ pointer: '/projects/0' }], messageIncludes: ['600万元', '300万元'] }],
    },
    {
      name: 'one code for two different names is codeReused, across files of the same year and region',
      files: {
        'a.json': doc({ projects: [project('冻猪肉储备', reserveRows(275), { code: 'X-1' })] }),
        'b.json': doc({ department: { name: '粮食局' }, projects: [project('外贸培训', trainingRows(500), { code: 'X-1' })] }),
      },
      errors: [{ messageId: 'codeReused', file: 'b.json', pointer: '/projects/0', related: [{ file: 'a.json', pointer: '/projects/0' }] }],
    },
  ],
});

describe('duplicate-project on the seed fixtures', () => {
  it('finds exactly the defensible findings', async () => {
    const findings = await seedFindingLines('duplicate-project');
    expect(findings.sort()).toEqual(
      [
        // 承德 2021 files each 专项资金 table again as a 预算项目 table: same 项目编码, name and 预算数 (notes §3 item 1)
        '002_ee05bafa97bc834e.json /projects/9 duplicateProject 002_ee05bafa97bc834e.json#/projects/1',
        '002_ee05bafa97bc834e.json /projects/10 duplicateProject 002_ee05bafa97bc834e.json#/projects/2',
        '002_ee05bafa97bc834e.json /projects/11 duplicateProject 002_ee05bafa97bc834e.json#/projects/3',
        '002_ee05bafa97bc834e.json /projects/12 duplicateProject 002_ee05bafa97bc834e.json#/projects/4',
        '002_ee05bafa97bc834e.json /projects/13 duplicateProject 002_ee05bafa97bc834e.json#/projects/5',
        '002_ee05bafa97bc834e.json /projects/14 duplicateProject 002_ee05bafa97bc834e.json#/projects/6',
        '002_ee05bafa97bc834e.json /projects/15 duplicateProject 002_ee05bafa97bc834e.json#/projects/7',
        // the truncated second listing of 弥补人员工资 (no rows) is still the same code, name and budget
        '002_ee05bafa97bc834e.json /projects/16 duplicateProject 002_ee05bafa97bc834e.json#/projects/8',
        // 邢台 2023: 601004 is filed for 招商引资专项经费 300万元 and again for a different 600万元 table (notes 003)
        '003_8a93ebbb46b509da.json /projects/6 codeReused 003_8a93ebbb46b509da.json#/projects/5',
      ].sort(),
    );
  });
});
