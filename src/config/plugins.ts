/**
 * Plugins: an npm package (`perflint-plugin-x`, `@scope/perflint-plugin[-x]`) or a path, exporting
 * `{ meta: { name, version }, rules, configs }`. Rules are addressed `x/rule-id`, configs `plugin:x/name`.
 */
import { createRequire } from 'node:module';
import { dirname, resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyRule } from '../engine/rule.js';
import { ConfigError } from './errors.js';
import { isPlainObject } from './registry.js';

export interface LoadedPlugin {
  namespace: string;
  name: string;
  version?: string;
  dir: string;
  rules: Record<string, AnyRule>;
  configs: Record<string, unknown>;
}

const PREFIX = 'perflint-plugin';

export function namespaceOf(packageName: string): string {
  const scoped = /^(@[^/]+)\/perflint-plugin(?:-(.+))?$/.exec(packageName);
  if (scoped) return scoped[2] ? `${scoped[1]}/${scoped[2]}` : scoped[1]!;
  return packageName.startsWith(`${PREFIX}-`) ? packageName.slice(PREFIX.length + 1) : packageName;
}

function isPath(spec: string): boolean {
  return spec.startsWith('.') || spec.startsWith('/') || /^[A-Za-z]:[\\/]/.test(spec);
}

function candidates(spec: string): string[] {
  if (isPath(spec) || spec.startsWith(PREFIX) || /^@[^/]+\/perflint-plugin/.test(spec)) return [spec];
  if (spec.startsWith('@')) {
    const [scope, rest] = spec.split('/');
    return rest ? [`${scope}/${PREFIX}-${rest}`] : [`${scope}/${PREFIX}`];
  }
  return [`${PREFIX}-${spec}`, spec];
}

export async function loadPlugin(spec: string, baseDir: string, origin: string): Promise<LoadedPlugin> {
  const require = createRequire(resolvePath(baseDir, 'noop.js'));
  let file: string | undefined;
  let packageName = spec;
  for (const candidate of candidates(spec)) {
    try {
      file = require.resolve(isPath(candidate) ? resolvePath(baseDir, candidate) : candidate);
      packageName = candidate;
      break;
    } catch {
      // try the next spelling
    }
  }
  if (!file) {
    throw new ConfigError(
      { 'zh-CN': `找不到插件“${spec}”（已尝试 ${candidates(spec).join('、')}）`, en: `cannot find plugin "${spec}" (tried ${candidates(spec).join(', ')})` },
      origin,
      'plugins',
    );
  }
  let exported: unknown;
  try {
    const mod = (await import(pathToFileURL(file).href)) as { default?: unknown };
    exported = mod.default ?? mod;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new ConfigError({ 'zh-CN': `加载插件“${spec}”失败：${detail}`, en: `loading plugin "${spec}" failed: ${detail}` }, origin, 'plugins');
  }
  const plugin = exported as { meta?: { name?: unknown; version?: unknown }; rules?: unknown; configs?: unknown };
  if (!isPlainObject(plugin) || !isPlainObject(plugin.meta) || typeof plugin.meta.name !== 'string' || !isPlainObject(plugin.rules ?? {})) {
    throw new ConfigError(
      { 'zh-CN': `插件“${spec}”的导出不符合要求：应为 { meta: { name, version }, rules, configs }`, en: `plugin "${spec}" must export { meta: { name, version }, rules, configs }` },
      origin,
      'plugins',
    );
  }
  for (const [id, rule] of Object.entries((plugin.rules ?? {}) as Record<string, unknown>)) {
    const r = rule as { meta?: unknown; create?: unknown; collect?: unknown };
    if (!isPlainObject(r) || !isPlainObject(r.meta) || (typeof r.create !== 'function' && typeof r.collect !== 'function')) {
      throw new ConfigError({ 'zh-CN': `插件“${spec}”的规则“${id}”缺少 meta 或 create`, en: `plugin "${spec}" rule "${id}" lacks meta or create` }, origin, 'plugins');
    }
  }
  return {
    namespace: namespaceOf(isPath(spec) ? plugin.meta.name : packageName),
    name: plugin.meta.name,
    version: typeof plugin.meta.version === 'string' ? plugin.meta.version : undefined,
    dir: dirname(file),
    rules: (plugin.rules ?? {}) as Record<string, AnyRule>,
    configs: (plugin.configs ?? {}) as Record<string, unknown>,
  };
}
