/**
 * 三级指标名称不得重复. Within one project's table (annual rows, and period rows on their own), two
 * 三级 indicators with the same name are one indicator counted twice; the national
 * budget-integration system refuses them (parameter ISCHECKINDEXNAME, on by default, switched off
 * in 湖北 and 安徽, so a preset turns the rule off there).
 *
 * Names are compared as the vocabulary compares labels (no numbering, width or spacing
 * differences). Blank rows, 不涉及 rows, unnamed rows and symbol-only names (a placeholder "%",
 * no-placeholder's) are skipped, and so are 部门整体 tables, which repeat generic rows under each
 * goal. The later row is reported, naming the first.
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorNode } from '../../src/engine/nodes.js';

export default createRule({
  name: 'duplicate-indicator',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '同一项目内三级指标名称不得重复', en: 'Indicator names are unique within a project' },
      recommended: 'error',
    },
    messages: {
      duplicate: {
        'zh-CN': '{{where}}与第{{first}}行重名：同一张表内三级指标名称不能重复，预算管理一体化系统不允许保存。若两行衡量不同内容，请在名称中写明区别（如对象、地点）；否则删除重复的一行',
        en: '{{where}} has the same name as row {{first}}: third-level names must be unique within a table, and the budget-integration system refuses duplicates. If the rows measure different things, say how in the names (object, place); otherwise delete one',
      },
    },
    schema: false,
    defaultOptions: {},
  },
  create(context) {
    const check = (rows: readonly IndicatorNode[]) => {
      const seen = new Map<string, IndicatorNode>();
      for (const node of rows) {
        if (!node.isIndicatorRow) continue;
        const name = node.value.name || node.value.personal?.name || '';
        const key = node.project.document.analysis.label(name);
        if (!/\p{L}/u.test(key)) continue; // empty, or a symbol-only placeholder (no-placeholder's)
        const first = seen.get(key);
        if (!first) {
          seen.set(key, node);
          continue;
        }
        context.report({
          pointer: `${node.pointer}/${node.value.name ? 'name' : 'personal/name'}`,
          messageId: 'duplicate',
          data: { ...node.where(name.trim()), first: String(first.index + 1) },
          related: [{ pointer: `${first.pointer}/${first.value.name ? 'name' : 'personal/name'}`, label: name.trim() }],
        });
      }
    };
    return {
      project(node) {
        // a 部门整体 table repeats generic rows (资金拨付及时率) under each of its goals
        if (node.kind === 'overall') return;
        check(node.indicators);
        check(node.periodIndicators);
      },
    };
  },
});
