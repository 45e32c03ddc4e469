import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { BUILTIN_PRESETS } from '../../src/config/resolve.js';
import { configSchemaText } from '../../src/config/write-config-schema.js';
import { PerfLint } from '../../src/node/perflint.js';
import { ROOT } from '../cli/scenario.js';

const region = (province: string, year: number) => ({ region: { province }, year });

async function rulesFor(config: object, file: string, doc: { region: { province: string }; year: number }) {
  const selector = await new PerfLint({ cwd: ROOT, config }).config();
  return selector.describe(join(ROOT, file), doc).rules;
}

describe('presets', () => {
  it('every built-in preset resolves', async () => {
    for (const name of BUILTIN_PRESETS) {
      await expect(new PerfLint({ cwd: ROOT, config: { extends: `perflint:${name}` } }).config()).resolves.toBeDefined();
    }
  });

  it('perflint:recommended turns on the rules meta.docs.recommended names, at the severity it names', async () => {
    const rules = await rulesFor({ extends: 'perflint:recommended' }, 'a.json', region('浙江省', 2021));
    const on = Object.fromEntries(Object.entries(rules).filter(([, setting]) => setting !== 'off').map(([id, setting]) => [id, Array.isArray(setting) ? setting[0] : setting]));
    expect(on).toEqual({
      'benefit-present': 'error',
      'consistent-units': 'warn',
      'direction-consistency': 'warn',
      'duplicate-indicator': 'error',
      'duplicate-project': 'warn',
      'grade-label-as-target': 'warn',
      'identical-values': 'warn',
      'input-as-output': 'warn',
      'name-max-length': 'error',
      'cost-within-budget': 'error',
      'full-compliance': 'warn',
      'funding-balance': 'warn',
      'no-copied-targets': 'warn',
      'no-placeholder': 'error',
      'no-whitespace-or-null': 'error',
      'operator-vocabulary': 'error',
      'first-level-categories': 'error',
      'goal-present': 'error',
      'goal-quality': 'warn',
      'misplaced-columns': 'warn',
      'output-coverage': 'warn',
      'period-targets-differ': 'warn',
      'qualitative-share': 'warn',
      'require-basis': 'warn',
      'require-satisfaction': 'error',
      'satisfaction-value': 'warn',
      'timeliness-measurable': 'warn',
      'vague-value': 'warn',
      'value-matches-operator': 'error',
      'required-fields': 'error',
      'second-level-vocabulary': 'error',
      'self-evaluation-consistency': 'warn',
      'spending-plan': 'error',
      'weights-hierarchy': 'error',
      'weights-sum': 'error',
      'year-consistency': 'warn',
    });
  });

  it('perflint:recommended takes the options meta.docs.recommended gives: require-basis without the empty-basis check, which hebei turns on', async () => {
    expect((await rulesFor({ extends: 'perflint:recommended' }, 'a.json', region('浙江省', 2021)))['require-basis']).toEqual(['warn', expect.objectContaining({ emptyBasis: false })]);
    expect((await rulesFor({ extends: 'perflint:hebei' }, 'a.json', region('河北省', 2021)))['require-basis']).toEqual(['warn', expect.objectContaining({ emptyBasis: true })]);
  });

  it('perflint:all turns on every built-in rule at error', async () => {
    const rules = await rulesFor({ extends: 'perflint:all' }, 'a.json', region('浙江省', 2021));
    expect(Object.keys(rules).sort()).toEqual(Object.keys(builtinRules).sort());
    expect(new Set(Object.values(rules).map((setting) => (Array.isArray(setting) ? setting[0] : setting)))).toEqual(new Set(['error']));
  });

  it('perflint:zhejiang expects no weights in 2019 and requires them from 2021', async () => {
    const config = { extends: 'perflint:zhejiang' };
    expect((await rulesFor(config, 'a.json', region('浙江省', 2019)))['weights-sum']).toBe('off');
    expect((await rulesFor(config, 'a.json', region('浙江省', 2021)))['weights-sum']).toEqual(['error', expect.objectContaining({ requireWeights: true, total: 100 })]);
  });

  it('perflint:hebei turns weights off and the basis check on', async () => {
    const rules = await rulesFor({ extends: 'perflint:hebei' }, 'a.json', region('河北省', 2021));
    expect(rules['weights-sum']).toBe('off');
    expect(rules['require-basis']).toEqual(['warn', expect.anything()]);
  });

  it('perflint:hubei and perflint:anhui leave repeated 三级 names alone, as the national system does there (§B.14)', async () => {
    expect((await rulesFor({ extends: 'perflint:hubei' }, 'a.json', region('湖北省', 2022)))['duplicate-indicator']).toBe('off');
    expect((await rulesFor({ extends: 'perflint:anhui' }, 'a.json', region('安徽省', 2022)))['duplicate-indicator']).toBe('off');
    expect((await rulesFor({ extends: 'perflint:recommended' }, 'a.json', region('湖北省', 2022)))['duplicate-indicator']).toEqual(['error', expect.anything()]);
  });

  it('perflint:guangxi makes an unexplained overshoot of 130% an error, as the national system does there (§F.41)', async () => {
    expect((await rulesFor({ extends: 'perflint:guangxi' }, 'a.json', region('广西壮族自治区', 2023)))['large-overshoot-needs-reason']).toEqual(['error', expect.objectContaining({ ratio: 1.3 })]);
    expect((await rulesFor({ extends: 'perflint:recommended' }, 'a.json', region('广西壮族自治区', 2023)))['large-overshoot-needs-reason']).toBeUndefined();
  });

  it('the example config applies the Hebei and Zhejiang presets by region in one run', async () => {
    const perflint = new PerfLint({ cwd: ROOT, configFile: '.perflintrc.example.yaml' });
    const selector = await perflint.config();
    const hebei = selector.describe(join(ROOT, 'x.json'), region('河北省', 2021)).rules;
    const zj2019 = selector.describe(join(ROOT, 'x.json'), region('浙江省', 2019)).rules;
    const zj2022 = selector.describe(join(ROOT, 'x.json'), region('浙江省', 2022)).rules;
    expect(hebei['require-basis']).toEqual(['warn', expect.anything()]);
    expect(hebei['weights-sum']).toBe('off');
    expect(zj2019['weights-sum']).toBe('off');
    expect(zj2022['weights-sum']).toEqual(['error', expect.objectContaining({ requireWeights: true })]);
  });
});

describe('schemas/config.schema.json', () => {
  it('is regenerated from the rule registry by every build, so it lists every built-in rule', () => {
    expect(readFileSync(join(ROOT, 'schemas', 'config.schema.json'), 'utf8')).toBe(configSchemaText());
    const schema = JSON.parse(configSchemaText()) as { properties: { rules: { properties: Record<string, { description: string }> } } };
    const described = Object.fromEntries(Object.entries(schema.properties.rules.properties).map(([id, entry]) => [id, entry.description]));
    expect(described).toEqual(Object.fromEntries(Object.entries(builtinRules).map(([id, rule]) => [id, rule.meta.docs.description['zh-CN']])));
  });
});
