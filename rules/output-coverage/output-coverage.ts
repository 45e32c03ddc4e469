/**
 * 产出指标 covers what an output is: how many (数量), how good (质量), how soon (时效) and, in the
 * frameworks that ask for it, at what cost (成本). Per indicator list that has a 二级 column and
 * 产出 rows, one finding naming every missing 二级: at the first of them the table prints empty (a
 * template's 时效指标 row with no 三级, `emptyCategories`), else at the first 产出 row. A 二级 counts when an
 * indicator row (not blank, not 不涉及) stands under it; 成本 also counts as a 一级 of its own
 * (101号 framework).
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorListNode, ProjectNode } from '../../src/engine/nodes.js';
import { COST_LEVEL2 } from '../../src/analysis/framework.js';
import { restatedQuantity } from '../../src/analysis/name-measures.js';

export interface Options {
  required: string[];
}

export default createRule({
  name: 'output-coverage',
  meta: {
    type: 'suggestion',
    docs: {
      description: { 'zh-CN': '产出指标应包括数量、质量、时效（和成本）指标', en: 'Output indicators cover quantity, quality, timeliness (and cost)' },
      recommended: 'warn',
    },
    messages: {
      qualityRestatesQuantity: {
        'zh-CN': '{{where}}是数量指标“{{quantity}}”的完成率，衡量的仍是做了多少，不是做得怎样：请改为反映质量的指标（如验收合格率、评价优良率、差错率），或删去这一行',
        en: '{{where}} is the completion rate of the quantity indicator "{{quantity}}": it measures how much was done again, not how well: replace it with a measure of quality (pass rate, share rated good, error rate), or delete the row',
      },
      missingOutputKinds: {
        'zh-CN': '{{where}}的产出指标缺少{{missing}}：请在产出指标下补充{{missing}}（如{{examples}}）',
        en: 'the output indicators of {{where}} have no {{missing}}: add them under 产出指标 (e.g. {{examples}})',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        required: {
          type: 'array',
          items: { type: 'string' },
          description: 'the 二级 产出指标 must have (成本指标 is also met by a 一级 成本指标) / 产出指标下应有的二级指标',
        },
      },
    },
    defaultOptions: { required: ['数量指标', '质量指标', '时效指标'] } as Options,
  },
  create(context) {
    const required = context.options.required;
    const EXAMPLES: Record<string, { zh: string; en: string }> = {
      数量: { zh: '“培训人数 ≥500人”', en: '"trainees ≥500"' },
      质量: { zh: '“验收合格率 100%”', en: '"acceptance pass rate 100%"' },
      时效: { zh: '“完成时间 当年12月底前”', en: '"finished by the end of December of the budget year"' },
      成本: { zh: '“项目总成本 ≤90万元”', en: '"total cost ≤ 900,000 yuan"' },
    };

    /** 质量 rows that only restate a 数量 row as its completion rate. */
    function checkQualityRows(list: IndicatorListNode): void {
      const under = (level2: string) => list.rows.filter((r) => r.isIndicatorRow && r.category.level1 === '产出指标' && r.category.level2 === level2);
      const quantities = under('数量指标').map((r) => r.filled('name'));
      if (quantities.length === 0) return;
      for (const row of under('质量指标')) {
        const quantity = restatedQuantity(row.filled('name'), quantities);
        if (quantity !== undefined) context.report({ pointer: `${row.pointer}/name`, messageId: 'qualityRestatesQuantity', data: { ...row.where(row.label), quantity } });
      }
    }

    function checkList(project: ProjectNode, list: IndicatorListNode): void {
      const keyOf = project.document.analysis.vocabulary.labelKey; // memoised
      if (!list.rows.some((r) => (r.value.level2 ?? '').trim() !== '')) return;
      const output = list.rows.filter((r) => r.category.level1 === '产出指标');
      // no 产出 rows is first-level-categories' finding; 产出 as a 二级 under an umbrella (实施效果指标) has no 二级 of its own
      if (!output.some((r) => r.category.level2 !== null) || project.hasUnplacedRows(list.rows)) return;
      const present = new Set<string>();
      for (const r of list.rows) {
        if (!r.isIndicatorRow) continue;
        if (r.category.level1 === '产出指标' && r.category.level2 !== null) present.add(keyOf(r.category.level2));
        if (r.category.level1 === '成本指标') present.add(keyOf(COST_LEVEL2));
      }
      const missing = required.filter((name) => !present.has(keyOf(name)));
      if (missing.length === 0) return;
      const examples = missing.map((m) => EXAMPLES[keyOf(m)]).filter((e) => e !== undefined);
      context.report({
        pointer: printedEmpty(project, list, missing) ?? `${output[0]!.pointer}/level1`,
        messageId: 'missingOutputKinds',
        data: {
          ...project.listWhere(list.isPeriod),
          missing: { 'zh-CN': missing.join('、'), en: missing.join(', ') },
          examples: { 'zh-CN': examples.map((e) => e.zh).join('、'), en: examples.map((e) => e.en).join(', ') },
        },
      });
    }

    /** The first missing 二级 the table prints under 产出 with nothing beside it (湖北 鄂州 2021: 时效指标 left empty): where the clerk fills it in. */
    function printedEmpty(project: ProjectNode, list: IndicatorListNode, missing: readonly string[]): string | undefined {
      const analysis = project.document.analysis;
      const keyOf = analysis.vocabulary.labelKey;
      const wanted = new Set(missing.map(keyOf));
      const at = (project.value.emptyCategories ?? []).findIndex((c) => {
        const level2 = analysis.level2(c.level2);
        return (c.period ?? false) === list.isPeriod && level2 !== null && wanted.has(keyOf(level2)) && analysis.level1(c.level1) !== '成本指标';
      });
      return at === -1 ? undefined : `${project.pointer}/emptyCategories/${at}/level2`;
    }

    return {
      project(project) {
        for (const list of project.lists) {
          checkList(project, list);
          checkQualityRows(list);
        }
      },
    };
  },
});
