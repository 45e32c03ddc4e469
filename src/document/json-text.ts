/**
 * Reading JSON text. The clean path is `JSON.parse` plus one linear scan; the position-aware
 * parser (momoa) runs only when something is wrong or when a diagnostic needs a location.
 */
import { parse as parseWithPositions } from '@humanwhocodes/momoa';
import type { LocalizedText } from '../i18n.js';
import type { SourceRange } from './source-range.js';

export interface JsonSyntaxProblem {
  message: LocalizedText;
  range: SourceRange;
}

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problem: JsonSyntaxProblem };

const BOM = 0xfeff;

/** A perflint/v1 document is six levels deep; far deeper text is damaged, and would exhaust the stack of tools behind the parser. */
export const MAX_NESTING = 100;

export function parseJsonText(text: string): JsonTextResult {
  // a UTF-8 byte-order mark is accepted, as ESLint does; positions are counted after it
  const body = text.charCodeAt(0) === BOM ? text.slice(1) : text;
  // The clean path scans the text with nothing but JSON.parse and a native count of colons; the
  // character scan runs only when that cannot settle it, and then decides as it always did.
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return problemOf(body, scanShape(body)) ?? { ok: false, problem: locateSyntaxError(body) };
  }
  const { keys, depth } = measureValue(value);
  // Every key has a colon, and the text has no other colons outside strings: as many colons in
  // the whole text as keys in the value means no key was dropped, without looking closer.
  if (depth <= MAX_NESTING && countColons(body) === keys) return { ok: true, value };
  const shape = scanShape(body);
  const problem = problemOf(body, shape);
  if (problem) return problem;
  // JSON.parse keeps the last of two equal keys silently; a clerk's second entry would vanish.
  if (shape.keyColons !== keys) {
    const duplicate = findDuplicateKey(body);
    if (duplicate) return { ok: false, problem: duplicate };
  }
  return { ok: true, value };
}

/** Too deep, or (for text JSON.parse refused) a raw control character in a string. */
function problemOf(body: string, shape: TextShape): { ok: false; problem: JsonSyntaxProblem } | undefined {
  if (shape.tooDeepAt !== undefined) {
    const { line, column } = positionOf(body, shape.tooDeepAt);
    return failure(
      {
        'zh-CN': `JSON 嵌套超过 ${MAX_NESTING} 层；绩效目标文档只有几层，这个文件可能已损坏`,
        en: `the JSON is nested more than ${MAX_NESTING} levels deep; a perflint/v1 document has a handful, so the file is likely damaged`,
      },
      line,
      column,
    );
  }
  if (shape.controlCharAt !== undefined) return controlCharacterProblem(body, shape.controlCharAt);
  return undefined;
}

function countColons(text: string): number {
  let n = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) n++;
  return n;
}

function failure(message: LocalizedText, line: number, column: number): { ok: false; problem: JsonSyntaxProblem } {
  return { ok: false, problem: { message, range: { line, column, endLine: line, endColumn: column } } };
}

function locateSyntaxError(text: string): JsonSyntaxProblem {
  try {
    parseWithPositions(text, { mode: 'json' });
  } catch (error) {
    const e = error as { message?: string; line?: number; column?: number };
    const line = e.line ?? 1;
    const column = e.column ?? 1;
    const detail = String(e.message ?? '').replace(/\s*\(\d+:\d+\)\s*$/, '');
    return {
      message: { 'zh-CN': `JSON 语法错误：${translateMomoa(detail)}`, en: `JSON syntax error: ${detail}` },
      range: { line, column, endLine: line, endColumn: column + 1 },
    };
  }
  // JSON.parse refused what momoa accepts: report it at the start rather than invent a place.
  return { message: { 'zh-CN': 'JSON 语法错误', en: 'JSON syntax error' }, range: { line: 1, column: 1, endLine: 1, endColumn: 1 } };
}

const TOKEN_NAMES: Record<string, string> = {
  Comma: '逗号“,”（多余的逗号？）',
  Colon: '冒号“:”',
  LBrace: '“{”',
  RBrace: '“}”（前面多了逗号？）',
  LBracket: '“[”',
  RBracket: '“]”（前面多了逗号？）',
  String: '字符串（缺少逗号？）',
  Number: '数字（缺少逗号？）',
  Boolean: 'true/false（缺少逗号？）',
  Null: 'null（缺少逗号？）',
};

function translateMomoa(detail: string): string {
  const unexpected = /^Unexpected character '(.*)' found\.?$/s.exec(detail);
  if (unexpected) return `此处不应出现字符“${unexpected[1]}”`;
  if (/Unexpected end of input/i.test(detail)) return '文件意外结束（缺少右括号或引号？）';
  const token = /^Unexpected token (\S+)/.exec(detail);
  if (token) return `此处不应出现${TOKEN_NAMES[token[1]!] ?? token[1]}`;
  return detail;
}

interface TextShape {
  /** every `:` outside a string separates a key from its value, so this counts keys in the text */
  keyColons: number;
  /** where the nesting first went past MAX_NESTING */
  tooDeepAt?: number;
  /** the first raw control character (a pasted line break or tab) inside a string */
  controlCharAt?: number;
}

/** One linear pass over the text, before it is parsed. */
function scanShape(text: string): TextShape {
  const shape: TextShape = { keyColons: 0 };
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
      else if (c < 0x20 && shape.controlCharAt === undefined) shape.controlCharAt = i;
    } else if (c === 34) inString = true;
    else if (c === 58) shape.keyColons++;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_NESTING) {
        shape.tooDeepAt = i;
        return shape;
      }
    } else if (c === 125 || c === 93) depth--;
  }
  return shape;
}

const CONTROL_NAMES: Record<number, { zh: string; en: string; escape: string }> = {
  10: { zh: '换行', en: 'line break', escape: '\\n' },
  13: { zh: '回车', en: 'carriage return', escape: '\\r' },
  9: { zh: '制表符', en: 'tab', escape: '\\t' },
};

function controlCharacterProblem(text: string, offset: number): { ok: false; problem: JsonSyntaxProblem } {
  const code = text.charCodeAt(offset);
  const named = CONTROL_NAMES[code];
  const hex = `\\u${code.toString(16).padStart(4, '0')}`;
  const { line, column } = positionOf(text, offset);
  return failure(
    named
      ? {
          'zh-CN': `字符串中直接出现了${named.zh}；JSON 字符串里的${named.zh}须写成 ${named.escape}`,
          en: `a raw ${named.en} inside a string; JSON needs it written as ${named.escape}`,
        }
      : { 'zh-CN': `字符串中有控制字符；须写成 ${hex}`, en: `a control character inside a string; write it as ${hex}` },
    line,
    column,
  );
}

/** 1-based line and column (UTF-16 code units, as everywhere) of an offset */
function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The keys of every object in a parsed value, and its deepest nesting; iterative, as the value may be deep. */
function measureValue(root: unknown): { keys: number; depth: number } {
  let keys = 0;
  let depth = 0;
  const stack: unknown[] = [root];
  const depths: number[] = [1];
  while (stack.length) {
    const value = stack.pop();
    const level = depths.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (level > depth) depth = level;
    if (Array.isArray(value)) {
      for (const v of value) {
        if (v !== null && typeof v === 'object') {
          stack.push(v);
          depths.push(level + 1);
        }
      }
      continue;
    }
    for (const key in value) {
      keys++;
      const v = (value as Record<string, unknown>)[key];
      if (v !== null && typeof v === 'object') {
        stack.push(v);
        depths.push(level + 1);
      }
    }
  }
  return { keys, depth };
}

type MomoaNode = { type: string; loc: { start: { line: number; column: number }; end: { line: number; column: number } } } & Record<string, unknown>;

function findDuplicateKey(text: string): JsonSyntaxProblem | undefined {
  const stack: MomoaNode[] = [parseWithPositions(text, { mode: 'json' }).body as unknown as MomoaNode];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'Object') {
      const seen = new Set<string>();
      for (const member of node.members as Array<{ name: MomoaNode & { value: string }; value: MomoaNode }>) {
        if (seen.has(member.name.value)) {
          const { start, end } = member.name.loc;
          return {
            message: {
              'zh-CN': `键“${member.name.value}”重复出现；JSON 只保留最后一个，前面的内容会丢失`,
              en: `duplicate key "${member.name.value}": JSON keeps only the last one, the earlier value would be lost`,
            },
            range: { line: start.line, column: start.column, endLine: end.line, endColumn: end.column },
          };
        }
        seen.add(member.name.value);
        stack.push(member.value);
      }
    } else if (node.type === 'Array') {
      for (const element of node.elements as Array<{ value: MomoaNode }>) stack.push(element.value);
    }
  }
  return undefined;
}
