/**
 * 必填项: what the national system refuses to save without ("第N行的计量单位为必录项，必须有值。").
 *  - the project name (when the table has the cell, or the document is not from a spreadsheet), and
 *    a 主管部门, 实施单位 or 项目属性 cell printed and left empty;
 *  - 计算符号, 计量单位 and 指标性质, on the rows of a table that has those columns and where other
 *    rows fill them: 计算符号 and 计量单位 only for a number or range target without them (no unit
 *    for a coefficient or an index, 系数/指数/比值, a pure number); the
 *    missing cells of one row are one finding;
 *  - a unit in the value when the table has no unit column and the value is a bare number, unless
 *    the name says the unit ("受益人数(人)", "结算项目数", "合格率", "变压器3台");
 *  - a list whose rows are all blank is one finding on the list (no-placeholder stays silent on it).
 * An empty name or value on a row that has the other is no-placeholder's (emptyName, emptyValue).
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorListNode, IndicatorNode, ProjectNode } from '../../src/engine/nodes.js';
import type { Indicator } from '../../src/document/model.js';
import { expectedUnitClasses, isDimensionlessName } from '../../src/analysis/vocabulary.js';
import { optionsLeftUnticked, shownLabel } from '../../src/analysis/text.js';
import type { LocalizedText } from '../../src/i18n.js';

type Field = 'operator' | 'unit' | 'valueType';

const FIELDS: readonly { field: Field; label: LocalizedText }[] = [
  { field: 'operator', label: { 'zh-CN': '计算符号', en: 'comparison sign' } },
  { field: 'unit', label: { 'zh-CN': '计量单位', en: 'unit' } },
  { field: 'valueType', label: { 'zh-CN': '指标性质', en: 'indicator type' } },
];

/** Export tables print "-" for an empty cell. */
function isEmptyCell(text: unknown): boolean {
  if (text === undefined || text === null) return true;
  const t = String(text).trim();
  return t === '' || t === '-' || t === '—' || t === '/';
}

/** A number with at most a comparison in front: "2", "≥50", "=100". */
const BARE_NUMBER = /^(?:[≥≤><=＞＜＝≧≦]|>=|<=)?\s*\d+(?:\.\d+)?$/;
/** A real name: two Chinese characters at least, no template marks (** ×× XX). */
const REAL_NAME = /[\u4e00-\u9fa5]{2}/;
const TEMPLATE_MARK = /\*|××|[xX]{2}/;

/** 主管部门, 项目主管部门, 实施单位 … printed with nothing beside them (the importer keeps such a blank in extensions). */
const BLANK_UNIT_LABEL = /(?:主管部门|实施单位|预算单位|填报单位|项目单位)/u;

/** 项目属性 printed with nothing beside it (广西 百色 2023): whether the project is new or continuing. */
const BLANK_ATTRIBUTE_LABEL = /^(?:项目|专项)属性$/u;

/**
 * The application's own fields printed with nothing beside them: the basis for setting the project
 * up (湖南 南岳 2023 专项立项依据), its implementation plan (甘肃 嘉峪关 2023 项目实施计划), the person
 * answerable for it (湖南 南岳 2018 项目负责人及电话, 江苏 镇江 2024 项目负责人/联系电话). Blind reviewers sent each back.
 */
const BLANK_FIELD_LABEL = /^(?:项目|专项)?(?:立项依据|实施计划|负责人(?:[及/、](?:联系)?电话)?)$/u;

/** "受益人数(人)", "任务完成时限(月)": the name carries the unit in brackets. */
const NAME_UNIT_BRACKET = /[(（][^()（）]{1,8}[)）]/;
/** "变压器3台", "38.75万元": the name states a quantity with its unit (misplaced-columns' case when it is all there is). */
const NAME_QUANTITY = /\d(?:\.\d+)?\s*[\u4e00-\u9fa5A-Za-z]/;

const joinLabels = (labels: readonly LocalizedText[]): LocalizedText => ({
  'zh-CN': labels.map((l) => l['zh-CN']).join('、'),
  en: labels.map((l) => l.en).join(', '),
});

export default createRule({
  name: 'required-fields',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '必填项不得为空', en: 'Required cells are filled' },
      recommended: 'error',
    },
    messages: {
      blankUnit: {
        'zh-CN': '项目“{{project}}”的“{{label}}”未填写：请填写部门或单位名称（一体化系统中为必录项）',
        en: 'the "{{label}}" of project "{{project}}" is empty: fill in the department or unit (the national system requires it)',
      },
      blankField: {
        'zh-CN': '项目“{{project}}”的“{{label}}”未填写：申报表印出的栏目都须填写',
        en: 'the "{{label}}" of project "{{project}}" is empty: every field the form prints is to be filled in',
      },
      blankAttribute: {
        'zh-CN': '项目“{{project}}”的“{{label}}”未填写：请注明是新增项目还是延续项目',
        en: 'the "{{label}}" of project "{{project}}" is empty: say whether the project is new or continuing',
      },
      attributeUnticked: {
        'zh-CN': '项目“{{project}}”的“{{label}}”列出的选项（“{{text}}”）一个也没有勾选：请勾选本项目所属的一项',
        en: 'none of the options the "{{label}}" of project "{{project}}" lists ("{{text}}") is ticked: tick the one the project belongs to',
      },
      missingProjectName: {
        'zh-CN': '第{{index}}个项目的项目名称为空：请填写项目名称',
        en: 'project {{index}} has no name: fill in the project name',
      },
      missingFields: {
        'zh-CN': '{{where}}未填写{{fields}}：其他行都填了，此行也必须填写（一体化系统中为必录项）',
        en: '{{where}} has no {{fields}}: other rows fill them and this row must too (the budget system requires them)',
      },
      unitNotInValue: {
        'zh-CN': '{{where}}的指标值“{{value}}”没有计量单位：本表没有计量单位栏，请把单位写进指标值，如“{{value}}个”“{{value}}人”',
        en: 'the target "{{value}}" of {{where}} has no unit: this table has no unit column, so write the unit into the value, e.g. "{{value}} items", "{{value}} people"',
      },
      emptyList: {
        'zh-CN': '{{where}}的{{count}}行指标都是空行（只有一级或二级指标）：请填写三级指标名称和指标值，或删除这些空行',
        en: 'all {{count}} indicator rows of {{where}} are blank (only first or second levels): fill in the indicators and their targets, or delete the rows',
      },
    },
    schema: false,
    defaultOptions: {},
  },
  create(context) {
    /**
     * The columns this list fills: 计算符号 and 计量单位 when any indicator row fills them (a blank one
     * is then judged by its value), 指标性质 when most rows do (exports leave it blank for 定量 rows).
     */
    function columnsFilled(rows: readonly IndicatorNode[]): Field[] {
      const indicators = rows.filter((r) => r.isIndicatorRow);
      return FIELDS.map((f) => f.field).filter((field) => {
        const filled = indicators.filter((r) => !isEmptyCell(r.value[field])).length;
        return field === 'valueType' ? filled * 2 > indicators.length : filled > 0;
      });
    }

    function missingOf(node: IndicatorNode, fields: readonly Field[]): Field[] {
      const reading = node.reading;
      const quantity = reading.kind === 'number' || reading.kind === 'range';
      const bare = BARE_NUMBER.test(node.value.value.trim());
      return fields.filter((field) => {
        if (!isEmptyCell(node.value[field])) return false;
        if (field === 'operator') return quantity && reading.comparison === undefined;
        // (a coefficient or an index is a pure number: 灌溉水有效利用系数 ≥0.6)
        if (field === 'unit') return bare && !isDimensionlessName(node.filled('name'));
        return true;
      });
    }

    function checkList(project: ProjectNode, list: IndicatorListNode): void {
      if (list.rows.every((r) => r.isBlankRow)) {
        context.report({ pointer: list.pointer, messageId: 'emptyList', data: { ...project.listWhere(list.isPeriod), count: list.rows.length } });
        return;
      }
      const fields = columnsFilled(list.rows);
      const hasUnitColumn = list.rows.some((r) => 'unit' in r.value);
      for (const node of list.rows) {
        // a row without a name is no-placeholder's (emptyName)
        if (!node.isIndicatorRow || node.shift || node.filled('name') === '') continue;
        const missing = missingOf(node, fields);
        if (missing.length > 0) {
          const field = missing[0] as keyof Indicator;
          context.report({
            pointer: field in node.value ? `${node.pointer}/${field}` : node.pointer,
            messageId: 'missingFields',
            data: { ...node.where(node.label), fields: joinLabels(missing.map((m) => FIELDS.find((f) => f.field === m)!.label)) },
          });
        }
        // points in the value column (misplaced-columns' pointsAsValue) want a target, not a unit
        if (!hasUnitColumn && !node.valueIsPoints && BARE_NUMBER.test(node.value.value.trim())) {
          const name = node.filled('name');
          if (!REAL_NAME.test(name) || TEMPLATE_MARK.test(name) || NAME_UNIT_BRACKET.test(name) || NAME_QUANTITY.test(name) || expectedUnitClasses(name) !== undefined || isDimensionlessName(name)) continue;
          context.report({ pointer: `${node.pointer}/value`, messageId: 'unitNotInValue', data: { ...node.where(node.label), value: node.value.value.trim() } });
        }
      }
    }

    return {
      project(project) {
        const name = project.value.name ?? '';
        const cells = project.value.source?.cells;
        // a spreadsheet that has no 项目名称 cell at all is the importer's to report
        if (name.trim() === '' && (project.value.source === undefined || (cells !== undefined && 'name' in cells))) {
          context.report({ pointer: `${project.pointer}/name`, messageId: 'missingProjectName', data: { index: project.index + 1 } });
        }
        for (const [label, text] of Object.entries(project.value.extensions ?? {})) {
          const shown = shownLabel(label);
          if (typeof text === 'string' && text !== '' && BLANK_ATTRIBUTE_LABEL.test(shown) && optionsLeftUnticked(text)) {
            context.report({ pointer: project.extensionPointer(label), messageId: 'attributeUnticked', data: { project: project.label, label: shown, text: text.trim() } });
          }
          if (text !== '') continue;
          const messageId = BLANK_UNIT_LABEL.test(shown) ? 'blankUnit' : BLANK_ATTRIBUTE_LABEL.test(shown) ? 'blankAttribute' : BLANK_FIELD_LABEL.test(shown) ? 'blankField' : undefined;
          if (messageId !== undefined) context.report({ pointer: project.extensionPointer(label), messageId, data: { project: project.label, label: shown } });
        }
        for (const list of project.lists) checkList(project, list);
      },
    };
  },
});
