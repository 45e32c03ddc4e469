/**
 * 指标值不应千篇一律. When most rows of a table carry the same target ("≥95%" on a stability, an
 * economy, an ecology and a satisfaction row; "88" in every row), the numbers were filled in, not
 * worked out. 100% (and a bare 100, a rate whose % sits elsewhere) is left out: it is the natural
 * target of pass, coverage and completion rates.
 *
 * Per project list (annual, period): among named rows with a numeric target, the most frequent
 * target (sign, number and unit) is reported once when it covers at least `minRows` rows and at
 * least `share` of the numeric rows.
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorNode } from '../../src/engine/nodes.js';

export interface Options {
  minRows: number;
  share: number;
}

const SIGN: Record<string, string> = { '>=': '≥', '>': '＞', '<=': '≤', '<': '＜', '=': '＝', '≈': '约' };

export default createRule({
  name: 'identical-values',
  meta: {
    type: 'suggestion',
    docs: {
      description: { 'zh-CN': '同一张表的大多数指标不应填写相同的指标值', en: 'Most rows of a table do not share one target value' },
      recommended: 'warn',
    },
    messages: {
      identical: {
        'zh-CN': '项目“{{project}}”的{{list}}中有{{count}}/{{total}}行的指标值都是“{{value}}”（第{{rows}}行）：不同指标的目标应分别按历史数据、计划或标准测算，请逐项核实',
        en: '{{count}} of the {{total}} rows of the {{list}} of project "{{project}}" have the target "{{value}}" (rows {{rows}}): each indicator\'s target should be worked out from its own history, plan or standard; check each',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minRows: { type: 'integer', minimum: 2, description: 'fewest rows sharing a target before it is reported / 相同指标值至少几行才报告' },
        share: { type: 'number', minimum: 0, maximum: 1, description: 'least share of the numeric rows sharing a target / 相同指标值至少占数值行的比例' },
      },
    },
    defaultOptions: { minRows: 4, share: 0.5 } as Options,
  },
  create(context) {
    const { minRows, share } = context.options;
    const check = (rows: readonly IndicatorNode[], list: { 'zh-CN': string; en: string }) => {
      const groups = new Map<string, IndicatorNode[]>();
      let total = 0;
      for (const node of rows) {
        // points in the value column are misplaced-columns' (pointsAsValue), and alike by design
        if (!node.isIndicatorRow || node.valueIsPoints || !(node.value.name || node.value.personal?.name)) continue;
        const r = node.reading;
        if (r.kind !== 'number' || r.value === undefined) continue;
        total++;
        if (r.value === 100 && (r.unitClass === 'percent' || r.unitClass === undefined)) continue; // 100 (%): the ceiling of a rate
        const key = `${r.comparison ? SIGN[r.comparison] : ''}${r.value}${r.unit ?? ''}`;
        const group = groups.get(key);
        if (group) group.push(node);
        else groups.set(key, [node]);
      }
      let best: [string, IndicatorNode[]] | undefined;
      for (const entry of groups) if (!best || entry[1].length > best[1].length) best = entry;
      if (!best || best[1].length < minRows || best[1].length < share * total) return;
      const [value, nodes] = best;
      const first = nodes[0]!;
      context.report({
        pointer: `${first.pointer}/value`,
        messageId: 'identical',
        data: { project: first.project.label, list, count: String(nodes.length), total: String(total), value, rows: nodes.map((n) => n.index + 1).join('、') },
      });
    };
    return {
      project(node) {
        check(node.indicators, { 'zh-CN': '年度指标', en: 'annual indicators' });
        check(node.periodIndicators, { 'zh-CN': '实施期指标', en: 'period indicators' });
      },
    };
  },
});
