/** ESLint's fix semantics on JSON text: non-overlapping edits per pass, repeated until stable, formatting kept. */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../src/engine/fix.js';
import { PerfLint } from '../../src/node/perflint.js';
import type { ConfigFile } from '../../src/config/types.js';

describe('applyFixes', () => {
  it('applies edits in source order, whatever order they come in', () => {
    expect(applyFixes('a "x" b "y"', [{ range: [8, 11], text: '"Y"' }, { range: [2, 5], text: '"X"' }])).toBe('a "X" b "Y"');
  });

  it('leaves an edit that overlaps an earlier one for the next pass', () => {
    expect(applyFixes('"abc"', [{ range: [0, 5], text: '"z"' }, { range: [1, 3], text: 'q' }])).toBe('"z"');
  });
});

// one line per indicator, with the clerk's own spacing, so kept formatting shows byte for byte
const TEXT = `{
  "format": "perflint/v1",
  "year": 2021,
  "region": { "province": "河北省", "city": "承德市" },
  "department": { "name": "承德市商务局" },
  "projects": [
    {
      "name": "冻肉储备补贴",
      "indicators": [
        { "level1": "产出指标", "level2": "数量指标", "name": "储备数量",   "value": "500", "operator": ">=", "unit": "吨" },
        { "level1": "产出指标", "level2": "质量指标", "name": "储备合格率", "value": "≧100%" },
        { "level1": "产出指标", "level2": "数量指标", "name": "仓库面积", "value": "800", "operator": "＝", "unit": "平米" },
        { "level1": "效益指标", "level2": "社会效益指标", "name": "市场供应", "value": "稳定" }
      ]
    }
  ]
}
`;

async function lintText(text: string, fix: boolean, fixTypes?: Array<'problem' | 'suggestion'>) {
  const config: ConfigFile = { extends: 'perflint:recommended', rules: { 'operator-vocabulary': ['error', { canonicalSpellings: true }] } };
  const perflint = new PerfLint({ cwd: '/tmp', config, fix, ...(fixTypes ? { fixTypes } : {}) });
  const [result] = await perflint.lintDocuments([{ filePath: 'doc.json', text }]);
  return result!;
}

describe('the fix loop', () => {
  it('counts fixable problems without fixing when not asked to', async () => {
    const result = await lintText(TEXT, false);
    expect(result.output).toBeUndefined();
    // >= (operator-vocabulary, error), ≧ (operator-vocabulary, error), ≥100% on a rate and 平米 (consistent-units, warnings)
    expect(result.fixableErrorCount).toBe(2);
    expect(result.fixableWarningCount).toBe(2);
  });

  it('fixes every fixable message, over as many passes as it takes, and changes nothing else', async () => {
    const result = await lintText(TEXT, true);
    // ≧100% needs two passes: ≧ → ≥ (a look-alike), then ≥100% → =100% (a rate)
    const expected = TEXT.replace('"operator": ">="', '"operator": "≥"').replace('"≧100%"', '"=100%"').replace('"平米"', '"平方米"');
    expect(result.output).toBe(expected);
    const before = TEXT.split('\n');
    const after = result.output!.split('\n');
    expect(after.length).toBe(before.length);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i + 1]));
    expect(changed).toEqual([10, 11, 12]);
    // the messages are those of the fixed text: nothing fixable is left
    expect(result.fixableErrorCount + result.fixableWarningCount).toBe(0);
    expect(result.messages.some((m) => m.ruleId === 'operator-vocabulary')).toBe(false);
  });

  it('--fix-type keeps only the fixes of rules of that type', async () => {
    const result = await lintText(TEXT, true, ['suggestion']);
    // operator-vocabulary and consistent-units are problem rules
    expect(result.output).toBeUndefined();
    const problems = await lintText(TEXT, true, ['problem']);
    expect(problems.output).toContain('"平方米"');
  });

  it('a text with nothing to fix has no output', async () => {
    const result = await lintText(TEXT.replace('">="', '"≥"').replace('"≧100%"', '"=100%"').replace('"平米"', '"平方米"'), true);
    expect(result.output).toBeUndefined();
  });
});
