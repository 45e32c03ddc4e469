/**
 * 禁止占位或未填写的指标值. Templates ship with placeholders (文字描述, **人, >***%, XX) that clerks
 * are meant to overwrite; reviewers return tables that still carry them, or leave cells empty.
 *
 * Per row, in this order (one finding per problem, never three for one empty row):
 *  1. a row declaring its whole 二级 not applicable (不涉及 in name and value) is allowed, or one
 *     finding when `allowNotApplicableRows` is false;
 *  2. a row with neither name nor value (a stray 一级 cell) is one `blankRow` finding;
 *  3. each filled cell (name, value, description and their 个性 twins) that reads as a template
 *     placeholder is a finding at that cell; 不涉及 as the value of a named indicator is one too;
 *  4. a named row without a value is `emptyValue`; a valued row without a name is `emptyName`.
 *
 * Placeholder detection is the value parser's (`readIndicatorValue`): whole-cell words
 * (DEFAULT_PLACEHOLDERS + settings.placeholders + this rule's `placeholders`), template shapes
 * ('**人', '>***%', a cell holding only a unit such as '%' or '月/年') and embedded ** / XX.
 */
import { defineRule, docsUrl } from '../src/engine/rule.js';
import type { IndicatorNode } from '../src/engine/nodes.js';
import { readIndicatorValue, type IndicatorReading, type ReadingOptions } from '../src/analysis/value-reading.js';

const ID = 'no-placeholder';

export interface Options {
  placeholders: string[];
  allowNotApplicableRows: boolean;
}

// ---------------------------------------------------------------------------------------------
// Row shapes, shared with weights-sum and require-satisfaction so the three rules agree on what
// a 不涉及 row and a blank row are.
// ---------------------------------------------------------------------------------------------

export function isBlank(text: string | undefined | null): boolean {
  return text === undefined || text === null || text.trim() === '';
}

/** 不涉及 / 不适用 / 无 … as a whole cell (the parser's not-applicable words). */
export function isNotApplicableText(text: string | undefined): boolean {
  return !isBlank(text) && readIndicatorValue({ value: text ?? '' }).kind === 'not-applicable';
}

/**
 * The row declares its 二级 not applicable (河北: 生态效益指标 / 不涉及 / 不涉及 / 不涉及): the value
 * reads as not-applicable and no name cell names a real indicator.
 */
export function isNotApplicableRow(node: IndicatorNode): boolean {
  if (node.reading.kind !== 'not-applicable') return false;
  const { name, personal } = node.value;
  return [name, personal?.name].every((n) => isBlank(n) || isNotApplicableText(n));
}

/** Neither a name nor a value in any column: a stray 一级 cell, or a row holding only a description. */
export function isBlankRow(node: IndicatorNode): boolean {
  const { name, value, personal } = node.value;
  return isBlank(name) && isBlank(value) && isBlank(personal?.name) && isBlank(personal?.value);
}

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

type CellRole = 'name' | 'value' | 'description';

interface Cell {
  role: CellRole;
  /** JSON pointer suffix under the row */
  path: string;
  text: string;
  field: string;
  fieldEn: string;
}

/** The filled cells of a row, common columns first, then the 浙江 2019 个性 columns. */
function filledCells(node: IndicatorNode): Cell[] {
  const { name, value, description, personal } = node.value;
  const candidates: Array<Cell | undefined> = [
    { role: 'name', path: '/name', text: name, field: '指标名称', fieldEn: 'indicator name' },
    { role: 'value', path: '/value', text: value, field: '指标值', fieldEn: 'target value' },
    description === undefined ? undefined : { role: 'description', path: '/description', text: description, field: '指标描述', fieldEn: 'description' },
    personal?.name === undefined ? undefined : { role: 'name', path: '/personal/name', text: personal.name, field: '明细指标（个性）', fieldEn: 'personalised indicator name' },
    personal?.value === undefined ? undefined : { role: 'value', path: '/personal/value', text: personal.value, field: '指标值（个性）', fieldEn: 'personalised target value' },
    personal?.description === undefined
      ? undefined
      : { role: 'description', path: '/personal/description', text: personal.description, field: '指标描述（个性）', fieldEn: 'personalised description' },
  ];
  return candidates.filter((c): c is Cell => c !== undefined && !isBlank(c.text));
}

/** "无" alone may mean zero (安全事故 无) as well as not applicable: not this rule's call. */
function isBareNone(text: string): boolean {
  return text.trim().replace(/[。.]$/, '') === '无';
}

/** What a clerk calls the row: its first real name, else nothing (the row number says where). */
function rowLabel(readings: ReadonlyArray<readonly [Cell, IndicatorReading]>): string {
  for (const [cell, reading] of readings) {
    if (cell.role === 'name' && reading.kind !== 'placeholder' && reading.kind !== 'not-applicable') return cell.text.trim();
  }
  return '';
}

function where(node: IndicatorNode, label: string): { where: string; whereEn: string; project: string; indicator: string; row: number } {
  const row = node.index + 1;
  const project = node.project.label;
  const period = node.isPeriod;
  return {
    where: `项目“${project}”${period ? '实施期指标' : ''}第${row}行${label ? `“${label}”` : ''}`,
    whereEn: `row ${row}${label ? ` ("${label}")` : ''} of ${period ? 'the period indicators of ' : ''}project "${project}"`,
    project,
    indicator: label,
    row,
  };
}

const WHAT_TO_WRITE_VALUE = {
  zh: '请填写具体目标值：计算符号、数值和单位，如“≥95%”“≥500人”“≤200元/人/天”；定性指标写可以检查的具体标准',
  en: 'write a concrete target: comparison, number and unit, e.g. "≥95%", "≥500 people", "≤200 yuan/person/day"; for a qualitative indicator, a concrete standard that can be checked',
};

export default defineRule({
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '禁止占位或未填写的指标值', en: 'No template placeholders or unfilled indicator cells' },
      url: docsUrl(ID),
      recommended: true,
    },
    messages: {
      placeholderValue: {
        'zh-CN': `{{where}}的{{field}}“{{text}}”是模板占位符，没有填写实际目标：${WHAT_TO_WRITE_VALUE.zh}`,
        en: `the {{fieldEn}} "{{text}}" in {{whereEn}} is a template placeholder, not a target: ${WHAT_TO_WRITE_VALUE.en}`,
      },
      placeholderName: {
        'zh-CN': '{{where}}的{{field}}“{{text}}”是模板占位符，不是指标名称：请写出具体、可衡量的三级指标名称，如“培训人数”“培训学员满意度”',
        en: 'the {{fieldEn}} "{{text}}" in {{whereEn}} is a template placeholder, not an indicator name: name what is measured, e.g. "number of trainees", "trainee satisfaction"',
      },
      placeholderDescription: {
        'zh-CN': '{{where}}的{{field}}“{{text}}”是模板占位符：请写明该指标衡量什么、如何计算，或删除占位符',
        en: 'the {{fieldEn}} "{{text}}" in {{whereEn}} is a template placeholder: say what the indicator measures and how, or remove the placeholder',
      },
      notApplicableValue: {
        'zh-CN': `{{where}}的{{field}}填的是“{{text}}”：这是一个有具体名称的指标，不能写“不涉及”。${WHAT_TO_WRITE_VALUE.zh}；若整个二级指标确实不涉及，请将名称、指标值和描述都写“不涉及”，或删除此行`,
        en: `the {{fieldEn}} of {{whereEn}} is "{{text}}", but the row names a real indicator, so it cannot be "not applicable": ${WHAT_TO_WRITE_VALUE.en}; if the whole second-level category does not apply, write 不涉及 in name, value and description, or delete the row`,
      },
      notApplicableRow: {
        'zh-CN': '{{where}}（二级指标“{{level2}}”）整行填写“不涉及”：本配置不允许不涉及行，请设置适合本项目的指标，或删除此行',
        en: '{{whereEn}} (second level "{{level2}}") declares the category not applicable; this configuration does not allow 不涉及 rows: set an indicator that fits the project, or delete the row',
      },
      emptyValue: {
        'zh-CN': `{{where}}的指标值未填写：${WHAT_TO_WRITE_VALUE.zh}`,
        en: `{{whereEn}} has no target value: ${WHAT_TO_WRITE_VALUE.en}`,
      },
      emptyName: {
        'zh-CN': '{{where}}有指标值“{{text}}”，但指标名称未填写：请填写该指标衡量什么（三级指标名称），如“培训人数”“服务对象满意度”',
        en: '{{whereEn}} has the target value "{{text}}" but no indicator name: name what is measured, e.g. "number of trainees", "beneficiary satisfaction"',
      },
      blankRow: {
        'zh-CN': '{{where}}是空行或不完整的行（没有指标名称，也没有指标值）：请删除此行，或补全指标名称和指标值',
        en: '{{whereEn}} is blank or incomplete (no indicator name and no target value): delete it, or fill in the name and the target value',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        placeholders: {
          type: 'array',
          items: { type: 'string' },
          description: 'more whole-cell placeholder words (added to the parser list and settings.placeholders) / 追加的占位词（整格匹配）',
        },
        allowNotApplicableRows: {
          type: 'boolean',
          description: 'true: a row declaring its whole 二级 不涉及 is allowed / 允许整行“不涉及”的二级指标行',
        },
      },
    },
    defaultOptions: { placeholders: [], allowNotApplicableRows: true } as Options,
  },
  create(context) {
    const { placeholders: extraWords, allowNotApplicableRows } = context.options;
    // Built on the first row: the analysis (with settings.placeholders) hangs off the document node.
    let readingOptions: ReadingOptions | undefined;
    const optionsFor = (node: IndicatorNode): ReadingOptions => {
      if (readingOptions) return readingOptions;
      const base = node.project.document.analysis.readingOptions;
      readingOptions = extraWords.length ? { ...base, placeholders: [...(base.placeholders ?? []), ...extraWords] } : base;
      return readingOptions;
    };

    /** node.reading is shared; re-read only when this rule adds words the shared reading lacks. */
    const readCell = (node: IndicatorNode, cell: Cell): IndicatorReading => {
      if (cell.path === '/value') {
        if (node.reading.kind === 'placeholder' || extraWords.length === 0) return node.reading;
        return readIndicatorValue({ value: node.value.value, operator: node.value.operator, unit: node.value.unit }, optionsFor(node));
      }
      return readIndicatorValue({ value: cell.text }, optionsFor(node));
    };

    return {
      indicator(node) {
        if (isNotApplicableRow(node)) {
          if (!allowNotApplicableRows) {
            context.report({ node, messageId: 'notApplicableRow', data: { ...where(node, ''), level2: node.value.level2 ?? node.value.level1 } });
          }
          return;
        }
        if (isBlankRow(node)) {
          context.report({ node, messageId: 'blankRow', data: where(node, '') });
          return;
        }

        const readings = filledCells(node).map((cell) => [cell, readCell(node, cell)] as const);
        const at = where(node, rowLabel(readings));
        for (const [cell, reading] of readings) {
          const pointer = node.pointer + cell.path;
          const data = { ...at, field: cell.field, fieldEn: cell.fieldEn, text: cell.text.trim() };
          if (reading.kind === 'placeholder') {
            const messageId = cell.role === 'value' ? 'placeholderValue' : cell.role === 'name' ? 'placeholderName' : 'placeholderDescription';
            context.report({ pointer, messageId, data });
          } else if (cell.role === 'value' && reading.kind === 'not-applicable' && !isBareNone(cell.text)) {
            context.report({ pointer, messageId: 'notApplicableValue', data });
          }
        }

        const hasName = readings.some(([cell]) => cell.role === 'name');
        const values = readings.filter(([cell]) => cell.role === 'value');
        if (values.length === 0) {
          context.report({ pointer: `${node.pointer}/value`, messageId: 'emptyValue', data: at });
        } else if (!hasName) {
          context.report({ pointer: `${node.pointer}/name`, messageId: 'emptyName', data: { ...at, text: values[0]![0].text.trim() } });
        }
      },
    };
  },
});
