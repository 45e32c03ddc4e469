/** SARIF that survives edits: fingerprints from content, URIs from the git top, fixes, baseline suppressions. */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PerfLint } from '../../src/node/perflint.js';
import { applySuppressions, suppress } from '../../src/node/suppressions.js';
import type { LintResult } from '../../src/engine/results.js';
import { sarifValidator } from './sarif-schema.js';

interface SarifResult {
  ruleId: string;
  partialFingerprints: Record<string, string>;
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
  fixes?: Array<{ artifactChanges: Array<{ replacements: Array<{ insertedContent: { text: string } }> }> }>;
  suppressions?: unknown[];
}

const project = (code: string, name: string, value: string) =>
  `{ "code": "${code}", "name": "${name}", "indicators": [{ "level1": "产出指标", "level2": "质量指标", "name": "验收合格率", "value": "${value}", "basis": "" }] }`;
const documentText = (projects: string[]) =>
  `{ "format": "perflint/v1", "year": 2021, "region": { "province": "河北省" }, "department": { "name": "商务局" },\n  "projects": [\n    ${projects.join(',\n    ')}\n  ] }\n`;

/** a repository with the submissions one folder down, where the reviewer runs perflint */
function repository(): { top: string; cwd: string } {
  const top = mkdtempSync(join(tmpdir(), 'perflint-sarif-'));
  mkdirSync(join(top, '.git'));
  mkdirSync(join(top, 'submissions'));
  return { top, cwd: join(top, 'submissions') };
}

async function sarifOf(cwd: string, text: string, adjust: (results: LintResult[]) => LintResult[] = (r) => r): Promise<SarifResult[]> {
  const perflint = new PerfLint({ cwd, config: { rules: { 'require-basis': 'error', 'consistent-units': 'warn' } } });
  const results = adjust(await perflint.lintDocuments([{ filePath: 'doc.json', text }]));
  const sarif = JSON.parse(await (await perflint.loadFormatter('sarif'))(results, { cwd, locale: 'zh-CN', rulesMeta: perflint.rulesMeta() }));
  expect(sarifValidator()(sarif)).toBe(true);
  return sarif.runs[0].results as SarifResult[];
}

describe('sarif', () => {
  it('keeps a finding\'s fingerprint when a project is inserted above it, and tells different findings apart', async () => {
    const { cwd } = repository();
    const before = await sarifOf(cwd, documentText([project('P1', '冷库', '≥100%')]));
    const after = await sarifOf(cwd, documentText([project('P0', '粮库', '≥98%'), project('P1', '冷库', '≥100%')]));
    const prints = (results: SarifResult[]) => results.map((r) => r.partialFingerprints['perflint/v1']);
    expect(before).toHaveLength(2);
    expect(prints(after)).toEqual(expect.arrayContaining(prints(before)));
    expect(new Set(prints(after)).size).toBe(after.length);
  });

  it('names files relative to the git top and offers the fix', async () => {
    const { cwd } = repository();
    const [rate, basis] = await sarifOf(cwd, documentText([project('P1', '冷库', '≥100%')]));
    expect(basis!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('submissions/doc.json');
    expect(basis!.fixes).toBeUndefined();
    // the fix and the matching suggestion
    expect(rate!.fixes?.map((f) => f.artifactChanges[0]!.replacements[0]!.insertedContent.text)).toEqual(['"=100%"', '"=100%"']);
  });

  it('reports baseline-suppressed findings as suppressed results', async () => {
    const { cwd } = repository();
    const results = await sarifOf(cwd, documentText([project('P1', '冷库', '≥100%')]), (r) => applySuppressions(r, suppress({}, r, cwd), cwd).results);
    expect(results.map((r) => [r.ruleId, r.suppressions !== undefined])).toEqual([
      ['consistent-units', false],
      ['require-basis', true],
    ]);
  });
});
