/**
 * 须设置满意度指标. Each project needs at least one satisfaction indicator with a measurable target
 * (local systems refuse to save without one: "满意度指标必需填写！").
 *
 * A row is a satisfaction row when
 *  - its 一级 is 满意度指标, or its 二级 is 服务对象满意度指标 under any 一级 (河北 files it under
 *    效果指标) — both as canonicalised by the shared vocabulary; or
 *  - a name cell (三级 name, or the 浙江 2019 个性 name) says 满意度/满意率 (vocabulary
 *    isSatisfactionName, plus settings.satisfactionNames); 浙江 2019 has no 二级 and files
 *    培训学员满意度 under 效益指标; or
 *  - shifted columns, as filed in 浙江 2019 tables: both name cells hold no satisfaction name but a
 *    description cell holds nothing else than one ("服务对象满意度").
 * It counts only when its value can be measured: a number or a range, or at least text with a
 * digit. Empty, placeholder, 不涉及 and bare words (满意, 满足, 较好) do not count.
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorNode, ProjectNode } from '../../src/engine/nodes.js';
import { readIndicatorValue, type IndicatorReading } from '../../src/analysis/value-reading.js';
import { normalizeIndicatorLabel } from '../../src/analysis/vocabulary.js';
import { isBlank } from '../../src/analysis/rows.js';
import type { LocalizedText, MessageData } from '../../src/i18n.js';
import { isNameLike } from '../../src/analysis/text.js';


export interface Options {
  includeOverall: boolean;
}

type IsSatisfactionName = (name: string) => boolean;

interface Candidate {
  node: IndicatorNode;
  /** the satisfaction name a clerk will recognise */
  label: string;
  /** pointer of the value cell that was judged */
  pointer: string;
  text: string;
  reading: IndicatorReading;
}

/** A description cell that is just an indicator name. */
function looksLikeName(text: string): boolean {
  return isNameLike(normalizeIndicatorLabel(text));
}

/** The satisfaction name of the row, or undefined when the row is not a satisfaction row. */
function satisfactionLabel(node: IndicatorNode, isSatisfaction: IsSatisfactionName): string | undefined {
  // cells in the wrong columns: judge the row by where its name really stands
  if (node.shift) return isSatisfaction(node.shift.name.text) ? node.shift.name.text : undefined;
  const { name, personal, description } = node.value;
  const names = [name, personal?.name].filter((n): n is string => !isBlank(n));
  const named = names.find(isSatisfaction);
  if (named !== undefined) return named.trim();
  if (node.level1 === '满意度指标' || node.level2 === '服务对象满意度指标') return (names[0] ?? node.value.level2 ?? node.value.level1).trim();
  const shifted = [description, personal?.description].find((d): d is string => !isBlank(d) && looksLikeName(d!) && isSatisfaction(d!));
  return shifted?.trim();
}

/** The row's value cell: the common 指标值, else the 个性 one (浙江 2019 个性 rows). */
function valueCell(node: IndicatorNode): { pointer: string; text: string; reading: IndicatorReading } {
  const readingOptions = node.project.document.analysis.readingOptions;
  if (node.shift) {
    const { path, text } = node.shift.value;
    return { pointer: node.pointer + path, text, reading: readIndicatorValue({ value: text }, readingOptions) };
  }
  const { value, personal } = node.value;
  if (isBlank(value) && !isBlank(personal?.value)) {
    const text = personal!.value!;
    return { pointer: `${node.pointer}/personal/value`, text, reading: readIndicatorValue({ value: text }, readingOptions) };
  }
  return { pointer: `${node.pointer}/value`, text: value, reading: node.reading };
}

/** Tables without a 二级 column (浙江 2019) have no 满意度指标 一级: satisfaction rows go under 效益指标 there. */
function whereSatisfactionGoes(rows: readonly IndicatorNode[]): string {
  return rows.some((i) => i.value.level2 !== undefined) ? '满意度指标' : '效益指标';
}

const DIGIT = /\d/;

/** "企业满意度达90%以上": a satisfaction target with a number, inside a longer cell. */
const BURIED_TARGET = /[\u4e00-\u9fa5]{0,6}满意(?:度|率)[^，。；;,]{0,8}?\d+(?:\.\d+)?\s*[%％](?:以上)?/;

const TEXT_CELLS = [
  { path: '/value', field: { 'zh-CN': '指标值', en: 'target value' }, text: (n: IndicatorNode) => n.value.value },
  { path: '/description', field: { 'zh-CN': '指标描述', en: 'description' }, text: (n: IndicatorNode) => n.value.description },
  { path: '/personal/value', field: { 'zh-CN': '指标值（个性）', en: 'personalised target value' }, text: (n: IndicatorNode) => n.value.personal?.value },
  { path: '/personal/description', field: { 'zh-CN': '指标描述（个性）', en: 'personalised description' }, text: (n: IndicatorNode) => n.value.personal?.description },
] as const;

/** A satisfaction target written into another row's text, where a reviewer would point. */
function findBuriedTarget(rows: readonly IndicatorNode[]): { pointer: string; data: MessageData } | undefined {
  for (const node of rows) {
    for (const cell of TEXT_CELLS) {
      const match = BURIED_TARGET.exec(cell.text(node) ?? '');
      if (match) {
        return {
          pointer: node.pointer + cell.path,
          data: { excerpt: match[0], row: node.index + 1, indicator: node.label, field: cell.field },
        };
      }
    }
  }
  return undefined;
}

/** A satisfaction target someone can check afterwards: it has a number. */
export function isMeasurable(reading: IndicatorReading, text: string): boolean {
  if (reading.kind === 'number' || reading.kind === 'range') return true;
  if (reading.kind === 'qualitative' || reading.kind === 'date') return DIGIT.test(text);
  return false;
}

/** Why a satisfaction row does not count, in both languages. */
function whyNotMeasurable(reading: IndicatorReading, text: string): LocalizedText {
  const shown = text.trim();
  switch (reading.kind) {
    case 'empty':
      return { 'zh-CN': '指标值未填写', en: 'its target value is empty' };
    case 'placeholder':
      return { 'zh-CN': `指标值“${shown}”是未填写的模板占位符`, en: `its target value "${shown}" is a template placeholder` };
    case 'not-applicable':
      return { 'zh-CN': `指标值填的是“${shown}”`, en: `its target value is "${shown}" (not applicable)` };
    default:
      return { 'zh-CN': `指标值“${shown}”只是定性描述，没有可衡量的数值`, en: `its target value "${shown}" is a word, not a measurable number` };
  }
}

function findCandidates(rows: readonly IndicatorNode[], isSatisfaction: IsSatisfactionName): { measurable: boolean; unmeasurable: Candidate[] } {
  const unmeasurable: Candidate[] = [];
  for (const node of rows) {
    const label = satisfactionLabel(node, isSatisfaction);
    if (label === undefined) continue;
    const cell = valueCell(node);
    if (isMeasurable(cell.reading, cell.text)) return { measurable: true, unmeasurable: [] };
    unmeasurable.push({ node, label, ...cell });
  }
  return { measurable: false, unmeasurable };
}

export default createRule({
  name: 'require-satisfaction',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '须设置满意度指标', en: 'Every project has a measurable satisfaction indicator' },
      recommended: 'error',
    },
    messages: {
      missingSatisfaction: {
        'zh-CN': '项目“{{project}}”{{list}}没有满意度指标：请在{{under}}下增加如“服务对象满意度 ≥90%”的指标',
        en: 'project "{{project}}" has no satisfaction indicator{{list}}: add one under {{under}}, e.g. "beneficiary satisfaction ≥90%"',
      },
      satisfactionBuried: {
        'zh-CN': '项目“{{project}}”{{list}}没有单列的满意度指标：满意度目标“{{excerpt}}”写在了第{{row}}行“{{indicator}}”的{{field}}中。请在{{under}}下将其单列为满意度指标，如“服务对象满意度 ≥90%”',
        en: 'project "{{project}}" has no satisfaction indicator of its own{{list}}: the target "{{excerpt}}" is written in the {{field}} of row {{row}} ("{{indicator}}"). Set it as a satisfaction indicator under {{under}}, e.g. "beneficiary satisfaction ≥90%"',
      },
      satisfactionNotMeasurable: {
        'zh-CN': '项目“{{project}}”的满意度指标“{{indicator}}”不能算作有效的满意度指标：{{why}}。请填写可衡量的目标值，如“≥90%”',
        en: 'the satisfaction indicator "{{indicator}}" of project "{{project}}" does not count: {{why}}. Write a measurable target, e.g. "≥90%"',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        includeOverall: {
          type: 'boolean',
          description: 'true: 部门整体支出 (overall) entries need a satisfaction indicator too / 部门整体支出目标也须设置满意度指标',
        },
      },
    },
    defaultOptions: { includeOverall: false } as Options,
  },
  create(context) {
    const { includeOverall } = context.options;

    return {
      project(project) {
        if (project.kind === 'overall' && !includeOverall) return;
        // the shared vocabulary already includes settings.satisfactionNames
        const vocabulary = project.document.analysis.vocabulary;
        const isSatisfaction: IsSatisfactionName = (name) => vocabulary.isSatisfactionName(name);
        // the annual rows, and the 实施期 rows when the table has them: each list needs its own
        checkList(project, project.indicators, '', isSatisfaction);
        checkList(project, project.periodIndicators, '/periodIndicators', isSatisfaction);
      },
    };

    function checkList(project: ProjectNode, rows: readonly IndicatorNode[], listPath: string, isSatisfaction: IsSatisfactionName): void {
      // A list with no rows at all (a truncated table, no 实施期 part) is not a missing-satisfaction problem.
      if (rows.length === 0) return;
      const list = { list: listPath ? { 'zh-CN': '的实施期指标中', en: ' among its period indicators' } : '' };
      const { measurable, unmeasurable } = findCandidates(rows, isSatisfaction);
      if (measurable) return;
      if (unmeasurable.length === 0) {
        const under = whereSatisfactionGoes(rows);
        const buried = findBuriedTarget(rows);
        if (buried) {
          context.report({ pointer: buried.pointer, messageId: 'satisfactionBuried', data: { project: project.label, under, ...list, ...buried.data } });
        } else {
          context.report({ pointer: project.pointer + listPath, messageId: 'missingSatisfaction', data: { project: project.label, under, ...list } });
        }
        return;
      }
      for (const c of unmeasurable) {
        context.report({
          pointer: c.pointer,
          messageId: 'satisfactionNotMeasurable',
          data: { project: project.label, indicator: c.label, why: whyNotMeasurable(c.reading, c.text) },
        });
      }
    }
  },
});
