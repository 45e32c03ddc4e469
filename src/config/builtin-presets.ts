/**
 * The built-in presets. perflint:all and perflint:recommended are derived from the rules
 * themselves (every rule at error; the rules whose `meta.docs.recommended` names a severity), so
 * a new rule needs no preset edit. The province presets are YAML data in ./presets/.
 */
import { packagePath } from '../package-root.js';
import { allPreset, recommendedPreset } from './derived-presets.js';
import type { ConfigFile } from './types.js';

export { allPreset, recommendedPreset } from './derived-presets.js';

export const BUILTIN_PRESETS = ['recommended', 'all', 'central-2022', 'zhejiang', 'hebei', 'hubei', 'anhui', 'guangxi'] as const;
export type BuiltinPreset = (typeof BUILTIN_PRESETS)[number];

export function isBuiltinPreset(name: string): name is BuiltinPreset {
  return (BUILTIN_PRESETS as readonly string[]).includes(name);
}

/** A derived preset as a config object, or the path of a preset's YAML file. */
export function builtinPreset(name: BuiltinPreset): { config: ConfigFile } | { file: string } {
  if (name === 'all') return { config: allPreset() };
  if (name === 'recommended') return { config: recommendedPreset() };
  return { file: packagePath('src', 'config', 'presets', `${name}.yaml`) };
}
