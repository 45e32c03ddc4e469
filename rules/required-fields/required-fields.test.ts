import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './required-fields.js';

const one = (rows: Parameters<typeof project>[1], extra = {}) => doc({ projects: [project('食品安全工作经费', rows, extra)] });

// fixtures/real-tables/sichuan-ganzi-undated-shichang-jianguan-shipin-anquan rows 8, 11, 12 (unit column; F11 mustFind)
const GANZI = [
  row('产出指标', '成本指标', '检查差旅费', '470', { unit: '人/天', valueType: '定量' }),
  row('产出指标', '数量指标', '召开食品安委会全体会议', '2', { unit: '', valueType: '定量' }),
  row('产出指标', '质量指标', '食安委成员单位食品安全工作齐抓共管', '100', { unit: '%', valueType: '定量' }),
];

new RuleTester({ describe, it }).run('required-fields', rule, {
  valid: [
    {
      // fixtures/real-tables/zhejiang-ningbo-cixi-2023-yingyouer-zhaohu A6 (mustNotFind): a sentence kept with nothing beside it
      name: '慈溪 2023: a sentence that mentions 项目单位 is no blank 项目单位 label',
      document: doc({ projects: [project('婴幼儿照护服务', [GANZI[0]!], { extensions: { '项目单位按项目实施内容设置了11个指标,包含数量类、时效类、质量类、效果类指标。指标如下': '' } })] }),
    },
    {
      // fixtures/seeds/003: a 部门整体 table is named by its title
      name: 'a 部门整体 table named by its title',
      document: doc({ projects: [{ ...project('邢台市部门整体支出绩效目标申报表', [GANZI[0]!]), kind: 'overall' }] }),
    },
    { name: '甘孜 rows with their units', document: one([GANZI[0]!, GANZI[2]!]) },
    {
      // ningxia row 19 (mustNotFind E19); yunnan-nanhua row 15 (mustNotFind E15)
      name: 'no unit column: the unit in the name, or a 0',
      document: one([
        // (padded as a clerk's cell may be)
        row('效益指标', '社会效益指标', '受益人数(人) ', '132'),
        row('产出指标', '时效指标', '任务完成时限(月)', '10'),
        row('产出指标', '质量指标', '县级储备粮库存粮食明显变质比例', '0'),
        // seed 000: a 个性 row carries its unit in its own cells
        row('产出指标', '成本指标', '单位成本', '83.3', { personal: { name: '**元/人/天', value: '83.3' } }),
      ]),
    },
    {
      // fixtures/real-tables/guangdong-dongguan-2019-zhenji-lianwanglu row 8 (mustNotFind H8 in both readings)
      name: 'no unit column: the goal states the number with its unit',
      document: one([row('产出指标', '数量指标', '镇街补助款完成结算项目数', '3')], { goal: '茶山、常平镇街完成3个项目补助尾款结算387万元。' }),
    },
    {
      // fixtures/real-tables/anhui-huaibei-wenlvti-2025-songxi-jincun row 12 (mustNotFind E12): a unit the reader does not know is still a unit
      name: 'no unit column: “≥70村” carries its unit',
      document: one([row('', '数量指标', '开展送戏进万村', '≥70村')]),
    },
    {
      // fixtures/real-tables/hunan-xiangxi-tejiao-2023-xuesheng-huoshifei: the export prints “-” in every unit cell (mustNotFind K6)
      name: 'a unit column of “-” only',
      document: one([row('产出指标', '数量指标', '补助学生数量', '168', { unit: '-' })]),
    },
    {
      // fixtures/real-tables/yunnan-nanhua-undated-yejun-jiagong-ziping row 13, ningxia-guyuan-yuanzhou-2022 row 13
      name: 'a name that states the quantity with its unit',
      document: one([row('产出指标', '数量指标', '配套电力设施1250KVA变压器3台', '3'), row('产出指标', '成本指标', '38.75万元', '38.75')]),
    },
    {
      name: 'a coefficient or an index is a pure number and takes no unit',
      document: one([row('产出指标', '数量指标', '新建高标准农田面积', '2', { operator: '≥', unit: '万亩' }), row('效益指标', '生态效益指标', '农田灌溉水有效利用系数', '0.6', { operator: '≥', unit: '' }), row('效益指标', '生态效益指标', '空气质量综合指数', '≤4', { unit: '' })]),
    },
    { name: 'a row without a name is no-placeholder’s', document: one([GANZI[0]!, row('产出指标', '数量指标', '', '2', { unit: '' })]) },
  ],
  invalid: [
    {
      // fixtures/real-tables/hubei-ezhou-shenpiju-2021-shiminzhongxin-ziping row 4 (mustFind B4): 主管部门 and 实施单位 printed, both empty
      name: '鄂州 2021: 主管部门 and 实施单位 left empty',
      document: one([row('产出指标', '数量指标', '培训人数', '≥50人')], { extensions: { 主管部门: '', 实施单位: '', 资金用途: '' } }),
      errors: [
        { messageId: 'blankUnit', pointer: '/projects/0/extensions/主管部门', messageIncludes: ['“主管部门”未填写'] },
        { messageId: 'blankUnit', pointer: '/projects/0/extensions/实施单位' },
      ],
    },
    {
      // fixtures/real-tables/guangxi-baise-jiaoyuju-2023-tianli-xuexiao-butie row 5 (mustFind B5); the filled 项目期 beside it is not a finding
      name: '百色 2023: 项目属性 left empty',
      document: one([row('产出指标', '数量指标', '补贴学生人数', '≥3000人')], { extensions: { 项目属性: '', 中央及自治区补助: '', 项目期: '1年' } }),
      errors: [{ messageId: 'blankAttribute', pointer: '/projects/0/extensions/项目属性', messageIncludes: ['“项目属性”未填写', '新增项目还是延续项目'] }],
    },
    {
      // fixtures/real-tables/hubei-xiangyang-zhongxinyiyuan-2021-dongjin-yuanqu-ziping row 6 (review.blind.json B6): both boxes empty;
      // ticked boxes as 黄石 2022 (■), 南岳 2023 (R, the Wingdings tick) and 宁乡 2021 (√) print them pass
      name: '襄阳 2021: 项目属性 with no option ticked',
      document: doc({
        projects: [
          project('东津院区建设补助', [row('产出指标', '数量指标', '床位数', '≥500张')], { extensions: { 项目属性: '1、持续性项目口 2、新增性项目口' } }),
          project('主体班', [row('产出指标', '数量指标', '培训人数', '≥300人')], { extensions: { 项目属性: '持续性项目■ 新增性项目口' } }),
          project('雨露计划', [row('产出指标', '数量指标', '补助人数', '≥60人')], { extensions: { 专项属性: '新增项目□ 延续项目R' } }),
          project('基础设施建设', [row('产出指标', '数量指标', '改造道路', '≥2公里')], { extensions: { 项目属性: '新增项目□延续项目√' } }),
        ],
      }),
      errors: [{ messageId: 'attributeUnticked', pointer: '/projects/0/extensions/项目属性', messageIncludes: ['“1、持续性项目口 2、新增性项目口”', '一个也没有勾选'] }],
    },
    {
      // fixtures/real-tables/hubei-huangshi-sanzhong-2023-xiaoyuan-weixiu-ziping rows 7–9 (B7 in both readings, B8 and B9 in the
      // blind one): numbered options, none marked. An option without the box the others have was ticked (广水 2021 B5, 区商务局
      // 2020 B6, 襄阳 2021 B5, all defended as chosen); a mark anywhere chooses; a numbered goal is no choice field.
      name: '黄石 2023: 项目类别, 项目属性 and 项目类型 left as printed',
      document: doc({
        projects: [
          project('校园维修改造及设备购置', [row('产出指标', '数量指标', '维修校舍面积', '≥800平方米')], {
            extensions: { 项目类别: '1、部门预算项目   2、市直专项', 项目属性: '1、持续性项目   2、新增性项目', 项目类型: '1、常年性项目   2、延续性项目      3、一次性项目' },
          }),
          project('乡村道路', [row('产出指标', '数量指标', '改造道路', '≥2公里')], {
            extensions: { 项目属性: '1、常年性 2、延续性□ 3、一次性□ 4、新增性□', 项目类型: '1、持续性项目 2、新增性项目 □', 项目类别: '1、部门预算项目 02、财政专项口 3、市对下转移支付项目口' },
          }),
          project('服务贸易', [row('产出指标', '数量指标', '补助企业数', '≥10家')], { extensions: { 项目类别: '□1、部门预算项目 ☑2、区直专项', 全年实际完成情况: '1、完成培训 2、提高满意度' } }),
          // (云南 昌宁 2022 B6, 湖北 区商务局 2020 B7 and 襄阳 2021 B7 "延续性项目03、": defended as chosen)
          project('生猪养殖场', [row('产出指标', '数量指标', '新建圈舍', '≥600平方米')], {
            extensions: { 项目类别: '1、部门预算项目 □ 2、县直专项 ☑ 3、省市对下转移支付项目 □', 项目类型: '1、常年性项目 2、延续性项目 □ 3、一次性项目 □', 项目属性: '1、常年性项目口 2、延续性项目03、一次性项目口' },
          }),
        ],
      }),
      errors: [
        { messageId: 'attributeUnticked', pointer: '/projects/0/extensions/项目类别', messageIncludes: ['“1、部门预算项目   2、市直专项”'] },
        { messageId: 'attributeUnticked', pointer: '/projects/0/extensions/项目属性' },
        { messageId: 'attributeUnticked', pointer: '/projects/0/extensions/项目类型' },
      ],
    },
    {
      // fixtures/real-tables/hunan-hengyang-nanyue-2023-yulu-jihua B9, gansu-jiayuguan-2023-bowuguan-mianfei-kaifang A12 (review.blind.json)
      name: '南岳 2023, 嘉峪关 2023: 专项立项依据 and 项目实施计划 printed and left empty',
      // and jiangsu-zhenjiang-2024-saizhenzhu-gongyuan-yunzhuan-partial D6 (review.json): 项目负责人/ 联系电话
      document: one([row('产出指标', '数量指标', '年度申请就学补助户数', '≥100户')], { extensions: { '专项立项 依据': '', 项目实施计划: '', 其他资金: '', '项目负责人/ 联系电话': '' } }),
      errors: [
        { messageId: 'blankField', pointer: '/projects/0/extensions/专项立项 依据', messageIncludes: ['“专项立项依据”未填写'] },
        { messageId: 'blankField', pointer: '/projects/0/extensions/项目实施计划', messageIncludes: ['“项目实施计划”未填写'] },
        { messageId: 'blankField', pointer: '/projects/0/extensions/项目负责人~1 联系电话', messageIncludes: ['“项目负责人/联系电话”未填写'] },
      ],
    },
    {
      // fixtures/real-tables/hebei-handan-chengan-2020-gaoling-jintie-ziping F2 (review.json): a yes-or-no field left blank;
      // one answered is no finding
      name: '成安 2020: 是否为专项资金: left blank',
      document: doc({
        projects: [
          project('19名百岁老人高龄津贴', [row('产出指标', '数量指标', '发放人数', '=19人')], { extensions: { '是否为专项资金:': '' } }),
          project('高龄津贴', [row('产出指标', '数量指标', '发放人数', '=19人')], { extensions: { '是否为专项资金:': '是' } }),
        ],
      }),
      errors: [{ messageId: 'blankField', pointer: '/projects/0/extensions/是否为专项资金:', messageIncludes: ['“是否为专项资金”未填写：表中印出的栏目都须填写'] }],
    },
    {
      // fixtures/real-tables/sichuan-meishan-qingshen-2023-gongzi-zipingbiao B9 (review.blind.json); 大英 2023 B15 filled it in
      name: '青神 2023: a 自评表 whose 2.项目实施内容及过程概述 box is left empty',
      document: doc({
        projects: [
          project('工资性支出', [row('产出指标', '数量指标', '发放(缴纳)覆盖率', '=100%')], { extensions: { '2.项目实施内容及过程概述': '' } }),
          project('安可替代补助资金项目', [row('产出指标', '经济成本指标', '成本控制数', '≤30万元')], { extensions: { '2.项目实施内容及过程概述': '2023年购买13台安可电脑,并于12月前完成资金支付。' } }),
        ],
      }),
      errors: [{ messageId: 'blankField', pointer: '/projects/0/extensions/2.项目实施内容及过程概述', messageIncludes: ['“2.项目实施内容及过程概述”未填写'] }],
    },
    {
      // fixtures/real-tables/hunan-hengyang-nanyue-2023-yulu-jihua B13 (review.blind.json): the 制度、措施 box holds the 专项概况 again;
      // a self-evaluation's 实际完成情况 restating the goal, short texts such as “无”, a phone number and money lines are left alone
      name: '南岳 2023: a field that copies an earlier one word for word',
      document: one([row('产出指标', '数量指标', '年度申请就学补助户数', '≥100户')], {
        extensions: {
          专项概况: '对就读职业技术学校的脱贫户或监测户子女发放就学补助',
          '单位已有的保证专项实施的制度、措施': '对就读职业技术学校的脱贫户或监测户子女发放就学补助。',
          实际完成情况: '对就读职业技术学校的脱贫户或监测户子女发放就学补助',
          存在问题: '无',
          改进措施: '无',
          项目负责人电话: '13800001111',
          联系人电话: '13800001111',
          资金总额: '100万元(一般公共预算资金100万元)',
          财政拨款: '100万元(一般公共预算资金100万元)',
        },
      }),
      errors: [
        {
          messageId: 'copiedField',
          pointer: '/projects/0/extensions/单位已有的保证专项实施的制度、措施',
          messageIncludes: ['“单位已有的保证专项实施的制度、措施”与“专项概况”写的完全相同', '请按本栏要求填写'],
        },
      ],
    },
    {
      // the same labels as another copy of the table prints them: spaced out, marked required, with a colon
      name: 'labels spaced out, marked * or followed by a colon',
      document: one([row('产出指标', '数量指标', '培训人数', '≥50人')], { extensions: { '主 管 部 门': '', '*实施单位：': '' } }),
      errors: [
        { messageId: 'blankUnit', pointer: '/projects/0/extensions/主 管 部 门', messageIncludes: ['“主管部门”未填写'] },
        { messageId: 'blankUnit', pointer: '/projects/0/extensions/*实施单位：', messageIncludes: ['“实施单位”未填写'] },
      ],
    },
    {
      name: '甘孜: 召开食品安委会全体会议 2 has no unit (mustFind F11)',
      document: one(GANZI),
      errors: [{ messageId: 'missingFields', pointer: '/projects/0/indicators/1/unit', messageIncludes: ['第2行“召开食品安委会全体会议”未填写计量单位'] }],
    },
    {
      name: 'missing cells of one row are one finding',
      document: one([GANZI[0]!, GANZI[2]!, row('产出指标', '数量指标', '开展食品安全专项整治', '2', { unit: '', valueType: '' })]),
      errors: [{ messageId: 'missingFields', pointer: '/projects/0/indicators/2/unit', messageIncludes: ['未填写计量单位、指标性质'] }],
    },
    {
      // fixtures/real-tables/yunnan-nanhua-undated-yejun-jiagong-ziping row 12: no unit column, “550” of what?
      name: 'no unit column and a bare number',
      document: one([row('产出指标(50分)', '数量指标', '配套烘干杀菌设备及包装设备购置及安装', '550')]),
      errors: [{ messageId: 'unmeasuredValue', pointer: '/projects/0/indicators/0/value', messageIncludes: ['指标名称也看不出计量的是什么'] }],
    },
    {
      // fixtures/real-tables/hebei-langfang-shipin-xuexiao-2019-nuantong-gaizao-ziping D29, D35 (both readings): the template's 指标1 in front, no colon
      name: '廊坊 2019: 指标1学校发展能力 100, a name that measures nothing one can tell',
      document: one([row('效益指标', '社会效益指标', '指标1学校发展能力', '100'), row('效益指标', '可持续影响指标', '指标1长期使用性', '100')]),
      errors: [
        { messageId: 'unmeasuredValue', pointer: '/projects/0/indicators/0/value' },
        { messageId: 'unmeasuredValue', pointer: '/projects/0/indicators/1/value' },
      ],
    },
    {
      // fixtures/real-tables/shanxi-yuncheng-jishan-2020-jiandang-lika-jiaofei-ziping row 13 and
      // hunan-xiangtan-2024-wupaoche-yichen row 13 (mustFind E13 in both readings): a name that says what is counted
      name: 'no unit column: a count with no unit',
      document: one([row('产出指标(50分)', '数量指标', '指标1:全县参合人数', '8755'), row('产出指标', '数量指标', '雾炮车抑尘降尘服务配备车辆数', '10')], { goal: '持续改善我市空气质量，配备车辆2023年为8台' }),
      errors: [
        { messageId: 'unitNotInValue', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“8755”没有计量单位', '如“8755人”'] },
        { messageId: 'unitNotInValue', pointer: '/projects/0/indicators/1/value', messageIncludes: ['如“10个”'] },
      ],
    },
    {
      // fixtures/real-tables/hubei-wuhan-qingshan-2020-jiaoyu-jijian G13 (no 计量单位 column); G14, a rate, stays clean
      name: '青山 重点建设工程安排数量 2: no unit anywhere',
      document: one([row('产出指标', '数量指标', '重点建设工程安排数量', '2'), row('产出指标', '质量指标', '重点建设工程验收合格率', '100')]),
      errors: [{ messageId: 'unitNotInValue', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“2”', '2个'] }],
    },
    {
      // fixtures/real-tables/hubei-huangshi-dangxiao-2022-zhutiban-pifu F14 (mustFind in both readings)
      name: '黄石 开设课程数量 220: …数量 names no unit, even when the goal says 220门',
      document: one([row('产出指标', '数量指标', '开设课程数量', '220')], { goal: '主体班培训280人次;开设课程数量220门;高质量完成干部教育培训工作' }),
      errors: [{ messageId: 'unitNotInValue', pointer: '/projects/0/indicators/0/value' }],
    },
    {
      // fixtures/real-tables/anhui-jinzhai-chagu-2023-bumen-zhengti-ziping-partial E14: 户用 is what the toilets are for
      name: '金寨 完成农村户用卫生厕所改造数量 ≥2000',
      document: one([row('产出指标', '数量指标', '指标3:完成农村户用卫生厕所改造数量', '≥2000')]),
      errors: [{ messageId: 'unitNotInValue', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“≥2000”'] }],
    },
    {
      // fixtures/real-tables/yunnan-lijiang-gucheng-2020-weipian-zhifa-ziping-partial B2 and hainan-haikou-meilan-undated-wenti-guangchang A2 (both readings)
      name: '丽江 2020 and 海口: the form’s title or the funding notice’s as the project name',
      document: doc({ projects: [project('2020年省级自然资源卫片执法补助经费支出绩效自评表', [GANZI[0]!]), project('关于下达区文体局乡镇(社区)文体广场建设经费', [GANZI[0]!])] }),
      errors: [
        { messageId: 'projectNameIsTitle', pointer: '/projects/0/name', messageIncludes: ['是表格的标题', '如“2020年省级自然资源卫片执法补助经费”'] },
        { messageId: 'projectNameIsTitle', pointer: '/projects/1/name', messageIncludes: ['是资金文件的标题', '如“区文体局乡镇(社区)文体广场建设经费”'] },
      ],
    },
    {
      name: 'a project without a name',
      document: doc({ projects: [project('', [GANZI[0]!])] }),
      errors: [{ messageId: 'missingProjectName', pointer: '/projects/0/name' }],
    },
    {
      name: 'a 实施期 list of blank rows is one finding',
      document: one([GANZI[0]!], { periodIndicators: [{ level1: '产出指标', level2: '数量指标', name: '', value: '' }, { level1: '效益指标', level2: '社会效益指标', name: '', value: '' }] }),
      errors: [{ messageId: 'emptyList', pointer: '/projects/0/periodIndicators', messageIncludes: ['实施期指标的2行指标都是空行'] }],
    },
  ],
});
