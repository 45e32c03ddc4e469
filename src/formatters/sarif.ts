/**
 * SARIF 2.1.0 for code-scanning dashboards: rule metadata with help URIs, URIs relative to
 * %SRCROOT% (the git top where there is one, else the working directory), 1-based regions, the
 * JSON pointer as a logical location, fingerprints from content, fixes, and baseline suppressions.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentKey, type LintFix, type LintMessage } from '../engine/results.js';
import { PARSE_RULE, READING_RULE, ruleKey } from './tally.js';
import type { Formatter } from './types.js';

function uri(cwd: string, filePath: string): string {
  return relative(cwd, filePath).split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}

/** The repository root: the nearest folder up from `dir` holding `.git` (a folder, or a file in a worktree). */
export function gitTopOf(dir: string): string | undefined {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return undefined;
  }
}

/**
 * From what the finding is about (project, indicator), its rule and what it says (messageId and
 * data), never from its pointer or line: inserting a project above it leaves it the same alert.
 */
function fingerprint(file: string, m: LintMessage): string {
  const parts = [m.ruleId ?? '', file, contentKey(m), m.messageId ?? m.message, m.contentHash ?? ''];
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}

/** A SARIF fix: one replacement in the file, by character offsets (utf16CodeUnits, as the columns). */
function sarifFix(file: string, description: string, fix: LintFix): Record<string, unknown> {
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
        replacements: [{ deletedRegion: { charOffset: fix.range[0], charLength: fix.range[1] - fix.range[0] }, insertedContent: { text: fix.text } }],
      },
    ],
  };
}

function fixesOf(file: string, m: LintMessage): Array<Record<string, unknown>> {
  const fixes = m.fix ? [sarifFix(file, m.message, m.fix)] : [];
  for (const s of m.suggestions ?? []) fixes.push(sarifFix(file, s.desc, s.fix));
  return fixes;
}

export const sarif: Formatter = (results, context) => {
  const root = gitTopOf(context.cwd) ?? context.cwd;
  const used = new Set<string>();
  for (const r of results) for (const m of [...r.messages, ...r.suppressedMessages]) used.add(ruleKey(m));
  const ruleIds = [...used].sort();
  const rules = ruleIds.map((id) => {
    const meta = context.rulesMeta[id];
    if (!meta) {
      const text = id === PARSE_RULE ? 'The file could not be read as a perflint/v1 document.' : id === READING_RULE ? 'The file was read, but not all of it, or without its year, place or department.' : id;
      return { id, shortDescription: { text } };
    }
    return {
      id,
      name: id,
      shortDescription: { text: meta.docs.description[context.locale] },
      fullDescription: { text: `${meta.docs.description['zh-CN']} / ${meta.docs.description.en}` },
      helpUri: meta.docs.url,
      help: { text: meta.docs.description[context.locale] },
      properties: { type: meta.type },
    };
  });
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const sarifResults = results.flatMap((result) => {
    const file = uri(root, result.filePath);
    return [...result.messages, ...result.suppressedMessages].map((m) => {
      const ruleId = ruleKey(m);
      const location: Record<string, unknown> = {
        physicalLocation: {
          artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
          region: {
            startLine: m.line,
            startColumn: m.column,
            ...(m.endLine !== undefined ? { endLine: m.endLine } : {}),
            ...(m.endColumn !== undefined ? { endColumn: m.endColumn } : {}),
          },
        },
        logicalLocations: [{ fullyQualifiedName: m.pointer || '/', kind: 'element' }],
      };
      const out: Record<string, unknown> = {
        ruleId,
        ruleIndex: index.get(ruleId),
        level: m.severity === 2 ? 'error' : 'warning',
        message: { text: m.cellRef ? `${m.message} (${m.cellRef})` : m.message },
        locations: [location],
        partialFingerprints: { 'perflint/v1': fingerprint(file, m) },
      };
      const fixes = fixesOf(file, m);
      if (fixes.length) out.fixes = fixes;
      if (m.suppressions?.length) out.suppressions = [{ kind: 'external', justification: 'perflint baseline' }];
      if (m.related?.length) {
        out.relatedLocations = m.related.map((r, i) => ({
          id: i + 1,
          physicalLocation: {
            artifactLocation: { uri: uri(root, r.filePath), uriBaseId: '%SRCROOT%' },
            region: { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn },
          },
          logicalLocations: [{ fullyQualifiedName: r.pointer || '/', kind: 'element' }],
          ...(r.label ? { message: { text: r.label } } : {}),
        }));
      }
      return out;
    });
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'perflint',
            informationUri: 'https://github.com/perflint/perflint',
            ...(context.version ? { version: context.version, semanticVersion: context.version } : {}),
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(root).href.replace(/\/?$/, '/') } },
        artifacts: results.map((r) => ({ location: { uri: uri(root, r.filePath), uriBaseId: '%SRCROOT%' } })),
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};
