import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './goal-quality.js';

const ROW = row('产出指标', '数量指标', '农村义务教育学校改造覆盖率', '100%');
const withGoal = (name: string, extra: Record<string, unknown>) => doc({ projects: [project(name, [ROW], extra)] });
/** For the cases that judge the other kinds: a goal with no number at all is also `noQuantity`. */
const NO_QUANTITY_CHECK = { requireQuantity: false };

new RuleTester({ describe, it }).run('goal-quality', rule, {
  valid: [
    {
      // percent signs after numbers (the same goal's 20%, 25%, 15%) and a 率 with its number
      name: 'percentages with their numbers',
      document: withGoal('资产收益扶贫', { goal: '第一年按投资额20%返本,第二年第三年均各按25%返本,入股贫困户覆盖率达100%' }),
    },
    // fixtures/real-tables/ningxia-yuanzhou-2022-shuiyuan-hanyanglin B9 (年度总体目标): numbers and places
    {
      name: '原州: a goal with numbers',
      document: withGoal('水源涵养林', { goal: '在东马场林场等7个林场和11个乡镇实施营造林8万亩。其中:新造林3万亩,未成林抚育提升及退化林改造5万亩;修建作业道30公里。' }),
    },
    // fixtures/real-tables/anhui-liuan-jinan-2025-wangqiu-saishi: one stock phrase (提升) is normal
    { name: '六安: a concrete aim without numbers', document: withGoal('网球公开赛', { goal: '打造金安国际网球公开赛等一系列的品牌赛事,提升六安城市的知名度和美誉度。' }), options: NO_QUANTITY_CHECK },
    // fixtures/real-tables/gansu-jiayuguan-2023-bowuguan-mianfei-kaifang B17: one stock phrase only — left to the reviewer
    { name: '嘉峪关: one stock phrase', document: withGoal('免费开放补助', { goal: '进一步提高博物馆纪念馆运行效率和免费开放服务水平' }), options: NO_QUANTITY_CHECK },
    // fixtures/seeds/003 机关办公用房租金: numbering and a number
    { name: '003: numbered goals with an amount', document: withGoal('机关办公用房租金', { goals: ['三季度如期支付租金131.2万元，', '保障办公用房正常使用，使机关运行工作正常开展'] }) },
    // fixtures/seeds/002 网络运行维护: stock phrases, but one each
    { name: '002: 保障网络正常运转 / 确保网络安全', document: withGoal('网络运行维护', { goals: ['保障网络正常运转', '确保网络安全', '宣传商务领域信息，提高经济效益'] }), options: NO_QUANTITY_CHECK },
    // fixtures/real-tables/sichuan-leshan-jingyan-mata-2023-cunzu-ganbu-baochou D5; fixtures/seeds/003 with its amount
    { name: 'paying people on time, or an amount paid, is an output', document: withGoal('村组干部报酬', { goals: ['按时发放村组干部报酬', '三季度如期支付租金131.2万元'] }) },
    {
      // fixtures/real-tables/tianjin-qu-chengguanwei-2020-kangyi-guozhai-baojie: a cited rule, then the work itself
      name: '天津 2020: a cited document and the work to do',
      document: withGoal('环境卫生清洁', { goal: '按《市容环境卫生管理条例》及疫情期间各项文件规定,搞好污染防治、环境卫生保洁消杀工作,开展我区环境卫生治理工作。' }),
      options: NO_QUANTITY_CHECK,
    },
    { name: 'a heading is not a goal', document: withGoal('甲', { goal: '年度目标' }) },
    { name: 'a task with its amount', document: withGoal('甲', { goal: '做好1200件价格认定工作' }) },
    // fixtures/real-tables/sichuan-daying-sifaju-2023-anke-tidai-ziping-multi B13: equipment bought, then paid for
    { name: '大英: something bought as well as the payment', document: withGoal('安可替代补助', { goal: '根据要求购买安可设备,并完成项目资金支付。' }), options: NO_QUANTITY_CHECK },
    { name: '了解 is not "…了"', document: withGoal('甲', { goal: '了解企业经营状况，帮助企业知晓政策、方针，制定更加合理有效的政策' }), options: NO_QUANTITY_CHECK },
    {
      // fixtures/real-tables/hunan-hengyang-nanyue-2023-yulu-jihua B16:B17: the goal's second line has the amount
      name: '南岳 2023: a goal over two cells, one with a number',
      document: withGoal('雨露计划就学补助', { goal: '1.对提供就读学籍证明的学生了放就学补助;\n2.补助标准为:每生1500元/学期。' }),
    },
    {
      // fixtures/real-tables/anhui-liuan-yuan-2022-wenwu-baohu-ziping B10: the deliverables named one by one
      name: '六安 2022: a long goal that names its deliverables',
      document: withGoal('文物保护', { goal: '通过项目实施,完成六安市罗氏宗祠、李氏宗祠、英布墓日常维护,赤卫军指挥部旧址报病虫害防治测绘、国保省保矢量数据测绘、龙盘石刻护栏制装,加大文物保护力度,发挥文物的宣传教育价值。' }),
    },
    {
      // fixtures/real-tables/hunan-hengyang-nanyue-2023-yulu-jihua B16 (review.json mustNotFind): a standard per student is a quantity,
      // and so is money paid as the project's work; a goal that only repeats the project name is goal-present's
      name: 'a subsidy standard, a payment, the project name',
      document: doc({
        projects: [
          project('雨露计划就学补助', [ROW], { goal: '1.对提供就读学籍证明的学生发放就学补助; 2.补助标准为:每生 1500 元/学期' }),
          project('机关办公用房租金', [ROW], { goal: '三季度如期支付租金131.2万元' }),
          project('国家基本公共卫生服务', [ROW], { goal: '国家基本公共卫生服务' }),
        ],
      }),
    },
    { name: 'requireQuantity: false', document: withGoal('免费开放补助', { goal: '进一步提高博物馆纪念馆运行效率和免费开放服务水平' }), options: NO_QUANTITY_CHECK },
  ],
  invalid: [
    {
      // fixtures/real-tables/hubei-suizhou-guangshui-jiaotongju-2021-xiangcun-daolu-ziping-partial B8 (both readings)
      name: '广水 2021: the template’s empty items 2. and 3. left in the goal',
      document: withGoal('乡村道路建设养护项目', { goal: '1.完成乡村道路建设养护里程 300 公里;\n2.\n3.' }),
      errors: [{ messageId: 'emptyItems', pointer: '/projects/0/goal', messageIncludes: ['（“2.”“3.”）'] }],
    },
    {
      // fixtures/real-tables/hebei-langfang-shipin-xuexiao-2019-nuantong-gaizao-ziping B12 (both readings): the goal cell holds the budget
      name: '廊坊 2019: a goal that is only an amount',
      document: withGoal('办公宿舍楼、食堂及餐厅暖通改造经费', { goal: '43.2' }),
      errors: [{ messageId: 'numberOnly', pointer: '/projects/0/goal', messageIncludes: ['只填了一个数“43.2”'] }],
    },
    {
      // fixtures/real-tables/anhui-bozhou-2023-rengong-zengyu B10 (review.blind.json): the 中期目标 is judged apart from the annual one
      name: '亳州 2023: a period goal with no number beside an annual goal with one',
      document: withGoal('人工增雨飞机作业', { goal: '全年完成飞机增雨作业15架次、作业航时不少于30小时', periodGoal: '建立较为完善的人工增雨飞机作业体系,形成统一协调、区域联防人影运行新机制' }),
      errors: [{ messageId: 'noQuantity', pointer: '/projects/0/periodGoal', messageIncludes: ['实施期绩效目标'] }],
    },
    {
      // fixtures/real-tables/anhui-liuan-jinan-2025-wangqiu-saishi B10 and gansu-jiayuguan-2023-bowuguan-mianfei-kaifang B17: blind reviewers sent both back
      name: '六安 2025, 嘉峪关 2023: goals with no number at all',
      document: doc({
        projects: [
          project('网球公开赛', [ROW], { goal: '打造金安国际网球公开赛等一系列的品牌赛事,提升六安城市的知名度和美誉度。' }),
          project('免费开放补助', [ROW], { goal: '进一步提高博物馆纪念馆运行效率和免费开放服务水平' }),
        ],
      }),
      errors: [
        { messageId: 'noQuantity', pointer: '/projects/0/goal', messageIncludes: ['没有写出任何数量'] },
        { messageId: 'noQuantity', pointer: '/projects/1/goal', messageIncludes: ['“进一步提高博物馆纪念馆运行效率和免费开放服务水平”'] },
      ],
    },
    {
      // review.blind.json of anhui-liuan-jinan-canlian-2023-jingzhun-kangfu-partial B11, and of the 医疗救助 and 澧县 tables:
      // longer goals, but every other clause a policy aim and no number anywhere
      name: 'long goals made of policy aims',
      document: doc({
        projects: [
          project('残疾人精准康复', [ROW], {
            goal: '聚焦残疾人康复需求,强化基本康复保障,实施精准康复服务,提升残疾人生存和发展能力。构建与经济社会发展相协调,与残疾人康复需求相适应的多元化康复服务体系、多层次康复保障制度,为经济困难的残疾人提供基本康复服务,适配辅助器具,提高受助残疾人生活自理能力。',
          }),
          project('医疗救助补助资金', [ROW], {
            goal: '通过医疗救助的实施将改善困难群众就医待遇,推进防范和化解因病致贫返贫长效机制的建立健全,项目完成后,将强化基本医疗保险、大病保险、医疗救助综合保障水平,更好的确保困难群众不因罹患重特大疾病影响基本生活。',
          }),
          // beijing-haidian-xueyuanlu-2016-baojie-waibao-ziping B8 (review.json): 明确…, 实现…, 充分发挥… are aims too
          project('自管道路清扫保洁外包工作经费', [ROW], {
            goal: '通过规范地区自管道路清扫保洁外包工作经费工作专项资金的使用,明确专项资金使用目的,实现科学管理,充分发挥项目资金在地区自管小区、小广告、三级以下道路、无主垃圾渣土清运及重大活动环境卫生保障工作中的作用,将自管道路保洁进行外包,更好的服务于本地区政治、经济、文化等各项事业的发展',
          }),
        ],
      }),
      errors: [
        { messageId: 'noQuantity', pointer: '/projects/0/goal', messageIncludes: ['“聚焦残疾人康复需求,强化基本康复保障'] },
        { messageId: 'noQuantity', pointer: '/projects/1/goal' },
        { messageId: 'noQuantity', pointer: '/projects/2/goal' },
      ],
    },
    {
      // review.blind.json of anhui-huaibei-suixi-2019-linshi-jiuzhu-ziping B9 and sichuan-meishan-qingshen-2023-gongzi-zipingbiao B7:
      // the 自评表's completion text (87人次, or the template's “(100字以内)”) is not a goal, and its numbers do not count for the goal
      name: 'a 自评表 goal with no number, its completion text beside it',
      document: doc({
        projects: [
          project('临时救助', [ROW], { goal: '为建档立卡扶贫户解决临时性的困难', extensions: { 年度总体目标完成情况综述: '全年救助建档立卡扶贫户临时救助87人次,救助资金30万元,完成目标任务。' } }),
          project('工资性支出', [ROW], { goal: '严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。', extensions: { 年度目标完成情况: '对照年度目标,说明相关任务目标的完成情况(100字以内)' } }),
        ],
      }),
      errors: [
        { messageId: 'noQuantity', pointer: '/projects/0/goal' },
        { messageId: 'noQuantity', pointer: '/projects/1/goal' },
      ],
    },
    {
      // review.blind.json of sichuan-nanchong-langzhong-2021-chegoushui-shengdao-ziping B12 and anhui-guichi-2022-weituo-yewu-zipingbiao
      // B12, and hunan-xiangtan-2023-wupaoche-fuwu B7 (blind mustFind): a year, a dotted date, or money asked for and shared
      // out, is no quantity of output
      name: 'goals whose only numbers are a year, a date or money asked for',
      document: doc({
        projects: [
          project('车辆购置税收入补助地方资金(普通省道公路建设)', [ROW], { goal: '按计划完成2021年度省道公路建设。' }),
          project('委托业务项目', [ROW], { goal: '本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程审计;30万元用于设计。' }),
          project('雾炮车降尘抑尘服务', [ROW], { goal: '通过采购雾炮车降尘抑尘服务,服务周期2023.07-2024.01,全市空气质量达到优良' }),
        ],
      }),
      errors: [
        { messageId: 'noQuantity', pointer: '/projects/0/goal', messageIncludes: ['“按计划完成2021年度省道公路建设。”'] },
        { messageId: 'noQuantity', pointer: '/projects/1/goal' },
        { messageId: 'noQuantity', pointer: '/projects/2/goal' },
      ],
    },
    {
      // fixtures/real-tables/hunan-hengyang-qidong-2024-jikong-bumen-zhengti B12 (mustFind)
      name: '祁东 2024: a goal that only cites documents',
      document: withGoal('疾病预防控制中心', {
        goal: '根据《湖南省卫生健康委疾控处关于印发湖南省202年度结核病防治项目实施方案的通知》、《湖南省卫生健康委员会疾控处关于印发湖南省2020年度艾滋病防治项目实施方案的通知》等文件要求完成绩效目标。',
      }),
      errors: [{ messageId: 'citesOnly', pointer: '/projects/0/goal', messageIncludes: ['只是引用文件（《湖南省卫生健康委疾控处关于印发湖南省202年度结核病防治项目实施方案的通知》等）'] }],
    },
    {
      // fixtures/real-tables/hunan-yueyang-yueyanglou-2023-jiagerending-zhengti B4 (mustFind)
      name: '岳阳楼 2023: a task to do well, nothing more',
      document: withGoal('价格认证鉴定中心', { goal: '做好涉案、价格认定工作。' }),
      errors: [{ messageId: 'generalTask', pointer: '/projects/0/goal', messageIncludes: ['只说了要做好的工作或要发挥的作用'] }],
    },
    {
      // fixtures/real-tables/anhui-luan-huoqiu-2022-keji-tepaiyuan-ziping B11 (mustFind)
      name: '霍邱 2022: a role to play, nothing more',
      document: withGoal('科技特派员创业行动经费', { goal: '发挥科技特派员创业带头人作用。' }),
      errors: [{ messageId: 'generalTask', pointer: '/projects/0/goal', messageIncludes: ['“发挥科技特派员创业带头人作用。”'] }],
    },
    {
      // fixtures/real-tables/hubei-wuhan-qingshan-2020-jiaoyu-jijian E10 (年度目标)
      name: '武汉青山: a goal that only arranges the budget',
      document: withGoal('教育局重点项目建设经费', { goal: '按工作计划完成教育局重点项目建设经费预算安排' }),
      errors: [{ messageId: 'fundingOnly', pointer: '/projects/0/goal', messageIncludes: ['只说了“经费预算安排”'] }],
    },
    {
      // fixtures/real-tables/hunan-hengyang-nanyue-2018-zichan-shouyi-fupin B8 (年度目标), as published
      name: '衡阳南岳: a percent whose number was lost (按总客%)',
      document: withGoal('资产收益扶贫', { goal: '10个合作社为入股贫困户返本分红,第一年按投资额20%反本,第二年第三年均各按25%本,第四年第五年各按15%返本,分红第一年按总客%,第二年以后按返本后的剩余金额的8%分红' }),
      errors: [{ messageId: 'percentWithoutNumber', pointer: '/projects/0/goal', messageIncludes: ['按总客%'] }],
    },
    {
      // fixtures/real-tables/hubei-wuhan-qingshan-2020-boruo-xuexiao-gaizao B8: the reading filed the text under 年度目标 as a label
      name: '青山 薄弱学校改造: only 全面改善…进一步提高…',
      document: withGoal('农村义务教育薄弱学校改造补助资金', {
        goal: '年度目标',
        extensions: { '全面改善农村义务教育薄弱学校办学条件,扩大基础教育资源,进一步提高义务教育均衡发展水平。': '' },
      }),
      errors: [
        {
          messageId: 'boilerplate',
          pointer: '/projects/0/extensions/全面改善农村义务教育薄弱学校办学条件,扩大基础教育资源,进一步提高义务教育均衡发展水平。',
          messageIncludes: ['全面改善”“进一步提高'],
        },
      ],
    },
    {
      // fixtures/real-tables/jiangxi-jingdezhen-fuliang-linyeju-bumen-zhengti-partial B7
      name: '浮梁 林业局: 保证…职能实现, 保障人员经费',
      document: withGoal('林业局', { goal: '', extensions: { '*年度绩效总目标': '保证林业局职能实现,保障人员经费。' } }),
      errors: [{ messageId: 'boilerplate', pointer: '/projects/0/extensions/*年度绩效总目标' }],
    },
    {
      // the same table, had the reading kept its *部门职能职责概述 (A5/B5)
      name: '浮梁 林业局: the goal copies the duties',
      document: withGoal('林业局', { goal: '保证林业局职能实现,保障人员经费。', extensions: { '*部门职能职责概述': '保证林业局职能实现,保障人员经费。' } }),
      errors: [{ messageId: 'copiedDuties', pointer: '/projects/0/goal' }],
    },
    {
      // fixtures/real-tables/shaanxi-qingjian-2021-guoyuanlu B10
      name: '清涧 果园路: written as done',
      document: withGoal('果园路', {
        extensions: {
          总: ['年度目标', '1、改善基础实施建设,呼家河至鲍家沟果园路建设2公里、寨山石坪果园路2公里 2、水泥路硬化路面、边沟及交安实施的建设,解决了生产道路硬化问题及生命防护问题 3、极大的改善了老百姓的生产生活问题'],
        },
      }),
      errors: [{ messageId: 'alreadyDone', pointer: '/projects/0/extensions/总', messageIncludes: ['解决了'] }],
    },
    {
      name: 'a 实施期 goal',
      document: withGoal('甲', { goal: '完成3所学校改造', periodGoal: '已完成全部改造' }),
      errors: [{ messageId: 'alreadyDone', pointer: '/projects/0/periodGoal', messageIncludes: ['实施期绩效目标', '已完成'] }],
    },
    {
      name: 'option minBoilerplatePhrases: 1',
      document: withGoal('免费开放补助', { goal: '进一步提高博物馆纪念馆运行效率和免费开放服务水平' }),
      options: { minBoilerplatePhrases: 1 },
      errors: [{ messageId: 'boilerplate' }],
    },
    {
      name: 'English messages',
      locale: 'en',
      document: withGoal('林业局', { goal: '保证林业局职能实现,保障人员经费。' }),
      errors: [{ messageId: 'boilerplate', messageIncludes: ['stock phrases'] }],
    },
  ],
});
