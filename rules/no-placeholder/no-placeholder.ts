/**
 * 禁止占位或未填写的指标值. Templates ship with placeholders (文字描述, **人, >***%, XX) that clerks
 * are meant to overwrite; reviewers return tables that still carry them, or leave cells empty.
 *
 * Per row, in this order (one finding per problem, never three for one empty row):
 *  1. a row declaring its whole 二级 not applicable (不涉及 in name and value) is allowed, or one
 *     finding when `allowNotApplicableRows` is false;
 *  2. a row with neither name nor value (a stray 一级 cell) is one `blankRow` finding; a run of
 *     such rows under one 一级 cell is one `blankRows` finding; a row holding only the template's
 *     "……" in its 一级, 二级 or 三级 cell is `ellipsisRow`, and rows next to each other holding only
 *     what the template printed ("……", its numbering 指标2) are one `templateRows`; a list of nothing else is
 *     required-fields' one finding on the list. A 二级 listed with nothing under it (an exported
 *     table lists every category) is an empty category, not a blank row: not reported;
 *  3. each filled cell (name, value, description and their 个性 twins) that reads as a template
 *     placeholder is a finding at that cell; a name that keeps a template hint or stars around a
 *     real name ("培训人数(≥**人)", "*资产股权年收益率") is `nameHint`: delete the hint, keep the name; 不涉及 as the value of a named indicator is one too;
 *  4. a row whose cells stand in the wrong columns (see src/analysis/row-shift.ts) is one
 *     `shiftedColumns` or `swappedNameValue` finding, never "empty";
 *  5. a named row without a value is `emptyValue`; a valued row without a name is `emptyName`.
 *
 * Placeholder detection is the value parser's (`readIndicatorValue`): whole-cell words
 * (DEFAULT_PLACEHOLDERS + settings.placeholders + this rule's `placeholders`), template shapes
 * ('**人', '>***%', a cell holding only a unit such as '%' or '月/年') and embedded ** / XX.
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorNode } from '../../src/engine/nodes.js';
import type { Indicator } from '../../src/document/model.js';
import { readIndicatorValue, type IndicatorReading, type ReadingOptions } from '../../src/analysis/value-reading.js';
import { blankRuns, isBlank, isEmptyCategoryRow, type RowRun } from '../../src/analysis/rows.js';
import { isEllipsis, isIndicatorLibraryNote, isTemplateRowName, nameResidue, type NameResidue } from '../../src/analysis/template-residue.js';
import type { LocalizedText } from '../../src/i18n.js';
import { isTemplatePrompt } from '../../src/analysis/self-evaluation.js';
import { shownLabel } from '../../src/analysis/text.js';
import { isOptionList } from '../../src/analysis/target-words.js';
import { isSatisfactionRow } from '../../src/analysis/row-kinds.js';


export interface Options {
  placeholders: string[];
  allowNotApplicableRows: boolean;
  reportTemplateRows: boolean;
}

// ---------------------------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------------------------

type CellRole = 'name' | 'value' | 'description';

/** One column of a row: where it is, what a clerk calls it. */
interface Column {
  role: CellRole;
  /** JSON pointer suffix under the row */
  path: string;
  text(row: Indicator): string | undefined;
  field: LocalizedText;
}

/** Common columns first, then the 浙江 2019 个性 columns. Static: no per-row allocation. */
const COLUMNS: readonly Column[] = [
  { role: 'name', path: '/name', text: (r) => r.name, field: { 'zh-CN': '指标名称', en: 'indicator name' } },
  { role: 'value', path: '/value', text: (r) => r.value, field: { 'zh-CN': '指标值', en: 'target value' } },
  { role: 'description', path: '/description', text: (r) => r.description, field: { 'zh-CN': '指标描述', en: 'description' } },
  { role: 'name', path: '/personal/name', text: (r) => r.personal?.name, field: { 'zh-CN': '明细指标（个性）', en: 'personalised indicator name' } },
  { role: 'value', path: '/personal/value', text: (r) => r.personal?.value, field: { 'zh-CN': '指标值（个性）', en: 'personalised target value' } },
  { role: 'description', path: '/personal/description', text: (r) => r.personal?.description, field: { 'zh-CN': '指标描述（个性）', en: 'personalised description' } },
];

/** The column label of a cell path, for a message. */
function fieldName(path: string): LocalizedText | string {
  return COLUMNS.find((c) => c.path === path)?.field ?? path;
}

/** All this rule needs to know of a cell's reading. */
type CellKind = 'placeholder' | 'not-applicable' | 'other';

function kindOf(reading: IndicatorReading): CellKind {
  return reading.kind === 'placeholder' || reading.kind === 'not-applicable' ? reading.kind : 'other';
}

/** Longer than this, a cell is prose: whole-cell words and template shapes (≥**%, **元/人/天) are all shorter. */
const SHORT_CELL = 32;
/** A superset of the parser's embedded-placeholder pattern (**, ××, XX), without its word boundaries. */
const TEMPLATE_MARK = /\*\*|××|[xX]{2}/;

/** Whether the parser could read the cell as a placeholder or 不涉及; the parser still decides. */
export function mayBePlaceholder(text: string, shortCell = SHORT_CELL): boolean {
  return text.trim().length <= shortCell || TEMPLATE_MARK.test(text);
}

/** "无" alone may mean zero (安全事故 无) as well as not applicable: not this rule's call. */
function isBareNone(text: string): boolean {
  return text.trim().replace(/[。.]$/, '') === '无';
}

/** What a clerk calls the row: its first real name, else nothing (the row number says where). */
function rowLabel(row: Indicator, kinds: ReadonlyArray<CellKind | undefined>): string {
  for (const [i, column] of COLUMNS.entries()) {
    if (column.role === 'name' && kinds[i] === 'other') return (column.text(row) ?? '').trim();
  }
  return '';
}

function where(node: IndicatorNode, label: string): { where: LocalizedText; project: string; indicator: string; row: number } {
  return { ...node.where(label), project: node.project.label, indicator: label, row: node.index + 1 };
}

const WHAT_TO_WRITE_VALUE = {
  zh: '请填写具体目标值（计算符号、数值和单位），如“≥95%”“≥500人”“≤200元/人/天”；定性指标写可以检查的具体标准',
  en: 'write a concrete target (comparison, number and unit), e.g. "≥95%", "≥500 people", "≤200 yuan/person/day"; for a qualitative indicator, a concrete standard that can be checked',
};

/** A name cell holding only a number ("88", "95%"). */
const BARE_NUMBER = /^\d+(?:\.\d+)?\s*[%％]?$/;

export default createRule({
  name: 'no-placeholder',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '禁止占位或未填写的指标值', en: 'No template placeholders or unfilled indicator cells' },
      recommended: 'error',
    },
    messages: {
      templatePrompt: {
        'zh-CN': '项目“{{project}}”的“{{label}}”仍是表格的填写提示“{{text}}”：请按提示填写实际内容',
        en: 'the "{{label}}" of project "{{project}}" is still the form\'s fill-in prompt "{{text}}": write the actual content it asks for',
      },
      placeholderValue: {
        'zh-CN': `{{where}}的{{field}}“{{text}}”是模板占位符，没有填写实际目标：${WHAT_TO_WRITE_VALUE.zh}`,
        en: `the {{field}} "{{text}}" in {{where}} is a template placeholder, not a target: ${WHAT_TO_WRITE_VALUE.en}`,
      },
      placeholderName: {
        'zh-CN': '{{where}}的{{field}}“{{text}}”是模板占位符，不是指标名称：请写出具体、可衡量的三级指标名称，如“培训人数”“培训学员满意度”',
        en: 'the {{field}} "{{text}}" in {{where}} is a template placeholder, not an indicator name: name what is measured, e.g. "number of trainees", "trainee satisfaction"',
      },
      numberAsName: {
        'zh-CN': '{{where}}的{{field}}只是一个数字“{{text}}”，不是指标名称：请写出衡量什么（如“培训人数”“验收合格率”），数字写进指标值',
        en: 'the {{field}} in {{where}} is only the number "{{text}}", not an indicator name: name what is measured (e.g. "number of trainees", "acceptance pass rate") and put the number in the target',
      },
      nameHint: {
        'zh-CN': '{{where}}的{{field}}“{{text}}”中留有模板的填写提示或星号“{{residue}}”：请删去，指标名称写作“{{name}}”即可',
        en: 'the {{field}} "{{text}}" in {{where}} still carries the template\'s hint or stars "{{residue}}": delete them and keep the name "{{name}}"',
      },
      placeholderDescription: {
        'zh-CN': '{{where}}的{{field}}“{{text}}”是模板占位符：请写明该指标衡量什么、如何计算，或删除占位符',
        en: 'the {{field}} "{{text}}" in {{where}} is a template placeholder: say what the indicator measures and how, or remove the placeholder',
      },
      libraryNote: {
        'zh-CN': '项目“{{project}}”的表格仍保留指标库的填报说明“{{text}}”：这是从指标库中挑选指标时的说明，请删除，并核对所列指标是否都属于本项目',
        en: 'project "{{project}}" still carries the indicator library\'s instruction "{{text}}": it is for choosing from the library; delete it and check that every listed indicator belongs to this project',
      },
      optionList: {
        'zh-CN': '{{where}}的{{field}}“{{text}}”是模板列出的可选等级，没有选定目标：请只写本项目要达到的一个等级（如“高”），或改为可考核的目标值',
        en: 'the {{field}} "{{text}}" of {{where}} is the list of grades the template offers, not a chosen target: write the one grade the project aims for (e.g. 高), or a measurable target',
      },
      notApplicableValue: {
        'zh-CN': `{{where}}的{{field}}填的是“{{text}}”：这是一个有具体名称的指标，不能写“不涉及”。${WHAT_TO_WRITE_VALUE.zh}；若整个二级指标确实不涉及，请将名称、指标值和描述都写“不涉及”，或删除此行`,
        en: `the {{field}} of {{where}} is "{{text}}", but the row names a real indicator, so it cannot be "not applicable": ${WHAT_TO_WRITE_VALUE.en}; if the whole second-level category does not apply, write 不涉及 in name, value and description, or delete the row`,
      },
      notApplicableRow: {
        'zh-CN': '{{where}}（二级指标“{{level2}}”）整行填写“不涉及”：本配置不允许不涉及行，请设置适合本项目的指标，或删除此行',
        en: '{{where}} (second level "{{level2}}") declares the category not applicable; this configuration does not allow 不涉及 rows: set an indicator that fits the project, or delete the row',
      },
      emptyValue: {
        'zh-CN': `{{where}}的{{field}}未填写：${WHAT_TO_WRITE_VALUE.zh}`,
        en: `the {{field}} of {{where}} is empty: ${WHAT_TO_WRITE_VALUE.en}`,
      },
      emptyName: {
        'zh-CN': '{{where}}有指标值“{{text}}”，但指标名称未填写：请填写该指标衡量什么（三级指标名称），如“培训人数”“服务对象满意度”',
        en: '{{where}} has the target value "{{text}}" but no indicator name: name what is measured, e.g. "number of trainees", "beneficiary satisfaction"',
      },
      shiftedColumns: {
        'zh-CN': '{{where}}错栏：指标名称“{{name}}”填在了{{nameField}}栏，指标值“{{value}}”填在了{{valueField}}栏：请把它们移回指标名称栏和指标值栏',
        en: '{{where}} is filed in the wrong columns: the indicator name "{{name}}" stands in the {{nameField}} column and the target "{{value}}" in the {{valueField}} column: move them to the name and target-value columns',
      },
      swappedNameValue: {
        'zh-CN': '{{where}}的指标名称和指标值填反了：指标值栏是名称“{{name}}”，指标名称栏是目标“{{value}}”：请把“{{name}}”写作指标名称，把目标写成可考核的指标值（计算符号、数值和单位，如“≥90%”）',
        en: 'the name and the target of {{where}} are swapped: the target-value column holds the name "{{name}}" and the name column holds the target "{{value}}": write "{{name}}" as the indicator name and the target as a checkable value (comparison, number and unit, e.g. "≥90%")',
      },
      blankRows: {
        'zh-CN': '项目“{{project}}”{{list}}第{{first}}至{{last}}行都没有指标名称和指标值（共{{rows}}行）：若是模板多余的空行，请删除；否则请补全指标名称和指标值',
        en: 'rows {{first}} to {{last}} of {{list}}project "{{project}}" have no indicator name and no target value ({{rows}} rows): delete them if they are spare template rows; otherwise fill in names and targets',
      },
      ellipsisRow: {
        'zh-CN': '{{where}}只有模板的省略号“{{text}}”：这是模板提示“可增加指标”的行，请删除这一行，或在此填写需要的指标',
        en: '{{where}} holds only the template\'s "{{text}}", which marks where more indicators may be added: delete the row, or fill in an indicator there',
      },
      templateRows: {
        'zh-CN': '{{where}}{{span}}只有模板印好的{{printed}}，没有指标名称和指标值：这是模板预留的空行，请删除，或填写完整的指标',
        en: '{{where}}{{span}} holds only what the template printed ({{printed}}), with no indicator name and no target: these are the template\'s spare rows; delete them, or fill in complete indicators',
      },
      blankRow: {
        'zh-CN': '{{where}}没有指标名称，也没有指标值（只填了一级指标“{{level1}}”{{extra}}）：若是误填的单元格，请清空；否则请补全指标名称和指标值',
        en: '{{where}} has no indicator name and no target value (only the first level "{{level1}}"{{extra}}): if the cell was filled by mistake, clear it; otherwise fill in the name and the target value',
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
        reportTemplateRows: {
          type: 'boolean',
          description: 'false: rows holding only what the template printed (……, 指标2) are left alone, as some reviewers do / 不报告只有模板印好的“……”“指标2”的空行',
        },
      },
    },
    defaultOptions: { placeholders: [], allowNotApplicableRows: true, reportTemplateRows: true } as Options,
  },
  create(context) {
    const { placeholders: extraWords, allowNotApplicableRows, reportTemplateRows } = context.options;
    // Built on the first row: the analysis (with settings.placeholders) hangs off the document node.
    let readingOptions: ReadingOptions | undefined;
    const optionsFor = (node: IndicatorNode): ReadingOptions => {
      if (readingOptions) return readingOptions;
      const base = node.project.document.analysis.readingOptions;
      readingOptions = extraWords.length ? { ...base, placeholders: [...(base.placeholders ?? []), ...extraWords] } : base;
      return readingOptions;
    };

    // Long prose can only be a placeholder by embedding a template mark; skipping the parser for
    // the rest keeps descriptions (paragraphs, on every row) cheap. Extra words may be long.
    const shortCell = Math.max(SHORT_CELL, ...extraWords.map((w) => w.length), ...(context.settings.placeholders ?? []).map((w) => w.length));

    /** per list: the blank runs, by the row they start at; rows inside a longer run are skipped */
    type Runs = { starts: Map<number, RowRun>; inside: Set<number> };
    const runsByList = new WeakMap<readonly IndicatorNode[], { blank: Runs; template: Runs }>();
    /** the template's "……" in a blank row's 一级, 二级 or 三级 cell: which cell, if any */
    const ellipsisField = (node: IndicatorNode) => (['level2', 'level1', 'name'] as const).find((field) => isEllipsis(node.value[field]));
    /** a blank row the template printed: "……", or its numbering (指标2) where the name goes */
    const isTemplateRow = (node: IndicatorNode) => node.isBlankRow && (ellipsisField(node) !== undefined || isTemplateRowName(node.filled('name')));
    const runsOf = (rows: readonly IndicatorNode[], blockOf: (r: IndicatorNode) => string | undefined, single: boolean) => {
      const runs = blankRuns(rows, blockOf).filter((run) => single || run.end > run.start);
      const starts = new Map(runs.map((run) => [run.start, run]));
      const inside = new Set(runs.flatMap((run) => Array.from({ length: run.end - run.start }, (_, k) => run.start + k + 1)));
      return { starts, inside };
    };
    const blankRunsOf = (node: IndicatorNode) => {
      const rows = node.isPeriod ? node.project.periodIndicators : node.project.indicators;
      let info = runsByList.get(rows);
      if (!info) {
        const analysis = node.project.document.analysis;
        const isReportedBlank = (r: IndicatorNode) => r.isBlankRow && !r.isNotApplicableRow && !isTemplateRow(r) && !isEmptyCategoryRow(r.value, analysis);
        runsByList.set(
          rows,
          (info = {
            blank: runsOf(rows, (r) => (isReportedBlank(r) ? analysis.label(r.value.level1) : undefined), false),
            // rows the template printed, next to each other: one finding (指标2 and …… under each 二级 of a 自评表)
            template: runsOf(rows, (r) => (isTemplateRow(r) ? 'template' : undefined), true),
          }),
        );
      }
      return info;
    };

    // Names and short cells repeat across projects and files (template rows): each distinct text is
    // read once per run, in a memo of the run's analysis named for this rule's extra words.
    const kindMemo = `no-placeholder:kind:${extraWords.join('\u0000')}`;

    /** A name cell: the template residue left in it, memoised per distinct text. */
    const residues = new Map<string, NameResidue | undefined>();
    const residueOf = (text: string): NameResidue | undefined => {
      if (!residues.has(text)) residues.set(text, nameResidue(text));
      return residues.get(text);
    };
    /** Cheap test before the regexes: a template mark or a star. */
    const mayCarryResidue = (text: string): boolean => /[*＊★☆×xX≥≤＞＜><=＝]/u.test(text);

    /** node.reading is shared; re-read only when this rule adds words the shared reading lacks. */
    const kindOfCell = (node: IndicatorNode, column: Column, text: string): CellKind => {
      if (column.path === '/value') {
        if (node.reading.kind === 'placeholder' || extraWords.length === 0) return kindOf(node.reading);
        return kindOf(readIndicatorValue({ value: text, operator: node.value.operator, unit: node.value.unit }, optionsFor(node)));
      }
      if (!mayBePlaceholder(text, shortCell)) return 'other';
      const options = optionsFor(node);
      return node.project.document.analysis.memo(kindMemo, (cell) => kindOf(readIndicatorValue({ value: cell }, options)))(text);
    };

    return {
      project(project) {
        // prose blocks of a 自评表 (评价结论, 存在问题 …) kept in extensions under their labels
        for (const [label, text] of Object.entries(project.value.extensions ?? {})) {
          if (typeof text === 'string' && isIndicatorLibraryNote(text)) {
            context.report({ pointer: project.extensionPointer(label), messageId: 'libraryNote', data: { project: project.label, text: text.trim() } });
            continue;
          }
          if (typeof text !== 'string' || !isTemplatePrompt(text)) continue;
          context.report({ pointer: project.extensionPointer(label), messageId: 'templatePrompt', data: { project: project.label, label: shownLabel(label), text: text.trim() } });
        }
      },
      indicator(node) {
        if (node.isNotApplicableRow) {
          if (!allowNotApplicableRows) {
            context.report({ node, messageId: 'notApplicableRow', data: { ...where(node, ''), level2: node.value.level2 ?? node.value.level1 } });
          }
          return;
        }
        if (node.isBlankRow) {
          // a list of nothing but blank rows is one finding on the list (required-fields), not one per row
          if (node.project.isBlankList(node.isPeriod)) return;
          const runs = blankRunsOf(node);
          if (isTemplateRow(node)) {
            if (!reportTemplateRows) return;
            const run = runs.template.starts.get(node.index);
            if (run === undefined) return;
            const field = ellipsisField(node);
            if (run.end === run.start && field !== undefined) {
              context.report({ pointer: `${node.pointer}/${field}`, messageId: 'ellipsisRow', data: { ...where(node, ''), text: node.value[field]!.trim() } });
              return;
            }
            const list = node.isPeriod ? node.project.periodIndicators : node.project.indicators;
            const printed = [...new Set(list.slice(run.start, run.end + 1).map((r) => (r.filled('name') || r.value.level2 || r.value.level1).trim()))].filter((t) => t !== '');
            const rows = run.end - run.start + 1;
            const span = rows === 1 ? '' : { 'zh-CN': `起的${rows}行`, en: ` and the ${rows - 1} row(s) after it` };
            context.report({ pointer: `${node.pointer}/name`, messageId: 'templateRows', data: { ...where(node, ''), span, printed: printed.map((t) => `“${t}”`).join('') } });
            return;
          }
          const blocks = runs.blank;
          if (blocks.inside.has(node.index) || isEmptyCategoryRow(node.value, node.project.document.analysis)) return;
          const run = blocks.starts.get(node.index);
          if (run) {
            const list = node.isPeriod ? { 'zh-CN': '实施期指标', en: 'the period indicators of ' } : '';
            context.report({ node, messageId: 'blankRows', data: { project: node.project.label, list, first: run.start + 1, last: run.end + 1, rows: run.end - run.start + 1 } });
            return;
          }
          const hasDescription = !isBlank(node.value.description) || !isBlank(node.value.personal?.description);
          context.report({
            node,
            messageId: 'blankRow',
            data: { ...where(node, ''), level1: node.value.level1.trim(), extra: hasDescription ? { 'zh-CN': '和指标描述', en: ' and a description' } : '' },
          });
          return;
        }

        // a 自评表's 决策/过程 item sets no target: its 指标值 is printed "—" or left empty
        if (node.isEvaluationItem) return;

        const shift = node.shift;
        if (shift) {
          const data = {
            ...where(node, shift.name.text),
            name: shift.name.text,
            value: shift.value.text,
            nameField: fieldName(shift.name.path),
            valueField: fieldName(shift.value.path),
          };
          const messageId = shift.kind === 'shifted' ? 'shiftedColumns' : 'swappedNameValue';
          context.report({ pointer: node.pointer + shift.value.path, messageId, data });
          return;
        }

        const row = node.value;
        // kinds[i]: the reading of COLUMNS[i], undefined when that cell is blank
        const kinds = COLUMNS.map((column) => {
          const text = column.text(row);
          return isBlank(text) ? undefined : kindOfCell(node, column, text!);
        });
        let at: ReturnType<typeof where> | undefined; // built only when the row has something to report
        const here = () => (at ??= where(node, rowLabel(row, kinds)));

        let hasName = false;
        let firstValue: string | undefined;
        for (const [i, column] of COLUMNS.entries()) {
          const kind = kinds[i];
          if (kind === undefined) continue;
          const text = column.text(row)!.trim();
          if (column.role === 'name') hasName = true;
          if (column.role === 'value') firstValue ??= text;
          if (column.role === 'name' && kind !== 'not-applicable' && mayCarryResidue(text)) {
            const residue = residueOf(text);
            if (residue) {
              context.report({ pointer: node.pointer + column.path, messageId: 'nameHint', data: { ...here(), field: column.field, text, ...residue } });
              continue;
            }
          }
          // 高中低 left as the value: the options, not a choice (on a satisfaction row, satisfaction-value's grade finding)
          if (column.role === 'value' && isOptionList(text)) {
            if (!isSatisfactionRow(row, { level1: node.level1, level2: node.level2 }, (n) => node.project.document.analysis.vocabulary.isSatisfactionName(n))) {
              context.report({ pointer: node.pointer + column.path, messageId: 'optionList', data: { ...here(), field: column.field, text } });
            }
            continue;
          }
          // "88" as the 三级 (湖南 宁乡 2021): a number names nothing
          if (column.role === 'name' && BARE_NUMBER.test(text)) {
            context.report({ pointer: node.pointer + column.path, messageId: 'numberAsName', data: { ...here(), field: column.field, text } });
            continue;
          }
          if (kind === 'other' || (kind === 'not-applicable' && (column.role !== 'value' || isBareNone(text)))) continue;
          const messageId =
            kind === 'not-applicable' ? 'notApplicableValue' : column.role === 'value' ? 'placeholderValue' : column.role === 'name' ? 'placeholderName' : 'placeholderDescription';
          context.report({ pointer: node.pointer + column.path, messageId, data: { ...here(), field: column.field, text } });
        }

        if (firstValue === undefined) {
          // a 个性 row is filled in the 个性 columns: name the column the clerk has to fill
          const field = { field: fieldName(row.personalized ? '/personal/value' : '/value') };
          context.report({ pointer: `${node.pointer}/value`, messageId: 'emptyValue', data: { ...here(), ...field } });
        } else if (!hasName) {
          context.report({ pointer: `${node.pointer}/name`, messageId: 'emptyName', data: { ...here(), text: firstValue } });
        }
      },
    };
  },
});
