import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PerfLint } from '../../src/node/perflint.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { seedFindingLines } from '../../tests/helpers/seeds.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import { laowuPaiqian, mibuGongzi, jiehui, zhaoshang, chuguoBenji, chuguoMaocuhui, reserveRows, trainingRows, hebei } from '../../tests/helpers/target-rows.js';
import rule from './no-copied-targets.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

new RuleTester({ describe, it }).run('no-copied-targets', rule, {
  valid: [
    {
      // 004: both projects take 宣传天数/次数/保障措施/扩大城市影响力/满意度 from the library, values are their own
      name: '驻京联络处 2019: library names and descriptions with own values are not a copy',
      document: doc({ year: 2019, projects: [project('全国重大节会期间工作经费', jiehui), project('招商引资绍兴推介和人才', zhaoshang)] }),
    },
    {
      name: '绍兴 2019: two units filling one 出国人员经费 template are not a copy',
      document: doc({
        year: 2019,
        projects: [
          project('出国人员经费', chuguoBenji, { unit: { code: '259001', name: '市商务局本级' }, funding: { total: 120000 } }),
          project('出国人员经费', chuguoMaocuhui, { unit: { code: '259002', name: '中国国际贸易促进委员会绍兴市委员会' }, funding: { total: 50000 } }),
        ],
      }),
    },
    {
      name: 'different projects',
      document: doc({ projects: [project('市级冻猪肉储备补贴资金', reserveRows(275)), project('综合业务工作经费', trainingRows(500))] }),
    },
    {
      // 003: the 部门整体 table sums up its projects' rows; that is what it is for
      name: 'the overall (部门整体) table repeating a project’s rows is not a copy',
      document: doc({
        region: hebei,
        projects: [project('邢台市部门整体支出绩效目标申报表', reserveRows(275), { kind: 'overall' }), project('市级冻猪肉储备补贴资金', reserveRows(275))],
      }),
    },
    {
      name: 'rows that do not apply (不涉及) are no evidence',
      document: doc({
        projects: [0, 1].map((i) =>
          project(`项目${i}`, [
            ...(i ? reserveRows(275) : trainingRows(500)),
            row('效果指标', '经济效益指标', '不涉及', '不涉及', { description: '不涉及' }),
            row('效果指标', '生态效益指标', '不涉及', '不涉及', { description: '不涉及' }),
            row('效果指标', '可持续影响指标', '不涉及', '不涉及', { description: '不涉及' }),
          ]),
        ),
      }),
    },
    {
      // names, descriptions and the rates (合格率, 及时率) stay; the quantities were updated
      name: 'last year’s project with updated quantities is not “not updated”',
      files: {
        'a.json': doc({ year: 2021, projects: [project('冻猪肉储备', reserveRows(275))] }),
        'b.json': doc({ year: 2022, projects: [project('冻猪肉储备', reserveRows(300))] }),
      },
    },
    {
      name: 'the same project two years apart is not a copy between projects',
      files: {
        'a.json': doc({ year: 2019, projects: [project('冻猪肉储备', reserveRows(275))] }),
        'b.json': doc({ year: 2021, projects: [project('冻猪肉储备', reserveRows(275))] }),
      },
    },
    {
      name: 'commonRows: rows named there are library rows and never evidence',
      document: doc({ projects: [project('冻猪肉储备', reserveRows(275)), project('冻牛肉储备', reserveRows(275))] }),
      options: { commonRows: ['储备冻猪肉数量', '联合检查合格率', '补贴资金拨付及时率', '每吨储备补贴', '居民受益人数', '居民满意度'] },
    },
    {
      name: 'minRows: a two-row project is too small to call a copy',
      document: doc({ projects: [project('甲', reserveRows(275).slice(0, 2)), project('乙', reserveRows(275).slice(0, 2))] }),
    },
    {
      // duplicate-project reports the second listing; it is the same project, not a copy of it
      name: 'the same project listed twice is not a copy',
      document: doc({
        projects: [
          project('2021年劳务派遣人员经费', laowuPaiqian, { code: '482-0302-YBN-VL3Z', kind: 'special-fund', funding: { total: 5 } }),
          project('2021年劳务派遣人员经费', laowuPaiqian, { code: '482-0302-YBN-VL3Z', kind: 'project', funding: { total: 5 } }),
        ],
      }),
    },
  ],
  invalid: [
    {
      // 002: the brief's case: every 三级 name and description repeated, 派遣人员满意度 included
      name: '承德 2021: 弥补人员工资 repeats the nine rows of 劳务派遣人员经费',
      document: doc({
        region: { province: '河北省', city: '承德市' },
        department: { name: '承德市商务局' },
        projects: [
          project('2021年劳务派遣人员经费', laowuPaiqian, { code: '482-0302-YBN-VL3Z', funding: { total: 5 } }),
          project('2021年度弥补人员工资', mibuGongzi, { code: '482-0302-JBN-SW93', funding: { total: 20.31 } }),
        ],
      }),
      errors: [
        {
          messageId: 'copiedTargets',
          pointer: '/projects/1',
          related: [{ pointer: '/projects/0' }],
          messageIncludes: ['9行中9行指标名称相同、9行描述相同、5行指标值相同'],
        },
      ],
    },
    {
      name: 'a copy in another department’s file is reported on the later file, pointing at the earlier one',
      files: {
        'a.json': doc({ department: { name: '商务局' }, projects: [project('冻猪肉储备', reserveRows(275))] }),
        'b.json': doc({ department: { name: '粮食局' }, projects: [project('外贸培训', trainingRows(500)), project('冻牛肉储备', reserveRows(275))] }),
      },
      errors: [{ messageId: 'copiedTargets', file: 'b.json', pointer: '/projects/1', related: [{ file: 'a.json', pointer: '/projects/0' }] }],
    },
    {
      name: 'later = file order: when the copy’s file comes first, the original is the later project',
      files: {
        'a.json': doc({ department: { name: '粮食局' }, projects: [project('冻牛肉储备', reserveRows(275))] }),
        'b.json': doc({ department: { name: '商务局' }, projects: [project('冻猪肉储备', reserveRows(275))] }),
      },
      errors: [{ messageId: 'copiedTargets', file: 'b.json', pointer: '/projects/0', related: [{ file: 'a.json', pointer: '/projects/0' }] }],
    },
    {
      name: 'of several copies the source is the original (the earliest of equal matches)',
      document: doc({ projects: [project('原项目', reserveRows(275)), project('复制一', reserveRows(275)), project('复制二', reserveRows(275))] }),
      errors: [
        { messageId: 'copiedTargets', pointer: '/projects/1', related: [{ pointer: '/projects/0' }] },
        { messageId: 'copiedTargets', pointer: '/projects/2', related: [{ pointer: '/projects/0' }] },
      ],
    },
    {
      name: 'values filed in the 计算符号/计量单位 columns match the same values written inline',
      document: doc({
        projects: [
          project('原项目', reserveRows(275)),
          project(
            '复制项目',
            reserveRows(275).map((r) => {
              const m = /^([=≤≥])(\d+)(.*)$/u.exec(r.value);
              return m ? { ...r, operator: m[1], value: m[2]!, unit: m[3] } : r;
            }),
          ),
        ],
      }),
      errors: [{ messageId: 'copiedTargets', pointer: '/projects/1' }],
    },
    {
      name: 'the same department’s targets carried over unchanged into the next year are notUpdated',
      files: {
        'a.json': doc({ year: 2021, department: { code: '239', name: '驻北京联络处' }, projects: [project('冻猪肉储备', reserveRows(275))] }),
        'b.json': doc({ year: 2022, department: { code: '239', name: '驻北京联络处' }, projects: [project('冻猪肉储备', reserveRows(275))] }),
      },
      errors: [{ messageId: 'notUpdated', file: 'b.json', pointer: '/projects/0', related: [{ file: 'a.json', pointer: '/projects/0' }], messageIncludes: [2021] }],
    },
    {
      name: 'notUpdated is reported on the later year even when its file comes first',
      files: {
        'a.json': doc({ year: 2022, projects: [project('冻猪肉储备', reserveRows(275))] }),
        'b.json': doc({ year: 2021, projects: [project('冻猪肉储备', reserveRows(275))] }),
      },
      errors: [{ messageId: 'notUpdated', file: 'a.json', pointer: '/projects/0', related: [{ file: 'b.json', pointer: '/projects/0' }] }],
    },
    {
      name: 'different department codes are different departments: a copy, not notUpdated',
      files: {
        'a.json': doc({ year: 2021, department: { code: '101', name: '测试局' }, projects: [project('冻猪肉储备', reserveRows(275))] }),
        'b.json': doc({ year: 2022, department: { code: '102', name: '测试局' }, projects: [project('冻牛肉储备', reserveRows(275))] }),
      },
      errors: [{ messageId: 'copiedTargets', file: 'b.json', pointer: '/projects/0' }],
    },
    {
      name: 'threshold option: a lower threshold also reports the library look-alike',
      document: doc({ year: 2019, projects: [project('全国重大节会期间工作经费', jiehui), project('招商引资绍兴推介和人才', zhaoshang)] }),
      options: { threshold: 0.25 },
      errors: [{ messageId: 'copiedTargets', pointer: '/projects/1' }],
    },
    {
      name: 'messages in English on request',
      locale: 'en',
      document: doc({ projects: [project('原项目', reserveRows(275)), project('复制项目', reserveRows(275))] }),
      errors: [{ messageId: 'copiedTargets', pointer: '/projects/1', messageIncludes: ['closely match those of project "原项目" in this file'] }],
    },
  ],
});

describe('no-copied-targets on the seed fixtures', () => {
  it('finds exactly the defensible findings', async () => {
    const findings = await seedFindingLines('no-copied-targets');
    expect(findings.sort()).toEqual(
      [
        // 承德 2021: 弥补人员工资 repeats all nine names and descriptions of 劳务派遣人员经费 (派遣人员满意度
        // included) and five of its values (notes 002 §3 item 20)
        '002_ee05bafa97bc834e.json /projects/8 copiedTargets 002_ee05bafa97bc834e.json#/projects/6',
      ].sort(),
    );
  });
});

/** "00012.json#/projects/7" → a key that sorts by file, then by project number */
function runOrder(location: string): string {
  const [file, pointer] = location.split('#');
  return `${file} ${String(Number(pointer!.split('/')[2])).padStart(6, '0')}`;
}

const GENERATOR = join(ROOT, '..', 'shared', 'bench', 'gen-corpus.mjs');

describe.skipIf(!existsSync(GENERATOR))('no-copied-targets on a generated corpus of 20,000 projects', () => {
  let dir = '';
  let manifest: { projects: number; defects: Array<{ kind: string; at: string; from?: string }> };
  const found = new Map<string, string[]>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'perflint-copies-'));
    execFileSync(process.execPath, [GENERATOR, '--out', dir, '--departments', '1200', '--seed', '7'], { stdio: 'ignore' });
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as typeof manifest;
    const perflint = new PerfLint({ cwd: join(dir, 'docs'), config: { rules: { 'no-copied-targets': 'error' } } });
    for (const result of await perflint.lintFiles(['.'])) {
      for (const m of result.messages) {
        const at = `${basename(result.filePath)}#${m.pointer}`;
        found.set(at, [...(found.get(at) ?? []), `${m.messageId} ${m.related?.map((r) => `${basename(r.filePath)}#${r.pointer}`).join(' ') ?? ''}`]);
      }
    }
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has at least 20,000 projects', () => {
    expect(manifest.projects).toBeGreaterThanOrEqual(20_000);
  });

  it('finds every injected copy, and nothing else', () => {
    const copies = manifest.defects.filter((d) => d.kind === 'copied-targets');
    expect(copies.length).toBeGreaterThan(100);
    const expected = new Map<string, string[]>();
    for (const c of copies) {
      // the later project by file order carries the finding; the generator's copies always come
      // after their source (files 00000.json… sort in generation order), but either way is a find
      const [later, earlier] = runOrder(c.at) < runOrder(c.from!) ? [c.from!, c.at] : [c.at, c.from!];
      expected.set(later, [`copiedTargets ${earlier}`]);
    }
    // The generator gives copies a new code and name, so they are never one listing twice; its
    // departments all have their own code, so no notUpdated; it has no 实施期 rows. Its other
    // projects draw rows at random from a small vocabulary: two of them may share a few rows, which
    // is no copy, and the rule must not report them.
    expect(new Map([...found].sort())).toEqual(new Map([...expected].sort()));
  });
});
