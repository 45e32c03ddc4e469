/**
 * Words that make a 指标值 uncheckable, and the few qualitative answers that are checkable. Data:
 * the vague-value, satisfaction-value and grade-label-as-target rules read these lists, and a
 * preset may add words through their options.
 *
 * Sources: domain-rules.md §(c) (vague words found in real tables and practitioners' lists), the
 * 一体化 self-evaluation grade labels (§C.19), and the reviewers of fixtures/real-tables.
 */

/** Vague wording: a direction or an impression, never an amount or a standard. Longest match is reported. */
export const VAGUE_VALUE_WORDS: readonly string[] = Object.freeze([
  '有所提升', '有所提高', '有所改善', '有所减轻', '有所增加', '有所下降',
  '明显提升', '明显提高', '明显改善', '效果明显', '影响程度明显', '明显',
  '显著提升', '显著提高', '显著改善', '显著',
  '大幅', '稳步提高', '稳步', '逐步', '不断', '持续改善', '持续提升', '持续保障', '持续',
  '进一步提高', '进一步完善', '进一步加强', '进一步',
  '巩固提高', '得到提升', '得到保障', '得到改善', '影响深远', '影响可持续', '长期', '长远', '可持续',
  '较好', '良好', '较高', '基本满足', '基本达到', '基本', '有效', '切实', '充分', '积极',
  '确保', '力争', '尽量', '适当', '合理', '为主',
  '达到要求', '符合要求', '符合相关规定', '符合规定', '严格执行', '满足需求', '按要求', '按计划',
  '达到预期', '而定', '到位', '预算内', '预算范围内', '不超预算', '不超过预算', '不超出预算',
  '保障运转', '正常运转', '顺利完成', '圆满完成', '全面完成',
  '提升', '提高', '改善', '优化', '增加', '加强', '加大', '强化', '加快', '促进', '推动',
  // (四川 大英 2020 "按质按量完成"; 湖北 2020 "获得目的国(地区)受众欢迎", and the question copied in
  // as its target, "是否利于企业走出去": both readings sent each back)
  '按质按量', '欢迎', '是否',
  // (宁夏 银川 2021: "符合相关文件要求" with no standard named, "社会认可的办学环境"; both readings)
  '相关文件要求', '认可',
]);

/**
 * A method in place of an amount: "按…测算", "参照政府采购成本控制". With a number inside, the cell
 * still says how the target was derived rather than what it is.
 */
export const METHOD_WORDS: readonly string[] = Object.freeze(['测算', '参照', '据实', '按实际', '严格按照']);

/**
 * The method words that still leave the target open when the cell carries an amount: "严格按照预算标准
 * 1000元/人给补助对象兑付补助" (四川 昭化 2021) holds to the standard it names, so 严格按照 is not among them.
 */
export const METHOD_WORDS_BESIDE_AMOUNT: readonly string[] = Object.freeze(METHOD_WORDS.filter((w) => w !== '严格按照'));

/** Whole-cell answers to a yes/no indicator (是否…): checkable as they stand. */
export const YES_NO_ANSWERS: readonly string[] = Object.freeze(['是', '否', '有', '没有', '未发生', '不发生', '无发生', '零发生']);

/**
 * Endings of a value that names what is assessed instead of the level to reach: "企业把握正确政治导向和
 * 文化方向情况的评价" (湖北 2020 服务贸易, sent back by both readings), "项目完成情况".
 */
const MEASURE_ENDINGS: readonly string[] = Object.freeze(['情况', '的评价', '评价情况']);

/** The value (a word key, no number) names a measure, not a target: "…情况", "…的评价". */
export function namesMeasure(key: string): boolean {
  return key.length >= 4 && MEASURE_ENDINGS.some((e) => key.endsWith(e));
}

/**
 * Whole-cell answers that affirm a property the name asks about (审批程序 / 完备, 服务时间 / 全年):
 * checkable as a yes/no, like 是/否.
 */
export const STATE_ANSWERS: readonly string[] = Object.freeze([
  '完备', '健全', '齐全', '合规', '规范', '准确', '符合', '安全', '全年', '常年', '全天', '全省', '全市', '全县', '全覆盖', '专款专用',
]);

/**
 * Grades of an evaluation standard (优/良/合格/达标…): checkable when the row is declared 定性
 * and so points at a grade scale; without a 定性 sign reviewers ask for the standard or a rate
 * (上海 2020 “文明施工程度 / 达标”, 湘潭 2023 “空气质量 / 优良”, 衡山 2020 “设备维护及安全性 / 高”).
 */
export const STANDARD_GRADES: readonly string[] = Object.freeze(['优', '良', '优秀', '优良', '合格', '达标', '达到标准', '通过', '通过验收', '高', '较高']);

/** The three 自评 grades (and their variants): a result of the self-evaluation, never a target. */
export const GRADE_LABELS: readonly string[] = Object.freeze([
  '达成年度指标',
  '达成预期指标',
  '达到预期指标',
  '部分达成年度指标并具有一定效果',
  '部分达成预期指标并具有一定效果',
  '未达成年度指标且效果较差',
  '未达成预期指标且效果较差',
]);

/**
 * Satisfaction names that say nothing of whose satisfaction is surveyed (湖南 湘潭 2024 “满意度”,
 * 山西 稷山 2020 “是否满意”): compared whole, after numbering and spacing.
 */
export const SATISFACTION_NAMES_WITHOUT_RESPONDENT: readonly string[] = Object.freeze([
  '满意度', '满意率', '满意程度', '是否满意', '总体满意度', '综合满意度', '整体满意度', '满意度调查', '满意度测评',
]);

/** Satisfaction written as a grade scale or a word instead of a rate. */
export const SATISFACTION_GRADE_WORDS: readonly string[] = Object.freeze([
  '高中低', '高、中、低', '高/中/低', '满意', '较满意', '基本满意', '非常满意', '比较满意', '高', '较高', '中', '好', '较好', '良好',
]);

/** A template's list of options left in the value cell instead of the one chosen (四川 甘孜: 高中低). */
export const OPTION_LISTS: readonly string[] = Object.freeze(['高中低', '高、中、低', '高/中/低', '优良中差', '优、良、中、差', '优/良/中/差', '好中差', '好、中、差', '是/否', '有/无']);

export function isOptionList(text: string): boolean {
  return OPTION_LISTS.includes(text.replace(/\s+/g, ''));
}

/** The longest word of a list found in a text, or undefined. */
export function findWord(text: string, words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of words) if (text.includes(w) && (best === undefined || w.length > best.length)) best = w;
  return best;
}

/** The cell as these lists compare it: no spacing, half-width, no final full stop. */
export function wordKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/[。.；;，,！!]+$/u, '');
}

/** Words that give a 时效 target a point or a period without digits (年底 and the like are dates already). */
export const PERIOD_WORDS: readonly string[] = Object.freeze(['全年', '当年', '当月', '当天', '当日', '当季', '次月', '次日', '即时', '实时', '每月', '每季度', '每年', '每周', '每日']);

/** A unit of time named in an indicator name: 任务完成时限（月）, 办结天数. */
export const NAME_TIME_UNIT = /[（(](?:天|日|工作日|月|个月|年|小时|周|分钟)[)）]|(?:天数|日数|月数|年限|时长|小时数|周期（天）)$/;
