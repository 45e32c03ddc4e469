/** --fix, --fix-dry-run and the baseline (bulk suppressions) through main(), on files in a temporary folder. */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/cli.js';
import type { LintResult } from '../../src/engine/results.js';
import { xlsxFromRows, zhejiang2021Rows } from '../import/helpers.js';

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = { cwd, out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

interface Row {
  name: string;
  value: string;
  basis?: string;
}

/** A document whose projects are written one per line, as a clerk's export might be. */
function documentText(projects: Array<{ code: string; name: string; rows: Row[] }>): string {
  const project = (p: { code: string; name: string; rows: Row[] }) =>
    `    { "code": "${p.code}", "name": "${p.name}", "indicators": [\n` +
    p.rows.map((r) => `      { "level1": "产出指标", "level2": "数量指标", "name": "${r.name}", "value": "${r.value}", "basis": "${r.basis ?? ''}" }`).join(',\n') +
    '\n    ] }';
  return `{\n  "format": "perflint/v1",\n  "year": 2021,\n  "region": { "province": "河北省", "city": "承德市" },\n  "department": { "name": "承德市商务局" },\n  "projects": [\n${projects.map(project).join(',\n')}\n  ]\n}\n`;
}

function folder(config: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'perflint-fix-'));
  writeFileSync(join(dir, '.perflintrc.yaml'), config);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const FIX_CONFIG = 'rules:\n  consistent-units: error\n';
const FIXABLE = documentText([{ code: 'P1', name: '冻肉储备', rows: [{ name: '仓库面积', value: '800平米' }] }]);

describe('--fix and --fix-dry-run', () => {
  it('--fix-dry-run writes nothing and shows the fixed text as output', async () => {
    const dir = folder(FIX_CONFIG, { 'doc.json': FIXABLE });
    const before = sha(join(dir, 'doc.json'));
    const { code, out } = await run(dir, 'doc.json', '--fix-dry-run', '-f', 'json');
    expect(sha(join(dir, 'doc.json'))).toBe(before);
    const [result] = JSON.parse(out) as LintResult[];
    expect(result!.output).toBe(FIXABLE.replace('800平米', '800平方米'));
    expect(code).toBe(0);
  });

  it('--fix rewrites the file, keeps its byte-order mark and leaves the other lines as they were', async () => {
    const dir = folder(FIX_CONFIG, { 'doc.json': '\uFEFF' + FIXABLE });
    expect((await run(dir, 'doc.json', '--fix')).code).toBe(0);
    expect(readFileSync(join(dir, 'doc.json'), 'utf8')).toBe('\uFEFF' + FIXABLE.replace('800平米', '800平方米'));
  });

  it('never touches a workbook: the fix goes into the message for the annotated copy', async () => {
    const rows = zhejiang2021Rows([{ name: '冷库建设', total: 1000, rows: [['产出指标', '质量指标', '验收合格率', '≥', '100', '%', '100']] }]);
    const dir = folder("rules:\n  consistent-units: error\nextensions: ['.json', '.xlsx']\n", {});
    const book = join(dir, '申报表.xlsx');
    writeFileSync(book, await xlsxFromRows([{ name: '表10', rows }]));
    const before = sha(book);
    const { out } = await run(dir, '申报表.xlsx', '--fix', '-f', 'json');
    expect(sha(book)).toBe(before);
    const [result] = JSON.parse(out) as LintResult[];
    expect(result!.output).toBeUndefined();
    const message = result!.messages.find((m) => m.messageId === 'atLeast100Percent');
    expect(message?.fix).toBeUndefined();
    expect(message?.cellFix).toEqual({ cellRef: expect.stringMatching(/^表10!L\d+$/), text: '＝' });
  });

  it('under --quiet only errors are fixed, as ESLint does', async () => {
    const dir = folder('rules:\n  consistent-units: warn\n', { 'doc.json': FIXABLE });
    const quiet = JSON.parse((await run(dir, 'doc.json', '--fix-dry-run', '--quiet', '-f', 'json')).out) as LintResult[];
    expect(quiet[0]!.output).toBeUndefined();
    const loud = JSON.parse((await run(dir, 'doc.json', '--fix-dry-run', '-f', 'json')).out) as LintResult[];
    expect(loud[0]!.output).toContain('800平方米');
  });

  it('refuses --fix with --fix-dry-run, and --fix-type without either', async () => {
    const dir = folder(FIX_CONFIG, { 'doc.json': FIXABLE });
    expect(await run(dir, 'doc.json', '--fix', '--fix-dry-run')).toMatchObject({ code: 2, err: expect.stringContaining('--fix 与 --fix-dry-run 不能同时使用') });
    expect(await run(dir, 'doc.json', '--fix-type', 'problem')).toMatchObject({ code: 2, err: expect.stringContaining('--fix-type') });
  });
});

const BASIS_CONFIG = 'rules:\n  require-basis: error\n';
const LAST_YEAR = [
  { code: 'P1', name: '冻肉储备', rows: [{ name: '储备数量', value: '≥500吨' }, { name: '市场供应', value: '稳定', basis: '计划' }] },
  { code: 'P2', name: '蔬菜储备', rows: [{ name: '储备数量', value: '≥300吨' }] },
];

describe('the baseline', () => {
  it('survives a project inserted above the recorded findings, and still fails on a new one', async () => {
    const dir = folder(BASIS_CONFIG, { 'doc.json': documentText(LAST_YEAR) });
    expect((await run(dir, 'doc.json')).code).toBe(1);
    expect((await run(dir, 'doc.json', '--suppress-all')).code).toBe(0);
    const baseline = JSON.parse(readFileSync(join(dir, 'perflint-suppressions.json'), 'utf8'));
    expect(baseline).toEqual({ 'doc.json': { 'require-basis': { count: 2, findings: { 'P1 › 储备数量': 1, 'P2 › 储备数量': 1 } } } });

    // this year: a project inserted first moves every pointer and line, and its finding is new
    const inserted = { code: 'P0', name: '猪肉储备', rows: [{ name: '储备数量', value: '≥800吨', basis: '计划' }] };
    writeFileSync(join(dir, 'doc.json'), documentText([inserted, ...LAST_YEAR]));
    const clean = await run(dir, 'doc.json', '-f', 'json');
    expect(clean.code).toBe(0);
    const [result] = JSON.parse(clean.out) as LintResult[];
    expect(result!.errorCount).toBe(0);
    expect(result!.suppressedMessages.map((m) => m.pointer)).toEqual(['/projects/1/indicators/0/basis', '/projects/2/indicators/0/basis']);
    // who filed it survives suppression, so overview formats still name the department
    expect(result!.document).toEqual({ department: '承德市商务局', year: 2021, region: { province: '河北省', city: '承德市' }, projects: 3 });

    writeFileSync(join(dir, 'doc.json'), documentText([{ ...inserted, rows: [{ name: '储备数量', value: '≥800吨' }] }, ...LAST_YEAR]));
    const failing = await run(dir, 'doc.json', '-f', 'json');
    expect(failing.code).toBe(1);
    expect((JSON.parse(failing.out) as LintResult[])[0]!.messages.map((m) => m.context?.project)).toEqual(['猪肉储备']);
  });

  it('a fixed finding is an unused suppression: exit 2, unless passed or pruned', async () => {
    const dir = folder(BASIS_CONFIG, { 'doc.json': documentText(LAST_YEAR) });
    await run(dir, 'doc.json', '--suppress-all');
    writeFileSync(join(dir, 'doc.json'), documentText([LAST_YEAR[0]!, { ...LAST_YEAR[1]!, rows: [{ name: '储备数量', value: '≥300吨', basis: '计划' }] }]));
    const unused = await run(dir, 'doc.json');
    expect(unused.code).toBe(2);
    expect(unused.err).toContain('doc.json  require-basis  P2 › 储备数量');
    expect((await run(dir, 'doc.json', '--pass-on-unpruned-suppressions')).code).toBe(0);
    expect((await run(dir, 'doc.json', '--prune-suppressions')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'perflint-suppressions.json'), 'utf8'))).toEqual({
      'doc.json': { 'require-basis': { count: 1, findings: { 'P1 › 储备数量': 1 } } },
    });
    expect((await run(dir, 'doc.json')).code).toBe(0);
    // a folder walk meets the baseline file too: it is perflint's own, passed over without a note
    expect(await run(dir, '.')).toMatchObject({ code: 0, err: '' });
  });

  it('--suppress-rule records one rule; --suppressions-location names the file, which must exist unless created', async () => {
    const dir = folder('rules:\n  require-basis: error\n  name-max-length: [error, { max: 3 }]\n', { 'doc.json': documentText(LAST_YEAR) });
    expect((await run(dir, 'doc.json', '--suppressions-location', 'base.json')).err).toContain('base.json');
    expect((await run(dir, 'doc.json', '--suppress-rule', 'require-basis', '--suppressions-location', 'base.json')).code).toBe(1);
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8'))['doc.json'])).toEqual(['require-basis']);
    expect(existsSync(join(dir, 'perflint-suppressions.json'))).toBe(false);
    expect(await run(dir, 'doc.json', '--suppress-rule', 'no-such-rule')).toMatchObject({ code: 2, err: expect.stringContaining('no-such-rule') });
  });
});
