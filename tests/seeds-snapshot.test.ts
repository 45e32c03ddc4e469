/**
 * Every diagnostic perflint gives on the five real seed tables, committed as a readable snapshot
 * and reviewed line by line (fixtures/seeds/README.md justifies each group). A change in what
 * perflint says about real tables shows up here as a diff.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PerfLint } from '../src/node/perflint.js';
import type { LintResult } from '../src/engine/results.js';
import { ROOT } from './cli/scenario.js';

function render(results: LintResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`# ${relative(ROOT, result.filePath)}  (${result.errorCount} errors, ${result.warningCount} warnings)`);
    for (const m of result.messages) {
      const severity = m.severity === 2 ? 'error' : 'warn ';
      const related = (m.related ?? []).map((r) => ` ↳ ${relative(ROOT, r.filePath)}#${r.pointer}`).join('');
      lines.push(`${String(m.line).padStart(5)}:${String(m.column).padEnd(4)} ${severity} ${m.ruleId}/${m.messageId} ${m.pointer}${related}`);
      lines.push(`           ${m.message}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const SEEDS = join(ROOT, 'fixtures', 'seeds');

describe('diagnostics on the seed tables', () => {
  it('with the default config (perflint:recommended)', async () => {
    const results = await new PerfLint({ cwd: ROOT, config: { extends: 'perflint:recommended' } }).lintFiles([SEEDS]);
    await expect(render(results)).toMatchFileSnapshot('__snapshots__/seeds.recommended.txt');
  });

  it('with each province’s preset applied by region (.perflintrc.example.yaml)', async () => {
    const results = await new PerfLint({ cwd: ROOT, configFile: '.perflintrc.example.yaml' }).lintFiles([SEEDS]);
    await expect(render(results)).toMatchFileSnapshot('__snapshots__/seeds.by-province.txt');
  });

  it('in English', async () => {
    const results = await new PerfLint({ cwd: ROOT, config: { extends: 'perflint:recommended' }, locale: 'en' }).lintFiles([join(SEEDS, '002_ee05bafa97bc834e.json')]);
    await expect(render(results)).toMatchFileSnapshot('__snapshots__/seeds.002.en.txt');
  });
});
