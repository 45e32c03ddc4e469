/**
 * 资金总额应等于各资金来源之和. The 资金情况 block gives a total and its sources (其中：财政拨款,
 * 其他资金 …); a total that is not their sum is an arithmetic slip a reviewer sends back, and the
 * budget execution rate is then computed on the wrong base. Compared in exact decimals, so 153.5184
 * = 100.1234 + 53.395 holds. A block whose sources are all empty, or 0 beside lines left empty,
 * states no breakdown: not checked.
 * A 自评表 also prints, per money line, 全年执行数 and 执行率: a rate that is not 执行数 ÷ 预算数 is
 * the same kind of slip (内蒙古 巴彦淖尔 2024: 其他资金 1.8 of 1.8 spent, 执行率 0). A 执行数 above
 * the 全年预算数 is spending without a budget (安徽 金寨 2023: 338.31 of 329.77): one finding, on the
 * total line when it overspends, else on the first source that does. A total spent while no source
 * states what it spent, though one has a budget, leaves that source's 执行数 missing (上海 松江 2020).
 * The 部门整体支出 form splits the same total by use too (按支出性质分: 基本支出, 项目支出): their sum
 * must be the total as well, and a line of the 年度履职目标 block paid from one of them carries its
 * amount (福建 宁德 2019: 基本支出 171.41 where 基本支出 is 110.61); the block's lines together never
 * exceed the total.
 * A total of 1000亿元 or more in a 万元 table is an amount typed in 元 (上海 松江 2020: 145000000.00
 * under 项目资金(万元)): no project a department files is that large.
 */
import { createRule } from '../../src/engine/rule.js';
import { compareDecimals, decimalFromNumber, formatDecimal, scaleDecimal, subtractDecimals, sumDecimals, type Decimal } from '../../src/analysis/decimal.js';
import { FUNDING_SOURCES, filledSources, hasBlankSource } from '../../src/analysis/funding-sources.js';
import { documentMoneyUnit } from '../../src/analysis/money.js';
import type { LocalizedText } from '../../src/i18n.js';
import { executionRateMismatch, formatRate } from '../../src/analysis/execution-rate.js';
import type { ProjectNode } from '../../src/engine/nodes.js';
import { childPointer } from '../../src/document/pointer.js';
import { dutyLines, type DutyLine } from '../../src/analysis/duty-lines.js';

/** 1000亿元 in 万元: no single project reaches it, so a total this large was typed in 元 */
const IMPLAUSIBLE_WAN = decimalFromNumber(1e7)!;

const USE_NAMES: Readonly<Record<'basic' | 'project', LocalizedText>> = {
  basic: { 'zh-CN': '基本支出', en: 'basic spending' },
  project: { 'zh-CN': '项目支出', en: 'project spending' },
};

/** a difference as the message shows it: +5, -3.2 */
function signed(diff: Decimal): string {
  const text = formatDecimal(diff);
  return diff.coefficient > 0n ? `+${text}` : text;
}

const LINE_NAMES: Readonly<Record<string, LocalizedText>> = { ...FUNDING_SOURCES, total: { 'zh-CN': '年度资金总额', en: 'total funding' } };

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
      amountInYuan: {
        'zh-CN': '项目“{{project}}”的资金总额填{{total}}，表中金额单位为万元，即{{yi}}亿元，远超项目规模：金额似乎是按元填写的，请换算为万元（{{wan}}万元）',
        en: 'project "{{project}}": the total funding is {{total}} in a table whose money unit is 万元, i.e. {{yi}} hundred million yuan, far beyond any project: it seems to be in 元; convert it to 万元 ({{wan}})',
      },
      rateMismatch: {
        'zh-CN': '项目“{{project}}”的{{line}}全年预算数{{budget}}、全年执行数{{spent}}，执行率应为{{expected}}%，表中填“{{rate}}”：请按执行数÷预算数填写执行率',
        en: 'project "{{project}}": {{line}} has a budget of {{budget}} and {{spent}} spent, so the execution rate is {{expected}}%, but the table says "{{rate}}": write spent ÷ budget',
      },
      sourceSpentMissing: {
        'zh-CN': '项目“{{project}}”的年度资金总额全年执行数为{{spent}}，而{{line}}有全年预算数{{budget}}，全年执行数却空着：请填写{{line}}的执行数，使各来源的执行数合计等于总额，并据此重算执行率',
        en: 'project "{{project}}": {{spent}} of the total funding was spent, but {{line}}, with a budget of {{budget}}, has no amount spent: enter what {{line}} spent so the sources add up to the total, and recompute its execution rate',
      },
      spentOverBudget: {
        'zh-CN': '项目“{{project}}”的{{line}}全年执行数{{spent}}超过全年预算数{{budget}}（执行率{{rate}}%）：支出不能超过预算，请核实执行数；确有追加的，全年预算数应填调整后的预算',
        en: 'project "{{project}}": {{line}} spent {{spent}}, more than its budget for the year of {{budget}} ({{rate}}%): spending cannot exceed the budget; check the amount spent, or enter the adjusted budget if the budget was raised',
      },
      usesMismatch: {
        'zh-CN': '“{{project}}”的资金总额为{{total}}{{unit}}，但按支出性质分的基本支出{{basic}}{{unit}}与项目支出{{projectSpending}}{{unit}}合计{{sum}}{{unit}}，相差{{diff}}{{unit}}：请核对资金总额和基本支出、项目支出的金额',
        en: '"{{project}}": total funding is {{total}} {{unit}}, but its split by use, basic spending {{basic}} and project spending {{projectSpending}}, adds up to {{sum}} {{unit}}, a difference of {{diff}}: check the total and both amounts',
      },
      dutyLineMismatch: {
        'zh-CN': '“{{project}}”年度履职目标中由{{use}}安排的一行预算金额填{{amount}}{{unit}}，但上方按支出性质分的{{use}}为{{split}}{{unit}}：请按{{use}}的实际金额填写',
        en: '"{{project}}": a line of the annual duties paid from {{use}} gives a budget of {{amount}} {{unit}}, but {{use}} above is {{split}} {{unit}}: enter the amount {{use}} actually has',
      },
      dutyLinesOverTotal: {
        'zh-CN': '“{{project}}”年度履职目标各行预算金额合计{{sum}}{{unit}}，超过资金总额{{total}}{{unit}}：请核对各行金额，各项任务的预算合计不能超过资金总额',
        en: '"{{project}}": the budget lines of the annual duties add up to {{sum}} {{unit}}, more than the total funding of {{total}} {{unit}}: check each line; together they cannot exceed the total',
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
    const checkRates = (project: ProjectNode) => {
      (project.value.budgetExecution?.lines ?? []).forEach((line, i) => {
        if (line.rate === undefined) return;
        const mismatch = executionRateMismatch(line.rate, line.budget, line.spent);
        if (!mismatch) return;
        context.report({
          pointer: `${project.pointer}/budgetExecution/lines/${i}/rate`,
          messageId: 'rateMismatch',
          data: { project: project.label, line: LINE_NAMES[line.source]!, budget: String(line.budget), spent: String(line.spent), expected: formatRate(mismatch.expected), rate: line.rate },
        });
      });
    };
    const checkOverspend = (project: ProjectNode) => {
      const lines = project.value.budgetExecution?.lines ?? [];
      const over = lines.map((line, i) => ({ line, i })).filter(({ line }) => {
        const budget = typeof line.budget === 'number' ? decimalFromNumber(line.budget) : undefined;
        const spent = typeof line.spent === 'number' ? decimalFromNumber(line.spent) : undefined;
        return budget !== undefined && spent !== undefined && budget.coefficient > 0n && compareDecimals(spent, budget) > 0;
      });
      const first = over.find(({ line }) => line.source === 'total') ?? over[0];
      if (!first) return;
      const { line, i } = first;
      context.report({
        pointer: `${project.pointer}/budgetExecution/lines/${i}/spent`,
        messageId: 'spentOverBudget',
        data: { project: project.label, line: LINE_NAMES[line.source]!, budget: String(line.budget), spent: String(line.spent), rate: formatRate((line.spent! / line.budget!) * 100) },
      });
    };
    /**
     * The total was spent but a source line with a budget has no 执行数 (上海 松江 2020: 其他资金 145000000
     * budgeted, 执行数 blank, 执行率 0.0%, beside a total spent in full): the breakdown stops at the budget.
     */
    const checkSourceSpent = (project: ProjectNode) => {
      const lines = project.value.budgetExecution?.lines ?? [];
      const total = lines.find((line) => line.source === 'total');
      if (typeof total?.spent !== 'number' || total.spent <= 0 || lines.some((line) => line.source !== 'total' && typeof line.spent === 'number')) return;
      const i = lines.findIndex((line) => line.source !== 'total' && typeof line.budget === 'number' && line.budget > 0 && (line.spent === null || line.spent === undefined));
      if (i === -1) return;
      const line = lines[i]!;
      context.report({
        pointer: `${project.pointer}/budgetExecution/lines/${i}/spent`,
        messageId: 'sourceSpentMissing',
        data: { project: project.label, line: LINE_NAMES[line.source]!, budget: String(line.budget), spent: String(total.spent) },
      });
    };
    /** 按支出性质分: 基本支出 + 项目支出 is the same total as the sources' (the 部门整体支出 form) */
    const checkUses = (project: ProjectNode, total: Decimal | undefined, unit: string) => {
      const { basic, project: projectSpending } = project.value.expenditure ?? {};
      if (total === undefined || typeof basic !== 'number' || typeof projectSpending !== 'number') return;
      const parts = [decimalFromNumber(basic), decimalFromNumber(projectSpending)];
      if (parts.some((d) => d === undefined)) return;
      const sum = sumDecimals(parts as Decimal[]);
      if (compareDecimals(total, sum) === 0) return;
      const diff = subtractDecimals(total, sum);
      context.report({
        pointer: `${project.pointer}/expenditure/basic`,
        messageId: 'usesMismatch',
        data: { project: project.label, total: formatDecimal(total), basic: String(basic), projectSpending: String(projectSpending), sum: formatDecimal(sum), diff: signed(diff), unit },
      });
    };
    /** 年度履职目标 lines (duty-lines.ts): one paid from 基本支出 or 项目支出 with another amount than the split's, else lines adding up past the total */
    const checkDutyLines = (project: ProjectNode, total: Decimal | undefined, unit: string) => {
      const lines = dutyLines(project.value.extensions);
      if (lines.length === 0) return;
      const pointerOf = (line: DutyLine) => childPointer(childPointer(project.extensionPointer(line.key), String(line.index)), line.amountHeading);
      const split = project.value.expenditure ?? {};
      for (const line of lines) {
        const expected = line.use && typeof split[line.use] === 'number' ? decimalFromNumber(split[line.use]!) : undefined;
        if (!expected || compareDecimals(line.amount, expected) === 0) continue;
        const use = USE_NAMES[line.use!];
        context.report({ pointer: pointerOf(line), messageId: 'dutyLineMismatch', data: { project: project.label, use, amount: formatDecimal(line.amount), split: formatDecimal(expected), unit } });
        return;
      }
      const sum = sumDecimals(lines.map((l) => l.amount));
      if (total === undefined || compareDecimals(sum, total) <= 0) return;
      context.report({ pointer: pointerOf(lines[0]!), messageId: 'dutyLinesOverTotal', data: { project: project.label, sum: formatDecimal(sum), total: formatDecimal(total), unit } });
    };
    return {
      project(project) {
        checkRates(project);
        checkOverspend(project);
        checkSourceSpent(project);
        const funding = project.value.funding;
        if (!funding) return;
        const unit = documentMoneyUnit(project.document.value) ?? '';
        const total = typeof funding.total === 'number' ? decimalFromNumber(funding.total) : undefined;
        const pointer = `${project.pointer}/funding/total`;
        if (total && unit === '万元' && compareDecimals(total, IMPLAUSIBLE_WAN) >= 0) {
          const shifted = formatDecimal(scaleDecimal(total, -4)); // 万元 → 亿元, and 元 → 万元: both ÷ 10^4
          context.report({ pointer, messageId: 'amountInYuan', data: { project: project.label, total: formatDecimal(total), yi: shifted, wan: shifted } });
        }
        checkUses(project, total, unit);
        checkDutyLines(project, total, unit);
        // a money cell the importer could not read (其中: 一般公共预算:1873.66万元 …) leaves the sum unknown; its warning says so
        if (project.value.source?.unreadable?.some((field) => field.startsWith('funding/'))) return;
        const sources = filledSources(funding)
          .map(([key, n]) => [key, decimalFromNumber(n)] as const)
          .filter((s): s is readonly [keyof typeof FUNDING_SOURCES, Decimal] => s[1] !== undefined);
        if (sources.length === 0) return;
        // zeros beside lines left blank (上年结转 0, 财政拨款 left empty) state no breakdown either: what is missing is the blank line
        if (hasBlankSource(funding) && sources.every(([, d]) => d.coefficient === 0n)) return;
        const sum = sumDecimals(sources.map(([, d]) => d));
        const parts: LocalizedText = {
          'zh-CN': sources.map(([k, d]) => `${FUNDING_SOURCES[k]['zh-CN']}${formatDecimal(d)}`).join('、'),
          en: sources.map(([k, d]) => `${FUNDING_SOURCES[k].en} ${formatDecimal(d)}`).join(', '),
        };
        const base = { project: project.label, sum: formatDecimal(sum), unit, parts };
        if (total === undefined) {
          // a spreadsheet that prints no total line (its sources listed under a 金额 heading) has no cell to fill
          const cells = project.value.source?.cells;
          const totalPrinted = cells === undefined || 'funding/total' in cells;
          if (sum.coefficient > 0n && totalPrinted) context.report({ pointer, messageId: 'totalMissing', data: base });
          return;
        }
        if (compareDecimals(total, sum) === 0) return;
        context.report({ pointer, messageId: 'sumMismatch', data: { ...base, total: formatDecimal(total), diff: signed(subtractDecimals(total, sum)) } });
      },
    };
  },
});
