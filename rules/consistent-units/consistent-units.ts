/**
 * 计量单位应与指标一致: the unit a row is measured in must fit the value, the 计量单位 column, the
 * indicator's name, the other rows of the same name in the department, and the project's budget.
 *
 * Conservative by design: every check needs a unit actually written (in the value or the 计量单位
 * column). A bare number, a placeholder or prose has no unit to disagree with, and unknown unit
 * spellings (class 'other') are never compared.
 */
import { createRule } from '../../src/engine/rule.js';
import type { IndicatorNode, ProjectNode } from '../../src/engine/nodes.js';
import type { MoneyUnit } from '../../src/document/model.js';
import { isUnitClass, normalizeUnit, readIndicatorValue, readOperator, type IndicatorReading, type UnitClass } from '../../src/analysis/value-reading.js';
import { expectedUnitClasses, type NameUnitRule } from '../../src/analysis/vocabulary.js';
import { isNameLike } from '../../src/analysis/text.js';
import { COST_LEVEL2, documentMoneyUnit, isRateFiledAsCost, isTotalCostRow, upperBound } from '../../src/analysis/money.js';
import { DATE_NAME_WORDS, excelSerialDate } from '../../src/analysis/excel-dates.js';
import { UNIT_CLASS_WORDS } from '../../src/analysis/unit-class-words.js';
import type { LocalizedText } from '../../src/i18n.js';
import { writtenTarget } from '../../src/analysis/rows.js';
import { nonStandardSpelling } from '../../src/analysis/unit-spellings.js';
import { isAimName, isPercentOfNothing, isTimelinessName, namesDuration, namesPerUnitStandard } from '../../src/analysis/name-measures.js';
import { isTimelinessRow } from '../../src/analysis/row-kinds.js';
import { outlineHeadingIndex } from '../../src/analysis/outline.js';


interface Options {
  moneyScaleRatio: number;
  canExceed100Names: string[];
}

/** Rates whose name says they measure a change or an achievement against a plan: 120% is a real target. */
const DEFAULT_CAN_EXCEED_100 = ['增长', '增幅', '增速', '提高率', '提升率', '同比', '环比', '完成率', '达成率', '变动率', '变化率'];

/**
 * Classes that measure the same kind of quantity: 人 and 人次, 天 and 小时 may differ between
 * projects without the name meaning something else. Money totals and money rates (元 vs 元/吨)
 * are different quantities, so they are different families.
 */
const FAMILY: Readonly<Partial<Record<UnitClass, string>>> = {
  percent: 'ratio',
  permille: 'ratio',
  people: 'people',
  'person-times': 'people',
  count: 'countable',
  times: 'countable',
  documents: 'countable',
  livestock: 'countable',
  days: 'duration',
  hours: 'duration',
  months: 'duration',
  years: 'duration',
  money: 'money',
  'rate-money': 'rate-money',
  area: 'area',
  mass: 'mass',
  length: 'length',
  volume: 'volume',
};


/** Head counts and item counts: what an on-time indicator cannot be measured in. */
const COUNTED: ReadonlySet<UnitClass> = new Set<UnitClass>(['people', 'person-times', 'count', 'documents', 'livestock']);

const PROBLEM_VALUE_KINDS = new Set<IndicatorReading['kind']>(['number', 'range']);

// ---------------------------------------------------------------------------------------------
// Small pure helpers
// ---------------------------------------------------------------------------------------------

/** settings.unitClassesByName → suffix rules; an empty list switches a built-in ending off. */
function nameRulesFrom(config: unknown): NameUnitRule[] {
  if (config === null || typeof config !== 'object' || Array.isArray(config)) return [];
  return Object.entries(config as Record<string, unknown>).map(([pattern, classes]) => ({
    pattern,
    match: 'suffix' as const,
    classes: Array.isArray(classes) ? classes.filter(isUnitClass) : null,
  }));
}

function expectedFor(name: string, rules: readonly NameUnitRule[]): readonly UnitClass[] | undefined {
  const classes = expectedUnitClasses(name, rules);
  return classes && classes.length > 0 ? classes : undefined;
}

/** A class we can compare: known, and a quantity (not a date granularity). */
function comparableClass(c: UnitClass | undefined): c is UnitClass {
  return c !== undefined && c !== 'other' && c !== 'date';
}

/** A 指标描述 short enough to be a label (合格率, 确保网站运营安全率), not a sentence. */
const LABEL_MAX_LENGTH = 16;

/**
 * Why the row is a rate, as the name to show: the name itself (…率, …满意度), or — when the name
 * implies nothing — a one-label description that does (质量达到储备标准 described as 合格率).
 */
function rateLabel(
  node: IndicatorNode,
  name: string,
  expected: readonly UnitClass[] | undefined,
  rules: readonly NameUnitRule[],
): string | undefined {
  const vocabulary = node.project.document.analysis.vocabulary;
  if (vocabulary.isSatisfactionName(name) || expected?.includes('percent')) return name;
  if (expected !== undefined) return undefined; // the name says money, days …: the description cannot overrule it
  const description = node.project.document.analysis.label(node.value.description ?? '');
  if (!isNameLike(description, { maxLength: LABEL_MAX_LENGTH })) return undefined;
  const described = expectedFor(description, rules);
  const isRate = vocabulary.isSatisfactionName(description) || (described?.includes('percent') ?? false);
  return isRate ? `${name}（${description}）` : undefined;
}

/** `label`: the name as normalizeIndicatorLabel gives it */
function canExceed100(label: string, words: readonly string[]): boolean {
  return words.some((w) => w !== '' && label.includes(w));
}

/** The value as the clerk sees it, with the 计量单位 column when the value carries no unit. */
function shownValue(node: IndicatorNode): string {
  const value = node.value.value.trim();
  const column = (node.value.unit ?? '').trim();
  return node.reading.valueUnit === undefined && column !== '' ? `${value} ${column}` : value;
}

/** the table's money unit; undefined when a spreadsheet did not state it */
function moneyUnitOf(node: IndicatorNode): MoneyUnit | undefined {
  return documentMoneyUnit(node.project.document.value);
}

function budgetOf(project: ProjectNode): number | undefined {
  const total = project.value.funding?.total;
  return typeof total === 'number' && Number.isFinite(total) && total > 0 ? total : undefined;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(6)));
}


/** Replace the last occurrence of `from` in `text`. */
function replaceLast(text: string, from: string, to: string): string | undefined {
  const at = text.lastIndexOf(from);
  return at < 0 ? undefined : text.slice(0, at) + to + text.slice(at + from.length);
}

/** What to write instead, when the name wants one class and the value is in another. */
function nameMismatchHint(node: IndicatorNode, expected: UnitClass, rules: readonly NameUnitRule[]): LocalizedText {
  const reading = node.reading;
  const words = UNIT_CLASS_WORDS[expected];
  // When the description measures what the value measures, the name is the odd one out.
  const described = expectedFor(node.project.document.analysis.label(node.value.description ?? ''), rules);
  if (reading.unitClass !== undefined && described?.includes(reading.unitClass)) {
    return {
      'zh-CN': `指标描述“${(node.value.description ?? '').trim()}”与指标值一致，应是指标名称有误：请改正指标名称。`,
      en: `the description "${(node.value.description ?? '').trim()}" agrees with the value, so the name is the likely error: correct the indicator name.`,
    };
  }
  const fixName = { 'zh-CN': '若数值本身无误，请改正指标名称。', en: 'or correct the indicator name if the number is right.' };
  if (expected === 'money' || expected === 'rate-money') {
    const budget = budgetOf(node.project);
    // under 数量 a fee counted in 个 (安徽 金寨 2021 安置小区物业费 8个) may be the name's slip
    const costRow = node.level1 === '成本指标' || (node.level2 !== null && COST_LEVEL2.has(node.level2));
    if (!costRow) return { 'zh-CN': `请改用${words.name['zh-CN']}填写；${fixName['zh-CN']}`, en: `write it in ${words.name.en}, ${fixName.en}` };
    if (budget !== undefined && expected === 'money') {
      const example = `≤${formatNumber(budget)}${moneyUnitOf(node) ?? ''}`;
      // a cost target is an amount: renaming it into a ratio is no fix
      return {
        'zh-CN': `请填写具体金额，如不超过本项目资金总额的“${example}”。`,
        en: `state the amount of money, e.g. "${example}" (the project's total funding).`,
      };
    }
    return { 'zh-CN': `请改用${words.name['zh-CN']}填写。`, en: `write it in ${words.name.en}.` };
  }
  if (expected === 'percent' || expected === 'permille') {
    return {
      'zh-CN': `请改为${words.name['zh-CN']}，即所达到的比例；${fixName['zh-CN']}`,
      en: `write the share achieved as ${words.name.en}, ${fixName.en}`,
    };
  }
  // a mechanical example only for a short quantity: a clause around the number would stay wrong
  if (reading.valueUnit !== undefined && !/[，,。；;]/.test(node.value.value)) {
    const example = replaceLast(node.value.value.trim(), reading.valueUnit, words.unit);
    if (example !== undefined) {
      return {
        'zh-CN': `请改为以${words.name['zh-CN']}计的值，如“${example}”；${fixName['zh-CN']}`,
        en: `write it in ${words.name.en}, e.g. "${example}", ${fixName.en}`,
      };
    }
  }
  return {
    'zh-CN': `请把计量单位改为“${words.unit}”并核实数值；${fixName['zh-CN']}`,
    en: `change the unit to "${words.unit}" and check the number, ${fixName.en}`,
  };
}

/**
 * A 三级 named after a category (社会效益, 可持续影响): different projects put different measures
 * under it, so the same name is no evidence that they measure the same thing.
 */
function isCategoryName(node: IndicatorNode, name: string): boolean {
  const vocabulary = node.project.document.analysis.vocabulary;
  return vocabulary.level1(name) !== null || vocabulary.level2(name) !== null;
}

interface Occurrence {
  node: IndicatorNode;
  family: string;
  pointer: string;
}

/** The family most rows of a name use; a tie goes to the one seen first. */
function referenceFamily(list: readonly Occurrence[]): string {
  const counts = new Map<string, number>();
  for (const o of list) counts.set(o.family, (counts.get(o.family) ?? 0) + 1);
  let best = list[0]!.family;
  for (const [family, n] of counts) if (n > counts.get(best)!) best = family;
  return best;
}

/** Where a unit problem lives: the value when the unit is written there, else the 计量单位 cell. */
function unitPointer(node: IndicatorNode): string {
  return node.reading.valueUnit === undefined && node.value.unit !== undefined ? `${node.pointer}/unit` : `${node.pointer}/value`;
}

/** "≤35/亩": a number per something, with no currency in front of the "/". */
const PER_SOMETHING = /\d\s*\/\s*[^\d\s/]/u;
/** "每亩300" (湖南 零陵 2021): per something, then a number with no currency */
/** A name that asks a yes/no question: 是否满意, 资金是否全部纳入医保统筹. */
const YES_NO_NAME = /是否/u;
const PER_FIRST = /^每\s*([\u4e00-\u9fa5]{1,3})\s*(\d+(?:\.\d+)?)$/u;
/** Unit classes a cost can never be counted in when written per something (人/天 for 元/人·天). */
const NOT_MONEY_PER = new Set<UnitClass>(['people', 'person-times', 'days', 'hours', 'times', 'count']);
/** A quantity written inside a name: 村组干部230人, 培训500人次. */
const NAME_QUANTITY = /(\d+(?:\.\d+)?)\s*(人次|人|户|个|名|家|次)/u;
/** A count closing a name: 新建水泥路1条, 供水设施3座. */
const NAME_COUNT_ENDING = /\d+\s*(?:条|座|处|台|套|辆|栋|间|所|个|项)$/u;
/** Classes a count in the name cannot be (a length is not a number of roads), with the word a name uses for each. */
const MEASURED_NAME: Readonly<Partial<Record<UnitClass, string>>> = { length: '长度', area: '面积', volume: '体积', mass: '重量' };

/** The cells a unit spelling is looked for in, with their names for messages. */
const SPELLING_CELLS = [
  ['value', { 'zh-CN': '指标值', en: 'value' }],
  ['unit', { 'zh-CN': '计量单位', en: 'unit' }],
] as const;

// ---------------------------------------------------------------------------------------------
// The rule
// ---------------------------------------------------------------------------------------------

export default createRule({
  name: 'consistent-units',
  meta: {
    type: 'problem',
    docs: {
      description: { 'zh-CN': '计量单位应与指标一致', en: 'Units must fit the indicator, its value and its budget' },
      recommended: 'warn',
    },
    hasSuggestions: true,
    fixable: true,
    messages: {
      valueUnitMismatch: {
        'zh-CN': '{{where}}：指标“{{name}}”的指标值“{{value}}”写的单位是“{{valueUnit}}”，与计量单位栏的“{{columnUnit}}”不一致：请核实哪个正确并统一，指标值栏只填数字，单位填在计量单位栏。',
        en: '{{where}}: indicator "{{name}}": the value "{{value}}" is in "{{valueUnit}}" but the unit column says "{{columnUnit}}": decide which is right; put only the number in the value and the unit in the unit column.',
      },
      nameUnitMismatch: {
        'zh-CN': '{{where}}：指标“{{name}}”应以{{expected}}计，但指标值“{{value}}”以“{{unit}}”计：{{hint}}',
        en: '{{where}}: indicator "{{name}}" should be measured in {{expected}}, but the value "{{value}}" is in "{{unit}}": {{hint}}',
      },
      percentOver100: {
        'zh-CN': '{{where}}：指标“{{name}}”是比率，最高只能是100%，但指标值“{{value}}”超过了100%：请改为不超过100%的值；若本意是增长幅度，请在名称中写明“增长率”。',
        en: '{{where}}: indicator "{{name}}" is a rate and cannot exceed 100%, but the value "{{value}}" does: use a value of at most 100%, or say 增长率 in the name if it measures growth.',
      },
      atLeast100Percent: {
        'zh-CN': '{{where}}：指标“{{name}}”是比率，不可能超过100%，“{{written}}”实际只能是“=100%”：请写成“=100%”{{signHint}}。',
        en: '{{where}}: indicator "{{name}}" is a rate and cannot exceed 100%, so "{{written}}" can only mean "=100%": write "=100%"{{signHint}}.',
      },
      suggestEquals100: {
        'zh-CN': '改为“{{replacement}}”',
        en: 'Change to "{{replacement}}"',
      },
      mixedUnitClasses: {
        'zh-CN': '{{where}}：同一部门中，指标“{{name}}”在{{projectKind}}“{{project}}”中以“{{refUnit}}”计（“{{refValue}}”），此处却以“{{unit}}”计（“{{value}}”）：同名指标应使用同一类计量单位，请核实后统一。',
        en: '{{where}}: in this department, indicator "{{name}}" is measured in "{{refUnit}}" in {{projectKind}} "{{project}}" ("{{refValue}}") but in "{{unit}}" here ("{{value}}"): one indicator should use one kind of unit; check and align them.',
      },
      rateWithoutPercent: {
        'zh-CN': '{{where}}：指标“{{name}}”是比率，但指标值“{{value}}”没有写“%”，本表也没有计量单位栏：请写成“{{example}}”',
        en: '{{where}}: indicator "{{name}}" is a rate, but the value "{{value}}" has no "%" and the table has no unit column: write "{{example}}"',
      },
      costWithoutCurrency: {
        'zh-CN': '{{where}}：成本指标“{{name}}”的指标值“{{value}}”没有货币单位，无法判断是多少钱：请写明金额单位，如“{{example}}”',
        en: '{{where}}: the cost indicator "{{name}}" has the value "{{value}}" with no currency, so the amount cannot be read: state it in money, e.g. "{{example}}"',
      },
      standardWithoutBase: {
        'zh-CN': '{{where}}：“{{name}}”是一项标准，应按每人、每亩、每公里等计，但指标值“{{target}}”只是一个总额，没有计量基准，无法与产出数量对应核算：请写明基准，如“元/人”“万元/公里”；总额请用“项目总成本”等指标',
        en: '{{where}}: "{{name}}" is a standard, an amount per person, per 亩 or per kilometre, but the target "{{target}}" is a bare total with no base, so it cannot be checked against the outputs: state the base, e.g. 元/人 or 万元/公里; use an indicator such as 项目总成本 for a total',
      },
      rateAsCost: {
        'zh-CN': '{{where}}：“{{name}}”放在{{level2}}下，指标值“{{target}}”却是比率，不是成本，无法核算花了多少钱：成本指标请写金额（如“生均补助≤5元/天”“项目总成本≤90万元”）；达标、合格、完成类比率请放到质量或数量指标下',
        en: '{{where}}: "{{name}}" is filed under {{level2}}, but its target "{{target}}" is a rate, not a cost, so it says nothing of what is spent: state a cost in money (e.g. 生均补助≤5元/天, 项目总成本≤90万元); move rates of meeting a standard or getting work done to the quality or quantity indicators',
      },
      nameQuantityMismatch: {
        'zh-CN': '{{where}}：指标名称“{{name}}”中写的是“{{nameQuantity}}”，指标值却以“{{unit}}”计（“{{value}}”）：请统一计量单位，如“{{example}}”，并把数量从名称移到指标值中',
        en: '{{where}}: the name "{{name}}" says "{{nameQuantity}}" but the value is in "{{unit}}" ("{{value}}"): use one unit, e.g. "{{example}}", and keep the number in the value, not in the name',
      },
      countInName: {
        'zh-CN': '{{where}}：指标名称“{{name}}”末尾写了数量“{{nameQuantity}}”，指标值“{{value}}”却是另一种量：名称只写衡量什么（如“{{suggested}}”），数量只写在指标值中',
        en: '{{where}}: the name "{{name}}" ends in a count, "{{nameQuantity}}", while the value "{{value}}" measures something else: let the name say what is measured (e.g. "{{suggested}}") and keep the quantity in the value',
      },
      excelDateSerial: {
        'zh-CN': '{{where}}：{{field}}“{{text}}”是Excel的日期序列号（即{{date}}），单元格被设成了数字格式：请改写为“{{date}}”，或把单元格格式设为文本后重新填写',
        en: '{{where}}: the {{field}} "{{text}}" is an Excel date serial ({{date}}); the cell is formatted as a number: write "{{date}}", or format the cell as text and enter it again',
      },
      nonStandardUnit: {
        'zh-CN': '{{where}}：{{field}}“{{text}}”中的“{{written}}”不是规范的计量单位写法：请写作“{{canonical}}”',
        en: '{{where}}: "{{written}}" in the {{field}} "{{text}}" is not a standard unit spelling: write "{{canonical}}"',
      },
      percentOnYesNo: {
        'zh-CN': '{{where}}：指标“{{name}}”问的是“是否”，只能回答是或否，“{{target}}”答非所问，无法考核：请改为比率指标（如“……解决率”“服务对象满意度”）再写百分比，或把指标值写成“是”“否”',
        en: '{{where}}: indicator "{{name}}" asks a yes/no question, but "{{target}}" answers with a percentage, which cannot be assessed: rename it as a rate (…解决率, 服务对象满意度) to keep the percentage, or answer 是/否',
      },
      percentNotRate: {
        'zh-CN': '{{where}}：指标“{{name}}”是一项工作目标，不是比率或占比，“{{target}}”说不清是什么的百分之几，无法考核：请改为可计量的指标（如受益户数、增长率），或在名称中写明所计的比率（如“……达标率”）',
        en: '{{where}}: indicator "{{name}}" states an aim, not a rate or a share, so "{{target}}" is a percentage of nothing and cannot be assessed: use a measurable indicator (households benefiting, a growth rate) or name the rate it measures (…达标率)',
      },
      percentOfNothing: {
        'zh-CN': '{{where}}：指标“{{name}}”没有说明计的是什么比率（名称里没有“率”“比例”“占比”等），“{{target}}”说不清是什么的百分之几，无法考核：请在名称中写明所计的比率（如“……合格率”“……达标率”），或改用可计量的数量',
        en: '{{where}}: indicator "{{name}}" names no rate (no 率, 比例 or 占比 in it), so "{{target}}" is a percentage of nothing and cannot be assessed: name the rate it measures (…合格率, …达标率), or use a quantity that can be counted',
      },
      unitCannotMeasure: {
        'zh-CN': '{{where}}：指标“{{name}}”不能以“{{unit}}”计量（“{{target}}”）：{{hint}}',
        en: '{{where}}: indicator "{{name}}" cannot be measured in "{{unit}}" ("{{target}}"): {{hint}}',
      },
      unitOnText: {
        'zh-CN': '{{where}}：指标“{{name}}”的指标值“{{value}}”是文字，计量单位栏却填了“{{unit}}”，单位与值对不上：定性指标请删去计量单位；要按比率考核，请把指标值写成数字（如“100”）',
        en: '{{where}}: indicator "{{name}}" has the text "{{value}}" as its target, yet its unit column says "{{unit}}": delete the unit of a qualitative indicator, or write the target as a number (e.g. 100) to assess a rate',
      },
      moneyScale: {
        'zh-CN': '{{where}}：成本指标“{{name}}”的指标值“{{value}}”与本项目资金总额{{budget}}相差约{{factor}}倍，数量级对不上：请核对金额单位是“元”还是“万元”。',
        en: '{{where}}: cost indicator "{{name}}": the value "{{value}}" is about {{factor}} times off the project\'s total funding of {{budget}}: check whether the amount is in 元 or 万元.',
      },
    },
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        moneyScaleRatio: {
          type: 'number',
          minimum: 2,
          description: 'how many times a cost may differ from the project budget before moneyScale fires / 成本金额与项目资金总额相差多少倍才报告',
        },
        canExceed100Names: {
          type: 'array',
          items: { type: 'string' },
          description: 'name words of rates that may exceed 100% (growth, completion) / 名称含这些词的比率可超过100%（增长率、完成率等）',
        },
      },
    },
    defaultOptions: { moneyScaleRatio: 100, canExceed100Names: DEFAULT_CAN_EXCEED_100 } as Options,
  },

  create(context) {
    const { moneyScaleRatio, canExceed100Names } = context.options;
    const nameRules = nameRulesFrom(context.settings.unitClassesByName);
    const expectedOf = (name: string) => expectedFor(name, nameRules);
    /** normalised name → rows of that name with a comparable unit, in document order */
    const byName = new Map<string, Occurrence[]>();

    /** The unit written inside the value disagrees with the 计量单位 column. Returns true when reported. */
    function checkValueAgainstColumn(node: IndicatorNode, expected: readonly UnitClass[] | undefined): boolean {
      const reading = node.reading;
      if (!reading.unitConflict || reading.kind === 'date' || reading.valueUnit === undefined || reading.columnUnit === undefined) return false;
      const column = normalizeUnit(node.value.unit, node.project.document.analysis.readingOptions);
      const valueClass = reading.unitClass;
      if (!column || !comparableClass(column.class) || !comparableClass(valueClass)) return false;
      // The name decides which cell is the odd one; without it, the unit written into the value is.
      const columnIsOdd = expected !== undefined && expected.includes(valueClass) && !expected.includes(column.class);
      context.report({
        pointer: columnIsOdd ? `${node.pointer}/unit` : `${node.pointer}/value`,
        messageId: 'valueUnitMismatch',
        data: { ...node.where(), name: node.label, value: node.value.value.trim(), valueUnit: reading.valueUnit, columnUnit: reading.columnUnit },
      });
      return true;
    }

    /** A numbered item counted in its outline heading's unit (1、肥料利用率 ≧5组 under 二、…田间试验 ≧15组): a kind of the heading's thing. */
    function countsAsItsHeading(node: IndicatorNode): boolean {
      const rows = node.isPeriod ? node.project.periodIndicators : node.project.indicators;
      const heading = outlineHeadingIndex(rows.map((r) => r.value.name), node.index);
      return heading !== undefined && node.reading.unit !== undefined && rows[heading]!.reading.unit === node.reading.unit;
    }

    /** The name implies a class and the written unit is of another. Returns true when reported. */
    function checkNameAgainstUnit(node: IndicatorNode, expected: readonly UnitClass[] | undefined): boolean {
      const unitClass = node.reading.unitClass;
      if (expected === undefined || !comparableClass(unitClass) || expected.includes(unitClass) || countsAsItsHeading(node)) return false;
      const want = expected[0]!;
      const hint = nameMismatchHint(node, want, nameRules);
      context.report({
        node,
        messageId: 'nameUnitMismatch',
        data: {
          ...node.where(),
          name: node.value.name.trim(),
          value: shownValue(node),
          unit: node.reading.unit ?? '',
          expected: UNIT_CLASS_WORDS[want].name,
          hint,
        },
      });
      return true;
    }

    function checkPercent(node: IndicatorNode, expected: readonly UnitClass[] | undefined): void {
      const reading = node.reading;
      // 百分点 is a difference of rates, not a rate.
      if (reading.unitClass !== 'percent' || reading.unit === '百分点') return;
      const name = rateLabel(node, node.value.name.trim(), expected, nameRules);
      if (name === undefined || canExceed100(node.project.document.analysis.label(name), canExceed100Names)) return;
      const cmp = reading.comparison;
      if (cmp === '<=' || cmp === '<') return; // an upper bound above 100% is loose, not impossible
      const top = upperBound(reading);
      if (top === undefined) return;
      if (top > 100 || (cmp === '>' && top >= 100)) {
        context.report({ pointer: `${node.pointer}/value`, messageId: 'percentOver100', data: { ...node.where(), name, value: shownValue(node) } });
        return;
      }
      if (reading.kind === 'number' && top === 100 && cmp === '>=') reportAtLeast100(node, name);
    }

    function reportAtLeast100(node: IndicatorNode, name: string): void {
      // The ≥ stands in the 计算符号 column or in the value text: fix it where it is written.
      const inOperator = readOperator(node.value.operator) === '>=';
      const pointer = inOperator ? `${node.pointer}/operator` : `${node.pointer}/value`;
      const replacement = inOperator ? '＝' : node.reading.valueUnit === undefined ? '=100' : '=100%';
      context.report({
        pointer,
        messageId: 'atLeast100Percent',
        data: {
          ...node.where(),
          name,
          written: writtenTarget(node.value, node.reading),
          // only tables with a 计算符号 column have a sign to change
          signHint: node.value.operator === undefined ? '' : { 'zh-CN': '（计算符号用“＝”）', en: ' (sign "＝")' },
        },
        // a rate cannot exceed 100%, so "≥100%" can only mean "=100%": a safe, mechanical fix
        fix: { pointer, value: replacement },
        suggestions: [{ messageId: 'suggestEquals100', data: { replacement }, fix: { pointer, value: replacement } }],
      });
    }

    function checkMoneyScale(node: IndicatorNode): void {
      const reading = node.reading;
      if (reading.unitClass !== 'money' || reading.moneyScale === undefined) return;
      if (!isTotalCostRow(node.project.document.analysis.label(node.value.name), node.level1, node.level2)) return;
      const budget = budgetOf(node.project);
      const number = upperBound(reading);
      if (budget === undefined || number === undefined || number <= 0) return;
      const unit = moneyUnitOf(node);
      if (unit === undefined) return; // an unstated unit cannot tell a scale slip from a 万元 table
      const documentScale = unit === '万元' ? 1e4 : 1;
      const budgetYuan = budget * documentScale;
      const amountYuan = number * reading.moneyScale;
      const tooBig = amountYuan >= moneyScaleRatio * budgetYuan;
      // Too small only when it is a unit slip: the same number read in the table's own money unit fits the budget.
      const tooSmall =
        reading.moneyScale !== documentScale && amountYuan * moneyScaleRatio <= budgetYuan && number * documentScale <= budgetYuan;
      if (!tooBig && !tooSmall) return;
      const factor = tooBig ? amountYuan / budgetYuan : budgetYuan / amountYuan;
      context.report({
        pointer: `${node.pointer}/value`,
        messageId: 'moneyScale',
        data: {
          ...node.where(),
          name: node.value.name.trim(),
          value: shownValue(node),
          budget: `${formatNumber(budget)}${unit}`,
          factor: formatNumber(Math.round(factor)),
        },
      });
    }

    /** A 比率 filed as a bare number in a table with no 计量单位 column ("合格率 ≥95", "审稿率 1"). */
    function checkRateWithoutPercent(node: IndicatorNode, expected: readonly UnitClass[] | undefined): boolean {
      const reading = node.reading;
      if (reading.unit !== undefined || node.value.unit !== undefined || node.value.personal !== undefined) return false;
      const name = node.value.name.trim();
      if (!node.project.document.analysis.vocabulary.isSatisfactionName(name) && !(expected?.includes('percent') ?? false)) return false;
      const top = upperBound(reading);
      if (top === undefined) return false;
      const value = node.value.value.trim();
      // a rate target is 50–100, or written as a fraction (1, 0.95); a lower bare number is likely a
      // count written under the wrong name, and "≤1" a 1% ceiling
      const isFraction = reading.kind === 'number' && top >= 0.5 && top <= 1 && reading.comparison !== '<=' && reading.comparison !== '<';
      if (!isFraction && (top < 50 || top > 100)) return false;
      const example = isFraction ? value.replace(/\d+(?:\.\d+)?/u, `${Math.round(top * 1000) / 10}`) + '%' : `${value}%`;
      context.report({ pointer: `${node.pointer}/value`, messageId: 'rateWithoutPercent', data: { ...node.where(), name, value, example } });
      return true;
    }

    /** A cost written with no currency: "≤35/亩", or 470 in a 人/天 unit column. */
    function checkCostWithoutCurrency(node: IndicatorNode, expected: readonly UnitClass[] | undefined): boolean {
      const reading = node.reading;
      if (reading.unitClass === 'money' || reading.unitClass === 'rate-money' || upperBound(reading) === undefined) return false;
      const value = node.value.value.trim();
      let example: string | undefined;
      const perFirst = PER_FIRST.exec(value);
      if (reading.unit === undefined && PER_SOMETHING.test(value)) {
        example = value.replace(/\s*\/\s*/u, '元/');
      } else if (reading.unit === undefined && perFirst) {
        example = `${perFirst[2]}元/${perFirst[1]}`;
      } else if (reading.unitClass !== undefined && NOT_MONEY_PER.has(reading.unitClass) && (reading.unit ?? '').includes('/')) {
        example = `${readOperator(node.value.operator) === undefined ? '' : (node.value.operator ?? '').trim()}${value}元/${reading.unit}`;
      }
      if (example === undefined) return false;
      // the name is read only for a value written per something (few are)
      const name = node.value.name.trim();
      const label = node.project.document.analysis.label(name);
      const isCost = (expected?.includes('money') ?? false) || isTotalCostRow(label, node.level1, node.level2);
      if (!isCost) return false;
      context.report({ pointer: unitPointer(node), messageId: 'costWithoutCurrency', data: { ...node.where(), name, value: shownValue(node), example } });
      return true;
    }

    /** A 补助标准 stated as a total ("硬化水泥砼公路补助标准 ≤120万元"): per what — 公里, 人, 亩? */
    function checkStandardWithoutBase(node: IndicatorNode, name: string): boolean {
      if (node.reading.unitClass !== 'money' || !namesPerUnitStandard(name)) return false;
      context.report({ pointer: unitPointer(node), messageId: 'standardWithoutBase', data: { ...node.where(), name, target: writtenTarget(node.value, node.reading) } });
      return true;
    }

    /** "生均补助标准达标率 =100%" under 成本指标: a rate of achievement where a cost in money belongs. */
    function checkRateAsCost(node: IndicatorNode, name: string): boolean {
      if (node.reading.unitClass !== 'percent' || !isRateFiledAsCost(name, node.level1, node.level2)) return false;
      const level2 = node.level2 ?? node.level1 ?? '';
      context.report({ pointer: `${node.pointer}/name`, messageId: 'rateAsCost', data: { ...node.where(), name, level2, target: writtenTarget(node.value, node.reading) } });
      return true;
    }

    /** The name states a quantity (村组干部230人) and the value counts the same number in another kind of unit (230个). */
    function checkNameQuantity(node: IndicatorNode): boolean {
      const reading = node.reading;
      const m = NAME_QUANTITY.exec(node.value.name);
      if (!m || reading.kind !== 'number' || !comparableClass(reading.unitClass)) return false;
      const named = node.project.document.analysis.readingOptions;
      const inName = readIndicatorValue({ value: m[0] }, named);
      if (inName.value !== reading.value || !comparableClass(inName.unitClass)) return false;
      const a = FAMILY[inName.unitClass];
      const b = FAMILY[reading.unitClass];
      if (a === undefined || b === undefined || a === b) return false;
      const value = shownValue(node);
      context.report({
        pointer: unitPointer(node),
        messageId: 'nameQuantityMismatch',
        data: { ...node.where(), name: node.value.name.trim(), nameQuantity: m[0], unit: reading.unit ?? '', value, example: `${m[1]}${inName.unit ?? m[2]}` },
      });
      return true;
    }

    /**
     * "寨山石坪村新建水泥路1条" valued "2km" (陕西 清涧 2021, the blind reading): a count closes the name
     * while the value measures a length, area, volume or weight, so the row states two quantities.
     */
    function checkCountInName(node: IndicatorNode): boolean {
      const reading = node.reading;
      const name = node.value.name.trim();
      const m = NAME_COUNT_ENDING.exec(name);
      const measure = reading.unitClass === undefined ? undefined : MEASURED_NAME[reading.unitClass];
      if (!m || reading.kind !== 'number' || measure === undefined) return false;
      const suggested = `${name.slice(0, m.index)}${measure}`;
      context.report({ pointer: `${node.pointer}/name`, messageId: 'countInName', data: { ...node.where(), name, nameQuantity: m[0], value: shownValue(node), suggested } });
      return true;
    }

    /** A date cell pasted as a number: 45292 in the value (完成时间) or in the 计量单位 cell. */
    function checkExcelSerial(node: IndicatorNode): boolean {
      const unitDate = excelSerialDate(node.value.unit);
      if (unitDate !== undefined) {
        const field = { 'zh-CN': '计量单位', en: 'unit' };
        context.report({ pointer: `${node.pointer}/unit`, messageId: 'excelDateSerial', data: { ...node.where(node.label), field, text: (node.value.unit ?? '').trim(), date: unitDate } });
        return true;
      }
      const valueDate = excelSerialDate(node.value.value);
      const name = node.project.document.analysis.label(node.value.name);
      if (valueDate === undefined || !(DATE_NAME_WORDS.some((w) => name.includes(w)) || node.level2 === '时效指标')) return false;
      const field = { 'zh-CN': '指标值', en: 'value' };
      context.report({ pointer: `${node.pointer}/value`, messageId: 'excelDateSerial', data: { ...node.where(node.label), field, text: node.value.value.trim(), date: valueDate } });
      return true;
    }

    /** 百分比 for %, 平米 for 平方米, "80M" for 80米: the value or unit cell, reported once per row. */
    function checkSpelling(node: IndicatorNode): void {
      for (const [key, field] of SPELLING_CELLS) {
        const written = node.value[key] ?? '';
        // (surrounding whitespace does not change what nonStandardSpelling finds)
        const spelling = nonStandardSpelling(written, node.value.name, node.level2 === '成本指标' || node.level1 === '成本指标');
        if (spelling === undefined) continue;
        const text = written.trim();
        const pointer = `${node.pointer}/${key}`;
        const data = { ...node.where(node.label), field, text, written: spelling.written, canonical: spelling.canonical };
        // "80M" depends on what is measured, so only spellings that mean one thing everywhere are fixed ("150万" on a cost row is one)
        const fixed = spelling.costRowEnding ? `${text}元` : spelling.afterNumber ? written : written.split(spelling.written).join(spelling.canonical);
        context.report({ pointer, messageId: 'nonStandardUnit', data, ...(fixed !== written ? { fix: { pointer, value: fixed } } : {}) });
        return;
      }
    }

    /** "是否解决看病难问题 95%" (山西 稷山 2020): a yes/no question answered with a percentage. */
    function checkPercentOnYesNo(node: IndicatorNode, name: string): boolean {
      const reading = node.reading;
      if (reading.unitClass !== 'percent' || reading.value === undefined || reading.value >= 100 || !YES_NO_NAME.test(name)) return false;
      context.report({ pointer: unitPointer(node), messageId: 'percentOnYesNo', data: { ...node.where(), name, target: writtenTarget(node.value, node.reading) } });
      return true;
    }

    /** "促进村集体经济发展 ≥95%": a percentage on an aim, which has no numerator or denominator. */
    function checkPercentOnAim(node: IndicatorNode, name: string, expected: readonly UnitClass[] | undefined): boolean {
      const reading = node.reading;
      if (reading.unitClass !== 'percent' || reading.vague || expected !== undefined) return false;
      const aim = isAimName(name);
      // below 100% on a name that counts no rate (a 时效 row is timeliness-measurable's percentNotRate)
      // (a category as the name, 社会效益 ≥95%, is misplaced-columns' categoryAsName)
      const vocabulary = node.project.document.analysis.vocabulary;
      const ofNothing =
        !aim && (reading.value ?? 100) < 100 && (reading.value ?? 0) > 0 && !isTimelinessRow({ level1: node.level1, level2: node.level2 }, node.value.level2) && isPercentOfNothing(name) && vocabulary.level2(name) === null && vocabulary.level1(name) === null;
      if ((!aim && !ofNothing) || rateLabel(node, name, expected, nameRules) !== undefined) return false;
      if (vocabulary.isSatisfactionName(name)) return false;
      // the name is what to change ("…清算率"), not the value
      const pointer = aim ? unitPointer(node) : `${node.pointer}/name`;
      context.report({ pointer, messageId: aim ? 'percentNotRate' : 'percentOfNothing', data: { ...node.where(), name, target: writtenTarget(node.value, node.reading) } });
      return true;
    }

    /** "制作宣传横幅…(年) =1年" (a 数量 counted in years), "按时发放 ≥1人/年" (on-time counted in people). */
    function checkUnitCannotMeasure(node: IndicatorNode, name: string, expected: readonly UnitClass[] | undefined): boolean {
      const reading = node.reading;
      if (expected !== undefined || reading.unitClass === undefined) return false;
      let hint: LocalizedText | undefined;
      if (node.level2 === '数量指标' && (reading.unitClass === 'years' || reading.unitClass === 'months') && !namesDuration(name)) {
        hint = {
          'zh-CN': '数量指标应写做了多少（如“条”“块”“次”），完成时间请放在时效指标中',
          en: 'a quantity indicator states how many (条, 块, 次 …); put the time it takes under a timeliness indicator',
        };
      } else if (isTimelinessName(name) && COUNTED.has(reading.unitClass)) {
        hint = {
          'zh-CN': '“按时”“及时”类指标应以百分比（如“按时发放率 =100%”）或完成时限（如“每月10日前”）计',
          en: 'an on-time indicator is measured as a percentage (按时发放率 =100%) or a deadline (每月10日前)',
        };
      }
      if (hint === undefined) return false;
      context.report({ pointer: unitPointer(node), messageId: 'unitCannotMeasure', data: { ...node.where(), name, unit: reading.unit ?? '', target: writtenTarget(node.value, node.reading), hint } });
      return true;
    }

    /** "应保尽保" with % in the unit column (湖南 岳阳楼 2023): a worded target cannot be a percentage. */
    function checkUnitOnText(node: IndicatorNode): void {
      const unit = (node.value.unit ?? '').trim();
      if (node.reading.kind !== 'qualitative' || unit === '' || node.reading.unitClass !== 'percent' || node.reading.valueUnit !== undefined) return;
      context.report({ pointer: `${node.pointer}/unit`, messageId: 'unitOnText', data: { ...node.where(), name: node.value.name.trim(), value: node.value.value.trim(), unit } });
    }

    function remember(node: IndicatorNode): void {
      const family = comparableClass(node.reading.unitClass) ? FAMILY[node.reading.unitClass] : undefined;
      const key = node.project.document.analysis.label(node.value.name);
      if (family === undefined || key === '' || isCategoryName(node, key)) return;
      const list = byName.get(key);
      const occurrence = { node, family, pointer: unitPointer(node) };
      if (list) list.push(occurrence);
      else byName.set(key, [occurrence]);
    }

    return {
      indicator(node) {
        checkSpelling(node);
        checkUnitOnText(node);
        if (!PROBLEM_VALUE_KINDS.has(node.reading.kind)) return;
        if (checkExcelSerial(node)) return;
        const name = node.value.name.trim();
        // nameRules come from the settings the analysis belongs to, so the memo may live there
        const expected = name === '' ? undefined : node.project.document.analysis.memo('consistent-units:expected', expectedOf)(name);
        // One finding per cause: a value/column clash or a wrong unit for the name is the row's
        // problem; such a row is not evidence about what its name is measured in elsewhere.
        if (checkValueAgainstColumn(node, expected)) return;
        // a cost with its currency left out (470 人/天 for 培训费) is told how to write it, before the name's unit
        if (name !== '' && checkCostWithoutCurrency(node, expected)) return;
        if (checkNameAgainstUnit(node, expected)) return;
        if (name === '') return;
        if (checkRateWithoutPercent(node, expected) || checkNameQuantity(node) || checkCountInName(node)) return;
        if (checkPercentOnYesNo(node, name) || checkPercentOnAim(node, name, expected) || checkUnitCannotMeasure(node, name, expected)) return;
        if (checkStandardWithoutBase(node, name) || checkRateAsCost(node, name)) return;
        checkPercent(node, expected);
        checkMoneyScale(node);
        remember(node);
      },

      'document:exit'() {
        for (const list of byName.values()) {
          if (list.length < 2 || list.every((o) => o.family === list[0]!.family)) continue;
          const family = referenceFamily(list);
          const reference = list.find((o) => o.family === family)!;
          for (const o of list) {
            if (o.family === family) continue;
            context.report({
              pointer: o.pointer,
              messageId: 'mixedUnitClasses',
              data: {
                ...o.node.where(),
                name: o.node.value.name.trim(),
                project: reference.node.project.label,
                projectKind: reference.node.project.kind === 'overall' ? { 'zh-CN': '部门整体支出绩效目标表', en: 'the department-wide target table' } : { 'zh-CN': '项目', en: 'project' },
                refUnit: reference.node.reading.unit ?? '',
                refValue: shownValue(reference.node),
                unit: o.node.reading.unit ?? '',
                value: shownValue(o.node),
              },
              related: [{ pointer: reference.pointer, label: reference.node.project.label }],
            });
          }
        }
      },
    };
  },
});
