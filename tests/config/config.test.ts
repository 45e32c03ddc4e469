import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { PerfLint } from '../../src/node/perflint.js';
import { defineRule, docsUrl } from '../../src/engine/rule.js';
import { ROOT } from '../cli/scenario.js';

/** A tiny rule with options, so config behaviour is tested apart from the real rules. */
const probe = defineRule({
  meta: {
    type: 'problem',
    docs: { description: { 'zh-CN': '探针', en: 'probe' }, url: docsUrl('probe') },
    messages: { seen: { 'zh-CN': '看到 {{n}}', en: 'saw {{n}}' } },
    schema: { type: 'object', additionalProperties: false, properties: { n: { type: 'integer' }, tag: { type: 'string' } } },
    defaultOptions: { n: 1, tag: 'default' },
  },
  create(context) {
    return { document: (node) => context.report({ node, messageId: 'seen', data: { n: `${context.options.n}/${context.options.tag}` } }) };
  },
});

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'perflint-config-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const doc = (province: string, year: number) => JSON.stringify({ format: 'perflint/v1', year, region: { province }, department: { name: '局' }, projects: [] });

async function messagesFor(cwd: string, patterns = ['.']) {
  const perflint = new PerfLint({ cwd, extraRules: { probe } });
  const results = await perflint.lintFiles(patterns);
  return Object.fromEntries(results.map((r) => [r.filePath.slice(cwd.length + 1), r.messages.map((m) => `${m.severity}:${m.message}`)]));
}

describe('configuration', () => {
  it('finds .perflintrc.yaml by searching up from cwd', async () => {
    const cwd = workspace({ '.perflintrc.yaml': 'rules:\n  probe: [warn, { n: 3 }]\n', 'a.json': doc('浙江省', 2021) });
    expect(await messagesFor(cwd)).toEqual({ 'a.json': ['1:看到 3/default'] });
  });

  it('reads package.json#perflint', async () => {
    const cwd = workspace({ 'package.json': JSON.stringify({ name: 'x', perflint: { rules: { probe: 'error' } } }), 'a.json': doc('浙江省', 2021) });
    expect(await messagesFor(cwd)).toEqual({ 'a.json': ['2:看到 1/default'] });
  });

  it('reads perflint.config.mjs and .perflintrc.cjs', async () => {
    const mjs = workspace({ 'perflint.config.mjs': "export default { rules: { probe: ['warn', { n: 4 }] } };\n", 'a.json': doc('浙江省', 2021) });
    expect(await messagesFor(mjs)).toEqual({ 'a.json': ['1:看到 4/default'] });
    const cjs = workspace({ '.perflintrc.cjs': "module.exports = { rules: { probe: 'error' } };\n", 'a.json': doc('浙江省', 2021) });
    expect(await messagesFor(cjs)).toEqual({ 'a.json': ['2:看到 1/default'] });
  });

  it('replaces a rule entry whole: later options do not merge with earlier ones', async () => {
    const cwd = workspace({
      'base.yaml': 'rules:\n  probe: [warn, { n: 5, tag: base }]\n',
      '.perflintrc.yaml': 'extends: ./base.yaml\nrules:\n  probe: [error, { n: 7 }]\n',
      'a.json': doc('浙江省', 2021),
    });
    expect(await messagesFor(cwd)).toEqual({ 'a.json': ['2:看到 7/default'] });
  });

  it('applies overrides by the document’s own region and year, later wins', async () => {
    const cwd = workspace({
      '.perflintrc.yaml': [
        'rules: { probe: [warn, { n: 1 }] }',
        'overrides:',
        '  - region: { province: 河北省 }',
        '    rules: { probe: [error, { n: 2 }] }',
        '  - region: { province: 浙江省, year: { min: 2021 } }',
        '    rules: { probe: off }',
        '  - files: ["late/**"]',
        '    rules: { probe: [error, { n: 9 }] }',
      ].join('\n'),
      'hb.json': doc('河北省', 2021),
      'zj2019.json': doc('浙江省', 2019),
      'zj2021.json': doc('浙江省', 2021),
      'late/zj2021.json': doc('浙江省', 2021),
    });
    expect(await messagesFor(cwd)).toEqual({
      'hb.json': ['2:看到 2/default'],
      'late/zj2021.json': ['2:看到 9/default'],
      'zj2019.json': ['1:看到 1/default'],
      'zj2021.json': [],
    });
  });

  it('lets an override extend a preset that has overrides of its own (conditions combine)', async () => {
    const cwd = workspace({
      'province.yaml': 'rules: { probe: [warn, { tag: p }] }\noverrides:\n  - region: { year: { min: 2021 } }\n    rules: { probe: [error, { tag: new }] }\n',
      '.perflintrc.yaml': 'overrides:\n  - region: { province: 浙江省 }\n    extends: ./province.yaml\n',
      'zj2019.json': doc('浙江省', 2019),
      'zj2021.json': doc('浙江省', 2021),
      'hb2021.json': doc('河北省', 2021),
    });
    expect(await messagesFor(cwd)).toEqual({ 'hb2021.json': [], 'zj2019.json': ['1:看到 1/p'], 'zj2021.json': ['2:看到 1/new'] });
  });

  it('uses perflint:recommended when there is no config file', async () => {
    const cwd = workspace({ 'a.json': doc('浙江省', 2021) });
    const perflint = new PerfLint({ cwd, extraRules: { probe } });
    const described = (await perflint.config()).describe(join(cwd, 'a.json'));
    expect(Object.keys(described.rules)).toContain('weights-sum');
    expect(described.rules).not.toHaveProperty('probe');
  });

  it('names the file and key of an unknown rule and suggests the closest one', async () => {
    const cwd = workspace({ '.perflintrc.yaml': 'rules:\n  prbe: error\n' });
    const error = await new PerfLint({ cwd, extraRules: { probe } }).config().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ file: join(cwd, '.perflintrc.yaml'), key: 'rules.prbe' });
    expect((error as ConfigError).text['zh-CN']).toContain('是否想写“probe”');
  });

  it('names the rule and option of an invalid option', async () => {
    const cwd = workspace({ '.perflintrc.yaml': 'rules:\n  probe: [error, { n: many }]\n' });
    const error = (await new PerfLint({ cwd, extraRules: { probe } }).config().catch((e: unknown) => e)) as ConfigError;
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.file).toBe(join(cwd, '.perflintrc.yaml'));
    expect(error.key).toContain('rules.probe');
  });

  it('rejects an unknown top-level key', async () => {
    const cwd = workspace({ '.perflintrc.yaml': 'rulez: {}\n' });
    const error = (await new PerfLint({ cwd }).config().catch((e: unknown) => e)) as ConfigError;
    expect(error).toMatchObject({ key: 'rulez' });
  });

  it('reports an extends cycle instead of looping', async () => {
    const cwd = workspace({ '.perflintrc.yaml': 'extends: ./a.yaml\n', 'a.yaml': 'extends: ./b.yaml\n', 'b.yaml': 'extends: ./a.yaml\n' });
    const error = (await new PerfLint({ cwd }).config().catch((e: unknown) => e)) as ConfigError;
    expect(error.text.en).toContain('extends cycle');
  });

  it('loads a plugin by short name, addresses its rules and configs', async () => {
    const cwd = workspace({
      'node_modules/perflint-plugin-sample/package.json': JSON.stringify({ name: 'perflint-plugin-sample', type: 'module', main: 'index.js' }),
      'node_modules/perflint-plugin-sample/index.js': `export { default } from ${JSON.stringify(join(ROOT, 'fixtures/plugins/perflint-plugin-sample/index.js'))};\n`,
      '.perflintrc.yaml': 'plugins: [sample]\nextends: plugin:sample/recommended\n',
      'a.json': JSON.stringify({
        format: 'perflint/v1',
        year: 2021,
        region: { province: '浙江省' },
        department: { name: '局' },
        projects: [{ name: 'p', indicators: [{ level1: '产出指标', name: '一个非常非常非常非常非常非常非常长的指标名称啊', value: '1' }] }],
      }),
    });
    const results = await new PerfLint({ cwd }).lintFiles(['a.json']);
    expect(results[0]!.messages.map((m) => [m.ruleId, m.severity, m.pointer])).toEqual([['sample/no-long-names', 1, '/projects/0/indicators/0']]);
  });
});
