/**
 * 指标值不得是自评等级. "达成年度指标", "部分达成年度指标并具有一定效果" and "未达成年度指标且
 * 效果较差" are the three grades a 定性 indicator receives in 自评; written as the target
 * (安徽 2022: 经费支出合规性 / 达成预期指标) they promise nothing that can be checked.
 *
 * Only the 指标值 (and its 个性 twin) is read: a 自评 table's 实际完成值 column holds these grades
 * by design. The labels are data (GRADE_LABELS in src/analysis/target-words.ts).
 */
import { createRule } from '../../src/engine/rule.js';
import { GRADE_LABELS, wordKey } from '../../src/analysis/target-words.js';

export default createRule({
  name: 'grade-label-as-target',
  meta: {
    type: 'suggestion',
    docs: {
      description: { 'zh-CN': '指标值不得填写自评等级（达成年度指标等）', en: 'A target is not a self-evaluation grade (达成年度指标 and the like)' },
      recommended: 'warn',
    },
    messages: {
      gradeLabel: {
        'zh-CN': '{{where}}的指标值“{{text}}”是自评时的评价等级，不是目标：请写明要达到的具体标准（定性）或数值（定量），等级留到自评时填写',
        en: 'the target "{{text}}" of {{where}} is a self-evaluation grade, not a target: state the standard (qualitative) or the number (quantitative) to reach, and leave grades for the self-evaluation',
      },
    },
    schema: false,
    defaultOptions: {},
  },
  create(context) {
    return {
      indicator(node) {
        const keyOf = node.project.document.analysis.memo('word-key', wordKey);
        const cells: Array<[string, string | undefined]> = [
          ['value', node.value.value],
          ['personal/value', node.value.personal?.value],
        ];
        for (const [path, text] of cells) {
          if (text && GRADE_LABELS.includes(keyOf(text))) {
            context.report({ pointer: `${node.pointer}/${path}`, messageId: 'gradeLabel', data: { ...node.where(node.value.name || node.value.personal?.name || ''), text: text.trim() } });
          }
        }
      },
    };
  },
});
