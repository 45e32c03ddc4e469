/**
 * Validates a parsed document against schemas/submission.schema.json (compiled once per
 * validator) and turns each violation into a located, clerk-readable problem.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
// imported, not read from disk, so the document layer runs anywhere (a bundler inlines it)
import submissionSchema from '../../schemas/submission.schema.json' with { type: 'json' };
import { createAjv } from '../ajv.js';
import type { LocalizedText } from '../i18n.js';
import { closest } from '../text-distance.js';
import { childPointer } from './pointer.js';
import { FORMAT_TAG } from './model.js';

export interface SchemaProblem {
  pointer: string;
  target: 'key' | 'value';
  message: LocalizedText;
}

export type SubmissionValidator = (value: unknown) => SchemaProblem[];

export function loadSubmissionSchema(): Record<string, unknown> {
  return submissionSchema as Record<string, unknown>;
}

export function createSubmissionValidator(): SubmissionValidator {
  // our own schema, checked against the JSON Schema meta-schema by a test rather than on every
  // start (compiling the meta-schema took about half of ajv's start-up)
  const validate: ValidateFunction = createAjv({ verbose: true, validateSchema: false }).compile(loadSubmissionSchema());
  return (value) => {
    if (!isFormatTagged(value)) return [formatProblem(value)];
    if (validate(value)) return [];
    return dedupe((validate.errors ?? []).map(describe));
  };
}

/**
 * Whether a JSON value means to be a submission (it names a perflint format or lists projects),
 * however broken. Found by walking a folder, anything else is some other tool's file and is skipped;
 * a file named on the command line is always validated.
 */
export function looksLikeSubmission(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { format, projects } = value as { format?: unknown; projects?: unknown };
  return (typeof format === 'string' && format.startsWith('perflint/')) || projects !== undefined;
}

function isFormatTagged(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && (value as { format?: unknown }).format === FORMAT_TAG;
}

/** Anything that is not a perflint/v1 document gets one clear error instead of dozens. */
function formatProblem(value: unknown): SchemaProblem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      pointer: '',
      target: 'value',
      message: {
        'zh-CN': '文件内容应为一个 perflint/v1 申报对象（{ "format": "perflint/v1", … }）',
        en: 'the file should hold one perflint/v1 submission object ({ "format": "perflint/v1", … })',
      },
    };
  }
  const format = (value as { format?: unknown }).format;
  if (format === undefined) {
    return {
      pointer: '',
      target: 'value',
      message: { 'zh-CN': '缺少 "format": "perflint/v1"，无法识别文件格式', en: 'missing "format": "perflint/v1": the file format is unknown' },
    };
  }
  return {
    pointer: '/format',
    target: 'value',
    message: {
      'zh-CN': `不支持的格式 ${JSON.stringify(format)}；perflint 只读取 "perflint/v1"（表格请用 perflint import 转换）`,
      en: `unsupported format ${JSON.stringify(format)}: perflint reads "perflint/v1" (convert spreadsheets with perflint import)`,
    },
  };
}

const TYPE_NAMES: Record<string, LocalizedText> = {
  string: { 'zh-CN': '文本', en: 'a string' },
  number: { 'zh-CN': '数字', en: 'a number' },
  integer: { 'zh-CN': '整数', en: 'an integer' },
  boolean: { 'zh-CN': 'true/false', en: 'true or false' },
  object: { 'zh-CN': '对象 {…}', en: 'an object {…}' },
  array: { 'zh-CN': '数组 […]', en: 'an array […]' },
  null: { 'zh-CN': 'null', en: 'null' },
};

function typeList(types: string | string[], locale: keyof LocalizedText): string {
  return ([] as string[]).concat(types).map((t) => TYPE_NAMES[t]?.[locale] ?? t).join(locale === 'en' ? ' or ' : '或');
}

function actualType(data: unknown): LocalizedText {
  if (data === null) return TYPE_NAMES.null!;
  if (Array.isArray(data)) return TYPE_NAMES.array!;
  return TYPE_NAMES[typeof data] ?? { 'zh-CN': typeof data, en: typeof data };
}

function describe(error: ErrorObject): SchemaProblem {
  const at = error.instancePath;
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return {
        pointer: at,
        target: 'value',
        message: { 'zh-CN': `缺少必填字段“${String(p.missingProperty)}”`, en: `missing required field "${String(p.missingProperty)}"` },
      };
    case 'additionalProperties': {
      const name = String(p.additionalProperty);
      const known = Object.keys(((error.parentSchema ?? {}) as { properties?: object }).properties ?? {});
      const hint = closest(name, known);
      return {
        pointer: childPointer(at, name),
        target: 'key',
        message: {
          'zh-CN': `未知字段“${name}”${hint ? `（是否应为“${hint}”？）` : ''}；允许的字段：${known.join('、')}`,
          en: `unknown field "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}; allowed: ${known.join(', ')}`,
        },
      };
    }
    case 'type': {
      const actual = actualType(error.data);
      return {
        pointer: at,
        target: 'value',
        message: {
          'zh-CN': `应为${typeList(p.type as string | string[], 'zh-CN')}，实际是${actual['zh-CN']}`,
          en: `should be ${typeList(p.type as string | string[], 'en')}, found ${actual.en}`,
        },
      };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      return {
        pointer: at,
        target: 'value',
        message: { 'zh-CN': `取值应为 ${allowed.join('、')} 之一`, en: `should be one of ${allowed.join(', ')}` },
      };
    }
    case 'minimum':
    case 'maximum':
      // a number literal beyond a double's range reads as ±Infinity: the schema's bounds catch it
      if (typeof error.data === 'number' && !Number.isFinite(error.data)) {
        return { pointer: at, target: 'value', message: { 'zh-CN': '数值过大，超出可表示的范围（文件可能已损坏）', en: 'the number is too large to represent (the file may be damaged)' } };
      }
      return {
        pointer: at,
        target: 'value',
        message: {
          'zh-CN': `取值应${error.keyword === 'minimum' ? '不小于' : '不大于'} ${String(p.limit)}`,
          en: `should be ${error.keyword === 'minimum' ? '≥' : '≤'} ${String(p.limit)}`,
        },
      };
    case 'minLength':
      return { pointer: at, target: 'value', message: { 'zh-CN': '不能为空', en: 'must not be empty' } };
    default:
      return { pointer: at, target: 'value', message: { 'zh-CN': `不符合 schema：${error.message ?? error.keyword}`, en: error.message ?? error.keyword } };
  }
}

/** `type` errors on a union (number|string|null) arrive once per branch; keep one per place. */
function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.pointer}\u0000${p.target}\u0000${p.message.en}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
