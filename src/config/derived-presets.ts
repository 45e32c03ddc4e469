/** perflint:all and perflint:recommended, derived from the rules themselves; without node, so the clerk's page has them too. */
import { builtinRules } from '../../rules/index.js';
import { recommendedSetting, type AnyRule } from '../engine/rule.js';
import type { ConfigFile, RuleEntry } from './types.js';

/** Every rule at error (to try new rules; not meant as a submission gate). */
export function allPreset(rules: Readonly<Record<string, AnyRule>> = builtinRules): ConfigFile {
  return { rules: Object.fromEntries(Object.keys(rules).map((id) => [id, 'error'])) };
}

/** The national legacy framework: each rule at the setting (severity, and options where given) its meta recommends. */
export function recommendedPreset(rules: Readonly<Record<string, AnyRule>> = builtinRules): ConfigFile {
  const entries = Object.entries(rules).flatMap(([id, rule]) => {
    const setting = recommendedSetting(rule.meta.docs);
    if (!setting) return [];
    // (a copy: a resolved config is the user's to merge into, the rule's meta is not)
    return [[id, typeof setting === 'string' ? setting : ([setting[0], { ...setting[1] }] as RuleEntry)] as const];
  });
  return { rules: Object.fromEntries(entries) };
}
