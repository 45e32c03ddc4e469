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

export function parseJsonText(text: string): JsonTextResult {
  if (text.charCodeAt(0) === BOM) {
    return failure(
      {
        'zh-CN': '文件以 UTF-8 BOM 开头，不是合法的 JSON；请另存为“UTF-8（无 BOM）”',
        en: 'the file starts with a UTF-8 byte-order mark, which JSON does not allow; save it as UTF-8 without BOM',
      },
      1,
      1,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, problem: locateSyntaxError(text) };
  }
  // JSON.parse keeps the last of two equal keys silently; a clerk's second entry would vanish.
  if (countKeyColons(text) !== countObjectKeys(value)) {
    const duplicate = findDuplicateKey(text);
    if (duplicate) return { ok: false, problem: duplicate };
  }
  return { ok: true, value };
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

/** Every `:` outside a string separates a key from its value, so this counts keys in the text. */
function countKeyColons(text: string): number {
  let count = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 58) count++;
  }
  return count;
}

function countObjectKeys(value: unknown): number {
  if (Array.isArray(value)) {
    let n = 0;
    for (const v of value) if (v !== null && typeof v === 'object') n += countObjectKeys(v);
    return n;
  }
  if (value === null || typeof value !== 'object') return 0;
  let n = 0;
  for (const key in value) {
    n++;
    const v = (value as Record<string, unknown>)[key];
    if (v !== null && typeof v === 'object') n += countObjectKeys(v);
  }
  return n;
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
