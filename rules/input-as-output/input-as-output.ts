/**
 * 投入和过程不能作为产出或效益指标. 资金到位率, 预算执行率 and 资金拨付 measure that money arrived
 * or was spent, not what it bought; 预算执行率 is scored separately in 自评. A guideline says
 * "财力、人力和物力等投入数量不能作为绩效目标".
 *
 * Flags a 产出 or 效益 row (or a row whose 一级 is unknown, outside a 部门整体 table, whose
 * framework has 投入 and 过程 of its own) whose name holds one of
 * INPUT_NAME_PATTERNS (src/analysis/indicator-direction.ts) or the option's `names`, or one of
 * STAFF_INPUT_PATTERNS, a count of the unit's own staff (`staffAsOutput`), or the unit's own
 * running (UPKEEP_INPUT_PATTERN, 机关事务正常运转率: `upkeepAsOutput`), or a 数量 row whose target is
 * the project's money (800万元, 卫片执法补助经费 72890元: `moneyAsQuantity`), or resources used up
 * (用电量 60万度: `resourceAsOutput`). A warning in
 * perflint:recommended: reviewers of 15 real tables from 9 provinces sent such rows back and none
 * defended one; a province whose templates list 预算执行率 among the rows turns it off.
 */
import { createRule } from '../../src/engine/rule.js';
import { countsMoneyAsQuantity, INPUT_NAME_PATTERNS, paysSubsidyOut, resourceUsedUp, STAFF_INPUT_PATTERNS, UPKEEP_INPUT_PATTERN } from '../../src/analysis/indicator-direction.js';
import { normalizeIndicatorLabel } from '../../src/analysis/text.js';
import { writtenTarget } from '../../src/analysis/rows.js';

export interface Options {
  names: string[];
}

export default createRule({
  name: 'input-as-output',
  meta: {
    type: 'suggestion',
    docs: {
      description: { 'zh-CN': '资金到位、预算执行等投入和过程不能作为产出或效益指标', en: 'Inputs and spending (funds arrived, budget executed) are not outputs or outcomes' },
      recommended: 'warn',
    },
    messages: {
      inputAsOutput: {
        'zh-CN': '{{where}}衡量的是资金投入、拨付或管理过程（“{{word}}”），不是项目的产出或效益：请改为资金所形成的产出（如完成数量、质量合格率、按时完成率）或带来的效益；预算执行率、资金使用合规性等过程指标在绩效评价中另行考核',
        en: '{{where}} measures funding, spending or its management ("{{word}}"), not what the project delivers: replace it with an output the money buys (quantity, pass rate, on-time rate) or an outcome; the budget execution rate, compliant use of funds and other process measures are assessed separately in evaluation',
      },
      staffAsOutput: {
        'zh-CN': '{{where}}数的是本单位保障的人员（“{{word}}”），是人力投入，不是部门履职的产出：请改为履职形成的产出（如监管面积、办理件数、宣传篇数）或效益；人员经费的保障情况在预算执行中反映',
        en: '{{where}} counts the unit\'s own staff ("{{word}}"), an input of people, not what the department delivers: replace it with an output of its work (area supervised, cases handled, articles published) or an outcome; paying the staff shows in budget execution',
      },
      resourceAsOutput: {
        'zh-CN': '{{where}}衡量的是项目消耗的资源（“{{word}}”），是物力投入，不是项目的产出或效益，用得越多并不越好：请改为这些资源支撑形成的产出（如开放天数、接待人次）；节约资源的写成节约量或下降率',
        en: '{{where}} measures resources the project uses up ("{{word}}"), an input, not what it delivers, and using more is no better: state what they support (days open, visitors received); write savings as an amount saved or a rate of decrease',
      },
      moneyAsQuantity: {
        'zh-CN': '{{where}}是数量指标，指标值“{{target}}”却是项目的资金数额：钱是投入，不是产出数量，看不出这笔钱办成了什么：请改为资金形成的实物工作量（如维修改造面积、购置设备台数、服务人次）；资金数额由成本指标和预算反映',
        en: '{{where}} is a quantity indicator, but its target "{{target}}" is the project\'s money: money is an input, not a quantity delivered, and says nothing of what it bought: state the work it buys (area renovated, equipment bought, people served); amounts belong to the cost indicators and the budget',
      },
      upkeepAsOutput: {
        'zh-CN': '{{where}}衡量的是本单位自身的正常运转（“{{word}}”），是履职的保障条件，不是部门履职的产出：请改为履职形成的产出（如办理件数、服务人次、推广面积）或效益；运转保障情况在预算执行中反映',
        en: '{{where}} measures the unit keeping itself running ("{{word}}"), a condition of its work, not what the department delivers: replace it with an output of its work (cases handled, people served, area covered) or an outcome; upkeep shows in budget execution',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { names: { type: 'array', items: { type: 'string' }, description: 'more name words that mark an input or process indicator / 追加的投入、过程类名称词' } },
    },
    defaultOptions: { names: [] } as Options,
  },
  create(context) {
    const words = [...INPUT_NAME_PATTERNS, ...context.options.names];
    // names repeat across rows and files: each is matched once per run (per word list)
    const wordMemo = `input-as-output:${context.options.names.join('\u0000')}`;
    type Found = { word: string; messageId: 'inputAsOutput' | 'staffAsOutput' | 'upkeepAsOutput' | 'resourceAsOutput' };
    const inputWordOf = (cell: string): Found | undefined => {
      const name = cell.replace(/\s+/g, '');
      const word = words.find((w) => name.includes(w));
      if (word !== undefined) return { word, messageId: 'inputAsOutput' };
      const staff = STAFF_INPUT_PATTERNS.find((w) => name.includes(w));
      if (staff !== undefined) return { word: staff, messageId: 'staffAsOutput' };
      const upkeep = UPKEEP_INPUT_PATTERN.exec(name)?.[0];
      if (upkeep !== undefined) return { word: upkeep, messageId: 'upkeepAsOutput' };
      const resource = resourceUsedUp(normalizeIndicatorLabel(name));
      return resource === undefined ? undefined : { word: resource, messageId: 'resourceAsOutput' };
    };
    return {
      indicator(node) {
        if (!node.isIndicatorRow) return;
        const level1 = node.level1;
        if (level1 !== null && level1 !== '产出指标' && level1 !== '效益指标') return;
        // a 部门整体 table frames its own 投入 and 过程 rows (重庆 科学城 2021): with no 一级 to read, they may be those
        if (level1 === null && node.project.kind === 'overall') return;
        const cell = node.value.name || node.value.personal?.name || '';
        const found = node.project.document.analysis.memo(wordMemo, inputWordOf)(cell);
        if (!found) {
          const amount = node.reading.kind === 'number';
          if (amount && node.category.level2 === '数量指标' && countsMoneyAsQuantity(cell.replace(/\s+/g, ''), node.reading.unitClass === 'money', node.reading.unitClass !== undefined)) {
            context.report({ pointer: `${node.pointer}/${node.value.name ? 'name' : 'personal/name'}`, messageId: 'moneyAsQuantity', data: { ...node.where(cell.trim()), target: writtenTarget(node.value, node.reading) } });
          }
          return;
        }
        const name = cell.replace(/\s+/g, '');
        if (found.messageId === 'inputAsOutput' && paysSubsidyOut(name)) return;
        context.report({ pointer: `${node.pointer}/${node.value.name ? 'name' : 'personal/name'}`, messageId: found.messageId, data: { ...node.where(name), word: found.word } });
      },
    };
  },
});
