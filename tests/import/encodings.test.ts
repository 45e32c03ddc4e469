/** CSV/TSV as Chinese Excel and budget systems write them: GBK, UTF-16, UTF-8 with or without BOM. */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/document/text-encoding.js';
import { chooseDelimiter, parseDelimited } from '../../src/import/delimited.js';
import { importOk, importProblem, loadFixture, RAW_SEEDS, tsv, withoutProvenance, zhejiang2021Rows } from './helpers.js';

const SEED_004 = readFileSync(`${RAW_SEEDS}004_427bf320b5e131b0.txt`, 'utf8');
const SEED_004_FIXTURE = withoutProvenance(loadFixture('004_427bf320b5e131b0'));
const REGION = { province: '浙江省', city: '绍兴市', moneyUnit: '元' as const };

function csv(rows: string[][]): string {
  const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

const TWO_PROJECTS = zhejiang2021Rows([
  { name: '促进内需系列活动经费', total: 768400, rows: [['产出指标', '数量指标', '宣传（活动）天数', '=', '5', '天', '10'], ['', '', '发放资料数量', '≥', '300', '份', '10'], ['满意度指标', '服务对象满意度指标', '公众满意度，含“引号”', '≥', '95', '%', '']] },
  { name: '扩大开放系列活动经费', total: 250000, rows: [['产出指标', '数量指标', '参展企业数', '≥', '30', '家', '20']] },
]);

describe('encodings', () => {
  it('reads a GBK CSV (what Chinese Excel writes for "CSV")', async () => {
    const bytes = iconv.encode(csv(TWO_PROJECTS), 'gbk');
    const { document } = await importOk('申报表.csv', bytes, { province: '浙江省' });
    expect(document.year).toBe(2021);
    expect(document.region).toEqual({ province: '浙江省', city: '绍兴市' });
    expect(document.department).toEqual({ code: '259', name: '市商务局' });
    expect(document.projects.map((p) => p.name)).toEqual(['促进内需系列活动经费', '扩大开放系列活动经费']);
    const first = document.projects[0]!;
    expect(first.unit).toEqual({ code: '259001', name: '绍兴市商务局本级' });
    expect(first.funding).toEqual({ total: 768400, generalBudget: 768400, governmentFund: null, specialAccount: null, other: null });
    // blank 一级/二级 cells under a (lost) merge: same as above
    expect(first.indicators[1]).toMatchObject({ level1: '产出指标', level2: '数量指标', name: '发放资料数量' });
    expect(first.indicators[2]).toMatchObject({ name: '公众满意度，含“引号”', value: '95', unit: '%', weight: null });
  });

  it('reads the seed 004 export re-encoded as GB18030, UTF-16 LE/BE (with and without BOM) and UTF-8 with BOM', async () => {
    const variants: Array<[string, Buffer]> = [
      ['gb18030', iconv.encode(SEED_004, 'gb18030')],
      ['utf-16le + BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SEED_004, 'utf-16le')])],
      ['utf-16le', iconv.encode(SEED_004, 'utf-16le')],
      ['utf-16be + BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SEED_004, 'utf-16be')])],
      ['utf-16be', iconv.encode(SEED_004, 'utf-16be')],
      ['utf-8 + BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED_004, 'utf8')])],
    ];
    for (const [name, bytes] of variants) {
      const { document } = await importOk('004.tsv', bytes, REGION);
      expect(withoutProvenance(document), name).toStrictEqual(SEED_004_FIXTURE);
    }
  });

  it('reads a UTF-16 TSV as Excel saves "Unicode text"', async () => {
    const text = tsv(TWO_PROJECTS);
    const { document } = await importOk('申报表.tsv', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]), {});
    expect(document.projects).toHaveLength(2);
    expect(document.projects[1]!.indicators[0]).toMatchObject({ level1: '产出指标', name: '参展企业数', operator: '≥', value: '30', unit: '家', weight: 20 });
  });

  it('takes GBK whose bytes happen to be valid UTF-8 for GBK (专业 is D7 A8 D2 B5)', () => {
    const text = '单位编码,专业为些\r\n';
    const bytes = iconv.encode('专业为些,伟位\r\n', 'gbk');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toBe('专业为些,伟位\r\n');
    expect(decodeText(bytes)).toEqual({ ok: true, text: '专业为些,伟位\r\n', encoding: 'gb18030' });
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('refuses bytes in no encoding it can recognise, with what to do', async () => {
    const latin1 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x80, 0x41, 0x0a, 0xff, 0x41]);
    const problem = await importProblem('export.csv', latin1, REGION);
    expect(problem.message['zh-CN']).toContain('无法识别文件的文字编码');
    expect(problem.message['zh-CN']).toContain('CSV UTF-8');
    expect(decodeText(latin1)).toEqual({ ok: false });
  });

  it('reads UTF-16 without a BOM whose zero bytes sit where ASCII would put them in the other byte order', () => {
    // 一 is U+4E00: its zero byte falls on the side ASCII's would in UTF-16BE
    for (const text of ['一一\r\n', '一级指标\t一一\r\n']) expect(decodeText(iconv.encode(text, 'utf-16le'))).toMatchObject({ ok: true, text, encoding: 'utf-16le' });
  });

  it('decodes any text exactly when it carries a BOM or is UTF-8 (property)', () => {
    const alphabet = fc.constantFrom(...'一级指标产出效益满意度数量质量时效成本元万≥≤％%（）“”，。、ABCxyz0123456789 -.'.split(''));
    const cell = fc.string({ unit: alphabet, maxLength: 12 });
    const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }).map((rows) => tsv(rows));
    fc.assert(
      fc.property(table, (text) => {
        const encodings: Buffer[] = [
          Buffer.from(text, 'utf8'),
          Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]),
          Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]),
          Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]),
          iconv.encode(text, 'utf-16le'),
        ];
        for (const bytes of encodings) {
          const decoded = decodeText(bytes);
          expect(decoded.ok && decoded.text).toBe(text);
        }
      }),
    );
  });
});

describe('delimited text', () => {
  it('keeps quoted delimiters, line breaks and doubled quotes inside a cell', () => {
    expect(parseDelimited('a,"b,c","d\r\ne","f""g"\r\nh,,i', ',')).toEqual([
      ['a', 'b,c', 'd\r\ne', 'f"g'],
      ['h', '', 'i'],
    ]);
  });

  it('is lenient with a stray quote inside an unquoted cell', () => {
    expect(parseDelimited('a\t5"寸\tc\n', '\t')).toEqual([['a', '5"寸', 'c']]);
  });

  it('round-trips any grid written with quoting (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', ' ', '\t'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseDelimited(csv(rows), ',')).toEqual(rows);
      }),
    );
  });

  it('takes tabs for .tsv/.txt and sniffs a .csv that is really tab- or semicolon-separated', () => {
    expect(chooseDelimiter('a,b', '.tsv')).toBe('\t');
    expect(chooseDelimiter('a\tb\tc\n1\t2\t3', '.csv')).toBe('\t');
    expect(chooseDelimiter('a;b;c\n1;2;3', '.csv')).toBe(';');
    expect(chooseDelimiter('"x;y",b,c\n1,2,3', '.csv')).toBe(',');
  });
});
