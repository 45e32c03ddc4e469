/**
 * 指标值确定依据: 河北 tables carry a basis column, and reviewers return rows that leave it empty.
 * The check runs only on rows of tables that have the column (the row has a `basis` key). A list
 * that leaves the column empty on every row is one finding (the column was never filled), not one
 * per row. A basis — or, in tables without a basis column, a 指标值说明 — that only judges the value
 * ("该指标值数据合理") names no basis either: one finding per list and text, at its first row.
 * The project's own 立项依据 must cite something a reviewer can look up: a document, a plan, an
 * approval (潼南 2023 wrote only "潼南区五桂镇项目汇总"; a blank one is required-fields').
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorNode } from '../../src/engine/nodes.js';
import { citesNoSource, isVerdictOnlyBasis } from '../../src/analysis/basis-words.js';
import { shownLabel } from '../../src/analysis/text.js';

const BASIS = { 'zh-CN': '指标值确定依据', en: 'basis' };
const NOTE = { 'zh-CN': '指标值说明', en: 'value note' };
/** 立项依据, 项目立项依据, 政策依据 as a table prints them (an extensions key) */
const PROJECT_BASIS_LABEL = /^(?:项目|专项)?(?:立项|政策)依据$/u;

export default createRule({
  name: 'require-basis',
  meta: {
    type: 'suggestion',
    docs: {
      description: { 'zh-CN': '指标值确定依据和立项依据须写明来源', en: 'The basis of each target value, and the project\'s 立项依据, say where they come from' },
      recommended: ['warn', { emptyBasis: false }],
    },
    messages: {
      missingBasis: {
        'zh-CN': '项目“{{project}}”{{list}}第{{row}}行“{{indicator}}”未填写指标值确定依据：请注明依据，如“计划标准”“行业标准”“历史标准”或具体文件名',
        en: 'row {{row}} ("{{indicator}}") of {{list}}project "{{project}}" has no basis for its target value: name one, e.g. plan standard, industry standard, historical standard, or the document it comes from',
      },
      missingBasisColumn: {
        'zh-CN': '项目“{{project}}”{{list}}的{{rows}}个指标都未填写指标值确定依据：请逐项注明依据，如“计划标准”“行业标准”“历史标准”或具体文件名',
        en: 'none of the {{rows}} indicators of {{list}}project "{{project}}" states the basis of its target value: name one for each, e.g. plan standard, industry standard, historical standard, or the document it comes from',
      },
      verdictOnlyBasis: {
        'zh-CN': '{{where}}的{{field}}“{{text}}”只是评价，没有说明指标值的确定依据{{count}}：请注明依据，如“计划标准”“行业标准”“历史标准”或具体文件名、测算方法',
        en: 'the {{field}} "{{text}}" of {{where}} is a verdict, not the basis of the target{{count}}: name the basis, e.g. plan, industry or historical standard, a document, or how the value was worked out',
      },
      projectBasisCitesNothing: {
        'zh-CN': '项目“{{project}}”的“{{label}}”写的是“{{text}}”，没有写明任何政策文件、规划、批复或会议决定：请写明立项所依据的文件名称和文号，如“《××实施方案》（×财〔2023〕×号）”',
        en: 'the {{label}} of project "{{project}}", "{{text}}", cites no policy document, plan, approval or meeting decision: name the document the project rests on and its reference number',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        requireColumn: {
          type: 'boolean',
          description: 'true: rows of tables without a basis column are findings too / 表中没有此栏时也报告',
        },
        emptyBasis: {
          type: 'boolean',
          description: 'false: an empty basis is no finding, only one that says nothing (whether the column is mandatory is a provincial setting) / false：依据为空不报告，只报告空泛的依据（是否必填由各省设定）',
        },
      },
    },
    defaultOptions: { requireColumn: false, emptyBasis: true },
  },
  create(context) {
    const pointerOf = (node: IndicatorNode) => ('basis' in node.value ? `${node.pointer}/basis` : node.pointer);
    const listWord = (period: boolean) => (period ? { 'zh-CN': '实施期指标', en: 'the period indicators of ' } : '');

    const checkMissing = (rows: readonly IndicatorNode[]) => {
      const missing: IndicatorNode[] = [];
      let checked = 0;
      for (const node of rows) {
        if (!('basis' in node.value) && !context.options.requireColumn) continue;
        if (!node.isIndicatorRow) continue;
        checked++;
        if ((node.value.basis ?? '').trim() === '') missing.push(node);
      }
      const first = missing[0];
      if (first === undefined) return;
      if (missing.length === checked && checked > 1) {
        context.report({ pointer: pointerOf(first), messageId: 'missingBasisColumn', data: { project: first.project.label, list: listWord(first.isPeriod), rows: checked } });
        return;
      }
      for (const node of missing) {
        context.report({ pointer: pointerOf(node), messageId: 'missingBasis', data: { project: node.project.label, list: listWord(node.isPeriod), row: node.index + 1, indicator: node.label } });
      }
    };

    /** one finding per list and verdict text, at its first row, counting the rows that repeat it */
    const checkVerdicts = (rows: readonly IndicatorNode[]) => {
      const verdicts = new Map<string, { node: IndicatorNode; field: 'basis' | 'valueNote'; count: number }>();
      for (const node of rows) {
        if (!node.isIndicatorRow) continue;
        const field = 'basis' in node.value ? 'basis' : 'valueNote';
        const text = (node.value[field] ?? '').trim();
        if (!isVerdictOnlyBasis(text)) continue;
        const entry = verdicts.get(text);
        if (entry) entry.count++;
        else verdicts.set(text, { node, field, count: 1 });
      }
      for (const [text, { node, field, count }] of verdicts) {
        context.report({
          pointer: `${node.pointer}/${field}`,
          messageId: 'verdictOnlyBasis',
          data: {
            ...node.where(node.label),
            field: field === 'basis' ? BASIS : NOTE,
            text,
            count: count > 1 ? { 'zh-CN': `（共${count}行都这样写）`, en: ` (${count} rows say so)` } : '',
          },
        });
      }
    };

    return {
      project(project) {
        for (const [label, text] of Object.entries(project.value.extensions ?? {})) {
          const shown = shownLabel(label);
          if (typeof text !== 'string' || !PROJECT_BASIS_LABEL.test(shown) || !citesNoSource(text)) continue;
          context.report({ pointer: project.extensionPointer(label), messageId: 'projectBasisCitesNothing', data: { project: project.label, label: shown, text: text.trim() } });
        }
        for (const rows of [project.indicators, project.periodIndicators]) {
          checkVerdicts(rows);
          if (context.options.emptyBasis) checkMissing(rows);
        }
      },
    };
  },
});
