/**
 * Which listings of a run are one project. A project is identified by its code within a region
 * and year; a project without a code (浙江 tables have none) by its department, year, name and
 * budget. duplicate-project reports what this finds; no-copied-targets leaves the duplicates
 * out, since a project listed twice is not a copy of itself.
 */
import { baseName } from '../document/file-name.js';
import type { Region, Submission } from '../document/model.js';
import type { LocalizedText } from '../i18n.js';
import { normalizeForCopyComparison } from './text.js';

/** One project, reduced to what identifies it (structuredClone-able). */
export interface ListedProject {
  /** position in its document's projects */
  index: number;
  name: string;
  /** 项目编码, trimmed; '' = none */
  code: string;
  total: number | null;
}

export interface ListingDocument {
  /** undefined when the table does not say: such listings are never told apart by year */
  year: number | undefined;
  region: string;
  department: string;
  departmentKey: string;
  moneyUnit: string;
  projects: ListedProject[];
}

/** A project of the run: its document (position in the run) and the project. */
export interface ListingRef {
  doc: number;
  project: ListedProject;
}

export type ListingFinding =
  /** the second listing of one project: same code (or department), name and budget */
  | { kind: 'duplicate'; listing: ListingRef; twin: ListingRef; same: LocalizedText }
  /** a code already used by a different project */
  | { kind: 'codeReused'; listing: ListingRef; first: ListingRef };

export function regionKey(region: Region | undefined): string {
  return [region?.province ?? '', region?.city ?? '', region?.county ?? ''].map(normalizeForCopyComparison).join('|');
}

export function listingOf(submission: Submission): ListingDocument {
  const region = regionKey(submission.region);
  const department = submission.department?.name ?? '';
  return {
    year: submission.year,
    region,
    department,
    // an unknown department is no department: two such tables are never "the same department"
    departmentKey: department === '' ? '' : `${region}|${normalizeForCopyComparison(department)}`,
    moneyUnit: submission.moneyUnit ?? '',
    projects: submission.projects.map((p, index) => ({ index, name: p.name, code: (p.code ?? '').trim(), total: p.funding?.total ?? null })),
  };
}

/** An unknown budget does not tell two listings apart. */
function sameTotal(a: number | null, b: number | null): boolean {
  return a === null || b === null || a === b;
}

/** Every duplicate listing and reused code of the run, in run order. */
export function findListingProblems(docs: readonly ListingDocument[]): ListingFinding[] {
  const findings: ListingFinding[] = [];
  const byCode = new Map<string, ListingRef[]>();
  const byName = new Map<string, ListingRef>();
  docs.forEach((d, doc) => {
    for (const project of d.projects) {
      const listing = { doc, project };
      if (project.code === '') {
        if (project.total === null || d.departmentKey === '' || d.year === undefined) continue;
        const key = `${d.departmentKey}|${d.year}|${normalizeForCopyComparison(project.name)}|${project.total}`;
        const twin = byName.get(key);
        if (twin) findings.push({ kind: 'duplicate', listing, twin, same: { 'zh-CN': '部门、名称和预算金额（两者都没有项目编码）', en: 'department, name and budget (neither has a project code)' } });
        else byName.set(key, listing);
        continue;
      }
      if (d.year === undefined) continue; // a code is unique per year: without the year there is no telling
      const key = `${d.region}|${d.year}|${project.code}`;
      const group = byCode.get(key);
      if (!group) {
        byCode.set(key, [listing]);
        continue;
      }
      const name = normalizeForCopyComparison(project.name);
      const twin = group.find((q) => normalizeForCopyComparison(q.project.name) === name && sameTotal(q.project.total, project.total));
      if (twin) findings.push({ kind: 'duplicate', listing, twin, same: { 'zh-CN': `项目编码（${project.code}）、名称和预算金额`, en: `code (${project.code}), name and budget` } });
      else findings.push({ kind: 'codeReused', listing, first: group[0]! });
      group.push(listing);
    }
  });
  return findings;
}

/**
 * How a message names the table another project is in: "本表" for the same file, else the file
 * with its department and year.
 */
export function otherTablePhrase(sameFile: boolean, file: string, doc: Pick<ListingDocument, 'department' | 'year'>): { where: LocalizedText } {
  if (sameFile) return { where: { 'zh-CN': '本表', en: 'this file' } };
  const name = baseName(file);
  const about = [doc.department, doc.year === undefined ? '' : `${doc.year}年`].filter(Boolean).join('，');
  const aboutEn = [doc.department, doc.year ?? ''].filter((x) => x !== '').join(', ');
  return { where: { 'zh-CN': `${name}${about ? `（${about}）` : ''}中的`, en: `${name}${aboutEn ? ` (${aboutEn})` : ''}` } };
}
