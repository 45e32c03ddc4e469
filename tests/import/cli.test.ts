/** `perflint <xlsx>` and `perflint import …` through main(), with a fake terminal. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli/cli.js';
import type { LintResult } from '../../src/engine/results.js';
import { writeLayoutWorkbook } from '../support/write-workbook.js';
import { loadFixture, RAW_SEEDS, tsv, workbookBytes } from './helpers.js';

function fakeIO(cwd: string): CliIO & { out: string; err: string } {
  const io = { cwd, out: '', err: '', stdout: (t: string) => void (io.out += t), stderr: (t: string) => void (io.err += t) };
  return io;
}

async function run(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIO(cwd);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'perflint-cli-'));
  // a config of our own: only the rule this test relies on, and spreadsheets picked up from directories
  writeFileSync(join(dir, '.perflintrc.yaml'), "rules:\n  require-basis: error\nextensions: ['.json', '.xlsx', '.csv', '.tsv']\n");
  const fixture = loadFixture('002_ee05bafa97bc834e');
  writeFileSync(join(dir, '申报表.xlsx'), await workbookBytes(writeLayoutWorkbook(fixture, { layout: 'hebei-2021', regionInTitle: true })));
  writeFileSync(join(dir, '004.txt'), readFileSync(`${RAW_SEEDS}004_427bf320b5e131b0.txt`));
});

describe('perflint <spreadsheet>', () => {
  it('prints Sheet!Cell references a clerk can go to', async () => {
    const { code, out } = await run(dir, '申报表.xlsx', '--no-color');
    expect(code).toBe(1);
    expect(out).toContain('申报表.xlsx');
    expect(out).toMatch(/绩效目标表!F\d+\s+错误\s+项目“[^”]+”第\d+行“及时支付”未填写指标值确定依据/);
  });

  it('carries the cell in the JSON output: line = row, column = column number', async () => {
    const { out } = await run(dir, '申报表.xlsx', '--format', 'json');
    const [result] = JSON.parse(out) as LintResult[];
    const ruleMessages = result!.messages.filter((m) => m.ruleId !== null);
    expect(ruleMessages.length).toBeGreaterThan(50);
    for (const m of ruleMessages) {
      expect(m.cellRef).toBe(`绩效目标表!F${m.line}`);
      expect(m.column).toBe(6);
    }
    // seed 002 is cut off in its last table: the reading says so where that table starts
    expect(result!.messages.filter((m) => m.ruleId === null).map((m) => m.cellRef)).toEqual(['绩效目标表!A349']);
  });

  it('carries the cell in SARIF too', async () => {
    const { out } = await run(dir, '申报表.xlsx', '--format', 'sarif');
    const sarif = JSON.parse(out) as { runs: Array<{ results: Array<{ ruleId?: string; message: { text: string }; locations: Array<{ physicalLocation: { region: { startLine: number; startColumn: number } } }> }> }> };
    const first = sarif.runs[0]!.results.find((r) => r.message.text.includes('!F'))!;
    const { startLine, startColumn } = first.locations[0]!.physicalLocation.region;
    expect(first.message.text).toContain(`(绩效目标表!F${startLine})`);
    expect(startColumn).toBe(6);
  });

  it('picks spreadsheets up from a directory when the config lists their extensions', async () => {
    const { out } = await run(dir, '.', '--format', 'json', '--province', '浙江省');
    const files = (JSON.parse(out) as LintResult[]).map((r) => r.filePath.slice(dir.length + 1));
    expect(files).toContain('申报表.xlsx');
    expect(files).not.toContain('004.txt'); // .txt is not in the configured extensions
  });

  it('writes the annotated workbook with --format xlsx --output-file', async () => {
    const { code, err, out } = await run(dir, '申报表.xlsx', '--format', 'xlsx', '--output-file', '批注.xlsx');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('已生成批注工作簿');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, '批注.xlsx'));
    expect(workbook.getWorksheet('perflint检查结果')).toBeDefined();
  });

  it('reports an unreadable spreadsheet as one fatal message and goes on', async () => {
    writeFileSync(join(dir, '坏.csv'), Buffer.from([0x41, 0xe9, 0x2c, 0x80, 0x0a]));
    const { code, out } = await run(dir, '坏.csv', '申报表.xlsx', '--no-color');
    expect(code).toBe(1);
    expect(out).toContain('无法识别文件的文字编码');
    expect(out).toMatch(/绩效目标表!F\d+/);
  });

  it('annotates every readable workbook with --annotate DIR', async () => {
    const { err } = await run(dir, '坏.csv', '申报表.xlsx', '--annotate', '批注', '--format', 'json');
    expect(err).toContain(join(dir, '批注', '申报表.annotated.xlsx'));
    expect(existsSync(join(dir, '批注', '坏.annotated.xlsx'))).toBe(false);
  });
});

describe('import defaults from config', () => {
  it('takes what the sheet does not say from the config, and flags win over it', async () => {
    const here = mkdtempSync(join(tmpdir(), 'perflint-import-config-'));
    writeFileSync(join(here, '.perflintrc.yaml'), 'rules:\n  require-basis: error\nimport:\n  province: 浙江省\n  city: 杭州市\n');
    writeFileSync(join(here, '004.txt'), readFileSync(`${RAW_SEEDS}004_427bf320b5e131b0.txt`));
    expect((await run(here, 'import', '004.txt', '-o', 'a.json')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(here, 'a.json'), 'utf8')).region).toEqual({ province: '浙江省', city: '杭州市' });
    expect((await run(here, 'import', '004.txt', '--city', '绍兴市', '-o', 'b.json')).code).toBe(0);
    expect(JSON.parse(readFileSync(join(here, 'b.json'), 'utf8')).region).toEqual({ province: '浙江省', city: '绍兴市' });
    const lint = await run(here, '004.txt', '--format', 'json');
    const [result] = JSON.parse(lint.out) as LintResult[];
    expect(result!.fatalErrorCount).toBe(0);
  });

  it('without them, the table is still read and a warning says what is unknown and what that affects', async () => {
    const here = mkdtempSync(join(tmpdir(), 'perflint-import-config-'));
    writeFileSync(join(here, '.perflintrc.yaml'), 'rules:\n  require-basis: error\n');
    writeFileSync(join(here, '004.txt'), readFileSync(`${RAW_SEEDS}004_427bf320b5e131b0.txt`));
    const [result] = JSON.parse((await run(here, '004.txt', '--format', 'json')).out) as LintResult[];
    const warnings = result!.messages.filter((m) => m.ruleId === null);
    expect(warnings).toEqual([expect.objectContaining({ severity: 1, pointer: '/region' })]);
    expect(warnings[0]!.message).toContain('--province');
    expect(warnings[0]!.message).toContain('按地区的配置');
    expect(result!.messages.some((m) => m.fatal)).toBe(false);
  });
});

describe('perflint import', () => {
  it('writes the canonical document with -o', async () => {
    const { code, err } = await run(dir, 'import', '004.txt', '--province', '浙江省', '--city', '绍兴市', '-o', '004.json');
    expect(code).toBe(0);
    expect(err).toContain('004.txt → 004.json（表样 zhejiang-2019：8 个项目，46 条指标，0 条警告）');
    const document = JSON.parse(readFileSync(join(dir, '004.json'), 'utf8'));
    expect(document).toMatchObject({ format: 'perflint/v1', year: 2019, region: { province: '浙江省', city: '绍兴市' }, department: { code: '239' } });
    expect(document.projects[0].source).toMatchObject({ sheet: '004', row: 9, cell: 'B9' });
  });

  it('prints to stdout when given one file and no output', async () => {
    const { code, out } = await run(dir, 'import', '申报表.xlsx', '--locale', 'en');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ year: 2021, region: { province: '河北省', city: '承德市' }, source: { template: 'hebei-2021' } });
  });

  it('writes one document per input with --out-dir', async () => {
    writeFileSync(join(dir, '表2.tsv'), tsv([['2020年项目绩效目标表'], ['部门名称：市商务局'], ['项目名称', '一级指标', '三级指标', '指标值'], ['甲', '产出指标', '场次', '2']]));
    const { code } = await run(dir, 'import', '申报表.xlsx', '表2.tsv', '--out-dir', 'json', '--province', '河北省');
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'json', '申报表.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(dir, 'json', '表2.json'), 'utf8'))).toMatchObject({ year: 2020, department: { name: '市商务局' } });
  });

  it('imports a table that does not tell the year, and warns which flag would give it', async () => {
    writeFileSync(join(dir, '无年份.tsv'), tsv([['部门名称：市商务局'], ['项目名称', '一级指标', '三级指标', '指标值'], ['甲', '产出指标', '场次', '2']]));
    const { code, err } = await run(dir, 'import', '无年份.tsv', '--province', '浙江省', '-o', 'x.json');
    expect(code).toBe(0);
    expect(err).toContain('1 条警告');
    expect(err).toContain('警告：预算年度未知（表中没有写明）');
    expect(err).toContain('--year');
    expect(JSON.parse(readFileSync(join(dir, 'x.json'), 'utf8')).year).toBeUndefined();
  });

  it('names every inferred fact and the cell it came from', async () => {
    writeFileSync(
      join(dir, '湘潭.tsv'),
      tsv([
        ['2023年项目支出绩效目标申报表'],
        ['项目支出名称', '雾炮车降尘抑尘服务', '', '预算部门', '湘潭市环境卫生管理处'],
        ['一级指标', '二级指标', '三级指标', '指标值及单位'],
        ['产出指标', '数量指标', '配备车辆数', '10辆'],
      ]),
    );
    const { code, err } = await run(dir, 'import', '湘潭.tsv', '-o', 'xt.json');
    expect(code).toBe(0);
    expect(err).toContain('推断省份：湖南省（依据地名“湘潭市”，湘潭!E2）');
    expect(JSON.parse(readFileSync(join(dir, 'xt.json'), 'utf8'))).toMatchObject({ year: 2023, region: { province: '湖南省', city: '湘潭市' }, department: { name: '湘潭市环境卫生管理处' } });
  });

  it('takes what the sheet does not say from the file name, and says so', async () => {
    writeFileSync(join(dir, '2022年嘉善县商务局项目绩效目标.tsv'), tsv([['项目名称', '外贸稳增长'], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', '培训企业数', '≥30家']]));
    const { code, err } = await run(dir, 'import', '2022年嘉善县商务局项目绩效目标.tsv', '-o', 'js.json');
    expect(code).toBe(0);
    expect(err).toContain('2022（依据文件名中的“2022年嘉善县商务局项目绩效目标”）');
    expect(err).toContain('浙江省（依据文件名中的“嘉善县”）');
    expect(JSON.parse(readFileSync(join(dir, 'js.json'), 'utf8'))).toMatchObject({ year: 2022, region: { province: '浙江省', city: '嘉兴市', county: '嘉善县' } });
  });

  it('exit 2 on usage errors', async () => {
    expect((await run(dir, 'import')).code).toBe(2);
    expect((await run(dir, 'import', '004.txt', '-o', 'a.json', '--out-dir', 'd')).code).toBe(2);
    expect((await run(dir, 'import', '004.txt', '申报表.xlsx', '-o', 'a.json')).code).toBe(2);
    expect((await run(dir, 'import', '不存在.xlsx')).err).toContain('没有文件匹配“不存在.xlsx”');
    expect(await run(dir, 'import', '004.txt', '--layout', 'shanghai')).toMatchObject({ code: 2, err: expect.stringContaining('未知的表样“shanghai”') });
    writeFileSync(join(dir, 'a.json'), '{}');
    expect(await run(dir, 'import', 'a.json')).toMatchObject({ code: 1, err: expect.stringContaining('a.json: 不是表格文件') });
  });
});
