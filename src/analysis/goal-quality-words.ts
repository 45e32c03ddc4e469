/**
 * What makes a stated 绩效目标 say nothing a reviewer can assess. Data: extend freely; judged
 * conservatively by the goal-quality rule.
 */

/**
 * Stock phrases that promise an improvement without saying of what or by how much. One of them in
 * a goal is normal; a short goal made of two or more and no number says nothing else.
 */
export const BOILERPLATE_PHRASES: readonly string[] = Object.freeze([
  '全面改善',
  '全面提升',
  '全面提高',
  '全面加强',
  '进一步提高',
  '进一步提升',
  '进一步加强',
  '进一步改善',
  '进一步推动',
  '进一步完善',
  '不断提高',
  '不断提升',
  '切实提高',
  '有效提升',
  '持续改善',
  '职能实现',
  '正常运转',
  '人员经费',
  '健康发展',
  '高质量发展',
]);

/** A goal longer than this is more than boilerplate, whatever phrases it uses. */
export const BOILERPLATE_MAX_LENGTH = 80;

/** Verbs which, followed by 了, tell of something already done ("解决了", "改善了"). */
export const DONE_VERBS: readonly string[] = Object.freeze(['解决', '改善', '提高', '提升', '完成', '实现', '取得', '增强', '建成', '达到', '改变']);

/** Words that say a thing is already done. */
export const DONE_WORDS: readonly string[] = Object.freeze(['已完成', '已经完成', '已建成']);

/**
 * A goal that is only about the money itself: the budget arranged, the funds paid or spent
 * ("按工作计划完成…经费预算安排"). Matched on short goals with no number, where nothing else is said.
 */
const FUNDING_ONLY = /(?:预算|经费|资金)[^,，。；;]{0,4}(?:安排|拨付|支付|使用|执行|到位)/u;
export const FUNDING_ONLY_MAX_LENGTH = 30;

/** The words that say the goal is the funding itself, if the whole goal is no more than that. */
export function fundingOnly(text: string): string | undefined {
  const t = text.replace(/\s+/gu, '');
  if (t.length > FUNDING_ONLY_MAX_LENGTH || statesQuantity(t) || DELIVERY_VERBS.some((v) => t.includes(v))) return undefined;
  return FUNDING_ONLY.exec(t)?.[0];
}

/**
 * "做好涉案、价格认定工作。" (湖南 岳阳楼 2023), "发挥科技特派员创业带头人作用。" (安徽 霍邱 2022): a
 * task or a role named, with nothing of how much or to what effect.
 */
const GENERAL_TASKS: readonly RegExp[] = Object.freeze([
  /^(?:做好|搞好|抓好|完成好|落实好|开展好)[^,，。；;]{1,14}工作[。.]?$/u,
  /^(?:充分)?发挥(?:好)?[^,，。；;]{1,16}作用[。.]?$/u,
]);

/** The goal, when it only names a task to do well ("做好…工作") or a role to play ("发挥…作用") and states no quantity. */
export function generalTask(text: string): string | undefined {
  const t = text.replace(/\s+/gu, '');
  return GENERAL_TASKS.some((task) => task.test(t)) && !statesQuantity(t) ? t : undefined;
}

/** A document cited by title: 《…实施方案的通知》. */
const CITED_TITLE = /《[^《》]*》/gu;
/** What is left of a goal that only points at documents: "根据…等文件要求完成绩效目标". */
const BY_REFERENCE = /(?:文件|方案|通知|规定|精神)的?要求/u;
const BY_REFERENCE_MAX_LENGTH = 24;

/**
 * The documents a goal cites, when citing them is all it does (湖南 祁东 2024: "根据《…》、《…》
 * 等文件要求完成绩效目标。"): with the titles taken out, a short rest that only says the documents'
 * requirements will be met, with no quantity.
 */
export function citesOnly(text: string): string | undefined {
  const titles = text.match(CITED_TITLE);
  if (!titles) return undefined;
  const rest = text.replace(CITED_TITLE, '').replace(/[\s、,，。；;.]/gu, '');
  if (rest.length > BY_REFERENCE_MAX_LENGTH || !BY_REFERENCE.test(rest) || !/完成|实现|落实|达到/u.test(rest) || statesQuantity(rest)) return undefined;
  return titles[0];
}

/** Verbs of something delivered besides the money ("购买安可设备,并完成项目资金支付", 四川 大英 2023). */
const DELIVERY_VERBS: readonly string[] = ['购买', '采购', '购置', '配备', '安装', '维修', '培训', '发放', '修建', '新建'];

/** Extension headings under which a table states the department's duties (部门职能职责概述). */
export const DUTY_HEADING_WORDS: readonly string[] = Object.freeze(['职能', '职责']);

/** Numbering at the start of a clause ("1、", "（一）", "目标1:"): not a quantity. */
const NUMBERING = /(?:^|[\s,，。；;])(?:目标\s*)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．:：)）]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]/gu;

/** A quantity: an Arabic number, or a Chinese numeral before a measure word (一座, 两所). */
const QUANTITY = /\d|[一二两三四五六七八九十百千万]+(?:个|座|所|条|项|人|户|次|处|台|套|家|公里|亩|万|千)/u;

/**
 * Verbs that open a clause of policy intent rather than a deliverable ("聚焦…", "强化…", "提升…"):
 * what a goal says when it copies the policy's aims instead of the year's work.
 */
const POLICY_OPENERS =
  /^(?:通过[^,，;；。]{0,12}(?:实施|开展)(?:后|的?同时)?)?(?:将|要)?(?:更好(?:的|地))?(?:为|以)?(?:进一步|持续|不断|切实|全面|着力|努力|积极|大力|充分)?(?:聚焦|强化|推进|推动|提升|提高|改善|夯实|围绕|促进|加强|增强|确保|打造|加大|发挥|保障|保持|稳定|巩固|健全|完善|优化|营造|助力|构建|深化|引导|带动|培育|满足|服务于?|明确|实现|规范)/u;

/** Clauses of a goal, with their numbering taken off. */
function clausesOf(text: string): string[] {
  return text
    .replace(NUMBERING, '，')
    .split(/[,，;；。\n]/u)
    .map((c) => c.trim())
    .filter((c) => c.length >= 2);
}

/**
 * A goal made of policy intent: at least two of its clauses, and at least half, open with an aim
 * ("聚焦残疾人康复需求,强化基本康复保障,实施精准康复服务,提升…"). A goal that names its
 * deliverables ("完成罗氏宗祠、李氏宗祠、英布墓日常维护,…测绘,…护栏制装") is not, whatever its length.
 */
export function statesOnlyAims(text: string): boolean {
  const clauses = clausesOf(text);
  const aims = clauses.filter((c) => POLICY_OPENERS.test(c)).length;
  return aims >= 2 && aims * 2 >= clauses.length;
}

/** The goal states a number or a counted object (numbering such as "1、" does not count). */
export function statesQuantity(text: string): boolean {
  return QUANTITY.test(text.replace(NUMBERING, ' '));
}

/**
 * Numbers that count no output: a year (2021年度), a date (12月底, 2023.07), and money asked for or shared
 * out ("申请预算资金90万元", "30万元用于…"). Money paid as the project's work ("如期支付租金131.2万元")
 * is its output and counts.
 */
const NOT_OUTPUT_NUMBERS =
  /(?:19|20)\d{2}\s*[.．/-]\s*\d{1,2}(?:\s*[.．/-]\s*\d{1,2})?(?!\d)|(?:19|20)\d{2}\s*年(?:度)?|\d{1,2}\s*月(?:\d{1,2}\s*日)?|(?:申请|预算|投入|安排|总投资)[^，,。；;\d]{0,6}\d+(?:\.\d+)?\s*(?:亿元|万元|元|亿|万)(?![人户个亩吨])|\d+(?:\.\d+)?\s*(?:亿元|万元|元)\s*(?:用于|用作)/gu;

/**
 * The goal states a quantity of output or effect: a number or a counted object besides years, dates
 * and money asked for or shared out (四川 阆中 2021 "按计划完成2021年度省道公路建设", 安徽 贵池 2022
 * "本项目共申请预算资金90万元。其中:30万元用于…" state none).
 */
export function statesOutputQuantity(text: string): boolean {
  return statesQuantity(text.replace(NOT_OUTPUT_NUMBERS, ' '));
}

/** The boilerplate phrases a goal uses, in order of first appearance. */
export function boilerplateIn(text: string): string[] {
  return BOILERPLATE_PHRASES.filter((p) => text.includes(p)).sort((a, b) => text.indexOf(a) - text.indexOf(b));
}

/** The first words that tell of something already done ("解决了"), if any. */
export function doneMarker(text: string): string | undefined {
  for (const v of DONE_VERBS) {
    const at = text.indexOf(`${v}了`);
    if (at >= 0) {
      // "极大的改善了": keep the adverb that makes it a report
      const before = /(?:极大|大大|明显|显著|有效|全面)(?:的|地)?$/u.exec(text.slice(0, at));
      return `${before ? before[0] : ''}${v}了`;
    }
  }
  return DONE_WORDS.find((w) => text.includes(w));
}

/**
 * A percent sign after a word instead of a number ("分红第一年按总客%"): the number was lost in
 * typing, and the share the goal promises cannot be read. Returns the words before the %.
 */
export function percentWithoutNumber(text: string): string | undefined {
  return /[\p{Script=Han}]{1,3}(?=[%％])/u.exec(text)?.[0];
}
