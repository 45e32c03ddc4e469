import { describe, expect, it } from 'vitest';
import { parseJsonText } from '../../src/document/json-text.js';
import { JsonLocator } from '../../src/document/json-locator.js';

describe('parseJsonText', () => {
  it('parses clean JSON on the fast path', () => {
    const r = parseJsonText('{"a": [1, {"b": "x:y"}], "c": "\\"quoted: colon\\""}');
    expect(r).toEqual({ ok: true, value: { a: [1, { b: 'x:y' }], c: '"quoted: colon"' } });
  });

  it('accepts a UTF-8 BOM, as ESLint does', () => {
    expect(parseJsonText('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('locates trailing garbage', () => {
    const r = parseJsonText('{\n  "a": 1\n} x');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.range).toMatchObject({ line: 3, column: 3 });
  });

  it('locates a missing comma', () => {
    const r = parseJsonText('{\n  "a": 1\n  "b": 2\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.range.line).toBe(3);
  });

  it('finds a duplicate key that JSON.parse would silently drop', () => {
    const r = parseJsonText('{\n  "projects": [\n    { "name": "甲", "name": "乙" }\n  ]\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.range).toMatchObject({ line: 3, column: 20 });
      expect(r.problem.message['zh-CN']).toContain('“name”重复');
    }
  });

  it('does not mistake equal keys in different objects for duplicates', () => {
    expect(parseJsonText('[{"a":1},{"a":2}]').ok).toBe(true);
  });

  it('tells colons inside strings from keys', () => {
    expect(parseJsonText('{"time": "8:30", "url": "http://x"}')).toEqual({ ok: true, value: { time: '8:30', url: 'http://x' } });
    const r = parseJsonText('{"time": "8:30", "a": 1, "a": 2}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.message['zh-CN']).toContain('“a”重复');
  });

  it('reports nesting past the limit where it starts, even inside a key JSON.parse would drop', () => {
    const deep = `${'['.repeat(101)}${']'.repeat(101)}`;
    for (const text of [deep, `{"a": ${deep}, "a": 1}`]) {
      const r = parseJsonText(text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.problem.message.en).toContain('nested more than 100 levels');
    }
    expect(parseJsonText(`${'['.repeat(100)}${']'.repeat(100)}`).ok).toBe(true);
  });
});

describe('JsonLocator', () => {
  const text = '{\n  "projects": [\n    {\n      "name": "出国人员经费",\n      "indicators": []\n    }\n  ]\n}';
  const locator = new JsonLocator(text);

  it('maps a pointer to the 1-based range of its value', () => {
    expect(locator.locate('/projects/0/name')).toEqual({ line: 4, column: 15, endLine: 4, endColumn: 23 });
  });

  it('maps a pointer to the key when asked', () => {
    expect(locator.locate('/projects/0/name', 'key')).toMatchObject({ line: 4, column: 7 });
  });

  it('falls back to the closest existing ancestor', () => {
    expect(locator.locate('/projects/0/funding/total')).toMatchObject({ line: 3, column: 5 });
    expect(locator.locate('/projects/7')).toMatchObject({ line: 2, column: 15 });
  });

  it('finds escaped keys, numeric keys of objects and several pointers in one scan', () => {
    const nested = new JsonLocator('{"a/b": {"0": "x", "~": [10, 20, 30]}, "list": [[1], [2, 3]]}');
    nested.prepare(['/a~1b/0', '/a~1b/~0/2', '/list/1/1', '/list/01']);
    expect(nested.locate('/a~1b/0')).toMatchObject({ line: 1, column: 15, endColumn: 18 });
    expect(nested.locate('/a~1b/~0/2')).toMatchObject({ column: 34, endColumn: 36 });
    expect(nested.locate('/list/1/1')).toMatchObject({ column: 58, endColumn: 59 });
    // "01" is no array index: the closest existing ancestor, the list
    expect(nested.locate('/list/01')).toMatchObject({ column: 48 });
  });

  it('resolves a pointer no key can be written as to its closest real ancestor', () => {
    const odd = new JsonLocator('{"a~2b": 1, "bc": {"x": 2}}');
    expect(odd.locate('/a~2b')).toMatchObject({ line: 1, column: 1 }); // "a~2b" is written /a~02b
    expect(odd.offsets('/a~02b')).toEqual([9, 10]);
    expect(odd.locate('bc')).toMatchObject({ line: 1, column: 1 }); // no leading slash: the document
    expect(odd.locate('/bc/x/y')).toMatchObject({ line: 1, column: 25, endColumn: 26 });
  });

  it('gives character offsets only for existing pointers', () => {
    expect(locator.offsets('/projects/0/name')).toEqual([text.indexOf('"出国'), text.indexOf('"出国') + 8]);
    expect(locator.offsets('/nope')).toBeUndefined();
  });
});
