/**
 * 必填项: what the national system refuses to save without ("第N行的计量单位为必录项，必须有值。").
 *  - the project name (when the table has the cell, or the document is not from a spreadsheet), and
 *    a 主管部门, 实施单位 or 项目属性 cell printed and left empty;
 *  - 计算符号, 计量单位 and 指标性质, on the rows of a table that has those columns and where other
 *    rows fill them: 计算符号 and 计量单位 only for a number or range target without them (no unit
 *    for a coefficient or an index, 系数/指数/比值, a pure number); the
 *    missing cells of one row are one finding;
 *  - a unit in the value when the table has no unit column and the value is a bare number (see
 *    wantsUnitInValue);
 *  - a list whose rows are all blank is one finding on the list (no-placeholder stays silent on it).
 * An empty name or value on a row that has the other is no-placeholder's (emptyName, emptyValue).
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorListNode, IndicatorNode, ProjectNode } from '../../src/engine/nodes.js';
import type { Indicator } from '../../src/document/model.js';
import { expectedUnitClasses, isDimensionlessName, normalizeIndicatorLabel, stripTrailingBrackets } from '../../src/analysis/vocabulary.js';
import { excerpt, normalizeForCopyComparison, optionsLeftUnticked, shownLabel } from '../../src/analysis/text.js';
import { statedGoals } from '../../src/analysis/goal-words.js';
import { UNIT_CLASS_WORDS } from '../../src/analysis/unit-class-words.js';
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

/** a form's title (…支出绩效自评表, …绩效目标申报表) or a notice's (关于下达…的通知) */
const FORM_TITLE = /(?:支出)?(?:绩效)?(?:自评|目标|目标申报|申报|评价)表$/u;
const NOTICE_TITLE = /^关于(?:下达|拨付|安排|印发|分配)/u;

/** The project name is the title of the form or of the funding notice (云南 丽江 2020, 海南 海口 2017). */
function titleAsName(name: string): { what: LocalizedText; suggested: string } | undefined {
  const text = name.trim();
  const notice = NOTICE_TITLE.exec(text);
  if (notice) return { what: { 'zh-CN': '资金文件的标题', en: 'the title of the funding notice' }, suggested: text.slice(notice[0].length).replace(/的通知$/u, '') };
  const form = FORM_TITLE.exec(text);
  return form !== null && form.index > 0 ? { what: { 'zh-CN': '表格的标题', en: 'the title of the form' }, suggested: text.slice(0, form.index) } : undefined;
}

/** 主管部门, 项目主管部门, 实施单位 … printed with nothing beside them (the importer keeps such a blank in extensions). */
const BLANK_UNIT_LABEL = /(?:主管部门|实施单位|预算单位|填报单位|项目单位)/u;
/** 主管部门(单位)名称及部门预算编码 is about as long as a form's label gets */
const MAX_FIELD_LABEL = 20;

/** 项目属性 printed with nothing beside it (广西 百色 2023): whether the project is new or continuing. */
const BLANK_ATTRIBUTE_LABEL = /^(?:项目|专项)属性$/u;
/** A field the form offers choices for: 项目属性, 项目类别, 项目类型 (湖北 自评表) */
const CHOICE_LABEL = /^(?:项目|专项)(?:属性|类别|类型)$/u;

/**
 * The application's own fields printed with nothing beside them: the basis for setting the project
 * up (湖南 南岳 2023 专项立项依据), its implementation plan (甘肃 嘉峪关 2023 项目实施计划), the person
 * answerable for it (湖南 南岳 2018 项目负责人及电话, 江苏 镇江 2024 项目负责人/联系电话), and a 自评表's
 * account of what was done (四川 青神 2023 2.项目实施内容及过程概述, numbered as its form numbers it).
 * Blind reviewers sent each back. A yes-or-no field left blank (河北 成安 2020 是否为专项资金:) answers
 * nothing either (the first reading).
 */
const BLANK_FIELD_LABEL = /^(?:\d+[.、．])?(?:项目|专项)?(?:立项依据|实施计划|实施内容及过程概述|负责人(?:[及/、](?:联系)?电话)?)$|^是否为?[^:：]{2,8}[:：]?$/u;

/**
 * Fields whose texts may rightly repeat: a self-evaluation's account of what was done restating
 * what was planned (self-evaluation-consistency judges that), and money lines (总额 = 财政拨款 when
 * there is one source).
 */
const MAY_REPEAT_LABEL = /完成情况|综述|评价|得分|资金|拨款|预算|金额|经费|收入|支出/u;
/** Prose of 8 Chinese characters at least: shorter texts (无, 同上, a unit's name) and numbers (a phone, a date) repeat by nature. */
const COPY_MIN_WORDS = 8;

/**
 * The form's own fields that say word for word what an earlier one says: 南岳 2023's
 * 单位已有的保证专项实施的制度、措施 is its 专项概况 again (sent back by the blind reading), 潼南
 * 2023's 立项依据 its 项目概况. Each copy is reported once, naming the first field that says it.
 */
function copiedFields(extensions: Readonly<Record<string, unknown>>): Array<{ label: string; source: string; text: string }> {
  const firstSaidBy = new Map<string, string>();
  const copies: Array<{ label: string; source: string; text: string }> = [];
  for (const [label, value] of Object.entries(extensions)) {
    if (typeof value !== 'string' || MAY_REPEAT_LABEL.test(shownLabel(label))) continue;
    const text = normalizeForCopyComparison(value);
    if (text.replace(/[^\u4e00-\u9fff]/gu, '').length < COPY_MIN_WORDS) continue;
    const source = firstSaidBy.get(text);
    if (source === undefined) firstSaidBy.set(text, label);
    else copies.push({ label, source, text: value.trim() });
  }
  return copies;
}

/** "受益人数(人)", "任务完成时限(月)": the name ends in its unit in brackets ("会议（培训）天数" does not). */
const NAME_UNIT_BRACKET = /[(（][^()（）]{1,8}[)）]$/;
/** "变压器3台", "38.75万元": the name states a quantity with its unit (misplaced-columns' case when it is all there is). */
const NAME_QUANTITY = /\d(?:\.\d+)?\s*[\u4e00-\u9fa5A-Za-z]/;

/** "0" is the same in every unit (超标准项目比例 0, 变质比例 0). */
const ZERO = /^(?:[≥≤><=＞＜＝≧≦]|>=|<=)?\s*0+(?:\.0+)?$/;

/**
 * A bare number in a table with no unit column wants its unit, whatever the name counts: both
 * readings sent back 全县参合人数 8755 and 配备车辆数 10. Not when the name carries a unit or a
 * quantity, names a pure number or a rate (a rate without % is consistent-units'), or is no real
 * name; nor when a name that says what it counts has its number stated with a unit in the goal
 * (结算项目数 3 beside "完成3个项目补助尾款结算", 广东 东莞 2019, which both readings defended).
 * A name ending in the open-ended 数量 says nothing of the unit, whatever the goal says (开设课程数量
 * 220 beside the goal's "220门", 湖北 黄石 2022, sent back by both).
 */
function wantsUnitInValue(written: string, value: string, goals: string): boolean {
  if (!BARE_NUMBER.test(value) || ZERO.test(value)) return false;
  const name = written.trim();
  if (!REAL_NAME.test(name) || TEMPLATE_MARK.test(name) || NAME_UNIT_BRACKET.test(name) || NAME_QUANTITY.test(normalizeIndicatorLabel(name)) || isDimensionlessName(name)) return false;
  const classes = expectedUnitClasses(name);
  if (classes?.includes('percent')) return false;
  if (classes === undefined || normalizeIndicatorLabel(name).endsWith('数量')) return true;
  const number = /\d+(?:\.\d+)?/.exec(value)![0];
  return !new RegExp(`(?<![\\d.])${number.replace('.', '\\.')}\\s*[\\u4e00-\\u9fa5]`, 'u').test(goals);
}

/**
 * The unit the name's class is written in (全县参合人数 → 人), 个 for a name that counts without
 * saying what in (重点建设工程安排数量), or undefined for a name that measures nothing one can tell
 * (学校发展能力 100, 长期使用性 100: 河北 廊坊 2019, sent back by both readings as not checkable).
 */
function unitSuggested(name: string): string | undefined {
  const unit = expectedUnitClasses(name)?.map((c) => UNIT_CLASS_WORDS[c].unit).find((u) => u !== '');
  return unit ?? (COUNTED.test(stripTrailingBrackets(normalizeIndicatorLabel(name))) ? '个' : undefined);
}

/** a name that counts: …数, …数量, …个数 */
const COUNTED = /数量?$/u;

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
        'zh-CN': '项目“{{project}}”的“{{label}}”未填写：表中印出的栏目都须填写',
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
      copiedField: {
        'zh-CN': '项目“{{project}}”的“{{label}}”与“{{source}}”写的完全相同（“{{text}}”）：照抄别栏等于没有填写，请按本栏要求填写',
        en: 'the "{{label}}" of project "{{project}}" says exactly what its "{{source}}" says ("{{text}}"): a copy of another field fills in nothing; write what this field asks for',
      },
      missingProjectName: {
        'zh-CN': '第{{index}}个项目的项目名称为空：请填写项目名称',
        en: 'project {{index}} has no name: fill in the project name',
      },
      projectNameIsTitle: {
        'zh-CN': '项目名称“{{name}}”是{{what}}，不是项目本身的名称：请填写项目名称，如“{{suggested}}”',
        en: 'the project name "{{name}}" is {{what}}, not the name of the project: write the project\'s own name, e.g. "{{suggested}}"',
      },
      missingFields: {
        'zh-CN': '{{where}}未填写{{fields}}：其他行都填了，此行也必须填写（一体化系统中为必录项）',
        en: '{{where}} has no {{fields}}: other rows fill them and this row must too (the budget system requires them)',
      },
      unitNotInValue: {
        'zh-CN': '{{where}}的指标值“{{value}}”没有计量单位：本表没有计量单位栏，请把单位写进指标值，如“{{example}}”',
        en: 'the target "{{value}}" of {{where}} has no unit: this table has no unit column, so write the unit into the value, e.g. "{{example}}"',
      },
      unmeasuredValue: {
        'zh-CN': '{{where}}的指标值“{{value}}”没有计量单位，指标名称也看不出计量的是什么，“{{value}}”无法考核：请把指标改为可计量的名称并写明单位，如“受益人数 ≥500人”“设施完好率 ≥95%”',
        en: 'the target "{{value}}" of {{where}} has no unit, and the name does not say what is measured, so "{{value}}" cannot be checked: name something measurable and give its unit, e.g. "受益人数 ≥500人", "设施完好率 ≥95%"',
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
      const goals = hasUnitColumn ? '' : statedGoals(project.value).map((g) => g.text).join('；');
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
        // points in the value column (misplaced-columns' pointsAsValue) want a target, not a unit; a
        // 个性 row with a 个性 target cell writes its unit there ("**元/人/天")
        if (!hasUnitColumn && !node.valueIsPoints && (node.value.personal?.name ?? '') === '' && wantsUnitInValue(node.filled('name'), node.value.value.trim(), goals)) {
          const value = node.value.value.trim();
          const unit = unitSuggested(node.filled('name'));
          if (unit === undefined) context.report({ pointer: `${node.pointer}/value`, messageId: 'unmeasuredValue', data: { ...node.where(node.label), value } });
          else context.report({ pointer: `${node.pointer}/value`, messageId: 'unitNotInValue', data: { ...node.where(node.label), value, example: `${value}${unit}` } });
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
        // (a 部门整体 table is named by its title: the importer's choice, not the clerk's)
        const title = project.value.kind === 'overall' ? undefined : titleAsName(name);
        if (title) context.report({ pointer: `${project.pointer}/name`, messageId: 'projectNameIsTitle', data: { name: name.trim(), ...title } });
        for (const [label, text] of Object.entries(project.value.extensions ?? {})) {
          const shown = shownLabel(label);
          if (typeof text === 'string' && text !== '' && CHOICE_LABEL.test(shown) && optionsLeftUnticked(text)) {
            context.report({ pointer: project.extensionPointer(label), messageId: 'attributeUnticked', data: { project: project.label, label: shown, text: text.trim() } });
          }
          // (a sentence kept with nothing beside it, "项目单位按项目实施内容设置了11个指标…" (浙江 慈溪 2023), is no label left blank)
          if (text !== '' || shown.length > MAX_FIELD_LABEL) continue;
          const messageId = BLANK_UNIT_LABEL.test(shown) ? 'blankUnit' : BLANK_ATTRIBUTE_LABEL.test(shown) ? 'blankAttribute' : BLANK_FIELD_LABEL.test(shown) ? 'blankField' : undefined;
          if (messageId !== undefined) context.report({ pointer: project.extensionPointer(label), messageId, data: { project: project.label, label: shown } });
        }
        for (const copy of copiedFields(project.value.extensions ?? {})) {
          context.report({ pointer: project.extensionPointer(copy.label), messageId: 'copiedField', data: { project: project.label, label: shownLabel(copy.label), source: shownLabel(copy.source), text: excerpt(copy.text) } });
        }
        for (const list of project.lists) checkList(project, list);
      },
    };
  },
});
