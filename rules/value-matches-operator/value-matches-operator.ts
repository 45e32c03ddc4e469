/**
 * 指标值须与计算符号相符. A quantitative sign (≥ ＞ ＝ ＜ ≤) takes a number: the system refuses
 * "定量指标的指标值为数值！" otherwise. A 定性 sign takes a description, not a bare number. The sign
 * column and a sign inside the value must not disagree, and a range (90-95, ±3%) is not a value the
 * system accepts ("-" is a forbidden character in 指标值).
 *
 *  - `textWithSign`: a sign (column or leading the value) with a value that holds no digit;
 *  - `numberWithQualitative`: the sign column says 定性, the value is a number (satisfaction rows
 *    are satisfaction-value's);
 *  - `conflict`: the sign column and the value's own sign differ;
 *  - `range`: the value is a range or carries ± (option `allowRanges` for templates outside the
 *    national system, such as 浙江 2019, where reviewers accepted 3-5次);
 *  - `missingSign`: in a table without a sign column, a percentage strictly between 0 and 100 with
 *    no sign while at least half the table's percentages carry one (重庆 忠县 2022: ≥95% above, 90% here):
 *    at least or at most cannot be told. 100% and 0% are the ends of a rate and read alone.
 */
import { createRule } from '../../src/engine/rule.js';
import { LEADING_SIGN, classifyOperator } from '../../src/analysis/operator-forms.js';
import { hasNoTargetToJudge, isDeclaredQualitative, isSatisfactionRow } from '../../src/analysis/row-kinds.js';
import type { IndicatorNode } from '../../src/engine/nodes.js';

const BARE_FIGURE = /^\s*\d/u;

/**
 * A percentage between the ends of a rate: 90% must say ≥ or ≤; 100% and 0% read alone. Only the
 * bare figure: words before it ("群众投诉量下降10%", "提高5%") say which way it goes.
 */
function isInnerPercent(node: IndicatorNode): boolean {
  const r = node.reading;
  return r.kind === 'number' && r.unitClass === 'percent' && r.value !== undefined && r.value > 0 && r.value < 100 && BARE_FIGURE.test(node.value.value);
}

/** The percentages of a list written without a sign, when the list has no sign column and most of its percentages carry one. */
function unsignedPercents(rows: readonly IndicatorNode[]): IndicatorNode[] {
  if (rows.some((r) => (r.value.operator ?? '').trim() !== '')) return [];
  const percents = rows.filter((r) => !hasNoTargetToJudge(r) && r.reading.kind === 'number' && r.reading.unitClass === 'percent');
  const signed = percents.filter((r) => r.reading.comparison !== undefined).length;
  // (100% without a sign counts against the habit: a table of bare "100%" rows writes no signs)
  if (signed === 0 || signed < percents.length - signed) return [];
  return percents.filter((r) => r.reading.comparison === undefined && isInnerPercent(r));
}

export interface Options {
  allowRanges: boolean;
}

const SIGN_TEXT: Record<string, string> = { '>=': '≥', '>': '＞', '<=': '≤', '<': '＜', '=': '＝', '≈': '约' };

export default createRule({
  name: 'value-matches-operator',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '指标值须与计算符号相符：定量符号配数值，定性配描述，不写区间', en: 'The value fits its sign: a number for ≥ ＞ ＝ ＜ ≤, a description for 定性, no ranges' },
      recommended: 'error',
    },
    messages: {
      textWithSign: {
        'zh-CN': '{{where}}的计算符号为“{{sign}}”（定量），指标值“{{text}}”却不是数值，系统会拒绝保存（“定量指标的指标值为数值”）：请填写数值（如“95”并选单位“%”），或把计算符号改为“定性”并写明可检查的标准',
        en: 'the sign of {{where}} is "{{sign}}" (quantitative), but its value "{{text}}" is not a number, which the system refuses: write a number (e.g. 95 with unit %), or set the sign to 定性 and state a checkable standard',
      },
      numberWithQualitative: {
        'zh-CN': '{{where}}的计算符号为“定性”，指标值“{{text}}”却是数值：请把计算符号改为“≥”“≤”或“＝”',
        en: 'the sign of {{where}} is 定性, but its value "{{text}}" is a number: set the sign to ≥, ≤ or ＝',
      },
      conflict: {
        'zh-CN': '{{where}}的计算符号为“{{sign}}”，指标值“{{text}}”里却写了另一个符号：请只在计算符号栏写一个符号，指标值只填数值',
        en: 'the sign of {{where}} is "{{sign}}", but its value "{{text}}" carries a different sign: keep one sign, in the sign column, and write only the number as the value',
      },
      missingSign: {
        'zh-CN': '{{where}}的指标值“{{text}}”没有计算符号：本表多数比率写了“≥”“≤”等符号，此行却没写，看不出是至少还是至多{{text}}：请写成“≥{{text}}”或“≤{{text}}”（恰好等于的写“＝{{text}}”）',
        en: 'the target "{{text}}" of {{where}} has no sign: most rates of this table carry "≥" or "≤", and without one this target does not say whether it is a floor or a ceiling: write "≥{{text}}" or "≤{{text}}" ("＝{{text}}" if exactly)',
      },
      range: {
        'zh-CN': '{{where}}的指标值“{{text}}”是区间，系统不接受（指标值不得含“-”等字符）：请按考核口径写成一个界限，如“≥{{min}}”或“≤{{max}}”',
        en: 'the value "{{text}}" of {{where}} is a range, which the system does not accept ("-" is not allowed in a value): write one bound, e.g. "≥{{min}}" or "≤{{max}}"',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        allowRanges: { type: 'boolean', description: 'true: a range (3-5次) is accepted, as in templates outside the national system / 允许区间写法（非一体化系统的模板）' },
      },
    },
    defaultOptions: { allowRanges: false } as Options,
  },
  create(context) {
    const { allowRanges } = context.options;
    return {
      project(project) {
        for (const list of project.lists) {
          for (const node of unsignedPercents(list.rows)) {
            const text = node.value.value.trim();
            context.report({ pointer: `${node.pointer}/value`, messageId: 'missingSign', data: { ...node.where(node.value.name || ''), text } });
          }
        }
      },
      indicator(node) {
        if (hasNoTargetToJudge(node)) return;
        const row = node.value;
        const text = row.value.trim();
        if (text === '') return;
        const reading = node.reading;
        if (reading.kind === 'placeholder' || reading.kind === 'not-applicable') return;
        const pointer = `${node.pointer}/value`;
        // built only for a row that is reported (few are)
        const data = () => ({ ...node.where(row.name || ''), text });
        const operator = row.operator?.trim() ?? '';
        const form = operator ? classifyOperator(operator) : undefined;
        const quantitative = form && (form.kind === 'canonical' || form.kind === 'variant' || form.kind === 'look-alike') && form.canonical !== '定性';
        const signed = quantitative || LEADING_SIGN.test(text.replace(/\s+/g, ''));
        if (signed && !/\d/.test(text)) {
          // the sign as written at the start of the value: "≥", or a word such as "不超过" (湖北 襄阳 2021)
          const written = LEADING_SIGN.exec(text.replace(/\s+/g, ''))?.[0] ?? text.charAt(0);
          context.report({ pointer, messageId: 'textWithSign', data: { ...data(), sign: quantitative ? operator : written } });
          return;
        }
        if (isDeclaredQualitative(row) && operator && (reading.kind === 'number' || reading.kind === 'range') && !reading.vague) {
          const vocabulary = node.project.document.analysis.vocabulary;
          if (!isSatisfactionRow(row, { level1: node.level1, level2: node.level2 }, (n) => vocabulary.isSatisfactionName(n))) {
            context.report({ pointer, messageId: 'numberWithQualitative', data: data() });
          }
          return;
        }
        if (reading.conflict && reading.comparison !== undefined) {
          context.report({ pointer, messageId: 'conflict', data: { ...data(), sign: SIGN_TEXT[reading.comparison] ?? operator } });
          return;
        }
        if (!allowRanges && (reading.kind === 'range' || /[±＋－]/.test(text))) {
          const min = reading.min ?? reading.value ?? '';
          const max = reading.max ?? reading.value ?? '';
          const unit = reading.unit ?? '';
          context.report({ pointer, messageId: 'range', data: { ...data(), min: `${min}${unit}`, max: `${max}${unit}` } });
        }
      },
    };
  },
});
