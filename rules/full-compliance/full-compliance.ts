/**
 * 按标准、足额发放和合规一类的指标只能以100%为目标. A rate of doing what a rule requires (paying a
 * subsidy in full and to its standard, using funds as the rules say) admits, below 100%, that the
 * rest may be done wrong: "农村低保救助资金按标准发放的比率 90%" allows a tenth paid off the standard.
 * Timeliness floors (及时率 ≥90%) are not read. Name words are data in
 * src/analysis/indicator-direction.ts.
 */
import { createRule } from '../../src/engine/rule.js';
import { requiresFullCompliance } from '../../src/analysis/indicator-direction.js';
import { hasNoTargetToJudge } from '../../src/analysis/row-kinds.js';
import { writtenTarget } from '../../src/analysis/rows.js';

const BELOW_OR_AT = new Set(['>=', '>', '=']);

export default createRule({
  name: 'full-compliance',
  meta: {
    type: 'suggestion',
    docs: {
      description: { 'zh-CN': '按标准、足额发放和合规一类的指标以100%为目标', en: 'Rates of paying to the standard, in full, or by the rules are targeted at 100%' },
      recommended: 'warn',
    },
    messages: {
      belowFull: {
        'zh-CN': '{{where}}衡量的是必须全部做到的要求，指标值“{{text}}”低于100%，等于允许其余部分不按标准或规定执行：请写成“＝100%”',
        en: '{{where}} measures a requirement that must be met in full, yet its target "{{text}}" is below 100%, admitting the rest may be done off the standard or the rules: write "＝100%"',
      },
    },
    schema: false,
    defaultOptions: {},
  },
  create(context) {
    return {
      indicator(node) {
        if (hasNoTargetToJudge(node)) return;
        const reading = node.reading;
        if (reading.kind !== 'number' || reading.value === undefined || reading.value <= 0 || reading.value >= 100) return;
        if (reading.unitClass !== 'percent' && reading.unitClass !== undefined) return;
        if (reading.comparison !== undefined && !BELOW_OR_AT.has(reading.comparison)) return;
        const row = node.value;
        const name = row.name || row.personal?.name || '';
        if (!node.project.document.analysis.memo('requires-full-compliance', requiresFullCompliance)(name)) return;
        context.report({ pointer: `${node.pointer}/value`, messageId: 'belowFull', data: { ...node.where(name), text: writtenTarget(row, reading) } });
      },
    };
  },
});
