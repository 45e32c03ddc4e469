/**
 * Counts over a run, by department and by rule: one derivation for the HTML report, the summary
 * table and stylish's closing line, so every view of a run agrees with its JSON results.
 */
import { qualifiedDepartmentName } from '../analysis/department-name.js';
import type { LintMessage, LintResult } from '../engine/results.js';
import type { Locale } from '../i18n.js';
import type { FormatterContext } from './types.js';

/** the file could not be read as a perflint/v1 document (ruleId null, fatal) */
export const PARSE_RULE = 'fatal-parse-error';
/** warnings from reading the input itself: unknown year or place, a table read only in part (ruleId null) */
export const READING_RULE = 'input-reading';

/** A message's rule, with a name for the two kinds of message no rule gives. */
export const ruleKey = (m: Pick<LintMessage, 'ruleId' | 'fatal'>): string => m.ruleId ?? (m.fatal ? PARSE_RULE : READING_RULE);

export interface Counts {
  errors: number;
  warnings: number;
}

export interface RuleCount extends Counts {
  ruleId: string;
}

export interface DepartmentTally extends Counts {
  /** '' when the documents do not say (or could not be read) */
  department: string;
  years: number[];
  files: number;
  projects: number;
  /** by count, most first */
  rules: RuleCount[];
}

export interface Tally extends Counts {
  files: number;
  projects: number;
  /** by findings, most first; ties by name */
  departments: DepartmentTally[];
  rules: RuleCount[];
}

/** the department that filed a result, named with its place; '' when the document does not say */
export function departmentOf(result: LintResult): string {
  const d = result.document;
  return d?.department ? qualifiedDepartmentName(d.department, d.region) : '';
}

export const total = (c: Counts) => c.errors + c.warnings;

function addMessage(counts: Map<string, RuleCount>, m: LintMessage): void {
  const ruleId = ruleKey(m);
  let c = counts.get(ruleId);
  if (!c) counts.set(ruleId, (c = { ruleId, errors: 0, warnings: 0 }));
  if (m.severity === 2) c.errors++;
  else c.warnings++;
}

const byCount = (counts: Iterable<RuleCount>) => [...counts].sort((a, b) => total(b) - total(a) || a.ruleId.localeCompare(b.ruleId));
const sum = (rows: Counts[]): Counts => ({ errors: rows.reduce((n, r) => n + r.errors, 0), warnings: rows.reduce((n, r) => n + r.warnings, 0) });

export function tally(results: LintResult[]): Tally {
  const all = new Map<string, RuleCount>();
  const departments = new Map<string, { files: number; projects: number; years: Set<number>; rules: Map<string, RuleCount> }>();
  let projects = 0;
  for (const result of results) {
    const name = departmentOf(result);
    let d = departments.get(name);
    if (!d) departments.set(name, (d = { files: 0, projects: 0, years: new Set(), rules: new Map() }));
    d.files++;
    d.projects += result.document?.projects ?? 0;
    projects += result.document?.projects ?? 0;
    if (result.document?.year !== undefined) d.years.add(result.document.year);
    for (const m of result.messages) {
      addMessage(all, m);
      addMessage(d.rules, m);
    }
  }
  const rows = [...departments].map(([department, d]): DepartmentTally => {
    const rules = byCount(d.rules.values());
    return { department, years: [...d.years].sort((a, b) => a - b), files: d.files, projects: d.projects, ...sum(rules), rules };
  });
  rows.sort((a, b) => total(b) - total(a) || a.department.localeCompare(b.department));
  const rules = byCount(all.values());
  return { files: results.length, projects, departments: rows, rules, ...sum(rules) };
}

const UNNAMED_DEPARTMENT = { 'zh-CN': '（未写明部门）', en: '(no department)' } as const;

export function departmentLabel(name: string, locale: Locale): string {
  return name || UNNAMED_DEPARTMENT[locale];
}

/** `2019` or `2019、2020` */
export function yearsLabel(years: number[], locale: Locale): string {
  return years.join(locale === 'en' ? ', ' : '、');
}

/** `weights-sum 12 · no-placeholder 5 …`: the most frequent rules first */
export function topRulesLine(rules: RuleCount[], limit: number): string {
  const shown = rules.slice(0, limit).map((r) => `${r.ruleId} ${total(r)}`);
  return shown.join(' · ') + (rules.length > limit ? ' …' : '');
}

const UNRULED = {
  [PARSE_RULE]: { 'zh-CN': '文件无法读取', en: 'file could not be read' },
  [READING_RULE]: { 'zh-CN': '读取表格时的提示', en: 'notes from reading the table' },
} as const;

/** the rule's description in the locale (`rulesMeta` as formatters get it); '' for a rule it does not know */
export function ruleName(ruleId: string, rulesMeta: FormatterContext['rulesMeta'], locale: Locale): string {
  if (ruleId === PARSE_RULE || ruleId === READING_RULE) return UNRULED[ruleId][locale];
  return rulesMeta[ruleId]?.docs.description[locale] ?? '';
}
