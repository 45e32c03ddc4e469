/**
 * 时效指标须可衡量. A 时效 target needs a date, a period or a rate: "及时", "在项目计划完成时间内完成"
 * or a bare "1" with no unit cannot be checked at year end.
 *
 * On 时效 rows (二级 时效指标, or a local 二级 named for it such as 时效指标（工期指标）):
 *  - text with no digit and no date ("及时", "按计划完成") is `noDeadline`, unless it names a
 *    period (全年, 当月…, PERIOD_WORDS);
 *  - a number with no unit in its cell, its unit column or its name ("完成时限 / 1") is `noUnit`;
 *    a rate (及时率 100) and a name carrying the unit (任务完成时限（月） / 10) are fine.
 *  - a name that asks for a point in time (项目完成时间, 完成时限) valued in % is `percentForDate`;
 *  - any other name that is no rate, valued at part of 100% ("当期完成 90%"), is `percentNotRate`;
 *  - a rate valued in % whose name says nothing of time or of getting the work done (免费开放率,
 *    应急保障率: 山东 历城 2019) is `rateWithoutTime`: it measures coverage or quality, filed under
 *    时效; 完成率, 办结率 and the like are read as done on schedule and pass;
 *  - an annual row measured in years is `yearsNotDeadline` when it is a minimum ("≥1年": a floor on
 *    a duration sets no deadline) or longer than the budget year ("=5年"); a 实施期 row may span years.
 *  - a name that is only a period (全年, 2020年度, 1-12月) is `periodAsName`: it says nothing of what is
 *    to be done by when (四川 大英 2020 全年 / 1-12月, sent back by both readings).
 * Dates, date ranges (2023.07-2024.01) and deadlines (12月底前) pass. Whether the date falls in
 * the budget year is year-consistency's question.
 */
import { createRule } from '../../src/engine/rule.js';
import { hasNoTargetToJudge, isTimelinessRow } from '../../src/analysis/row-kinds.js';
import { writtenTarget } from '../../src/analysis/rows.js';
import type { IndicatorReading } from '../../src/analysis/value-reading.js';
import { asksForPointInTime, hasRateWord } from '../../src/analysis/name-measures.js';
import { NAME_TIME_UNIT, PERIOD_WORDS, findWord, wordKey } from '../../src/analysis/target-words.js';

/** A name that is only a period: 全年, 年度, 2020年度, 1-12月, 2020年1月-12月. */
const PERIOD_ONLY_NAME = /^(?:全年度?|年度|当年|本年度?|(?:19|20)\d{2}年(?:度|全年)?|(?:(?:19|20)\d{2}年)?\d{1,2}月?[-—－~至到]\d{1,2}月)$/u;

/** A word of time or schedule in a name: 及时率, 按期完成率, 进度, 当年, 提前… */
const TIME_IN_NAME = /[时期日月年天季周旬限前底]|进度|及时|按时|准时|速度|计划|到位|效率|提前|延迟|逾期|超期/u;
/** Getting the work done, which a 时效 row reads as done on schedule (项目完成率, 办结率, 竣工率). */
const COMPLETION_IN_NAME = /完成|完工|办结|竣工|结算|验收|交付|兑现|发放|拨付/u;

/** "免费开放率": a rate that names neither time nor completion. */
function isRateWithoutTime(name: string): boolean {
  const n = name.replace(/\s+/g, '');
  return n.endsWith('率') && !TIME_IN_NAME.test(n) && !COMPLETION_IN_NAME.test(n);
}

/**
 * "当期完成 90%" (湖南 零陵 2021, sent back by both readings): a part of a task that is no rate. "100%"
 * on a task reads as "all of it" (及时支付 100%, 12月底前完成 100%; 资金是否全部及时纳入 100%, 山西
 * 稷山 2020, defended), and a …性 name is a degree (时效信息及时性 ≥90%).
 */
function isPartOfNothing(name: string, reading: IndicatorReading): boolean {
  const text = name.trim();
  return text !== '' && (reading.value ?? 100) < 100 && !hasRateWord(text) && !text.endsWith('性');
}

export default createRule({
  name: 'timeliness-measurable',
  meta: {
    type: 'suggestion',
    docs: {
      description: { 'zh-CN': '时效指标须有日期、期限或比率', en: 'Timeliness targets give a date, a period or a rate' },
      recommended: 'warn',
    },
    messages: {
      periodAsName: {
        'zh-CN': '{{where}}的三级指标名称只写了期间“{{name}}”，没有说明什么工作在什么时候完成，指标值“{{text}}”也无从考核：请写明考核的事项和期限，如名称“宣传活动完成时间”、指标值“≤12月31日”',
        en: 'the name of {{where}} is only a period ("{{name}}"): it does not say what is to be done by when, so its target "{{text}}" cannot be checked: name the task and give a deadline, e.g. "宣传活动完成时间" with "≤12月31日"',
      },
      noDeadline: {
        'zh-CN': '{{where}}是时效指标，指标值“{{text}}”没有日期或期限，无法考核：请写明完成时间（如“当年12月底前”）、期限（如“≤30天”）或按时完成率（如“按时完成率≥95%”）',
        en: '{{where}} is a timeliness indicator, but its target "{{text}}" gives no date or period, so it cannot be checked: give a completion date (e.g. "by the end of December 2024"), a period (e.g. "≤30 days") or an on-time rate (e.g. "on-time rate ≥95%")',
      },
      noUnit: {
        'zh-CN': '{{where}}是时效指标，指标值“{{text}}”只有数字，没有单位：请写明是天、月还是年（如“≤10个月”），或写完成日期',
        en: '{{where}} is a timeliness indicator, but its target "{{text}}" is a bare number: say whether it counts days, months or years (e.g. "≤10 months"), or give a completion date',
      },
      percentForDate: {
        'zh-CN': '{{where}}要的是完成时间，指标值“{{text}}”却是百分比，无法看出何时完成：请写完成日期或期限（如“2024年12月底前”“≤10个月”）；若要考核按时完成的比例，请把名称改为“按时完成率”',
        en: '{{where}} asks for a completion time, but its target "{{text}}" is a percentage, which says nothing about when: give a date or a period (e.g. "by the end of December 2024", "≤10 months"); to measure the share done on time, rename it to an on-time rate (按时完成率)',
      },
      rateWithoutTime: {
        'zh-CN': '{{where}}放在时效指标下，但“{{name}}”“{{text}}”衡量的是覆盖或达标程度，没有说明何时完成：时效指标请写完成时间（如“项目完成时间 当年12月底前”）、期限或按时完成率；“{{name}}”可移到数量或质量指标下',
        en: '{{where}} is filed under timeliness, but "{{name}}" at "{{text}}" measures coverage or attainment and says nothing about when: give a completion date (e.g. "完成时间 by the end of December"), a period or an on-time rate, and move "{{name}}" under quantity or quality',
      },
      percentNotRate: {
        'zh-CN': '{{where}}是时效指标，但“{{name}}”不是比率，指标值“{{text}}”说不清是什么的百分之几，也没有完成时间：请写明完成时间或期限（如“当年12月底前完成”），或改为按时完成率（如“按时完成率 ≥90%”）',
        en: '{{where}} is a timeliness indicator, but "{{name}}" is not a rate, so "{{text}}" is a percentage of nothing and gives no date: give a completion date or a period (e.g. "done by the end of December"), or use an on-time rate (e.g. "on-time rate ≥90%")',
      },
      yearsNotDeadline: {
        'zh-CN': '{{where}}是年度时效指标，指标值“{{text}}”是以年计的时长，{{why}}，不是完成时限：年度指标应在预算年度内完成，请写明完成时间（如“当年12月底前”）或期限（如“≤10个月”）；跨年度的安排请放在实施期指标中',
        en: '{{where}} is an annual timeliness indicator, but its target "{{text}}" is a length of time in years {{why}}, not a deadline: annual targets are met within the budget year, so give a completion date (e.g. "by the end of December") or a period (e.g. "≤10 months"); put plans spanning years in the period indicators',
      },
    },
    schema: false,
    defaultOptions: {},
  },
  create(context) {
    return {
      indicator(node) {
        if (hasNoTargetToJudge(node)) return;
        if (!isTimelinessRow({ level1: node.level1, level2: node.level2 }, node.value.level2)) return;
        const text = node.value.value.trim();
        if (text === '') return;
        const reading = node.reading;
        const key = wordKey(text);
        const name = node.value.name || '';
        const data = { ...node.where(name), text };
        const pointer = `${node.pointer}/value`;
        if (PERIOD_ONLY_NAME.test(wordKey(name))) {
          context.report({ pointer: `${node.pointer}/name`, messageId: 'periodAsName', data: { ...data, name: name.trim() } });
        } else if (reading.kind === 'qualitative' && !/\d/.test(key) && !findWord(key, PERIOD_WORDS)) {
          context.report({ pointer, messageId: 'noDeadline', data });
        } else if (reading.kind === 'number' && reading.unit === undefined && !NAME_TIME_UNIT.test(name.replace(/\s+/g, '')) && !/率|比例|%/.test(name)) {
          context.report({ pointer, messageId: 'noUnit', data });
        } else if (reading.unitClass === 'percent' && asksForPointInTime(name)) {
          context.report({ pointer, messageId: 'percentForDate', data: { ...data, text: writtenTarget(node.value, reading) } });
        } else if (reading.unitClass === 'percent' && isPartOfNothing(name, reading)) {
          context.report({ pointer, messageId: 'percentNotRate', data: { ...data, name: name.trim(), text: writtenTarget(node.value, reading) } });
        } else if (reading.unitClass === 'percent' && isRateWithoutTime(name)) {
          context.report({ pointer, messageId: 'rateWithoutTime', data: { ...data, name: name.trim(), text: writtenTarget(node.value, reading) } });
        } else if (!node.isPeriod && reading.kind === 'number' && reading.unitClass === 'years') {
          const isFloor = reading.comparison === '>=' || reading.comparison === '>';
          if (!isFloor && (reading.value ?? 0) <= 1) return;
          const why = isFloor ? { 'zh-CN': '只给了下限', en: 'with only a lower bound' } : { 'zh-CN': '超过了一个预算年度', en: 'longer than the budget year' };
          context.report({ pointer, messageId: 'yearsNotDeadline', data: { ...data, text: writtenTarget(node.value, reading), why } });
        }
      },
    };
  },
});
