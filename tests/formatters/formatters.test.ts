import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PerfLint } from '../../src/node/perflint.js';
import type { LintResult } from '../../src/engine/results.js';
import { ROOT } from '../cli/scenario.js';
import { sarifValidator } from './sarif-schema.js';

const seed = (name: string) => join(ROOT, 'fixtures', 'seeds', name);

async function lintSeeds(): Promise<{ perflint: PerfLint; results: LintResult[] }> {
  const perflint = new PerfLint({ cwd: ROOT, config: { extends: 'perflint:recommended' } });
  return { perflint, results: await perflint.lintFiles([seed('001_84903211b8abe6be.json'), seed('002_ee05bafa97bc834e.json')]) };
}

describe('formatters', () => {
  it('sarif output validates against the official SARIF 2.1.0 schema', async () => {
    const { perflint, results } = await lintSeeds();
    const sarif = await (await perflint.loadFormatter('sarif'))(results, { cwd: ROOT, locale: 'zh-CN', rulesMeta: perflint.rulesMeta(), version: '0.1.0' });
    const log = JSON.parse(sarif) as { runs: Array<{ results: Array<Record<string, unknown>>; tool: { driver: { rules: Array<{ id: string; helpUri?: string }> } } }> };
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const run = log.runs[0]!;
    expect(run.results.length).toBe(results.reduce((n, r) => n + r.messages.length, 0));
    expect(run.results[0]).toMatchObject({ locations: [{ physicalLocation: { artifactLocation: { uri: 'fixtures/seeds/001_84903211b8abe6be.json', uriBaseId: '%SRCROOT%' } } }] });
    for (const rule of run.tool.driver.rules) expect(rule.helpUri).toMatch(new RegExp(`rules/${rule.id}/README\\.md$`));
  });

  it('json output is an array of ESLint-shaped results', async () => {
    const { perflint, results } = await lintSeeds();
    const parsed = JSON.parse(await (await perflint.loadFormatter('json'))(results, { cwd: ROOT, locale: 'zh-CN', rulesMeta: {} })) as LintResult[];
    expect(parsed).toHaveLength(2);
    expect(parsed[0]).toHaveProperty('messages');
    expect(parsed[0]!.messages[0]).toHaveProperty('pointer');
  });

  it('github output writes one escaped annotation per message', async () => {
    const { perflint, results } = await lintSeeds();
    const text = await (await perflint.loadFormatter('github'))(results, { cwd: ROOT, locale: 'zh-CN', rulesMeta: {} });
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(results.reduce((n, r) => n + r.messages.length, 0));
    expect(lines[0]).toMatch(/^::(error|warning) file=fixtures\/seeds\/001_84903211b8abe6be\.json,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=perflint [a-z-]+::/);
  });

  it('stylish groups by file and project and names the project', async () => {
    const { perflint, results } = await lintSeeds();
    const text = await (await perflint.loadFormatter('stylish'))(results, { cwd: ROOT, locale: 'zh-CN', rulesMeta: {} });
    expect(text).toContain('fixtures/seeds/002_ee05bafa97bc834e.json');
    expect(text).toMatch(/\n {2}\S.*\/projects\/\d+\n/);
    expect(text).toMatch(/✖ \d+ 个问题（\d+ 个错误，\d+ 个警告）/);
    expect(text).not.toContain('\u001b[');
  });
});
