/**
 * Rule layers and how a document picks them: pure data and functions, without node, so the clerk's
 * page (src/web) selects rules exactly as a config file does.
 */
import type { Submission } from '../document/model.js';
import { createAnalysis } from '../engine/analysis.js';
import type { PreparedConfig, PreparedRule } from '../engine/run-document.js';
import type { RuleLookup } from '../engine/rule.js';
import { mergeDeep } from './registry.js';
import type { NormalizedRuleSetting, RegionMatch, Settings } from './types.js';

/** off/warn/error or 0/1/2, as a rule entry spells its severity */
export const SEVERITY_LEVELS: Readonly<Record<string, 0 | 1 | 2>> = { off: 0, warn: 1, error: 2, '0': 0, '1': 1, '2': 2 };

export interface Layer {
  rules: Record<string, NormalizedRuleSetting>;
  settings: Settings;
}

export function emptyLayer(): Layer {
  return { rules: {}, settings: {} };
}

export function mergeLayers(a: Layer, b: Layer): Layer {
  return { rules: { ...a.rules, ...b.rules }, settings: mergeDeep(a.settings, b.settings) };
}

export function prepareLayer(layer: Layer, registry: RuleLookup): PreparedConfig {
  const rules: PreparedRule[] = [];
  for (const [id, setting] of Object.entries(layer.rules)) {
    if (setting.severity === 0) continue;
    const rule = registry.get(id)!;
    rules.push({ id, rule, severity: setting.severity, options: mergeDeep(rule.meta.defaultOptions, setting.options ?? {}) });
  }
  return { rules, settings: layer.settings, analysis: createAnalysis(layer.settings) };
}

function oneOf(expected: string | string[] | undefined, actual: string | undefined): boolean {
  if (expected === undefined) return true;
  if (actual === undefined) return false;
  return ([] as string[]).concat(expected).some((e) => e.trim() === actual.trim());
}

export function regionMatches(match: RegionMatch, document: Pick<Submission, 'region' | 'year'>): boolean {
  const region = document.region ?? { province: '' };
  if (!oneOf(match.province, region.province) || !oneOf(match.city, region.city) || !oneOf(match.county, region.county)) return false;
  const year = match.year;
  if (year === undefined) return true;
  // a document whose year is unknown matches no year condition (its import warning says so)
  const actual = document.year;
  if (actual === undefined) return false;
  if (typeof year === 'number') return actual === year;
  if (Array.isArray(year)) return year.includes(actual);
  return (year.min === undefined || actual >= year.min) && (year.max === undefined || actual <= year.max);
}

