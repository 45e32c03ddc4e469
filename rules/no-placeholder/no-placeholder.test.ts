import { describe, expect, it } from 'vitest';
import { seedFindings } from '../../tests/helpers/seeds.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './no-placeholder.js';


const ok = row('产出指标', '数量指标', '培训人数', '≥80人');
const one = (indicators: Indicator[], extra = {}) => doc({ projects: [project('甲', indicators, extra)] });

// seed 003 (邢台 2023), 蔬菜储备补贴资金: the whole 生态效益指标 declared 不涉及
const HEBEI_NOT_APPLICABLE: Indicator = { level1: '效果指标', level2: '生态效益指标', name: '不涉及', description: '不涉及', value: '不涉及', basis: '不涉及' };
// seed 003, overall grid group 1: no description column, name and value 不涉及
const OVERALL_NOT_APPLICABLE: Indicator = { level1: '产出指标', level2: '生态效益指标', name: '不涉及', value: '不涉及' };
// seed 002 (承德 2021), 2021年度补充业务经费: the template's 文字描述 left in place
const WENZI_MIAOSHU: Indicator = { level1: '产出指标', level2: '成本指标', name: '各项经费成本', description: '小于等于核定数', value: '文字描述', basis: '' };
// seed 000 (绍兴 2019), 散、混、砂专项培训费: the 个性 name column still holds the template's **人
const STARS_PERSON: Indicator = { level1: '产出指标', name: '会议（培训）参加人数', value: '80', description: '会议（培训）参加人数', personal: { name: '**人', value: '80', description: '会议（培训）参加人数' } };
// seed 000, 散、混、砂专项培训费 line 102: >***% in the 个性 name column
const STARS_PERCENT: Indicator = {
  level1: '效益指标',
  name: '培训学员满意度',
  value: '70',
  description: '参加培训的人员中调查结果满意和较满意的人数占培训人数的比率。',
  personal: { name: '>***%', value: '70', description: '学员意见采纳整改率' },
};
// seed 000, 散装水泥管理: no common name, **篇 in the 个性 name column
const STARS_ARTICLE: Indicator = { level1: '产出指标', name: '', value: '2', description: '', personal: { name: '**篇', value: '2', description: '当年完成专题研究报告的数量。' } };
// seed 000, 促进内需系列活动经费 line 35: a 个性 value with no name anywhere
const NO_NAME: Indicator = {
  level1: '效益指标',
  name: '',
  value: '',
  description: '通过搭建促销平台，扩大商贸企业影响力，展示绍兴商贸业整体形象，打响“绍兴菜”等绍兴品牌影响力；通过鼓励企业走出去开拓市场，展示绍兴商贸企业整体形象，提高绍兴美食、绍兴酒类、绍兴食品等行业的品牌影响力。',
  personal: { value: '宣传绍兴' },
};
// seed 000, 签证点工作经费: the project row's stray 一级 cell
const STRAY_LEVEL1: Indicator = { level1: '产出指标', name: '', value: '', description: '' };
// seed 001 (绍兴 2021), 绍兴军分区饮食保障排专项经费: `=` and 个 but no number
const NO_VALUE: Indicator = { level1: '效益指标', level2: '社会效益指标', name: '卫生安全事故', value: '', operator: '=', unit: '个', weight: 20 };
// seed 000, 出国人员经费: a 个性 row with a name (a goal sentence) and no value
const PERSONALIZED_NO_VALUE: Indicator = { level1: '效益指标', name: '商讨投资贸易等经贸合作事宜', value: '', description: '', personalized: true };

new RuleTester({ describe, it }).run('no-placeholder', rule, {
  valid: [
    {
      // fixtures/real-tables/ningxia-yinchuan-liuzhong-2021-chuzhong-gongyong-jingfei-ziping-partial rows 11, 12 and 16:
      // the 10号 framework's 决策/过程 items set no target ("—", "-" or nothing), as both readings say
      name: '宁夏 2021 自评表: 项目决策 and 项目管理 items with no target value',
      document: one([
        row('项目决策(10分)', '项目立项', '可行性', '', { weight: 2, actual: '实际工作需求', score: 2 }),
        row('项目管理(25分)', '项目实施', '管理制度有效性', '-', { weight: 6, actual: '严格执行相关管理制度', score: 6 }),
        row('项目产出(30分)', '数量指标', '保障人数', '2370人', { weight: 10, actual: '2370人', score: 10 }),
      ]),
    },
    {
      // the blind reading of 廊坊 2019 defends these rows as the template's custom (reportTemplateRows: false)
      name: 'the template\'s spare rows, left alone when reportTemplateRows is off',
      options: { reportTemplateRows: false },
      document: one([
        row('产出指标', '数量指标', '指标1工程资金金额', '43.2'),
        { level1: '产出指标', level2: '数量指标', name: '指标2', value: '' },
        { level1: '产出指标', level2: '数量指标', name: '……', value: '' },
        row('产出指标', '质量指标', '工程完工率', '100%'),
        { level1: '产出指标', level2: '……', name: '', value: '' },
      ]),
    },
    {
      name: 'a 自评表 conclusion written by the clerk, even one that keeps the length limit',
      document: one([row('产出指标', '数量指标', '培训人数', '500人')], { extensions: { 评价结论: '项目自评得分96分，工资足额发放，社保按时缴纳。', 存在问题: '预算编制不够精细(200字以内)' } }),
    },
    {
      // fixtures/real-tables/hunan-xiangxi-tejiao-2023-xuesheng-huoshifei: the export lists every 二级, filled or not
      name: 'a 二级 listed with nothing under it is an empty category, not a blank row',
      document: one([
        row('成本指标', '经济成本指标', '学生补助标准', '17元/人.每天'),
        { level1: '成本指标', level2: '生态环境成本指标', name: '', value: '' },
        { level1: '成本指标', level2: '社会成本指标', name: '', value: '' },
      ]),
    },
    { name: 'a name without residue', document: one([row('产出指标', '数量指标', '入股合作社个数', '=10个')]) },
    { name: 'a filled row', document: one([ok]) },
    { name: 'a qualitative value is not a placeholder (vagueness is another rule’s)', document: one([row('产出指标', '质量指标', '保障措施完备性', '完备')]) },
    { name: 'a value that merely starts like a placeholder word (seed 004: 按实际审批天数)', document: one([{ level1: '产出指标', name: '出差天数', value: '按实际审批天数', description: '按审批天数安排', personalized: true }]) },
    { name: 'seed 003: a 河北 row declaring 生态效益指标 不涉及', document: one([ok, HEBEI_NOT_APPLICABLE]) },
    { name: 'seed 003: an overall-grid 不涉及 row without a description column', document: one([ok, OVERALL_NOT_APPLICABLE], { kind: 'overall' }) },
    { name: 'a 不涉及 value with an empty name declares the row not applicable', document: one([ok, row('效益指标', '生态效益指标', '', '不涉及')]) },
    { name: '计算符号 不适用 with an empty value declares the row not applicable', document: one([ok, row('效益指标', '生态效益指标', '', '', { operator: '不适用' })]) },
    { name: '"无" alone may mean zero (安全事故 无): not judged here', document: one([row('效益指标', '社会效益指标', '安全事故发生次数', '无')]) },
    {
      // fixtures/real-tables/sichuan-ganzi row 18: 高中低 on a satisfaction row is satisfaction-value's grade finding
      name: 'an option list on a satisfaction row is left to satisfaction-value (四川 甘孜)',
      document: one([row('满意度指标', '服务对象满意度指标', '公众对食品安全满意度', '高中低', { valueType: '定性' })]),
    },
    {
      // fixtures/real-tables/anhui-jinzhai-2021 and sichuan-zhongjiang-2022: the form's own notes
      name: 'a form\'s own notes are not library residue (安徽 金寨, 四川 中江)',
      document: one([ok], { extensions: { 注: '注: 1.“其他资金”是指与财政拨款共同用于同一项目的单位自有资金、社会资金等。\n注:1.一级指标分值统一设置为:产出指标50分、效益指标30分、满意度指标10分、预算资金执行率10分,各部门根据各项指标重要程度确定三级指标的分值' } }),
    },
    {
      // fixtures/real-tables/anhui-jinzhai-2021-wuye-guanli row 15: the "1" of 指标1: is numbering, not a target's number
      name: 'a vague target under a numbered goal sentence is not a swapped row (vague-value reports it)',
      document: one([row('效益指标', '社会效益指标', '指标1:改善安置小区群众生活质量,提升安置小区生活水平。助力全县文明城市创建。', '显著改善')]),
    },
    { name: 'XX inside a Latin word is not a placeholder', document: one([row('产出指标', '数量指标', '举办MAXXI合作展数量', '≥2次')]) },
  ],
  invalid: [
    {
      // fixtures/real-tables/hunan-changsha-ningxiang-batang-2021-jichusheshi-changqi rows 22, 33 (mustFind D22, D33)
      name: '宁乡 2021: a number as the 三级 name',
      document: doc({ projects: [project('镇域内基础设施建设', [row('产出指标', '数量指标', '88', '100'), row('产出指标', '质量指标', '验收合格率', '100%')])] }),
      errors: [{ messageId: 'numberAsName', pointer: '/projects/0/indicators/0/name', messageIncludes: ['只是一个数字“88”'] }],
    },
    {
      // fixtures/real-tables/hunan-yueyang-yueyangxian-2022 row 23, imported into extensions under 注
      name: 'the indicator library\'s note left under the table (湖南 岳阳 2022)',
      document: one([row('满意度指标', '服务对象满意度指标', '受益脱贫(监测)户满意度', '≥95%')], {
        extensions: { 注: '注:各地请根据实际情况,从上述绩效指标中选择适合的填报(其中三颗星为必填的核心绩效指标,可结合已下达的中央对地方专项转移支付绩效指标),也可自行增加或适当调整。' },
      }),
      errors: [{ messageId: 'libraryNote', pointer: '/projects/0/extensions/注', messageIncludes: ['各地请根据实际情况'] }],
    },
    {
      // fixtures/real-tables/sichuan-ganzi rows 16–17 (定性): the template's 高中低 left as the value; row 15 is a filled count
      name: 'the template\'s option list 高中低 left as the value (四川 甘孜)',
      document: one([
        row('产出指标', '数量指标', '开展食品安全宣传周活动', '1', { weight: 10 }),
        row('效益指标', '社会效益指标', '食品安全整体状况', '高中低', { valueType: '定性', weight: 10 }),
        row('效益指标', '可持续影响指标', '进一步提高食品安全工作科学化、规范化', '高中低', { valueType: '定性', weight: 5 }),
      ]),
      errors: [
        { messageId: 'optionList', pointer: '/projects/0/indicators/1/value', messageIncludes: ['高中低', '食品安全整体状况'] },
        { messageId: 'optionList', pointer: '/projects/0/indicators/2/value' },
      ],
    },
    {
      // fixtures/real-tables/sichuan-meishan-qingshen-2023-gongzi-zipingbiao rows 20–22, as imported into extensions
      name: 'the fill-in prompts of a 自评表 left in 评价结论, 存在问题, 改进措施',
      document: one([row('产出指标', '数量指标', '发放(缴纳)覆盖率', '100%')], {
        extensions: {
          评价结论: '结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)',
          存在问题: '结合自评情况,分析存在的问题及原因。(200字以内)',
          改进措施: '针对项目自评中发现的问题,提出下一步改进完善的意见及有关政策性建议。(200字以内)',
          '项目负责人:': '财务负责人:',
        },
      }),
      errors: [
        { messageId: 'templatePrompt', pointer: '/projects/0/extensions/评价结论', messageIncludes: ['“评价结论”', '结合自评情况'] },
        { messageId: 'templatePrompt', pointer: '/projects/0/extensions/存在问题' },
        { messageId: 'templatePrompt', pointer: '/projects/0/extensions/改进措施' },
      ],
    },
    {
      name: 'seed 000 商事法律业务培训费: the name stands in 指标描述 and the value in 明细指标（个性）: one 错栏 finding, not "empty"',
      document: one([{ level1: '效益指标', name: '', value: '', description: '学员意见条数', personal: { name: '<5', value: '培训意见<5条' } }]),
      errors: [
        {
          messageId: 'shiftedColumns',
          pointer: '/projects/0/indicators/0/personal/name',
          messageIncludes: ['指标名称“学员意见条数”填在了指标描述栏，指标值“<5”填在了明细指标（个性）栏'],
        },
      ],
    },
    {
      name: 'seed 000 签证点工作经费: value in the name column, name in 指标描述（个性）, a 二级 label in 明细指标（个性）',
      document: one([{ level1: '产出指标', name: '35-40套', value: '', description: '', personal: { name: '数量指标', description: '购买数量' } }]),
      errors: [{ messageId: 'shiftedColumns', pointer: '/projects/0/indicators/0/name', messageIncludes: ['第1行“购买数量”错栏'] }],
    },
    {
      name: 'seed 000 促进内需系列活动经费: a target sentence in the name column and the name in the value column',
      document: one([{ level1: '效益指标', name: '力争2019年社会消费品零售总额增长9%以上。', value: '提高社零增长率', description: '', personalized: true }]),
      errors: [{ messageId: 'swappedNameValue', pointer: '/projects/0/indicators/0/name', messageIncludes: ['指标值栏是名称“提高社零增长率”'] }],
    },
    {
      name: 'seed 000 出国人员经费: an empty 个性 value names the 个性 column',
      document: one([{ level1: '效益指标', name: '商讨投资贸易等经贸合作事宜', value: '', description: '', personalized: true }]),
      errors: [{ messageId: 'emptyValue', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“商讨投资贸易等经贸合作事宜”的指标值（个性）未填写'] }],
    },
    {
      name: 'seed 002: 文字描述 left in the value',
      document: one([WENZI_MIAOSHU]),
      errors: [{ messageId: 'placeholderValue', pointer: '/projects/0/indicators/0/value', messageIncludes: ['第1行“各项经费成本”的指标值“文字描述”是模板占位符', '如“≥95%”'] }],
    },
    {
      name: 'seed 000: **人 and >***% in the 个性 name column',
      document: one([STARS_PERSON, STARS_PERCENT]),
      errors: [
        { messageId: 'placeholderName', pointer: '/projects/0/indicators/0/personal/name', messageIncludes: ['明细指标（个性）“**人”'] },
        { messageId: 'placeholderName', pointer: '/projects/0/indicators/1/personal/name', messageIncludes: ['明细指标（个性）“>***%”'] },
      ],
    },
    {
      name: 'seed 000 散装水泥管理: **篇 where the name should be (one finding, not also an empty name)',
      document: one([STARS_ARTICLE]),
      errors: [{ messageId: 'placeholderName', pointer: '/projects/0/indicators/0/personal/name' }],
    },
    {
      name: 'the usual template placeholders in the value',
      document: one(['XX', 'xx', '×××', '待定', '待补充', '同上', '略', 'null', '/', '……', '>***%', '≥**%', '**人'].map((value, i) => row('产出指标', '数量指标', `指标${i + 1}`, value))),
      errors: Array.from({ length: 13 }, (_, i) => ({ messageId: 'placeholderValue', pointer: `/projects/0/indicators/${i}/value` })),
    },
    {
      name: 'a placeholder 三级 name',
      document: one([row('产出指标', '数量指标', 'XX', '≥3个'), row('产出指标', '数量指标', '××××数量', '≥3个')]),
      errors: [
        { messageId: 'placeholderName', pointer: '/projects/0/indicators/0/name' },
        { messageId: 'placeholderName', pointer: '/projects/0/indicators/1/name' },
      ],
    },
    {
      name: 'a placeholder description',
      document: one([row('产出指标', '数量指标', '培训人数', '≥80人', { description: '文字描述' })]),
      errors: [{ messageId: 'placeholderDescription', pointer: '/projects/0/indicators/0/description' }],
    },
    {
      name: 'the placeholders option adds words',
      document: one([row('产出指标', '数量指标', '培训人数', '另议'), row('产出指标', '数量指标', '另议', '≥3个')]),
      options: { placeholders: ['另议'] },
      errors: [
        { messageId: 'placeholderValue', pointer: '/projects/0/indicators/0/value' },
        { messageId: 'placeholderName', pointer: '/projects/0/indicators/1/name' },
      ],
    },
    {
      name: 'settings.placeholders adds words',
      document: one([row('产出指标', '数量指标', '培训人数', '另议')]),
      settings: { placeholders: ['另议'] },
      errors: [{ messageId: 'placeholderValue', pointer: '/projects/0/indicators/0/value' }],
    },
    {
      name: '不涉及 as the value of a real indicator',
      document: one([row('效益指标', '生态效益指标', '节能环保', '不涉及')]),
      errors: [{ messageId: 'notApplicableValue', pointer: '/projects/0/indicators/0/value', messageIncludes: ['第1行“节能环保”的指标值填的是“不涉及”'] }],
    },
    {
      name: 'allowNotApplicableRows: false forbids the 河北 不涉及 row',
      document: one([ok, HEBEI_NOT_APPLICABLE]),
      options: { allowNotApplicableRows: false },
      errors: [{ messageId: 'notApplicableRow', pointer: '/projects/0/indicators/1', messageIncludes: ['二级指标“生态效益指标”'] }],
    },
    {
      name: 'seed 001: a named row with no value',
      document: one([NO_VALUE]),
      errors: [{ messageId: 'emptyValue', pointer: '/projects/0/indicators/0/value', messageIncludes: ['第1行“卫生安全事故”的指标值未填写'] }],
    },
    {
      name: 'seed 000: a 个性 row with a name and no value',
      document: one([PERSONALIZED_NO_VALUE]),
      errors: [{ messageId: 'emptyValue', pointer: '/projects/0/indicators/0/value' }],
    },
    {
      name: 'seed 000: a value with no name in any column',
      document: one([NO_NAME]),
      errors: [{ messageId: 'emptyName', pointer: '/projects/0/indicators/0/name', messageIncludes: ['有指标值“宣传绍兴”，但指标名称未填写'] }],
    },
    {
      name: 'seed 000: a stray 一级 cell is one blank-row finding, not three',
      document: one([STRAY_LEVEL1, ok]),
      errors: [{ messageId: 'blankRow', pointer: '/projects/0/indicators/0' }],
    },
    {
      // fixtures/real-tables/hunan-hengyang-nanyue-2018-zichan-shouyi-fupin: names kept with the template hint
      name: 'a real name with the template hint and stars left in it: delete the hint, keep the name',
      document: one([row('产出指标', '数量指标', '资产入股贫困人口总数(≥**人)', '>=1102人'), row('效益指标', '经济效益指标', '*资产股权年收益率( ≥**% )', '>=8%'), row('产出指标', '数量指标', '★★★培训人数', '≥50人')]),
      errors: [
        { messageId: 'nameHint', pointer: '/projects/0/indicators/0/name', messageIncludes: ['“(≥**人)”', '写作“资产入股贫困人口总数”'] },
        { messageId: 'nameHint', pointer: '/projects/0/indicators/1/name', messageIncludes: ['( ≥**% )、*', '写作“资产股权年收益率”'] },
        { messageId: 'nameHint', pointer: '/projects/0/indicators/2/name', messageIncludes: ['★★★', '写作“培训人数”'] },
      ],
    },
    {
      // fixtures/real-tables/yunnan-changning-gongxiaoshe-2022-shengzhu-yangzhichang-ziping row 21 (mustFind D21)
      name: '昌宁 2022: a sign and a unit in brackets with the number never filled in',
      document: one([row('产出指标', '数量指标', '排污沟(≥米)', '≥600米'), row('产出指标', '数量指标', '受益人数(人)', '≥600人')]),
      errors: [{ messageId: 'nameHint', pointer: '/projects/0/indicators/0/name', messageIncludes: ['“(≥米)”', '写作“排污沟”'] }],
    },
    {
      // the same table, rows 12–14: sign-off lines ((盖章)) read as one 一级 block with nothing else
      name: 'a run of blank rows under one 一级 cell is one finding',
      document: one([ok, ...[0, 1, 2].map(() => ({ level1: '(盖章)', level2: '服务对象满意度指标', name: '', value: '' }))]),
      errors: [{ messageId: 'blankRows', pointer: '/projects/0/indicators/1', messageIncludes: ['第2至4行', '共3行'] }],
    },
    {
      // fixtures/real-tables/sichuan-nanchong-langzhong-2021-chegoushui-shengdao-ziping rows 17–18 (mustFind C18; C17, the empty 成本指标 row, is a mustNotFind)
      name: '阆中 2021: "……" in the 二级 column is the template\'s add-rows line; an empty 二级 row beside it is not reported',
      document: one([
        row('产出指标', '时效指标', '按期完成投资', '100%'),
        { level1: '产出指标', level2: '成本指标', name: '', value: '' },
        { level1: '产出指标', level2: '……', name: '', value: '' },
        row('效益指标', '经济效益指标', '对经济发展的促进作用', '明显'),
      ]),
      errors: [{ messageId: 'ellipsisRow', pointer: '/projects/0/indicators/2/level2', messageIncludes: ['第3行只有模板的省略号“……”', '请删除这一行'] }],
    },
    {
      // fixtures/real-tables/hebei-langfang-shipin-xuexiao-2019-nuantong-gaizao-ziping rows 14–22: the 自评表 prints
      // 指标1, 指标2 and …… under every 二级; the clerk filled 指标1 and left the rest (mustFind C15: one finding for them)
      name: '廊坊 2019: the template\'s numbered rows and "……" left unfilled are one finding per run, not one per cell',
      document: one([
        row('产出指标', '数量指标', '指标1工程资金金额', '43.2'),
        { level1: '产出指标', level2: '数量指标', name: '指标2', value: '' },
        { level1: '产出指标', level2: '数量指标', name: '……', value: '' },
        row('产出指标', '质量指标', '指标1工程完工率', '100'),
        { level1: '产出指标', level2: '质量指标', name: '……', value: '' },
        row('产出指标', '时效指标', '指标1项目完成及时率', '100'),
      ]),
      errors: [
        { messageId: 'templateRows', pointer: '/projects/0/indicators/1/name', messageIncludes: ['第2行', '起的2行只有模板印好的“指标2”“……”', '请删除'] },
        { messageId: 'ellipsisRow', pointer: '/projects/0/indicators/4/name', messageIncludes: ['第5行只有模板的省略号“……”'] },
      ],
    },
    {
      name: 'a row with only a description is an incomplete row',
      document: one([ok, { level1: '产出指标', name: '', value: '', description: '组织各类宣传活动次数完成数。' }]),
      errors: [{ messageId: 'blankRow', pointer: '/projects/0/indicators/1' }],
    },
    {
      name: 'period indicators are checked too',
      document: one([ok], { period: '2021-2023', periodIndicators: [row('产出指标', '数量指标', '培训人数', '文字描述')] }),
      errors: [{ messageId: 'placeholderValue', pointer: '/projects/0/periodIndicators/0/value', messageIncludes: ['实施期指标第1行“培训人数”'] }],
    },
    {
      name: 'English messages',
      document: one([WENZI_MIAOSHU]),
      locale: 'en',
      errors: [{ messageId: 'placeholderValue', pointer: '/projects/0/indicators/0/value', messageIncludes: ['the target value "文字描述" in row 1 ("各项经费成本") of project "甲" is a template placeholder'] }],
    },
  ],
});

/** seed 002 (承德 2021): the 58 rows whose 指标值 is 文字描述, as [project index, row index] */
const CHENGDE_WENZI: Array<[number, number]> = [
  // 专项资金 tables 1–8 (notes §3 items 9–16)
  [1, 6], [1, 7], [1, 8],
  [2, 4], [2, 5], [2, 6], [2, 7],
  [3, 5], [3, 6], [3, 7],
  [4, 2], [4, 3], [4, 4], [4, 6],
  [5, 2], [5, 3], [5, 4], [5, 5], [5, 6], [5, 7],
  [6, 2], [6, 3], [6, 4], [6, 6],
  [7, 4], [7, 5], [7, 6], [7, 7],
  [8, 2], [8, 3],
  // the 预算项目 copies of tables 1–7 (the truncated 8th copy has no rows)
  [9, 6], [9, 7], [9, 8],
  [10, 4], [10, 5], [10, 6], [10, 7],
  [11, 5], [11, 6], [11, 7],
  [12, 2], [12, 3], [12, 4], [12, 6],
  [13, 2], [13, 3], [13, 4], [13, 5], [13, 6], [13, 7],
  [14, 2], [14, 3], [14, 4], [14, 6],
  [15, 4], [15, 5], [15, 6], [15, 7],
];

describe('no-placeholder on the seed tables', () => {
  it('finds exactly these problems', async () => {
    const found = await seedFindings('no-placeholder');
    const s000 = '000_30a1bc42c77b7743.json';
    expect(found).toEqual([
      // 000 出国人员经费 (259001): both 效益 个性 rows have only a 明细指标 (a goal sentence; 商讨投资贸易…), no value (notes)
      [s000, '/projects/0/indicators/4/value', 'emptyValue'],
      [s000, '/projects/0/indicators/5/value', 'emptyValue'],
      // 000 促进内需系列活动经费 line 17: 个性 明细指标 开展各类活动 has no value (notes)
      [s000, '/projects/1/indicators/0/value', 'emptyValue'],
      // 000 促进内需系列活动经费 lines 23, 27–29: 个性 name and target swapped (a target sentence in 明细指标, the name in 指标值)
      ...[1, 5, 6, 7].map((i) => [s000, `/projects/1/indicators/${i}/name`, 'swappedNameValue']),
      // 000 促进内需系列活动经费 line 35: 指标值（个性） 宣传绍兴 with no name in either column (notes)
      [s000, '/projects/1/indicators/8/name', 'emptyName'],
      // 000 出国人员经费 (259002) lines 53–54: names only in 明细指标（个性）, no value (notes)
      [s000, '/projects/3/indicators/4/value', 'emptyValue'],
      [s000, '/projects/3/indicators/5/value', 'emptyValue'],
      // 000 签证点工作经费: the stray 一级 cell on the project row (notes)
      [s000, '/projects/5/indicators/0', 'blankRow'],
      // 000 签证点工作经费 lines 68–72: 错栏 — values (规范, 及时, 35-40套, 满意, 提升) in 明细指标, names in 指标描述（个性）
      ...[1, 2, 3, 4, 5].map((i) => [s000, `/projects/5/indicators/${i}/name`, 'shiftedColumns']),
      // 000 商事法律业务培训费: the stray 一级 cell on the project row (notes)
      [s000, '/projects/6/indicators/0', 'blankRow'],
      // 000 商事法律业务培训费 lines 86–87: 错栏 — names in 指标描述, values (<5, >50%) in 明细指标（个性）
      [s000, '/projects/6/indicators/8/personal/name', 'shiftedColumns'],
      [s000, '/projects/6/indicators/9/personal/name', 'shiftedColumns'],
      // 000 散、混、砂专项培训费: unfilled 个性 明细指标 **人, **份, **元/人/天, **天, >***%, 条 (a bare unit), >***% ×3, >=**% (notes)
      ...[0, 1, 3, 5, 7, 8, 9, 10, 11, 12].map((i) => [s000, `/projects/7/indicators/${i}/personal/name`, 'placeholderName']),
      // 000 散装水泥管理: 个性 明细指标 holds 月/年, **篇, %, **条, %, %, **次, % instead of a name (notes)
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => [s000, `/projects/8/indicators/${i}/personal/name`, 'placeholderName']),
      // 000 促进电子商务系列活动经: 推动线上线下共同发展 and 推动人才培养 have no value (notes)
      [s000, '/projects/9/indicators/4/value', 'emptyValue'],
      [s000, '/projects/9/indicators/6/value', 'emptyValue'],
      // 001 绍兴军分区饮食保障排专项经费 / 卫生安全事故: `=` and 个 but 指标值 empty (notes §2)
      ['001_84903211b8abe6be.json', '/projects/6/indicators/1/value', 'emptyValue'],
      // 002: the 58 文字描述 values (notes §1 "58 indicator rows have the value 文字描述")
      ...CHENGDE_WENZI.map(([p, i]) => ['002_ee05bafa97bc834e.json', `/projects/${p}/indicators/${i}/value`, 'placeholderValue']),
      // 003: only 不涉及 rows (allowed by default); nothing else unfilled
      // 004 公务接待费 lines 44–45: 错栏 — names in 指标描述, values (提升接待能力 / 满意) in the 个性 name column
      ['004_427bf320b5e131b0.json', '/projects/3/indicators/4/personal/name', 'shiftedColumns'],
      ['004_427bf320b5e131b0.json', '/projects/3/indicators/5/personal/name', 'shiftedColumns'],
    ]);
    expect(CHENGDE_WENZI).toHaveLength(58);
  });
});
