/** Tiny builders for canonical perflint/v1 documents in rule tests. */
import type { Indicator, Project, Submission } from '../../src/document/model.js';

/** a submission with the usual defaults (浙江省绍兴市, 2021, 测试局); `partial` overrides them */
export function doc(partial: Partial<Submission> = {}): Submission {
  return {
    format: 'perflint/v1',
    year: 2021,
    region: { province: '浙江省', city: '绍兴市' },
    department: { name: '测试局' },
    projects: [],
    ...partial,
  };
}

export function project(name: string, indicators: Indicator[], extra: Partial<Project> = {}): Project {
  return { name, indicators, ...extra };
}

export function row(level1: string, level2: string, name: string, value: string, extra: Partial<Indicator> = {}): Indicator {
  return { level1, level2, name, value, ...extra };
}

/** a submission with one project "甲" holding `rows` (rule tests that look at one table) */
export function oneProject(rows: Indicator[], extra: Partial<Project> = {}): Submission {
  return doc({ projects: [project('甲', rows, extra)] });
}
