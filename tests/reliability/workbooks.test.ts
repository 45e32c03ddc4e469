/** Workbooks read in bounded memory and time, or refused with a reason a clerk can act on. */
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { importProblem, importOk, workbookBytes, xlsxFromRows } from '../import/helpers.js';
import { readZip, writeZip } from '../helpers/zip.js';

const ROWS = [
  ['项目名称', '一级指标', '二级指标', '三级指标', '指标值'],
  ['档案整理', '产出指标', '数量指标', '整理卷数', '≥300卷'],
  ['档案整理', '满意度指标', '服务对象满意度指标', '查档群众满意度', '≥90%'],
];
const DEFAULTS = { year: 2023, province: '四川省', department: '某局' };

/** the same workbook with its first sheet's XML changed */
async function patchSheet(bytes: Buffer, change: (xml: string) => string): Promise<Buffer> {
  const entries = readZip(bytes);
  const sheet = 'xl/worksheets/sheet1.xml';
  entries[sheet] = new TextEncoder().encode(change(new TextDecoder().decode(entries[sheet])));
  return writeZip(entries);
}

describe('workbooks in bounded memory', () => {
  it('a merge claiming the whole sheet is clipped to the cells there are', async () => {
    const bytes = await patchSheet(await xlsxFromRows([{ name: '绩效目标', rows: ROWS }]), (xml) =>
      xml.replace(/<mergeCells[^]*?<\/mergeCells>/, '').replace('</sheetData>', '</sheetData><mergeCells count="1"><mergeCell ref="F1:XFD1048576"/></mergeCells>'),
    );
    const started = process.memoryUsage().rss;
    const outcome = await importOk('全表合并.xlsx', bytes, DEFAULTS);
    expect(outcome.document.projects[0]!.indicators.map((i) => i.name)).toEqual(['整理卷数', '查档群众满意度']);
    // reading 1.7e10 cells would take gigabytes; clipped, it takes next to nothing
    expect(process.memoryUsage().rss - started).toBeLessThan(200 * 1024 * 1024);
  });

  it('sheets that would unpack past the limit are refused, naming the largest sheet and the limit', async () => {
    const bytes = await xlsxFromRows([
      { name: '封面', rows: [['说明']] },
      { name: '绩效目标', rows: ROWS },
    ]);
    const problem = await importProblem('大.xlsx', bytes, { ...DEFAULTS, maxUnpackedBytes: 600 });
    expect(problem.message['zh-CN']).toMatch(/^工作簿的表格解压后有 1 MiB（最大的是工作表“绩效目标”），超过上限 1 MiB，为免耗尽内存未读取/);
    expect(problem.message.en).toContain('raise import.maxUnpackedBytes');
  });
});

describe('workbooks that are not what they seem', () => {
  it('formulas never calculated are named, with the first cell, instead of read as empty', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('绩效目标');
    for (const row of ROWS) sheet.addRow(row);
    sheet.getCell('E2').value = { formula: '"≥"&300&"卷"' } as ExcelJS.CellFormulaValue;
    const problem = await importProblem('公式.xlsx', await workbookBytes(workbook), DEFAULTS);
    expect(problem.message['zh-CN']).toBe('表中有 1 个公式单元格从未计算（第一个是 绩效目标!E2），它们的值无法读取：请用 Excel 或 WPS 打开此文件并保存，再检查');
    expect(problem.range.cellRef).toBe('绩效目标!E2');
  });

  it('a formula with its cached result reads as that result', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('绩效目标');
    for (const row of ROWS) sheet.addRow(row);
    sheet.getCell('E2').value = { formula: '"≥"&300&"卷"', result: '≥300卷' } as ExcelJS.CellFormulaValue;
    const outcome = await importOk('公式.xlsx', await workbookBytes(workbook), DEFAULTS);
    expect(outcome.document.projects[0]!.indicators[0]!.value).toBe('≥300卷');
  });

  it('a Word document named .xlsx says what it is', async () => {
    const problem = await importProblem('报告.xlsx', writeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }));
    expect(problem.message['zh-CN']).toBe('文件不是 Excel 工作簿（.xlsx），而是 Word 文档：文件可能已损坏，或扩展名与内容不符');
  });

  it('a broken OpenDocument spreadsheet is named damaged', async () => {
    const problem = await importProblem('表.ods', writeZip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' }));
    expect(problem.message['zh-CN']).toMatch(/^工作簿已损坏|没有可检查的内容/);
  });

  it('a compound file that is no workbook is named damaged, not a JSON syntax error', async () => {
    const compoundFile = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect((await importProblem('旧表.xls', compoundFile)).message['zh-CN']).toMatch(/^工作簿已损坏/);
  });
});

describe('older and other workbook formats, read with SheetJS', () => {
  /** the same table saved as Excel 97–2003, Excel binary or OpenDocument, with a merged 一级 cell and a formatted number */
  function legacyBook(bookType: 'xls' | 'xlsb' | 'ods'): Buffer {
    const sheet = XLSX.utils.aoa_to_sheet([...ROWS, ['', '', '', '整理经费', 12345.5]]);
    sheet['!merges'] = [{ s: { r: 1, c: 1 }, e: { r: 1, c: 1 } }, { s: { r: 2, c: 1 }, e: { r: 3, c: 1 } }];
    sheet['E4']!.z = '#,##0.00';
    const workbook = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(workbook, sheet, '绩效目标');
    return XLSX.write(workbook, { type: 'buffer', bookType }) as Buffer;
  }

  // SheetJS writes number formats into .xls and .xlsb but not into .ods, so the .ods shows "12345.5"
  for (const [bookType, shown] of [['xls', '12,345.50'], ['xlsb', '12,345.50'], ['ods', '12345.5']] as const) {
    it(`reads a .${bookType} file: rows, merges, numbers as displayed`, async () => {
      const { document } = await importOk(`表.${bookType}`, legacyBook(bookType), DEFAULTS);
      const rows = document.projects[0]!.indicators.map((i) => [i.level1, i.name, i.value]);
      expect(rows).toEqual([
        ['产出指标', '整理卷数', '≥300卷'],
        ['满意度指标', '查档群众满意度', '≥90%'],
        ['满意度指标', '整理经费', shown],
      ]);
    });
  }

  // budget systems and web pages export "Excel" as a web page or an XML Spreadsheet 2003 file
  const PAGE = `<html><head><meta charset="gb2312"></head><body><table>
<tr><td>项目名称</td><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td rowspan="2">档案整理</td><td>产出指标</td><td>数量指标</td><td>整理卷数</td><td>≥300卷</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>查档群众满意度</td><td>≥90%</td></tr>
</table></body></html>`;
  const READ_ROWS = [
    ['产出指标', '整理卷数', '≥300卷'],
    ['满意度指标', '查档群众满意度', '≥90%'],
  ];

  it('reads an .xls that is a web page, in GBK, with a cell merged down', async () => {
    for (const page of [Buffer.from(PAGE), iconv.encode(PAGE, 'gb18030')]) {
      const { document } = await importOk('导出.xls', page, DEFAULTS);
      expect(document.projects.map((p) => p.name)).toEqual(['档案整理']);
      expect(document.projects[0]!.indicators.map((i) => [i.level1, i.name, i.value])).toEqual(READ_ROWS);
    }
  });

  it('reads an .xls that is an XML Spreadsheet 2003 file', async () => {
    const row = (cells: string[], first = '') => `<Row>${first}${cells.map((c) => `<Cell><Data ss:Type="String">${c}</Data></Cell>`).join('')}</Row>`;
    const xml = `<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="绩效目标"><Table>
${row(ROWS[0]!)}
${row(ROWS[1]!.slice(1), '<Cell ss:MergeDown="1"><Data ss:Type="String">档案整理</Data></Cell>')}
<Row><Cell ss:Index="2"><Data ss:Type="String">满意度指标</Data></Cell>${row(ROWS[2]!.slice(2)).slice(5, -6)}</Row>
</Table></Worksheet></Workbook>`;
    const { document } = await importOk('导出.xls', Buffer.from(xml), DEFAULTS);
    expect(document.projects[0]!.indicators.map((i) => [i.level1, i.name, i.value])).toEqual(READ_ROWS);
  });

  it('text that is no table, under a workbook’s name, is no workbook; a page past the bound is not read', async () => {
    expect((await importProblem('说明.xls', Buffer.from('请按附件填报绩效目标表。\n'))).message['zh-CN']).toBe('文件不是有效的 Excel 工作簿：文件可能已损坏，或扩展名与内容不符');
    const problem = await importProblem('导出.xls', Buffer.from(PAGE), { ...DEFAULTS, maxUnpackedBytes: 100 });
    expect(problem.message['zh-CN']).toContain('超过上限');
  });
});
