/**
 * 定量指标为主、定性指标为辅. When more than a third of a table's indicators are qualitative, the
 * table can hardly be scored; reviewers ask for measurable targets.
 *
 * Per project list (annual, period) with at least `minRows` named rows: a row is qualitative when
 * its sign is 定性, or its value reads as neither a number nor a date and names no month. Reported
 * once per list when the share exceeds `maxShare`: more than half by default, since "为主" means a
 * majority (domain-rules suggests 1/3 as an inference; a preset may set it). Reported at the first
 * qualitative row.
 * One warning per table, never per row.
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorNode, ProjectNode } from '../../src/engine/nodes.js';
import { isDeclaredQualitative } from '../../src/analysis/row-kinds.js';

/**
 * A date with its month ("完成时间为2022年12月30日", "12月底前完成") sets a checkable limit, even where
 * words around it keep the reading from taking the cell as a date.
 */
const NAMES_DATE = /\d{1,2}月/u;

function isQualitative(node: IndicatorNode): boolean {
  if (isDeclaredQualitative(node.value)) return true;
  const text = node.filled('value');
  if (NAMES_DATE.test(text)) return false;
  // (a 个性 value, 浙江 2019, is judged by its text alone)
  return node.value.value ? node.reading.kind === 'qualitative' : !/\d/u.test(text);
}

export interface Options {
  maxShare: number;
  minRows: number;
}

export default createRule({
  name: 'qualitative-share',
  meta: {
    type: 'suggestion',
    docs: {
      description: { 'zh-CN': '定性指标不宜过多（定量为主、定性为辅）', en: 'Qualitative indicators stay a minority (mainly quantitative)' },
      recommended: 'warn',
    },
    messages: {
      tooMany: {
        'zh-CN': '项目“{{project}}”的{{list}}中定性指标有{{count}}/{{total}}个（{{percent}}%），超过{{max}}%：绩效指标应以定量为主、定性为辅，请把能量化的指标改为数值目标（如第{{rows}}行）',
        en: '{{count}} of the {{total}} {{list}} of project "{{project}}" are qualitative ({{percent}}%), more than {{max}}%: targets should be mainly quantitative; make those that can be measured numeric (e.g. rows {{rows}})',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        maxShare: { type: 'number', minimum: 0, maximum: 1, description: 'largest acceptable share of qualitative rows / 定性指标最高占比' },
        minRows: { type: 'integer', minimum: 1, description: 'fewest named rows before the share is judged / 至少几行才判断占比' },
      },
    },
    defaultOptions: { maxShare: 0.5, minRows: 3 } as Options,
  },
  create(context) {
    const { maxShare, minRows } = context.options;
    const check = (project: ProjectNode, rows: readonly IndicatorNode[], list: 'indicators' | 'periodIndicators') => {
      const named = rows.filter((n) => n.isIndicatorRow && (n.value.name || n.value.personal?.name) && n.filled('value') !== '');
      if (named.length < minRows) return;
      const qualitative = named.filter(isQualitative);
      if (qualitative.length <= maxShare * named.length) return;
      const label = list === 'indicators' ? { 'zh-CN': '年度指标', en: 'annual indicators' } : { 'zh-CN': '实施期指标', en: 'period indicators' };
      const first = qualitative[0]!;
      context.report({
        pointer: `${first.pointer}/${first.value.value ? 'value' : 'personal/value'}`,
        messageId: 'tooMany',
        data: {
          project: project.label,
          list: label,
          count: String(qualitative.length),
          total: String(named.length),
          percent: String(Math.round((100 * qualitative.length) / named.length)),
          max: String(Math.round(maxShare * 100)),
          rows: qualitative.slice(0, 5).map((n) => n.index + 1).join('、'),
        },
      });
    };
    return {
      project(node) {
        check(node, node.indicators, 'indicators');
        check(node, node.periodIndicators, 'periodIndicators');
      },
    };
  },
});
