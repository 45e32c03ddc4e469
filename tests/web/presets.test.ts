/**
 * The clerk's page chooses rules without the config loader (which needs node): for every preset
 * and every region it must prepare exactly the rules the config loader prepares for the same
 * choice written as a config file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { loadConfig } from '../../src/config/load.js';
import { RuleRegistry } from '../../src/config/registry.js';
import type { ConfigFile } from '../../src/config/types.js';
import type { Submission } from '../../src/document/model.js';
import type { PreparedConfig } from '../../src/engine/run-document.js';
import { BUILTIN_RULES } from '../../src/web/lint.js';
import { presetFor, PresetSelector, PROVINCE_PRESETS, type PresetChoice } from '../../src/web/presets.js';
import { ROOT } from '../import/helpers.js';

const TEXTS = Object.fromEntries(PROVINCE_PRESETS.map((name) => [name, readFileSync(join(ROOT, 'src', 'config', 'presets', `${name}.yaml`), 'utf8')])) as Record<(typeof PROVINCE_PRESETS)[number], string>;

/** the README's "several provinces in one run" config: what the page's automatic choice stands for */
const BY_REGION: ConfigFile = {
  extends: 'perflint:recommended',
  overrides: [
    { region: { province: '河北省' }, extends: 'perflint:hebei' },
    { region: { province: '浙江省' }, extends: 'perflint:zhejiang' },
    { region: { province: '湖北省' }, extends: 'perflint:hubei' },
    { region: { province: '安徽省' }, extends: 'perflint:anhui' },
    { region: { province: '广西壮族自治区' }, extends: 'perflint:guangxi' },
  ],
};

const DOCUMENTS = [
  { region: { province: '浙江省', city: '绍兴市' }, year: 2019 },
  { region: { province: '浙江省' }, year: 2021 },
  { region: { province: '河北省' }, year: 2022 },
  { region: { province: '四川省' }, year: 2024 },
  { region: { province: '湖北省' }, year: 2022 },
  { region: { province: '安徽省', city: '六安市' }, year: 2023 },
  { region: { province: '广西壮族自治区', city: '百色市' }, year: 2023 },
  {},
] as Array<Pick<Submission, 'region' | 'year'>>;

function summary(prepared: PreparedConfig): unknown {
  return { rules: prepared.rules.map((r) => [r.id, r.severity, r.options]).sort(), settings: prepared.settings };
}

describe('the page\'s presets', () => {
  const choices: PresetChoice[] = ['auto', 'recommended', ...PROVINCE_PRESETS];
  it.each(choices)('%s prepares the rules the config loader prepares', async (choice) => {
    const inline = choice === 'auto' ? BY_REGION : { extends: `perflint:${choice}` };
    const loaded = await loadConfig({ cwd: ROOT, inline }, new RuleRegistry(builtinRules));
    const page = new PresetSelector(choice, TEXTS, BUILTIN_RULES);
    for (const document of DOCUMENTS) {
      const doc = { projects: [], ...document } as unknown as Submission;
      expect(summary(page.prepare('a.json', doc))).toEqual(summary(loaded.prepare('a.json', doc)));
    }
  });

  it('names the preset a region chose', () => {
    expect(DOCUMENTS.map((d) => presetFor('auto', d))).toEqual(['zhejiang', 'zhejiang', 'hebei', 'recommended', 'hubei', 'anhui', 'guangxi', 'recommended']);
    expect(presetFor('central-2022', DOCUMENTS[0])).toBe('central-2022');
  });
});
