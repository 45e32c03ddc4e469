/** perflint:all and perflint:recommended, derived from the rules themselves; without node, so the clerk's page has them too. */
import { builtinRules } from '../../rules/index.js';
import { recommendedSeverity, type AnyRule } from '../engine/rule.js';
import type { ConfigFile } from './types.js';

/** Every rule at error (to try new rules; not meant as a submission gate). */
export function allPreset(rules: Readonly<Record<string, AnyRule>> = builtinRules): ConfigFile {
  return { rules: Object.fromEntries(Object.keys(rules).map((id) => [id, 'error'])) };
}

/** The national legacy framework: each rule at the severity its meta recommends. */
export function recommendedPreset(rules: Readonly<Record<string, AnyRule>> = builtinRules): ConfigFile {
  const entries = Object.entries(rules).flatMap(([id, rule]) => {
    const severity = recommendedSeverity(rule.meta.docs);
    return severity ? [[id, severity] as const] : [];
  });
  return { rules: Object.fromEntries(entries) };
}
