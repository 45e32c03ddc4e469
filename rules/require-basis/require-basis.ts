/**
 * 指标值确定依据: 河北 tables carry a basis column, and reviewers return rows that leave it empty.
 * The check runs only on rows of tables that have the column (the row has a `basis` key).
 */
import { createRule } from '../../src/engine/rule.js';


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
    return {
      indicator(node) {
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
