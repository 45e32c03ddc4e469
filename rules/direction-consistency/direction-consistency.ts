/**
 * 计算符号应与指标方向一致. A cost, an accident count or a complaint count is capped (≤); a pass,
 * coverage, completion or satisfaction rate is a floor (≥) or exact (=); a row declared 反向 (or
 * 正向) must carry a sign that agrees, and a 反向 row is capped, not fixed at an amount above 0.
 *
 * The sign is the 计算符号 column, else a sign the template puts in its 指标方向/指标性质 column,
 * else the sign in the value text. A row without a sign is not judged (operator rules say so),
 * except a 成本 row that states only a spending rate ("成本控制率 100%"): no money and no cap, `costRateWithoutCap`.
 * Rows of 二级 成本指标 with a money target count as capped. A 数量指标 count with a cap ("开展精品示范村
 * 建设数量 ≤4", 安徽 金寨 2023) caps what the project is to deliver: `cappedOutput`. Name words are data in
 * src/analysis/indicator-direction.ts.
 */
import { createRule } from '../../src/engine/rule.js';
import { declaredDirection, directionFromName, isSpendingControlRate, signFromDirectionColumns } from '../../src/analysis/indicator-direction.js';
import { hasNoTargetToJudge } from '../../src/analysis/row-kinds.js';
import { writtenTarget } from '../../src/analysis/rows.js';

const SIGN_TEXT: Record<string, string> = { '>=': '≥', '>': '＞', '<=': '≤', '<': '＜', '=': '＝', '≈': '约' };
const UP = new Set(['>=', '>']);
/** A count of things delivered (no unit, or 个, 人, 次 …): not money, a rate or a time. */
const isCount = (unitClass: string | undefined) => unitClass === undefined || ['count', 'people', 'person-times', 'times', 'documents', 'livestock', 'area', 'length', 'volume', 'mass'].includes(unitClass);
const DOWN = new Set(['<=', '<']);

export default createRule({
  name: 'direction-consistency',
  meta: {
    type: 'suggestion',
    docs: {
      description: { 'zh-CN': '计算符号应与指标方向一致', en: 'The sign agrees with the direction of the indicator' },
      recommended: 'warn',
    },
    messages: {
      cappedFloor: {
        'zh-CN': '{{where}}衡量的是{{what}}，应设上限，指标值“{{text}}”却用了“{{sign}}”：请改为“≤”（如“≤{{number}}”）',
        en: '{{where}} measures {{what}}, which takes a cap, but its target "{{text}}" uses "{{sign}}": use ≤ (e.g. "≤{{number}}")',
      },
      floorCapped: {
        'zh-CN': '{{where}}是比率类正向指标，指标值“{{text}}”却用了“{{sign}}”设上限：请改为“≥”或“＝”',
        en: '{{where}} is a rate that takes a floor, but its target "{{text}}" uses "{{sign}}" as a cap: use ≥ or ＝',
      },
      cappedOutput: {
        'zh-CN': '{{where}}是数量指标，衡量要完成多少，指标值“{{text}}”却用“{{sign}}”设了上限：完成数量应设下限（如“≥{{number}}”）或写确定的数（“＝{{number}}”）',
        en: '{{where}} is a quantity indicator, measuring how much is to be done, but its target "{{text}}" caps it with "{{sign}}": a quantity to deliver takes a floor (e.g. "≥{{number}}") or an exact number ("＝{{number}}")',
      },
      costRateWithoutCap: {
        'zh-CN': '{{where}}只写了“{{text}}”：既没有成本金额，也没有“≤”，看不出支出不得超过多少：请写出成本金额或单位成本（如“项目总成本≤X万元”“人均成本≤X元”），至少写成“≤{{text}}”',
        en: '{{where}} only says "{{text}}": no amount of money and no ≤, so it caps nothing: state the cost or the cost per unit (项目总成本≤X万元, 人均成本≤X元), or at least write "≤{{text}}"',
      },
      declaredConflict: {
        'zh-CN': '{{where}}标为“{{declared}}”，计算符号却是“{{sign}}”，两者矛盾：{{fix}}',
        en: '{{where}} is declared "{{declared}}" but its sign is "{{sign}}": {{fix}}',
      },
    },
    schema: false,
    defaultOptions: {},
  },
  create(context) {
    return {
      indicator(node) {
        if (hasNoTargetToJudge(node)) return;
        const row = node.value;
        const reading = node.reading;
        const comparison = (row.operator ? reading.comparison : undefined) ?? signFromDirectionColumns(row) ?? reading.comparison;
        const name = row.name || row.personal?.name || '';
        const costRow = node.level2 === '成本指标' || node.level1 === '成本指标';
        // "成本控制率 100%" (湖北 黄石 2022, 武汉 青山 2020): a cost with neither money nor a cap; "≤100%" is a cap (福建 秀屿 2025)
        if (comparison === undefined && costRow && reading.kind === 'number' && reading.unitClass === 'percent' && isSpendingControlRate(name)) {
          const text = `${row.value.trim()}${row.unit?.trim() ?? ''}`;
          context.report({ pointer: `${node.pointer}/value`, messageId: 'costRateWithoutCap', data: { ...node.where(name), text } });
          return;
        }
        if (comparison === undefined || comparison === '≈') return;
        // the message's place and text are built only for a row that is reported (few are)
        const pointer = () => `${node.pointer}/${row.operator ? 'operator' : 'value'}`;
        const data = () => {
          return { ...node.where(name), text: writtenTarget(row, reading), sign: SIGN_TEXT[comparison] ?? comparison };
        };
        const declared = declaredDirection(row);
        if (declared) {
          if (declared.direction === '反向' && UP.has(comparison)) {
            context.report({ pointer: pointer(), messageId: 'declaredConflict', data: { ...data(), declared: declared.text, fix: { 'zh-CN': '反向指标应设上限（≤），若实为越多越好，请改标为正向', en: 'a 反向 indicator takes a cap (≤); if more is better, declare it 正向' } } });
          } else if (declared.direction === '反向' && comparison === '=' && (reading.value ?? 0) > 0) {
            // "出差总成本 反向 = 1万元" (内蒙古 乌海 2021): less is better, yet the target is one fixed amount; "= 0" is a cap all the same
            context.report({ pointer: pointer(), messageId: 'declaredConflict', data: { ...data(), declared: declared.text, fix: { 'zh-CN': '反向指标越少越好，应设上限（≤），不宜定为一个固定值', en: 'less is better for a 反向 indicator: give it a cap (≤), not one fixed value' } } });
          } else if (declared.direction === '正向' && DOWN.has(comparison)) {
            context.report({ pointer: pointer(), messageId: 'declaredConflict', data: { ...data(), declared: declared.text, fix: { 'zh-CN': '正向指标应设下限（≥），若实为越少越好，请改标为反向', en: 'a 正向 indicator takes a floor (≥); if less is better, declare it 反向' } } });
          }
          return;
        }
        const byName = node.project.document.analysis.memo('direction-from-name', directionFromName)(name);
        if (byName === undefined && node.level2 === '数量指标' && DOWN.has(comparison) && isCount(reading.unitClass)) {
          context.report({ pointer: pointer(), messageId: 'cappedOutput', data: { ...data(), number: `${reading.value ?? ''}${reading.unit ?? ''}` } });
          return;
        }
        if (byName === 'floor' ? !DOWN.has(comparison) : !UP.has(comparison)) return;
        const capped = byName === 'capped' || (byName === undefined && costRow && (reading.unitClass === 'money' || reading.unitClass === 'rate-money'));
        if (capped) {
          const what = byName === 'capped' ? { 'zh-CN': '成本、费用、事故、投诉或误差一类', en: 'a cost, fee, accident, complaint or error' } : { 'zh-CN': '成本', en: 'a cost' };
          // a cap of 100% caps nothing ("逾期发放率 ≥100%"): the target that means something is none at all
          const number = reading.value === undefined ? '' : reading.unitClass === 'percent' && reading.value >= 100 ? '0%' : `${reading.value}${reading.unit ?? ''}`;
          context.report({ pointer: pointer(), messageId: 'cappedFloor', data: { ...data(), what, number } });
        } else if (byName === 'floor') {
          context.report({ pointer: pointer(), messageId: 'floorCapped', data: data() });
        }
      },
    };
  },
});
