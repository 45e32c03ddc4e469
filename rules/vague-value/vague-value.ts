/**
 * 指标值须可考核. A target with no number, no date and no checkable standard ("效果明显", "有所
 *提升", "持续改善", "符合相关规定") cannot be scored; nor can a value that gives a method instead
 * of an amount ("参照政府采购成本控制", "按15次作业…测算").
 *
 * Judged on the 指标值 (or the 个性 value) as the shared reader reads it; the word lists are data
 * in src/analysis/target-words.ts. Precision first: a cell is reported only for what it says.
 *  - text with no number and no date is reported when it holds a vague word (VAGUE_VALUE_WORDS
 *    plus the `words` option) or a method word (METHOD_WORDS); yes/no answers (是/否), answers
 *    affirming a property (审批程序 / 完备), cited standards (《…》, GB/T …) and plain
 *    descriptions without such a word ("高铁或飞机") are left alone;
 *  - a bare grade (优良, 合格, 达标) is accepted on a row declared 定性 (option `acceptGrades`),
 *    otherwise reported: reviewers ask for the grading standard or a rate;
 *  - text with a number is reported only when it also names a method (测算, 参照, 按实际…; not
 *    严格按照, which with an amount names the standard held to);
 *  - text that only restates the name (带动农民增收 / 农民增收, 巩固拓展脱贫攻坚成果 twice) says
 *    what is measured but not how much: reported when it is at least three characters, since a
 *    one- or two-character answer to a …性 name (完备, 及时) is a property affirmed;
 *  - text that names what is assessed (…情况, …情况的评价: 湖北 2020, both readings) gives no level to reach.
 * Left to other rules: 时效 rows (timeliness-measurable), satisfaction rows (satisfaction-value),
 * the 自评 grade labels (grade-label-as-target), placeholders and empty cells (no-placeholder).
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorNode } from '../../src/engine/nodes.js';
import { hasNoTargetToJudge, isDeclaredQualitative, isSatisfactionRow, isTimelinessRow } from '../../src/analysis/row-kinds.js';
import { normalizeIndicatorLabel } from '../../src/analysis/text.js';
import { GRADE_LABELS, METHOD_WORDS, METHOD_WORDS_BESIDE_AMOUNT, STANDARD_GRADES, STATE_ANSWERS, VAGUE_VALUE_WORDS, YES_NO_ANSWERS, findWord, namesMeasure, wordKey } from '../../src/analysis/target-words.js';

/**
 * "施工材料 1批" (河南 濮阳 2021, sent back by both readings): a batch has no set size. 抽检批次 ≥200批
 * counts batches on purpose, and its name says so.
 */
function countsInBatches(node: IndicatorNode): boolean {
  return node.reading.unit === '批' && !node.value.name.includes('批');
}

export interface Options {
  acceptGrades: 'qualitative-rows' | 'always' | 'never';
  words: string[];
}

/** A standard named in the cell: a document in 《》 or a standard code. */
const CITED_STANDARD = /《[^》]+》|\b(?:GB|GB\/T|HJ|JGJ|DB\d*)\s*\/?\s*T?\s*\d/;

/**
 * The value is the name, or a part of it (科技特派员创业能力提升 / 创业能力提升). A name with a
 * number in it is a target sentence in the wrong column, which no-placeholder reports.
 */
function restatesName(valueKey: string, name: string | undefined): boolean {
  const label = wordKey(normalizeIndicatorLabel(name ?? ''));
  return valueKey.length >= 3 && label !== '' && !/\d/.test(label) && label.includes(valueKey);
}

export default createRule({
  name: 'vague-value',
  meta: {
    type: 'suggestion',
    docs: {
      description: { 'zh-CN': '指标值须可考核：不得只写模糊表述或测算方法', en: 'Target values are checkable: no vague wording, no method in place of an amount' },
      recommended: 'warn',
    },
    messages: {
      vague: {
        'zh-CN': '{{where}}的指标值“{{text}}”{{word}}没有数值，也没有可检查的标准，无法考核：请写成计算符号、数值和单位（如“≥95%”“≥500人”）；定性指标请写明可检查的具体标准或等级（并将计算符号设为“定性”）',
        en: 'the target "{{text}}" of {{where}}{{word}} has no number and no checkable standard, so it cannot be scored: write a comparison, a number and a unit (e.g. "≥95%", "≥500 people"); for a qualitative indicator, state a concrete standard or grade (and set the sign to 定性)',
      },
      grade: {
        'zh-CN': '{{where}}的指标值“{{text}}”是等级，但没有写明评定标准，该行也未标为定性指标：请写明“{{text}}”的评定标准或改用比率（如“优良天数比例≥80%”“验收合格率=100%”）；若按等级考核，请将计算符号设为“定性”并在指标值说明中写明等级标准',
        en: 'the target "{{text}}" of {{where}} is a grade, but no grading standard is given and the row is not declared qualitative: state the standard for "{{text}}" or use a rate (e.g. "share of good-air days ≥80%", "acceptance pass rate =100%"); to score by grade, set the sign to 定性 and describe the grades in the value note',
      },
      restatesName: {
        'zh-CN': '{{where}}的指标值“{{text}}”只是重复了指标名称，没有写出要达到的程度，无法考核：请写成计算符号、数值和单位（如“≥95%”“≥500元/户”），或写明可检查的具体标准',
        en: 'the target "{{text}}" of {{where}} only repeats the indicator\'s name and says nothing of how much, so it cannot be scored: write a comparison, a number and a unit (e.g. "≥95%", "≥500 yuan per household"), or a concrete checkable standard',
      },
      measure: {
        'zh-CN': '{{where}}的指标值“{{text}}”写的是考核什么（“……情况”“……的评价”），不是要达到的程度，无法考核：请写明目标，如“≥95%”“≥500家”，或可检查的具体标准',
        en: 'the target "{{text}}" of {{where}} names what is assessed (…情况, …的评价), not the level to reach, so it cannot be scored: state the target, e.g. "≥95%", "≥500 firms", or a concrete checkable standard',
      },
      batch: {
        'zh-CN': '{{where}}的指标值“{{text}}”以“批”计，一批有多少没有定数，无法核实：请写明主要内容的具体数量（如“管线≥200米”“灭火器≥50具”），或改为成本指标（如“材料费≤5万元”）',
        en: 'the target "{{text}}" of {{where}} is counted in batches (批), which have no set size and cannot be checked: state how much of the main items (e.g. "pipes ≥200 m", "extinguishers ≥50"), or make it a cost indicator (e.g. "materials ≤50,000 yuan")',
      },
      method: {
        'zh-CN': '{{where}}的指标值“{{text}}”写的是测算方法或依据（“{{word}}”），不是目标值：请只写目标本身，如“≥30小时”“≤250万元”，测算过程写在指标值说明或确定依据中',
        en: 'the target "{{text}}" of {{where}} gives a method or basis ("{{word}}"), not a target: write the target itself, e.g. "≥30 hours", "≤2.5 million yuan", and put the calculation in the note or basis column',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        acceptGrades: {
          type: 'string',
          enum: ['qualitative-rows', 'always', 'never'],
          description: 'when a grade (优/良/合格/达标…) counts as checkable: on rows declared 定性, always, or never / 等级词何时视为可考核',
        },
        words: { type: 'array', items: { type: 'string' }, description: 'more vague words, added to the built-in list / 追加的模糊词' },
      },
    },
    defaultOptions: { acceptGrades: 'qualitative-rows', words: [] } as Options,
  },
  create(context) {
    const { acceptGrades, words: extra } = context.options;
    const vagueWords = extra.length ? [...VAGUE_VALUE_WORDS, ...extra] : VAGUE_VALUE_WORDS;
    // the same target text recurs on thousands of rows: its words are looked up once per run (per word list)
    const vagueWordMemo = `vague-value:word:${extra.join('\u0000')}`;
    const skip = (node: IndicatorNode): boolean => {
      if (hasNoTargetToJudge(node)) return true;
      const levels = { level1: node.level1, level2: node.level2 };
      if (isTimelinessRow(levels, node.value.level2)) return true;
      return isSatisfactionRow(node.value, levels, (n) => node.project.document.analysis.vocabulary.isSatisfactionName(n));
    };
    return {
      indicator(node) {
        const text = node.filled('value').trim();
        if (text === '' || skip(node)) return;
        const pointer = `${node.pointer}/${node.value.value ? 'value' : 'personal/value'}`;
        const reading = node.value.value ? node.reading : undefined;
        const kind = reading?.kind ?? (/\d/.test(text) ? 'number' : 'qualitative');
        if (kind === 'placeholder' || kind === 'not-applicable' || kind === 'empty' || kind === 'date') return;
        const analysis = node.project.document.analysis;
        const key = analysis.memo('word-key', wordKey)(text);
        if (/[:：]$/.test(key)) return; // a form label (财务负责人：) the importer took for a row
        // built only for a row that is reported
        const data = () => node.where(node.value.name || node.value.personal?.name || '');
        if (/\d/.test(key)) {
          if (countsInBatches(node)) {
            context.report({ pointer, messageId: 'batch', data: { ...data(), text } });
            return;
          }
          if (!(reading?.vague ?? true)) return; // a bare amount
          const method = findWord(key, METHOD_WORDS_BESIDE_AMOUNT);
          if (method) context.report({ pointer, messageId: 'method', data: { ...data(), text, word: method } });
          return;
        }
        if (YES_NO_ANSWERS.includes(key) || STATE_ANSWERS.includes(key) || GRADE_LABELS.includes(key) || CITED_STANDARD.test(text)) return;
        if (STANDARD_GRADES.includes(key)) {
          if (acceptGrades === 'always' || (acceptGrades === 'qualitative-rows' && isDeclaredQualitative(node.value))) return;
          context.report({ pointer, messageId: 'grade', data: { ...data(), text } });
          return;
        }
        const word = analysis.memo(vagueWordMemo, (k) => findWord(k, vagueWords))(key);
        const method = word ? undefined : findWord(key, METHOD_WORDS);
        if (method) context.report({ pointer, messageId: 'method', data: { ...data(), text, word: method } });
        else if (word) {
          const wordData = word !== key ? { 'zh-CN': `中的“${word}”是模糊表述，`, en: ` ("${word}" is vague)` } : '';
          context.report({ pointer, messageId: 'vague', data: { ...data(), text, word: wordData } });
        } else if (restatesName(key, node.value.value ? node.value.name : node.value.personal?.name)) {
          context.report({ pointer, messageId: 'restatesName', data: { ...data(), text } });
        } else if (namesMeasure(key)) {
          context.report({ pointer, messageId: 'measure', data: { ...data(), text } });
        }
      },
    };
  },
});
