/**
 * Indicator rows for the corpus rules' tests (no-copied-targets, duplicate-project,
 * period-targets-differ): real rows quoted from the seed fixtures, and generated look-alikes.
 */
import type { Indicator } from '../../src/document/model.js';
import { row } from './documents.js';

// ── Real rows, quoted from the seed fixtures ───────────────────────────────────────────────────

/** 002 (河北承德 2021) /projects/6 2021年劳务派遣人员经费 */
export const laowuPaiqian: Indicator[] = [
  row('产出指标', '数量指标', '在岗人员出勤率', '>=98%', { description: '考核在编在岗人员出勤情况', basis: '单位工作计划' }),
  row('产出指标', '质量指标', '工资发放准确率', '=100%', { description: '反映工资发放的准确情况', basis: '' }),
  row('产出指标', '时效指标', '按月足额拨付资金', '文字描述', { description: '每月足额拨付资金', basis: '' }),
  row('产出指标', '成本指标', '个人核定工资数额', '文字描述', { description: '个人核对工资数额', basis: '' }),
  row('效果指标', '经济效益指标', '机关工作人员尽职尽责率', '文字描述', { description: '考察机关工作人员尽职尽责情况', basis: '' }),
  row('效果指标', '社会效益指标', '解决社会就业', '>=100%', { description: '解决社会就业', basis: '' }),
  row('效果指标', '可持续影响指标', '按“三保”政策，工资逐月及时足额发放', '文字描述', { description: '反映“三保”政策，工资逐月及时足额发放', basis: '' }),
  row('效果指标', '生态效益指标', '节能环保', '>=98%', { description: '使用节能环保产品比率', basis: '' }),
  row('满意度指标', '服务对象满意度指标', '派遣人员满意度', '>=98%', { description: '派遣人员满意度', basis: '' }),
];

/** 002 /projects/8 2021年度弥补人员工资: the same nine names and descriptions, five values kept */
export const mibuGongzi: Indicator[] = [
  row('产出指标', '数量指标', '在岗人员出勤率', '>=98%', { description: '考核在编在岗人员出勤情况', basis: '单位日常工资要求' }),
  row('产出指标', '质量指标', '工资发放准确率', '>=100%', { description: '反映工资发放的准确情况', basis: '发放期限' }),
  row('产出指标', '时效指标', '按月足额拨付资金', '文字描述', { description: '每月足额拨付资金', basis: '每月8日前' }),
  row('产出指标', '成本指标', '个人核定工资数额', '文字描述', { description: '个人核对工资数额', basis: '发放期限' }),
  row('效果指标', '经济效益指标', '机关工作人员尽职尽责率', '>=100%', { description: '考察机关工作人员尽职尽责情况', basis: '工作人员足额领用' }),
  row('效果指标', '社会效益指标', '解决社会就业', '>=100%', { description: '解决社会就业', basis: '每月发放工资' }),
  row('效果指标', '可持续影响指标', '按“三保”政策，工资逐月及时足额发放', '>=100%', { description: '反映“三保”政策，工资逐月及时足额发放', basis: '人员经费有效控制' }),
  row('效果指标', '生态效益指标', '节能环保', '>=100%', { description: '使用节能环保产品比率', basis: '提升人员素质,保护生态环境' }),
  row('满意度指标', '服务对象满意度指标', '派遣人员满意度', '>=98%', { description: '派遣人员满意度', basis: '单位财政供养人员满意度' }),
];

/** 004 (驻京联络处 2019) /projects/4 全国重大节会期间工作经费: common-library rows, own values */
export const jiehui: Indicator[] = [
  { level1: '产出指标', name: '宣传（活动）天数', value: '20天左右，按代表及领导的具体活动时间而定', description: '举办天数。' },
  { level1: '产出指标', name: '组织宣传（活动）次数', value: '两次以上，按两会等重大节会要求所安排', description: '组织各类宣传活动次数完成数。' },
  { level1: '产出指标', name: '宣传（活动）工作及时性', value: '及时有效开展，做好和有关部门对接工作。', description: '相关媒体宣传信息发布是否及时。' },
  {
    level1: '产出指标',
    name: '保障措施完备性',
    value: '完备，有工作方案。',
    description: '定性指标。有明确工作制度，能细化工作任务，分解工作职责，能建设立起配套的相关管理机制；针对活动的整体策划、时间和场地安排、组织方式、接待、安保、演出、宣传工作等有相应保障机制或应急预案。',
  },
  {
    level1: '效益指标',
    name: '扩大城市影响力',
    value: '有所提升，在为代表服务、为领导服务、为有关企业服务过程中，通过合作沟通，得到一致好评。',
    description: '定性指标。展示城市好形象、提升绍兴在外知名度、美誉度的影响；为全市经济社会发展营造良好和谐环境。',
  },
  { level1: '效益指标', name: '参与宣传（活动）对象满意度', value: '95%以上', description: '调查中参与宣传（活动）对象的满意度情况。' },
];

/** 004 /projects/6 招商引资绍兴推介和人才: the same library rows with its own values */
export const zhaoshang: Indicator[] = [
  { level1: '产出指标', name: '宣传（活动）天数', value: '每季度1-2次，按有关活动要求安排', description: '举办天数。' },
  { level1: '产出指标', name: '组织宣传（活动）次数', value: '3-5次，具体按市里有关要求开展。', description: '组织各类宣传活动次数完成数。' },
  {
    level1: '产出指标',
    name: '保障措施完备性',
    value: '完备，有活动有工作方案，工作制度。',
    description: '定性指标。有明确工作制度，能细化工作任务，分解工作职责，能建设立起配套的相关管理机制；针对活动的整体策划、时间和场地安排、组织方式、接待、安保、演出、宣传工作等有相应保障机制或应急预案。',
  },
  { level1: '产出指标', name: '宣传（活动）场地面积', value: '300-500平方米，按实际场地安排', description: '宣传所需的场地面积。' },
  { level1: '效益指标', name: '参与宣传（活动）对象满意度', value: '95%以上', description: '调查中参与宣传（活动）对象的满意度情况。' },
  {
    level1: '效益指标',
    name: '扩大城市影响力',
    value: '有所提升，维护好绍兴形象，助推绍兴人才推介。',
    description: '定性指标。展示城市好形象、提升绍兴在外知名度、美誉度的影响；为全市经济社会发展营造良好和谐环境。',
  },
];

/** 000 (绍兴 2019) /projects/0 and /projects/3: two units' 出国人员经费 from one template */
export const chuguoBenji: Indicator[] = [
  { level1: '产出指标', name: '年度经费控制率', value: '经费控制在财政局审批的《浙江省因公临时出国经费预算审核表》以内', description: '与上年出国（境）相比，经费控制情况。' },
  { level1: '产出指标', name: '审批程序', value: '合规', description: '审批程序是否符合规定。' },
  { level1: '产出指标', name: '出国（境）天数', value: '单次6-8人', description: '出国（境）活动持续天数。' },
  { level1: '产出指标', name: '出国（境）人数', value: '3-4人', description: '出国（境）人数。' },
  {
    level1: '效益指标',
    name: '组织40家以上企业赴印尼等“一带一路”沿线重点国家抱团参加绍兴特色产品展，重点参加2019年雅加达国际纺织及服装机械展览会暨浙江对外贸易展。',
    value: '',
    description: '',
    personalized: true,
  },
  { level1: '效益指标', name: '商讨投资贸易等经贸合作事宜', value: '', description: '', personalized: true },
];
export const chuguoMaocuhui: Indicator[] = [
  { level1: '产出指标', name: '审批程序', value: '完备', description: '审批程序是否符合规定。' },
  { level1: '产出指标', name: '出国（境）天数', value: '单次6-8天', description: '出国（境）活动持续天数。' },
  { level1: '产出指标', name: '年度经费控制率', value: '经费控制在财政局审批的《浙江省因公临时出国经费预算审核表》以内。', description: '与上年出国（境）相比，经费控制情况。' },
  { level1: '产出指标', name: '出国（境）人数', value: '2-3人', description: '出国（境）人数。' },
  {
    level1: '效益指标',
    name: '',
    value: '',
    description: '增加外贸出口额，推动经济发展，组织我市10家以上企业参加第22届日本国际外食产业展览会；通过抱团参展，宣传绍兴特色产品，展示绍兴整体形象。',
    personal: { name: '推动经济发展' },
  },
  {
    level1: '效益指标',
    name: '',
    value: '',
    description: '促进企业走出去：组织绍兴20家以上纺织服装企业参加美国重要的服装服饰面料及鞋类展会，助推我市纺织企业“走出去、保市场”；积极应对中美贸易摩擦对我市纺织业冲击，探索我市纺织企业在美国拓市场的新出路；积极开拓新兴国家和“一带一路”沿线国家的贸易市场。',
    personal: { name: '助推企业“走出去、保市场”' },
  },
];

// ── Small synthetic rows ───────────────────────────────────────────────────────────────────────

/** a reserve project's rows; `tons` and `rate` vary them */
export function reserveRows(tons: number): Indicator[] {
  return [
    row('产出指标', '数量指标', '储备冻猪肉数量', `=${tons}吨`, { description: '储备冻猪肉数量' }),
    row('产出指标', '质量指标', '联合检查合格率', '=100%', { description: '联合检查合格的冻肉数量/全部检查的冻肉数量' }),
    row('产出指标', '时效指标', '补贴资金拨付及时率', '=100%', { description: '验收合格后付款及时率' }),
    row('产出指标', '成本指标', '每吨储备补贴', `≤${tons * 2}元`, { description: '每吨冻猪肉储备补贴成本' }),
    row('效果指标', '社会效益指标', '居民受益人数', `≥${tons}万人`, { description: '市场调控能力增强，群众受益人数' }),
    row('满意度指标', '服务对象满意度指标', '居民满意度', '≥95%', { description: '对猪肉价格和供应满意的居民比例' }),
  ];
}

/** a training project's rows: nothing in common with reserveRows */
export function trainingRows(people: number): Indicator[] {
  return [
    row('产出指标', '数量指标', '外贸政策实务培训人数', `≥${people}人次`, { description: '培训外贸企业进出口人员' }),
    row('产出指标', '质量指标', '组织培训企业达标率', '≥90%', { description: '组织外贸政策业务培训人员达标率' }),
    row('产出指标', '时效指标', '外贸政策及时宣传率', '100%', { description: '按计划及时宣传外贸政策的次数/计划宣传的全部次数' }),
    row('效果指标', '经济效益指标', '进出口规模扩大', '=5%', { description: '我市进出口规模同比扩大' }),
    row('满意度指标', '服务对象满意度指标', '外贸受益企业满意度', '≥90%', { description: '外贸受益企业满意度' }),
  ];
}

export const hebei = { province: '河北省', city: '邢台市' };
