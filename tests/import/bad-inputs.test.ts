/**
 * Files that cannot be imported: each gives one clear message naming the sheet (and the header
 * cells expected), never a stack trace, and linting goes on with the other files.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unknownMetadataWarnings } from '../../src/engine/unknown-metadata.js';
import { describe, expect, it } from 'vitest';
import { PerfLint } from '../../src/node/perflint.js';
import { registerImporters } from '../../src/import/loaders.js';
import { importOk, importProblem, tsv, xlsxFromRows, zhejiang2021Rows } from './helpers.js';

/** the start of an OLE compound file, as old .xls files and encrypted .xlsx packages begin */
function compoundFile(streamName: string): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header);
  const directoryEntry = Buffer.alloc(128);
  Buffer.from(streamName, 'utf16le').copy(directoryEntry);
  return Buffer.concat([header, directoryEntry, Buffer.alloc(384)]);
}

const GOOD_ROWS = zhejiang2021Rows([{ name: '项目甲', total: 1000, rows: [['产出指标', '数量指标', '场次', '=', '1', '场', '100']] }]);

describe('unreadable files', () => {
  it('a password-protected workbook', async () => {
    const problem = await importProblem('加密.xlsx', compoundFile('EncryptionInfo'));
    expect(problem.message['zh-CN']).toContain('工作簿设有打开密码');
    expect(problem.message.en).toContain('password-protected');
  });

  it('an old .xls saved under .xlsx is read as what it is (here a stub compound file: damaged)', async () => {
    expect((await importProblem('旧版.xlsx', compoundFile('Workbook'))).message['zh-CN']).toMatch(/^工作簿已损坏/);
  });

  it('bytes that are no workbook at all', async () => {
    expect((await importProblem('坏.xlsx', Buffer.from('this is not a zip'))).message['zh-CN']).toContain('不是有效的 Excel 工作簿');
  });

  it('a damaged workbook (cut off half way)', async () => {
    const whole = await xlsxFromRows([{ name: 'S', rows: GOOD_ROWS }]);
    const problem = await importProblem('截断.xlsx', whole.subarray(0, Math.floor(whole.length / 2)));
    expect(problem.message['zh-CN']).toMatch(/^工作簿已损坏，无法读取/);
    expect(problem.message['zh-CN']).not.toMatch(/\n\s+at /);
  });

  it('an empty file', async () => {
    expect((await importProblem('空.csv', Buffer.alloc(0))).message['zh-CN']).toBe('文件是空的，没有可检查的内容');
  });
});

describe('sheets without a table', () => {
  it('an empty sheet, named', async () => {
    const problem = await importProblem('空表.xlsx', await xlsxFromRows([{ name: '绩效目标', rows: [] }]));
    expect(problem.message['zh-CN']).toBe('工作表“绩效目标”是空的，没有可检查的内容');
    expect(problem.range.cellRef).toBe('绩效目标!A1');
  });

  it('a header with nothing under it', async () => {
    const problem = await importProblem('只有表头.xlsx', await xlsxFromRows([{ name: '表1', rows: GOOD_ROWS.slice(0, 4) }]));
    expect(problem.message['zh-CN']).toBe('工作表“表1”有表头（表1!A3），但下面没有读到项目或指标行：没有可检查的内容');
    expect(problem.range.cellRef).toBe('表1!A3');
  });

  it('a label block whose grid has no rows is refused, never a clean pass with no indicators', async () => {
    const rows = [['项目支出绩效目标表'], ['项目名称', '档案数字化'], ['主管部门', '某县档案馆'], ['一级指标', '二级指标', '三级指标', '指标值']];
    const problem = await importProblem('只有表头.xlsx', await xlsxFromRows([{ name: '表1', rows }]), { year: 2023 });
    expect(problem.message['zh-CN']).toContain('但下面没有读到项目或指标行');
  });

  it('a header with nothing under it beside a table that was read is a warning on that header', async () => {
    const stub = [['', ''], ['项目名称', '第二个项目'], ['一级指标', '二级指标', '三级指标', '指标值']];
    const outcome = await importOk('两张表.xlsx', await xlsxFromRows([{ name: '表1', rows: [...GOOD_ROWS, ...stub] }]), { year: 2023, province: '浙江省', department: '某局' });
    expect(outcome.warnings.map((w) => w.range.cellRef)).toEqual([`表1!A${GOOD_ROWS.length + 3}`]);
    expect(outcome.warnings[0]!.message['zh-CN']).toContain('这张表只读到了一部分');
  });

  it('a workbook whose sheets are all empty', async () => {
    const problem = await importProblem('空簿.xlsx', await xlsxFromRows([{ name: 'Sheet1', rows: [] }, { name: 'Sheet2', rows: [] }]));
    expect(problem.message['zh-CN']).toBe('文件是空的，没有可检查的内容');
  });

  it('a sheet with no recognisable header names the header cells expected', async () => {
    const rows = [['项目', '目标', '完成情况'], ['项目甲', '完成', '好']];
    const problem = await importProblem('无表头.xlsx', await xlsxFromRows([{ name: 'Sheet1', rows }]));
    // (完成情况 heads a 自评表's results: the one header word the sheet has)
    expect(problem.message['zh-CN']).toBe('工作表“Sheet1”中没有找到可识别的绩效指标表头：表头应有“一级指标”“三级指标（或明细指标）”“指标值”等栏目（只找到：完成情况）');
  });

  it('a sheet whose header is broken, beside a good one, is reported, not skipped', async () => {
    const bytes = await xlsxFromRows([
      { name: '好表', rows: GOOD_ROWS },
      { name: '坏表', rows: [['一级指标', '指标值'], ['产出指标', '10']] },
    ]);
    const problem = await importProblem('混合.xlsx', bytes);
    expect(problem.message['zh-CN']).toBe('工作表“坏表”中没有找到可识别的绩效指标表头：表头应有“一级指标”“三级指标（或明细指标）”“指标值”等栏目（只找到：一级指标、指标值）');
    expect(problem.range.cellRef).toBe('坏表!A1');
  });
});

describe('documents the sheet cannot complete', () => {
  const noTitle = GOOD_ROWS.slice(2);

  it('reads a table that does not say its year, place or department, leaving them out for the lint to warn about', async () => {
    const { document } = await importOk('无标题.tsv', Buffer.from(tsv(noTitle.filter((r) => r[0] !== '259'))));
    expect(document).not.toHaveProperty('year');
    expect(document).not.toHaveProperty('region');
    expect(document).not.toHaveProperty('department');
    expect(document.projects.length).toBeGreaterThan(0);
    expect(unknownMetadataWarnings(document).map((w) => w.pointer)).toEqual(['/year', '/region', '/department']);
  });

  it('imports once the flags are given', async () => {
    const { importSpreadsheet } = await import('../../src/import/import-spreadsheet.js');
    const outcome = await importSpreadsheet('无标题.tsv', Buffer.from(tsv(noTitle)), { year: 2021, province: '浙江省' });
    expect(outcome.ok && outcome.document).toMatchObject({ year: 2021, region: { province: '浙江省' }, department: { code: '259', name: '市商务局' } });
  });
});

describe('linting goes on past a bad file', () => {
  it('reports one fatal message for each bad input and lints the good one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'perflint-bad-'));
    writeFileSync(join(dir, 'a-加密.xlsx'), compoundFile('EncryptionInfo'));
    writeFileSync(join(dir, 'b-编码.csv'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x80, 0x41, 0x0a]));
    writeFileSync(join(dir, 'c-空表.xlsx'), await xlsxFromRows([{ name: 'Sheet1', rows: [] }]));
    writeFileSync(join(dir, 'd-好表.xlsx'), await xlsxFromRows([{ name: '表10', rows: GOOD_ROWS }]));
    const perflint = new PerfLint({ cwd: dir, config: { rules: {} } });
    registerImporters(perflint.inputs);
    const results = await perflint.lintFiles(['a-加密.xlsx', 'b-编码.csv', 'c-空表.xlsx', 'd-好表.xlsx']);
    const byName = Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r]));
    for (const bad of ['a-加密.xlsx', 'b-编码.csv', 'c-空表.xlsx']) {
      expect(byName[bad]!.messages, bad).toHaveLength(1);
      expect(byName[bad]!.messages[0]).toMatchObject({ fatal: true, severity: 2, ruleId: null });
    }
    expect(byName['c-空表.xlsx']!.messages[0]).toMatchObject({ cellRef: 'Sheet1!A1', message: '工作表“Sheet1”是空的，没有可检查的内容' });
    expect(byName['d-好表.xlsx']!.messages).toEqual([]);
  });
});
