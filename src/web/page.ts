/**
 * The clerk's page: choose or drop tables, see the findings by project with their cells, change
 * the preset, download the annotated workbook. Nothing leaves the computer: files are read with
 * the File API and linted in a Web Worker built from the page's own text.
 */
import { extensionOf, stemOf } from '../document/file-name.js';
import { wasNotChecked, type LintMessage } from '../engine/results.js';
import type { FileReport, InMemoryFile } from './lint.js';
import type { PresetChoice, PresetName } from './presets.js';
import type { WorkerReply, WorkerRequest } from './protocol.js';

const ACCEPTED = ['.xlsx', '.xlsm', '.xlsb', '.xls', '.et', '.ods', '.csv', '.tsv', '.txt', '.json'];
const WORKBOOK_OUTPUTS = ['.xlsx', '.xlsm', '.xlsb', '.xls', '.et', '.ods', '.csv', '.tsv', '.txt'];

const PRESET_LABELS: Record<PresetName, string> = {
  recommended: '全国通用标准',
  'central-2022': '中央部门 2022 年起标准',
  zhejiang: '浙江省标准',
  hebei: '河北省标准',
  hubei: '湖北省标准',
  anhui: '安徽省标准',
  guangxi: '广西壮族自治区标准',
};

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const input = byId<HTMLInputElement>('files');
const dropZone = byId<HTMLElement>('drop');
const presetSelect = byId<HTMLSelectElement>('preset');
const status = byId<HTMLElement>('status');
const output = byId<HTMLElement>('results');

const worker = new Worker(URL.createObjectURL(new Blob([byId<HTMLScriptElement>('worker-source').textContent ?? ''], { type: 'text/javascript' })));
const pending = new Map<number, (reply: WorkerReply) => void>();
let nextId = 1;
worker.onmessage = ({ data }: MessageEvent<WorkerReply>) => {
  pending.get(data.id)?.(data);
  pending.delete(data.id);
};

/** a request before it is numbered (Omit over each member of the union) */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

function ask(request: Unnumbered<WorkerRequest>, transfer: Transferable[] = []): Promise<WorkerReply> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker.postMessage({ ...request, id }, transfer);
  });
}

let chosen: InMemoryFile[] = [];
let run = 0;

input.addEventListener('change', () => void take([...(input.files ?? [])]));
presetSelect.addEventListener('change', () => void lint());
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('over');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('over'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('over');
  void take([...(event.dataTransfer?.files ?? [])]);
});

async function take(files: File[]): Promise<void> {
  const usable = files.filter((f) => ACCEPTED.includes(extensionOf(f.name)));
  const skipped = files.filter((f) => !usable.includes(f)).map((f) => f.name);
  chosen = await Promise.all(usable.map(async (f) => ({ name: uniqueName(f.name, usable.indexOf(f), usable), bytes: new Uint8Array(await f.arrayBuffer()) })));
  if (skipped.length) status.textContent = `已忽略不是表格的文件：${skipped.join('、')}`;
  await lint();
}

/** two files of one name (from two folders) stay apart */
function uniqueName(name: string, index: number, all: File[]): string {
  const before = all.slice(0, index).filter((f) => f.name === name).length;
  return before === 0 ? name : `${name}（${before + 1}）`;
}

async function lint(): Promise<void> {
  if (chosen.length === 0) return;
  const mine = ++run;
  document.body.classList.add('busy');
  status.textContent = `正在检查 ${chosen.length} 个文件……（大的表格需要几秒钟，页面可以照常操作）`;
  const reply = await ask({ kind: 'lint', files: chosen.map((f) => ({ name: f.name, bytes: f.bytes.slice() })), choice: presetSelect.value as PresetChoice });
  if (mine !== run) return; // a newer run (another preset, other files) supersedes this one
  document.body.classList.remove('busy');
  if (reply.kind === 'failed') {
    status.textContent = `检查失败：${reply.message}`;
    return;
  }
  if (reply.kind !== 'linted') return;
  const errors = reply.reports.reduce((n, r) => n + r.result.errorCount, 0);
  const warnings = reply.reports.reduce((n, r) => n + r.result.warningCount, 0);
  const annotatable = reply.reports.some((r) => WORKBOOK_OUTPUTS.includes(extensionOf(r.result.filePath)));
  const unchecked = reply.reports.filter((r) => wasNotChecked(r.result.messages)).length;
  const files = unchecked ? `${reply.reports.length} 个文件（其中 ${unchecked} 个没有检查，原因见下）` : `${reply.reports.length} 个文件`;
  status.textContent = `检查完成：${files}，错误 ${errors} 处，警告 ${warnings} 处。${annotatable && errors + warnings ? '点“下载带批注的工作簿”，可得到在单元格上标出问题的表格副本。' : ''}`;
  output.replaceChildren(...reply.reports.map((report) => fileSection(report, reply.ruleNames)));
}

function fileSection(report: FileReport, ruleNames: Record<string, string>): HTMLElement {
  const { result } = report;
  const section = el('section', 'file');
  const head = el('div', 'file-head');
  head.append(el('h2', '', result.filePath));
  // a file perflint could not read is not a file with one error: nothing in it was checked
  const count = wasNotChecked(result.messages) ? '没有检查（原因见下）' : result.errorCount || result.warningCount ? `错误 ${result.errorCount} 处 · 警告 ${result.warningCount} 处` : '未发现问题';
  head.append(el('span', `count ${result.errorCount ? 'has-errors' : 'clean'}`, count));
  if (WORKBOOK_OUTPUTS.includes(extensionOf(result.filePath))) head.append(downloadButton(result.filePath, result.messages));
  section.append(head);
  if (!wasNotChecked(result.messages)) section.append(el('p', 'preset-line', presetLine(report)));
  for (const [project, messages] of byProject(result.messages)) {
    const group = el('div', 'project');
    const errors = messages.filter((m) => m.severity === 2).length;
    group.append(el('h3', '', `${project}`), el('span', 'project-count', `错误 ${errors} · 警告 ${messages.length - errors}`));
    const list = el('ol', 'findings');
    for (const m of messages) list.append(findingItem(m, ruleNames));
    group.append(list);
    section.append(group);
  }
  return section;
}

function presetLine(report: FileReport): string {
  const choice = presetSelect.value as PresetChoice;
  const how = choice !== 'auto' ? '手动选择' : report.region ? `按表中地区“${report.region}”自动选择` : '表中未写明地区';
  return `适用标准：${PRESET_LABELS[report.preset]}（perflint:${report.preset}，${how}）`;
}

/** findings by the project they are about; file-level ones (no project) first */
function byProject(messages: LintMessage[]): Map<string, LintMessage[]> {
  const groups = new Map<string, LintMessage[]>();
  for (const m of messages) {
    const key = m.context?.project ?? '整个文件';
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  return groups;
}

function findingItem(m: LintMessage, ruleNames: Record<string, string>): HTMLElement {
  const item = el('li', `finding ${m.severity === 2 ? 'error' : 'warning'}`);
  item.append(el('span', 'badge', m.severity === 2 ? '错误' : '警告'));
  item.append(el('code', 'cell', m.cellRef ?? `第 ${m.line} 行`));
  const body = el('div', 'body');
  body.append(el('p', 'message', m.message));
  for (const s of m.suggestions ?? []) body.append(el('p', 'suggestion', `建议：${s.desc}`));
  const name = m.ruleId ? ruleNames[m.ruleId] : undefined;
  body.append(el('p', 'rule', m.ruleId ? `${name ?? ''}（${m.ruleId}）` : '文件无法检查'));
  item.append(body);
  return item;
}

function downloadButton(fileName: string, messages: LintMessage[]): HTMLButtonElement {
  const button = el('button', 'download', '下载带批注的工作簿');
  button.title = '每个问题写在对应单元格的批注里，并标上颜色；第一个工作表是检查结果汇总';
  button.addEventListener('click', () => {
    const file = chosen.find((f) => f.name === fileName);
    if (!file) return;
    button.disabled = true;
    button.textContent = '正在生成……';
    void ask({ kind: 'annotate', file: { name: file.name, bytes: file.bytes.slice() }, messages }).then((reply) => {
      button.disabled = false;
      button.textContent = '下载带批注的工作簿';
      if (reply.kind !== 'annotated' || !reply.bytes) {
        status.textContent = `无法生成“${fileName}”的批注工作簿${reply.kind === 'failed' ? `：${reply.message}` : ''}`;
        return;
      }
      save(reply.bytes, `${stemOf(fileName)}（检查批注）.xlsx`);
    });
  });
  return button;
}

function save(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
  const link = el('a', '');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
