/**
 * The 计算符号 the national budget-integration system accepts (its dictionary PMKPIZBXS: ≥ ＞ ＝ ＜
 * ≤ 定性), the spellings clerks type for them (ASCII, full-width, words), and the look-alike
 * characters that read as a sign but are not one (≧, ═, 二 for ＝). Data plus two lookups.
 */

/** The system's six signs, as it prints them. */
export const CANONICAL_OPERATORS = ['≥', '＞', '＝', '＜', '≤', '定性'] as const;
export type CanonicalOperator = (typeof CANONICAL_OPERATORS)[number];

/** Other spellings of a canonical sign the system maps on import (ASCII and full-width forms). */
export const OPERATOR_VARIANTS: Readonly<Record<string, CanonicalOperator>> = Object.freeze({
  '>=': '≥',
  '＞＝': '≥',
  '>': '＞',
  '=': '＝',
  '==': '＝',
  '<': '＜',
  '<=': '≤',
  '＜＝': '≤',
  '大于等于': '≥',
  '大于或等于': '≥',
  '大于': '＞',
  '等于': '＝',
  '小于': '＜',
  '小于等于': '≤',
  '小于或等于': '≤',
});

/** Characters that look like a sign but are not in the system's dictionary (≧ ≦ from IMEs, ═ from box drawing). */
export const OPERATOR_LOOK_ALIKES: Readonly<Record<string, CanonicalOperator>> = Object.freeze({
  '≧': '≥',
  '⩾': '≥',
  '≦': '≤',
  '⩽': '≤',
  '═': '＝',
  '〓': '＝',
  '≒': '＝',
});

export type OperatorForm =
  | { kind: 'canonical'; canonical: CanonicalOperator }
  | { kind: 'variant'; canonical: CanonicalOperator }
  | { kind: 'look-alike'; canonical: CanonicalOperator }
  | { kind: 'extension' }
  | { kind: 'unknown' };

/**
 * What a 计算符号 cell is: one of the six signs, another spelling of one, a look-alike, one of the
 * preset's extensions (定量（其他）, 不适用), or unknown. Spacing is ignored; brackets are compared
 * half-width so 定量(其他) and 定量（其他） are one extension.
 */
export function classifyOperator(text: string, extensions: readonly string[] = []): OperatorForm {
  const t = text.replace(/[\s\u3000]+/g, '');
  if ((CANONICAL_OPERATORS as readonly string[]).includes(t)) return { kind: 'canonical', canonical: t as CanonicalOperator };
  const bracketFold = (s: string) => s.replace(/（/g, '(').replace(/）/g, ')');
  if (extensions.some((e) => bracketFold(e.replace(/\s+/g, '')) === bracketFold(t))) return { kind: 'extension' };
  const variant = OPERATOR_VARIANTS[t] ?? OPERATOR_VARIANTS[t.normalize('NFKC')];
  if (variant) return { kind: 'variant', canonical: variant };
  const lookAlike = OPERATOR_LOOK_ALIKES[t];
  if (lookAlike) return { kind: 'look-alike', canonical: lookAlike };
  return { kind: 'unknown' };
}

/** A look-alike sign leading a 指标值 cell ("≧90%", "═100%"), or undefined. */
export function leadingLookAlike(value: string): { char: string; canonical: CanonicalOperator } | undefined {
  const first = value.trim().charAt(0);
  const canonical = OPERATOR_LOOK_ALIKES[first];
  return canonical ? { char: first, canonical } : undefined;
}

/** A 指标值 that opens with a sign, in any spelling ("≥较好", "不低于良好"). */
export const LEADING_SIGN = /^(?:[≥≤＞＜＝><=≧≦═]|大于|小于|等于|不低于|不少于|不小于|不超过|不高于|不大于|不多于)/;
