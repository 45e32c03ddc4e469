// The fuzz harness's shared logic: seeded case generation (value-level and byte-level mutations
// of the real fixtures), running a case through the library, running a batch through the CLI,
// and the checks. `npm run fuzz` (tests/fuzz/fuzz.mjs) and the vitest slice
// (tests/fuzz/fuzz.test.ts) both use it, so the slice checks exactly what the fuzzer checks.
//
// A case is a pure function of (seed, index): a problem found by a worker thread can be rebuilt
// from its index by any other thread, and a reproducer can always be regenerated.
import { execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Buffer } from 'node:buffer';
import { TextDecoder } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import iconv from 'iconv-lite';
import { readZip, writeZip } from './zip.mjs';

/** a mutated input never grows past this (bytes) */
export const MAX_BYTES = 3 * 1024 * 1024;
/** what the spreadsheet seeds do not say; the CLI gets the same as --province */
export const IMPORT_DEFAULTS = { province: '浙江省' };
export const SPREADSHEET_EXTS = ['.xlsx', '.xlsm', '.csv', '.tsv', '.txt'];

// ---------------------------------------------------------------------------------------------
// seeded randomness

function hashSeed(seed) {
  const s = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** sfc32 seeded from (seed, index): every case has its own independent stream */
export function rngFor(seed, index) {
  let a = hashSeed(seed) ^ 0x9e3779b9;
  let b = (index * 0x85ebca6b) ^ 0xc2b2ae35;
  let c = hashSeed(`${seed}:${index}`);
  let d = 1;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  const rng = {
    next,
    int: (n) => Math.floor(next() * n),
    range: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)],
    /** 1 + a geometric number: mostly one or two operations, sometimes many */
    count: (p = 0.45, max = 12) => {
      let n = 1;
      while (n < max && next() < p) n++;
      return n;
    },
    weighted: (table) => {
      const total = table.reduce((s, [w]) => s + w, 0);
      let r = next() * total;
      for (const [w, v] of table) if ((r -= w) < 0) return v;
      return table[table.length - 1][1];
    },
  };
  return rng;
}

/** a deep copy (what structuredClone does, without relying on the global) */
const clone = (value) => deserialize(serialize(value));

// ---------------------------------------------------------------------------------------------
// the corpus

/** The fixtures, loaded once: JSON seeds, the TSV raw seeds, the workbook and its zip entries. */
export function loadCorpus(root) {
  const seedsDir = join(root, 'fixtures', 'seeds');
  const json = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(seedsDir, name), 'utf8');
      return { name, text, value: JSON.parse(text) };
    });
  const rawDir = join(seedsDir, 'raw');
  const delimited = readdirSync(rawDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(rawDir, name), 'utf8');
      return { name, text, rows: text.split(/\r?\n/).map((line) => line.split('\t')) };
    });
  const workbookPath = join(root, 'fixtures', 'workbooks', '申报表.xlsx');
  const bytes = readFileSync(workbookPath);
  const workbooks = [{ name: basename(workbookPath), bytes, entries: readZip(bytes) }];

  const strings = new Set();
  const keys = new Set();
  const numbers = new Set();
  const walk = (v) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) {
        keys.add(k);
        walk(x);
      }
    } else if (typeof v === 'string') strings.add(v);
    else if (typeof v === 'number') numbers.add(v);
  };
  json.forEach((s) => walk(s.value));
  const cells = new Set();
  for (const d of delimited) for (const row of d.rows) for (const cell of row) if (cell.trim()) cells.add(cell);
  return { json, delimited, workbooks, pools: { strings: [...strings], keys: [...keys], numbers: [...numbers], cells: [...cells] } };
}

// ---------------------------------------------------------------------------------------------
// values

const EDGE_STRINGS = [
  '', ' ', '  ', '\t', '\n', '\r\n', '0', '-1', '00', '1.', '.5', '1e3', '1e309', '-0', 'NaN', 'Infinity', 'null', 'true',
  '100%', '≥95%', '≤100%', '>=90%', '<5', '≥', '%', '100％', '１００％', '９５', '≥ 95 %', '95%以上', '不低于95%', '≤200万元', '1,000,000', '1 000',
  '200万元', '1.5亿元', '3个', '12次', '≥3家', '2019年', '2019-12-31', '12月底前', '元', '万元', '亿元', '%', '个', '次', '人次',
  '产出指标', '效益指标', '满意度指标', '数量指标', '质量指标', '时效指标', '成本指标', '社会效益指标', '服务对象满意度', '一级指标', '二级指标', '三级指标',
  '指标值', '指标名称', '权重', '分值', '合计', '小计', '项目名称', '总计', '/', '-', '—', '无', '待定', 'xxx', 'XX', '……', '同上', '"', "'", '\\', '\\u0000',
  '\u0000', '\u0007', '\u001f', '\u007f', '\u0085', '\u00a0', '\u200b', '\u200e', '\u202e', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ud800', '\udfff', '\ud83d\ude00',
  '𠀀', 'Ａ', 'ｘ', '①', 'Ⅳ', '〇', '零', '壹佰', '百分之九十五', '<b>x</b>', '&amp;', '=SUM(A1:A9)', '@', '{{rule}}', '$1', '%s', '__proto__', 'constructor',
];
const EDGE_NUMBERS = [0, -0, 1, -1, 2, 0.1, 0.5, 99.9999, 100, 100.0001, 101, 1e21, 1e-7, -1e-7, 2 ** 53, 2 ** 53 + 2, 1.7976931348623157e308, 5e-324, 1000000000, 123456789.123, 3.14159];
const NAUGHTY_KEYS = ['', ' ', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '0', 'length', '$schema', 'format', 'projects', 'source', '\u0000', '名称'];

function randomString(rng, pools) {
  const r = rng.next();
  if (r < 0.35) return rng.pick(EDGE_STRINGS);
  if (r < 0.6) return rng.pick(pools.strings);
  if (r < 0.7) return rng.pick(pools.cells);
  if (r < 0.8) return rng.pick(pools.strings) + rng.pick(EDGE_STRINGS);
  if (r < 0.9) {
    let s = '';
    const n = rng.range(1, 12);
    for (let i = 0; i < n; i++) s += String.fromCharCode(rng.chance(0.5) ? rng.range(0x20, 0x7e) : rng.chance(0.7) ? rng.range(0x4e00, 0x9fa5) : rng.int(0x10000));
    return s;
  }
  return rng.pick(EDGE_STRINGS).repeat(rng.pick([2, 10, 100, 5000]));
}

function randomNumber(rng, pools) {
  const r = rng.next();
  if (r < 0.4) return rng.pick(EDGE_NUMBERS) * (rng.chance(0.2) ? -1 : 1);
  if (r < 0.7) return rng.pick(pools.numbers);
  if (r < 0.85) return rng.int(1000);
  return (rng.next() - 0.5) * 10 ** rng.range(-3, 15);
}

/** nested arrays/objects `depth` deep; depth is small unless the caller asks for a deep one */
function nested(rng, depth) {
  let v = rng.pick([1, 'x', null, []]);
  const asObject = rng.chance(0.5);
  for (let i = 0; i < depth; i++) v = asObject ? { a: v } : [v];
  return v;
}

function randomValue(rng, pools, depth = 0) {
  const r = rng.next();
  if (r < 0.4) return randomString(rng, pools);
  if (r < 0.65) return randomNumber(rng, pools);
  if (r < 0.72) return rng.pick([true, false, null]);
  if (r < 0.78) return rng.chance(0.5) ? [] : {};
  if (r < 0.86 && depth < 3) return Array.from({ length: rng.range(1, 4) }, () => randomValue(rng, pools, depth + 1));
  if (r < 0.94 && depth < 3) {
    const o = {};
    const n = rng.range(1, 4);
    for (let i = 0; i < n; i++) o[rng.chance(0.7) ? rng.pick(pools.keys) : rng.pick(NAUGHTY_KEYS)] = randomValue(rng, pools, depth + 1);
    return o;
  }
  // rarely very deep: real tables are shallow, but a broken export is not. Deep values are spliced
  // into the text after serialising (a marker string stands in), so the harness never recurses deeply.
  if (rng.chance(0.85)) return nested(rng, rng.range(2, 60));
  return `${DEEP_MARKER}${rng.pick(['[', '{"a":'])}${rng.pick([500, 2000, 10000, 50000])}${DEEP_MARKER}`;
}

const DEEP_MARKER = '\u0001deep\u0001';
const DEEP_VALUE = /"\\u0001deep\\u0001(\[|\{\\"a\\":)(\d+)\\u0001deep\\u0001"/g;

function spliceDeepValues(text) {
  return text.replace(DEEP_VALUE, (_, open, n) => {
    const depth = Number(n);
    return open === '[' ? '['.repeat(depth) + '1' + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
  });
}

// ---------------------------------------------------------------------------------------------
// value-level JSON mutations

/** every place a value sits: [container, key] pairs (the root excluded) */
function slots(root) {
  const out = [];
  const stack = [root];
  while (stack.length) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        out.push([v, i]);
        if (v[i] && typeof v[i] === 'object') stack.push(v[i]);
      }
    } else if (v && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        out.push([v, k]);
        if (v[k] && typeof v[k] === 'object') stack.push(v[k]);
      }
    }
  }
  return out;
}

function containers(all, root) {
  return [root, ...all.map(([c, k]) => c[k]).filter((v) => v && typeof v === 'object')];
}

const VALUE_OPS = [
  [30, 'replace'],
  [10, 'delete'],
  [8, 'add-key'],
  [8, 'swap'],
  [6, 'retype'],
  [8, 'edit-string'],
  [6, 'duplicate-element'],
  [3, 'grow-array'],
  [4, 'reorder'],
  [3, 'copy-from-other-seed'],
];

function mutateValue(rng, doc, corpus, ops) {
  const { pools } = corpus;
  const n = rng.count();
  for (let i = 0; i < n; i++) {
    const all = slots(doc);
    if (!all.length) break;
    const op = rng.weighted(VALUE_OPS);
    const [c, k] = rng.pick(all);
    const where = `${Array.isArray(c) ? '[' + k + ']' : '.' + k}`;
    switch (op) {
      case 'replace':
        c[k] = randomValue(rng, pools);
        break;
      case 'delete':
        if (Array.isArray(c)) c.splice(k, 1);
        else delete c[k];
        break;
      case 'add-key': {
        const target = rng.pick(containers(all, doc));
        if (Array.isArray(target)) target.splice(rng.int(target.length + 1), 0, randomValue(rng, pools));
        else target[rng.chance(0.6) ? rng.pick(pools.keys) : rng.chance(0.5) ? rng.pick(NAUGHTY_KEYS) : randomString(rng, pools)] = randomValue(rng, pools);
        break;
      }
      case 'swap': {
        const [c2, k2] = rng.pick(all);
        const a = c[k];
        const b = c2[k2];
        // swapping a node with its own ancestor would make a cycle: copy instead
        c[k] = clone(b);
        c2[k2] = clone(a);
        break;
      }
      case 'retype': {
        const v = c[k];
        if (typeof v === 'number') c[k] = rng.chance(0.5) ? String(v) : rng.pick([String(v) + '%', String(v) + '万元', v.toFixed(rng.int(4)), `${v}`.replace('.', '．')]);
        else if (typeof v === 'string') c[k] = Number.isFinite(Number.parseFloat(v)) ? Number.parseFloat(v) : rng.pick([0, null, true, [v], { v }]);
        else if (Array.isArray(v)) c[k] = rng.chance(0.5) ? v[0] ?? null : Object.fromEntries(v.map((x, j) => [String(j), x]));
        else if (v && typeof v === 'object') c[k] = rng.chance(0.5) ? Object.values(v) : JSON.stringify(v);
        else c[k] = rng.chance(0.5) ? String(v) : [v];
        break;
      }
      case 'edit-string': {
        const v = c[k];
        const s = typeof v === 'string' ? v : String(v);
        const e = randomString(rng, pools);
        const p = rng.int(s.length + 1);
        c[k] = rng.weighted([
          [3, s.slice(0, p) + e + s.slice(p)],
          [2, s.slice(0, p)],
          [1, s.slice(p)],
          [1, ` ${s} `],
          [1, s.toUpperCase()],
          [1, s.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))],
        ]);
        break;
      }
      case 'duplicate-element':
        if (Array.isArray(c)) c.splice(k, 0, clone(c[k]));
        else c[k] = [clone(c[k]), clone(c[k])];
        break;
      case 'grow-array': {
        const arrays = containers(all, doc).filter(Array.isArray).filter((a) => a.length);
        if (!arrays.length) break;
        const a = rng.pick(arrays);
        const times = rng.range(2, 30);
        const copy = a.slice();
        for (let t = 0; t < times; t++) a.push(...clone(copy));
        break;
      }
      case 'reorder': {
        const arrays = containers(all, doc).filter(Array.isArray);
        if (!arrays.length) break;
        const a = rng.pick(arrays);
        for (let j = a.length - 1; j > 0; j--) {
          const x = rng.int(j + 1);
          [a[j], a[x]] = [a[x], a[j]];
        }
        break;
      }
      case 'copy-from-other-seed': {
        const other = rng.pick(corpus.json).value;
        const src = rng.pick(slots(other));
        if (src) c[k] = clone(src[0][src[1]]);
        break;
      }
    }
    ops.push(`${op} ${where.slice(0, 40)}`);
  }
}

function serializeJson(rng, doc, ops) {
  const indent = rng.weighted([
    [7, 2],
    [1, 0],
    [1, 4],
    [1, '\t'],
  ]);
  let text = spliceDeepValues(JSON.stringify(doc, null, indent) ?? 'null');
  if (rng.chance(0.05)) {
    text = text.replace(/\n/g, '\r\n');
    ops.push('crlf');
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// byte-level mutations

const JSON_TOKENS = [
  '"', '\n', '\r', '\t', ',', ':', '{', '}', '[', ']', '\\', '\\u', '\\ud800', '\\x41', '//c\n', '/*c*/', 'NaN', '-Infinity', '1e999', '-0', '0x1F', "'",
  '\u2028', '\u00a0', '\ufeff', '\u0000', '"":1,', '"format":"perflint/v1",', '"year":2019,', 'null', 'true', '[[[[[[[[', ']]]]]]]]', '{"a":{"a":', '，', '：', '“', '”', '\\"', '01', '.5', '1.', '+1',
];
const CSV_TOKENS = [
  '"', '""', '\t', ',', ';', '\n', '\r', '\r\n', '\u0000', '=', '=SUM(A1)', '%', '万元', '产出指标', '一级指标', '二级指标', '三级指标', '指标值', '数量指标', '合计', '\ufeff', '2019年', '年', '\t\t\t\t\t\t', '"\n"', '"a""b"', '\u3000', '１', '≥', '≤',
];
const XML_TOKENS = [
  '<', '>', '&', '&amp;', '&#0;', '&#xD800;', '&bogus;', '<![CDATA[x]]>', '"', "'", '/>', ' r="A1"', ' r="XFD1048576"', ' r="A0"', ' t="s"', ' t="e"', ' t="inlineStr"', '<v>999999</v>', '<v>-1</v>',
  '<c r="A1"/>', '</row>', '<row r="1">', '<row r="0">', '<mergeCell ref="A1:Z9999"/>', '<t>x</t>', '<si><t>产出指标</t></si>', '\u0000', '\ufeff', '<?xml version="1.0"?>', '<!DOCTYPE x>', 'xmlns=""',
];
const INTERESTING_BYTES = [0x00, 0x01, 0x09, 0x0a, 0x0d, 0x20, 0x22, 0x27, 0x2c, 0x3a, 0x5b, 0x5c, 0x5d, 0x7b, 0x7d, 0x7f, 0x80, 0xbf, 0xc0, 0xc3, 0xe4, 0xef, 0xf0, 0xfe, 0xff];

/** a byte offset, usually on a character boundary (so most edits keep UTF-8 valid) */
function position(rng, buf, end = buf.length) {
  let p = rng.int(end + 1);
  if (rng.chance(0.85)) while (p > 0 && p < buf.length && (buf[p] & 0xc0) === 0x80) p--;
  return p;
}

export function mutateBytes(rng, input, tokens, ops, maxOps = 6) {
  let buf = Buffer.from(input);
  const n = rng.count(0.45, maxOps);
  for (let i = 0; i < n; i++) {
    const op = rng.weighted([
      [4, 'insert-token'],
      [3, 'delete'],
      [2, 'set-byte'],
      [2, 'flip-bit'],
      [1, 'insert-random'],
      [1, 'duplicate'],
      [1, 'truncate'],
      [1, 'move'],
    ]);
    const p = position(rng, buf);
    switch (op) {
      case 'insert-token':
        buf = Buffer.concat([buf.subarray(0, p), Buffer.from(rng.pick(tokens), 'utf8'), buf.subarray(p)]);
        break;
      case 'delete': {
        const len = rng.chance(0.7) ? rng.range(1, 4) : rng.range(1, 400);
        buf = Buffer.concat([buf.subarray(0, p), buf.subarray(Math.min(buf.length, p + len))]);
        break;
      }
      case 'set-byte':
        if (p < buf.length) buf[p] = rng.chance(0.7) ? rng.pick(INTERESTING_BYTES) : rng.int(256);
        break;
      case 'flip-bit':
        if (p < buf.length) buf[p] ^= 1 << rng.int(8);
        break;
      case 'insert-random':
        buf = Buffer.concat([buf.subarray(0, p), Buffer.from(Array.from({ length: rng.range(1, 8) }, () => rng.int(256))), buf.subarray(p)]);
        break;
      case 'duplicate': {
        const len = rng.range(1, 2000);
        const q = position(rng, buf);
        const slice = Buffer.from(buf.subarray(p, p + len));
        if (buf.length + slice.length <= MAX_BYTES) buf = Buffer.concat([buf.subarray(0, q), slice, buf.subarray(q)]);
        break;
      }
      case 'truncate':
        buf = buf.subarray(0, p);
        break;
      case 'move': {
        const len = rng.range(1, 200);
        const slice = Buffer.from(buf.subarray(p, p + len));
        const rest = Buffer.concat([buf.subarray(0, p), buf.subarray(p + len)]);
        const q = position(rng, rest);
        buf = Buffer.concat([rest.subarray(0, q), slice, rest.subarray(q)]);
        break;
      }
    }
    ops.push(`${op}@${p}`);
  }
  return buf;
}

/** the whole text re-encoded or wrapped: what a clerk's editor or another export might do */
function wholeTextTransform(rng, text, ops, kind) {
  const t = rng.weighted([
    [3, 'utf16le-bom'],
    [1, 'utf16be-bom'],
    [2, 'utf16le'],
    [3, 'gbk'],
    [2, 'utf8-bom'],
    [1, 'latin1'],
    [kind === 'json' ? 2 : 0, 'deep-wrap'],
    [1, 'empty'],
    [1, 'whitespace-only'],
  ]);
  ops.push(`encode:${t}`);
  switch (t) {
    case 'utf16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    case 'utf16le':
      return Buffer.from(text, 'utf16le');
    case 'gbk':
      return iconv.encode(text, 'gb18030');
    case 'utf8-bom':
      return Buffer.from('\ufeff' + text, 'utf8');
    case 'latin1':
      return Buffer.from(text, 'latin1');
    case 'deep-wrap': {
      const depth = rng.pick([100, 1000, 5000, 20000, 100000]);
      ops.push(`depth=${depth}`);
      return Buffer.from('['.repeat(depth) + text + ']'.repeat(depth), 'utf8');
    }
    case 'empty':
      return Buffer.alloc(0);
    case 'whitespace-only':
      return Buffer.from(' \n\t\r\n'.repeat(rng.range(1, 5)), 'utf8');
  }
  return Buffer.from(text, 'utf8');
}

// ---------------------------------------------------------------------------------------------
// delimited (CSV/TSV) mutations

function mutateRows(rng, rows, pools, ops) {
  const n = rng.count(0.5);
  const cell = () => (rng.chance(0.7) ? rng.pick(pools.cells) : randomString(rng, pools));
  for (let i = 0; i < n; i++) {
    // the header rows decide the layout: edit them more often than their share
    const r = rng.chance(0.3) ? rng.int(Math.min(8, rows.length)) : rng.int(rows.length);
    const op = rng.weighted([
      [6, 'set-cell'],
      [2, 'clear-cell'],
      [2, 'delete-row'],
      [2, 'duplicate-row'],
      [1, 'swap-rows'],
      [1, 'blank-row'],
      [1, 'delete-column'],
      [1, 'insert-column'],
      [2, 'shift-row'],
      [1, 'truncate'],
      [1, 'repeat-block'],
    ]);
    const row = rows[r] ?? (rows[r] = []);
    switch (op) {
      case 'set-cell':
        row[rng.int(Math.max(1, row.length + 2))] = cell();
        break;
      case 'clear-cell':
        if (row.length) row[rng.int(row.length)] = '';
        break;
      case 'delete-row':
        rows.splice(r, 1);
        break;
      case 'duplicate-row':
        rows.splice(r, 0, row.slice());
        break;
      case 'swap-rows': {
        const s = rng.int(rows.length);
        [rows[r], rows[s]] = [rows[s], rows[r]];
        break;
      }
      case 'blank-row':
        rows.splice(r, 0, []);
        break;
      case 'delete-column': {
        const c = rng.int(20);
        for (const x of rows) x.splice(c, 1);
        break;
      }
      case 'insert-column': {
        const c = rng.int(20);
        const v = rng.chance(0.5) ? '' : cell();
        for (const x of rows) if (x.length >= c) x.splice(c, 0, v);
        break;
      }
      case 'shift-row':
        if (rng.chance(0.5)) row.unshift('');
        else row.shift();
        break;
      case 'truncate':
        rows.length = Math.max(0, rng.int(rows.length));
        break;
      case 'repeat-block': {
        const len = rng.range(1, 40);
        const block = rows.slice(r, r + len).map((x) => x.slice());
        const times = rng.range(1, 50);
        for (let t = 0; t < times; t++) rows.push(...block.map((x) => x.slice()));
        break;
      }
    }
    ops.push(`${op} r${r}`);
  }
}

function serializeRows(rng, rows, ops) {
  const format = rng.weighted([
    [3, 'tsv'],
    [3, 'csv'],
    [1, 'tsv-ext'],
  ]);
  ops.push(`as:${format}`);
  const eol = rng.chance(0.2) ? '\r\n' : '\n';
  if (format === 'csv') {
    const quote = (v) => (/[",\r\n]/.test(v) || (v !== v.trim() && rng.chance(0.5)) ? `"${v.replace(/"/g, '""')}"` : v);
    return { ext: '.csv', text: rows.map((r) => r.map((v) => quote(v ?? '')).join(',')).join(eol) };
  }
  const clean = (v) => (v ?? '').replace(/[\t\r\n]/g, ' ');
  return { ext: format === 'tsv' ? '.txt' : '.tsv', text: rows.map((r) => r.map(clean).join('\t')).join(eol) };
}

// ---------------------------------------------------------------------------------------------
// workbook mutations

const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function randomCellRef(rng, extremes = true) {
  if (!extremes) return `${String.fromCharCode(65 + rng.int(20))}${rng.range(1, 80)}`;
  return rng.weighted([
    [4, () => `${String.fromCharCode(65 + rng.int(20))}${rng.range(1, 80)}`],
    [1, () => 'A1'],
    [1, () => 'XFD1048576'],
    [1, () => 'XFE1'],
    [1, () => 'A0'],
    [1, () => 'A1048577'],
    [1, () => '1A'],
    [1, () => ''],
    [1, () => `ZZZZ${rng.int(99)}`],
    [1, () => 'a1'],
  ])();
}

/** replace one regex match (chosen at random) through `edit` */
function editOneMatch(rng, text, regex, edit) {
  const matches = [...text.matchAll(regex)];
  if (!matches.length) return text;
  const m = rng.pick(matches);
  return text.slice(0, m.index) + edit(m) + text.slice(m.index + m[0].length);
}

function mutateWorkbookXml(rng, entries, pools, ops) {
  const find = (re) => entries.find((e) => re.test(e.name));
  const n = rng.count(0.5);
  for (let i = 0; i < n; i++) {
    const op = rng.weighted([
      [5, 'shared-string'],
      [3, 'cell-value'],
      [2, 'cell-ref'],
      [2, 'cell-type'],
      [2, 'delete-cell'],
      [1, 'delete-row'],
      [1, 'duplicate-row'],
      [2, 'merge'],
      [1, 'sheet-name'],
      [1, 'sheet-hidden'],
      [1, 'inline-string'],
      [1, 'formula'],
    ]);
    const sheet = find(/^xl\/worksheets\/sheet\d+\.xml$/);
    const shared = find(/^xl\/sharedStrings\.xml$/);
    const workbook = find(/^xl\/workbook\.xml$/);
    const edit = (entry, f) => {
      if (entry) entry.data = Buffer.from(f(entry.data.toString('utf8')), 'utf8');
    };
    const value = () => (rng.chance(0.6) ? rng.pick(pools.cells) : randomString(rng, pools));
    switch (op) {
      case 'shared-string':
        edit(shared, (x) => editOneMatch(rng, x, /<t(?: [^>]*)?>[^<]*<\/t>/g, () => `<t xml:space="preserve">${rng.chance(0.95) ? escapeXml(value()) : value()}</t>`));
        break;
      case 'cell-value':
        edit(sheet, (x) =>
          editOneMatch(rng, x, /<v>[^<]*<\/v>/g, () => `<v>${rng.pick([String(randomNumber(rng, pools)), String(rng.int(400)), '-1', '1e308', 'NaN', '', 'abc', '99999999'])}</v>`),
        );
        break;
      case 'cell-ref':
        edit(sheet, (x) => editOneMatch(rng, x, /<c r="[A-Z]+\d+"/g, () => `<c r="${randomCellRef(rng)}"`));
        break;
      case 'cell-type':
        edit(sheet, (x) => editOneMatch(rng, x, /<c r="[A-Z]+\d+"( t="\w+")?/g, (m) => m[0].replace(/( t="\w+")?$/, ` t="${rng.pick(['s', 'n', 'str', 'b', 'e', 'inlineStr', 'd', 'zz'])}"`)));
        break;
      case 'delete-cell':
        edit(sheet, (x) => editOneMatch(rng, x, /<c [^>]*?(?:\/>|>.*?<\/c>)/g, () => ''));
        break;
      case 'delete-row':
        edit(sheet, (x) => editOneMatch(rng, x, /<row [^>]*>.*?<\/row>/g, () => ''));
        break;
      case 'duplicate-row':
        edit(sheet, (x) => editOneMatch(rng, x, /<row [^>]*>.*?<\/row>/g, (m) => m[0] + m[0]));
        break;
      case 'merge': {
        // ranges out to XFD1048576 are rare: they are slow to open (a finding in itself), and common they would eat the run's time
        const ref = rng.chance(0.9) ? `${randomCellRef(rng, false)}:${randomCellRef(rng, false)}` : `${randomCellRef(rng)}:${randomCellRef(rng)}`;
        edit(sheet, (x) =>
          x.includes('<mergeCells')
            ? editOneMatch(rng, x, /<mergeCell ref="[^"]*"\/>/g, () => `<mergeCell ref="${ref}"/>`)
            : x.replace('</sheetData>', `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`),
        );
        break;
      }
      case 'sheet-name':
        edit(workbook, (x) => editOneMatch(rng, x, /<sheet name="[^"]*"/g, () => `<sheet name="${escapeXml(rng.pick(['', ' ', 'Sheet1', '表10', "a'b", 'x!y', '[1]', '数'.repeat(40), value().slice(0, 31)]))}"`));
        break;
      case 'sheet-hidden':
        edit(workbook, (x) => editOneMatch(rng, x, /<sheet /g, () => `<sheet state="${rng.pick(['hidden', 'veryHidden', 'visible', 'bogus'])}" `));
        break;
      case 'inline-string':
        edit(sheet, (x) => editOneMatch(rng, x, /<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>.*?<\/c>)/g, (m) => `<c r="${m[1]}" t="inlineStr"><is><t>${escapeXml(value())}</t></is></c>`));
        break;
      case 'formula':
        edit(sheet, (x) => editOneMatch(rng, x, /<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>.*?<\/c>)/g, (m) => `<c r="${m[1]}"><f>${rng.pick(['SUM(A1:A3)', '1/0', 'A1', ''])}</f>${rng.chance(0.5) ? `<v>${rng.int(100)}</v>` : ''}</c>`));
        break;
    }
    ops.push(op);
  }
}

function mutateZipStructure(rng, entries, ops) {
  const op = rng.weighted([
    [2, 'drop-entry'],
    [2, 'drop-workbook'],
    [1, 'drop-sheet'],
    [1, 'rename-entry'],
    [1, 'junk-entry'],
    [1, 'no-entries'],
    [1, 'only-content-types'],
    [1, 'duplicate-entry'],
    [1, 'empty-entry'],
  ]);
  ops.push(op);
  switch (op) {
    case 'drop-entry':
      entries.splice(rng.int(entries.length), 1);
      break;
    case 'drop-workbook':
      return entries.filter((e) => e.name !== 'xl/workbook.xml');
    case 'drop-sheet':
      return entries.filter((e) => !/worksheets\/sheet/.test(e.name));
    case 'rename-entry': {
      const e = rng.pick(entries);
      e.name = rng.pick(['xl/worksheets/sheet2.xml', 'XL/WORKBOOK.XML', e.name + '.bak', 'a/../' + e.name, '']);
      break;
    }
    case 'junk-entry':
      entries.push({ name: rng.pick(['notes.txt', 'xl/media/image1.png', 'mimetype']), data: Buffer.from('hello') });
      break;
    case 'no-entries':
      return [];
    case 'only-content-types':
      return entries.filter((e) => e.name === '[Content_Types].xml');
    case 'duplicate-entry':
      entries.push({ ...rng.pick(entries) });
      break;
    case 'empty-entry':
      rng.pick(entries).data = Buffer.alloc(0);
      break;
  }
  return entries;
}

// ---------------------------------------------------------------------------------------------
// cases

export const FAMILIES = [
  [26, 'json-value'],
  [22, 'json-bytes'],
  [4, 'json-encoding'],
  [14, 'delimited-value'],
  [9, 'delimited-bytes'],
  [3, 'delimited-encoding'],
  [10, 'xlsx-xml'],
  [6, 'xlsx-entry-bytes'],
  [3, 'xlsx-zip'],
  [3, 'xlsx-bytes'],
];

/** The case `index` of run `seed`: { index, family, base, ext, bytes, ops } */
export function makeCase(corpus, seed, index) {
  const rng = rngFor(seed, index);
  const family = rng.weighted(FAMILIES);
  const ops = [];
  let ext = '.json';
  let bytes;
  let base;
  if (family.startsWith('json')) {
    const s = rng.pick(corpus.json);
    base = s.name;
    if (family === 'json-value') {
      const doc = clone(s.value);
      mutateValue(rng, doc, corpus, ops);
      bytes = Buffer.from(serializeJson(rng, doc, ops), 'utf8');
    } else if (family === 'json-bytes') {
      let text = s.text;
      if (rng.chance(0.3)) {
        const doc = clone(s.value);
        mutateValue(rng, doc, corpus, ops);
        text = serializeJson(rng, doc, ops);
      }
      bytes = mutateBytes(rng, Buffer.from(text, 'utf8'), JSON_TOKENS, ops);
    } else {
      bytes = wholeTextTransform(rng, s.text, ops, 'json');
      if (rng.chance(0.3)) bytes = mutateBytes(rng, bytes, JSON_TOKENS, ops, 2);
    }
  } else if (family.startsWith('delimited')) {
    const s = rng.pick(corpus.delimited);
    base = s.name;
    const rows = s.rows.map((r) => r.slice());
    if (family !== 'delimited-encoding' || rng.chance(0.5)) mutateRows(rng, rows, corpus.pools, ops);
    const out = serializeRows(rng, rows, ops);
    ext = out.ext;
    if (family === 'delimited-bytes') bytes = mutateBytes(rng, Buffer.from(out.text, 'utf8'), CSV_TOKENS, ops);
    else if (family === 'delimited-encoding') bytes = wholeTextTransform(rng, out.text, ops, 'delimited');
    else bytes = Buffer.from(out.text, 'utf8');
  } else {
    const w = rng.pick(corpus.workbooks);
    base = w.name;
    ext = rng.chance(0.95) ? '.xlsx' : '.xlsm';
    let entries = w.entries.map((e) => ({ name: e.name, data: Buffer.from(e.data) }));
    const store = rng.chance(0.3);
    if (family === 'xlsx-xml') {
      mutateWorkbookXml(rng, entries, corpus.pools, ops);
    } else if (family === 'xlsx-entry-bytes') {
      const xml = entries.filter((e) => e.data.length);
      const target = rng.chance(0.7) ? rng.pick(xml.filter((e) => /sheet1|sharedStrings|workbook\.xml$/.test(e.name))) : rng.pick(xml);
      ops.push(`entry:${target.name}`);
      target.data = mutateBytes(rng, target.data, XML_TOKENS, ops, 4);
    } else if (family === 'xlsx-zip') {
      entries = mutateZipStructure(rng, entries, ops);
      if (rng.chance(0.3)) mutateWorkbookXml(rng, entries, corpus.pools, ops);
    }
    bytes = writeZip(entries, { store });
    if (family === 'xlsx-bytes') bytes = mutateBytes(rng, bytes, INTERESTING_BYTES.map((b) => String.fromCharCode(b)), ops, 3);
  }
  if (bytes.length > MAX_BYTES) {
    ops.push(`clipped ${bytes.length}`);
    bytes = bytes.subarray(0, MAX_BYTES);
  }
  return { seed, index, family, base, ext, bytes, ops };
}

export function caseFileName(c) {
  return `case-${c.index}${c.ext}`;
}

// ---------------------------------------------------------------------------------------------
// running

/** A linter configured as the CLI runs it in the fuzzer (`--locale en --province 浙江省`, no config file). */
export function createLinter(PerfLint, cwd, locale = 'en') {
  return new PerfLint({ cwd, locale, importDefaults: IMPORT_DEFAULTS, concurrency: 'off' });
}

/**
 * One case through the library, as the CLI would lint it: written to `dir` (a file path is
 * what spreadsheets and corpus rules need), then `lintFiles`. Sometimes JSON text also goes
 * through `lintDocuments` (in memory, at a path that does not exist) and must say the same.
 */
export async function lintCase(linter, dir, c, { apiProbe = false } = {}) {
  const file = join(dir, caseFileName(c));
  writeFileSync(file, c.bytes);
  const start = performance.now();
  const outcome = { results: undefined, error: undefined, ms: 0, api: undefined };
  try {
    outcome.results = await linter.lintFiles([file]);
  } catch (error) {
    outcome.error = describeError(error);
  }
  outcome.ms = performance.now() - start;
  if (apiProbe && c.ext === '.json' && isUtf8(c.bytes)) {
    try {
      const results = await linter.lintDocuments([{ filePath: join(dir, 'in-memory', caseFileName(c)), text: c.bytes.toString('utf8') }]);
      outcome.api = { results };
    } catch (error) {
      outcome.api = { error: describeError(error) };
    }
  }
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
  return outcome;
}

function describeError(error) {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: String(error.stack ?? '').split('\n').slice(0, 8).join('\n') };
  return { name: typeof error, message: String(error), stack: '' };
}

function cliArgs(bin, files, concurrency, locale) {
  return [bin, '--format', 'json', '--locale', locale, '--province', IMPORT_DEFAULTS.province, '--no-color', '--concurrency', concurrency, ...files];
}

function execNode(args, cwd, timeoutMs) {
  return new Promise((resolve) => {
    const start = performance.now();
    execFile(process.execPath, args, { cwd, maxBuffer: 512 * 1024 * 1024, timeout: timeoutMs, encoding: 'utf8' }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, signal: error?.signal ?? null, killed: Boolean(error?.killed), stdout, stderr, ms: performance.now() - start });
    });
  });
}

/** the CLI with its report going to /dev/full: writing it fails (ENOSPC), which must be an error message, not a crash */
function execNodeToFullDisk(args, cwd, timeoutMs) {
  return new Promise((resolve) => {
    const start = performance.now();
    const fd = openSync('/dev/full', 'w');
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', fd, 'pipe'], timeout: timeoutMs });
    closeSync(fd);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('close', (code, signal) => resolve({ code, signal, killed: child.killed, stdout: '', stderr, ms: performance.now() - start }));
  });
}

/**
 * A batch of cases through the real CLI, once with `--concurrency off` and once with `--concurrency 2`;
 * with `fullDisk`, once more with stdout on /dev/full (where there is one).
 */
export async function runCliPair(bin, dir, cases, { locale = 'en', timeoutMs = 120_000, fullDisk = false } = {}) {
  mkdirSync(dir, { recursive: true });
  for (const c of cases) writeFileSync(join(dir, caseFileName(c)), c.bytes);
  const files = cases.map(caseFileName);
  const off = await execNode(cliArgs(bin, files, 'off', locale), dir, timeoutMs);
  const two = await execNode(cliArgs(bin, files, '2', locale), dir, timeoutMs);
  const full = fullDisk && existsSync('/dev/full') ? await execNodeToFullDisk(cliArgs(bin, files, 'off', locale), dir, timeoutMs) : undefined;
  return { off, two, full, locale, files, dir };
}

export function cliCommand(files, concurrency, locale = 'en', redirect = '') {
  return `node "$PERFLINT_BIN" --format json --locale ${locale} --province ${IMPORT_DEFAULTS.province} --no-color --concurrency ${concurrency} ${files.map((f) => `'${f}'`).join(' ')}${redirect}`;
}

// ---------------------------------------------------------------------------------------------
// checks

const STACK_LINE = /^ {4}at /m;
const INTERNAL = /internal error|内部错误/i;
const WHOLE_FILE = /\bfile\b|文件|workbook|工作簿|spreadsheet|表格/i;
const ENCODING_WORDS = /UTF-?8|UTF-?16|encod|BOM|byte-order|编码|字节序/i;
const CLAIMS_EMPTY = /the file is empty|文件是空的/i;
const JS_ERROR = /Cannot (?:read|set) propert(?:y|ies) of|Map maximum size exceeded|is not a function|is not iterable|is not defined|Maximum call stack|Invalid array length|Unexpected token .* in JSON|\bat [\w.<>]+ \(/;
// "undefined entity" and "expected the name undefined" are the XML parser's own words about a damaged workbook
const LEAKS = /\{\{\s*\w+\s*\}\}|(?<!the name )\bundefined\b(?! entity)|\[object Object\]|\bNaN\b/;
const REPLACEMENT_BYTES = Buffer.from('\ufffd', 'utf8');
const CELL_REF = /^.+!\$?[A-Z]{1,3}\$?[1-9]\d*$/;

const utf8 = new TextDecoder('utf-8', { fatal: true });
export function isUtf8(bytes) {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 by its BOM, or by the zero bytes ASCII text gets in it */
function looksUtf16(bytes) {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const n = Math.min(bytes.length, 200);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  return n >= 8 && zeros / n > 0.2;
}

/** a class, a short signature (numbers and quoted text blanked, so equal bugs group) and a detail */
export function problem(cls, detail, { key, ...extra } = {}) {
  const signature = `${cls}: ${normalize(key ?? detail).slice(0, 110)}`;
  return { cls, signature, detail: String(detail).slice(0, 600), ...extra };
}

function normalize(text) {
  return String(text)
    .replace(/"[^"]*"|“[^”]*”|'[^']*'|（[^）]*）/g, '"…"')
    .replace(/\b(?<!UTF-)\d+/g, 'N');
}

function isSpreadsheet(ext) {
  return SPREADSHEET_EXTS.includes(ext);
}

function hasTextContent(bytes) {
  let text;
  try {
    text = bytes.toString('utf8');
  } catch {
    return true;
  }
  // eslint-disable-next-line no-control-regex -- NUL is what UTF-16 text and padding are made of
  return /[^\s,;\t"\u0000\ufeff]/.test(text);
}

function looksLikeWorkbookZip(bytes) {
  try {
    return readZip(bytes).some((e) => /(^|\/)workbook\.xml$/i.test(e.name));
  } catch {
    return false;
  }
}

/** what the input says, as text: a workbook's XML entries rather than its compressed bytes */
function textOf(c) {
  if (c.ext === '.xlsx' || c.ext === '.xlsm') {
    try {
      return readZip(c.bytes)
        .map((e) => e.data.toString('utf8'))
        .join('\n');
    } catch {
      return c.bytes.toString('latin1');
    }
  }
  return c.bytes.toString('utf8');
}

/** line lengths of the input, with a lone CR a line break and without (JSON parsers differ; either is accepted) */
function lineLengths(bytes) {
  const text = bytes.toString('utf8');
  return [text.split(/\r\n|\r|\n/).map((l) => l.length), text.split(/\n/).map((l) => l.length)];
}

/**
 * The checks on one file's messages. `c` is the case (its bytes and extension), `where` says
 * which run produced them ('api', 'cli-off' …) for the detail.
 */
export function checkMessages(c, result, where) {
  const out = [];
  const sheet = isSpreadsheet(c.ext);
  let lines;
  const inputText = () => (c.text ??= textOf(c));
  for (const m of result.messages) {
    const at = `${where} ${m.ruleId ?? '(fatal)'} ${m.line}:${m.column}${m.cellRef ? ' ' + m.cellRef : ''}: ${String(m.message).slice(0, 200)}`;
    if (typeof m.message !== 'string' || m.message.trim() === '' || (m.severity !== 1 && m.severity !== 2)) {
      out.push(problem('malformed-message', `${where} ${JSON.stringify(m).slice(0, 300)}`));
      continue;
    }
    const head = `${m.ruleId ?? '(fatal)'} ${m.message.slice(0, 60)}`;
    if (INTERNAL.test(m.message)) out.push(problem('internal-error', at, { key: head }));
    if (m.fatal && m.ruleId !== null && m.ruleId !== 'schema') out.push(problem('rule-crash', at, { key: head }));
    const jsError = JS_ERROR.exec(m.message);
    const leak = LEAKS.exec(m.message);
    if (jsError) out.push(problem('js-error-in-message', at, { key: `${jsError[0]} in ${m.message.slice(0, 40)}` }));
    else if (leak && !inputText().includes(leak[0])) out.push(problem('template-leak', `${leak[0]} in ${at}`, { key: `${leak[0]} in ${head}` }));
    const wholeFile = m.fatal === true && m.pointer === '' && WHOLE_FILE.test(m.message);
    const validNumbers = [m.line, m.column].every((n) => Number.isInteger(n) && n >= 1) && (m.endLine === undefined || (Number.isInteger(m.endLine) && Number.isInteger(m.endColumn)));
    if (!validNumbers) {
      out.push(problem('unlocated', `no line/column: ${at}`));
    } else if (sheet) {
      if (m.cellRef === undefined) {
        if (!wholeFile) out.push(problem('unlocated', `no cellRef: ${at}`, { key: `no cellRef: ${head}` }));
      } else if (!CELL_REF.test(m.cellRef)) out.push(problem('bad-location', `cellRef ${JSON.stringify(m.cellRef)}: ${at}`, { key: `bad cellRef: ${head}` }));
    } else {
      const sentinel = m.line === 1 && m.column === 1 && (m.endLine ?? 1) === 1 && (m.endColumn ?? 1) === 1;
      if (sentinel && !wholeFile) out.push(problem('unlocated', `at 1:1 (the start-of-file placeholder): ${at}`, { key: `at 1:1: ${head}` }));
      lines ??= lineLengths(c.bytes);
      const inBounds = (line, column) => lines.some((ls) => line <= ls.length && column <= (ls[line - 1] ?? 0) + 2);
      if (!inBounds(m.line, m.column) || (m.endLine !== undefined && !inBounds(m.endLine, m.endColumn))) {
        out.push(problem('bad-location', `outside the file (${lines[0].length} lines): ${at}`, { key: `outside the file: ${head}` }));
      } else if (m.endLine !== undefined && (m.endLine < m.line || (m.endLine === m.line && m.endColumn < m.column))) {
        out.push(problem('bad-location', `range ends before it starts (${m.endLine}:${m.endColumn}): ${at}`, { key: `range ends before it starts: ${head}` }));
      }
    }
    for (const r of m.related ?? []) {
      if (!(Number.isInteger(r.line) && r.line >= 1 && Number.isInteger(r.column) && r.column >= 1)) out.push(problem('unlocated', `related location without line/column: ${at}`));
    }
    if (CLAIMS_EMPTY.test(m.message)) {
      const hasContent = c.ext === '.xlsx' || c.ext === '.xlsm' ? c.bytes.length > 0 && !looksLikeWorkbookZip(c.bytes) : hasTextContent(c.bytes);
      if (hasContent) out.push(problem('misleading-empty', `${c.bytes.length} bytes${c.ext.startsWith('.xls') ? ', not a readable workbook' : ''}: ${at}`, { key: `${c.ext} ${head}` }));
    }
  }
  // JSON must be UTF-8 (RFC 8259). UTF-16 must be named as an encoding problem; bytes that are not
  // UTF-8 must not be linted as if they were text (silently U+FFFD) nor be quoted back as '�'.
  if (c.ext === '.json' && c.bytes.length) {
    const named = result.messages.some((m) => m.fatal && ENCODING_WORDS.test(m.message));
    const first = result.messages[0];
    const said = first ? `${first.line}:${first.column} ${first.message.slice(0, 120)}` : 'no message at all';
    if (looksUtf16(c.bytes)) {
      if (!named) out.push(problem('encoding-not-named', `UTF-16 JSON; ${where} said: ${said}`, { key: `UTF-16 JSON reported as ${first ? (first.ruleId ?? 'syntax') + ' error' : 'nothing'}` }));
    } else if (!named && !isUtf8(c.bytes)) {
      const quoted = result.messages.find((m) => m.message.includes('\ufffd'));
      if (!result.messages.some((m) => m.fatal)) {
        out.push(problem('encoding-not-named', `invalid UTF-8 JSON linted as if it were text (bytes became U+FFFD); ${where} said: ${said}`, { key: 'invalid UTF-8 JSON linted as if the text were fine' }));
      } else if (!result.messages.some((m) => m.fatal && m.ruleId === null)) {
        // the garbled text parsed: schema messages about it are unrelated to what is wrong
        out.push(problem('encoding-not-named', `invalid UTF-8 JSON given schema messages only; ${where} said: ${said}`, { key: 'invalid UTF-8 JSON reported as schema errors' }));
      } else if (quoted && !c.bytes.includes(REPLACEMENT_BYTES)) {
        const at = `${quoted.line}:${quoted.column} ${quoted.message.slice(0, 120)}`;
        out.push(problem('encoding-not-named', `invalid UTF-8 JSON; ${where} quotes U+FFFD: ${at}`, { key: `invalid UTF-8 JSON: ${quoted.ruleId ?? 'syntax'} message quotes U+FFFD` }));
      }
    }
  }
  return out;
}

/** All checks on one in-process outcome. */
export function checkOutcome(c, outcome, { slowMs = 5000 } = {}) {
  const out = [];
  if (outcome.error) {
    out.push(problem('uncaught-exception', `lintFiles threw ${outcome.error.name}: ${outcome.error.message}`, { stack: outcome.error.stack, key: `lintFiles ${outcome.error.name}: ${outcome.error.message.slice(0, 50)}` }));
  } else {
    if (outcome.results.length !== 1) out.push(problem('malformed-result', `lintFiles returned ${outcome.results.length} results for one file`));
    for (const r of outcome.results) out.push(...checkMessages(c, r, 'api'));
  }
  if (outcome.api?.error) {
    out.push(
      problem('uncaught-exception', `lintDocuments({text}) threw ${outcome.api.error.name}: ${outcome.api.error.message}`, {
        stack: outcome.api.error.stack,
        key: `lintDocuments ${outcome.api.error.name}: ${outcome.api.error.message.slice(0, 30)}`,
      }),
    );
  } else if (outcome.api && outcome.results) {
    const key = (r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`).join('\n');
    if (key(outcome.api.results[0]) !== key(outcome.results[0])) out.push(problem('api-mismatch', 'lintDocuments({text}) and lintFiles disagree on the same JSON text'));
  }
  if (outcome.ms > slowMs) out.push(problem('slow-case', `${c.family} took ${Math.round(outcome.ms)} ms (limit ${slowMs} ms), ${c.bytes.length} bytes`, { key: c.family }));
  return out;
}

function firstDifference(a, b) {
  let pa;
  let pb;
  try {
    pa = JSON.parse(a);
    pb = JSON.parse(b);
  } catch {
    return 'outputs differ (not both JSON)';
  }
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    if (!x || !y) return `result ${i} only in ${x ? 'off' : '2'}`;
    for (let j = 0; j < Math.max(x.messages.length, y.messages.length); j++) {
      const mx = JSON.stringify(x.messages[j]);
      const my = JSON.stringify(y.messages[j]);
      if (mx !== my) return `${basename(x.filePath)} message ${j}: off=${(mx ?? 'none').slice(0, 200)} | 2=${(my ?? 'none').slice(0, 200)}`;
    }
    return `${basename(x.filePath)}: result fields differ`;
  }
  return 'outputs differ in formatting only';
}

/** Checks on a CLI pair: crash exit codes, stack traces, off ≠ 2, and every message check on the CLI's own JSON. */
export function checkCliPair(cases, pair) {
  const out = [];
  for (const [name, run] of [
    ['off', pair.off],
    ['2', pair.two],
    ['off >/dev/full', pair.full],
  ]) {
    if (!run) continue;
    const where = `cli --concurrency ${name}`;
    if (run.killed || run.signal) out.push(problem('cli-timeout-or-signal', `${where}: ${run.signal ?? 'killed'} after ${Math.round(run.ms)} ms`, { key: run.signal ?? 'killed' }));
    else if (![0, 1, 2].includes(run.code)) out.push(problem('cli-crash-exit', `${where}: exit code ${run.code}; stderr: ${run.stderr.slice(0, 300)}`, { key: `exit ${run.code} ${run.stderr.split('\n')[0]}` }));
    if (STACK_LINE.test(run.stderr)) out.push(problem('cli-stack-trace', `${where}: ${run.stderr.split('\n').slice(0, 3).join(' / ')}`, { key: `${name}: ${(run.stderr.split('\n').find((l) => /^[\w.]*Error\b/.test(l)) ?? run.stderr.split('\n').find((l) => l.trim()) ?? '').slice(0, 60)}` }));
    if (INTERNAL.test(run.stderr)) out.push(problem('internal-error', `${where} stderr: ${run.stderr.trim().slice(0, 300)}`, { key: `stderr ${run.stderr.trim().slice(0, 50)}` }));
  }
  if (pair.off.code !== pair.two.code) out.push(problem('concurrency-mismatch', `exit code off=${pair.off.code} 2=${pair.two.code}; stderr 2: ${pair.two.stderr.slice(0, 200)}`, { key: 'exit codes differ' }));
  else if (pair.off.stdout !== pair.two.stdout) {
    const diff = firstDifference(pair.off.stdout, pair.two.stdout);
    out.push(problem('concurrency-mismatch', diff, { key: diff.replace(/^case-\d+\.\w+ /, '').slice(0, 40) }));
  }
  let results;
  try {
    results = pair.off.stdout.trim() ? JSON.parse(pair.off.stdout) : undefined;
  } catch {
    out.push(problem('cli-bad-output', `--format json printed what is not JSON: ${pair.off.stdout.slice(0, 120)}`));
  }
  if (results) {
    const byName = new Map(cases.map((c) => [caseFileName(c), c]));
    for (const r of results) {
      const c = byName.get(basename(r.filePath));
      if (c) out.push(...checkMessages(c, r, `cli(${pair.locale})`).map((p) => ({ ...p, index: c.index })));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// reproducers

/** Saves the input(s) of a problem with a README saying what was seen and how to run it again. */
export function saveReproducer(dir, p, cases, { cli = false, locale = 'en' } = {}) {
  mkdirSync(dir, { recursive: true });
  for (const c of cases) writeFileSync(join(dir, caseFileName(c)), c.bytes);
  const files = cases.map(caseFileName);
  const lines = [
    `class:     ${p.cls}`,
    `signature: ${p.signature}`,
    `detail:    ${p.detail}`,
    ...(p.stack ? ['stack:', p.stack] : []),
    '',
    ...cases.map((c) => `case ${c.index} (seed ${c.seed}): ${c.family} from ${c.base}; ${c.bytes.length} bytes; ops: ${c.ops.join(', ')}`),
    '',
    'run again (PERFLINT_BIN=dist/src/cli/bin.js of a perflint checkout):',
    cli ? cliCommand(files, 'off', locale) : cliCommand(files, 'off'),
    ...(cli ? [cliCommand(files, '2', locale), cliCommand(files, 'off', locale, ' >/dev/full')] : []),
  ];
  writeFileSync(join(dir, 'README.txt'), lines.join('\n') + '\n');
}
