/**
 * 资金总额应等于各资金来源之和. The 资金情况 block gives a total and its sources (其中：财政拨款,
 * 其他资金 …); a total that is not their sum is an arithmetic slip a reviewer sends back, and the
 * budget execution rate is then computed on the wrong base. Compared in exact decimals, so 153.5184
 * = 100.1234 + 53.395 holds. A block whose sources are all empty states no breakdown: not checked.
 */
import { createRule } from '../../src/engine/rule.js';
import { compareDecimals, decimalFromNumber, formatDecimal, subtractDecimals, sumDecimals, type Decimal } from '../../src/analysis/decimal.js';
import { FUNDING_SOURCES, filledSources } from '../../src/analysis/funding-sources.js';
import { documentMoneyUnit } from '../../src/analysis/money.js';
import type { LocalizedText } from '../../src/i18n.js';

export default createRule({
  name: 'funding-balance',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '资金总额应等于各资金来源之和', en: 'Total funding equals the sum of its sources' },
      recommended: 'warn',
    },
    messages: {
      sumMismatch: {
        'zh-CN': '项目“{{project}}”的资金总额为{{total}}{{unit}}，但各项资金来源合计{{sum}}{{unit}}（{{parts}}），相差{{diff}}{{unit}}：请核对资金总额和各来源金额',
        en: 'project "{{project}}": total funding is {{total}} {{unit}} but its sources add up to {{sum}} {{unit}} ({{parts}}), a difference of {{diff}}: check the total and the sources',
      },
      totalMissing: {
        'zh-CN': '项目“{{project}}”未填写资金总额，但各项资金来源合计{{sum}}{{unit}}（{{parts}}）：请填写资金总额',
        en: 'project "{{project}}" has no total funding, but its sources add up to {{sum}} {{unit}} ({{parts}}): fill in the total',
      },
    },
    schema: false,
    defaultOptions: {},
  },
  create(context) {
    return {
      project(project) {
        const funding = project.value.funding;
        if (!funding) return;
        const sources = filledSources(funding)
          .map(([key, n]) => [key, decimalFromNumber(n)] as const)
          .filter((s): s is readonly [keyof typeof FUNDING_SOURCES, Decimal] => s[1] !== undefined);
        if (sources.length === 0) return;
        const sum = sumDecimals(sources.map(([, d]) => d));
        const unit = documentMoneyUnit(project.document.value) ?? '';
        const parts: LocalizedText = {
          'zh-CN': sources.map(([k, d]) => `${FUNDING_SOURCES[k]['zh-CN']}${formatDecimal(d)}`).join('、'),
          en: sources.map(([k, d]) => `${FUNDING_SOURCES[k].en} ${formatDecimal(d)}`).join(', '),
        };
        const base = { project: project.label, sum: formatDecimal(sum), unit, parts };
        const total = typeof funding.total === 'number' ? decimalFromNumber(funding.total) : undefined;
        const pointer = `${project.pointer}/funding/total`;
        if (total === undefined) {
          if (sum.coefficient > 0n) context.report({ pointer, messageId: 'totalMissing', data: base });
          return;
        }
        if (compareDecimals(total, sum) === 0) return;
        const diff = subtractDecimals(total, sum);
        const diffText = formatDecimal(diff);
        context.report({ pointer, messageId: 'sumMismatch', data: { ...base, total: formatDecimal(total), diff: diff.coefficient > 0n ? `+${diffText}` : diffText } });
      },
    };
  },
});
