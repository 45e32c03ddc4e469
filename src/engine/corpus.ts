/**
 * The corpus half of a run: every corpus rule's aggregate step sees the facts of all files and
 * reports into any of them; findings are then located (one scan per file) and localised.
 * Corpus results depend on the whole run, so they are never cached.
 */
import { START_OF_FILE, type LocateTarget, type Locator, type SourceRange } from '../document/source-range.js';
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
  // every place the findings name, by file (related places in other files included); each file is
  // then opened once, its places measured and its text let go before the next, so a national run
  // never holds the text of the thousands of files its findings point into
  const places = new Map<string, Place[]>();
  const want = (file: string, pointer: string, target?: LocateTarget) => {
    if (!places.has(file)) places.set(file, []);
    places.get(file)!.push({ pointer, target });
  };
  for (const [filePath, reports] of pending) {
    for (const r of reports) {
      want(filePath, r.pointer, r.target);
      if (r.fix) want(filePath, r.fix.pointer);
      for (const s of r.suggestions ?? []) want(filePath, s.fix.pointer);
      for (const related of r.related ?? []) want(related.file ?? filePath, related.pointer);
    }
  }
  const measured = new Map<string, Locator>();
  for (const [file, wanted] of places) {
    if (byFile.has(file)) measured.set(file, measure(await locatorOf(file), wanted));
  }
  for (const [filePath, reports] of pending) {
    const outcome = byFile.get(filePath)!;
    for (const r of reports) {
      outcome.messages.push(withContext(finalize(r, filePath, measured.get(filePath)!, locale, (f) => measured.get(f)), outcome));
    }
  }
  if (stats) addTime(stats.phases, 'corpus locate', performance.now() - locateStart);
}

interface Place {
  pointer: string;
  target?: LocateTarget;
}

/** A locator that answers, for the given places only, what `locator` said of them; it holds no text. */
function measure(locator: Locator, places: readonly Place[]): Locator {
  const key = (pointer: string, target?: LocateTarget) => `${target ?? ''}\u0000${pointer}`;
  locator.prepare?.(places.map((p) => p.pointer));
  const ranges = new Map<string, SourceRange>();
  const offsets = new Map<string, [number, number] | undefined>();
  for (const { pointer, target } of places) {
    ranges.set(key(pointer, target), locator.locate(pointer, target));
    // a fix is placed by its offsets, or (no text) by the cell of its pointer
    ranges.set(key(pointer), locator.locate(pointer));
    offsets.set(pointer, locator.offsets?.(pointer));
  }
  locator.release?.();
  return {
    locate: (pointer, target) => ranges.get(key(pointer, target)) ?? START_OF_FILE,
    offsets: (pointer) => offsets.get(pointer),
  };
}
