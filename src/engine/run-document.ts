/**
 * Runs every enabled document rule over one document in a single traversal, and collects the
 * per-file facts of corpus rules. A rule that throws is isolated: its handlers stop for this
 * file, a fatal message names it, and the other rules go on.
 */
import type { Submission } from '../document/model.js';
import type { Settings } from '../config/types.js';
import type { LocalizedText } from '../i18n.js';
import { DocumentNode } from './nodes.js';
import { timed } from './stats.js';
import type { Analysis } from './analysis.js';
import type { PendingReport } from './report.js';
import { isCorpusRule, type AnyRule, type ReportDescriptor, type RuleContext, type VisitorName, type Visitors } from './rule.js';

export interface PreparedRule {
  id: string;
  rule: AnyRule;
  severity: 1 | 2;
  options: unknown;
}

export interface PreparedConfig {
  rules: PreparedRule[];
  settings: Settings;
  analysis: Analysis;
}

export interface DocumentRun {
  reports: PendingReport[];
  /** corpus rule id → facts of this document */
  facts: Map<string, unknown>;
}

const VISITOR_NAMES: readonly VisitorName[] = ['document', 'document:exit', 'project', 'project:exit', 'indicator', 'indicator:exit'];

export class RuleCrash extends Error {}

interface Handler {
  prepared: PreparedRule;
  fn: (node: never) => void;
  /** the rule crashed on this document */
  stopped: boolean;
}

/** `ruleTimes`: rule id → milliseconds, filled when `--stats` asks for them. */
export function runDocument(document: Submission, filePath: string, config: PreparedConfig, ruleTimes?: Map<string, number>): DocumentRun {
  const root = new DocumentNode(document, config.analysis);
  const reports: PendingReport[] = [];
  const facts = new Map<string, unknown>();
  const handlers = new Map<VisitorName, Handler[]>();

  const crash = (prepared: PreparedRule, error: unknown) => {
    reports.push(crashReport(prepared.id, error));
    // its handlers stop for this document
    for (const list of handlers.values()) for (const h of list) if (h.prepared === prepared) h.stopped = true;
  };

  for (const prepared of config.rules) {
    if (isCorpusRule(prepared.rule)) {
      try {
        const rule = prepared.rule;
        facts.set(prepared.id, timed(ruleTimes, prepared.id, () => rule.collect({ id: prepared.id, options: prepared.options, filePath, settings: config.settings }, root)));
      } catch (error) {
        crash(prepared, error);
      }
      continue;
    }
    let visitors: Visitors;
    try {
      const rule = prepared.rule;
      visitors = timed(ruleTimes, prepared.id, () => rule.create(createContext(prepared, filePath, document, config.settings, reports)));
    } catch (error) {
      crash(prepared, error);
      continue;
    }
    for (const name of VISITOR_NAMES) {
      const fn = visitors[name];
      if (fn) {
        let list = handlers.get(name);
        if (!list) handlers.set(name, (list = []));
        list.push({ prepared, fn: fn as (node: never) => void, stopped: false });
      }
    }
  }

  const emit = (list: Handler[] | undefined, node: unknown) => {
    if (!list) return;
    for (const h of list) {
      if (h.stopped) continue;
      try {
        if (ruleTimes) timed(ruleTimes, h.prepared.id, () => h.fn(node as never));
        else h.fn(node as never);
      } catch (error) {
        crash(h.prepared, error);
      }
    }
  };

  // looked up once, not per node: the indicator visitors run for every row
  const onIndicator = handlers.get('indicator');
  const onIndicatorExit = handlers.get('indicator:exit');
  emit(handlers.get('document'), root);
  for (const project of root.projects) {
    emit(handlers.get('project'), project);
    for (const indicator of project.indicators) {
      emit(onIndicator, indicator);
      emit(onIndicatorExit, indicator);
    }
    for (const indicator of project.periodIndicators) {
      emit(onIndicator, indicator);
      emit(onIndicatorExit, indicator);
    }
    emit(handlers.get('project:exit'), project);
  }
  emit(handlers.get('document:exit'), root);

  return { reports, facts };
}

function createContext(
  prepared: PreparedRule,
  filePath: string,
  document: Submission,
  settings: Settings,
  sink: PendingReport[],
): RuleContext<string, unknown> {
  return Object.freeze({
    id: prepared.id,
    options: prepared.options,
    filePath,
    document,
    settings,
    report: (descriptor: ReportDescriptor<string>) => {
      sink.push(toPending(prepared, descriptor));
    },
  });
}

/** The engine checks what rules report, so a rule bug surfaces as a crash, not a wrong message. */
export function toPending(prepared: PreparedRule, descriptor: ReportDescriptor<string>): PendingReport {
  const meta = prepared.rule.meta;
  const text = (meta.messages as Record<string, LocalizedText>)[descriptor.messageId];
  if (!text) throw new RuleCrash(`rule "${prepared.id}" reported an unknown messageId "${descriptor.messageId}"`);
  const pointer = descriptor.pointer ?? descriptor.node?.pointer;
  if (pointer === undefined) throw new RuleCrash(`rule "${prepared.id}" reported without a node or pointer`);
  if (descriptor.fix && !meta.fixable) throw new RuleCrash(`rule "${prepared.id}" reported a fix but meta.fixable is not set`);
  if (descriptor.suggestions?.length && !meta.hasSuggestions) {
    throw new RuleCrash(`rule "${prepared.id}" reported suggestions but meta.hasSuggestions is not set`);
  }
  const report: PendingReport = {
    ruleId: prepared.id,
    severity: prepared.severity,
    messageId: descriptor.messageId,
    text,
    data: descriptor.data,
    pointer,
    target: descriptor.target,
    related: descriptor.related,
    fix: descriptor.fix,
  };
  if (descriptor.suggestions?.length) {
    report.suggestions = descriptor.suggestions.map((s) => {
      const suggestionText = (meta.messages as Record<string, LocalizedText>)[s.messageId];
      if (!suggestionText) throw new RuleCrash(`rule "${prepared.id}" suggested with an unknown messageId "${s.messageId}"`);
      return { messageId: s.messageId, text: suggestionText, data: s.data, fix: s.fix };
    });
  }
  return report;
}

export function crashReport(ruleId: string, error: unknown): PendingReport {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ruleId,
    severity: 2,
    fatal: true,
    text: {
      'zh-CN': `规则“{{rule}}”运行出错，本文件未能完成该规则的检查：{{detail}}`,
      en: 'rule "{{rule}}" crashed and did not finish on this file: {{detail}}',
    },
    data: { rule: ruleId, detail },
    pointer: '',
  };
}
