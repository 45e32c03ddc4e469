/**
 * 一级指标 must come from the framework's set. Per indicator list:
 *  - a 一级 the vocabulary does not know (after synonyms, the 指标 suffix and notes such as
 *    "(50分)") is one finding per distinct text, at its first row;
 *  - a known 一级 outside `allowed` (成本指标 as a 一级 under a legacy preset) likewise;
 *  - a blank 一级 between rows whose 一级 is filled, when its 二级 does not say where it belongs;
 *  - a `required` 一级 with no indicator row under it is one finding on the list.
 * Satisfaction filed as a 二级 of 效益 (older 湖北/湖南 templates) counts for nothing here:
 * 效益 and 满意度 have their own rules (benefit-present, require-satisfaction).
 */
import { createRule } from '../../src/engine/rule.js';
import { rowCountNote } from '../../src/analysis/rows.js';
import type { IndicatorListNode, ProjectNode } from '../../src/engine/nodes.js';
import { labelKey } from '../../src/analysis/vocabulary.js';
import { isNameLike } from '../../src/analysis/text.js';

export interface Options {
  allowed: string[];
  required: string[];
}

const joinNames = (names: readonly string[]) => ({ 'zh-CN': names.join('、'), en: names.join(', ') });

export default createRule({
  name: 'first-level-categories',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '一级指标须符合指标体系', en: 'First-level categories come from the framework' },
      recommended: 'error',
    },
    messages: {
      unknownLevel1: {
        'zh-CN': '{{where}}的一级指标“{{text}}”不是规定的一级指标{{count}}：一级指标应为{{allowed}}之一',
        en: 'the first level "{{text}}" in {{where}} is not a category of the framework{{count}}: use one of {{allowed}}',
      },
      notAllowed: {
        'zh-CN': '{{where}}的一级指标“{{text}}”不在本指标体系的一级指标中{{count}}：一级指标应为{{allowed}}之一',
        en: 'the first level "{{text}}" in {{where}} is not a first level of this framework{{count}}: use one of {{allowed}}',
      },
      blankLevel1: {
        'zh-CN': '{{where}}的一级指标为空，而上下行都填了一级指标：请填写该行所属的一级指标',
        en: 'the first level of {{where}} is empty while the rows around it have one: fill in the first level it belongs to',
      },
      missingRequired: {
        'zh-CN': '{{where}}没有“{{level1}}”下的指标：请在“{{level1}}”下设置至少一个三级指标',
        en: '{{where}} has no indicator under "{{level1}}": set at least one third-level indicator under it',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowed: {
          type: 'array',
          items: { type: 'string' },
          description: 'the 一级 a table may use (canonical names; the 指标 suffix is optional) / 允许的一级指标',
        },
        required: {
          type: 'array',
          items: { type: 'string' },
          description: 'the 一级 each list must have an indicator under / 每个指标清单必须设置的一级指标',
        },
      },
    },
    defaultOptions: { allowed: ['成本指标', '产出指标', '效益指标', '满意度指标'], required: ['产出指标'] } as Options,
  },
  create(context) {
    const allowedKeys = new Set(context.options.allowed.map(labelKey));
    const allowedText = joinNames(context.options.allowed);
    const required = context.options.required;

    return {
      project(project) {
        for (const list of project.lists) checkList(project, list);
      },
    };

    function checkList(project: ProjectNode, list: IndicatorListNode): void {
      const keyOf = project.document.analysis.vocabulary.labelKey; // memoised
      // (a 自评表's 决策/过程 items are the evaluation framework's stages, not categories of targets)
      const rows = list.rows.filter((r) => !r.isBlankRow && !r.isEvaluationItem);
      if (!rows.some((r) => r.category.level1 !== null || r.category.unknownLevel1)) return;
      // one finding per distinct text: a wrong 一级 repeats on every row of its block
      const seen = new Map<string, { node: (typeof rows)[number]; count: number; messageId: 'unknownLevel1' | 'notAllowed' }>();
      for (const node of rows) {
        const { level1, unknownLevel1 } = node.category;
        const text = node.value.level1.trim();
        let messageId: 'unknownLevel1' | 'notAllowed' | undefined;
        // prose in the 一级 column (a sign-off block's instructions read as rows) is not a category name
        if (unknownLevel1) messageId = isNameLike(text) ? 'unknownLevel1' : undefined;
        else if (level1 !== null && text !== '' && !node.category.viaUmbrella && !allowedKeys.has(keyOf(level1))) messageId = 'notAllowed';
        if (!messageId) continue;
        const key = keyOf(text);
        const entry = seen.get(key);
        if (entry) entry.count++;
        else seen.set(key, { node, count: 1, messageId });
      }
      for (const { node, count, messageId } of seen.values()) {
        context.report({
          pointer: `${node.pointer}/level1`,
          messageId,
          data: {
            ...node.where(node.label),
            text: node.value.level1.trim(),
            allowed: allowedText,
            count: rowCountNote(count),
          },
        });
      }

      const filled = rows.map((r) => r.value.level1.trim() !== '');
      const first = filled.indexOf(true);
      const last = filled.lastIndexOf(true);
      for (let i = first + 1; i < last; i++) {
        const node = rows[i]!;
        if (filled[i] || node.category.level1 !== null) continue;
        context.report({ pointer: `${node.pointer}/level1`, messageId: 'blankLevel1', data: node.where(node.label) });
      }

      // rows no cell places could be the missing category
      if (project.hasUnplacedRows(rows)) return;
      for (const level1 of required) {
        const key = keyOf(level1);
        if (rows.some((r) => r.isIndicatorRow && r.category.level1 !== null && keyOf(r.category.level1) === key)) continue;
        context.report({ pointer: list.pointer, messageId: 'missingRequired', data: { ...project.listWhere(list.isPeriod), level1 } });
      }
    }
  },
});
