import { describe, expect, it } from 'vitest';
import { seedFindings } from '../../tests/helpers/seeds.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule, { isMeasurable } from './require-satisfaction.js';
import { readIndicatorValue } from '../../src/analysis/value-reading.js';


const output = row('产出指标', '数量指标', '培训人数', '≥80人');

// seed 000 (绍兴 2019), 出国人员经费 (259001), as filed: no satisfaction row at all
const CHUGUO: Indicator[] = [
  { level1: '产出指标', name: '年度经费控制率', value: '经费控制在财政局审批的《浙江省因公临时出国经费预算审核表》以内', description: '与上年出国（境）相比，经费控制情况。' },
  { level1: '产出指标', name: '审批程序', value: '合规', description: '审批程序是否符合规定。' },
  { level1: '产出指标', name: '出国（境）天数', value: '单次6-8人', description: '出国（境）活动持续天数。' },
  { level1: '产出指标', name: '出国（境）人数', value: '3-4人', description: '出国（境）人数。' },
  { level1: '效益指标', name: '组织40家以上企业赴印尼等“一带一路”沿线重点国家抱团参加绍兴特色产品展，重点参加2019年雅加达国际纺织及服装机械展览会暨浙江对外贸易展。', value: '', description: '', personalized: true },
  { level1: '效益指标', name: '商讨投资贸易等经贸合作事宜', value: '', description: '', personalized: true },
];

// seed 004 (绍兴 2019), 公务接待费, line 45: shifted columns — the name stands in 指标描述, "满意" in the 个性 name column
const GONGWU_SHIFTED: Indicator = {
  level1: '效益指标',
  name: '',
  value: '',
  description: '服务对象满意度',
  personal: { name: '满意', description: '得到市领导的好评，以及组织部、宣传部、政法委、发改委、人社局、教育局、文广局、文理学院等的好评，为有关部门做好活动保障工作。' },
};

new RuleTester({ describe, it }).run('require-satisfaction', rule, {
  valid: [
    {
      name: 'canonical 一级 满意度指标 (seed 001, 绍兴军分区饮食保障排专项经费)',
      document: doc({ projects: [project('绍兴军分区饮食保障排专项经费', [output, row('满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%', { operator: '定性', unit: '', weight: 20 })])] }),
    },
    {
      name: '河北 files 服务对象满意度指标 under 效果指标 (seed 003, 综合业务工作经费)',
      document: doc({ projects: [project('综合业务工作经费', [output, row('效果指标', '服务对象满意度指标', '外贸受益企业满意度', '≥90%', { description: '外贸受益企业满意度', basis: '调查问卷' })])] }),
    },
    {
      name: '浙江 2019 has no 二级: 培训学员满意度 under 效益指标 (seed 000, 商事法律业务培训费)',
      document: doc({ projects: [project('商事法律业务培训费', [output, { level1: '效益指标', name: '培训学员满意度', value: '95%', description: '参加培训的人员中调查结果满意和较满意的人数占培训人数的比率。' }])] }),
    },
    {
      name: 'a personalized row (seed 004, 差旅费)',
      document: doc({ projects: [project('差旅费', [output, { level1: '效益指标', name: '干部职工满意度', value: '95%以上', description: '保障在京办公人员的正常回家省亲、保障在绍工作开会，办理各项业务的公务出差费用，有稳定的保障。', personalized: true }])] }),
    },
    {
      name: 'the satisfaction name in the 个性 name column',
      document: doc({ projects: [project('甲', [output, { level1: '效益指标', name: '', value: '≥90%', personal: { name: '学员满意度' } }])] }),
    },
    {
      name: 'one measurable satisfaction row is enough (seed 000, 散、混、砂专项培训费 has three, valued 70, 15, 95)',
      document: doc({
        projects: [
          project('散、混、砂专项培训费', [
            output,
            { level1: '效益指标', name: '培训学员满意度', value: '70', description: '参加培训的人员中调查结果满意和较满意的人数占培训人数的比率。', personal: { name: '>***%', value: '70', description: '学员意见采纳整改率' } },
            { level1: '满意度指标', name: '群众满意度', value: '满意' },
          ]),
        ],
      }),
    },
    { name: 'a range is measurable', document: doc({ projects: [project('甲', [output, row('满意度指标', '服务对象满意度指标', '群众满意度', '90%-95%')])] }) },
    {
      name: 'overall entries are exempt by default (seed 003, 邢台 部门整体支出 has no satisfaction row)',
      document: doc({
        projects: [
          project('邢台市部门整体支出绩效目标申报表', [row('产出指标', '数量指标', '保障单位人员工资发放人数', '169人'), row('产出指标', '社会效益指标', '各项工作正常运转率', '100%')], { kind: 'overall' }),
        ],
      }),
    },
    { name: 'a project with no rows (seed 002, the truncated 弥补人员工资 table) is not judged', document: doc({ projects: [project('2021年度弥补人员工资', [])] }) },
    {
      name: 'settings.satisfactionNames adds words',
      document: doc({ projects: [project('甲', [output, row('效益指标', '社会效益指标', '群众获得感', '≥90%')])] }),
      settings: { satisfactionNames: ['获得感'] },
    },
    {
      name: 'a satisfaction name filed under 产出指标 still counts here (the misfiling is a category rule’s finding)',
      document: doc({ projects: [project('甲', [output, row('产出指标', '质量指标', '培训满意度', '≥90%')])] }),
    },
  ],
  invalid: [
    {
      name: 'seed 000 出国人员经费: no satisfaction row at all',
      document: doc({ year: 2019, projects: [project('出国人员经费', CHUGUO)] }),
      // the 2019 layout has no 满意度 一级: satisfaction rows go under 效益指标 there
      errors: [{ messageId: 'missingSatisfaction', pointer: '/projects/0', messageIncludes: ['项目“出国人员经费”没有满意度指标：请在效益指标下增加如“服务对象满意度 ≥90%”的指标'] }],
    },
    {
      name: 'seed 000 境内外展览招展宣传推广: a satisfaction target buried in another row is pointed at, not called missing',
      document: doc({
        year: 2019,
        projects: [
          project('境内外展览招展宣传推广', [
            output,
            { level1: '效益指标', name: '服务企业', value: '给企业提供相关的政策、信息支持和服务，企业满意度达90%以上，提高企业参展效果。', description: '', personalized: true },
          ]),
        ],
      }),
      errors: [{ messageId: 'satisfactionBuried', pointer: '/projects/0/indicators/1/value', messageIncludes: ['满意度目标“企业满意度达90%以上”写在了第2行“服务企业”的指标值中'] }],
    },
    {
      name: 'the 实施期 rows need their own satisfaction indicator, reported into that list',
      document: doc({
        projects: [
          project('甲', [output, row('满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%')], {
            period: '2023.07-2024.06',
            periodIndicators: [output, output],
          }),
        ],
      }),
      errors: [{ messageId: 'missingSatisfaction', pointer: '/projects/0/periodIndicators', messageIncludes: ['项目“甲”的实施期指标中没有满意度指标'] }],
    },
    {
      name: 'special-fund entries need one too',
      document: doc({ projects: [project('专项资金', [output], { kind: 'special-fund' })] }),
      errors: [{ messageId: 'missingSatisfaction', pointer: '/projects/0' }],
    },
    {
      name: 'includeOverall: overall entries need one too',
      document: doc({ projects: [project('部门整体', [output], { kind: 'overall' })] }),
      options: { includeOverall: true },
      errors: [{ messageId: 'missingSatisfaction', pointer: '/projects/0' }],
    },
    {
      name: 'counting surveys is not measuring satisfaction',
      document: doc({ projects: [project('甲', [output, row('产出指标', '数量指标', '满意度调查次数', '≥2次')])] }),
      errors: [{ messageId: 'missingSatisfaction', pointer: '/projects/0' }],
    },
    {
      name: 'seed 000 促进电子商务系列活动经: the satisfaction row holds a sentence with no number',
      document: doc({
        projects: [
          project('促进电子商务系列活动经', [
            output,
            { level1: '效益指标', name: '参与宣传（活动）对象满意度', value: '提高电子商务在创业青年中的知晓度和应用度。', description: '调查中参与宣传（活动）对象的满意度情况。' },
          ]),
        ],
      }),
      errors: [{ messageId: 'satisfactionNotMeasurable', pointer: '/projects/0/indicators/1/value', messageIncludes: ['只是定性描述，没有可衡量的数值', '如“≥90%”'] }],
    },
    {
      name: 'a bare 满意 does not count',
      document: doc({ projects: [project('甲', [output, row('满意度指标', '服务对象满意度指标', '群众满意度', '满意')])] }),
      errors: [{ messageId: 'satisfactionNotMeasurable', pointer: '/projects/0/indicators/1/value', messageIncludes: ['指标值“满意”只是定性描述'] }],
    },
    {
      name: 'a placeholder does not count',
      document: doc({ projects: [project('甲', [output, row('满意度指标', '服务对象满意度指标', '群众满意度', '≥**%')])] }),
      errors: [{ messageId: 'satisfactionNotMeasurable', pointer: '/projects/0/indicators/1/value', messageIncludes: ['是未填写的模板占位符'] }],
    },
    {
      name: '不涉及 does not count',
      document: doc({ projects: [project('甲', [output, row('满意度指标', '服务对象满意度指标', '不涉及', '不涉及')])] }),
      errors: [{ messageId: 'satisfactionNotMeasurable', pointer: '/projects/0/indicators/1/value', messageIncludes: ['指标值填的是“不涉及”'] }],
    },
    {
      name: 'seed 004 公务接待费: the shifted 服务对象满意度 row holds only "满意" (in the 个性 name column)',
      document: doc({ year: 2019, projects: [project('公务接待费', [output, GONGWU_SHIFTED])] }),
      errors: [
        {
          messageId: 'satisfactionNotMeasurable',
          pointer: '/projects/0/indicators/1/personal/name',
          messageIncludes: ['满意度指标“服务对象满意度”', '指标值“满意”只是定性描述'],
        },
      ],
    },
    {
      name: 'the value in the 个性 column is judged at its own pointer',
      document: doc({ projects: [project('甲', [output, { level1: '效益指标', name: '', value: '', personal: { name: '服务对象满意度', value: '较好' } }])] }),
      errors: [{ messageId: 'satisfactionNotMeasurable', pointer: '/projects/0/indicators/1/personal/value' }],
    },
    {
      name: 'every unmeasurable satisfaction row is reported when none counts',
      document: doc({ projects: [project('甲', [row('满意度指标', '服务对象满意度指标', '群众满意度', '满意'), row('满意度指标', '服务对象满意度指标', '企业满意度', '')])] }),
      errors: [
        { messageId: 'satisfactionNotMeasurable', pointer: '/projects/0/indicators/0/value' },
        { messageId: 'satisfactionNotMeasurable', pointer: '/projects/0/indicators/1/value' },
      ],
    },
    {
      name: 'English messages',
      document: doc({ projects: [project('甲', [output])] }),
      locale: 'en',
      errors: [{ messageId: 'missingSatisfaction', pointer: '/projects/0', messageIncludes: ['project "甲" has no satisfaction indicator'] }],
    },
  ],
});

describe('isMeasurable', () => {
  const measurable = (value: string) => isMeasurable(readIndicatorValue({ value }), value);
  it('accepts numbers and ranges, rejects words', () => {
    expect(measurable('≥90%')).toBe(true);
    expect(measurable('95%以上')).toBe(true);
    expect(measurable('90-95%')).toBe(true);
    expect(measurable('满意')).toBe(false);
    expect(measurable('满足')).toBe(false);
    expect(measurable('较好')).toBe(false);
    expect(measurable('文字描述')).toBe(false);
    expect(measurable('')).toBe(false);
  });
});

describe('require-satisfaction on the seed tables', () => {
  it('finds exactly these problems', async () => {
    const found = await seedFindings('require-satisfaction');
    expect(found).toEqual([
      // 000 出国人员经费 (259001): 产出 rows and two 个性 效益 rows, none about satisfaction (notes §3)
      ['000_30a1bc42c77b7743.json', '/projects/0', 'missingSatisfaction'],
      // 000 促进内需系列活动经费: its satisfaction row has name and target swapped (提升企业满意率 / …群众满意度达95%以上):
      // the target is measurable, so no finding here; no-placeholder reports the swap
      // 000 扩大开放系列活动经费: none; 服务企业 only says 提升企业满意度 in its value (notes)
      ['000_30a1bc42c77b7743.json', '/projects/2', 'missingSatisfaction'],
      // 000 出国人员经费 (259002): none (notes)
      ['000_30a1bc42c77b7743.json', '/projects/3', 'missingSatisfaction'],
      // 000 境内外展览招展宣传推广: no satisfaction row, but "企业满意度达90%以上" is buried in the value of 服务企业 (notes)
      ['000_30a1bc42c77b7743.json', '/projects/4/indicators/4/value', 'satisfactionBuried'],
      // 000 签证点工作经费: shifted row, 服务对象满意度 in 指标描述（个性）, its value "满意" (in 明细指标) has no number
      ['000_30a1bc42c77b7743.json', '/projects/5/indicators/4/name', 'satisfactionNotMeasurable'],
      // 000 散装水泥管理: none (notes)
      ['000_30a1bc42c77b7743.json', '/projects/8', 'missingSatisfaction'],
      // 000 促进电子商务系列活动经: 参与宣传（活动）对象满意度 = "提高电子商务在创业青年中的知晓度和应用度。" (notes)
      ['000_30a1bc42c77b7743.json', '/projects/9/indicators/5/value', 'satisfactionNotMeasurable'],
      // 000 省电商促进中心大数据服: none (notes)
      ['000_30a1bc42c77b7743.json', '/projects/10', 'missingSatisfaction'],
      // 001: every project has 服务对象满意度指标 with a number. 002: every table has one (≥85%…≥98%); the
      // overall entry is exempt and the truncated 弥补人员工资 copy has no rows. 003: the overall grid has none but is exempt.
      // 004 公务接待费: shifted row, 服务对象满意度 in 指标描述, its value "满意" (in the 个性 name column) has no number
      ['004_427bf320b5e131b0.json', '/projects/3/indicators/5/personal/name', 'satisfactionNotMeasurable'],
    ]);
  });
});
