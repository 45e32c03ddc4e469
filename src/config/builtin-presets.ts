/**
 * The built-in presets. perflint:all and perflint:recommended are derived from the rules
 * themselves (every rule at error; the rules whose `meta.docs.recommended` names a severity), so
 * a new rule needs no preset edit. The province presets are YAML data in ./presets/.
 */
import { builtinRules } from '../../rules/index.js';
import { recommendedSeverity, type AnyRule } from '../engine/rule.js';
import { packagePath } from '../package-root.js';
import type { ConfigFile } from './types.js';

export const BUILTIN_PRESETS = ['recommended', 'all', 'central-2022', 'zhejiang', 'hebei'] as const;
export type BuiltinPreset = (typeof BUILTIN_PRESETS)[number];

export function isBuiltinPreset(name: string): name is BuiltinPreset {
  return (BUILTIN_PRESETS as readonly string[]).includes(name);
}

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

/** A derived preset as a config object, or the path of a preset's YAML file. */
export function builtinPreset(name: BuiltinPreset): { config: ConfigFile } | { file: string } {
  if (name === 'all') return { config: allPreset() };
  if (name === 'recommended') return { config: recommendedPreset() };
  return { file: packagePath('src', 'config', 'presets', `${name}.yaml`) };
}
