/**
 * 同一项目不得重复列示，一个项目编码只对应一个项目. A corpus rule: it sees every project of the
 * run, so a project filed by two units, or one code reused for another project, is found across
 * files. What counts as "the same project" is src/analysis/project-listing.ts.
 */
import { createRule, type AggregateContext } from '../../src/engine/rule.js';
import type { LocalizedText } from '../../src/i18n.js';
import { findListingProblems, listingOf, otherTablePhrase, type ListedProject, type ListingDocument, type ListingRef } from '../../src/analysis/project-listing.js';

function formatTotal(total: number | null, unit: string): string {
  return total === null ? '—' : `${total}${unit}`;
}

/** What differs between two projects sharing a code, in words. */
function differenceOf(a: ListedProject, b: ListedProject): LocalizedText {
  if (a.name === b.name) return { 'zh-CN': '名称相同，但预算金额不同', en: 'have the same name but different budgets' };
  if (a.total === b.total) return { 'zh-CN': '预算金额相同，但名称不同', en: 'have the same budget but different names' };
  return { 'zh-CN': '名称和预算金额都不同', en: 'differ in name and budget' };
}

/** Where a listing is and how messages name it, given the files of the run. */
function placeOf(files: readonly string[], docs: readonly ListingDocument[]) {
  return {
    pointer: (ref: ListingRef) => `/projects/${ref.project.index}`,
    related: (ref: ListingRef) => [{ file: files[ref.doc]!, pointer: `/projects/${ref.project.index}`, label: ref.project.name }],
    where: (ref: ListingRef, from: ListingRef) => otherTablePhrase(ref.doc === from.doc, files[from.doc]!, docs[from.doc]!),
  };
}

function reportAll(context: AggregateContext<'duplicateProject' | 'codeReused'>, files: readonly string[], docs: readonly ListingDocument[]): void {
  const place = placeOf(files, docs);
  for (const finding of findListingProblems(docs)) {
    const { listing } = finding;
    const at = { filePath: files[listing.doc]!, pointer: place.pointer(listing) };
    if (finding.kind === 'duplicate') {
      const { twin } = finding;
      context.report({
        ...at,
        messageId: 'duplicateProject',
        data: { name: listing.project.name, source: twin.project.name, same: finding.same, ...place.where(listing, twin) },
        related: place.related(twin),
      });
      continue;
    }
    const { first } = finding;
    context.report({
      ...at,
      messageId: 'codeReused',
      data: {
        name: listing.project.name,
        source: first.project.name,
        code: listing.project.code,
        total: formatTotal(listing.project.total, docs[listing.doc]!.moneyUnit),
        sourceTotal: formatTotal(first.project.total, docs[first.doc]!.moneyUnit),
        difference: differenceOf(listing.project, first.project),
        ...place.where(listing, first),
      },
      related: place.related(first),
    });
  }
}

export default createRule({
  name: 'duplicate-project',
  meta: {
    type: 'problem',
    scope: 'corpus',
    docs: {
      description: {
        'zh-CN': '同一项目不得重复列示，一个项目编码只对应一个项目',
        en: 'A project is listed once, and a project code identifies one project',
      },
      recommended: 'warn',
    },
    messages: {
      duplicateProject: {
        'zh-CN':
          '项目“{{name}}”重复列示：与{{where}}项目“{{source}}”的{{same}}都相同，是同一个项目。请核实：若同一项目只应列示一次（否则预算会被重复计算），请删除其中一份。',
        en: 'project "{{name}}" is listed twice: it has the same {{same}} as project "{{source}}" in {{where}}. Check it: if the project should be listed once (otherwise its budget is counted twice), delete one of the two.',
      },
      codeReused: {
        'zh-CN':
          '项目编码“{{code}}”被两个不同的项目使用：项目“{{name}}”（预算{{total}}）与{{where}}项目“{{source}}”（预算{{sourceTotal}}）{{difference}}。一个项目编码只能对应一个项目：请更正项目编码；若两者本是同一项目，请合并为一个项目。',
        en: 'project code "{{code}}" is used by two different projects: "{{name}}" (budget {{total}}) and "{{source}}" in {{where}} (budget {{sourceTotal}}) {{difference}}. One code identifies one project: correct the code, or merge the two if they are one project.',
      },
    },
    schema: false,
    defaultOptions: {},
  },
  collect(_context, document): ListingDocument {
    return listingOf(document.value);
  },
  aggregate(context, entries) {
    reportAll(
      context,
      entries.map((e) => e.filePath),
      entries.map((e) => e.facts),
    );
  },
});
