/** What one rule, alone, reports on the five seed tables: [file name, pointer, messageId] in report order. */
import { basename } from 'node:path';
import { PerfLint } from '../../src/node/perflint.js';
import { ROOT } from '../cli/scenario.js';

export async function seedFindings(ruleId: string): Promise<Array<[string, string, string | undefined]>> {
  const perflint = new PerfLint({ cwd: ROOT, config: { rules: { [ruleId]: 'error' } } });
  const results = await perflint.lintFiles(['fixtures/seeds']);
  return results.flatMap((r) => r.messages.filter((m) => m.ruleId === ruleId).map((m): [string, string, string | undefined] => [basename(r.filePath), m.pointer, m.messageId]));
}

/** Like seedFindings, as sortable lines "file pointer messageId relatedFile#pointer …" (corpus rules relate findings). */
export async function seedFindingLines(ruleId: string): Promise<string[]> {
  const perflint = new PerfLint({ cwd: ROOT, config: { rules: { [ruleId]: 'error' } } });
  const results = await perflint.lintFiles(['fixtures/seeds']);
  return results.flatMap((r) =>
    r.messages
      .filter((m) => m.ruleId === ruleId)
      .map((m) => [basename(r.filePath), m.pointer, m.messageId, m.related?.map((x) => `${basename(x.filePath)}#${x.pointer}`).join(' ') ?? ''].join(' ')),
  );
}
