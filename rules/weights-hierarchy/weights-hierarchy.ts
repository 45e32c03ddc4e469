/**
 * 下级指标权重合计应等于上级设置数. Where the framework fixes the weight of a 一级 or 二级 category
 * — a province preset (财预〔2020〕10号 自评: 产出50、效益30、满意度10, plus 10 for 预算执行率
 * outside the rows) or the table itself ("产出指标(50分)", "成本指标(0-20)分") — the 三级 weights
 * under it must add up to that number, and a table's own label must not contradict the preset.
 * The national budget-integration system refuses to save otherwise ("一级指标【X】的下级指标权重录入
 * 合计应等于上级设置数"). Weights are added as exact decimals (10.3 + 9.3 + … = 50 holds).
 * Each list (annual, 实施期) is checked on its own; blank and 不涉及 rows carry no weight here.
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorNode, ProjectNode } from '../../src/engine/nodes.js';
import type { IndicatorList } from '../../src/document/model.js';
import { compareDecimals, decimalFromNumber, formatDecimal, subtractDecimals, sumDecimals, type Decimal } from '../../src/analysis/decimal.js';
import { declaredPoints, type DeclaredPoints } from '../../src/analysis/declared-points.js';
import type { LocalizedText } from '../../src/i18n.js';

export interface Options {
  level1: Record<string, number>;
  level2: Record<string, number>;
  satisfactionToBenefit: boolean;
  tolerance: number;
}

type Level = 'level1' | 'level2';

interface Group {
  level: Level;
  /** canonical name, or the label as filed when the vocabulary does not know it */
  name: string;
  first: IndicatorNode;
  declared: DeclaredPoints | undefined;
  weights: Decimal[];
}

const LEVEL_WORDS: Record<Level, LocalizedText> = {
  level1: { 'zh-CN': '一级', en: 'first-level' },
  level2: { 'zh-CN': '二级', en: 'second-level' },
};

const SATISFACTION = '满意度指标';
const BENEFIT = '效益指标';

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function rangeText(min: number, max: number): string {
  return min === max ? fmt(min) : `${fmt(min)}-${fmt(max)}`;
}

export default createRule({
  name: 'weights-hierarchy',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '下级指标权重合计应等于上级设置数', en: 'The weights under a category add up to the points it is given' },
      recommended: 'error',
    },
    messages: {
      childrenSum: {
        'zh-CN': '项目“{{project}}”{{list}}{{level}}指标“{{category}}”下的三级指标权重合计{{sum}}，应为{{expected}}分（{{source}}），相差{{diff}}：请调整该类下各三级指标的权重',
        en: 'the third-level weights under the {{level}} category "{{category}}" of {{list}}project "{{project}}" add up to {{sum}}, not {{expected}} ({{source}}), a difference of {{diff}}: adjust the weights under it',
      },
      declaredDiffers: {
        'zh-CN': '项目“{{project}}”{{list}}{{level}}指标“{{label}}”标注为{{declared}}，与规定的{{expected}}分不符（{{source}}）：请把该类按{{expected}}分设置，并相应调整其下三级指标的权重',
        en: 'the {{level}} category "{{label}}" of {{list}}project "{{project}}" is marked {{declared}}, but {{expected}} points are required ({{source}}): give the category {{expected}} points and adjust the weights under it',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        level1: {
          type: 'object',
          additionalProperties: { type: 'number', minimum: 0 },
          description: 'points fixed for each 一级 (canonical name → points), e.g. {产出指标: 50, 效益指标: 30, 满意度指标: 10} / 规定的一级指标分值',
        },
        level2: {
          type: 'object',
          additionalProperties: { type: 'number', minimum: 0 },
          description: 'points fixed for each 二级 (canonical name → points) / 规定的二级指标分值',
        },
        satisfactionToBenefit: {
          type: 'boolean',
          description: 'true: when a table has no 满意度 rows, the points fixed for 满意度 go to 效益 (财预〔2020〕10号) / 未设满意度指标时其分值并入效益指标',
        },
        tolerance: { type: 'number', minimum: 0, description: 'allowed rounding difference / 允许的舍入误差' },
      },
    },
    defaultOptions: { level1: {}, level2: {}, satisfactionToBenefit: true, tolerance: 0.01 } as Options,
  },
  create(context) {
    const { level1: preset1, level2: preset2, satisfactionToBenefit, tolerance } = context.options;
    const slack = decimalFromNumber(tolerance) ?? { coefficient: 0n, exponent: 0 };

    const groupsOf = (rows: readonly IndicatorNode[], level: Level): Group[] => {
      const groups = new Map<string, Group>();
      const analysis = rows[0]!.project.document.analysis;
      for (const node of rows) {
        if (!node.isIndicatorRow) continue;
        const label = level === 'level1' ? node.value.level1 : node.value.level2;
        if (!label || label.trim() === '') continue;
        const declared = declaredPoints(label);
        const bare = declared?.name ?? label;
        const canonical = level === 'level1' ? analysis.level1(bare) : analysis.level2(bare);
        const name = canonical ?? analysis.label(bare);
        let group = groups.get(name);
        if (!group) groups.set(name, (group = { level, name, first: node, declared, weights: [] }));
        group.declared ??= declared;
        const w = node.value.weight;
        const d = typeof w === 'number' ? decimalFromNumber(w) : undefined;
        if (d !== undefined) group.weights.push(d);
      }
      return [...groups.values()];
    };

    const presetFor = (group: Group, names: ReadonlySet<string>): number | undefined => {
      const table = group.level === 'level1' ? preset1 : preset2;
      const own = Object.hasOwn(table, group.name) ? table[group.name] : undefined;
      if (group.level === 'level1' && group.name === BENEFIT && own !== undefined && satisfactionToBenefit && !names.has(SATISFACTION)) {
        const moved = Object.hasOwn(table, SATISFACTION) ? table[SATISFACTION] : undefined;
        return moved === undefined ? own : own + moved;
      }
      return own;
    };

    const checkGroup = (project: ProjectNode, list: IndicatorList, group: Group, preset: number | undefined) => {
      if (group.weights.length === 0) return;
      const where = {
        project: project.label,
        list: list === 'periodIndicators' ? { 'zh-CN': '实施期指标中', en: 'the period indicators of ' } : '',
        level: LEVEL_WORDS[group.level],
      };
      const pointer = `${group.first.pointer}/${group.level}`;
      const declared = group.declared;
      const presetSource = { 'zh-CN': '本地区规定', en: 'as this region fixes it' };
      if (preset !== undefined && declared !== undefined && (preset < declared.min || preset > declared.max)) {
        const label = (group.level === 'level1' ? group.first.value.level1 : group.first.value.level2 ?? '').replace(/\s+/g, '');
        context.report({ pointer, messageId: 'declaredDiffers', data: { ...where, label, declared: declared.text, expected: fmt(preset), source: presetSource } });
        return;
      }
      const [min, max] = preset !== undefined ? [preset, preset] : declared !== undefined ? [declared.min, declared.max] : [undefined, undefined];
      if (min === undefined || max === undefined) return;
      const sum = sumDecimals(group.weights);
      const low = subtractDecimals(decimalFromNumber(min)!, slack);
      const high = sumDecimals([decimalFromNumber(max)!, slack]);
      if (compareDecimals(sum, low) >= 0 && compareDecimals(sum, high) <= 0) return;
      const bound = compareDecimals(sum, low) < 0 ? min : max;
      const diff = subtractDecimals(sum, decimalFromNumber(bound)!);
      const diffText = formatDecimal(diff);
      context.report({
        pointer,
        messageId: 'childrenSum',
        data: {
          ...where,
          category: group.name,
          sum: formatDecimal(sum),
          expected: rangeText(min, max),
          diff: diff.coefficient > 0n ? `+${diffText}` : diffText,
          source: preset !== undefined ? presetSource : { 'zh-CN': `表中标注“${declared!.text}”`, en: `the table marks it ${declared!.text}` },
        },
      });
    };

    const checkList = (project: ProjectNode, list: IndicatorList, rows: readonly IndicatorNode[]) => {
      if (!rows.some((r) => typeof r.value.weight === 'number')) return;
      for (const level of ['level1', 'level2'] as const) {
        const groups = groupsOf(rows, level);
        const names = new Set(groups.map((g) => g.name));
        for (const group of groups) checkGroup(project, list, group, presetFor(group, names));
      }
    };

    return {
      project(project) {
        checkList(project, 'indicators', project.indicators);
        checkList(project, 'periodIndicators', project.periodIndicators);
      },
    };
  },
});
