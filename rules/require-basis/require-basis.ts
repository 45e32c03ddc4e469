/**
 * 指标值确定依据: 河北 tables carry a basis column, and reviewers return rows that leave it empty.
 * The check runs only on rows of tables that have the column (the row has a `basis` key).
 * A basis — or, in tables without a basis column, a 指标值说明 — that only judges the value
 * ("该指标值数据合理") names no basis either: one finding per list and text, at its first row.
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorNode } from '../../src/engine/nodes.js';
import { isVerdictOnlyBasis } from '../../src/analysis/basis-words.js';


export default createRule({
  name: 'require-basis',
  meta: {
    type: 'suggestion',
    docs: {
      description: { 'zh-CN': '须填写指标值确定依据', en: 'Every indicator states the basis of its target value' },
    },
    messages: {
      missingBasis: {
        'zh-CN': '项目“{{project}}”{{list}}第{{row}}行“{{indicator}}”未填写指标值确定依据：请注明依据，如“计划标准”“行业标准”“历史标准”或具体文件名',
        en: 'row {{row}} ("{{indicator}}") of {{list}}project "{{project}}" has no basis for its target value: name one, e.g. plan standard, industry standard, historical standard, or the document it comes from',
      },
      verdictOnlyBasis: {
        'zh-CN': '{{where}}的{{field}}“{{text}}”只是评价，没有说明指标值的确定依据{{count}}：请注明依据，如“计划标准”“行业标准”“历史标准”或具体文件名、测算方法',
        en: 'the {{field}} "{{text}}" of {{where}} is a verdict, not the basis of the target{{count}}: name the basis, e.g. plan, industry or historical standard, a document, or how the value was worked out',
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
      },
    },
    defaultOptions: { requireColumn: false },
  },
  create(context) {
    const BASIS = { 'zh-CN': '指标值确定依据', en: 'basis' };
    const NOTE = { 'zh-CN': '指标值说明', en: 'value note' };
    /** per list: vague text → its first row and how many rows repeat it */
    const verdicts = new Map<string, { node: IndicatorNode; field: 'basis' | 'valueNote'; count: number }>();

    function noteVerdict(node: IndicatorNode): void {
      const field = 'basis' in node.value ? 'basis' : 'valueNote';
      const text = (node.value[field] ?? '').trim();
      if (!isVerdictOnlyBasis(text)) return;
      const key = `${node.project.pointer}\u0000${node.list}\u0000${text}`;
      const entry = verdicts.get(key);
      if (entry) entry.count++;
      else verdicts.set(key, { node, field, count: 1 });
    }

    return {
      'project:exit'() {
        for (const { node, field, count } of verdicts.values()) {
          context.report({
            pointer: `${node.pointer}/${field}`,
            messageId: 'verdictOnlyBasis',
            data: {
              ...node.where(node.label),
              field: field === 'basis' ? BASIS : NOTE,
              text: (node.value[field] ?? '').trim(),
              count: count > 1 ? { 'zh-CN': `（共${count}行都这样写）`, en: ` (${count} rows say so)` } : '',
            },
          });
        }
        verdicts.clear();
      },
      indicator(node) {
        if (node.isIndicatorRow) noteVerdict(node);
        const has = 'basis' in node.value;
        if (!has && !context.options.requireColumn) return;
        if ((node.value.basis ?? '').trim() !== '' || node.isNotApplicableRow || node.isBlankRow) return;
        context.report({
          pointer: has ? `${node.pointer}/basis` : node.pointer,
          messageId: 'missingBasis',
          data: {
            project: node.project.label,
            list: node.isPeriod ? { 'zh-CN': '实施期指标', en: 'the period indicators of ' } : '',
            row: node.index + 1,
            indicator: node.label,
          },
        });
      },
    };
  },
});
