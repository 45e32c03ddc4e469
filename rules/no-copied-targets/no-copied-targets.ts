/**
 * 禁止跨项目复制绩效目标. A corpus rule: it sees every project of the run and finds
 *  - projects whose indicator rows were copied from an earlier project (copiedTargets),
 *  - the same department's targets carried over unchanged into the next year (notUpdated).
 * A project listed twice is duplicate-project's finding, not a copy: such listings are left out
 * (src/analysis/project-listing.ts decides which they are, for both rules).
 *
 * How copies are found without comparing all pairs (see README.md; hashing in fingerprints.ts):
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
 * project; memory: 24 bytes per row of facts plus O(distinct fingerprints). Measured figures are in the doc.
 */
import { createRule, type AggregateContext, type CorpusEntry } from '../../src/engine/rule.js';
import type { LocalizedText } from '../../src/i18n.js';
import type { IndicatorNode, ProjectNode } from '../../src/engine/nodes.js';
import { comparableTexts, comparableValue } from '../../src/analysis/row-comparison.js';
import { normalizeForCopyComparison } from '../../src/analysis/text.js';
import { baseName } from '../../src/document/file-name.js';
import { findListingProblems, listingOf, otherTablePhrase, type ListedProject, type ListingDocument } from '../../src/analysis/project-listing.js';
import { CANDIDATE_SLOTS, FingerprintIndex, fingerprintsOf, hashText, SLOTS, S_BLOCK, S_DESC, S_NAME, S_ND, S_ROW, S_VALUE } from './fingerprints.js';

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
interface ProjectFacts extends ListedProject {
  overall: boolean;
  /** its content rows are rows firstRow … firstRow + rowCount − 1 of its document's */
  firstRow: number;
  rowCount: number;
}

interface DocumentFacts extends ListingDocument {
  departmentCode: string;
  projects: ProjectFacts[];
  /**
   * the content rows of all its projects, flattened: [nameHash, descriptionHash, valueHash, …];
   * 0 = empty cell. One exact-size array per document: per-project arrays grown by push held
   * half as much again, in 10⁵ small objects
   */
  rows: Float64Array;
}

// ---------------------------------------------------------------------------------------------
// collect
// ---------------------------------------------------------------------------------------------

/** Content rows as hash triples, added to `out`; blank rows, 不涉及 rows and common (library) rows are left out. */
function addRowHashes(rows: IndicatorNode[], common: ReadonlySet<string>, out: number[]): void {
  for (const row of rows) {
    const value = comparableValue(row.value, row.reading);
    if (value === null) continue;
    const { name, description } = comparableTexts(row.value);
    if (name === '' && description === '' && value === '') continue;
    if (name !== '' && common.has(name)) continue;
    out.push(hashText(name), hashText(description), hashText(value));
  }
}

function collectProject(project: ProjectNode, listed: ListedProject, common: ReadonlySet<string>, rows: number[]): ProjectFacts {
  const firstRow = rows.length / 3;
  // the annual rows are the targets; 实施期 rows are period-targets-differ's, not indexed twice
  addRowHashes(project.indicators.length ? project.indicators : project.periodIndicators, common, rows);
  const rowCount = rows.length / 3 - firstRow;
  // a literal, not a spread: V8 gives each object made by spreading here a hidden class of its own
  // (87k projects, 87k classes: a fifth of the heap a 5,000-department run held for the corpus phase)
  return { index: listed.index, name: listed.name, code: listed.code, total: listed.total, overall: project.kind === 'overall', firstRow, rowCount };
}

// ---------------------------------------------------------------------------------------------
// aggregate
// ---------------------------------------------------------------------------------------------

interface Project {
  /** position in the run: file order, then project order */
  order: number;
  doc: number;
  facts: ProjectFacts;
  /** its document's rows: its own start at row `first` */
  rows: Float64Array;
  first: number;
  rowCount: number;
  /** SLOTS fingerprints per row, 0 = none: only while the project is scored (see checkCopies) */
  fingerprints: Int32Array;
  options: Options;
}

const NO_FINGERPRINTS = new Int32Array(0);

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
function matchLevel(a: Float64Array, i: number, b: Float64Array, j: number): number {
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
  const ra = a.rows;
  const rb = b.rows;
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
      const l = matchLevel(ra, a.first + i, rb, b.first + j);
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
    const x = 3 * (a.first + i);
    const y = 3 * (b.first + j);
    const sameName = ra[x]! !== 0 && ra[x] === rb[y];
    const sameDescription = ra[x + 1]! !== 0 && ra[x + 1] === rb[y + 1];
    const sameValue = ra[x + 2]! !== 0 && ra[x + 2] === rb[y + 2];
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

type Verdict = 'copiedTargets' | 'notUpdated' | 'sameProjectOtherYear';

/**
 * A recurring project keeps its indicator names and often its rates from one year to the next;
 * it counts as not updated only when nearly all of its values are also last year's.
 */
const NOT_UPDATED_VALUE_SHARE = 0.8;

function classify(a: Project, b: Project, sim: Similarity, docs: readonly DocumentFacts[]): Verdict {
  const da = docs[a.doc]!;
  const db = docs[b.doc]!;
  if (!sameDepartment(da, db) || (da.year !== undefined && da.year === db.year)) return 'copiedTargets';
  // an unknown year cannot tell last year's table from this year's: only a same-named project is excused
  if (da.year !== undefined && db.year !== undefined && Math.abs(da.year - db.year) === 1 && sim.values >= NOT_UPDATED_VALUE_SHARE * sim.rows) return 'notUpdated';
  // the same recurring project in another year, updated or two or more years apart: not a copy
  const sameProject = normalizeForCopyComparison(a.facts.name) === normalizeForCopyComparison(b.facts.name) || (a.facts.code !== '' && a.facts.code === b.facts.code);
  return sameProject ? 'sameProjectOtherYear' : 'copiedTargets';
}

type Id = 'copiedTargets' | 'notUpdated';

class Run {
  readonly docs: DocumentFacts[];
  readonly files: string[];
  readonly projects: Project[] = [];
  /** the run order of each document's first project */
  readonly #docStart: number[] = [];

  constructor(
    readonly context: AggregateContext<Id>,
    entries: ReadonlyArray<CorpusEntry<DocumentFacts, Options>>,
  ) {
    this.docs = entries.map((e) => e.facts);
    this.files = entries.map((e) => e.filePath);
    entries.forEach((entry, doc) => {
      this.#docStart[doc] = this.projects.length;
      for (const facts of entry.facts.projects) {
        const { rows } = entry.facts;
        this.projects.push({ order: this.projects.length, doc, facts, rows, first: facts.firstRow, rowCount: facts.rowCount, fingerprints: NO_FINGERPRINTS, options: entry.options });
      }
    });
  }

  pointer(p: Project): string {
    return `/projects/${p.facts.index}`;
  }

  related(p: Project) {
    return [{ file: this.files[p.doc]!, pointer: this.pointer(p), label: p.facts.name }];
  }

  where(p: Project, from: Project): { where: LocalizedText } {
    return otherTablePhrase(p.doc === from.doc, this.files[from.doc]!, this.docs[from.doc]!);
  }

  /** Projects listed twice (duplicate-project's finding): the second listing is not a copy. */
  duplicateListings(): Set<number> {
    const duplicates = findListingProblems(this.docs).filter((f) => f.kind === 'duplicate');
    return new Set(duplicates.map((f) => this.#docStart[f.listing.doc]! + f.listing.project.index));
  }

  checkCopies(excluded: ReadonlySet<number>): void {
    const cap = this.projects[0]?.options.maxSharedProjects ?? 20;
    const indexed = this.projects.filter((p) => !excluded.has(p.order) && p.rowCount > 0);
    // computed in each pass, not held: at 3.3M rows they were 120 MB, recomputing costs about 1 s
    const fingerprints = (p: Project) => fingerprintsOf(p.rows.subarray(3 * p.first, 3 * (p.first + p.rowCount)), p.facts.overall);

    // 1. in how many projects each fingerprint occurs
    const index = new FingerprintIndex();
    for (const p of indexed) {
      index.nextVisitor();
      const fp = fingerprints(p);
      for (let k = 0; k < fp.length; k++) if (fp[k]) index.count(fp[k]!);
    }
    // 2. posting lists of the rare candidate fingerprints; a library row (df > cap) gets none
    index.reservePostings(cap);
    for (const p of indexed) {
      const fp = fingerprints(p);
      for (let o = 0; o < fp.length; o += SLOTS) for (const s of CANDIDATE_SLOTS) if (fp[o + s]) index.post(fp[o + s]!, p.order);
    }

    // 3. per project, the earlier projects sharing enough rare fingerprints, scored; the best is kept
    const shared = new Int32Array(this.projects.length);
    const touched: number[] = [];
    for (const a of indexed) {
      if (a.rowCount < a.options.minRows) continue;
      index.nextVisitor();
      const fp = (a.fingerprints = fingerprints(a));
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
      a.fingerprints = NO_FINGERPRINTS;
      if (best) this.reportCopy(a, best.b, best.sim, best.verdict);
    }
  }

  reportCopy(a: Project, b: Project, sim: Similarity, verdict: Verdict): void {
    const counts = { rows: sim.rows, names: sim.names, descriptions: sim.descriptions, values: sim.values };
    if (verdict === 'notUpdated') {
      // reported on the later year, whichever file came first
      const [late, early] = this.docs[a.doc]!.year! > this.docs[b.doc]!.year! ? [a, b] : [b, a];
      const dl = this.docs[late.doc]!;
      const de = this.docs[early.doc]!;
      this.context.report({
        filePath: this.files[late.doc]!,
        pointer: this.pointer(late),
        messageId: 'notUpdated',
        data: { name: late.facts.name, source: early.facts.name, year: dl.year, sourceYear: de.year, sourceFile: baseName(this.files[early.doc]!), ...counts },
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
        en: 'the targets of project "{{name}}" closely match those of project "{{source}}" in {{where}}: of {{rows}} rows, {{names}} have the same indicator name, {{descriptions}} the same description and {{values}} the same target value. Set indicators that measure what this project itself delivers.',
      },
      notUpdated: {
        'zh-CN':
          '项目“{{name}}”的绩效指标照搬了上一年度（{{sourceYear}}年，{{sourceFile}}）项目“{{source}}”的目标：{{rows}}行中{{names}}行指标名称相同、{{descriptions}}行描述相同、{{values}}行指标值相同，目标未随年度更新。请根据{{year}}年的工作任务和预算重新设定指标值。',
        en: 'the targets of project "{{name}}" are carried over from last year\'s project "{{source}}" ({{sourceYear}}, {{sourceFile}}): of {{rows}} rows, {{names}} have the same indicator name, {{descriptions}} the same description and {{values}} the same target value. Set the {{year}} targets from this year\'s tasks and budget.',
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
    const common = new Set(context.options.commonRows.map(normalizeForCopyComparison));
    const { year, region, department, departmentKey, moneyUnit, projects } = listingOf(document.value);
    const rows: number[] = [];
    return {
      year,
      region,
      department,
      departmentKey,
      moneyUnit,
      departmentCode: (document.value.department?.code ?? '').trim(),
      projects: document.projects.map((p, i) => collectProject(p, projects[i]!, common, rows)),
      rows: Float64Array.from(rows),
    };
  },

  aggregate(context, entries) {
    const run = new Run(context, entries);
    run.checkCopies(run.duplicateListings());
  },
});
