/**
 * Each 二级指标 belongs to its 一级. Names go through the shared vocabulary (synonyms, the 指标
 * suffix, notes such as "(必填)"), and any 二级 naming 满意度 is 服务对象满意度指标, as the national
 * system files it. Per indicator list, one finding per distinct (一级, 二级) pair, at its first row:
 *  - a 二级 the vocabulary does not know (综合效益, 长效管理指标);
 *  - a known 二级 under another 一级 (经济效益指标 under 产出指标);
 *  - a 三级 whose name ends in 满意度/满意程度 filed under a 二级 other than satisfaction (湘潭 2023:
 *    社会效益指标 / 市民对空气质量改善的满意程度), one finding per row;
 *  - a 三级 that is a rate of getting the work done (完成率, 合格率, 及时率) filed under a 效益 二级
 *    (上海 普陀 2022: 社会效益指标 / 与委托运营方合同完成率), one finding per row.
 * Allowed by default, as the legacy templates do: 成本指标 under 产出指标, and a satisfaction 二级
 * under 效益指标 (湖北/湖南). A blank 二级 (a merged cell) and rows whose 一级 is unknown
 * (first-level-categories reports those) are not judged.
 */
import { createRule } from '../../src/engine/rule.js';
import { rowCountNote } from '../../src/analysis/rows.js';
import type { IndicatorListNode, IndicatorNode } from '../../src/engine/nodes.js';
import { LEVEL2_PARENT, labelKey } from '../../src/analysis/vocabulary.js';
import { COST_LEVEL2, SATISFACTION_LEVEL2 } from '../../src/analysis/framework.js';
import { measuresOutput, measuresProcess, measuresSatisfaction } from '../../src/analysis/name-measures.js';

export interface Options {
  costUnderOutput: boolean;
  satisfactionUnderBenefit: boolean;
}

/** Verdicts on one row, reported on that row; the others are one finding per misfiled block. */
const ROW_VERDICTS: ReadonlySet<string> = new Set(['satisfactionMisfiled', 'outputMisfiled', 'processMisfiled', 'timeMisfiled', 'notSatisfaction']);

type MessageId = 'unknownLevel2' | 'wrongParent' | 'costUnderOutput' | 'satisfactionMisfiled' | 'outputMisfiled' | 'processMisfiled' | 'timeMisfiled' | 'notSatisfaction';

/** A 三级 name that is a satisfaction measure through and through: it ends in 满意度/满意率/满意程度. */
/** A name of four Chinese characters or more, not a template mark. */
const NAMED_MEASURE = /^(?!指标\d)[^…]*[\u4e00-\u9fa5]{4}/u;
const SATISFACTION_ENDING = /满意(?:度|率|程度)(?:[(（][^()（）]*[)）])?$/;

/** The row's target is a date, or a period, in the document's budget year or before. */
function isWithinBudgetYear(node: IndicatorNode): boolean {
  const year = node.reading.kind === 'date' ? node.reading.date?.year : undefined;
  const budgetYear = node.project.document.value.year;
  return year !== undefined && budgetYear !== undefined && year <= budgetYear;
}

/** The 二级 that belong under a 一级, for the message. */
function childrenOf(level1: string): { 'zh-CN': string; en: string } {
  const names = Object.entries(LEVEL2_PARENT)
    .filter(([, parent]) => parent === level1)
    .map(([name]) => name);
  return { 'zh-CN': names.join('、'), en: names.join(', ') };
}

export default createRule({
  name: 'second-level-vocabulary',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '二级指标须属于其一级指标', en: 'Each second-level category belongs to its first level' },
      recommended: 'error',
    },
    messages: {
      unknownLevel2: {
        'zh-CN': '{{where}}的二级指标“{{text}}”不是“{{level1}}”下规定的二级指标{{count}}：应为{{children}}之一',
        en: 'the second level "{{text}}" in {{where}} is not a category under "{{level1}}"{{count}}: use one of {{children}}',
      },
      wrongParent: {
        'zh-CN': '{{where}}的二级指标“{{text}}”属于“{{parent}}”，却放在一级指标“{{level1}}”下{{count}}：请移到“{{parent}}”下，或改用“{{level1}}”下的二级指标（{{children}}）',
        en: 'the second level "{{text}}" in {{where}} belongs under "{{parent}}" but is filed under "{{level1}}"{{count}}: move it under "{{parent}}", or use a second level of "{{level1}}" ({{children}})',
      },
      satisfactionMisfiled: {
        'zh-CN': '{{where}}是满意度指标，却放在二级指标“{{text}}”下：请移到“服务对象满意度指标”下（满意度指标不计入{{level1}}）',
        en: '{{where}} measures satisfaction but is filed under the second level "{{text}}": move it under 服务对象满意度指标 (satisfaction is not part of {{level1}})',
      },
      outputMisfiled: {
        'zh-CN': '{{where}}衡量的是工作完成得多少、好坏或快慢（产出），却放在二级指标“{{text}}”下：请移到产出指标的数量、质量或时效指标下，并在{{text}}下写明项目带来的效果（如受益人数、成本节约、环境改善）',
        en: '{{where}} measures how much, how well or how soon the work is done (an output), but is filed under the 二级 "{{text}}": move it to the 数量, 质量 or 时效 indicators under 产出指标, and state under {{text}} what the project brings about (people served, costs saved, environment improved)',
      },
      notSatisfaction: {
        'zh-CN': '{{where}}放在二级指标“{{text}}”下，衡量的却不是服务对象的满意程度：满意度指标应写服务对象满意度（如“群众满意度≥90%”），请把此指标移到相应的产出或效益指标下',
        en: '{{where}} is filed under the 二级 "{{text}}" but does not measure how satisfied the people served are: a satisfaction indicator states satisfaction (e.g. 群众满意度≥90%); move this one under the fitting output or benefit indicators',
      },
      timeMisfiled: {
        'zh-CN': '{{where}}的指标值“{{value}}”是一个日期或期间，说的是工作何时完成（时效），不是项目带来的效果，却放在二级指标“{{text}}”下：请把时间写在产出指标的时效指标下，并在{{text}}下写明项目带来的效果（如受益人数、环境改善、长效机制）',
        en: 'the target "{{value}}" of {{where}} is a date or a period, which says when the work is done (timeliness), not what the project brings about, yet it is filed under the 二级 "{{text}}": put the time under the 时效 indicators of 产出指标, and state under {{text}} what the project brings about (people served, environment improved, lasting arrangements)',
      },
      processMisfiled: {
        'zh-CN': '{{where}}衡量的是工作的程序或流程（过程管理），不是项目带来的效果，却放在二级指标“{{text}}”下：请移到产出指标的质量指标下（如“评审程序合规率=100%”），并在{{text}}下写明项目带来的效果（如受益人数、成本节约、环境改善）',
        en: '{{where}} measures how the work is run (its procedure), not what the project brings about, but is filed under the 二级 "{{text}}": move it to the 质量 indicators under 产出指标 (e.g. 评审程序合规率=100%), and state under {{text}} what the project brings about (people served, costs saved, environment improved)',
      },
      costUnderOutput: {
        'zh-CN': '{{where}}把“成本指标”作为产出指标的二级指标{{count}}：本指标体系中成本指标是一级指标，请将成本类指标移到一级指标“成本指标”下（经济成本、社会成本、生态环境成本）',
        en: '{{where}} files "成本指标" as a second level of 产出指标{{count}}: in this framework cost is a first-level category; move the cost indicators under the first level 成本指标 (economic, social, environmental cost)',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        costUnderOutput: {
          type: 'boolean',
          description: 'true: 成本指标 may be a 二级 of 产出指标 (legacy framework) / 允许成本指标作为产出指标的二级指标（旧版指标体系）',
        },
        satisfactionUnderBenefit: {
          type: 'boolean',
          description: 'true: a satisfaction 二级 may stand under 效益指标 (older 湖北/湖南 templates) / 允许满意度二级指标放在效益指标下',
        },
      },
    },
    defaultOptions: { costUnderOutput: true, satisfactionUnderBenefit: true } as Options,
  },
  create(context) {
    const { costUnderOutput, satisfactionUnderBenefit } = context.options;

    function judge(node: IndicatorNode): { messageId: MessageId; parent?: string } | undefined {
      const { level1, level2, unknownLevel1, viaUmbrella } = node.category;
      if (unknownLevel1 || viaUmbrella || level1 === null) return undefined;
      if (level2 === null) return { messageId: 'unknownLevel2' };
      const parent = LEVEL2_PARENT[level2 as keyof typeof LEVEL2_PARENT];
      if (level2 === COST_LEVEL2 && level1 === '产出指标') return costUnderOutput ? undefined : { messageId: 'costUnderOutput' };
      if (parent === level1) return undefined;
      // 成本指标 / 成本指标: the 二级 repeats its own 一级
      if (labelKey(level2) === labelKey(level1)) return undefined;
      if (level2 === SATISFACTION_LEVEL2 && level1 === '效益指标' && satisfactionUnderBenefit) return undefined;
      return { messageId: 'wrongParent', parent };
    }

    /** 社会效益指标 / “市民对空气质量改善的满意程度”: a satisfaction measure filed under another 二级. */
    function misfiledSatisfaction(node: IndicatorNode): boolean {
      const { level1, level2 } = node.category;
      if (level1 === null || level2 === null || level2 === SATISFACTION_LEVEL2 || level1 === '满意度指标') return false;
      const name = node.filled('name').trim();
      return SATISFACTION_ENDING.test(name) && node.project.document.analysis.vocabulary.isSatisfactionName(name);
    }

    /** A row misfiled on its own, whatever the rows around it: a satisfaction, output or process measure under a 效益 二级. */
    function rowVerdict(node: IndicatorNode): { messageId: MessageId; parent?: string } | undefined {
      if (misfiledSatisfaction(node)) return { messageId: 'satisfactionMisfiled' };
      if (isUnderSatisfaction(node)) return { messageId: 'notSatisfaction' };
      if (!isUnderOutcome(node)) return undefined;
      const name = node.filled('name');
      if (measuresOutput(name)) return { messageId: 'outputMisfiled' };
      // "保障期限 2020年1月--2020年11月" under 可持续影响 (天津 2020): a date within the budget year is when the
      // work is done, not what it brought; a later year ("持续至2035年") may be how long the effect lasts
      if (isWithinBudgetYear(node)) return { messageId: 'timeMisfiled' };
      // 可持续影响 may speak of lasting rules and procedures (长效管理制度)
      return node.category.level2 !== '可持续影响指标' && measuresProcess(name) ? { messageId: 'processMisfiled' } : undefined;
    }

    /** 服务对象满意度指标 / “粮食安全事件发生数” (湖南 衡山 2020): a named measure of something else under the satisfaction 二级. */
    function isUnderSatisfaction(node: IndicatorNode): boolean {
      if (node.category.level2 !== SATISFACTION_LEVEL2) return false;
      const name = node.filled('name').trim();
      // template marks (……, 指标2:) and numbers are no-placeholder's
      return NAMED_MEASURE.test(name) && !measuresSatisfaction(name);
    }

    /** A 效益 二级 under 效益指标: where “重点工作完成率” (an output) or “评审程序是否公正” (a process) is misfiled. */
    function isUnderOutcome(node: IndicatorNode): boolean {
      const { level1, level2 } = node.category;
      return level2 !== null && LEVEL2_PARENT[level2 as keyof typeof LEVEL2_PARENT] === '效益指标' && level1 === '效益指标';
    }

    function checkList(list: IndicatorListNode): void {
      const seen = new Map<string, { node: IndicatorNode; count: number; verdict: { messageId: MessageId; parent?: string } }>();
      for (const node of list.rows) {
        // (a 二级 cell holding only the row's number, "1.", names no category: the template has no 二级)
        if (node.isBlankRow || node.isEvaluationItem || labelKey(node.value.level2 ?? '') === '') continue;
        const verdict = judge(node) ?? rowVerdict(node);
        if (!verdict) continue;
        // a block filed under the wrong 一级 (社会效益/生态效益/可持续影响 under 产出) is one finding
        const key = ROW_VERDICTS.has(verdict.messageId) ? node.pointer : `${labelKey(node.value.level1)}\u0000${verdict.parent ?? labelKey(node.value.level2!)}`;
        const entry = seen.get(key);
        if (entry) entry.count++;
        else seen.set(key, { node, count: 1, verdict });
      }
      for (const { node, count, verdict } of seen.values()) {
        const level1 = node.category.level1!;
        context.report({
          // a misfiled row is the indicator's fault, not its category's: the finding stands on its name
          pointer: `${node.pointer}/${ROW_VERDICTS.has(verdict.messageId) && node.value.name ? 'name' : 'level2'}`,
          messageId: verdict.messageId,
          data: {
            ...node.where(node.label),
            text: node.value.level2!.trim(),
            level1,
            parent: verdict.parent ?? '',
            value: node.value.value.trim(),
            children: childrenOf(level1),
            count: rowCountNote(count),
          },
        });
      }
    }

    return {
      project(project) {
        for (const list of project.lists) checkList(list);
      },
    };
  },
});
