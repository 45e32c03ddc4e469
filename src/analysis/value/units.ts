/** Units: the built-in table plus settings.units, matched at a position of the folded text. */
import { compact } from './text.js';
import type { UnitClass, UnitEntry, UnitSpec } from './types.js';
import { DEFAULT_UNITS, DEFAULT_UNIT_MAX_LENGTH, SCALE_FIRST_CHARS, SCALE_PREFIXES, UNIT_FIRST_CHARS, u } from './words.js';

// ---------------------------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------------------------

export interface UnitLookup {
  readonly extra: Readonly<Record<string, UnitSpec>> | undefined;
  readonly maxLength: number;
}

export const UNIT_CLASSES: ReadonlySet<string> = new Set<UnitClass>([
  'percent',
  'permille',
  'people',
  'person-times',
  'count',
  'times',
  'days',
  'hours',
  'months',
  'years',
  'money',
  'area',
  'mass',
  'length',
  'volume',
  'livestock',
  'documents',
  'date',
  'rate-money',
  'other',
]);

export function isUnitClass(x: unknown): x is UnitClass {
  return typeof x === 'string' && UNIT_CLASSES.has(x);
}

/** Config data is untrusted: a bad class or scale must not reach the reading. */
export function unitFromSpec(key: string, spec: UnitSpec | undefined): UnitEntry | undefined {
  if (spec === null || typeof spec !== 'object') return undefined;
  const cls = isUnitClass(spec.class) ? spec.class : 'other';
  const canonical = typeof spec.canonical === 'string' && spec.canonical !== '' ? spec.canonical : key;
  const scale = typeof spec.scale === 'number' && Number.isFinite(spec.scale) && spec.scale > 0 ? spec.scale : undefined;
  return u(cls, canonical, scale);
}

export const DEFAULT_LOOKUP: UnitLookup = Object.freeze({ extra: undefined, maxLength: DEFAULT_UNIT_MAX_LENGTH });

export function unitLookup(extra: Readonly<Record<string, UnitSpec>> | undefined): UnitLookup {
  if (extra === null || typeof extra !== 'object') return DEFAULT_LOOKUP;
  const keys = Object.keys(extra);
  if (keys.length === 0) return DEFAULT_LOOKUP;
  let maxLength = DEFAULT_UNIT_MAX_LENGTH;
  for (const key of keys) maxLength = Math.max(maxLength, key.length);
  return { extra, maxLength };
}

export function lookupUnit(key: string, units: UnitLookup): UnitEntry | undefined {
  if (units.extra !== undefined && Object.hasOwn(units.extra, key)) {
    const entry = unitFromSpec(key, units.extra[key]);
    if (entry !== undefined) return entry;
  }
  return DEFAULT_UNITS.get(key);
}

export interface UnitMatch {
  readonly entry: UnitEntry;
  readonly end: number;
}

/** Longest table spelling starting at pos. */
export function matchTableUnit(t: string, pos: number, units: UnitLookup): UnitMatch | undefined {
  if (units.extra === undefined && !UNIT_FIRST_CHARS.has(t.charAt(pos))) return undefined;
  const longest = Math.min(units.maxLength, t.length - pos);
  for (let len = longest; len >= 1; len--) {
    const entry = lookupUnit(t.slice(pos, pos + len), units);
    if (entry !== undefined) return { entry, end: pos + len };
  }
  return undefined;
}

/** 万人次, 万吨, 亿元…: a scale word in front of a base unit. */
export function matchScaledUnit(t: string, pos: number, units: UnitLookup): UnitMatch | undefined {
  if (!SCALE_FIRST_CHARS.has(t.charAt(pos))) return undefined;
  for (const [prefix, scale] of SCALE_PREFIXES) {
    if (!t.startsWith(prefix, pos)) continue;
    const base = matchTableUnit(t, pos + prefix.length, units);
    if (base === undefined || base.entry.class === 'other' || base.entry.class === 'percent') return undefined;
    if (base.entry.class === 'permille' || base.entry.class === 'date') return undefined;
    const entry = u(base.entry.class, prefix + base.entry.canonical, scale * (base.entry.scale ?? 1));
    return { entry, end: base.end };
  }
  return undefined;
}

/** 元/人/天, 元每吨, 万元/个: money per something. */
export function extendMoneyRate(t: string, money: UnitMatch, units: UnitLookup): UnitMatch {
  let end = money.end;
  let canonical = money.entry.canonical;
  let links = 0;
  for (;;) {
    const sep = t.charAt(end);
    const isSeparator = sep === '/' || sep === '每' || (links > 0 && (sep === '·' || sep === '.' || sep === '*'));
    if (!isSeparator) break;
    const next = matchTableUnit(t, end + 1, units);
    if (next === undefined || next.entry.class === 'money' || next.entry.class === 'percent') break;
    canonical += '/' + next.entry.canonical;
    end = next.end;
    links++;
  }
  if (links === 0) return money;
  const scale = money.entry.scale ?? 1;
  return { entry: u('rate-money', canonical, scale), end };
}

/** A unit written at pos (inside a value, or a whole unit cell). */
export function readUnitAt(t: string, pos: number, units: UnitLookup): UnitMatch | undefined {
  if (pos >= t.length) return undefined;
  if (t.charAt(pos) === '(') {
    const inner = readUnitAt(t, pos + 1, units);
    return inner !== undefined && t.charAt(inner.end) === ')' ? { entry: inner.entry, end: inner.end + 1 } : undefined;
  }
  const direct = matchTableUnit(t, pos, units);
  const scaled = matchScaledUnit(t, pos, units);
  const best = scaled !== undefined && (direct === undefined || scaled.end > direct.end) ? scaled : direct;
  if (best === undefined) return undefined;
  if (best.entry.class === 'money') return extendMoneyRate(t, best, units);
  return extendPerTime(t, best, units);
}

export const TIME_CLASSES: ReadonlySet<UnitClass> = new Set<UnitClass>(['hours', 'days', 'months', 'years']);

/** 8小时/天, 2篇/月: an amount per period keeps the class of the amount (like 次/年 in the table). */
export function extendPerTime(t: string, base: UnitMatch, units: UnitLookup): UnitMatch {
  if (t.charAt(base.end) !== '/' || base.entry.class === 'percent' || base.entry.class === 'date') return base;
  const per = matchTableUnit(t, base.end + 1, units);
  if (per === undefined || !TIME_CLASSES.has(per.entry.class)) return base;
  const canonical = `${base.entry.canonical}/${per.entry.canonical}`;
  return { entry: u(base.entry.class, canonical, base.entry.scale), end: per.end };
}

export const BLANK_UNIT_CELLS = new Set(['/', '-', '——', '无', '定性', '']);

export function readColumnUnit(raw: string, units: UnitLookup): UnitEntry | undefined {
  const t = compact(raw);
  if (BLANK_UNIT_CELLS.has(t)) return undefined;
  const bare = stripEnclosingBrackets(t);
  if (BLANK_UNIT_CELLS.has(bare)) return undefined;
  const match = readUnitAt(bare, 0, units);
  if (match !== undefined && (match.end === bare.length || namesItself(match.entry, bare.slice(match.end), units))) return match.entry;
  return u('other', bare);
}

/** "(百分比)" after "%": the unit's name in brackets, as the 一体化 unit dictionary prints it (河北 成安 2020 "%(百分比)"). */
function namesItself(entry: UnitEntry, rest: string, units: UnitLookup): boolean {
  const gloss = /^[(（]([^()（）]+)[)）]$/u.exec(rest)?.[1];
  const named = gloss === undefined ? undefined : readUnitAt(gloss, 0, units);
  return named !== undefined && named.end === gloss!.length && named.entry.class === entry.class && named.entry.scale === entry.scale;
}

export function stripEnclosingBrackets(t: string): string {
  const open = t.charAt(0);
  const close = t.charAt(t.length - 1);
  const paired = (open === '(' && close === ')') || (open === '（' && close === '）') || (open === '[' && close === ']');
  return paired && t.length >= 2 ? t.slice(1, -1) : t;
}
