/**
 * 错栏: a cell that holds what belongs in another column (src/analysis/row-shift.ts,
 * detectMisplacedCells): a target written into the name ("服务对象满意度≥90%"), an amount as the
 * name ("50000元"), a 一级/二级 category used as a 三级 name ("社会效益指标"), a scoring rule in the
 * name ("…酌情扣分"), a requirement or a time as the name ("控制在预算成本内", "2022年全年"), an
 * explanation in the unit column; and `pointsAsValue`, a 指标值 column that holds each row's points
 * (20, 20, 10 … adding up to 100 with no points column; src/analysis/row-shift.ts valuesArePoints),
 * one finding per row, since each row needs its own target. Whole rows whose name and value stand in
 * other columns (浙江 2019) are no-placeholder's findings (shiftedColumns, swappedNameValue); such
 * rows, blank rows and 不涉及 rows are skipped here.
 */
import { createRule } from '../../src/engine/rule.js';
import { misplacedInName, misplacedInUnit, type MisplacedCell, type MisplacedOptions } from '../../src/analysis/row-shift.js';
import type { Analysis } from '../../src/engine/analysis.js';
import type { IndicatorNode } from '../../src/engine/nodes.js';
import { normalizeUnit } from '../../src/analysis/value-reading.js';

export default createRule({
  name: 'misplaced-columns',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '各栏内容须填在对应栏中', en: 'Each cell holds what its column is for' },
      recommended: 'warn',
    },
    messages: {
      targetInName: {
        'zh-CN': '{{where}}的指标名称中写了目标值“{{detail}}”：指标名称只写衡量什么，请把“{{detail}}”移到指标值（及计算符号、计量单位）栏',
        en: 'the indicator name of {{where}} contains the target "{{detail}}": the name says what is measured; move "{{detail}}" to the target value (and sign and unit) columns',
      },
      amountInName: {
        'zh-CN': '{{where}}的三级指标栏填的是金额“{{text}}”，不是指标名称：请写明衡量什么（如“项目总成本”“补助标准”），把金额移到指标值栏',
        en: 'the third-level column of {{where}} holds the amount "{{text}}", not an indicator name: name what is measured (e.g. "total cost", "subsidy rate") and move the amount to the target value',
      },
      categoryAsName: {
        'zh-CN': '{{where}}的三级指标名称“{{text}}”是指标类别（{{detail}}），不是具体指标：请写出该类别下具体衡量什么，如“培训人数”“验收合格率”',
        en: 'the third-level name "{{text}}" of {{where}} is a category ({{detail}}), not an indicator: name what is measured within it, e.g. "number of trainees", "acceptance pass rate"',
      },
      scoringInName: {
        'zh-CN': '{{where}}的指标名称“{{text}}”是评分标准，不是指标名称：请把评分办法移到评（扣）分标准栏，名称只写衡量什么',
        en: 'the indicator name "{{text}}" of {{where}} is a scoring rule, not a name: move it to the scoring column and name only what is measured',
      },
      requirementAsName: {
        'zh-CN': '{{where}}的指标名称“{{text}}”是一项要求，不是可计量的指标：请在名称中写明衡量什么（如“项目总成本”“单车服务成本”），把上限写进指标值（如“≤250万元”）',
        en: 'the indicator name of {{where}}, "{{text}}", is a requirement, not a measure: name what is measured (e.g. 项目总成本, 单车服务成本) and put the ceiling in the target (e.g. ≤250万元)',
      },
      timeAsName: {
        'zh-CN': '{{where}}的指标名称“{{text}}”是一个时间，不是指标：请在名称中写明衡量什么（如“项目完成时间”“工程按期完工率”），时间写进指标值',
        en: 'the indicator name of {{where}}, "{{text}}", is a time, not a measure: name what is measured (e.g. 项目完成时间, 工程按期完工率) and put the time in the target',
      },
      pointsAsValue: {
        'zh-CN': '{{where}}的指标值“{{value}}”是分值，不是目标：本表{{rows}}行指标值都是不带单位的数字，合计正好{{total}}分，又没有分值栏：请在指标值栏写该指标要达到的目标（如“≥32公里”“100%”“12月底前”），分值另填分值栏',
        en: 'the target "{{value}}" of {{where}} is its points, not a target: all {{rows}} targets of this table are plain numbers adding up to exactly {{total}} and there is no points column: write what the indicator must reach (e.g. "≥32 km", "100%", "by the end of December") and put the points in a points column',
      },
      explanationInUnit: {
        'zh-CN': '{{where}}的计量单位栏填的是说明“{{text}}”，不是计量单位：请填写单位（如“%”“人”“万元”），说明移到指标值说明或指标解释栏',
        en: 'the unit column of {{where}} holds the explanation "{{text}}", not a unit: write a unit (e.g. "%", "people", "10k yuan") and move the explanation to the value-note or description column',
      },
    },
    schema: false,
    defaultOptions: {},
  },
  create(context) {
    /** each verdict depends on one cell's text, and those repeat across a corpus: memos of the run, looked up once per file */
    let verdicts: { inName: (text: string) => MisplacedCell | undefined; inUnit: (text: string) => MisplacedCell | undefined } | undefined;
    const verdictsFor = (analysis: Analysis) => {
      const options: MisplacedOptions = {
        // "服务对象满意度 ≥90%" is how many templates name the satisfaction indicator itself
        categoryOf: (text) => {
          const category = analysis.vocabulary.level2Exact(text) ?? analysis.vocabulary.level1Exact(text);
          return category === null || analysis.vocabulary.isSatisfactionName(text) ? null : category;
        },
        unitClassOf: (text) => normalizeUnit(text, analysis.readingOptions)?.class,
      };
      return {
        inName: analysis.memo('misplaced-columns:name', (text) => misplacedInName(text, options)),
        inUnit: analysis.memo('misplaced-columns:unit', (text) => misplacedInUnit(text, options)),
      };
    };
    const reportPoints = (node: IndicatorNode) => {
      const rows = (node.isPeriod ? node.project.periodIndicators : node.project.indicators).filter((r) => r.isIndicatorRow);
      const total = rows.reduce((sum, r) => sum + Number(r.value.value.trim()) * 10, 0) / 10;
      context.report({
        pointer: `${node.pointer}/value`,
        messageId: 'pointsAsValue',
        data: { ...node.where(node.label), value: node.value.value.trim(), rows: rows.length, total },
      });
    };
    return {
      indicator(node) {
        if (!node.isIndicatorRow || node.shift) return;
        if (node.valueIsPoints) reportPoints(node);
        verdicts ??= verdictsFor(node.project.document.analysis);
        for (const cell of [verdicts.inName(node.value.name ?? ''), verdicts.inUnit(node.value.unit ?? '')]) {
          if (cell === undefined) continue;
          context.report({
            pointer: node.pointer + cell.path,
            messageId: cell.kind,
            data: { ...node.where(node.label), text: cell.text, detail: cell.detail ?? '' },
          });
        }
      },
    };
  },
});
