/**
 * Which way an indicator's target points, as its name and its 指标方向/指标性质 columns say.
 * Costs, accidents, complaints and errors are capped (≤, 反向); pass, coverage, completion and
 * satisfaction rates are floors (≥) or exact (=). Data plus two small readers.
 *
 * Source: domain-rules.md §C.25 [INF], and the 一体化 direction classes (signs 1/2 正向,
 * 3 等于, 4/5 反向, §C.17).
 */
import type { Indicator } from '../document/model.js';
import { readOperator, type Comparison } from './value-reading.js';

/** Name words of an indicator that should be capped. */
export const CAPPED_NAME_WORDS: readonly string[] = Object.freeze(['成本', '费用', '事故', '投诉', '误差', '差错', '发生率', '超支', '违规', '违纪', '案件数', '逾期率', '逾期发放率', '延误率', '预算调整率', '结转结余率', '结余率', '三公经费变动率']);

/** Name words that turn a capped word into a floor: 成本节约率, 投诉处理率, 事故整改率. */
export const CAPPED_EXCEPTIONS: readonly string[] = Object.freeze([
  '节约', '降低', '下降', '减少', '压减', '控制率', '处理率', '办结率', '回复率', '解决率', '响应率', '整改率', '查处率', '结案率', '受理率', '核查率', '化解率',
  // cases a court, procuratorate or inspector handles are its output (天津 河北区法院 2023 陪审员参审案件数量 ≥90)
  '参审', '审理', '审结', '办理', '办结', '受理', '查处', '调解', '承办', '立案',
]);

/** Name words of a rate whose target is a floor or exact. */
export const FLOOR_NAME_WORDS: readonly string[] = Object.freeze(['合格率', '覆盖率', '完成率', '满意度', '满意率', '达标率', '及时率', '知晓率', '成活率', '到位率', '入学率', '参保率', '验收率']);

/** Name words that negate a floor word: 不合格率, 未完成率. */
export const FLOOR_EXCEPTIONS: readonly string[] = Object.freeze(['不合格', '未完成', '不满意', '未达标', '不及时']);

/** 成本控制率, 预算资金控制率, 经费控制率: spending as a share of its budget, a cost stated as a rate. */
const SPENDING_CONTROL_RATE = /(?:成本|预算|经费|费用|资金|支出)\p{Script=Han}{0,4}控制率$/u;

export function isSpendingControlRate(name: string): boolean {
  return SPENDING_CONTROL_RATE.test(name.trim());
}

export type Direction = 'capped' | 'floor';

/** What the name says the direction should be, or undefined. */
export function directionFromName(name: string): Direction | undefined {
  const has = (words: readonly string[]) => words.some((w) => name.includes(w));
  if (has(CAPPED_NAME_WORDS) && !has(CAPPED_EXCEPTIONS)) return 'capped';
  if (has(FLOOR_NAME_WORDS) && !has(FLOOR_EXCEPTIONS)) return 'floor';
  return undefined;
}

/** 正向/反向 declared in the row's 指标方向 or 指标性质 column (templates put it in either). */
export function declaredDirection(row: Indicator): { direction: '正向' | '反向'; text: string } | undefined {
  for (const text of [row.direction, row.valueType]) {
    if (!text) continue;
    if (text.includes('反向')) return { direction: '反向', text: text.trim() };
    if (text.includes('正向')) return { direction: '正向', text: text.trim() };
  }
  return undefined;
}

/** A sign written in the 指标方向 or 指标性质 column ("小于等于" where the template puts it). */
export function signFromDirectionColumns(row: Indicator): Comparison | undefined {
  for (const text of [row.direction, row.valueType]) {
    const c = text ? readOperator(text) : undefined;
    if (c) return c;
  }
  return undefined;
}

/**
 * Names that measure inputs or the spending process, not what the project delivers: 资金到位率,
 * 预算执行率, 资金拨付… ("财力、人力和物力等投入数量不能作为绩效目标", domain-rules §E.33), and
 * their siblings under 过程 in the 10号 evaluation framework (资金管理: 资金使用合规性; 组织实施:
 * 管理制度健全性, 制度执行有效性), which 产出质量 rows borrow (福建 龙岩 2023, 河南 濮阳 2021,
 * 湖北 襄阳 2021 专款专用), and money guaranteed (利息费用保障率, 湖南 衡山 2020), which is 资金到位 again.
 */
export const INPUT_NAME_PATTERNS: readonly string[] = Object.freeze([
  '资金到位', '预算执行率', '资金执行率', '资金拨付', '资金下达', '资金支付率', '资金支出率', '资金使用率', '经费到位', '预算资金当年下达', '科目调整次数', '采购金额', '投入资金', '投入人数', '资金供应', '资金的供应', '资金拨款', '支出到位',
  '资金使用合规', '资金支出合规', '经费支出合规', '经费使用合规', '专款专用', '管理制度健全', '制度执行有效',
  '资金保障率', '经费保障率', '费用保障率',
]);

const SUBSIDY_WORDS = '补助|补贴|救助|奖补|抚恤|津贴|慰问|扶助|资助';
const SUBSIDY = `(?:${SUBSIDY_WORDS})`;
const SUBSIDY_PAYMENT = new RegExp(`${SUBSIDY}(?:资金|金|款|经费)?(?:的)?(?:拨付|发放|兑付)`, 'u');

/**
 * A subsidy paid out to the people it is for (补助资金拨付及时率, 补贴资金发放率): what a subsidy
 * project delivers, not money reaching the unit. The name must say so: a bare 资金拨付 on a subsidy
 * project (四川 昭化 2021 特困家庭再扶助 "资金拨付 12月底到位") is still money arriving, and the
 * blind second reading sent it back as such (domain-rules §E.33).
 */
export function paysSubsidyOut(name: string): boolean {
  return SUBSIDY_PAYMENT.test(name);
}

/**
 * Resources the project uses up, named as what it delivers (海南 2018 展览馆运行维护 "用电量 60万度",
 * graded the more the better; both readings sent it back): 物力 inputs. What is saved (节约用电量,
 * 能耗下降率) is a benefit and is not matched.
 */
const RESOURCE_USE = /(?:用电|耗电|用水|耗水|用气|耗气|油耗|燃油消耗|燃料消耗)量?$/u;
const RESOURCE_SAVED = /节约|节省|节能|下降|减少|降低|率/u;

export function resourceUsedUp(name: string): string | undefined {
  if (RESOURCE_SAVED.test(name)) return undefined;
  return RESOURCE_USE.exec(name)?.[0];
}

/**
 * Money a 数量 row may rightly count: what the project brings in or about (会展业综合收入 ≥280亿元,
 * 海南 2022; 招商引资额, 节约资金), not the funds it spends.
 */
const MONEY_OUTCOME = /收入|产值|销售|营业|利润|税|交易|成交|融资|招商|引资|引进|节约|节省|减少|增收|创收|效益|收益|回收|拉动|带动|撬动/u;
/** A cost or a standard (单位成本 ≤200元, 厨师费用 500元/人/天): misfiled under 数量 perhaps, but no input posing as an output. */
const COST_NAME = /成本|费用|单价|标准|控制数|[元价]\/|每/u;
/** The project's own money named as the quantity (工程资金金额 43.2, 河北 廊坊 2019). */
const FUNDS_NAME = /(?:资金|经费|金额|款)$/u;

/**
 * A 数量 row whose target is the project's money (800万元 for 完成校园维修改造及设备购置项目, 湖北 黄石
 * 2023; 卫片执法补助经费 72890元, 云南 丽江 2020): what is spent, standing where what it buys should be.
 */
export function countsMoneyAsQuantity(name: string, valueIsMoney: boolean, valueHasUnit: boolean): boolean {
  if (MONEY_OUTCOME.test(name) || COST_NAME.test(name)) return false;
  return valueIsMoney || (!valueHasUnit && FUNDS_NAME.test(name));
}

/**
 * Counts of the unit's own staff that its budget keeps paid (江西 浮梁 2023 部门整体: 保障在职职工人数,
 * 保障退休职工人数, 保障遗属人数): 人力 inputs, not what the department delivers. 职工 and 遗属 are
 * the unit's own; "退休人员养老金发放人数" in a 社保 project counts the people it serves and is not matched.
 */
export const STAFF_INPUT_PATTERNS: readonly string[] = Object.freeze(['在职职工人数', '退休职工人数', '离休职工人数', '离退休职工人数', '遗属人数', '在编人员人数', '在编人数', '编制人数']);

/**
 * The unit keeping itself running (湖南 澧县 2021 "机关事务正常运转率", 岳阳楼 2023 "保证单位正常运转"):
 * the condition of its work, paid by its basic budget, not what it delivers.
 */
export const UPKEEP_INPUT_PATTERN = /(?:机关|单位)(?:事务)?(?:的)?正常运转/u;

/**
 * Rates of doing what a rule requires, where anything short of all of it is a breach: paying a
 * subsidy or wage in full and to its standard (农村低保救助资金按标准发放的比率, 伙食补助发放率,
 * 是否按时足额发放), using funds as the rules say (资金使用合规性). A target below 100% admits the
 * rest may be done wrong; both readings of 河北 邯郸 2019 sent "按标准发放 90%" back, and the blind
 * reading of 湖南 湘西 2023 "伙食补助发放率 90%以上". Timeliness (及时率, 按时发放率) is left out:
 * floors of 90–95% on time are common and defended.
 */
const PAID_OUT = new RegExp(`(?:${SUBSIDY_WORDS}|工资|报酬|薪酬|奖金|助学金|低保金|养老金|补偿金|资金|款)\\p{Script=Han}{0,4}?(?:发放|兑现|兑付)(?:的)?(?:比率|比例|率)`, 'u');
const BY_THE_RULES = /(?:按标准|按规定|按政策|足额)\p{Script=Han}{0,8}?(?:比率|比例|率|性)|合规(?:率|性)/u;
const NOT_COMPLIANCE = /及时|按时|按期|逾期|不|未|违规|社会化/u;

/** The name is a rate of doing what a rule requires in full: its only target is 100%. */
export function requiresFullCompliance(name: string): boolean {
  return !NOT_COMPLIANCE.test(name) && (PAID_OUT.test(name) || BY_THE_RULES.test(name));
}
