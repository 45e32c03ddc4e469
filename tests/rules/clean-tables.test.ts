/**
 * Tables filled the way the official texts and the reviewers in fixtures/real-tables ask: varied
 * signs and units, money within the budget, a 101号 成本 一级, a 自评表 with its execution block.
 * perflint:recommended must find nothing on them: a finding here is a row a reviewer would defend.
 * (The 自评表 does not say its province: that warning is the importer's, not a rule's.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PerfLint } from '../../src/node/perflint.js';
import { importSpreadsheet } from '../../src/import/import-spreadsheet.js';

const DIR = join(fileURLToPath(import.meta.url), '..', 'clean-tables');

describe('tables a reviewer would pass', () => {
  for (const file of ['jiangsu-nanjing-minzheng-2024.json', 'guizhou-zunyi-nongtian-2023.json', 'shuili-ziping-2023.tsv']) {
    it(`${file}: no rule finds anything`, async () => {
      const [result] = await new PerfLint({ cwd: DIR, config: { extends: 'perflint:recommended' } }).lintFiles([join(DIR, file)]);
      expect(result!.messages.filter((m) => m.ruleId).map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
      expect(result!.messages.some((m) => m.fatal)).toBe(false);
    });
  }

  it('the 自评表 is read whole: its seven indicators and its execution block', async () => {
    const outcome = await importSpreadsheet('shuili-ziping-2023.tsv', readFileSync(join(DIR, 'shuili-ziping-2023.tsv')), {});
    expect(outcome.ok && outcome.document.projects.map((p) => [p.indicators.length, p.funding?.total, p.budgetExecution?.lines?.length])).toEqual([[7, 120, 4]]);
  });
});
