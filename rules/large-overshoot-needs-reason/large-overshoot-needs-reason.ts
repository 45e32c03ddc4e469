/**
 * 超额完成须说明原因. In a 自评表 an 实际完成值 far above its target says the target was set too
 * low, or the actual is wrong; 广西's 预算管理一体化系统 will not save a row whose 实际完成值 is 130%
 * of its 指标值 or more without a 偏差原因及整改措施 (domain-rules §F.41 [一体化]). Off in
 * perflint:recommended, on in perflint:guangxi.
 *
 * Read: rows of a table with the deviation column, whose target is a positive floor or exact number
 * (not a ceiling, nor a capped indicator such as a cost, where more is worse and the shortfall
 * checks apply) and whose actual is a number in the same unit.
 */
import { createRule } from '../../src/engine/rule.js';
import { comparableReadings, isCeilingTarget, targetAsFiled } from '../../src/analysis/self-evaluation.js';
import { isBlank } from '../../src/analysis/rows.js';
import { readIndicatorValue } from '../../src/analysis/value-reading.js';

export interface Options {
  ratio: number;
}

const FLOAT_SLACK = 1e-9;
const percent = (n: number): string => String(Math.round(n * 10000) / 100);

export default createRule({
  name: 'large-overshoot-needs-reason',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '大幅超额完成的指标应说明偏差原因', en: 'A target far exceeded has its deviation explained' },
    },
    messages: {
      overshoot: {
        'zh-CN': '{{where}}的实际完成值“{{actual}}”是年度指标值“{{target}}”的{{percent}}%，达到{{threshold}}%以上，但“偏差原因分析及改进措施”未填写：请说明超额完成的原因（如年初指标值是否设定偏低）',
        en: 'the actual value "{{actual}}" of {{where}} is {{percent}}% of the target "{{target}}", {{threshold}}% or more, but the deviation analysis is empty: explain the overshoot (was the target set too low?)',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ratio: {
          type: 'number',
          exclusiveMinimum: 1,
          description: 'how many times the target the actual must reach to need a reason (1.3 = 130%) / 实际完成值达到指标值的多少倍须说明原因（1.3 即 130%）',
        },
      },
    },
    defaultOptions: { ratio: 1.3 } as Options,
  },
  create(context) {
    const { ratio } = context.options;
    return {
      indicator(node) {
        const row = node.value;
        if (!node.isIndicatorRow || row.deviation === undefined || !isBlank(row.deviation) || row.actual === undefined) return;
        const target = node.reading;
        if (isCeilingTarget(target, row.name)) return;
        const actual = readIndicatorValue({ value: row.actual, unit: row.unit }, node.project.document.analysis.readingOptions);
        if (!comparableReadings(target, actual) || !(target.value! > 0) || actual.value! < target.value! * ratio - FLOAT_SLACK) return;
        context.report({
          pointer: `${node.pointer}/deviation`,
          messageId: 'overshoot',
          data: {
            ...node.where(node.label),
            actual: row.actual.trim(),
            target: targetAsFiled(row),
            percent: percent(actual.value! / target.value!),
            threshold: percent(ratio),
          },
        });
      },
    };
  },
});
