/**
 * 满意度指标值应为“≥x%”. A satisfaction target is a floor on a surveyed rate: "=98%" fixes a
 * number no survey hits exactly, "100%" with no sign cannot be verified, "＞80%" is not the sign
 * the system's templates use, and 高中低 / 满意 are not rates at all.
 *
 * On satisfaction rows (一级 满意度, 二级 服务对象满意度, or a name that measures satisfaction):
 *  - `fixedValue`: the sign (operator column or value text) is ＝;
 *  - `unsignedFull`: no sign at all and the value is 100 (a bare 95% is read as a floor and left alone);
 *  - `strictSign`: the sign is ＞ (write ≥);
 *  - `grade`: no number, a grade scale or a word (高中低, 满意, 较满意, SATISFACTION_GRADE_WORDS);
 *  - `qualitativeSign`: the row is declared 定性 but its value is a number (95%以上);
 *  - `belowMinimum`: a floor below the preset's `minimum` (off at 0);
 *  - `noRespondent`: the name is only “满意度” or “是否满意”, whose satisfaction not said.
 */
import { createRule } from '../../src/engine/rule.js';
import { hasNoTargetToJudge, isDeclaredQualitative, isSatisfactionRow } from '../../src/analysis/row-kinds.js';
import { SATISFACTION_GRADE_WORDS, SATISFACTION_NAMES_WITHOUT_RESPONDENT, wordKey } from '../../src/analysis/target-words.js';
import { normalizeIndicatorLabel } from '../../src/analysis/text.js';

export interface Options {
  minimum: number;
}

export default createRule({
  name: 'satisfaction-value',
  meta: {
    type: 'suggestion',
    docs: {
      description: { 'zh-CN': '满意度指标值应写成“≥x%”', en: 'Satisfaction targets are a floor on a rate (≥x%)' },
      recommended: 'warn',
    },
    messages: {
      fixedValue: {
        'zh-CN': '{{where}}是满意度指标，指标值“{{text}}”用了等号：满意度是调查得出的比率，应设下限，请写成“≥{{number}}%”',
        en: '{{where}} is a satisfaction indicator, but its target "{{text}}" uses =: satisfaction is a surveyed rate and takes a floor; write "≥{{number}}%"',
      },
      unsignedFull: {
        'zh-CN': '{{where}}是满意度指标，指标值“{{text}}”没有计算符号，且以100%为目标，无法核验：请写成“≥90%”这样的下限',
        en: '{{where}} is a satisfaction indicator, but its target "{{text}}" has no sign and aims at 100%, which cannot be verified: write a floor such as "≥90%"',
      },
      strictSign: {
        'zh-CN': '{{where}}是满意度指标，指标值“{{text}}”用了“＞”：满意度目标通常写“≥”，请写成“≥{{number}}%”',
        en: '{{where}} is a satisfaction indicator, but its target "{{text}}" uses >: satisfaction targets are written with ≥; write "≥{{number}}%"',
      },
      grade: {
        'zh-CN': '{{where}}是满意度指标，指标值“{{text}}”是等级或评语，不是比率：请写成满意率下限，如“≥90%”，计量单位“%”',
        en: '{{where}} is a satisfaction indicator, but its target "{{text}}" is a grade or a word, not a rate: write a floor on the satisfaction rate, e.g. "≥90%" with unit %',
      },
      qualitativeSign: {
        'zh-CN': '{{where}}是满意度指标，指标值“{{text}}”是数值，{{field}}却是“定性”：满意度应为定量指标，请将{{field}}改为“{{fixed}}”',
        en: '{{where}} is a satisfaction indicator with the numeric target "{{text}}", but its {{field}} is 定性: satisfaction is quantitative; set the {{field}} to {{fixed}}',
      },
      noRespondent: {
        'zh-CN': '{{where}}的满意度指标名称只写了“{{name}}”，没有写明调查的是谁的满意度：请写明调查对象，如“受益群众满意度”“服务对象满意度”',
        en: 'the satisfaction indicator of {{where}} is named only "{{name}}", not whose satisfaction is surveyed: name the respondents, e.g. 受益群众满意度 (beneficiaries\' satisfaction)',
      },
      belowMinimum: {
        'zh-CN': '{{where}}的满意度目标“{{text}}”低于本地区要求的下限{{minimum}}%：请设为不低于{{minimum}}%',
        en: 'the satisfaction target "{{text}}" of {{where}} is below the floor of {{minimum}}% this region requires: set it to at least {{minimum}}%',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minimum: { type: 'number', minimum: 0, maximum: 100, description: 'lowest acceptable satisfaction floor in %, 0 = not checked / 满意度下限的最低值（%），0 为不检查' },
      },
    },
    defaultOptions: { minimum: 0 } as Options,
  },
  create(context) {
    const { minimum } = context.options;
    return {
      indicator(node) {
        if (hasNoTargetToJudge(node)) return;
        const vocabulary = node.project.document.analysis.vocabulary;
        if (!isSatisfactionRow(node.value, { level1: node.level1, level2: node.level2 }, (n) => vocabulary.isSatisfactionName(n))) return;
        const name = normalizeIndicatorLabel(node.value.name).replace(/\s+/gu, '');
        if (SATISFACTION_NAMES_WITHOUT_RESPONDENT.includes(name)) {
          context.report({ pointer: `${node.pointer}/name`, messageId: 'noRespondent', data: { ...node.where(), name: node.value.name.trim() } });
        }
        const text = node.value.value.trim();
        if (text === '') return;
        const reading = node.reading;
        const pointer = `${node.pointer}/value`;
        // built only for a row that is reported
        const data = () => ({ ...node.where(node.value.name || ''), text });
        if (reading.kind === 'qualitative' && !/\d/.test(text)) {
          const key = wordKey(text);
          if (SATISFACTION_GRADE_WORDS.includes(key) || /^[高中低、/]+$/.test(key)) context.report({ pointer, messageId: 'grade', data: data() });
          return;
        }
        if (reading.kind !== 'number' || reading.value === undefined) return;
        const number = String(reading.value);
        if (isDeclaredQualitative(node.value)) {
          // the 定性 stands in the sign column, or in a 指标值类型 column of its own: the finding goes where the fix goes
          const inSign = /定性/.test(node.value.operator ?? '');
          const field = inSign ? { 'zh-CN': '计算符号', en: 'sign' } : { 'zh-CN': '指标值类型', en: 'value type' };
          const fixed = inSign ? '≥' : { 'zh-CN': '定量', en: '定量 (quantitative)' };
          context.report({ pointer: `${node.pointer}/${inSign ? 'operator' : 'valueType'}`, messageId: 'qualitativeSign', data: { ...data(), field, fixed } });
        }
        else if (reading.comparison === '=') context.report({ pointer, messageId: 'fixedValue', data: { ...data(), number } });
        else if (reading.comparison === '>') context.report({ pointer, messageId: 'strictSign', data: { ...data(), number } });
        else if (reading.comparison === undefined && reading.value === 100) context.report({ pointer, messageId: 'unsignedFull', data: data() });
        else if (minimum > 0 && (reading.comparison === '>=' || reading.comparison === undefined) && reading.value < minimum && reading.unitClass !== 'permille') {
          context.report({ pointer, messageId: 'belowMinimum', data: { ...data(), minimum: String(minimum) } });
        }
      },
    };
  },
});
