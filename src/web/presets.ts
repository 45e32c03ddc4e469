/**
 * The rules the clerk's page applies: a built-in preset, or the one the table's own region calls
 * for (as `overrides: [{ region: { province: 河北省 }, extends: perflint:hebei }, …]` does in a
 * config file). The province presets are the package's YAML, bundled as text.
 */
import { parse as parseYaml } from 'yaml';
import { recommendedPreset } from '../config/derived-presets.js';
import { mergeLayers, prepareLayer, regionMatches, SEVERITY_LEVELS, type Layer } from '../config/layers.js';
import type { ConfigFile, NormalizedRuleSetting, RegionMatch, RuleEntry } from '../config/types.js';
import type { Submission } from '../document/model.js';
import type { RuleSelector } from '../engine/lint-file.js';
import type { RuleLookup } from '../engine/rule.js';
import type { PreparedConfig } from '../engine/run-document.js';

export const PROVINCE_PRESETS = ['central-2022', 'zhejiang', 'hebei', 'hubei', 'anhui', 'guangxi'] as const;
export type ProvincePreset = (typeof PROVINCE_PRESETS)[number];
export type PresetName = 'recommended' | ProvincePreset;
/** 'auto': by the table's region */
export type PresetChoice = 'auto' | PresetName;
export type PresetTexts = Readonly<Record<ProvincePreset, string>>;

/** which province's tables each province preset is for (central-2022 is for central departments: chosen by hand) */
const REGION_PRESETS: ReadonlyArray<{ region: RegionMatch; preset: PresetName }> = [
  { region: { province: '河北省' }, preset: 'hebei' },
  { region: { province: '浙江省' }, preset: 'zhejiang' },
  { region: { province: '湖北省' }, preset: 'hubei' },
  { region: { province: '安徽省' }, preset: 'anhui' },
  { region: { province: '广西壮族自治区' }, preset: 'guangxi' },
];

export function presetFor(choice: PresetChoice, document: Pick<Submission, 'region' | 'year'> | undefined): PresetName {
  if (choice !== 'auto') return choice;
  return (document && REGION_PRESETS.find((r) => regionMatches(r.region, document))?.preset) ?? 'recommended';
}

interface PresetLayers {
  base: Layer;
  overrides: Array<{ region: RegionMatch; layer: Layer }>;
}

/** a built-in preset's entry (checked by the config loader's tests, so trusted here) */
function ruleSetting(entry: RuleEntry): NormalizedRuleSetting {
  const [severity, options] = Array.isArray(entry) ? entry : [entry, undefined];
  return { severity: SEVERITY_LEVELS[String(severity)] ?? 0, ...(options === undefined ? {} : { options }) };
}

function layerOf(config: Pick<ConfigFile, 'rules' | 'settings'>): Layer {
  return { rules: Object.fromEntries(Object.entries(config.rules ?? {}).map(([id, entry]) => [id, ruleSetting(entry)])), settings: config.settings ?? {} };
}

/** a province preset extends perflint:recommended and may override by year (perflint:zhejiang) */
function presetLayers(name: PresetName, texts: PresetTexts): PresetLayers {
  const recommended = layerOf(recommendedPreset());
  if (name === 'recommended') return { base: recommended, overrides: [] };
  const file = parseYaml(texts[name]) as ConfigFile;
  return {
    base: mergeLayers(recommended, layerOf(file)),
    overrides: (file.overrides ?? []).map((o) => ({ region: o.region ?? {}, layer: layerOf(o) })),
  };
}

export class PresetSelector implements RuleSelector {
  readonly #layers = new Map<PresetName, PresetLayers>();
  readonly #prepared = new Map<string, PreparedConfig>();

  constructor(
    readonly choice: PresetChoice,
    readonly texts: PresetTexts,
    readonly rules: RuleLookup,
  ) {}

  prepare(_filePath: string, document: Submission): PreparedConfig {
    const name = presetFor(this.choice, document);
    let preset = this.#layers.get(name);
    if (!preset) this.#layers.set(name, (preset = presetLayers(name, this.texts)));
    const matching = preset.overrides.filter((o) => regionMatches(o.region, document));
    const key = `${name}:${matching.map((o) => preset.overrides.indexOf(o)).join(',')}`;
    let prepared = this.#prepared.get(key);
    if (!prepared) this.#prepared.set(key, (prepared = prepareLayer(matching.reduce((layer, o) => mergeLayers(layer, o.layer), preset.base), this.rules)));
    return prepared;
  }
}
