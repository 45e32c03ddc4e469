/**
 * Finds and resolves the user's configuration (cosmiconfig, module name `perflint`), and picks
 * the rules that apply to each document.
 */
import { dirname, relative, resolve as resolvePath } from 'node:path';
import { cosmiconfig } from 'cosmiconfig';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import type { Submission } from '../document/model.js';
import type { PreparedConfig } from '../engine/run-document.js';
import { ConfigError } from './errors.js';
import { mergeLayers, prepareLayer, regionMatches, type Layer } from './layers.js';
import type { RuleRegistry} from './registry.js';
import { mergeDeep } from './registry.js';
import {
  createResolveState,
  loadConfigModule,
  normalizeRules,
  resolveConfig,
  type ResolvedConfigSet,
  type OverrideCondition,
} from './resolve.js';
import type { ConfigFile, RuleEntry, Settings } from './types.js';

export const DEFAULT_CONFIG = { extends: 'perflint:recommended' };

export interface LoadConfigOptions {
  cwd: string;
  /** `--config FILE`: use this file and skip the search */
  configFile?: string;
  /** `--rule` entries, applied after everything else */
  cliRules?: Record<string, RuleEntry>;
  /** a config object given in code: used instead of any file */
  inline?: ConfigFile;
}

const SEARCH_PLACES = [
  'package.json',
  '.perflintrc',
  '.perflintrc.json',
  '.perflintrc.yaml',
  '.perflintrc.yml',
  '.perflintrc.js',
  '.perflintrc.cjs',
  '.perflintrc.mjs',
  'perflint.config.js',
  'perflint.config.mjs',
  'perflint.config.cjs',
];

export async function loadConfig(options: LoadConfigOptions, registry: RuleRegistry): Promise<ConfigSelector> {
  const state = createResolveState(registry);
  let set: ResolvedConfigSet;
  if (options.inline) {
    set = await resolveConfig(options.inline, '<inline config>', options.cwd, state);
  } else if (options.configFile) {
    const file = resolvePath(options.cwd, options.configFile);
    set = await resolveConfig(await loadConfigModule(file), file, dirname(file), state);
    set.filePath = file;
  } else {
    const found = await searchConfig(options.cwd);
    if (found) {
      set = await resolveConfig(found.config ?? {}, found.filepath, dirname(found.filepath), state);
      set.filePath = found.filepath;
    } else {
      set = await resolveConfig(DEFAULT_CONFIG, '<default: perflint:recommended>', options.cwd, state);
    }
  }
  const cliLayer: Layer = { rules: normalizeRules(options.cliRules, '--rule', 'rules', registry), settings: {} };
  return new ConfigSelector(set, registry, cliLayer, options.cwd);
}

function loadYaml(file: string, content: string): unknown {
  try {
    return parseYaml(content) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError({ 'zh-CN': `YAML 格式错误：${detail}`, en: `invalid YAML: ${detail}` }, file);
  }
}

async function searchConfig(cwd: string): Promise<{ config: unknown; filepath: string } | null> {
  const explorer = cosmiconfig('perflint', {
    searchPlaces: SEARCH_PLACES,
    searchStrategy: 'project',
    // our own YAML reading, so a syntax error names the line and column; `.perflintrc` is YAML too
    loaders: { noExt: loadYaml, '.yaml': loadYaml, '.yml': loadYaml },
  });
  try {
    return await explorer.search(cwd);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    const e = error as { filepath?: string; message?: string };
    const detail = (e.message ?? String(error)).split('\n')[0] ?? '';
    throw new ConfigError({ 'zh-CN': `配置文件无法读取：${detail}`, en: `the config file cannot be read: ${detail}` }, e.filepath);
  }
}

/** Chooses and prepares the rules for each document; prepared sets are cached by which overrides matched. */
export class ConfigSelector {
  readonly #cache = new Map<string, PreparedConfig>();
  readonly #matchers: Array<Array<((path: string) => boolean) | undefined>>;

  constructor(
    readonly set: ResolvedConfigSet,
    readonly registry: RuleRegistry,
    readonly cliLayer: Layer,
    readonly cwd: string,
  ) {
    this.#matchers = set.overrides.map((o) => o.conditions.map((c) => (c.files ? picomatch(c.files, { dot: true }) : undefined)));
  }

  /** false when no layer turns any rule on: a config without `extends` checks nothing */
  enablesAnyRule(): boolean {
    const layers = [this.set.base, ...this.set.overrides.map((o) => o.layer), this.cliLayer];
    return layers.some((layer) => Object.values(layer.rules).some((r) => r.severity > 0));
  }

  /** which overrides apply to this file and document (the document may be absent: unreadable file) */
  matchingOverrides(filePath: string, document?: Pick<Submission, 'region' | 'year'>): number[] {
    const out: number[] = [];
    this.set.overrides.forEach((o, i) => {
      if (o.conditions.every((c, j) => this.#matches(c, this.#matchers[i]![j], filePath, document))) out.push(i);
    });
    return out;
  }

  #matches(o: OverrideCondition, matcher: ((p: string) => boolean) | undefined, filePath: string, document?: Pick<Submission, 'region' | 'year'>): boolean {
    if (matcher) {
      const rel = relative(o.baseDir, resolvePath(this.cwd, filePath)).split('\\').join('/');
      if (!matcher(rel)) return false;
    }
    if (o.region) {
      if (!document) return false;
      if (!regionMatches(o.region, document)) return false;
    }
    return true;
  }

  layerFor(filePath: string, document?: Pick<Submission, 'region' | 'year'>): { key: string; layer: Layer } {
    const indices = this.matchingOverrides(filePath, document);
    let layer = this.set.base;
    for (const i of indices) layer = mergeLayers(layer, this.set.overrides[i]!.layer);
    layer = mergeLayers(layer, this.cliLayer);
    return { key: indices.join(','), layer };
  }

  prepare(filePath: string, document?: Pick<Submission, 'region' | 'year'>): PreparedConfig {
    const { key, layer } = this.layerFor(filePath, document);
    let prepared = this.#cache.get(key);
    if (!prepared) {
      prepared = prepareLayer(layer, this.registry);
      this.#cache.set(key, prepared);
    }
    return prepared;
  }

  /** the resolved config for one file, as `--print-config` shows it */
  describe(filePath: string, document?: Pick<Submission, 'region' | 'year'>): { rules: Record<string, unknown>; settings: Settings; locale?: string } {
    const { layer } = this.layerFor(filePath, document);
    const names = ['off', 'warn', 'error'];
    const rules = Object.fromEntries(
      Object.entries(layer.rules)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, s]) => {
          const options = mergeDeep(this.registry.get(id)?.meta.defaultOptions ?? {}, s.options ?? {});
          return [id, s.severity === 0 ? 'off' : [names[s.severity], options]];
        }),
    );
    return { rules, settings: layer.settings, ...(this.set.locale ? { locale: this.set.locale } : {}) };
  }
}
