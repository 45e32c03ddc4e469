/**
 * Turns a config file (and everything it extends) into layers, stylelint style: later wins,
 * a rule's entry is replaced whole, settings merge key by key. Overrides apply per document,
 * selected by file glob and/or the document's own region and year.
 */
import { readFileSync, statSync } from 'node:fs';
import picomatch from 'picomatch';
import { buildConfigSchema } from './config-schema.js';
import { createRequire } from 'node:module';
import { dirname, extname, isAbsolute, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { ValidateFunction } from 'ajv';
import { createAjv } from '../ajv.js';
import { isLocale, type Locale } from '../i18n.js';
import { BUILTIN_PRESETS, builtinPreset, isBuiltinPreset } from './builtin-presets.js';
import { ConfigError } from './errors.js';
import type { RuleRegistry} from './registry.js';
import { isPlainObject, mergeDeep } from './registry.js';
import type { ConfigFile, ImportSettings, NormalizedRuleSetting, RegionMatch, RuleEntry } from './types.js';
import { loadPlugin, type LoadedPlugin } from './plugins.js';
import { emptyLayer, mergeLayers, SEVERITY_LEVELS, type Layer } from './layers.js';

export interface OverrideCondition {
  files?: string[];
  region?: RegionMatch;
  /** directory the `files` globs are relative to */
  baseDir: string;
}

/** An override applies when all its conditions hold (an override inside an extended override adds one). */
export interface ResolvedOverride {
  conditions: OverrideCondition[];
  layer: Layer;
}

export interface ResolvedConfigSet {
  /** the file the user's config came from, if any */
  filePath?: string;
  base: Layer;
  overrides: ResolvedOverride[];
  ignores: string[];
  locale?: Locale;
  extensions?: string[];
  import?: ImportSettings;
  plugins: LoadedPlugin[];
}

const PRESET_PREFIX = 'perflint:';
export { BUILTIN_PRESETS } from './builtin-presets.js';

interface ResolveState {
  registry: RuleRegistry;
  plugins: Map<string, LoadedPlugin>;
  validateShape: ValidateFunction;
  /** extends chain, to catch cycles */
  chain: string[];
}

export function createResolveState(registry: RuleRegistry): ResolveState {
  // the shape only: rule ids and options are checked against the live registry (plugins included),
  // which can name the option at fault and the closest rule id
  // (our own schema: checked against the meta-schema by a test, not on every start)
  return { registry, plugins: new Map(), validateShape: createAjv({ validateSchema: false }).compile(buildConfigSchema([])), chain: [] };
}

/** Resolve one config object that came from `origin` (a file path, a preset name, …). */
export async function resolveConfig(config: unknown, origin: string, baseDir: string, state: ResolveState): Promise<ResolvedConfigSet> {
  checkShape(config, origin, state.validateShape);
  const file = config as ConfigFile;
  for (const spec of file.plugins ?? []) {
    if (!state.plugins.has(spec)) {
      const plugin = await loadPlugin(spec, baseDir, origin);
      state.plugins.set(spec, plugin);
      for (const [id, rule] of Object.entries(plugin.rules)) state.registry.add(`${plugin.namespace}/${id}`, rule);
    }
  }

  let out: ResolvedConfigSet = { base: emptyLayer(), overrides: [], ignores: [], plugins: [] };
  for (const target of toList(file.extends)) out = combine(out, await resolveExtends(target, origin, baseDir, state));

  const own: Layer = { rules: normalizeRules(file.rules, origin, 'rules', state.registry), settings: file.settings ?? {} };
  out.base = mergeLayers(out.base, own);
  for (const [i, o] of (file.overrides ?? []).entries()) {
    const condition: OverrideCondition = { files: o.files === undefined ? undefined : checkGlobs(toList(o.files), origin, `overrides[${i}].files`), region: o.region, baseDir };
    for (const target of toList(o.extends)) {
      const extended = await resolveExtends(target, origin, baseDir, state);
      out.overrides.push({ conditions: [condition], layer: extended.base });
      for (const nested of extended.overrides) out.overrides.push({ conditions: [condition, ...nested.conditions], layer: nested.layer });
      out.ignores.push(...extended.ignores);
    }
    const own = { rules: normalizeRules(o.rules, origin, `overrides[${i}].rules`, state.registry), settings: o.settings ?? {} };
    out.overrides.push({ conditions: [condition], layer: own });
  }
  out.ignores.push(...(file.ignores ?? []));
  if (file.locale) out.locale = file.locale;
  if (file.extensions) out.extensions = file.extensions;
  if (file.import) out.import = { ...out.import, ...file.import };
  out.plugins = [...state.plugins.values()];
  return out;
}

function combine(a: ResolvedConfigSet, b: ResolvedConfigSet): ResolvedConfigSet {
  return {
    base: mergeLayers(a.base, b.base),
    overrides: [...a.overrides, ...b.overrides],
    ignores: [...a.ignores, ...b.ignores],
    locale: b.locale ?? a.locale,
    extensions: b.extensions ?? a.extensions,
    import: a.import || b.import ? { ...a.import, ...b.import } : undefined,
    plugins: b.plugins.length ? b.plugins : a.plugins,
  };
}

async function resolveExtends(target: string, origin: string, baseDir: string, state: ResolveState): Promise<ResolvedConfigSet> {
  const key = target.startsWith('.') || isAbsolute(target) ? resolvePath(baseDir, target) : target;
  if (state.chain.includes(key)) {
    throw new ConfigError({ 'zh-CN': `extends 循环引用：${[...state.chain, key].join(' → ')}`, en: `extends cycle: ${[...state.chain, key].join(' → ')}` }, origin, 'extends');
  }
  state.chain.push(key);
  try {
    if (target.startsWith(PRESET_PREFIX)) {
      const name = target.slice(PRESET_PREFIX.length);
      if (!isBuiltinPreset(name)) {
        throw new ConfigError(
          {
            'zh-CN': `未知的内置预设“${target}”；可用：${BUILTIN_PRESETS.map((p) => PRESET_PREFIX + p).join('、')}`,
            en: `unknown built-in preset "${target}"; available: ${BUILTIN_PRESETS.map((p) => PRESET_PREFIX + p).join(', ')}`,
          },
          origin,
          'extends',
        );
      }
      const preset = builtinPreset(name);
      if ('config' in preset) return await resolveConfig(preset.config, target, baseDir, state);
      return await resolveConfig(readConfigFile(preset.file), target, dirname(preset.file), state);
    }
    if (target.startsWith('plugin:')) {
      const [ns, name] = target.slice('plugin:'.length).split(/\/(?=[^/]+$)/);
      const plugin = [...state.plugins.values()].find((p) => p.namespace === ns);
      const config = plugin && name ? plugin.configs[name] : undefined;
      if (!plugin || !config) {
        throw new ConfigError(
          {
            'zh-CN': `找不到插件配置“${target}”${plugin ? '' : '（该插件未在 plugins 中声明）'}`,
            en: `cannot find plugin config "${target}"${plugin ? '' : ' (the plugin is not listed in plugins)'}`,
          },
          origin,
          'extends',
        );
      }
      return await resolveConfig(config, target, plugin.dir, state);
    }
    const file = resolveConfigPath(target, baseDir, origin);
    return await resolveConfig(await loadConfigModule(file), file, dirname(file), state);
  } finally {
    state.chain.pop();
  }
}

function resolveConfigPath(target: string, baseDir: string, origin: string): string {
  if (target.startsWith('.') || isAbsolute(target)) return resolvePath(baseDir, target);
  try {
    return createRequire(resolvePath(baseDir, 'noop.js')).resolve(target);
  } catch {
    throw new ConfigError({ 'zh-CN': `找不到要继承的配置“${target}”`, en: `cannot find the config to extend "${target}"` }, origin, 'extends');
  }
}

/** a config is a few kilobytes; anything far larger (or endless, like /dev/zero) is not one */
const MAX_CONFIG_BYTES = 1024 * 1024;

/** Configs are read only from regular files of sane size: never a device, FIFO or folder. */
function checkConfigFile(file: string): void {
  let info;
  try {
    info = statSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError({ 'zh-CN': `无法读取配置文件（${code}）`, en: `cannot read the config file (${code})` }, file);
  }
  if (!info.isFile()) throw new ConfigError({ 'zh-CN': '配置文件应为普通文件（不是文件夹、设备或管道）', en: 'a config must be a regular file (not a folder, device or pipe)' }, file);
  if (info.size > MAX_CONFIG_BYTES) throw new ConfigError({ 'zh-CN': `配置文件超过 1 MiB，不像是配置文件`, en: 'the config file is over 1 MiB, which no config is' }, file);
}

export function readConfigFile(file: string): unknown {
  checkConfigFile(file);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new ConfigError({ 'zh-CN': `无法读取配置文件（${code}）`, en: `cannot read the config file (${code})` }, file);
  }
  try {
    return extname(file) === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError({ 'zh-CN': `${extname(file) === '.json' ? 'JSON' : 'YAML'} 格式错误：${detail}`, en: `invalid ${extname(file) === '.json' ? 'JSON' : 'YAML'}: ${detail}` }, file);
  }
}

export async function loadConfigModule(file: string): Promise<unknown> {
  if (!/\.(c|m)?js$/.test(file)) return readConfigFile(file);
  checkConfigFile(file);
  try {
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    return mod.default ?? mod;
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new ConfigError({ 'zh-CN': `执行配置文件时出错：${detail}`, en: `the config file failed when run: ${detail}` }, file);
  }
}

function checkShape(config: unknown, origin: string, validate: ValidateFunction): void {
  if (validate(config)) return;
  const error = validate.errors?.[0];
  const where = error?.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : '';
  const extra = error?.keyword === 'additionalProperties' ? String((error.params as { additionalProperty: string }).additionalProperty) : '';
  const key = [where, extra].filter(Boolean).join('.');
  const zh = error?.keyword === 'additionalProperties' ? '未知的配置项' : `配置项取值不合法（${error?.message ?? ''}）`;
  const en = error?.keyword === 'additionalProperties' ? 'unknown config key' : `invalid value (${error?.message ?? ''})`;
  throw new ConfigError({ 'zh-CN': zh, en }, origin, key || undefined);
}

export function normalizeRules(
  rules: Record<string, RuleEntry> | undefined,
  origin: string,
  keyPrefix: string,
  registry: RuleRegistry,
): Record<string, NormalizedRuleSetting> {
  const out: Record<string, NormalizedRuleSetting> = {};
  for (const [id, entry] of Object.entries(rules ?? {})) {
    const key = `${keyPrefix}.${id}`;
    if (!registry.has(id)) {
      const hint = registry.suggest(id);
      throw new ConfigError(
        {
          'zh-CN': `未知规则“${id}”${hint ? `（是否想写“${hint}”？）` : ''}；用 perflint --list-rules 查看全部规则`,
          en: `unknown rule "${id}"${hint ? ` (did you mean "${hint}"?)` : ''}; perflint --list-rules lists them`,
        },
        origin,
        key,
      );
    }
    out[id] = normalizeEntry(id, entry, origin, key, registry);
  }
  return out;
}

export function normalizeEntry(id: string, entry: RuleEntry, origin: string, key: string, registry: RuleRegistry): NormalizedRuleSetting {
  const [rawSeverity, options] = Array.isArray(entry) ? entry : [entry, undefined];
  const severity = SEVERITY_LEVELS[String(rawSeverity)];
  if (severity === undefined) {
    throw new ConfigError(
      { 'zh-CN': `严重级别“${String(rawSeverity)}”无效；应为 off/warn/error 或 0/1/2`, en: `invalid severity "${String(rawSeverity)}"; use off/warn/error or 0/1/2` },
      origin,
      key,
    );
  }
  if (options !== undefined) {
    if (!isPlainObject(options)) {
      throw new ConfigError({ 'zh-CN': '规则选项应为对象', en: 'rule options must be an object' }, origin, key);
    }
    const infinite = nonFiniteNumberAt(options);
    if (infinite !== undefined) {
      throw new ConfigError({ 'zh-CN': '数值过大（超出可表示的范围）', en: 'the number is too large to represent' }, origin, `${key}.${infinite}`);
    }
    const check = registry.checkOptions(id, mergeDeep(registry.get(id)!.meta.defaultOptions, options));
    if (!check.ok) {
      throw new ConfigError(
        {
          'zh-CN': `规则“${id}”的选项无效：${check.errors.map((e) => e['zh-CN']).join('；')}`,
          en: `invalid options for rule "${id}": ${check.errors.map((e) => e.en).join('; ')}`,
        },
        origin,
        key,
      );
    }
  }
  return options === undefined ? { severity } : { severity, options };
}

/** picomatch turns a pattern it cannot read into one that matches nothing: say so instead */
function checkGlobs(globs: string[], origin: string, key: string): string[] {
  for (const glob of globs) {
    if (picomatch.makeRe(glob).source !== '$^') continue;
    throw new ConfigError({ 'zh-CN': `文件模式“${glob}”写法有误，不会匹配任何文件`, en: `the file pattern "${glob}" is malformed and would match no file` }, origin, key);
  }
  return globs;
}

/** the dotted path of the first ±Infinity or NaN in an options value (YAML reads 1e309 as Infinity) */
function nonFiniteNumberAt(value: unknown, path = ''): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : path;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [k, v] of Object.entries(value)) {
    const found = nonFiniteNumberAt(v, path ? `${path}.${k}` : k);
    if (found !== undefined) return found;
  }
  return undefined;
}

function toList<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

export function checkLocale(value: string, origin: string): Locale {
  if (isLocale(value)) return value;
  throw new ConfigError({ 'zh-CN': `不支持的语言“${value}”；可用 zh-CN、en`, en: `unsupported locale "${value}"; use zh-CN or en` }, origin, 'locale');
}
