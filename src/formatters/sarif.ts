/**
 * SARIF 2.1.0 for code-scanning dashboards: rule metadata with help URIs, URIs relative to
 * %SRCROOT%, 1-based regions, the JSON pointer as a logical location, stable fingerprints.
 */
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintMessage } from '../engine/results.js';
import { PARSE_RULE, READING_RULE, ruleKey } from './tally.js';
import type { Formatter } from './types.js';

function uri(cwd: string, filePath: string): string {
  return relative(cwd, filePath).split('\\').join('/').split('/').map(encodeURIComponent).join('/');
}

function fingerprint(file: string, m: LintMessage): string {
  return createHash('sha256').update(`${m.ruleId ?? ''}\u0000${file}\u0000${m.pointer}\u0000${m.messageId ?? m.message}`).digest('hex').slice(0, 32);
}

export const sarif: Formatter = (results, context) => {
  const used = new Set<string>();
  for (const r of results) for (const m of r.messages) used.add(ruleKey(m));
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
    const file = uri(context.cwd, result.filePath);
    return result.messages.map((m) => {
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
      if (m.related?.length) {
        out.relatedLocations = m.related.map((r, i) => ({
          id: i + 1,
          physicalLocation: {
            artifactLocation: { uri: uri(context.cwd, r.filePath), uriBaseId: '%SRCROOT%' },
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
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(context.cwd).href.replace(/\/?$/, '/') } },
        artifacts: results.map((r) => ({ location: { uri: uri(context.cwd, r.filePath), uriBaseId: '%SRCROOT%' } })),
        results: sarifResults,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2);
};
