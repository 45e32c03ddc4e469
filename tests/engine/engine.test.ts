import { describe, expect, it } from 'vitest';
import { PerfLint } from '../../src/node/perflint.js';
import { defineCorpusRule, defineRule, docsUrl, type AnyRule } from '../../src/engine/rule.js';

const meta = (id: string) => ({
  type: 'problem' as const,
  docs: { description: { 'zh-CN': id, en: id }, url: docsUrl(id) },
  schema: false as const,
  defaultOptions: {},
});

const emptyName = defineRule({
  meta: { ...meta('empty-name'), messages: { empty: { 'zh-CN': '项目“{{project}}”第{{row}}行名称为空', en: 'row {{row}} of "{{project}}" has no name' } } },
  create(context) {
    return {
      indicator(node) {
        if (!node.value.name) context.report({ node, messageId: 'empty', data: { project: node.project.label, row: node.index + 1 } });
      },
    };
  },
});

const crashing = defineRule({
  meta: { ...meta('crashing'), messages: { never: { 'zh-CN': '', en: '' } } },
  create() {
    return {
      project() {
        throw new Error('boom');
      },
    };
  },
});

const badMessageId = defineRule({
  meta: { ...meta('bad-id'), messages: { ok: { 'zh-CN': 'ok', en: 'ok' } } },
  create(context) {
    // a JavaScript plugin has no compiler to stop it; the engine must
    return { document: (node) => context.report({ node, messageId: 'nope' as 'ok' }) };
  },
});

const sameName = defineCorpusRule({
  meta: { ...meta('same-name'), scope: 'corpus', messages: { twice: { 'zh-CN': '与另一文件同名', en: 'same name as in another file' } } },
  collect(_context, document) {
    return document.projects.map((p) => ({ name: p.value.name, pointer: p.pointer }));
  },
  aggregate(context, entries) {
    const first = new Map<string, { file: string; pointer: string }>();
    for (const entry of entries) {
      for (const p of entry.facts) {
        const seen = first.get(p.name);
        if (seen) context.report({ filePath: entry.filePath, pointer: p.pointer, messageId: 'twice', related: [{ file: seen.file, pointer: seen.pointer }] });
        else first.set(p.name, { file: entry.filePath, pointer: p.pointer });
      }
    }
  },
});

const docWith = (...names: string[]) => ({
  format: 'perflint/v1',
  year: 2021,
  region: { province: '浙江省' },
  department: { name: '局' },
  projects: names.map((name) => ({ name, indicators: [{ level1: '产出指标', name: '', value: '1' }] })),
});

function linter(rules: Record<string, 'error' | 'warn'>, extraRules: Record<string, AnyRule>) {
  return new PerfLint({ cwd: '/virtual', extraRules, config: { rules } });
}

describe('engine', () => {
  it('reports through visitors with 1-based positions and message context', async () => {
    const [result] = await linter({ 'empty-name': 'error' }, { 'empty-name': emptyName }).lintDocuments([{ filePath: 'a.json', document: docWith('出国人员经费') }]);
    expect(result!.errorCount).toBe(1);
    expect(result!.messages[0]).toMatchObject({
      ruleId: 'empty-name',
      messageId: 'empty',
      message: '项目“出国人员经费”第1行名称为空',
      pointer: '/projects/0/indicators/0',
      context: { project: '出国人员经费' },
    });
    expect(result!.messages[0]!.line).toBeGreaterThan(1);
  });

  it('isolates a crashing rule: a fatal message names it, other rules still report', async () => {
    const [result] = await linter({ crashing: 'error', 'empty-name': 'warn' }, { crashing, 'empty-name': emptyName }).lintDocuments([
      { filePath: 'a.json', document: docWith('甲') },
    ]);
    expect(result!.messages.map((m) => [m.ruleId, m.fatal ?? false])).toEqual([
      ['crashing', true],
      ['empty-name', false],
    ]);
    expect(result!.messages[0]!.message).toContain('boom');
  });

  it('stops a crashed rule for the rest of the document: one fatal message, not one per project', async () => {
    const [result] = await linter({ crashing: 'error', 'empty-name': 'warn' }, { crashing, 'empty-name': emptyName }).lintDocuments([
      { filePath: 'a.json', document: docWith('甲', '乙', '丙') },
    ]);
    expect(result!.messages.filter((m) => m.ruleId === 'crashing')).toHaveLength(1);
    expect(result!.messages.filter((m) => m.ruleId === 'empty-name')).toHaveLength(3);
  });

  it('turns an unknown messageId into a rule crash instead of a wrong message', async () => {
    const [result] = await linter({ 'bad-id': 'error' }, { 'bad-id': badMessageId }).lintDocuments([{ filePath: 'a.json', document: docWith('甲') }]);
    expect(result!.messages).toHaveLength(1);
    expect(result!.messages[0]).toMatchObject({ ruleId: 'bad-id', fatal: true });
    expect(result!.messages[0]!.message).toContain('unknown messageId "nope"');
  });

  it('runs corpus rules over all files and reports with related locations', async () => {
    const results = await linter({ 'same-name': 'warn' }, { 'same-name': sameName }).lintDocuments([
      { filePath: 'a.json', document: docWith('甲', '乙') },
      { filePath: 'b.json', document: docWith('丙', '甲') },
    ]);
    expect(results[0]!.messages).toEqual([]);
    const [message] = results[1]!.messages;
    expect(message).toMatchObject({ ruleId: 'same-name', severity: 1, pointer: '/projects/1', context: { project: '甲' } });
    expect(message!.related).toEqual([expect.objectContaining({ filePath: '/virtual/a.json', pointer: '/projects/0', line: 11, column: 5 })]);
  });

  it('reports malformed JSON as fatal and goes on with the other files', async () => {
    const results = await linter({ 'empty-name': 'error' }, { 'empty-name': emptyName }).lintDocuments([
      { filePath: 'bad.json', text: '{"format": "perflint/v1",, }' },
      { filePath: 'good.json', document: docWith('甲') },
    ]);
    expect(results[0]!.messages).toEqual([expect.objectContaining({ ruleId: null, fatal: true, line: 1, column: 26 })]);
    expect(results[0]!.fatalErrorCount).toBe(1);
    expect(results[1]!.messages).toHaveLength(1);
  });

  it('stops the rules on a schema violation and reports it with pointer and position', async () => {
    const broken = docWith('甲') as { year: unknown };
    broken.year = '2021年';
    const [result] = await linter({ 'empty-name': 'error' }, { 'empty-name': emptyName }).lintDocuments([{ filePath: 'a.json', document: broken }]);
    expect(result!.messages).toEqual([expect.objectContaining({ ruleId: 'schema', fatal: true, pointer: '/year', line: 3, column: 11 })]);
  });

  it('has exactly ESLint’s LintResult counters, plus who filed the document', async () => {
    const [result] = await linter({ 'empty-name': 'warn' }, { 'empty-name': emptyName }).lintDocuments([{ filePath: 'a.json', document: docWith('甲', '乙') }]);
    expect(Object.keys(result!).sort()).toEqual(
      ['document', 'errorCount', 'fatalErrorCount', 'filePath', 'fixableErrorCount', 'fixableWarningCount', 'messages', 'suppressedMessages', 'usedDeprecatedRules', 'warningCount'].sort(),
    );
    expect(result!.document).toEqual({ department: '局', year: 2021, region: { province: '浙江省' }, projects: 2 });
    expect(result).toMatchObject({ errorCount: 0, warningCount: 2, fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0 });
  });
});
