/**
 * The rules known to a run: built-in ones plus those of loaded plugins (addressed `ns/rule`).
 * Option validators are compiled once per rule.
 */
import type { ValidateFunction } from 'ajv';
import { createAjv, type AjvInstance } from '../ajv.js';
import type { AnyRule } from '../engine/rule.js';
import { closest } from '../text-distance.js';
import type { LocalizedText } from '../i18n.js';

export interface OptionsCheck {
  ok: boolean;
  errors: LocalizedText[];
}

export class RuleRegistry {
  readonly #rules = new Map<string, AnyRule>();
  readonly #validators = new Map<string, ValidateFunction | null>();
  readonly #ajv: AjvInstance = createAjv({ verbose: true });

  constructor(rules: Record<string, AnyRule> = {}) {
    for (const [id, rule] of Object.entries(rules)) this.add(id, rule);
  }

  add(id: string, rule: AnyRule): void {
    this.#rules.set(id, rule);
  }

  get(id: string): AnyRule | undefined {
    return this.#rules.get(id);
  }

  has(id: string): boolean {
    return this.#rules.has(id);
  }

  ids(): string[] {
    return [...this.#rules.keys()];
  }

  entries(): Array<[string, AnyRule]> {
    return [...this.#rules.entries()];
  }

  suggest(id: string): string | undefined {
    return closest(id, this.#rules.keys());
  }

  checkOptions(id: string, options: unknown): OptionsCheck {
    let validate = this.#validators.get(id);
    if (validate === undefined) {
      const schema = this.#rules.get(id)?.meta.schema;
      validate = schema ? this.#ajv.compile(schema) : null;
      this.#validators.set(id, validate);
    }
    return this.#run(validate, options);
  }

  #run(validate: ValidateFunction | null, options: unknown): OptionsCheck {
    if (validate === null) {
      const empty = options === undefined || (typeof options === 'object' && options !== null && Object.keys(options).length === 0);
      return empty ? { ok: true, errors: [] } : { ok: false, errors: [{ 'zh-CN': '此规则没有选项', en: 'this rule takes no options' }] };
    }
    if (validate(options ?? {})) return { ok: true, errors: [] };
    return {
      ok: false,
      errors: (validate.errors ?? []).map((e): LocalizedText => {
        const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : '';
        if (e.keyword === 'additionalProperties') {
          const name = String((e.params as { additionalProperty: string }).additionalProperty);
          const known = Object.keys(((e.parentSchema ?? {}) as { properties?: object }).properties ?? {});
          const hint = closest(name, known);
          return {
            'zh-CN': `未知选项“${name}”${hint ? `（是否应为“${hint}”？）` : ''}；可用选项：${known.join('、') || '无'}`,
            en: `unknown option "${name}"${hint ? ` (did you mean "${hint}"?)` : ''}; options: ${known.join(', ') || 'none'}`,
          };
        }
        return { 'zh-CN': `选项 ${where || '(整体)'} 取值不合法：${e.message ?? e.keyword}`, en: `option ${where || '(whole)'}: ${e.message ?? e.keyword}` };
      }),
    };
  }
}

/** Deep merge for options and settings: objects merge key by key, arrays and scalars are replaced. */
export function mergeDeep<T>(base: T, over: unknown): T {
  if (!isPlainObject(base) || !isPlainObject(over)) return (over === undefined ? base : over) as T;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = mergeDeep(out[k], v);
  return out as T;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
