/**
 * The corpus half of a run: every corpus rule's aggregate step sees the facts of all files and
 * reports into any of them; findings are then located (one scan per file) and localised.
 * Corpus results depend on the whole run, so they are never cached.
 */
import type { Locator } from '../document/source-range.js';
import type { Locale } from '../i18n.js';
import { withContext, type FileOutcome } from './lint-file.js';
import { finalize, type PendingReport } from './report.js';
import { crashReport, toPending } from './run-document.js';
import { isCorpusRule, type CorpusEntry, type RuleLookup } from './rule.js';
import { addTime, type LintStats } from './stats.js';

export type LocatorSource = (filePath: string) => Promise<Locator>;

export async function runCorpusRules(outcomes: FileOutcome[], registry: RuleLookup, locale: Locale, locatorOf: LocatorSource, stats?: LintStats): Promise<void> {
  const aggregateStart = performance.now();
  const byFile = new Map(outcomes.map((o) => [o.filePath, o]));
  const entries = new Map<string, Array<CorpusEntry<unknown, unknown>>>();
  const severity = new Map<string, Map<string, 1 | 2>>(); // rule → file → severity
  for (const outcome of outcomes) {
    for (const c of outcome.corpus) {
      if (!severity.has(c.ruleId)) severity.set(c.ruleId, new Map());
      severity.get(c.ruleId)!.set(outcome.filePath, c.severity);
      if (c.facts === undefined) continue;
      if (!entries.has(c.ruleId)) entries.set(c.ruleId, []);
      entries.get(c.ruleId)!.push({ filePath: outcome.filePath, facts: c.facts, options: c.options });
    }
  }

  const pending = new Map<string, PendingReport[]>();
  const add = (filePath: string, report: PendingReport) => {
    if (!pending.has(filePath)) pending.set(filePath, []);
    pending.get(filePath)!.push(report);
  };
  for (const [id, files] of severity) {
    const rule = registry.get(id);
    if (!rule || !isCorpusRule(rule)) continue;
    const ruleEntries = entries.get(id) ?? [];
    try {
      const start = performance.now();
      rule.aggregate(
        {
          id,
          report: (descriptor) => {
            const level = files.get(descriptor.filePath);
            if (!level) return; // the rule is off for that file
            add(descriptor.filePath, toPending({ id, rule, severity: level, options: undefined }, descriptor));
          },
        },
        ruleEntries,
      );
      if (stats) addTime(stats.rules, id, performance.now() - start);
    } catch (error) {
      // a crashed aggregate leaves every file it would have read without its verdict
      for (const entry of ruleEntries) add(entry.filePath, crashReport(id, error));
    }
  }

  if (stats) addTime(stats.phases, 'corpus', performance.now() - aggregateStart);
  const locateStart = performance.now();
  // one positions scan per file for everything the findings point at, related places included
  const wanted = new Map<string, string[]>();
  const want = (file: string, pointer: string) => {
    if (!wanted.has(file)) wanted.set(file, []);
    wanted.get(file)!.push(pointer);
  };
  for (const [filePath, reports] of pending) {
    for (const r of reports) {
      want(filePath, r.pointer);
      for (const related of r.related ?? []) want(related.file ?? filePath, related.pointer);
    }
  }
  const locators = new Map<string, Locator>();
  for (const [file, pointers] of wanted) {
    if (!byFile.has(file)) continue;
    const locator = await locatorOf(file);
    locator.prepare?.(pointers);
    locators.set(file, locator);
  }
  for (const [filePath, reports] of pending) {
    const outcome = byFile.get(filePath)!;
    for (const r of reports) {
      outcome.messages.push(withContext(finalize(r, filePath, locators.get(filePath)!, locale, (f) => locators.get(f)), outcome));
    }
  }
  for (const locator of locators.values()) locator.release?.();
  if (stats) addTime(stats.phases, 'corpus locate', performance.now() - locateStart);
}
