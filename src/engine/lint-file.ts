/**
 * The per-file half of a run: validate, run the document rules in one traversal, collect corpus
 * facts, and locate and localise the file's own messages. Its outcome is plain data, so it can
 * come back from a worker thread.
 */
import type { Submission } from '../document/model.js';
import type { LoadedInput } from '../document/inputs.js';
import { startOfFileLocator } from '../document/inputs.js';
import type { Locator } from '../document/source-range.js';
import type { SubmissionValidator } from '../document/validate.js';
import type { Locale } from '../i18n.js';
import { finalize, type PendingReport } from './report.js';
import { SCHEMA_RULE_ID, type DocumentFacts, type LintMessage } from './results.js';
import { runDocument, type PreparedConfig } from './run-document.js';
import { isCorpusRule } from './rule.js';
import { timed, type LintStats } from './stats.js';
import { unknownMetadataWarnings } from './unknown-metadata.js';

/** What a corpus rule took from one file, and how the file wants its findings. */
export interface CorpusContribution {
  ruleId: string;
  severity: 1 | 2;
  options: unknown;
  /** absent when the rule crashed while collecting (the crash is already a message) */
  facts?: unknown;
}

export interface FileOutcome {
  filePath: string;
  messages: LintMessage[];
  corpus: CorpusContribution[];
  /** for message context in the corpus phase, when the document itself is gone */
  projectNames: string[];
  /** the projects' codes ('' for none), for the same reason */
  projectCodes: string[];
  /** the fixed text, when fixing changed it */
  output?: string;
  /** found by walking a folder but not a submission (another tool's JSON): left out of the results */
  skipped?: true;
  document?: DocumentFacts;
}

/** Which rules apply to a document, and how; the config layer's ConfigSelector is one. */
export interface RuleSelector {
  prepare(filePath: string, document: Submission): PreparedConfig;
}

export interface FileEnvironment {
  selector: RuleSelector;
  validate: SubmissionValidator;
  locale: Locale;
  /** `--stats`: where the time goes */
  stats?: LintStats;
}

export function lintFile(filePath: string, input: LoadedInput, env: FileEnvironment): FileOutcome {
  const outcome: FileOutcome = { filePath, messages: [], corpus: [], projectNames: [], projectCodes: [] };
  const locator = input.locator ?? startOfFileLocator;
  const pending: PendingReport[] = [];
  let document: Submission | undefined;
  if (!input.ok) {
    pending.push({ ruleId: null, severity: 2, fatal: true, text: input.problem.message, pointer: '', range: input.problem.range });
  } else {
    const problems = timed(env.stats?.phases, 'validate', () => env.validate(input.value));
    if (problems.length) {
      outcome.projectNames = projectFieldOf(input.value, 'name');
      outcome.projectCodes = projectFieldOf(input.value, 'code');
      for (const p of problems) pending.push({ ruleId: SCHEMA_RULE_ID, severity: 2, fatal: true, text: p.message, pointer: p.pointer, target: p.target });
    } else {
      document = input.value as Submission;
      outcome.projectNames = document.projects.map((p) => p.name);
      outcome.projectCodes = document.projects.map((p) => p.code ?? '');
      outcome.document = documentFacts(document);
      for (const warning of unknownMetadataWarnings(document)) pending.push(warning);
      for (const note of input.notes ?? []) pending.push({ ruleId: null, severity: 1, text: note.message, pointer: '', range: note.range });
      const prepared = env.selector.prepare(filePath, document);
      const run = timed(env.stats?.phases, 'rules', () => runDocument(document!, filePath, prepared, env.stats?.rules));
      // a loop, not push(...spread): a large file yields more reports than the stack has room for arguments
      for (const report of run.reports) pending.push(report);
      for (const p of prepared.rules) {
        if (!isCorpusRule(p.rule)) continue;
        const contribution: CorpusContribution = { ruleId: p.id, severity: p.severity, options: p.options };
        if (run.facts.has(p.id)) contribution.facts = run.facts.get(p.id);
        outcome.corpus.push(contribution);
      }
    }
  }
  // positions are computed only for files with messages, in one scan, then let go
  timed(env.stats?.phases, 'locate', () => {
    if (pending.length) locator.prepare?.(pending.map((r) => r.pointer));
    for (const report of pending) outcome.messages.push(withContext(finalize(report, filePath, locator, env.locale, () => undefined), outcome, document));
    locator.release?.();
  });
  if (env.stats) env.stats.files++;
  return outcome;
}

/** Built property by property: kept for every file of a run, and spread-built objects each get a hidden class of their own. */
function documentFacts(document: Submission): DocumentFacts {
  const facts: Partial<DocumentFacts> = {};
  if (document.department?.name) facts.department = document.department.name;
  if (document.year !== undefined) facts.year = document.year;
  if (document.region) facts.region = document.region;
  facts.projects = document.projects.length;
  return facts as DocumentFacts;
}

const PROJECT_POINTER = /^\/projects\/(\d+)(?:\/(indicators|periodIndicators)\/(\d+))?/;

/** Project and indicator names for a pointer, so a clerk can find the row without opening the JSON. */
export function withContext(message: LintMessage, outcome: FileOutcome, document?: Submission): LintMessage {
  const m = PROJECT_POINTER.exec(message.pointer);
  if (!m) return message;
  const index = Number(m[1]);
  const project = document?.projects[index];
  const context: NonNullable<LintMessage['context']> = {};
  const projectName = project?.name ?? outcome.projectNames[index];
  if (projectName) context.project = projectName;
  const projectCode = project ? project.code : outcome.projectCodes[index];
  if (projectCode) context.projectCode = projectCode;
  if (m[2] && project) {
    const row = project[m[2] as 'indicators' | 'periodIndicators']?.[Number(m[3])];
    const name = row?.name || row?.personal?.name;
    if (name) context.indicator = name;
  }
  if (context.project || context.indicator) message.context = context;
  return message;
}

/** names or codes from a document that failed validation, as far as they can be read */
function projectFieldOf(value: unknown, field: 'name' | 'code'): string[] {
  const projects = (value as { projects?: unknown } | null)?.projects;
  if (!Array.isArray(projects)) return [];
  return projects.map((p) => {
    const v = (p as Record<string, unknown> | null)?.[field];
    return typeof v === 'string' ? v : '';
  });
}

/** The locator a corpus finding needs later: re-opened from the input where possible, so text is not kept. */
export function keepLocator(input: LoadedInput): (() => Locator) | Locator {
  if (input.ok && input.reopen) return input.reopen;
  return input.locator ?? startOfFileLocator;
}
