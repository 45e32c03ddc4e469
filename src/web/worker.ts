/**
 * The clerk's page's Web Worker: lints and annotates off the page's thread, so the page stays
 * responsive on a large workbook. Bundled (with the presets' YAML as text) into the page itself.
 */
import centralText from '../config/presets/central-2022.yaml';
import hebeiText from '../config/presets/hebei.yaml';
import zhejiangText from '../config/presets/zhejiang.yaml';
import hubeiText from '../config/presets/hubei.yaml';
import anhuiText from '../config/presets/anhui.yaml';
import guangxiText from '../config/presets/guangxi.yaml';
import { annotateWorkbookBytes } from '../import/annotate-workbook.js';
import { builtinRules } from '../../rules/index.js';
import { lintInMemory } from './lint.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';

const TEXTS = { 'central-2022': centralText, zhejiang: zhejiangText, hebei: hebeiText, hubei: hubeiText, anhui: anhuiText, guangxi: guangxiText };
const LOCALE = 'zh-CN';
const RULES_META = Object.fromEntries(Object.entries(builtinRules).map(([id, rule]) => [id, rule.meta]));
const RULE_NAMES = Object.fromEntries(Object.entries(builtinRules).map(([id, rule]) => [id, rule.meta.docs.description[LOCALE]]));

interface WorkerScope {
  onmessage: ((event: { data: WorkerRequest }) => void) | null;
  postMessage(reply: WorkerReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  void answer(data).then(
    (reply) => scope.postMessage(reply, reply.kind === 'annotated' && reply.bytes ? [reply.bytes.buffer as ArrayBuffer] : []),
    (error: unknown) => scope.postMessage({ kind: 'failed', id: data.id, message: error instanceof Error ? error.message : String(error) }),
  );
};

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  if (request.kind === 'lint') {
    const reports = await lintInMemory(request.files, request.choice, TEXTS, LOCALE);
    return { kind: 'linted', id: request.id, reports, ruleNames: RULE_NAMES };
  }
  const bytes = await annotateWorkbookBytes(request.file.name, request.file.bytes, request.messages, { locale: LOCALE, rulesMeta: RULES_META });
  return { kind: 'annotated', id: request.id, bytes };
}

