/**
 * Real data: every seed fixture written into a workbook in its own province's layout and read
 * back, and the two seeds that are themselves spreadsheet exports (000, 004) imported from the
 * raw TSV. Either way the result must be the hand transcription, provenance aside.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Indicator, Project } from '../../src/document/model.js';
import { createSubmissionValidator } from '../../src/document/validate.js';
import type { RowSource } from '../../src/document/model.js';
import { readWorkbook } from '../../src/import/read-workbook.js';
import { writeLayoutWorkbook } from '../support/write-workbook.js';
import { importOk, loadFixture, SEEDS, RAW_SEEDS, withoutProvenance, workbookBytes } from './helpers.js';

/** only what the tables themselves do not say (the 邢台 titles name the city, the others do not; the 浙江 2019 tables print no money unit) */
const NOT_IN_THE_TABLES: Record<string, { province: string; city?: string; moneyUnit?: '元' }> = {
  '000_30a1bc42c77b7743': { province: '浙江省', city: '绍兴市', moneyUnit: '元' },
  '001_84903211b8abe6be': { province: '浙江省', city: '绍兴市' },
  '002_ee05bafa97bc834e': { province: '河北省', city: '承德市' },
  '003_8a93ebbb46b509da': { province: '河北省' },
  '004_427bf320b5e131b0': { province: '浙江省', city: '绍兴市', moneyUnit: '元' },
};

const validate = createSubmissionValidator();

function everyRowHasProvenance(projects: Project[]): void {
  for (const p of projects) {
    const source = p.source as RowSource;
    expect(source.sheet, p.name).toBeTruthy();
    expect(source.row, p.name).toBeGreaterThan(0);
    expect(source.cell, p.name).toMatch(/^[A-Z]+\d+$/);
    for (const i of [...p.indicators, ...(p.periodIndicators ?? [])] as Indicator[]) {
      const s = i.source as RowSource;
      expect(s.row).toBeGreaterThan(0);
      expect(s.cells?.value).toMatch(/^[A-Z]+\d+$/);
      expect(s.cells?.value?.endsWith(String(s.row))).toBe(true);
    }
  }
}

describe('round trip: fixture → workbook in its province layout → import', () => {
  for (const { id, layout } of SEEDS) {
    for (const projectsPerSheet of ['all', 1] as const) {
      it(`${id} (${layout}, ${projectsPerSheet === 1 ? 'one project per sheet' : 'one sheet, page headers repeated'})`, async () => {
        const fixture = loadFixture(id);
        const bytes = await workbookBytes(writeLayoutWorkbook(fixture, { layout, projectsPerSheet, rowsPerPage: 15 }));
        const imported = await importOk(`${id}.xlsx`, bytes, NOT_IN_THE_TABLES[id]);

        expect(withoutProvenance(imported.document)).toStrictEqual(withoutProvenance(fixture));
        expect(imported.layout).toBe(layout);
        expect(validate(imported.document)).toEqual([]);
        everyRowHasProvenance(imported.document.projects);
      });
    }
  }

  for (const { id, layout } of SEEDS) {
    it(`${id} saved as CSV, every merge lost, still reads the same`, async () => {
      const fixture = loadFixture(id);
      const read = await readWorkbook(await workbookBytes(writeLayoutWorkbook(fixture, { layout, rowsPerPage: 15 })));
      if (!read.ok) throw new Error('unreadable');
      const csv = read.sheets[0]!.rows.map((r) => r.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
      const { document } = await importOk(`${id}.csv`, Buffer.from(csv), NOT_IN_THE_TABLES[id]);
      expect(withoutProvenance(document)).toStrictEqual(withoutProvenance(fixture));
    });
  }

  it('draws what the seeds show: merged cells, two-row headers, repeated page titles', async () => {
    const read = await readWorkbook(await workbookBytes(writeLayoutWorkbook(loadFixture('000_30a1bc42c77b7743'), { layout: 'zhejiang-2019', rowsPerPage: 15 })));
    if (!read.ok) throw new Error('unreadable');
    const rows = read.sheets[0]!.rows;
    expect(rows.filter((r) => r[0] === '2019年市级部门预算项目绩效目标表').length).toBeGreaterThan(3);
    expect(rows.filter((r) => r[2] === '总计').length).toBeGreaterThan(3);
    expect(new Set(rows.map((r) => r[11]).filter((t) => t?.includes('个性')))).toEqual(new Set(['明细指标（个性）', '月细指标（个性）', '二级指标（个性）', '二级指标 (个性)']));
    expect(read.sheets[0]!.merges.size).toBeGreaterThan(20);
  });
});

describe('the TSV seeds reproduce their hand transcriptions', () => {
  for (const id of ['000_30a1bc42c77b7743', '004_427bf320b5e131b0']) {
    it(id, async () => {
      const imported = await importOk(`${RAW_SEEDS}${id}.txt`, readFileSync(`${RAW_SEEDS}${id}.txt`), NOT_IN_THE_TABLES[id]);
      expect(withoutProvenance(imported.document)).toStrictEqual(withoutProvenance(loadFixture(id)));
      expect(imported.document.source).toEqual({
        file: `${id}.txt`,
        sheet: id,
        template: 'zhejiang-2019',
        inferred: [{ field: 'region.province', value: '浙江省', from: 'flag-or-config' }],
      });
      everyRowHasProvenance(imported.document.projects);
    });
  }

  it('keeps the provenance of every project and row (004)', async () => {
    const id = '004_427bf320b5e131b0';
    const { document, locator } = await importOk(`${id}.txt`, readFileSync(`${RAW_SEEDS}${id}.txt`), { province: '浙江省' });
    const first = document.projects[0]!;
    expect(first.source).toMatchObject({ sheet: id, row: 9, cell: 'B9' });
    expect((first.source as RowSource).cells).toMatchObject({ name: 'B9', 'funding/total': 'C9', 'funding/other': 'G9' });
    expect(first.indicators[0]!.source).toMatchObject({ row: 10, cell: 'H10', cells: { level1: 'H10', name: 'I10', value: 'J10', description: 'K10' } });
    // 招商引资绍兴推介和人才: the project row is the last line of a page, its rows follow the repeated header
    const split = document.projects[6]!;
    expect(split.source).toMatchObject({ row: 65 });
    expect(split.indicators.map((i) => (i.source as RowSource).row)).toEqual([71, 72, 73, 74, 75, 76]);
    // a 个性 row: its name is in the 个性 column
    expect((document.projects[1]!.indicators[0]!.source as RowSource).cells?.name).toBe('L17');
    expect(locator.locate('/projects/1/indicators/0/name')).toEqual({ line: 17, column: 12, endLine: 17, endColumn: 13, cellRef: "'004_427bf320b5e131b0'!L17" });
  });
});
