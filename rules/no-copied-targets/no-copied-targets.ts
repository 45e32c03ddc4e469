/**
 * 禁止跨项目复制绩效目标. A corpus rule: it sees every project of the run and finds
 *  - projects whose indicator rows were copied from an earlier project (copiedTargets),
 *  - the same department's targets carried over unchanged into the next year (notUpdated),
 *  - the same project listed twice (duplicateProject) and one code used for two projects (codeReused),
 *  - 实施期 rows that repeat the annual rows although the period is longer (periodRepeatsAnnual).
 *
 * How copies are found without comparing all pairs (see docs/rules/no-copied-targets.md):
 *  1. collect() reduces each content row to three 53-bit hashes of its normalised 三级 name,
 *     description and value (the value as parsed by node.reading, so "≥90" + "(%)" = "≥90%").
 *  2. aggregate() derives 30-bit fingerprints per row (name, description, value, name+description,
 *     name+value, description+value, the whole row, the row with the next one, with the next two)
 *     and counts in how many projects each occurs (document frequency, df).
 *  3. Only fingerprints shared by 2…maxSharedProjects projects produce candidate pairs; one shared
 *     by more is a library/template row and produces none.
 *  4. A candidate pair is scored row by row: what matched (name/description = structure, value)
 *     weighted by how rare it is; structure alone weighs at most STRUCTURE_WEIGHT, so projects
 *     built from the same indicator library with their own values never reach the threshold.
 * Cost: O(R + Σ df over rare fingerprints × cap + C·r²) for R rows, C scored pairs, r rows per
 * project; memory O(R). Measured figures are in the doc.
 */
import { basename } from 'node:path';
import { createRule, type AggregateContext, type CorpusEntry } from '../../src/engine/rule.js';
import type { DocumentNode, IndicatorNode, ProjectNode } from '../../src/engine/nodes.js';


/** What a matching name/description is worth without a matching value: below any sane threshold. */
const STRUCTURE_WEIGHT = 0.4;
/**
 * A run of rows copied whole that chance would produce this rarely (expected number of projects
 * holding it) counts in full. Summed over 10⁵ projects this keeps chance look-alikes out: on the
 * generated 10⁵-project corpus 10⁻³ let 17 through, 10⁻⁵ two.
 */
const RUN_CHANCE_FULL_WEIGHT = 1e-5;
/** A candidate pair must share at least this many rare fingerprints before it is scored. */
const MIN_SHARED_FINGERPRINTS = 2;

export interface Options {
  threshold: number;
  maxSharedProjects: number;
  minRows: number;
  commonRows: string[];
}

/** One project, reduced to what the corpus phase needs (structuredClone-able). */
interface ProjectFacts {
  index: number;
  name: string;
  /** 项目编码, trimmed; '' = none */
  code: string;
  total: number | null;
  overall: boolean;
  /** content rows, flattened: [nameHash, descriptionHash, valueHash, …]; 0 = empty cell */
  rows: number[];
  /** set when the 实施期 rows repeat the annual rows */
  periodRepeat?: { rows: number; period: string };
}

interface DocumentFacts {
  year: number;
  region: string;
  department: string;
  departmentKey: string;
  departmentCode: string;
  moneyUnit: string;
  projects: ProjectFacts[];
}

// ---------------------------------------------------------------------------------------------
// collect: text normalisation and hashing (pure helpers)
// ---------------------------------------------------------------------------------------------

const TRAILING_PUNCTUATION = /[。.，,；;：:、!?！？]+$/u;
const WHITESPACE = /\s+/gu;

/** Clerks' copies differ in width, spacing and a final 。; those are not changes. */
export function normalizeText(text: string | undefined): string {
  if (!text) return '';
  return text.normalize('NFKC').replace(WHITESPACE, '').replace(TRAILING_PUNCTUATION, '').toLowerCase();
}

/** cyrb53: a fast 53-bit string hash; 0 is reserved for "empty". */
export function hashText(text: string): number {
  if (text === '') return 0;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return finish(h1, h2);
}

function finish(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0) || 1;
}

/**
 * The value as a comparable key: parsed numbers by what they say (comparison, number, unit),
 * prose by its normalised text. null = the row does not apply (不涉及) and carries no target.
 */
export function valueKey(node: IndicatorNode): string | null {
  const r = node.reading;
  const raw = node.value.value || node.value.personal?.value || '';
  switch (r.kind) {
    case 'not-applicable':
      return null;
    case 'empty':
      return normalizeText(raw);
    case 'number':
      return r.vague ? normalizeText(raw) : `#${r.comparison ?? '='}${r.value}${r.unit ?? ''}`;
    case 'range':
      return r.vague ? normalizeText(raw) : `#${r.comparison ?? ''}${r.min}~${r.max}${r.unit ?? ''}`;
    default:
      return normalizeText(raw);
  }
}

function rowTexts(node: IndicatorNode): { name: string; description: string } {
  const v = node.value;
  return { name: normalizeText(v.name || v.personal?.name), description: normalizeText(v.description || v.personal?.description) };
}

/** Content rows as hash triples; blank rows, 不涉及 rows and common (library) rows are left out. */
function rowHashes(rows: IndicatorNode[], common: ReadonlySet<string>): number[] {
  const out: number[] = [];
  for (const row of rows) {
    const value = valueKey(row);
    if (value === null) continue;
    const { name, description } = rowTexts(row);
    if (name === '' && description === '' && value === '') continue;
    if (name !== '' && common.has(name)) continue;
    out.push(hashText(name), hashText(description), hashText(value));
  }
  return out;
}

/** Months covered by a 实施期 such as "2023.07-2024.01" or "2021年-2023年"; undefined when it cannot be read. */
export function periodMonths(period: string | undefined): number | undefined {
  if (!period) return undefined;
  const marks = [...period.normalize('NFKC').matchAll(/(\d{4})(?:\s*[年.\-/]\s*(\d{1,2})(?!\d))?/gu)];
  if (marks.length < 2) return undefined;
  const first = marks[0]!;
  const last = marks[marks.length - 1]!;
  const start = Number(first[1]) * 12 + (first[2] ? Number(first[2]) : 1);
  const end = Number(last[1]) * 12 + (last[2] ? Number(last[2]) : 12);
  return end >= start ? end - start + 1 : undefined;
}

/** Amounts that accumulate over time (counts, money, people…), unlike rates that stay the same. */
function isAccumulatingAmount(node: IndicatorNode): boolean {
  const r = node.reading;
  return (r.kind === 'number' || r.kind === 'range') && r.unitClass !== undefined && r.unitClass !== 'percent' && r.unitClass !== 'permille';
}

/**
 * 实施期 rows that repeat the annual rows one for one (same 三级 name, same value) although the
 * period is longer than a year: the period targets were never worked out. A period of at most
 * 12 months may legitimately repeat them, and so may rows that are only rates.
 */
function periodRepeat(project: ProjectNode): ProjectFacts['periodRepeat'] {
  const annual = project.indicators;
  const period = project.periodIndicators;
  if (annual.length < 2 || period.length !== annual.length) return undefined;
  const months = periodMonths(project.value.period);
  if (months !== undefined && months <= 12) return undefined;
  let amounts = 0;
  for (let i = 0; i < annual.length; i++) {
    const a = annual[i]!;
    const p = period[i]!;
    if (rowTexts(a).name !== rowTexts(p).name || valueKey(a) !== valueKey(p)) return undefined;
    if (isAccumulatingAmount(a)) amounts++;
  }
  return amounts > 0 ? { rows: annual.length, period: project.value.period ?? '' } : undefined;
}

function collectProject(project: ProjectNode, common: ReadonlySet<string>): ProjectFacts {
  const p = project.value;
  // the annual rows are the targets; 实施期 rows are checked against them, not indexed twice
  const rows = rowHashes(project.indicators.length ? project.indicators : project.periodIndicators, common);
  const facts: ProjectFacts = {
    index: project.index,
    name: p.name,
    code: (p.code ?? '').trim(),
    total: p.funding?.total ?? null,
    overall: project.kind === 'overall',
    rows,
  };
  const repeat = periodRepeat(project);
  if (repeat) facts.periodRepeat = repeat;
  return facts;
}

// ---------------------------------------------------------------------------------------------
// aggregate
// ---------------------------------------------------------------------------------------------

/** Fingerprint kinds; +16 for 部门整体 tables, which legitimately sum up their projects' rows. */
const enum Kind {
  Row = 1,
  Name,
  Description,
  Value,
  NameDescription,
  NameValue,
  DescriptionValue,
  Block,
  Triple,
}
/** slots per row in a project's fingerprint array */
const SLOTS = 9;
const S_ROW = 0;
const S_NAME = 1;
const S_DESC = 2;
const S_VALUE = 3;
const S_ND = 4;
const S_NV = 5;
const S_DV = 6;
/** the row and the next one, whole: copied blocks of common rows are still rare together */
const S_BLOCK = 7;
/** the row and the next two, whole */
const S_TRIPLE = 8;
/** slots that may propose candidate pairs: what a copy shares and a random pair rarely does */
const CANDIDATE_SLOTS = [S_ND, S_NV, S_DV, S_BLOCK, S_TRIPLE] as const;

interface Project {
  /** position in the run: file order, then project order */
  order: number;
  doc: number;
  facts: ProjectFacts;
  rowCount: number;
  /** SLOTS fingerprints per row, 0 = none */
  fingerprints: Int32Array;
  options: Options;
}

/**
 * 30-bit fingerprint of a tuple of hashes, tagged with its kind so a name never equals a
 * description. 30 bits keep the index compact; a rare collision only merges two counts or
 * proposes a pair that scoring (on the exact 53-bit cell hashes) then rejects.
 */
function fingerprint(kind: number, a: number, b: number, c = 0): number {
  let h = Math.imul(kind, 0x9e3779b1);
  h = mixWord(h, a >>> 0);
  h = mixWord(h, (a / 4294967296) >>> 0);
  h = mixWord(h, b >>> 0);
  h = mixWord(h, (b / 4294967296) >>> 0);
  h = mixWord(h, c >>> 0);
  h = mixWord(h, (c / 4294967296) >>> 0);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & 0x3fffffff || 1;
}

/** one murmur3 round */
function mixWord(h: number, word: number): number {
  let k = Math.imul(word, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  h ^= Math.imul(k, 0x1b873593);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function fingerprintsOf(facts: ProjectFacts): Int32Array {
  const salt = facts.overall ? 16 : 0;
  const rows = facts.rows.length / 3;
  const fp = new Int32Array(rows * SLOTS);
  for (let i = 0; i < rows; i++) {
    const n = facts.rows[3 * i]!;
    const d = facts.rows[3 * i + 1]!;
    const v = facts.rows[3 * i + 2]!;
    const o = i * SLOTS;
    fp[o + S_ROW] = fingerprint(Kind.Row + salt, n, d, v);
    if (n) fp[o + S_NAME] = fingerprint(Kind.Name + salt, n, 0);
    if (d) fp[o + S_DESC] = fingerprint(Kind.Description + salt, d, 0);
    if (v) fp[o + S_VALUE] = fingerprint(Kind.Value + salt, v, 0);
    if (n && d) fp[o + S_ND] = fingerprint(Kind.NameDescription + salt, n, d);
    if (n && v) fp[o + S_NV] = fingerprint(Kind.NameValue + salt, n, v);
    if (d && v) fp[o + S_DV] = fingerprint(Kind.DescriptionValue + salt, d, v);
  }
  const row = (i: number) => fp[i * SLOTS + S_ROW]!;
  for (let i = 0; i + 1 < rows; i++) fp[i * SLOTS + S_BLOCK] = fingerprint(Kind.Block + salt, row(i), row(i + 1));
  for (let i = 0; i + 2 < rows; i++) fp[i * SLOTS + S_TRIPLE] = fingerprint(Kind.Triple + salt, row(i), row(i + 1), row(i + 2));
  return fp;
}

/**
 * Document frequency of every fingerprint, and posting lists of the rare ones, in flat typed
 * arrays with open addressing: a JS Map of millions of entries costs seconds and hundreds of MB.
 * Filled in run order, so every posting list is sorted by run order.
 */
class FingerprintIndex {
  #keys: Int32Array;
  #df: Int32Array;
  /** last visitor per slot, so a project counts once however often a fingerprint recurs in it */
  #stamp: Int32Array;
  #visitor = 0;
  #size = 0;
  /** rare fingerprint at slot s: its posting list is postings[start[s] … start[s] + filled[s]) */
  #start = new Int32Array(0);
  #filled = new Int32Array(0);
  #postings = new Int32Array(0);

  constructor(expectedKeys: number) {
    let capacity = 1024;
    while (capacity < expectedKeys * 2) capacity *= 2;
    this.#keys = new Int32Array(capacity);
    this.#df = new Int32Array(capacity);
    this.#stamp = new Int32Array(capacity);
  }

  /** the slot holding the key, or the empty slot where it would go */
  #slot(key: number): number {
    const mask = this.#keys.length - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
    while (this.#keys[s] !== 0 && this.#keys[s] !== key) s = (s + 1) & mask;
    return s;
  }

  #grow(): void {
    const { keys, df, stamp } = { keys: this.#keys, df: this.#df, stamp: this.#stamp };
    this.#keys = new Int32Array(keys.length * 2);
    this.#df = new Int32Array(keys.length * 2);
    this.#stamp = new Int32Array(keys.length * 2);
    for (let s = 0; s < keys.length; s++) {
      if (keys[s] === 0) continue;
      const t = this.#slot(keys[s]!);
      this.#keys[t] = keys[s]!;
      this.#df[t] = df[s]!;
      this.#stamp[t] = stamp[s]!;
    }
  }

  /** the next project: from now on its fingerprints count once each */
  nextVisitor(): void {
    this.#visitor++;
  }


  count(key: number): void {
    if (this.#size * 2 >= this.#keys.length) this.#grow();
    const s = this.#slot(key);
    if (this.#keys[s] === 0) {
      this.#keys[s] = key;
      this.#size++;
    }
    if (this.#stamp[s] === this.#visitor) return;
    this.#stamp[s] = this.#visitor;
    this.#df[s]!++;
  }

  /** in how many projects the fingerprint occurs (0 for none) */
  df(key: number): number {
    if (key === 0) return 0;
    const s = this.#slot(key);
    return this.#keys[s] === 0 ? 0 : this.#df[s]!;
  }

  /** reserves posting lists for the fingerprints with 2 ≤ df ≤ maxDf; the others get none */
  reservePostings(maxDf: number): void {
    this.#start = new Int32Array(this.#keys.length).fill(-1);
    this.#filled = new Int32Array(this.#keys.length);
    let total = 0;
    for (let s = 0; s < this.#keys.length; s++) {
      const n = this.#df[s]!;
      if (this.#keys[s] !== 0 && n >= 2 && n <= maxDf) {
        this.#start[s] = total;
        total += n;
      }
    }
    this.#postings = new Int32Array(total);
  }

  /** adds the project to the key's posting list (once), if the key has one */
  post(key: number, order: number): void {
    const s = this.#slot(key);
    const start = this.#keys[s] === 0 ? -1 : this.#start[s]!;
    if (start < 0) return;
    const filled = this.#filled[s]!;
    if (filled === 0 || this.#postings[start + filled - 1] !== order) {
      this.#postings[start + filled] = order;
      this.#filled[s] = filled + 1;
    }
  }

  /**
   * The posting list of a key, projects in run order, the first time the current visitor asks
   * for it; empty when the key has none or was already asked for.
   */
  postingsOnce(key: number): Int32Array {
    const s = this.#slot(key);
    const start = this.#keys[s] === 0 || this.#stamp[s] === this.#visitor ? -1 : this.#start[s]!;
    if (start < 0) return this.#postings.subarray(0, 0);
    this.#stamp[s] = this.#visitor;
    return this.#postings.subarray(start, start + this.#filled[s]!);
  }
}

/**
 * How much a shared fingerprint says: 1 when at most two projects share it, falling to 0 at
 * `cap` (an IDF on a fixed scale, so the verdict does not drift with the size of the run).
 */
function rarity(df: number, cap: number): number {
  if (df <= 2) return 1;
  if (df > cap) return 0;
  return Math.log((cap + 1) / df) / Math.log((cap + 1) / 2);
}

export interface Similarity {
  score: number;
  rows: number;
  names: number;
  descriptions: number;
  values: number;
}

/**
 * How row i of a matches row j of b, best first: 1 the whole row, 2 name and description,
 * 3 name and value, 4 description and value, 5 name only, 6 description only; 0 none.
 * An empty cell never matches by itself, but two empty descriptions do not break a whole-row match.
 */
function matchLevel(a: readonly number[], i: number, b: readonly number[], j: number): number {
  const sameName = a[3 * i] === b[3 * j];
  const sameDescription = a[3 * i + 1] === b[3 * j + 1];
  const sameValue = a[3 * i + 2] === b[3 * j + 2];
  const name = sameName && a[3 * i] !== 0;
  const description = sameDescription && a[3 * i + 1] !== 0;
  const value = sameValue && a[3 * i + 2] !== 0;
  if (!name && !description) return 0;
  if (sameName && sameDescription) return sameValue ? 1 : 2;
  if (name && value) return 3;
  if (description && value) return 4;
  return name ? 5 : 6;
}

/**
 * Rows copied whole and in order weigh as much as their run is unlikely by chance. For a maximal
 * run of k ≥ 2 such rows r₁…r_k, the number of projects expected to hold the same run by chance
 * is estimated from the index by the chain rule over adjacent rows:
 *   chance = df(r₁) · Π df(rᵢ rᵢ₊₁) / df(rᵢ)
 * (df(rᵢ rᵢ₊₁) = projects where rᵢ₊₁ directly follows rᵢ), which accounts for rows that usually
 * come together in a template. A run expected RUN_CHANCE_FULL_WEIGHT times or less weighs 1, one
 * expected about once weighs 0 (log scale in between). So rows that are common one by one (every project has "联合检查合格率 =100%")
 * still prove a copy when many come together in the same order, while two or three common rows
 * that meet by chance prove nothing.
 */
function copiedRunWeights(a: Project, level: Uint8Array, partner: Int32Array, index: FingerprintIndex): Float64Array {
  const weights = new Float64Array(level.length);
  const logDf = (slot: number) => Math.log(Math.max(index.df(a.fingerprints[slot]!), 1));
  let i = 0;
  while (i < level.length) {
    if (level[i] !== 1) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < level.length && level[end] === 1 && partner[end] === partner[end - 1]! + 1) end++;
    if (end - i >= 2) {
      let logChance = logDf(i * SLOTS + S_ROW);
      for (let k = i; k + 1 < end; k++) logChance += logDf(k * SLOTS + S_BLOCK) - logDf(k * SLOTS + S_ROW);
      const weight = Math.min(1, Math.max(0, logChance / Math.log(RUN_CHANCE_FULL_WEIGHT)));
      for (let k = i; k < end; k++) weights[k] = weight;
    }
    i = end;
  }
  return weights;
}

/**
 * Row-by-row similarity of project a (the later one) to b, 0…1. Each row of a is paired with its
 * best unused row of b; its evidence is structure × (STRUCTURE_WEIGHT + (1 − STRUCTURE_WEIGHT) × value),
 * where structure is the rarity of the matching name/description and value the rarity of the
 * matching value (so a shared generic value such as "≥90%" or 文字描述 adds little). Rows inside
 * a run copied whole take the run's weight (copiedRunWeights). The score is the mean over a's rows.
 */
function similarity(a: Project, b: Project, index: FingerprintIndex, cap: number): Similarity {
  const ra = a.facts.rows;
  const rb = b.facts.rows;
  const na = a.rowCount;
  const nb = b.rowCount;
  const used = new Uint8Array(nb);
  const partner = new Int32Array(na).fill(-1);
  const level = new Uint8Array(na);
  for (let i = 0; i < na; i++) {
    let best = 0;
    let bestJ = -1;
    for (let j = 0; j < nb; j++) {
      if (used[j]) continue;
      const l = matchLevel(ra, i, rb, j);
      if (l && (best === 0 || l < best)) {
        best = l;
        bestJ = j;
        if (l === 1) break;
      }
    }
    if (bestJ >= 0) {
      used[bestJ] = 1;
      partner[i] = bestJ;
      level[i] = best;
    }
  }
  const r = (h: number) => (h ? rarity(Math.max(index.df(h), 1), cap) : 0);
  const run = copiedRunWeights(a, level, partner, index);
  let evidence = 0;
  let names = 0;
  let descriptions = 0;
  let values = 0;
  for (let i = 0; i < na; i++) {
    const j = partner[i]!;
    if (j < 0) continue;
    const fp = a.fingerprints.subarray(i * SLOTS, (i + 1) * SLOTS);
    const sameName = ra[3 * i]! !== 0 && ra[3 * i] === rb[3 * j];
    const sameDescription = ra[3 * i + 1]! !== 0 && ra[3 * i + 1] === rb[3 * j + 1];
    const sameValue = ra[3 * i + 2]! !== 0 && ra[3 * i + 2] === rb[3 * j + 2];
    if (sameName) names++;
    if (sameDescription) descriptions++;
    if (sameValue) values++;
    const structure = Math.max(
      run[i]!,
      sameName && sameDescription ? r(fp[S_ND]!) : sameName ? r(fp[S_NAME]!) : sameDescription ? r(fp[S_DESC]!) : 0,
    );
    const value = sameValue ? Math.max(run[i]!, r(fp[S_VALUE]!)) : 0;
    evidence += structure * (STRUCTURE_WEIGHT + (1 - STRUCTURE_WEIGHT) * value);
  }
  return { score: na ? evidence / na : 0, rows: na, names, descriptions, values };
}

function sameDepartment(a: DocumentFacts, b: DocumentFacts): boolean {
  if (a.departmentKey === '' || a.departmentKey !== b.departmentKey) return false;
  return a.departmentCode === '' || b.departmentCode === '' || a.departmentCode === b.departmentCode;
}

function formatTotal(total: number | null, unit: string): string {
  return total === null ? '—' : `${total}${unit}`;
}

type Verdict = 'copiedTargets' | 'notUpdated' | 'sameProjectOtherYear';

/**
 * A recurring project keeps its indicator names and often its rates from one year to the next;
 * it counts as not updated only when nearly all of its values are also last year's.
 */
const NOT_UPDATED_VALUE_SHARE = 0.8;

function classify(a: Project, b: Project, sim: Similarity, docs: readonly DocumentFacts[]): Verdict {
  const da = docs[a.doc]!;
  const db = docs[b.doc]!;
  if (!sameDepartment(da, db) || da.year === db.year) return 'copiedTargets';
  if (Math.abs(da.year - db.year) === 1 && sim.values >= NOT_UPDATED_VALUE_SHARE * sim.rows) return 'notUpdated';
  // the same recurring project in another year, updated or two or more years apart: not a copy
  const sameProject = normalizeText(a.facts.name) === normalizeText(b.facts.name) || (a.facts.code !== '' && a.facts.code === b.facts.code);
  return sameProject ? 'sameProjectOtherYear' : 'copiedTargets';
}

/** What differs between two projects sharing a code, in words. */
function differenceOf(a: ProjectFacts, b: ProjectFacts): { difference: string; differenceEn: string } {
  if (a.name === b.name) return { difference: '名称相同，但预算金额不同', differenceEn: 'have the same name but different budgets' };
  if (a.total === b.total) return { difference: '预算金额相同，但名称不同', differenceEn: 'have the same budget but different names' };
  return { difference: '名称和预算金额都不同', differenceEn: 'differ in name and budget' };
}

type Id = 'copiedTargets' | 'notUpdated' | 'duplicateProject' | 'codeReused' | 'periodRepeatsAnnual';

class Run {
  readonly docs: DocumentFacts[];
  readonly files: string[];
  readonly projects: Project[] = [];

  constructor(
    readonly context: AggregateContext<Id>,
    entries: ReadonlyArray<CorpusEntry<DocumentFacts, Options>>,
  ) {
    this.docs = entries.map((e) => e.facts);
    this.files = entries.map((e) => e.filePath);
    entries.forEach((entry, doc) => {
      for (const facts of entry.facts.projects) {
        this.projects.push({ order: this.projects.length, doc, facts, rowCount: facts.rows.length / 3, fingerprints: new Int32Array(0), options: entry.options });
      }
    });
  }

  pointer(p: Project): string {
    return `/projects/${p.facts.index}`;
  }

  related(p: Project) {
    return [{ file: this.files[p.doc]!, pointer: this.pointer(p), label: p.facts.name }];
  }

  where(p: Project, from: Project): { where: string; whereEn: string } {
    if (p.doc === from.doc) return { where: '本表', whereEn: 'this file' };
    const d = this.docs[from.doc]!;
    const file = basename(this.files[from.doc]!);
    return { where: `${file}（${d.department}，${d.year}年）中的`, whereEn: `${file} (${d.department}, ${d.year})` };
  }

  /** The second listing of one project (same code and name, same budget), and codes used twice. */
  reportDuplicate(p: Project, twin: Project, same: { same: string; sameEn: string }): void {
    this.context.report({
      filePath: this.files[p.doc]!,
      pointer: this.pointer(p),
      messageId: 'duplicateProject',
      data: { name: p.facts.name, source: twin.facts.name, ...same, ...this.where(p, twin) },
      related: this.related(twin),
    });
  }

  checkCodes(): Set<number> {
    const duplicates = new Set<number>();
    const byCode = new Map<string, Project[]>();
    const byName = new Map<string, Project>();
    for (const p of this.projects) {
      const d = this.docs[p.doc]!;
      if (p.facts.code === '') {
        // no code (浙江 tables have none): the same department, year, name and budget is the same project
        if (p.facts.total === null || d.departmentKey === '') continue;
        const key = `${d.departmentKey}|${d.year}|${normalizeText(p.facts.name)}|${p.facts.total}`;
        const twin = byName.get(key);
        if (!twin) {
          byName.set(key, p);
          continue;
        }
        duplicates.add(p.order);
        this.reportDuplicate(p, twin, { same: '部门、名称和预算金额（两者都没有项目编码）', sameEn: 'department, name and budget (neither has a project code)' });
        continue;
      }
      const key = `${d.region}|${d.year}|${p.facts.code}`;
      const group = byCode.get(key);
      if (!group) {
        byCode.set(key, [p]);
        continue;
      }
      const twin = group.find((q) => normalizeText(q.facts.name) === normalizeText(p.facts.name) && sameTotal(q.facts.total, p.facts.total));
      if (twin) {
        duplicates.add(p.order);
        this.reportDuplicate(p, twin, { same: `项目编码（${p.facts.code}）、名称和预算金额`, sameEn: `code (${p.facts.code}), name and budget` });
      } else {
        const first = group[0]!;
        const unit = this.docs[p.doc]!.moneyUnit;
        this.context.report({
          filePath: this.files[p.doc]!,
          pointer: this.pointer(p),
          messageId: 'codeReused',
          data: {
            name: p.facts.name,
            source: first.facts.name,
            code: p.facts.code,
            total: formatTotal(p.facts.total, unit),
            sourceTotal: formatTotal(first.facts.total, this.docs[first.doc]!.moneyUnit),
            ...differenceOf(p.facts, first.facts),
            ...this.where(p, first),
          },
          related: this.related(first),
        });
      }
      group.push(p);
    }
    return duplicates;
  }

  checkPeriods(): void {
    for (const p of this.projects) {
      const repeat = p.facts.periodRepeat;
      if (!repeat) continue;
      this.context.report({
        filePath: this.files[p.doc]!,
        pointer: `${this.pointer(p)}/periodIndicators`,
        messageId: 'periodRepeatsAnnual',
        data: { name: p.facts.name, rows: repeat.rows, period: repeat.period || '—' },
      });
    }
  }

  checkCopies(excluded: ReadonlySet<number>): void {
    const cap = this.projects[0]?.options.maxSharedProjects ?? 20;
    const indexed = this.projects.filter((p) => !excluded.has(p.order) && p.rowCount > 0);
    let slots = 0;
    for (const p of indexed) {
      p.fingerprints = fingerprintsOf(p.facts);
      slots += p.fingerprints.length;
    }

    // 1. in how many projects each fingerprint occurs
    const index = new FingerprintIndex(slots / 3);
    for (const p of indexed) {
      index.nextVisitor();
      const fp = p.fingerprints;
      for (let k = 0; k < fp.length; k++) if (fp[k]) index.count(fp[k]!);
    }
    // 2. posting lists of the rare candidate fingerprints; a library row (df > cap) gets none
    index.reservePostings(cap);
    for (const p of indexed) {
      const fp = p.fingerprints;
      for (let o = 0; o < fp.length; o += SLOTS) for (const s of CANDIDATE_SLOTS) if (fp[o + s]) index.post(fp[o + s]!, p.order);
    }

    // 3. per project, the earlier projects sharing enough rare fingerprints, scored; the best is kept
    const shared = new Int32Array(this.projects.length);
    const touched: number[] = [];
    for (const a of indexed) {
      if (a.rowCount < a.options.minRows) continue;
      index.nextVisitor();
      const fp = a.fingerprints;
      for (let o = 0; o < fp.length; o += SLOTS) {
        for (const s of CANDIDATE_SLOTS) {
          const h = fp[o + s]!;
          if (!h) continue;
          const list = index.postingsOnce(h);
          for (let k = 0; k < list.length && list[k]! < a.order; k++) {
            const order = list[k]!;
            if (shared[order] === 0) touched.push(order);
            shared[order]!++;
          }
        }
      }
      let best: { b: Project; sim: Similarity; verdict: Verdict } | undefined;
      for (const order of touched) {
        const count = shared[order]!;
        shared[order] = 0;
        if (count < MIN_SHARED_FINGERPRINTS) continue;
        const b = this.projects[order]!;
        const sim = similarity(a, b, index, cap);
        if (sim.score < a.options.threshold) continue;
        const verdict = classify(a, b, sim, this.docs);
        if (verdict === 'sameProjectOtherYear') continue;
        // the best source wins; on a tie the earliest, which is the original of several copies
        if (!best || sim.score > best.sim.score || (sim.score === best.sim.score && b.order < best.b.order)) best = { b, sim, verdict };
      }
      touched.length = 0;
      if (best) this.reportCopy(a, best.b, best.sim, best.verdict);
    }
  }

  reportCopy(a: Project, b: Project, sim: Similarity, verdict: Verdict): void {
    const counts = { rows: sim.rows, names: sim.names, descriptions: sim.descriptions, values: sim.values };
    if (verdict === 'notUpdated') {
      // reported on the later year, whichever file came first
      const [late, early] = this.docs[a.doc]!.year > this.docs[b.doc]!.year ? [a, b] : [b, a];
      const dl = this.docs[late.doc]!;
      const de = this.docs[early.doc]!;
      this.context.report({
        filePath: this.files[late.doc]!,
        pointer: this.pointer(late),
        messageId: 'notUpdated',
        data: { name: late.facts.name, source: early.facts.name, year: dl.year, sourceYear: de.year, sourceFile: basename(this.files[early.doc]!), ...counts },
        related: this.related(early),
      });
      return;
    }
    this.context.report({
      filePath: this.files[a.doc]!,
      pointer: this.pointer(a),
      messageId: 'copiedTargets',
      data: { name: a.facts.name, source: b.facts.name, ...this.where(a, b), ...counts },
      related: this.related(b),
    });
  }
}

function sameTotal(a: number | null, b: number | null): boolean {
  return a === null || b === null || a === b;
}

function regionKey(doc: DocumentNode): string {
  const r = doc.value.region;
  return [r.province, r.city ?? '', r.county ?? ''].map(normalizeText).join('|');
}

export default createRule({
  name: 'no-copied-targets',
  meta: {
    type: 'problem',
    scope: 'corpus',
    docs: {
      description: {
        'zh-CN': '禁止跨项目复制绩效目标：各项目应按自身产出和效果设置指标，不得照搬其他项目或上年的目标',
        en: 'Targets must not be copied between projects or carried over unchanged from last year',
      },
      recommended: 'warn',
    },
    messages: {
      copiedTargets: {
        'zh-CN':
          '项目“{{name}}”的绩效指标与{{where}}项目“{{source}}”高度雷同：{{rows}}行中{{names}}行指标名称相同、{{descriptions}}行描述相同、{{values}}行指标值相同。请按本项目的实际产出和效果重新设置指标。',
        en: 'the targets of project "{{name}}" closely match those of project "{{source}}" in {{whereEn}}: of {{rows}} rows, {{names}} have the same indicator name, {{descriptions}} the same description and {{values}} the same target value. Set indicators that measure what this project itself delivers.',
      },
      notUpdated: {
        'zh-CN':
          '项目“{{name}}”的绩效指标照搬了上一年度（{{sourceYear}}年，{{sourceFile}}）项目“{{source}}”的目标：{{rows}}行中{{names}}行指标名称相同、{{descriptions}}行描述相同、{{values}}行指标值相同，目标未随年度更新。请根据{{year}}年的工作任务和预算重新设定指标值。',
        en: 'the targets of project "{{name}}" are carried over from last year\'s project "{{source}}" ({{sourceYear}}, {{sourceFile}}): of {{rows}} rows, {{names}} have the same indicator name, {{descriptions}} the same description and {{values}} the same target value. Set the {{year}} targets from this year\'s tasks and budget.',
      },
      duplicateProject: {
        'zh-CN':
          '项目“{{name}}”重复列示：与{{where}}项目“{{source}}”的{{same}}都相同，是同一个项目。请核实：若同一项目只应列示一次（否则预算会被重复计算），请删除其中一份。',
        en: 'project "{{name}}" is listed twice: it has the same {{sameEn}} as project "{{source}}" in {{whereEn}}. Check it: if the project should be listed once (otherwise its budget is counted twice), delete one of the two.',
      },
      codeReused: {
        'zh-CN':
          '项目编码“{{code}}”被两个不同的项目使用：项目“{{name}}”（预算{{total}}）与{{where}}项目“{{source}}”（预算{{sourceTotal}}）{{difference}}。一个项目编码只能对应一个项目：请更正项目编码；若两者本是同一项目，请合并为一个项目。',
        en: 'project code "{{code}}" is used by two different projects: "{{name}}" (budget {{total}}) and "{{source}}" in {{whereEn}} (budget {{sourceTotal}}) {{differenceEn}}. One code identifies one project: correct the code, or merge the two if they are one project.',
      },
      periodRepeatsAnnual: {
        'zh-CN':
          '项目“{{name}}”的实施期（{{period}}）绩效指标与年度绩效指标逐行相同（共{{rows}}行，指标值也相同）。实施期长于一个年度，实施期指标应是整个实施期的累计目标，请按实施期重新测算数量、成本等指标值。',
        en: 'the implementation-period ({{period}}) indicators of project "{{name}}" repeat its {{rows}} annual indicators row for row, values included. The period is longer than a year: set targets for the whole period (quantities, costs…).',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        threshold: {
          type: 'number',
          minimum: 0,
          maximum: 1,
          description: 'similarity (0–1) from which a project counts as copied; shared names and descriptions with own values score at most 0.4 / 判定为雷同的相似度下限（0–1）；只共用名称和描述、指标值各自填写的，最高 0.4',
        },
        maxSharedProjects: {
          type: 'integer',
          minimum: 2,
          description: 'a row, run of rows or value shared by more projects is library/template material: it proposes no pair and weighs nothing / 被超过此数的项目共用的指标行、连续几行或指标值视为共性指标库/模板：不产生比对、不计分',
        },
        minRows: {
          type: 'integer',
          minimum: 1,
          description: 'projects with fewer content rows are not checked for copies / 有效指标行少于此数的项目不检查雷同',
        },
        commonRows: {
          type: 'array',
          items: { type: 'string' },
          description: '三级 names of common-library rows, e.g. ["服务对象满意度"]: never evidence of copying / 共性指标的三级名称：这些行不作为雷同的依据',
        },
      },
    },
    defaultOptions: { threshold: 0.5, maxSharedProjects: 20, minRows: 3, commonRows: [] as string[] },
  },

  collect(context, document): DocumentFacts {
    const common = new Set(context.options.commonRows.map(normalizeText));
    const d = document.value;
    return {
      year: d.year,
      region: regionKey(document),
      department: d.department.name,
      departmentKey: `${regionKey(document)}|${normalizeText(d.department.name)}`,
      departmentCode: (d.department.code ?? '').trim(),
      moneyUnit: d.moneyUnit ?? '',
      projects: document.projects.map((p) => collectProject(p, common)),
    };
  },

  aggregate(context, entries) {
    const run = new Run(context, entries);
    const duplicates = run.checkCodes();
    run.checkPeriods();
    run.checkCopies(duplicates);
  },
});
