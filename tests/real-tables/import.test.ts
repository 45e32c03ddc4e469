/**
 * Every real table from other provinces imports with no flags to the rows its transcription
 * counts, or is refused with a reason; metadata is never wrong (unknown is allowed: the lint warns).
 */
import { describe, expect, it } from 'vitest';
import { importSpreadsheet } from '../../src/import/import-spreadsheet.js';
import { loadCorpus, tableWorkbook } from './corpus.mjs';

/** tables that cannot be read, with why: the message must say so */
const REFUSED: Record<string, string> = {
  // one value column per town (笏石街道办 | 埭头镇), no 指标值 column
  'fujian-xiuyu-2025-shuili-zhuanxiang': '没有找到可识别的绩效指标表头',
  // page 17 of a report: the header row is on the page that was not published
  'sichuan-daying-2020-hedao-baojie-wancheng': '没有找到可识别的绩效指标表头',
};

/** read in part, and saying so */
const PARTIAL: Record<string, { rows: number[][]; warning: string }> = {
  // the second table is a header with no rows under it
  'gansu-jiayuguan-2023-bowuguan-mianfei-kaifang': { rows: [[10, 0]], warning: '这张表只读到了一部分' },
};

describe('real tables from other provinces, without flags', () => {
  for (const table of loadCorpus()) {
    it(table.id, async () => {
      const outcome = await importSpreadsheet(`${table.id}.xlsx`, await tableWorkbook(table), {});
      if (REFUSED[table.id]) {
        expect(outcome.ok).toBe(false);
        if (!outcome.ok) expect(outcome.problem.message['zh-CN']).toContain(REFUSED[table.id]);
        return;
      }
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) return;
      const rows = outcome.document.projects.map((p) => [p.indicators.length, p.periodIndicators?.length ?? 0]);
      const partial = PARTIAL[table.id];
      if (partial) {
        expect(rows).toEqual(partial.rows);
        expect(outcome.warnings.map((w) => w.message['zh-CN']).join('\n')).toContain(partial.warning);
      } else {
        expect(rows).toEqual(table.source.expected.projects.map((p) => [p.indicators, p.periodIndicators ?? 0]));
        expect(outcome.warnings).toEqual([]);
      }
      const { region, year } = outcome.document;
      const province = table.source.province?.replace(/\s*\(.*$/, '');
      if (region?.province !== undefined) expect(region.province).toBe(province);
      if (year !== undefined && table.source.year !== null) expect(year).toBe(table.source.year);
    });
  }
});
