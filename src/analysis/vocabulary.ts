/**
 * The indicator taxonomy (一级 / 二级 names, what a 三级 name implies about its unit) as data that
 * config can extend. Lookups normalise the text first: whitespace, full-width spaces and PDF
 * line-wrap remnants ("产出\n指标") do not change a name, and the 指标 suffix is optional.
 */
import { normalizeIndicatorLabel } from './text.js';
import { isUnitClass, type UnitClass } from './value-reading.js';
import { memoize } from './memo.js';

export const LEVEL1_NAMES = ['产出指标', '效益指标', '满意度指标', '成本指标'] as const;
export type CanonicalLevel1 = (typeof LEVEL1_NAMES)[number];

export const LEVEL2_NAMES = [
  '数量指标',
  '质量指标',
  '时效指标',
  '成本指标',
  '经济效益指标',
  '社会效益指标',
  '生态效益指标',
  '可持续影响指标',
  '服务对象满意度指标',
  // 财预〔2020〕10号 / 101号 split 成本指标 into its own 一级 with these 二级.
  '经济成本指标',
  '社会成本指标',
  '生态环境成本指标',
] as const;
export type CanonicalLevel2 = (typeof LEVEL2_NAMES)[number];

/** Where each 二级 belongs. A 二级 named just 成本指标 is the older layout, under 产出指标. */
export const LEVEL2_PARENT: Readonly<Record<CanonicalLevel2, CanonicalLevel1>> = Object.freeze({
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  成本指标: '产出指标',
  经济效益指标: '效益指标',
  社会效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  服务对象满意度指标: '满意度指标',
  经济成本指标: '成本指标',
  社会成本指标: '成本指标',
  生态环境成本指标: '成本指标',
});

/** Spellings seen in real tables (keys are compared after normalisation, 指标 suffix optional). */
export const DEFAULT_LEVEL1_SYNONYMS: Readonly<Record<string, CanonicalLevel1>> = Object.freeze({
  效果指标: '效益指标', // 河北 2021/2023 templates
  预期产出指标: '产出指标', // 东莞 2019
  项目完成指标: '产出指标', // 四川 older 申报表
  项目效益指标: '效益指标', // 四川 older 申报表
  成效指标: '效益指标', // 海南 2017–2018 项目绩效目标表: 产出指标 | 成效指标 ("项目产出或活动带来的结果")
  项目产出指标: '产出指标', // 10号 evaluation framework 自评表 (宁夏 银川 2021): 项目决策 / 项目管理 / 项目产出 / 项目效益
});

export const DEFAULT_LEVEL2_SYNONYMS: Readonly<Record<string, CanonicalLevel2>> = Object.freeze({
  可持续性影响指标: '可持续影响指标', // 河北 2023
  可持续影响力指标: '可持续影响指标',
  生态环境效益指标: '生态效益指标',
  环境效益指标: '生态效益指标',
  时效性指标: '时效指标',
  '预算(或投资规模)控制指标': '成本指标', // 东莞 2019, under 预期产出指标
  预算控制指标: '成本指标',
  '社会、经济、生态效益指标': '社会效益指标', // 东莞 2019 merges the three 效益 kinds in one 二级
  环境成本指标: '生态环境成本指标',
  生态成本指标: '生态环境成本指标',
  // 广西 百色 2023: the 一级 repeated in front of its 二级
  产出数量指标: '数量指标',
  产出质量指标: '质量指标',
  产出时效指标: '时效指标',
  产出成本指标: '成本指标',
});

export interface VocabularyExtension {
  /** synonym → canonical 一级 (the canonical may omit 指标) */
  level1Synonyms?: Record<string, string>;
  /** synonym → canonical 二级 */
  level2Synonyms?: Record<string, string>;
  /** more substrings that make a 三级 name a satisfaction indicator */
  satisfactionNames?: readonly string[];
}

export interface Vocabulary {
  level1(name: string): CanonicalLevel1 | null;
  level2(name: string): CanonicalLevel2 | null;
  /** A 二级 only by its listed spellings (no 满意度 fallback): "群众满意度" is a 三级 name, not this. */
  level2Exact(name: string): CanonicalLevel2 | null;
  /** A 一级 only by its listed spellings (no 满意度 fallback). */
  level1Exact(name: string): CanonicalLevel1 | null;
  /** The 一级 a 二级 belongs under (the 二级 may be any spelling level2() knows). */
  parentOf(level2: string): CanonicalLevel1 | null;
  /** A 三级 name that measures satisfaction (满意度, 满意率), not a count of surveys. */
  isSatisfactionName(name: string): boolean;
  /** labelKey(), memoised per distinct spelling: rules compare keys on every row */
  labelKey(name: string): string;
}

// ---------------------------------------------------------------------------------------------
// Normalisation (see text.ts)
// ---------------------------------------------------------------------------------------------

/**
 * A note after a category name that does not change it: its points ("产出指标(50分)",
 * "成本指标(0-20)分"), whether it is required ("数量指标 (必填硬性指标)", "(选填)"), or the
 * template's gloss ("数量指标(或建筑规模指标)", "时效指标(工期指标)").
 */
const TRAILING_NOTE = /[(（][^()（）]*[)）]分?$/;
/** Points after the name with their opening bracket lost ("效益指标30分)", 湖南 零陵 2021), or with none ("产出指标50分"). */
const TRAILING_POINTS = /(?<=指标)\d+(?:\.\d+)?分[)）]?$/;

/** A gloss inside the name: 产出(工作量)指标(数量、质量、成本方面的指标), a 项目支出绩效目标申报表 template. */
const INNER_NOTE = /[(（][^()（）]*[)）]/g;

/** A word typed twice over ("社会效益效益指标", 云南 隆阳 2022): the category once. */
const DOUBLED_WORD = /([\u4e00-\u9fa5]{2})\1/gu;

/** The lookup key: normalised, without its notes, a doubled word and the optional 指标 suffix. */
export function labelKey(name: string): string {
  let text = normalizeIndicatorLabel(name).replace(DOUBLED_WORD, '$1');
  const note = TRAILING_NOTE.exec(text) ?? TRAILING_POINTS.exec(text);
  if (note !== null && note.index > 0) text = text.slice(0, note.index);
  // ("(50分)" alone is all note, and stays: it names no category)
  const bare = text.replace(INNER_NOTE, '');
  if (bare !== '') text = bare;
  return text.endsWith('指标') && text.length > 2 ? text.slice(0, -2) : text;
}

// ---------------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------------

function resolveTarget<C extends string>(canonical: readonly C[], target: string, what: string): C {
  const key = labelKey(target);
  const hit = canonical.find((c) => labelKey(c) === key);
  if (hit === undefined) {
    throw new Error(`vocabulary: "${target}" is not a canonical ${what} name (expected one of ${canonical.join(', ')})`);
  }
  return hit;
}

function buildTable<C extends string>(
  canonical: readonly C[],
  defaults: Readonly<Record<string, C>>,
  extension: Record<string, string> | undefined,
  what: string,
): ReadonlyMap<string, C> {
  const table = new Map<string, C>();
  for (const name of canonical) table.set(labelKey(name), name);
  for (const [synonym, target] of Object.entries(defaults)) table.set(labelKey(synonym), target);
  for (const [synonym, target] of Object.entries(extension ?? {})) {
    table.set(labelKey(synonym), resolveTarget(canonical, target, what));
  }
  return table;
}

/**
 * The older 投入/产出/效果 templates call each category a 目标 (数量目标, 质量目标, 社会效益目标:
 * 福建 2017 财政支出项目绩效目标表, the 财政支出项目绩效目标申报表（范本）): the same category.
 */
const TARGET_SUFFIX = '目标';

function lookupCategory<C extends string>(table: ReadonlyMap<string, C>, key: string): C | null {
  const hit = table.get(key);
  if (hit !== undefined) return hit;
  return key.length > TARGET_SUFFIX.length && key.endsWith(TARGET_SUFFIX) ? (table.get(key.slice(0, -TARGET_SUFFIX.length)) ?? null) : null;
}

/** Counting surveys (满意度调查次数) is not measuring satisfaction. */
const COUNT_ENDINGS = ['次数', '数量', '份数', '人数', '场次', '户数', '个数'];
const SATISFACTION_WORDS = ['满意度', '满意率', '满意程度'];

/**
 * Build a vocabulary. Throws when an extension maps a synonym to a name that is not canonical:
 * that is a config mistake worth reporting at load time, not a lookup that silently fails.
 */
export function createVocabulary(extension: VocabularyExtension = {}): Vocabulary {
  const level1Table = buildTable(LEVEL1_NAMES, DEFAULT_LEVEL1_SYNONYMS, extension?.level1Synonyms, '一级');
  const level2Table = buildTable(LEVEL2_NAMES, DEFAULT_LEVEL2_SYNONYMS, extension?.level2Synonyms, '二级');
  const satisfactionWords = [
    ...SATISFACTION_WORDS,
    ...(extension?.satisfactionNames ?? []).map(normalizeIndicatorLabel).filter((w) => w !== ''),
  ];

  const exact1 = (name: string) => lookupCategory(level1Table, labelKey(name));
  const exact2 = (name: string) => lookupCategory(level2Table, labelKey(name));

  // Names repeat on thousands of rows: each lookup is memoised per distinct spelling.
  const level1 = memoize((name: string): CanonicalLevel1 | null => {
    const key = labelKey(name);
    if (key === '') return null;
    // Some tables file the whole satisfaction block as 一级 (社会公众或服务对象满意度指标).
    return lookupCategory(level1Table, key) ?? (key.includes('满意度') ? '满意度指标' : null);
  });

  const level2 = memoize((name: string): CanonicalLevel2 | null => {
    const key = labelKey(name);
    if (key === '') return null;
    // The national system files every satisfaction 二级 (社会公众满意度, 服务对象满意度…) as one.
    return lookupCategory(level2Table, key) ?? (key.includes('满意度') ? '服务对象满意度指标' : null);
  });

  return {
    level1,
    level2,
    labelKey: memoize(labelKey),
    level2Exact: memoize(exact2),
    level1Exact: memoize(exact1),
    parentOf(name) {
      const canonical = level2(name);
      return canonical === null ? null : LEVEL2_PARENT[canonical];
    },
    isSatisfactionName: memoize((name) => {
      const text = stripTrailingBrackets(normalizeIndicatorLabel(name));
      if (!satisfactionWords.some((w) => text.includes(w))) return false;
      return !COUNT_ENDINGS.some((ending) => text.endsWith(ending));
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// 三级 name → expected unit classes
// ---------------------------------------------------------------------------------------------

export interface NameUnitRule {
  /** The text to look for in the normalised 三级 name. */
  readonly pattern: string;
  readonly match: 'suffix' | 'contains';
  /** null: the pattern is known to be ambiguous (效率, 指数); say nothing. */
  readonly classes: readonly UnitClass[] | null;
}

const PERCENT: readonly UnitClass[] = ['percent', 'permille'];
const MONEY: readonly UnitClass[] = ['money', 'rate-money'];
const DURATION: readonly UnitClass[] = ['days', 'hours'];
/** What a 数量 can be counted in: items, people, events, documents, animals, or physical amounts. */
const AMOUNT: readonly UnitClass[] = [
  'count',
  'people',
  'person-times',
  'times',
  'documents',
  'livestock',
  'mass',
  'volume',
  'area',
  'length',
];
const COUNTABLE: readonly UnitClass[] = ['count', 'people', 'person-times', 'times', 'documents', 'livestock'];

const suffix = (pattern: string, classes: readonly UnitClass[] | null): NameUnitRule => ({
  pattern,
  match: 'suffix',
  classes,
});

/**
 * Ordered: the first rule that matches decides. Specific endings come before the general ones
 * they end with (人数 before 数, 份额 before 额, 效率 before 率). Conservative by design: a
 * name no rule covers gets no expectation.
 */
export const UNIT_CLASS_BY_NAME: readonly NameUnitRule[] = Object.freeze([
  // Satisfaction first: 满意度 names end in 度, not 率.
  suffix('满意度', PERCENT),
  suffix('满意率', PERCENT),
  // 率 words that are not ratios.
  suffix('效率', null),
  suffix('频率', null),
  suffix('汇率', null),
  suffix('功率', null),
  suffix('速率', null),
  suffix('税率', PERCENT),
  suffix('率', PERCENT),
  suffix('比例', PERCENT),
  suffix('占比', PERCENT),
  suffix('比重', PERCENT),
  suffix('份额', PERCENT),
  suffix('增幅', PERCENT),
  suffix('降幅', PERCENT),

  suffix('天数', DURATION),
  suffix('时长', DURATION),
  suffix('工期', DURATION),

  suffix('人数', ['people', 'person-times']),
  suffix('人次', ['person-times', 'people']),
  // 人次数 counts person-times (培训人次数 ≥500人次), not times.
  suffix('人次数', ['person-times', 'people']),
  suffix('次数', ['times', 'count']),
  // a 批次 is counted in 批/批次/次, not in 组 or 个.
  suffix('批次', ['times']),
  suffix('场次', ['times', 'count']),
  suffix('频次', ['times', 'count']),

  suffix('面积', ['area']),

  suffix('金额', MONEY),
  suffix('资金', MONEY),
  suffix('经费', MONEY),
  suffix('成本', MONEY),
  suffix('费用', MONEY),
  suffix('单价', MONEY),
  suffix('补助标准', MONEY),
  suffix('补贴标准', MONEY),
  suffix('名额', COUNTABLE),
  suffix('额', MONEY), // 投资额, 签约额, 零售额 (份额 is caught above)
  // 物业费, 培训费, 运行维护费 are money (安徽 金寨 2021 "安置小区物业费 8个" was sent back); 缴费,
  // 收费, 免费, 浪费 are things done, counted or rated in other units
  suffix('缴费', null),
  suffix('交费', null),
  suffix('收费', null),
  suffix('免费', null),
  suffix('浪费', null),
  suffix('付费', null),
  suffix('费', MONEY),
  // 成本控制数, 预算控制数: a ceiling in money (四川 大英 2023); 高血压随访控制数 counts people
  suffix('成本控制数', MONEY),
  suffix('预算控制数', MONEY),
  suffix('资金控制数', MONEY),
  suffix('经费控制数', MONEY),

  // Counted things. 指数/系数/分数 are scores, not counts.
  suffix('指数', null),
  suffix('系数', null),
  suffix('分数', null),
  suffix('倍数', null),
  suffix('数量', AMOUNT),
  suffix('个数', COUNTABLE),
  suffix('份数', COUNTABLE),
  suffix('条数', COUNTABLE),
  suffix('户数', COUNTABLE),
  suffix('家数', COUNTABLE),
  suffix('数', COUNTABLE),
]);

const TRAILING_BRACKETS = /[(（][^()（）]*[)）]$/;

/** Config form: `{ "周转天数": ["days"] }`, read as suffix rules; unknown class names are dropped. */
export type NameUnitRulesConfig = Readonly<Record<string, readonly string[]>>;

function rulesFromConfig(extra: readonly NameUnitRule[] | NameUnitRulesConfig | undefined): readonly NameUnitRule[] {
  if (extra === undefined || extra === null) return [];
  if (Array.isArray(extra)) return extra as readonly NameUnitRule[];
  return Object.entries(extra as NameUnitRulesConfig).map(([pattern, classes]) =>
    suffix(pattern, Array.isArray(classes) ? classes.filter(isUnitClass) : null),
  );
}

/** 会议（培训）天数 keeps its ending; "满意度（%）" sheds the bracket. */
export function stripTrailingBrackets(text: string): string {
  const m = TRAILING_BRACKETS.exec(text);
  return m === null || m.index === 0 ? text : text.slice(0, m.index);
}

function ruleMatches(rule: NameUnitRule, pattern: string, text: string): boolean {
  if (pattern === '') return false;
  return rule.match === 'suffix' ? text.endsWith(pattern) : text.includes(pattern);
}

/**
 * A name that opens with something done to money ("及时拨付补助资金", "清算8个安置小区本年度物业费…",
 * 安徽 金寨 2021): a task, measured by how much of it was done, not an amount.
 */
const MONEY_TASK_OPENER = /^(?:及时|按时|足额|按期|全部|完成)*(?:清算|拨付|缴纳|交纳|支付|发放|兑付|结算|收缴|征收|下达|筹集|落实|使用)/u;

/**
 * The unit classes a 三级 name implies (培训覆盖率 → percent|permille), or undefined when the
 * name says nothing reliable. `extra` rules are tried before the built-in table; a built-in money
 * ending on a name that opens with a task on money implies nothing.
 */
export function expectedUnitClasses(
  name: string,
  extra?: readonly NameUnitRule[] | NameUnitRulesConfig,
): readonly UnitClass[] | undefined {
  const text = stripTrailingBrackets(normalizeIndicatorLabel(name));
  if (text === '') return undefined;
  // Config patterns may carry stray spaces; the built-in ones are already normalised.
  for (const rule of rulesFromConfig(extra)) {
    if (ruleMatches(rule, normalizeIndicatorLabel(rule.pattern), text)) return rule.classes ?? undefined;
  }
  for (const rule of UNIT_CLASS_BY_NAME) {
    if (!ruleMatches(rule, rule.pattern, text)) continue;
    return rule.classes === MONEY && MONEY_TASK_OPENER.test(text) ? undefined : (rule.classes ?? undefined);
  }
  return undefined;
}

/** 灌溉水有效利用系数, 空气质量综合指数, 投入产出比值: a pure number, which takes no unit. */
const DIMENSIONLESS_ENDING = /(?:系数|指数|比值)$/u;

export function isDimensionlessName(name: string): boolean {
  return DIMENSIONLESS_ENDING.test(stripTrailingBrackets(normalizeIndicatorLabel(name)));
}

export { normalizeIndicatorLabel };
