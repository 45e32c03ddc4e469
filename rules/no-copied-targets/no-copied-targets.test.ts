import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PerfLint } from '../../src/engine/perflint.js';
import type { Indicator } from '../../src/document/model.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule, { periodMonths } from './no-copied-targets.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// ── Real rows, quoted from the seed fixtures ───────────────────────────────────────────────────

/** 002 (河北承德 2021) /projects/6 2021年劳务派遣人员经费 */
const laowuPaiqian: Indicator[] = [
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
const mibuGongzi: Indicator[] = [
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
const jiehui: Indicator[] = [
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
const zhaoshang: Indicator[] = [
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
const chuguoBenji: Indicator[] = [
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
const chuguoMaocuhui: Indicator[] = [
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
function reserveRows(tons: number): Indicator[] {
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
function trainingRows(people: number): Indicator[] {
  return [
    row('产出指标', '数量指标', '外贸政策实务培训人数', `≥${people}人次`, { description: '培训外贸企业进出口人员' }),
    row('产出指标', '质量指标', '组织培训企业达标率', '≥90%', { description: '组织外贸政策业务培训人员达标率' }),
    row('产出指标', '时效指标', '外贸政策及时宣传率', '100%', { description: '按计划及时宣传外贸政策的次数/计划宣传的全部次数' }),
    row('效果指标', '经济效益指标', '进出口规模扩大', '=5%', { description: '我市进出口规模同比扩大' }),
    row('满意度指标', '服务对象满意度指标', '外贸受益企业满意度', '≥90%', { description: '外贸受益企业满意度' }),
  ];
}

const hebei = { province: '河北省', city: '邢台市' };

new RuleTester({ describe, it }).run('no-copied-targets', rule, {
  valid: [
    {
      // 004: both projects take 宣传天数/次数/保障措施/扩大城市影响力/满意度 from the library, values are their own
      name: '驻京联络处 2019: library names and descriptions with own values are not a copy',
      document: doc({ year: 2019, projects: [project('全国重大节会期间工作经费', jiehui), project('招商引资绍兴推介和人才', zhaoshang)] }),
    },
    {
      name: '绍兴 2019: two units filling one 出国人员经费 template are not a copy',
      document: doc({
        year: 2019,
        projects: [
          project('出国人员经费', chuguoBenji, { unit: { code: '259001', name: '市商务局本级' }, funding: { total: 120000 } }),
          project('出国人员经费', chuguoMaocuhui, { unit: { code: '259002', name: '中国国际贸易促进委员会绍兴市委员会' }, funding: { total: 50000 } }),
        ],
      }),
    },
    {
      name: 'different projects',
      document: doc({ projects: [project('市级冻猪肉储备补贴资金', reserveRows(275)), project('综合业务工作经费', trainingRows(500))] }),
    },
    {
      // 003: the 部门整体 table sums up its projects' rows; that is what it is for
      name: 'the overall (部门整体) table repeating a project’s rows is not a copy',
      document: doc({
        region: hebei,
        projects: [project('邢台市部门整体支出绩效目标申报表', reserveRows(275), { kind: 'overall' }), project('市级冻猪肉储备补贴资金', reserveRows(275))],
      }),
    },
    {
      name: 'rows that do not apply (不涉及) are no evidence',
      document: doc({
        projects: [0, 1].map((i) =>
          project(`项目${i}`, [
            ...(i ? reserveRows(275) : trainingRows(500)),
            row('效果指标', '经济效益指标', '不涉及', '不涉及', { description: '不涉及' }),
            row('效果指标', '生态效益指标', '不涉及', '不涉及', { description: '不涉及' }),
            row('效果指标', '可持续影响指标', '不涉及', '不涉及', { description: '不涉及' }),
          ]),
        ),
      }),
    },
    {
      name: 'empty codes never count as the same code',
      document: doc({ projects: [project('机关办公用房租金', reserveRows(1), { code: '', funding: { total: 131.2 } }), project('综合业务工作经费', trainingRows(2), { code: '', funding: { total: 140 } })] }),
    },
    {
      name: 'a continuing project keeps its code from one year to the next',
      files: {
        'a.json': doc({ year: 2021, projects: [project('冻猪肉储备', reserveRows(275), { code: '601004', funding: { total: 140 } })] }),
        'b.json': doc({ year: 2022, projects: [project('冻猪肉储备', reserveRows(300), { code: '601004', funding: { total: 150 } })] }),
      },
    },
    {
      // names, descriptions and the rates (合格率, 及时率) stay; the quantities were updated
      name: 'last year’s project with updated quantities is not “not updated”',
      files: {
        'a.json': doc({ year: 2021, projects: [project('冻猪肉储备', reserveRows(275))] }),
        'b.json': doc({ year: 2022, projects: [project('冻猪肉储备', reserveRows(300))] }),
      },
    },
    {
      name: 'the same project two years apart is not a copy between projects',
      files: {
        'a.json': doc({ year: 2019, projects: [project('冻猪肉储备', reserveRows(275))] }),
        'b.json': doc({ year: 2021, projects: [project('冻猪肉储备', reserveRows(275))] }),
      },
    },
    {
      name: 'commonRows: rows named there are library rows and never evidence',
      document: doc({ projects: [project('冻猪肉储备', reserveRows(275)), project('冻牛肉储备', reserveRows(275))] }),
      options: { commonRows: ['储备冻猪肉数量', '联合检查合格率', '补贴资金拨付及时率', '每吨储备补贴', '居民受益人数', '居民满意度'] },
    },
    {
      name: 'minRows: a two-row project is too small to call a copy',
      document: doc({ projects: [project('甲', reserveRows(275).slice(0, 2)), project('乙', reserveRows(275).slice(0, 2))] }),
    },
    {
      name: '实施期 of at most 12 months may repeat the annual rows',
      document: doc({ projects: [project('冻猪肉储备', reserveRows(275), { period: '2023.07-2024.01', periodIndicators: reserveRows(275) })] }),
    },
    {
      name: '实施期 rows that are only rates may repeat the annual rows',
      document: doc({
        projects: [
          project('资金拨付', reserveRows(275).slice(1, 3), { period: '2023年-2025年', periodIndicators: reserveRows(275).slice(1, 3) }),
        ],
      }),
    },
  ],
  invalid: [
    {
      // 002: the brief's case: every 三级 name and description repeated, 派遣人员满意度 included
      name: '承德 2021: 弥补人员工资 repeats the nine rows of 劳务派遣人员经费',
      document: doc({
        region: { province: '河北省', city: '承德市' },
        department: { name: '承德市商务局' },
        projects: [
          project('2021年劳务派遣人员经费', laowuPaiqian, { code: '482-0302-YBN-VL3Z', funding: { total: 5 } }),
          project('2021年度弥补人员工资', mibuGongzi, { code: '482-0302-JBN-SW93', funding: { total: 20.31 } }),
        ],
      }),
      errors: [
        {
          messageId: 'copiedTargets',
          pointer: '/projects/1',
          related: [{ pointer: '/projects/0' }],
          data: { rows: '9行中9行指标名称相同、9行描述相同、5行指标值相同' },
        },
      ],
    },
    {
      name: 'a copy in another department’s file is reported on the later file, pointing at the earlier one',
      files: {
        'a.json': doc({ department: { name: '商务局' }, projects: [project('冻猪肉储备', reserveRows(275))] }),
        'b.json': doc({ department: { name: '粮食局' }, projects: [project('外贸培训', trainingRows(500)), project('冻牛肉储备', reserveRows(275))] }),
      },
      errors: [{ messageId: 'copiedTargets', file: 'b.json', pointer: '/projects/1', related: [{ file: 'a.json', pointer: '/projects/0' }] }],
    },
    {
      name: 'later = file order: when the copy’s file comes first, the original is the later project',
      files: {
        'a.json': doc({ department: { name: '粮食局' }, projects: [project('冻牛肉储备', reserveRows(275))] }),
        'b.json': doc({ department: { name: '商务局' }, projects: [project('冻猪肉储备', reserveRows(275))] }),
      },
      errors: [{ messageId: 'copiedTargets', file: 'b.json', pointer: '/projects/0', related: [{ file: 'a.json', pointer: '/projects/0' }] }],
    },
    {
      name: 'of several copies the source is the original (the earliest of equal matches)',
      document: doc({ projects: [project('原项目', reserveRows(275)), project('复制一', reserveRows(275)), project('复制二', reserveRows(275))] }),
      errors: [
        { messageId: 'copiedTargets', pointer: '/projects/1', related: [{ pointer: '/projects/0' }] },
        { messageId: 'copiedTargets', pointer: '/projects/2', related: [{ pointer: '/projects/0' }] },
      ],
    },
    {
      name: 'values filed in the 计算符号/计量单位 columns match the same values written inline',
      document: doc({
        projects: [
          project('原项目', reserveRows(275)),
          project(
            '复制项目',
            reserveRows(275).map((r) => {
              const m = /^([=≤≥])(\d+)(.*)$/u.exec(r.value);
              return m ? { ...r, operator: m[1], value: m[2]!, unit: m[3] } : r;
            }),
          ),
        ],
      }),
      errors: [{ messageId: 'copiedTargets', pointer: '/projects/1' }],
    },
    {
      // 002 lists every table twice, in 专项资金 and in 预算项目, with the same code, name and budget
      name: 'the same project listed twice is duplicateProject, not also a copy',
      document: doc({
        projects: [
          project('2021年劳务派遣人员经费', laowuPaiqian, { code: '482-0302-YBN-VL3Z', kind: 'special-fund', funding: { total: 5 } }),
          project('2021年劳务派遣人员经费', laowuPaiqian, { code: '482-0302-YBN-VL3Z', kind: 'project', funding: { total: 5 } }),
        ],
      }),
      errors: [{ messageId: 'duplicateProject', pointer: '/projects/1', related: [{ pointer: '/projects/0' }] }],
    },
    {
      // 浙江 tables carry no 项目编码: the same department's table filed twice (JSON and workbook, say)
      name: 'without codes, the same department, year, name and budget twice is duplicateProject',
      files: {
        'a.json': doc({ department: { code: '259', name: '市商务局' }, projects: [project('商事法律业务培训', laowuPaiqian, { funding: { total: 30000 } })] }),
        'b.json': doc({ department: { code: '259', name: '市商务局' }, projects: [project('商事法律业务培训', laowuPaiqian, { funding: { total: 30000 } })] }),
      },
      errors: [{ messageId: 'duplicateProject', file: 'b.json', pointer: '/projects/0', related: [{ file: 'a.json', pointer: '/projects/0' }], data: { text: '部门、名称和预算金额（两者都没有项目编码）' } }],
    },
    {
      // 003: 招商引资专项经费 300 and 600 万元 both filed under 601004
      name: 'one code for two different budgets is codeReused',
      document: doc({
        region: hebei,
        moneyUnit: '万元',
        projects: [
          project('招商引资专项经费', reserveRows(50), { code: '601004', funding: { total: 300 } }),
          project('招商引资专项经费', trainingRows(100), { code: '601004', funding: { total: 600 } }),
        ],
      }),
      errors: [{ messageId: 'codeReused', pointer: '/projects/1', related: [{ pointer: '/projects/0' }], data: { total: '600万元', sourceTotal: '300万元' } }],
    },
    {
      name: 'one code for two different names is codeReused, across files of the same year and region',
      files: {
        'a.json': doc({ projects: [project('冻猪肉储备', reserveRows(275), { code: 'X-1' })] }),
        'b.json': doc({ department: { name: '粮食局' }, projects: [project('外贸培训', trainingRows(500), { code: 'X-1' })] }),
      },
      errors: [{ messageId: 'codeReused', file: 'b.json', pointer: '/projects/0', related: [{ file: 'a.json', pointer: '/projects/0' }] }],
    },
    {
      name: 'the same department’s targets carried over unchanged into the next year are notUpdated',
      files: {
        'a.json': doc({ year: 2021, department: { code: '239', name: '驻北京联络处' }, projects: [project('冻猪肉储备', reserveRows(275))] }),
        'b.json': doc({ year: 2022, department: { code: '239', name: '驻北京联络处' }, projects: [project('冻猪肉储备', reserveRows(275))] }),
      },
      errors: [{ messageId: 'notUpdated', file: 'b.json', pointer: '/projects/0', related: [{ file: 'a.json', pointer: '/projects/0' }], data: { sourceYear: 2021 } }],
    },
    {
      name: 'notUpdated is reported on the later year even when its file comes first',
      files: {
        'a.json': doc({ year: 2022, projects: [project('冻猪肉储备', reserveRows(275))] }),
        'b.json': doc({ year: 2021, projects: [project('冻猪肉储备', reserveRows(275))] }),
      },
      errors: [{ messageId: 'notUpdated', file: 'a.json', pointer: '/projects/0', related: [{ file: 'b.json', pointer: '/projects/0' }] }],
    },
    {
      name: 'different department codes are different departments: a copy, not notUpdated',
      files: {
        'a.json': doc({ year: 2021, department: { code: '101', name: '测试局' }, projects: [project('冻猪肉储备', reserveRows(275))] }),
        'b.json': doc({ year: 2022, department: { code: '102', name: '测试局' }, projects: [project('冻牛肉储备', reserveRows(275))] }),
      },
      errors: [{ messageId: 'copiedTargets', file: 'b.json', pointer: '/projects/0' }],
    },
    {
      name: '实施期 rows that repeat the annual quantities over three years are periodRepeatsAnnual',
      document: doc({ projects: [project('冻猪肉储备', reserveRows(275), { period: '2023年-2025年', periodIndicators: reserveRows(275) })] }),
      errors: [{ messageId: 'periodRepeatsAnnual', pointer: '/projects/0/periodIndicators' }],
    },
    {
      name: 'threshold option: a lower threshold also reports the library look-alike',
      document: doc({ year: 2019, projects: [project('全国重大节会期间工作经费', jiehui), project('招商引资绍兴推介和人才', zhaoshang)] }),
      options: { threshold: 0.25 },
      errors: [{ messageId: 'copiedTargets', pointer: '/projects/1' }],
    },
    {
      name: 'messages in English on request',
      locale: 'en',
      document: doc({ projects: [project('原项目', reserveRows(275)), project('复制项目', reserveRows(275))] }),
      errors: [{ messageId: 'copiedTargets', pointer: '/projects/1', data: { text: 'closely match those of project "原项目" in this file' } }],
    },
  ],
});

describe('no-copied-targets helpers', () => {
  it('reads the length of a 实施期', () => {
    expect(periodMonths('2023.07-2024.01')).toBe(7);
    expect(periodMonths('2021年-2023年')).toBe(36);
    expect(periodMonths('2023年7月-2024年6月')).toBe(12);
    expect(periodMonths('2023-2025')).toBe(36);
    expect(periodMonths('三年')).toBeUndefined();
    expect(periodMonths(undefined)).toBeUndefined();
  });
});

describe('no-copied-targets on the seed fixtures', () => {
  it('finds exactly the defensible findings', async () => {
    const perflint = new PerfLint({ cwd: join(ROOT, 'fixtures', 'seeds'), config: { rules: { 'no-copied-targets': 'error' } } });
    const results = await perflint.lintFiles(['.']);
    const findings = results.flatMap((r) =>
      r.messages.map((m) => [basename(r.filePath), m.pointer, m.messageId, m.related?.map((x) => `${basename(x.filePath)}#${x.pointer}`).join(' ') ?? ''].join(' ')),
    );
    expect(findings.sort()).toEqual(
      [
        // 承德 2021: 弥补人员工资 repeats all nine names and descriptions of 劳务派遣人员经费 (派遣人员满意度
        // included) and five of its values (notes 002 §3 item 20)
        '002_ee05bafa97bc834e.json /projects/8 copiedTargets 002_ee05bafa97bc834e.json#/projects/6',
        // 承德 2021 files each 专项资金 table again as a 预算项目 table: same 项目编码, name and 预算数 (notes §3 item 1)
        '002_ee05bafa97bc834e.json /projects/9 duplicateProject 002_ee05bafa97bc834e.json#/projects/1',
        '002_ee05bafa97bc834e.json /projects/10 duplicateProject 002_ee05bafa97bc834e.json#/projects/2',
        '002_ee05bafa97bc834e.json /projects/11 duplicateProject 002_ee05bafa97bc834e.json#/projects/3',
        '002_ee05bafa97bc834e.json /projects/12 duplicateProject 002_ee05bafa97bc834e.json#/projects/4',
        '002_ee05bafa97bc834e.json /projects/13 duplicateProject 002_ee05bafa97bc834e.json#/projects/5',
        '002_ee05bafa97bc834e.json /projects/14 duplicateProject 002_ee05bafa97bc834e.json#/projects/6',
        '002_ee05bafa97bc834e.json /projects/15 duplicateProject 002_ee05bafa97bc834e.json#/projects/7',
        // the truncated second listing of 弥补人员工资 (no rows) is still the same code, name and budget
        '002_ee05bafa97bc834e.json /projects/16 duplicateProject 002_ee05bafa97bc834e.json#/projects/8',
        // 邢台 2023: 601004 is filed for 招商引资专项经费 300万元 and again for a different 600万元 table (notes 003)
        '003_8a93ebbb46b509da.json /projects/6 codeReused 003_8a93ebbb46b509da.json#/projects/5',
      ].sort(),
    );
  });
});

/** "00012.json#/projects/7" → a key that sorts by file, then by project number */
function runOrder(location: string): string {
  const [file, pointer] = location.split('#');
  return `${file} ${String(Number(pointer!.split('/')[2])).padStart(6, '0')}`;
}

const GENERATOR = join(ROOT, '..', 'shared', 'bench', 'gen-corpus.mjs');

describe.skipIf(!existsSync(GENERATOR))('no-copied-targets on a generated corpus of 20,000 projects', () => {
  let dir = '';
  let manifest: { projects: number; defects: Array<{ kind: string; at: string; from?: string }> };
  const found = new Map<string, string[]>();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'perflint-copies-'));
    execFileSync(process.execPath, [GENERATOR, '--out', dir, '--departments', '1200', '--seed', '7'], { stdio: 'ignore' });
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as typeof manifest;
    const perflint = new PerfLint({ cwd: join(dir, 'docs'), config: { rules: { 'no-copied-targets': 'error' } } });
    for (const result of await perflint.lintFiles(['.'])) {
      for (const m of result.messages) {
        const at = `${basename(result.filePath)}#${m.pointer}`;
        found.set(at, [...(found.get(at) ?? []), `${m.messageId} ${m.related?.map((r) => `${basename(r.filePath)}#${r.pointer}`).join(' ') ?? ''}`]);
      }
    }
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has at least 20,000 projects', () => {
    expect(manifest.projects).toBeGreaterThanOrEqual(20_000);
  });

  it('finds every injected copy, and nothing else', () => {
    const copies = manifest.defects.filter((d) => d.kind === 'copied-targets');
    expect(copies.length).toBeGreaterThan(100);
    const expected = new Map<string, string[]>();
    for (const c of copies) {
      // the later project by file order carries the finding; the generator's copies always come
      // after their source (files 00000.json… sort in generation order), but either way is a find
      const [later, earlier] = runOrder(c.at) < runOrder(c.from!) ? [c.from!, c.at] : [c.at, c.from!];
      expected.set(later, [`copiedTargets ${earlier}`]);
    }
    // The generator gives copies a new code and name, so no duplicateProject/codeReused; its
    // departments all have their own code, so no notUpdated; it has no 实施期 rows. Its other
    // projects draw rows at random from a small vocabulary: two of them may share a few rows, which
    // is no copy, and the rule must not report them.
    expect(new Map([...found].sort())).toEqual(new Map([...expected].sort()));
  });
});
