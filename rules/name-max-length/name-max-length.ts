/**
 * 指标名称不能大于100个字. The national budget-integration system refuses a 三级 name longer than
 * 100 characters ("指标名称不能大于100个字！"). A name that long is a sentence; the target and its
 * explanation belong in the 指标值 and 指标解释 columns.
 */
import { createRule } from '../../src/engine/rule.js';

export interface Options {
  max: number;
}

export default createRule({
  name: 'name-max-length',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '三级指标名称不能超过100个字', en: 'Indicator names are at most 100 characters' },
      recommended: 'error',
    },
    messages: {
      tooLong: {
        'zh-CN': '{{where}}的指标名称有{{length}}个字，超过{{max}}个字，预算管理一体化系统不允许保存：请把名称精简为衡量对象（如“培训人数”），说明文字移到指标解释栏',
        en: 'the indicator name of {{where}} has {{length}} characters, more than {{max}}, which the budget-integration system refuses: shorten it to what is measured (e.g. "number of trainees") and move the explanation to the description',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { max: { type: 'integer', minimum: 1, description: 'the longest name allowed, in characters / 名称最多字数' } },
    },
    defaultOptions: { max: 100 } as Options,
  },
  create(context) {
    const { max } = context.options;
    return {
      indicator(node) {
        for (const [path, text] of [['name', node.value.name], ['personal/name', node.value.personal?.name]] as const) {
          const name = text?.trim() ?? '';
          // no more UTF-16 units than the limit means no more characters: most names need no count
          if (name.length <= max) continue;
          const length = [...name].length;
          if (length <= max) continue;
          const label = `${[...name].slice(0, 15).join('')}…`;
          context.report({ pointer: `${node.pointer}/${path}`, messageId: 'tooLong', data: { ...node.where(label), length: String(length), max: String(max) } });
        }
      },
    };
  },
});
