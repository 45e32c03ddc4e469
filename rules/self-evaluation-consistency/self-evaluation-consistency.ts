/**
 * 自评表的实际完成值与得分应相互一致. In a 项目支出绩效自评表 each scored row (分值 > 0) carries
 * its 实际完成值 and 得分 beside the annual target; reviewers send back forms whose scores do not
 * follow from what was done:
 *  1. `fullMarksShortfall`: the 实际完成值 falls short of the target (a number below a ≥/= target,
 *     above a ≤ target; or the target's own word with 基本/较/部分/未 in front: 达标 → 基本达标), yet
 *     the row gets full marks (得分 = 分值). 10号: only a met target earns full marks; a 定性 target
 *     met in part is scored 60–80% of its points.
 *  2. `operatorInActual`: the 实际完成值 carries a comparison sign (“≥266米”): the target copied,
 *     not the actual figure.
 *  3. `missingResult`: a scored row whose 实际完成值 or 得分 is empty (the column is there); also the
 *     预算执行率 line, worth points, whose money was spent but whose 得分 is empty.
 *  4. `scoreAboveWeight`: 得分 above 分值.
 *  5. `totalScoreMismatch`: the 总分 under the grid is not the rows' 得分 plus the 预算执行率 得分.
 *  6. `summaryRepeatsGoal`: the 年度总体目标完成情况 text is the goal copied word for word: nothing
 *     is said of what was done.
 *  7. `summaryMissing`: the 实际完成情况 beside the goal is left empty in a form whose rows are
 *     scored (a 申报表 prints the same heading and leaves it empty on purpose), or only says the
 *     work was done ("基本完成年度目标。", "完成"): `summaryGeneric`.
 *  8. `shortfallUnexplained`: the 实际完成值 falls short of the target and the row's 偏差原因分析及
 *     改进措施 is left empty (the column is there): a target not met is explained, whatever the score.
 *  9. `gradeOutOfBand`: a 定性 row graded in its 实际完成值 (达成 / 部分达成 / 未达成预期指标) scored
 *     outside the grade's band of its points (80–100%, 60–80%, 0–60%).
 * 10. `scoreAboveProportion`: a number target not met, scored above B/A × 分值 (A/B for a ceiling),
 *     rounded up to one decimal, as the 10号 form's note has it; a row with its own 评分标准 is left alone.
 * 11. `onTimeWithLowExecution`: under half the year's money spent, yet a 时效 row on finishing the
 *     work (项目按时完成率, 项目完成周期) reports its target met: 云南 隆阳 2022 (10.77% spent, 按时完成率
 *     100%) and 安徽 休宁 2023 (22%, 完成周期 "4个月" as planned, the reason column "将尽快实施"), sent
 *     back by both readings. A row whose reason says the work was finished (已完工) is left alone.
 * 12. `executionRateScore`: a 预算执行率 row with no target of its own (a 10号 自评表's 过程 item) scored
 *     half a point or more away from 执行率 × 分值 (宁夏 银川 2021: 100% spent, 9 of 10 points).
 * Only lists that are self-evaluations (a row has an 实际完成值 or 得分 column) are read; one pass.
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorNode, ProjectNode } from '../../src/engine/nodes.js';
import { shownLabel } from '../../src/analysis/text.js';
import { readIndicatorValue, type IndicatorReading } from '../../src/analysis/value-reading.js';
import { isBlank } from '../../src/analysis/rows.js';
import { isTimelinessRow } from '../../src/analysis/row-kinds.js';
import { documentMoneyUnit } from '../../src/analysis/money.js';
import { directionFromName } from '../../src/analysis/indicator-direction.js';
import { comparableReadings, gradeBandOf, isCeilingTarget, isGenericSummary, MET_BAND_FLOOR, namesBudgetExecutionRate, partialAchievementPrefix, targetAsFiled, type GradeBand } from '../../src/analysis/self-evaluation.js';
import type { LocalizedText } from '../../src/i18n.js';

const FLOAT_SLACK = 1e-9;
/** Scores are filed to two decimals: a total may be rounded by half a hundredth. */
const SCORE_SLACK = 0.005;

/** The 自评表's summary of what was achieved: 年度总体目标完成情况综述, 实际完成情况. */
const SUMMARY_LABEL = /完成情况/;
/** A goal this short ("完成") may be repeated honestly. */
const MIN_GOAL_LENGTH = 8;

/** Text as compared: no spaces or punctuation, so a copied sentence matches however it was re-typed. */
function comparableText(text: string): string {
  return text.normalize('NFKC').replace(/[\s\p{P}]/gu, '');
}

/** A 预算执行率 score may be rounded to a whole point (83.5% of 20 filed as 17): further off is a slip. */
const EXECUTION_SCORE_SLACK = 0.5;
/** Under this share of its budget spent, a project has not finished on time without saying how. */
const LOW_EXECUTION = 0.5;
/** A 时效 row on finishing the work, not on paying or reporting: 项目按时完成率, 项目完成周期, 竣工时间. */
const FINISHING_WORK = /完成|完工|竣工|周期|按时|按期/u;
const PAYING = /资金|拨付|支付|发放|兑付|到位|结算/u;
/** A reason that says the work itself was done, the money only paid later. */
const WORK_DONE = /已(?:经)?(?:全部)?(?:完工|竣工|完成|验收)/u;

const SIGNS: Readonly<Record<string, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** a score outside its grade's band of the points (scores are filed to two decimals) */
function outOfBand(band: GradeBand, score: number, weight: number): boolean {
  return score < band.min * weight - SCORE_SLACK || score > band.max * weight + SCORE_SLACK;
}

/** the actual falls short of the target: below a floor or exact target, above a ceiling */
function numberShortfall(node: IndicatorNode, target: IndicatorReading, actual: IndicatorReading): boolean {
  if (!comparableReadings(target, actual)) return false;
  const t = target.value!;
  const a = actual.value!;
  switch (target.comparison) {
    case '>=':
      return a < t - FLOAT_SLACK;
    case '>':
      return a <= t + FLOAT_SLACK;
    case '<=':
      return a > t + FLOAT_SLACK;
    case '<':
      return a >= t - FLOAT_SLACK;
    case '=':
    case undefined:
      // a control ratio (公用经费控制率 100%, 97% spent) may fall either side of its target and be met
      if (node.value.name.includes('控制')) return false;
      // an exact target: short when below it, or above it for a capped indicator (成本, 事故…)
      return directionFromName(node.value.name) === 'capped' ? a > t + FLOAT_SLACK : a < t - FLOAT_SLACK;
    default:
      return false;
  }
}

export default createRule({
  name: 'self-evaluation-consistency',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '自评表的实际完成值与得分应相互一致', en: 'Self-evaluation actual values and scores agree with each other' },
      recommended: 'warn',
    },
    messages: {
      fullMarksShortfall: {
        'zh-CN': '{{where}}的实际完成值“{{actual}}”未达到年度指标值“{{target}}”，却得满分{{score}}分：未完成的指标应按完成程度扣分，请核实得分',
        en: 'the actual value "{{actual}}" of {{where}} falls short of the target "{{target}}", yet it gets full marks ({{score}}): a target not met loses points in proportion; check the score',
      },
      operatorInActual: {
        'zh-CN': '{{where}}的实际完成值“{{actual}}”带有“{{sign}}”符号：实际完成值应填写实际达到的数值（如“{{plain}}”），不能照抄年度指标值',
        en: 'the actual value "{{actual}}" of {{where}} carries the sign "{{sign}}": write the figure actually reached (e.g. "{{plain}}"), not the target copied',
      },
      missingResult: {
        'zh-CN': '{{where}}设有分值{{weight}}分，但未填写{{what}}：请填写实际完成情况并据此打分',
        en: '{{where}} is worth {{weight}} points but has no {{what}}: fill in what was achieved and score it accordingly',
      },
      deductionUnexplained: {
        'zh-CN': '{{where}}的实际完成值“{{actual}}”达到了年度指标值“{{target}}”，却只得{{score}}分（分值{{weight}}分），偏差原因栏也没有说明扣分理由：请给满分，或写明扣分的原因',
        en: 'the actual value "{{actual}}" of {{where}} meets the target "{{target}}", yet it scores {{score}} of {{weight}}, and the deviation column gives no reason: give full marks, or state why points were taken off',
      },
      metTargetLowScore: {
        'zh-CN': '{{where}}的实际完成值“{{actual}}”达到了年度指标值“{{target}}”，却只得{{score}}分（分值{{weight}}分），不到分值的八成：达到目标的指标应得满分，请核对得分（如是否把分值当作了得分比例）',
        en: 'the actual value "{{actual}}" of {{where}} meets the target "{{target}}", yet it scores {{score}} of {{weight}}, under four fifths of its points: a target met earns full marks; check the score (the points entered where a percentage belongs, perhaps)',
      },
      scoresOverBlock: {
        'zh-CN': '项目“{{project}}”的指标部分标明{{points}}分，但各指标得分合计{{sum}}分，超出了该部分的分值：请按{{points}}分折算各指标分值和得分，或核对标注的分值',
        en: 'project "{{project}}" declares its indicators worth {{points}} points, but their scores add up to {{sum}}, more than the block is worth: scale the rows\' points and scores to {{points}}, or check the declared points',
      },
      totalScoreMismatch: {
        'zh-CN': '项目“{{project}}”的总分为{{total}}分，但各指标得分与预算执行率得分合计为{{sum}}分：请核对各项得分和总分',
        en: 'project "{{project}}" states a total score of {{total}}, but the indicators\' scores and the budget execution rate\'s add up to {{sum}}: check the scores and the total',
      },
      summaryRepeatsGoal: {
        'zh-CN': '项目“{{project}}”的“{{label}}”与年初设定的绩效目标一字不差：请写明全年实际完成了什么（数量、质量、时间、资金），未完成的说明原因',
        en: 'the "{{label}}" of project "{{project}}" repeats the year\'s goal word for word: state what was actually done over the year (quantities, quality, timing, money) and why any part was not',
      },
      summaryGeneric: {
        'zh-CN': '项目“{{project}}”的“{{label}}”只写了“{{text}}”：请对照年初设定的绩效目标，写明全年实际完成了什么（数量、质量、时间、资金），未完成的说明原因',
        en: 'the "{{label}}" of project "{{project}}" only says "{{text}}": state, against the year\'s goal, what was actually done (quantities, quality, timing, money) and why any part was not',
      },
      summaryMissing: {
        'zh-CN': '项目“{{project}}”的“{{label}}”未填写：自评表应对照年初设定的绩效目标，写明全年实际完成了什么（数量、质量、时间、资金），未完成的说明原因',
        en: 'the "{{label}}" of project "{{project}}" is empty: a self-evaluation states, against the year\'s goal, what was actually done (quantities, quality, timing, money) and why any part was not',
      },
      shortfallUnexplained: {
        'zh-CN': '{{where}}的实际完成值“{{actual}}”未达到年度指标值“{{target}}”，但“偏差原因分析及改进措施”未填写：请说明未完成的原因和改进措施',
        en: 'the actual value "{{actual}}" of {{where}} falls short of the target "{{target}}", but the deviation analysis is empty: explain why the target was not met and what will be done',
      },
      gradeOutOfBand: {
        'zh-CN': '{{where}}的实际完成值为“{{actual}}”，按定性指标计分原则应得分值的{{band}}（{{low}}–{{high}}分），表中得分{{score}}分：请按等级重新打分',
        en: 'the actual value of {{where}} is "{{actual}}", which earns {{band}} of the points ({{low}}–{{high}}) by the grading rule for qualitative indicators, but the score is {{score}}: score it by its grade',
      },
      scoreAboveProportion: {
        'zh-CN': '{{where}}的实际完成值“{{actual}}”未达到年度指标值“{{target}}”，按{{formula}}×分值应得{{due}}分，表中得分{{score}}分：定量指标未达到指标值的，按完成比例记分，请核实得分',
        en: 'the actual value "{{actual}}" of {{where}} falls short of the target "{{target}}": by {{formula}} × points it earns {{due}}, but the score is {{score}}; a quantitative target not met is scored in proportion, check the score',
      },
      executionRateScore: {
        'zh-CN': '{{where}}的预算执行率为“{{actual}}”，按“执行率×分值”应得{{due}}分（分值{{weight}}分），表中得分{{score}}分：请核实得分',
        en: 'the budget execution rate of {{where}} is "{{actual}}", which earns {{due}} of {{weight}} points (rate × points), but the score is {{score}}: check the score',
      },
      onTimeWithLowExecution: {
        'zh-CN': '{{where}}的实际完成值写“{{actual}}”，达到年度指标值“{{target}}”，视同按期完成，但本项目全年只执行了预算的{{rate}}（{{budget}}中支出{{spent}}）：请核实项目是否确已按期完成；未完成的，如实填写实际完成情况并在偏差原因中说明',
        en: 'the actual value of {{where}} is "{{actual}}", meeting the target "{{target}}" as if the work finished on time, but the project spent only {{rate}} of its budget ({{spent}} of {{budget}}): check that it did; if not, write what was actually done and explain the delay',
      },
      scoreAboveWeight: {
        'zh-CN': '{{where}}的得分{{score}}高于其分值{{weight}}：得分不能超过该指标的分值',
        en: 'the score {{score}} of {{where}} is above its points {{weight}}: a score cannot exceed the indicator\'s points',
      },
    },
    schema: false,
    defaultOptions: {},
  },
  create(context) {
    /**
     * 年度绩效目标 (80分) over rows scoring 10 × 6 + 20 × 2 = 100 (湖北 2020), or 95 in the rows a copy kept
     * (云南 隆阳 2022): the rows were scored on 100 and never scaled to the block's points.
     */
    const checkScoresOverBlock = (project: ProjectNode) => {
      const points = project.value.indicatorPoints;
      if (typeof points !== 'number') return;
      const sum = project.indicators.reduce((total, node) => total + (typeof node.value.score === 'number' ? node.value.score : 0), 0);
      if (sum <= points + SCORE_SLACK) return;
      context.report({ pointer: `${project.pointer}/indicatorPoints`, messageId: 'scoresOverBlock', data: { project: project.label, points: formatNumber(points), sum: formatNumber(sum) } });
    };

    /** 总分 94 under rows scoring 84 and a 预算执行率 scored 9 (山西 稷山 2020): an addition slip */
    const checkTotalScore = (project: ProjectNode) => {
      const total = project.value.pointsTotal?.score;
      if (typeof total !== 'number') return;
      const scores: number[] = [];
      for (const node of project.indicators) {
        const { weight, score } = node.value;
        if (typeof score === 'number') scores.push(score);
        else if (typeof weight === 'number' && weight > 0) return; // a scored row without a number: the sum is unknown
      }
      const execution = project.value.budgetExecution?.score;
      if (typeof execution === 'number') scores.push(execution);
      if (scores.length === 0) return;
      const sum = scores.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - total) <= SCORE_SLACK) return;
      context.report({ pointer: `${project.pointer}/pointsTotal/score`, messageId: 'totalScoreMismatch', data: { project: project.label, total: formatNumber(total), sum: formatNumber(sum) } });
    };

    /**
     * 年度总体目标完成情况综述 (kept in extensions under the table's own label) that repeats the goal,
     * or, in a form whose rows are scored, is left empty (安徽 霍邱 2022 实际完成情况) or only says the
     * work was done (安徽 六安 2022 “基本完成年度目标。”)
     */
    const checkSummary = (project: ProjectNode, scored: boolean) => {
      const goal = comparableText(project.value.goal ?? '');
      if (goal.length < MIN_GOAL_LENGTH) return;
      for (const [label, text] of Object.entries(project.value.extensions ?? {})) {
        if (!SUMMARY_LABEL.test(shownLabel(label)) || typeof text !== 'string') continue;
        const data = { project: project.label, label: shownLabel(label) };
        if (comparableText(text) === goal) context.report({ pointer: project.extensionPointer(label), messageId: 'summaryRepeatsGoal', data });
        else if (scored && isBlank(text)) context.report({ pointer: project.extensionPointer(label), messageId: 'summaryMissing', data });
        else if (scored && isGenericSummary(text)) context.report({ pointer: project.extensionPointer(label), messageId: 'summaryGeneric', data: { ...data, text: text.trim() } });
      }
    };

    /**
     * 定量指标 未达到指标值, 按B/A或A/B*该指标分值记分 (the 10号 form's note, as 山东 历城 2019 prints it):
     * a score above that share, rounded up to one decimal, was not earned (山西 稷山 2021: 高血压规范管理
     * 3224 of 3807 人 scored 1.9 of 2, where 1.69 is due). A row with its own 评分标准 is scored by it.
     */
    const checkProportion = (node: IndicatorNode, actual: IndicatorReading, score: number, weight: number, data: Record<string, unknown>) => {
      const target = node.reading;
      if (!comparableReadings(target, actual) || !(target.value! > 0) || !(actual.value! >= 0)) return;
      const ceiling = isCeilingTarget(target, node.value.name);
      const share = ceiling ? (actual.value! > 0 ? target.value! / actual.value! : 1) : actual.value! / target.value!;
      const due = share * weight;
      if (score <= Math.ceil(due * 10 - FLOAT_SLACK) / 10 + SCORE_SLACK) return;
      context.report({ pointer: `${node.pointer}/score`, messageId: 'scoreAboveProportion', data: { ...data, score: formatNumber(score), due: formatNumber(due), formula: ceiling ? 'A/B' : 'B/A' } });
    };

    /** 预算执行率 worth 10 points, 251.89 of 251.89 spent, 得分 left empty (四川 青神 2023) */
    const checkExecutionScore = (project: ProjectNode) => {
      const execution = project.value.budgetExecution;
      const weight = execution?.weight;
      if (typeof weight !== 'number' || !(weight > 0) || execution?.score !== null) return;
      if (!execution.lines?.some((line) => line.source === 'total' && typeof line.spent === 'number')) return;
      const where = { where: { 'zh-CN': `项目“${project.label}”的预算执行率`, en: `the budget execution rate of project "${project.label}"` } };
      context.report({ pointer: `${project.pointer}/budgetExecution/score`, messageId: 'missingResult', data: { ...where, weight: formatNumber(weight), what: { 'zh-CN': '得分', en: 'score' } } });
    };

    /** 实际完成值 "≥95%": the target copied, with or without points to score (湖北 黄石 2023, 四川 大英 2022 have none) */
    const checkSignedActual = (node: IndicatorNode) => {
      const actualText = node.value.actual ?? '';
      if (isBlank(actualText) || !node.isIndicatorRow) return;
      // the actual as written, without the operator column: a sign here is the clerk's own
      const written = readIndicatorValue({ value: actualText }, node.project.document.analysis.readingOptions);
      const sign = written.comparison === undefined ? undefined : SIGNS[written.comparison];
      if (sign === undefined || written.kind !== 'number' || written.value === undefined) return;
      const trimmed = actualText.trim();
      const stripped = trimmed.replace(/^[≥≤≧≦><＞＜=＝]+\s*/u, '');
      const plain = stripped !== trimmed && stripped !== '' ? stripped : `${formatNumber(written.value)}${written.unit ?? ''}`;
      context.report({ pointer: `${node.pointer}/actual`, messageId: 'operatorInActual', data: { ...node.where(node.label), actual: trimmed, sign, plain } });
    };

    /** 预算执行率 100% scored 9 of 10 with no target of its own (宁夏 银川 2021) */
    const checkExecutionRateScore = (node: IndicatorNode, actualText: string, score: number, weight: number) => {
      const rate = readIndicatorValue({ value: actualText }, node.project.document.analysis.readingOptions);
      if (rate.kind !== 'number' || rate.unitClass !== 'percent' || rate.value === undefined || rate.value < 0) return;
      const due = (Math.min(rate.value, 100) / 100) * weight;
      if (Math.abs(score - due) < EXECUTION_SCORE_SLACK) return;
      context.report({
        pointer: `${node.pointer}/score`,
        messageId: 'executionRateScore',
        data: { ...node.where(node.label), actual: actualText.trim(), due: formatNumber(due), weight: formatNumber(weight), score: formatNumber(score) },
      });
    };

    /** 项目按时完成率 100% with 10.77% of the money spent (云南 隆阳 2022) */
    const checkOnTimeClaims = (project: ProjectNode) => {
      const line = project.value.budgetExecution?.lines?.find((l) => l.source === 'total');
      if (typeof line?.budget !== 'number' || typeof line.spent !== 'number' || !(line.budget > 0) || line.spent / line.budget >= LOW_EXECUTION) return;
      const unit = documentMoneyUnit(project.document.value) ?? '';
      // the amounts and the rate as filed (27.9996, 22%); the rate worked out where none is filed as a percentage
      const rate = line.rate !== undefined && /[%％]/u.test(line.rate) ? line.rate : `${formatNumber((100 * line.spent) / line.budget)}%`;
      const money = { budget: `${line.budget}${unit}`, spent: `${line.spent}${unit}`, rate };
      for (const node of project.indicators) {
        const row = node.value;
        const actualText = row.actual ?? '';
        if (!node.isIndicatorRow || isBlank(actualText) || !isTimelinessRow({ level1: node.level1, level2: node.level2 }, row.level2)) continue;
        if (!FINISHING_WORK.test(row.name) || PAYING.test(row.name) || WORK_DONE.test(row.deviation ?? '')) continue;
        const actual = readIndicatorValue({ value: actualText, unit: row.unit }, project.document.analysis.readingOptions);
        const met = comparableReadings(node.reading, actual) ? !numberShortfall(node, node.reading, actual) : comparableText(actualText) === comparableText(row.value);
        if (!met || comparableText(actualText) === '') continue;
        context.report({ pointer: `${node.pointer}/actual`, messageId: 'onTimeWithLowExecution', data: { ...node.where(node.label), ...money, actual: actualText.trim(), target: targetAsFiled(row).trim() } });
      }
    };

    const check = (node: IndicatorNode) => {
      checkSignedActual(node);
      const row = node.value;
      const weight = row.weight;
      // (a 决策/过程 item is scored like any row)
      if (typeof weight !== 'number' || !(weight > 0) || node.isBlankRow || node.isNotApplicableRow) return;
      const where = node.where(node.label);
      const actualText = row.actual ?? '';
      const hasActualColumn = row.actual !== undefined;
      const hasScoreColumn = row.score !== undefined;
      const actualEmpty = hasActualColumn && isBlank(actualText);
      const scoreEmpty = hasScoreColumn && (row.score === null || (typeof row.score === 'string' && isBlank(row.score)));

      if (actualEmpty || scoreEmpty) {
        const what: LocalizedText = actualEmpty && scoreEmpty
          ? { 'zh-CN': '实际完成值和得分', en: 'actual value or score' }
          : actualEmpty
            ? { 'zh-CN': '实际完成值', en: 'actual value' }
            : { 'zh-CN': '得分', en: 'score' };
        context.report({ pointer: `${node.pointer}/${actualEmpty ? 'actual' : 'score'}`, messageId: 'missingResult', data: { ...where, weight: formatNumber(weight), what } });
      }

      const score = typeof row.score === 'number' ? row.score : undefined;
      if (score !== undefined && score > weight + FLOAT_SLACK) {
        context.report({ pointer: `${node.pointer}/score`, messageId: 'scoreAboveWeight', data: { ...where, score: formatNumber(score), weight: formatNumber(weight) } });
      }
      if (actualEmpty || !hasActualColumn) return;

      if (score !== undefined && node.reading.kind !== 'number' && namesBudgetExecutionRate(node.label)) {
        checkExecutionRateScore(node, actualText, score, weight);
        return;
      }
      const band = gradeBandOf(actualText);
      if (band !== undefined && score !== undefined && outOfBand(band, score, weight)) {
        const shown = { met: '80%–100%', partly: '60%–80%', notMet: '0–60%' }[band.grade];
        context.report({
          pointer: `${node.pointer}/score`,
          messageId: 'gradeOutOfBand',
          data: { ...where, actual: actualText.trim(), band: shown, low: formatNumber(band.min * weight), high: formatNumber(band.max * weight), score: formatNumber(score) },
        });
        return;
      }
      const fullMarks = score !== undefined && Math.abs(score - weight) <= FLOAT_SLACK;
      const unexplained = row.deviation !== undefined && isBlank(row.deviation);
      const actual = readIndicatorValue({ value: actualText, unit: row.unit }, node.project.document.analysis.readingOptions);
      const short = numberShortfall(node, node.reading, actual) || partialAchievementPrefix(row.value, actualText) !== undefined;
      if (!short) {
        // the target met to the letter, points taken off, and the 偏差原因 column left empty (宁夏 银川 2021, 云南 丽江 2020)
        const met = comparableReadings(node.reading, actual) || comparableText(actualText) === comparableText(row.value);
        if (!met || !isBlank(row.scoring) || score === undefined || comparableText(actualText) === '') return;
        const data = () => ({ ...where, actual: actualText.trim(), target: targetAsFiled(row).trim(), score: formatNumber(score), weight: formatNumber(weight) });
        if (unexplained && score < weight - FLOAT_SLACK) context.report({ pointer: `${node.pointer}/score`, messageId: 'deductionUnexplained', data: data() });
        // with no 偏差原因 column to explain it, a met target scored below the lowest band of 达成 (80%, 10号)
        // is a slip in the scoring (河北 成安 2020: 6.25 of 25, the weight entered as the 0–100 score)
        else if (row.deviation === undefined && score < MET_BAND_FLOOR * weight - SCORE_SLACK) context.report({ pointer: `${node.pointer}/score`, messageId: 'metTargetLowScore', data: data() });
        return;
      }
      const data = { ...where, actual: actualText.trim(), target: targetAsFiled(row).trim() };
      // a row with its own 评分标准 (完成80%以上得满分) is scored by it
      const ownScoring = !isBlank(row.scoring);
      if (fullMarks && !ownScoring) context.report({ pointer: `${node.pointer}/score`, messageId: 'fullMarksShortfall', data: { ...data, score: formatNumber(score) } });
      else if (score !== undefined && !ownScoring) checkProportion(node, actual, score, weight, data);
      if (unexplained) context.report({ pointer: `${node.pointer}/deviation`, messageId: 'shortfallUnexplained', data });
    };

    return {
      project(project) {
        let scored = false;
        for (const isPeriod of [false, true]) {
          if (!project.isSelfEvaluation(isPeriod)) continue;
          const rows = isPeriod ? project.periodIndicators : project.indicators;
          scored = true;
          for (const node of rows) check(node);
        }
        checkSummary(project, scored);
        checkTotalScore(project);
        checkScoresOverBlock(project);
        checkExecutionScore(project);
        if (scored) checkOnTimeClaims(project);
      },
    };
  },
});
