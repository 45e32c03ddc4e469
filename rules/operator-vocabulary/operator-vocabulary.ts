/**
 * 计算符号须为系统字典中的符号. The national budget-integration system's sign dictionary holds
 * ≥ ＞ ＝ ＜ ≤ 定性 (plus, per deployment, 定量（其他） and 不适用). It maps ASCII and full-width
 * spellings (>=, =, ＜＝) on import, so those pass; a look-alike character (≧ from an IME, ═ from
 * box drawing) or any other text is refused.
 *
 * Checked: the 计算符号 column, and a look-alike sign leading the 指标值 of tables that write the
 * sign into the value ("≧90%", typed by a clerk). A look-alike in the 计算符号 column itself is
 * reported only with `signColumnLookAlikes`: some provincial systems print ≧ and ═ there in their
 * own exports (云南 2022 自评表), where the reviewer called "≧ 95 %" the standard form. The data
 * is src/analysis/operator-forms.ts.
 */
import { createRule } from '../../src/engine/rule.js';
import { classifyOperator, leadingLookAlike } from '../../src/analysis/operator-forms.js';

export interface Options {
  extensions: string[];
  signColumnLookAlikes: boolean;
  canonicalSpellings: boolean;
}

export default createRule({
  name: 'operator-vocabulary',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '计算符号须为≥、＞、＝、＜、≤或定性', en: 'Signs come from the system dictionary (≥ ＞ ＝ ＜ ≤ 定性)' },
      recommended: 'error',
    },
    fixable: true,
    messages: {
      lookAlike: {
        'zh-CN': '{{where}}的{{field}}“{{text}}”用了形似的字符“{{char}}”，不是系统认可的计算符号：请改为“{{canonical}}”',
        en: 'the {{field}} "{{text}}" of {{where}} uses the look-alike character "{{char}}", which the system does not accept as a sign: use "{{canonical}}"',
      },
      variant: {
        'zh-CN': '{{where}}的计算符号“{{text}}”是“{{canonical}}”的另一种写法：本地区要求写作系统字典中的“{{canonical}}”',
        en: 'the sign "{{text}}" of {{where}} is another spelling of "{{canonical}}": this region asks for the dictionary form "{{canonical}}"',
      },
      unknown: {
        'zh-CN': '{{where}}的计算符号“{{text}}”不在系统字典中：请从 {{allowed}} 中选择',
        en: 'the sign "{{text}}" of {{where}} is not in the system dictionary: choose one of {{allowed}}',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        extensions: {
          type: 'array',
          items: { type: 'string' },
          description: 'signs this deployment adds to the six, e.g. 定量（其他）, 不适用 / 本地区在六个符号之外允许的计算符号',
        },
        signColumnLookAlikes: {
          type: 'boolean',
          description: 'true: also report look-alikes (≧, ═) in the sign column, where some systems print them / 计算符号栏中的形似字符也报告',
        },
        canonicalSpellings: {
          type: 'boolean',
          description: 'true: also report other spellings the system maps on import (>=, ＞＝, 大于等于), with a fix to the dictionary form / 系统导入时可转换的写法（>=、＞＝、大于等于）也报告并可自动改为规范符号',
        },
      },
    },
    defaultOptions: { extensions: ['定量（其他）', '不适用'], signColumnLookAlikes: false, canonicalSpellings: false } as Options,
  },
  create(context) {
    const { extensions, signColumnLookAlikes, canonicalSpellings } = context.options;
    const allowed = ['≥', '＞', '＝', '＜', '≤', '定性', ...extensions].map((s) => `“${s}”`).join('、');
    return {
      indicator(node) {
        if (node.isBlankRow || node.isNotApplicableRow) return;
        const label = node.value.name || node.value.personal?.name || '';
        const operator = node.value.operator?.trim() ?? '';
        if (operator !== '') {
          const form = classifyOperator(operator, extensions);
          const pointer = `${node.pointer}/operator`;
          // the cell holds one sign, so the fix is the whole cell: a mechanical, meaning-preserving change
          const fix = form.kind === 'look-alike' || form.kind === 'variant' ? { pointer, value: form.canonical } : undefined;
          if (form.kind === 'look-alike' && signColumnLookAlikes) {
            const field = { 'zh-CN': '计算符号', en: 'sign' };
            context.report({ pointer, messageId: 'lookAlike', data: { ...node.where(label), field, text: operator, char: operator, canonical: form.canonical }, fix });
          } else if (form.kind === 'variant' && canonicalSpellings) {
            context.report({ pointer, messageId: 'variant', data: { ...node.where(label), text: operator, canonical: form.canonical }, fix });
          } else if (form.kind === 'unknown') {
            context.report({ pointer, messageId: 'unknown', data: { ...node.where(label), text: operator, allowed } });
          }
        }
        const value = node.value.value ?? '';
        const lead = leadingLookAlike(value);
        if (lead) {
          const field = { 'zh-CN': '指标值', en: 'target value' };
          const pointer = `${node.pointer}/value`;
          // the look-alike leads the value, so its first occurrence is the one to replace
          const fix = { pointer, value: value.replace(lead.char, lead.canonical) };
          context.report({ pointer, messageId: 'lookAlike', data: { ...node.where(label), field, text: value.trim(), char: lead.char, canonical: lead.canonical }, fix });
        }
      },
    };
  },
});
