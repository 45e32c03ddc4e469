import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PLACEHOLDERS,
  UNIT_TABLE,
  normalizeUnit,
  readIndicatorValue,
  readOperator,
  type IndicatorReading,
  type IndicatorValueInput,
  type ValueKind,
} from '../../src/analysis/value-reading.js';
import { VALUE_EXPECTATIONS } from './value-expectations.js';

const FIXTURE_DIR = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url));
const SEED_TEXT_DIR = '/work/shared/seeds';

const KINDS: readonly ValueKind[] = ['number', 'range', 'qualitative', 'placeholder', 'not-applicable', 'empty', 'date'];

/** What every reading must satisfy, whatever the input. */
function expectWellFormed(reading: IndicatorReading): void {
  expect(KINDS).toContain(reading.kind);
  expect(typeof reading.vague).toBe('boolean');
  for (const n of [reading.value, reading.min, reading.max, reading.moneyScale]) {
    if (n !== undefined) expect(Number.isFinite(n)).toBe(true);
  }
  for (const [key, v] of Object.entries(reading)) expect(v, key).not.toBeUndefined();
  switch (reading.kind) {
    case 'number':
      expect(reading.value).toBeTypeOf('number');
      expect(reading.min).toBeUndefined();
      break;
    case 'range':
      expect(reading.value).toBeUndefined();
      expect(reading.min as number).toBeLessThanOrEqual(reading.max as number);
      break;
    case 'date':
      expect(reading.date).toBeTypeOf('object');
      expect(reading.deadline).toBeTypeOf('boolean');
      break;
    case 'placeholder':
      expect(reading.placeholder).toBeTypeOf('string');
      expect(reading.vague).toBe(false);
      break;
    case 'qualitative':
      expect(reading.vague).toBe(true);
      break;
    default:
      expect(reading.vague).toBe(false);
  }
}

// ---------------------------------------------------------------------------------------------
// Every value in the seed fixtures
// ---------------------------------------------------------------------------------------------

interface FixtureRow {
  value?: unknown;
  operator?: string;
  unit?: string;
  personal?: { value?: unknown };
}

/** Distinct (value, operator, unit) triples from whatever fixtures exist when the test runs. */
function collectFixtureInputs(): { files: string[]; inputs: IndicatorValueInput[] } {
  const files = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.json'));
  const seen = new Map<string, IndicatorValueInput>();
  const read: string[] = [];
  for (const file of files) {
    let doc: { projects?: Array<{ indicators?: FixtureRow[]; periodIndicators?: FixtureRow[] }> };
    try {
      doc = JSON.parse(readFileSync(FIXTURE_DIR + file, 'utf8'));
    } catch {
      // A colleague may be mid-write; the fixture's own schema test owns its validity.
      console.warn(`value-reading: skipped unreadable fixture ${file}`);
      continue;
    }
    read.push(file);
    for (const project of doc.projects ?? []) {
      for (const row of [...(project.indicators ?? []), ...(project.periodIndicators ?? [])]) {
        const values = [row.value, row.personal?.value].filter((v): v is string => typeof v === 'string');
        for (const value of values) {
          const input: IndicatorValueInput = { value, operator: row.operator, unit: row.unit };
          seen.set(JSON.stringify([value, row.operator, row.unit]), input);
        }
      }
    }
  }
  return { files: read, inputs: [...seen.values()] };
}

describe('readIndicatorValue over every seed fixture value', () => {
  const { files, inputs } = collectFixtureInputs();

  it('finds fixtures to read', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(inputs.length).toBeGreaterThan(50);
  });

  it('reads each distinct value without throwing, into a well-formed reading', () => {
    const kinds = new Map<ValueKind, number>();
    for (const input of inputs) {
      const reading = readIndicatorValue(input);
      expectWellFormed(reading);
      kinds.set(reading.kind, (kinds.get(reading.kind) ?? 0) + 1);
    }
    // The seeds hold numbers, ranges, prose, placeholders, dates and 不涉及 rows.
    expect(kinds.get('number')).toBeGreaterThan(0);
    expect(kinds.get('qualitative')).toBeGreaterThan(0);
  });

  it('reads the same input the same way twice (no hidden state)', () => {
    for (const input of inputs) expect(readIndicatorValue(input)).toStrictEqual(readIndicatorValue(input));
  });
});

// ---------------------------------------------------------------------------------------------
// Pinned readings of real strings
// ---------------------------------------------------------------------------------------------

describe('pinned readings of real seed values', () => {
  it('pins at least 100 real strings', () => {
    expect(new Set(VALUE_EXPECTATIONS.map((e) => JSON.stringify(e.input))).size).toBeGreaterThanOrEqual(100);
  });

  it.each(VALUE_EXPECTATIONS.map((e) => [JSON.stringify(e.input), e] as const))('%s', (_label, e) => {
    expect(readIndicatorValue(e.input)).toStrictEqual(e.reading);
  });

  // Provenance: each pinned string is copied from a seed table (whitespace may differ: PDF text).
  describe.skipIf(!existsSync(SEED_TEXT_DIR))('provenance', () => {
    const squash = (s: string): string => s.replace(/\s+/g, '');
    const seedText = new Map<string, string>();
    if (existsSync(SEED_TEXT_DIR)) {
      for (const f of readdirSync(SEED_TEXT_DIR)) seedText.set(f.slice(0, 3), squash(readFileSync(`${SEED_TEXT_DIR}/${f}`, 'utf8')));
    }
    it.each(VALUE_EXPECTATIONS.filter((e) => e.input.value !== '').map((e) => [e.seed, e.input.value] as const))(
      '%s: %s',
      (seed, value) => {
        expect(seedText.get(seed) ?? '').toContain(squash(value));
      },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Behaviour, case by case
// ---------------------------------------------------------------------------------------------

const read = (value: string, operator?: string, unit?: string): IndicatorReading => readIndicatorValue({ value, operator, unit });

describe('comparisons', () => {
  it.each([
    ['≥90%', '>='],
    ['>=90%', '>='],
    ['≧90%', '>='],
    ['＞90%', '>'],
    ['＝100%', '='],
    ['≤5天', '<='],
    ['≦5天', '<='],
    ['＜5天', '<'],
    ['90%以上', '>='],
    ['不低于90%', '>='],
    ['不少于3次', '>='],
    ['至少3次', '>='],
    ['达到90%', '>='],
    ['超过600家', '>'],
    ['大于5', '>'],
    ['高于5%', '>'],
    ['5%以下', '<='],
    ['5天以内', '<='],
    ['不超过100万元', '<='],
    ['不高于5%', '<='],
    ['不大于5%', '<='],
    ['控制在5%以内', '<='],
    ['低于5%', '<'],
    ['少于3起', '<'],
    ['小于3', '<'],
    ['大于等于95%', '>='],
    ['小于等于100万元', '<='],
    ['20天左右', '≈'],
    ['约20天', '≈'],
    ['大约20天', '≈'],
    ['300人上下', '≈'],
  ] as const)('%s → %s', (value, comparison) => {
    expect(read(value).comparison).toBe(comparison);
  });

  it('takes the operator column, and flags a value that says otherwise', () => {
    expect(read('90', '≥', '%')).toMatchObject({ comparison: '>=', value: 90 });
    expect(read('≥90%', '≥')).not.toHaveProperty('conflict');
    expect(read('90%以上', '＝')).toMatchObject({ comparison: '=', conflict: true });
    expect(read('≤5天', '≥')).toMatchObject({ comparison: '>=', conflict: true });
  });

  it('reads 定性 and unknown operator text as no comparison', () => {
    expect(read('90%', '定性')).not.toHaveProperty('comparison');
    expect(readOperator('定性')).toBeUndefined();
    expect(readOperator('定量（其他）')).toBeUndefined();
    expect(readOperator('正向')).toBeUndefined();
    expect(readOperator(' ≥ ')).toBe('>=');
    expect(readOperator('＞')).toBe('>');
    expect(readOperator('大于等于')).toBe('>=');
    expect(readOperator(undefined)).toBeUndefined();
  });

  it('only reads a sign that touches the number', () => {
    expect(read('日常100元/天，接待任务时不超过中央规定')).not.toHaveProperty('comparison');
  });

  it('reads a note that restates the bound or gives the scale as no second target', () => {
    expect(read('≥95%（含95%）')).toMatchObject({ kind: 'number', comparison: '>=', value: 95, unit: '%', vague: false });
    expect(read('≥4.5分(满分5分)')).toMatchObject({ kind: 'number', comparison: '>=', value: 4.5, unit: '分', vague: false });
    expect(read('90分（百分制）')).toMatchObject({ kind: 'number', value: 90, vague: false });
  });

  it('reads months of one year as the period it is, ending with its last month', () => {
    // fixtures/real-tables/sichuan-guangyuan-zhaohua-2021-tekun-jiating-zaifuzhu row 19: 项目实施时间 2021年1月-12月
    expect(read('2021年1月-12月')).toMatchObject({ kind: 'date', date: { year: 2021, month: 12 }, deadline: true, vague: false });
    expect(read('2023年1-12月')).toMatchObject({ kind: 'date', date: { year: 2023, month: 12 } });
    expect(read('2023年1月至2023年12月')).toMatchObject({ kind: 'date', date: { year: 2023, month: 12 } });
    expect(read('1-6月')).toMatchObject({ kind: 'date', date: { month: 6 } });
    // a duration, and a period across two years, are something else
    expect(read('3-5个月')).toMatchObject({ kind: 'range', min: 3, max: 5, unit: '月' });
    expect(read('2023年7月-2024年1月').kind).not.toBe('date');
  });

  it('counts incidents and cases in 起, 例 and 宗', () => {
    expect(read('≤1起')).toMatchObject({ comparison: '<=', value: 1, unit: '起', unitClass: 'times', vague: false });
    expect(read('14例')).toMatchObject({ value: 14, unit: '例', unitClass: 'times', vague: false });
  });

  it('reads "(含)以上" and "(含)以下", inclusive bounds written out', () => {
    expect(read('95％（含）以上')).toMatchObject({ kind: 'number', comparison: '>=', value: 95, unit: '%', vague: false });
    expect(read('10万元（含）以下')).toMatchObject({ kind: 'number', comparison: '<=', value: 10, unit: '万元', vague: false });
  });
});

describe('numbers, ranges and units', () => {
  it.each([
    ['2-3人', 2, 3, '人'],
    ['300-500平方米', 300, 500, '平方米'],
    ['单次6-8天', 6, 8, '天'],
    ['4-5亿元', 4, 5, '亿元'],
    ['5～10篇', 5, 10, '篇'],
    ['5~10篇', 5, 10, '篇'],
    ['2至3次', 2, 3, '次'],
    ['2%-3%', 2, 3, '%'],
    ['8-6人', 6, 8, '人'],
  ] as const)('range %s', (value, min, max, unit) => {
    expect(read(value)).toMatchObject({ kind: 'range', min, max, unit, vague: false });
  });

  it('reads thousands separators, decimals and negative numbers', () => {
    expect(read('1,000份')).toMatchObject({ kind: 'number', value: 1000 });
    expect(read('12,500,000元')).toMatchObject({ value: 12500000, moneyScale: 1 });
    expect(read('131.2万元')).toMatchObject({ value: 131.2, unit: '万元', moneyScale: 1e4 });
    expect(read('-5%')).toMatchObject({ value: -5, unit: '%' });
    expect(read('１００％')).toMatchObject({ value: 100, unit: '%' });
  });

  it('keeps a Chinese comma a clause break, not a thousands separator', () => {
    expect(read('完成5，100%达标').kind).toBe('qualitative');
  });

  it('reads small Chinese counts only where the cell starts', () => {
    expect(read('两次以上')).toMatchObject({ value: 2, unit: '次', comparison: '>=' });
    expect(read('一个月')).toMatchObject({ value: 1, unit: '月', unitClass: 'months' });
    expect(read('十天')).toMatchObject({ value: 10, unit: '天' });
    expect(read('二十五人')).toMatchObject({ value: 25, unit: '人' });
    expect(read('不少于三次')).toMatchObject({ value: 3, comparison: '>=' });
    expect(read('推进一带一路建设').kind).toBe('qualitative');
    expect(read('十分满意').kind).toBe('qualitative');
    expect(read('一次性完成').kind).toBe('qualitative');
  });

  it('does not read codes, ordinals and list numbers as quantities', () => {
    expect(read('G20峰会保障').kind).toBe('qualitative');
    expect(read('第2届博览会').kind).toBe('qualitative');
    expect(read('1、完成培训').kind).toBe('qualitative');
    expect(read('(1)完成培训').kind).toBe('qualitative');
  });

  it.each([
    ['%', '%', 'percent'],
    ['(%)', '%', 'percent'],
    ['（%）', '%', 'percent'],
    ['百分比', '%', 'percent'],
    // the 一体化 unit dictionary's own spelling, the unit and its name (河北 成安 2020)
    ['%(百分比)', '%', 'percent'],
    ['‰', '‰', 'permille'],
    ['平米', '平方米', 'area'],
    ['㎡', '平方米', 'area'],
    ['m2', '平方米', 'area'],
    ['人次', '人次', 'person-times'],
    ['人/次', '人次', 'person-times'],
    ['万元', '万元', 'money'],
    ['元/人/天', '元/人/天', 'rate-money'],
    ['元/吨', '元/吨', 'rate-money'],
    ['头', '头', 'livestock'],
    ['篇', '篇', 'documents'],
    ['月/年', '月/年', 'date'],
    ['县/区', '县/区', 'other'],
  ] as const)('unit column %s → %s (%s)', (unit, canonical, cls) => {
    expect(read('1', '=', unit)).toMatchObject({ columnUnit: canonical, unit: canonical, unitClass: cls });
    expect(normalizeUnit(unit)).toMatchObject({ canonical, class: cls });
  });

  it('treats an empty or dash unit cell as no unit', () => {
    for (const unit of ['', ' ', '/', '-', '无']) expect(read('5', '=', unit)).not.toHaveProperty('columnUnit');
  });

  it('expresses scale in the unit, with the number as written', () => {
    expect(read('≥80万人')).toMatchObject({ value: 80, unit: '万人', unitClass: 'people' });
    expect(read('1.5万人次')).toMatchObject({ value: 1.5, unit: '万人次', unitClass: 'person-times' });
    expect(read('350万吨')).toMatchObject({ value: 350, unit: '万吨', unitClass: 'mass' });
    expect(read('4-5亿元')).toMatchObject({ moneyScale: 1e8, unitClass: 'money' });
    expect(read('50万元/个')).toMatchObject({ unit: '万元/个', unitClass: 'rate-money', moneyScale: 1e4 });
  });

  it('reads money rates written either way round', () => {
    expect(read('100元/人·天')).toMatchObject({ unit: '元/人/天', unitClass: 'rate-money' });
    expect(read('每人每天100元')).toMatchObject({ unit: '元/人/天', vague: false });
    expect(read('1000元每吨')).toMatchObject({ unit: '元/吨' });
  });

  it('flags a value unit that disagrees with the unit column', () => {
    expect(read('6天', '定性', '人')).toMatchObject({ unit: '天', columnUnit: '人', unitConflict: true });
    expect(read('5万元', '=', '元')).toMatchObject({ unitConflict: true });
    expect(read('90%', '≥', '(%)')).not.toHaveProperty('unitConflict');
    expect(read('800平米', '=', '平方米')).not.toHaveProperty('unitConflict');
    expect(read('2021年12月底前', '定性', '天')).toMatchObject({ kind: 'date', unitConflict: true });
    expect(read('12/2019', '', '月/年')).not.toHaveProperty('unitConflict');
  });

  it('marks extra prose as vague but not the per-unit qualifiers', () => {
    expect(read('≥ 90', undefined, '(%)').vague).toBe(false);
    expect(read('单次6-8人').vague).toBe(false);
    expect(read('全年共计12次').vague).toBe(false);
    expect(read('≥95%（含）').vague).toBe(false);
    expect(read('增长5%').vague).toBe(true);
    expect(read('实现电子商务网络零售额增长20%左右')).toMatchObject({ kind: 'number', value: 20, comparison: '≈', vague: true });
  });

  it('reads a cell with two quantities as qualitative', () => {
    expect(read('满意度≥90%，投诉率≤5%').kind).toBe('qualitative');
  });
});

describe('placeholders, not-applicable and empty', () => {
  it.each([
    ['文字描述', '文字描述'],
    ['**', '**'],
    ['**人', '**'],
    ['>***%', '***'],
    ['≥**%', '**'],
    ['XX', 'XX'],
    ['xx', 'xx'],
    ['×××', '×××'],
    ['xxx', 'xxx'],
    ['XX万元', 'XX'],
    ['＊＊', '**'],
    ['__', '__'],
    ['待定', '待定'],
    ['待补充', '待补充'],
    ['另行确定', '另行确定'],
    ['同上', '同上'],
    ['同上。', '同上'],
    ['略', '略'],
    ['null', 'null'],
    ['NULL', 'NULL'],
    ['/', '/'],
    ['-', '-'],
    ['——', '——'],
    ['……', '……'],
    ['...', '...'],
    ['完成**项工作', '**'],
  ] as const)('%s', (value, token) => {
    expect(read(value)).toMatchObject({ kind: 'placeholder', placeholder: token, vague: false });
  });

  it('keeps the sign and unit of a template', () => {
    expect(read('≥**%')).toMatchObject({ comparison: '>=', unit: '%', unitClass: 'percent' });
  });

  it('exports its placeholder list and reads every entry as a placeholder', () => {
    for (const word of DEFAULT_PLACEHOLDERS) expect(read(word).kind, word).toBe('placeholder');
  });

  it('takes extra placeholder words from options', () => {
    expect(read('按实际情况').kind).toBe('qualitative');
    const reading = readIndicatorValue({ value: ' 按实际情况 ' }, { placeholders: ['按实际情况'] });
    expect(reading).toMatchObject({ kind: 'placeholder', placeholder: '按实际情况' });
  });

  it.each(['不涉及', '不适用', '无', '不涉及。'])('%s is not applicable', (value) => {
    expect(read(value)).toStrictEqual({ kind: 'not-applicable', vague: false });
  });

  it('reads an empty value under the 不适用 sign as not applicable', () => {
    expect(read('', '不适用').kind).toBe('not-applicable');
  });

  it.each(['', ' ', '\u3000', '\n\t'])('%j is empty', (value) => {
    expect(read(value)).toStrictEqual({ kind: 'empty', vague: false });
  });

  it('does not mistake words that merely contain 无 or 略 for placeholders', () => {
    expect(read('无安全事故').kind).toBe('qualitative');
    expect(read('战略合作').kind).toBe('qualitative');
  });
});

describe('dates', () => {
  it.each([
    ['12/2019', { year: 2019, month: 12 }, false],
    ['2021年12月31日前完成', { year: 2021, month: 12, day: 31 }, true],
    ['12月底前', { month: 12 }, true],
    ['2023年6月', { year: 2023, month: 6 }, false],
    ['三季度', { quarter: 3 }, false],
    ['第三季度末前完成', { quarter: 3 }, true],
    ['年底前', { month: 12 }, true],
    ['2023年底前完成', { year: 2023, month: 12 }, true],
    ['2021年内完成', { year: 2021, month: 12 }, true],
    ['截至2023年12月31日', { year: 2023, month: 12, day: 31 }, true],
    ['2023-06-30前', { year: 2023, month: 6, day: 30 }, true],
    ['2023年上半年', { year: 2023, month: 6 }, false],
  ] as const)('%s', (value, date, deadline) => {
    expect(read(value)).toMatchObject({ kind: 'date', date, deadline, unitClass: 'date', vague: false });
  });

  it('reads a deadline inside prose as a date with vague wording', () => {
    expect(read('计划于2023年6月底前完成项目验收')).toMatchObject({ kind: 'date', deadline: true, vague: true });
  });

  it('does not read a year mentioned in prose as the value', () => {
    expect(read('重点参加2019年雅加达展会').kind).toBe('qualitative');
    expect(read('青年中心建设').kind).toBe('qualitative');
  });

  it('reads 及时 as qualitative, and a bare N月 after a sign as a duration', () => {
    expect(read('及时').kind).toBe('qualitative');
    expect(read('=12月')).toMatchObject({ kind: 'number', unitClass: 'months' });
    expect(read('13/2019').kind).toBe('qualitative');
  });
});

describe('options', () => {
  it('adds units from options and lets them win over the table', () => {
    const options = { extraUnits: { 人天: { class: 'days' as const, canonical: '人天' }, 份: { class: 'count' as const, canonical: '件' } } };
    expect(readIndicatorValue({ value: '30人天' }, options)).toMatchObject({ unit: '人天', unitClass: 'days', vague: false });
    expect(readIndicatorValue({ value: '30份' }, options)).toMatchObject({ unit: '件', unitClass: 'count' });
    expect(readIndicatorValue({ value: '30份' })).toMatchObject({ unit: '份', unitClass: 'documents' });
  });

  it('accepts config-shaped units: missing canonical, unknown class, bad scale', () => {
    const extraUnits = { 架次: { class: 'times' }, 标箱: { class: 'containers' }, 万标箱: { class: 'count', scale: Number.NaN } };
    expect(readIndicatorValue({ value: '5架次' }, { extraUnits })).toMatchObject({ unit: '架次', unitClass: 'times' });
    expect(readIndicatorValue({ value: '5标箱' }, { extraUnits })).toMatchObject({ unit: '标箱', unitClass: 'other' });
    expect(readIndicatorValue({ value: '5万标箱' }, { extraUnits })).toMatchObject({ unit: '万标箱', unitClass: 'count' });
  });

  it('exports the unit table as data', () => {
    expect(UNIT_TABLE['万元']).toStrictEqual({ class: 'money', canonical: '万元', scale: 1e4 });
    expect(Object.isFrozen(UNIT_TABLE)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const OPERATORS = ['≥', '＞', '＝', '＜', '≤', '>=', '<=', '=', '定性', '定量（其他）', '不适用', '', ' ≥ '];
const UNITS = [...Object.keys(UNIT_TABLE), '(%)', '（%）', '县/区', '', '/', '元/人/天'];
const SIGN_TEXT = ['≥', '>=', '≧', '＞', '>', '＝', '=', '≤', '<=', '＜', '<', '不低于', '不少于', '超过', '不超过', '约', '控制在'];
const SUFFIX_TEXT = ['以上', '以下', '以内', '左右', '上下', '余', '多'];
const WORDS = ['完成', '提升', '满意度', '每年', '单次', '年底前', '三季度', '两次', '第', 'G', 'xx', '**', '文字描述', '不涉及', '，', '。', '（', '）', '-', '至', '~', '/', '年', '月', '日', ' ', '\u3000', '\n'];

/** Text assembled from the pieces real cells are made of, to reach deep into the grammar. */
const cellLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SIGN_TEXT, ...SUFFIX_TEXT, ...WORDS, ...Object.keys(UNIT_TABLE)),
      fc.integer({ min: 0, max: 100_000 }).map(String),
      fc.tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${b}`),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const operatorArb = fc.option(fc.oneof(fc.constantFrom(...OPERATORS), fc.string({ maxLength: 6 })), { nil: undefined });
const unitArb = fc.option(fc.oneof(fc.constantFrom(...UNITS), fc.string({ maxLength: 6 })), { nil: undefined });

describe('properties', () => {
  const inputs = fc.record({
    value: fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), cellLike),
    operator: operatorArb,
    unit: unitArb,
  });

  it('never throws and always yields a well-formed reading', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expectWellFormed(readIndicatorValue(input));
      }),
      { numRuns: 3000 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expect(readIndicatorValue(input)).toStrictEqual(readIndicatorValue(input));
      }),
    );
  });

  it('survives values that are not strings at run time', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (value, operator, unit) => {
        const input = { value, operator, unit } as unknown as IndicatorValueInput;
        expectWellFormed(readIndicatorValue(input));
      }),
    );
  });

  it('reads sign + number + unit back exactly', () => {
    const signs = [
      ['≥', '>='],
      ['＞', '>'],
      ['=', '='],
      ['≤', '<='],
      ['<', '<'],
      ['', undefined],
    ] as const;
    const units = ['%', '人', '人次', '次', '个', '天', '万元', '元/人/天', '平方米', '吨', '头', '篇'];
    fc.assert(
      fc.property(
        fc.constantFrom(...signs),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(...units),
        ([sign, comparison], whole, cents, unit) => {
          const number = cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0')}`;
          const reading = readIndicatorValue({ value: `${sign}${number}${unit}` });
          expect(reading.kind).toBe('number');
          expect(reading.value).toBe(Number(number));
          expect(reading.unit).toBe(unit);
          expect(reading.comparison).toBe(comparison);
          expect(reading.vague).toBe(false);
        },
      ),
    );
  });

  it('stays linear on long adversarial cells', () => {
    const pieces = ['1-', '1,000', '2019年', '每年', '一', '**', '1 ', '≥', '，', 'xX'];
    const started = performance.now();
    for (const piece of pieces) readIndicatorValue({ value: piece.repeat(20_000), operator: piece.repeat(1000), unit: piece.repeat(1000) });
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
