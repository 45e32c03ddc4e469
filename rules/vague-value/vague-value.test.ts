import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './vague-value.js';

const one = (indicators: Indicator[]) => doc({ projects: [project('甲', indicators)] });

// fixtures/real-tables/anhui-guichi-2022-weituo-yewu-zipingbiao, rows 14–22
const GUICHI_COUNT = row('产出指标', '数量指标', '基建工程委托业务项目数量', '≥50个');
const GUICHI_COST = row('产出指标', '成本指标', '项目总成本', '≤90万元');
const GUICHI_RULES = row('产出指标', '成本指标', '单项业务成本', '符合相关规定');
const GUICHI_EFFECT = row('效益指标', '社会效益指标', '对维护基建市场公平的影响程度', '效果明显');
// fixtures/real-tables/anhui-huaibei-wenlvti-2025-songxi-jincun, rows 16–19
const HUAIBEI_NO = row('效益指标', '生态效益指标', '是否对当地生态环境造成影响', '否');
const HUAIBEI_LONG = row('效益指标', '可持续影响指标', '对满足人民群众日益提高的文化需求的可持续影响', '长期');
// fixtures/real-tables/hubei-wuhan-qingshan-2020-jiaoyu-jijian, row 15
const QINGSHAN_METHOD = row('产出指标', '成本指标', '建设项目成本', '参照政府采购成本控制');
// fixtures/real-tables/anhui-bozhou-2023-rengong-zengyu, row 12
const BOZHOU_METHOD = row('产出指标', '数量指标', '飞机增雨作业航时', '暂定量按15次作业且总航时不少于30小时测算');
// fixtures/real-tables/shanghai-songjiang-2020-jiuting-zipingbiao, row 18; hunan-xiangtan-2023-wupaoche-fuwu, row 11
const SONGJIANG_GRADE = row('效益指标', '生态效益指标', '文明施工程度', '达标');
// seed 000 (绍兴 2019): a property affirmed; a categorical answer
const SHAOXING_STATE = row('产出指标', '质量指标', '保障措施完备性', '完备');
const SHAOXING_FORM = row('产出指标', '质量指标', '出差形式', '高铁或飞机');
// hunan-xiangtan-2023-wupaoche-fuwu, row 12: a period written as a range of months
const XIANGTAN_PERIOD = row('产出指标', '时效指标', '服务周期', '2023.07-2024.01');

new RuleTester({ describe, it }).run('vague-value', rule, {
  valid: [
    { name: 'guichi: numbers with a sign and a unit', document: one([GUICHI_COUNT, GUICHI_COST]) },
    { name: 'huaibei: 否 answers a 是否 indicator', document: one([HUAIBEI_NO]) },
    { name: 'seed 000: 完备 affirms the property the name asks about; 高铁或飞机 is a plain answer', document: one([SHAOXING_STATE, SHAOXING_FORM]) },
    { name: 'a grade on a row declared 定性', document: one([{ ...SONGJIANG_GRADE, operator: '定性' }]) },
    { name: 'xiangtan: a 时效 row is timeliness-measurable’s', document: one([XIANGTAN_PERIOD, row('产出指标', '时效指标', '结算款支付及时性', '及时')]) },
    { name: 'a satisfaction row is satisfaction-value’s', document: one([row('满意度指标', '服务对象满意度指标', '群众满意度', '较满意')]) },
    { name: 'a cited standard', document: one([row('产出指标', '质量指标', '工程质量', '符合《建筑工程施工质量验收统一标准》')]) },
    { name: 'grades accepted everywhere with acceptGrades: always', document: one([SONGJIANG_GRADE]), options: { acceptGrades: 'always' } },
    {
      // fixtures/real-tables/sichuan-guangyuan-zhaohua-2021-tekun-jiating-zaifuzhu E21 (review.blind.json mustNotFind)
      name: '昭化 2021: 严格按照 a standard whose amount the cell gives',
      document: one([row('产出指标', '成本指标', '成本控制', '严格按照预算标准1000元/人给补助对象兑付补助')]),
    },
    {
      // fixtures/real-tables/hubei-xiangyang-zhongxinyiyuan-2021-dongjin-yuanqu-ziping E12: a yes/no state, checkable (the row itself is input-as-output's)
      name: '襄阳 2021: 专款专用 affirms the property the name asks about',
      document: one([row('产出指标', '质量指标', '保证财政建设补助专款专用', '专款专用')]),
    },
    {
      // seed 000 促进内需系列活动经费: the target sentence stands in the name column (no-placeholder's finding)
      name: 'a value inside a name that carries a number is not a restated name',
      document: one([row('产出指标', '数量指标', '在省商务厅2019年重点展会上，统一特装展位面积超过480平方米。', '统一特装')]),
    },
  ],
  invalid: [
    {
      // fixtures/real-tables/sichuan-daying-2020-shuangxin-wenming-chengshi-chuangjian E3 and hubei-qu-shangwuju-2020-fuwu-maoyi-fazhan-ziping E14, E18 (both readings)
      name: '大英 2020 按质按量完成; 湖北 2020 受众欢迎, and a question as the target',
      document: one([
        row('产出指标', '质量指标', '创建质量', '按质按量完成'),
        row('产出指标', '质量指标', '企业国际质量提升', '获得目的国(地区)受众欢迎'),
        row('效益指标', '可持续影响指标', '推动企业走出去方面发挥的作用', '是否利于企业走出去'),
      ]),
      errors: [
        { messageId: 'vague', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“按质按量”'] },
        { messageId: 'vague', pointer: '/projects/0/indicators/1/value' },
        { messageId: 'vague', pointer: '/projects/0/indicators/2/value', messageIncludes: ['“是否”'] },
      ],
    },
    {
      // fixtures/real-tables/henan-puyang-danganguan-2021-kufang-xiaofang-partial E15 (mustFind in both readings)
      name: '濮阳 2021: 施工材料 1批',
      document: one([row('产出指标', '数量指标', '施工材料', '1批'), row('产出指标', '质量指标', '抽检批次', '≥200批')]),
      errors: [{ messageId: 'batch', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“施工材料”的指标值“1批”以“批”计'] }],
    },
    {
      // fixtures/real-tables/shanghai-songjiang-2020-jiuting-zipingbiao E22 (review.blind.json): a 长效管理 row the table files
      // under 满意度 sets a target of its own, judged here; the satisfaction rate beside it is satisfaction-value's
      name: '松江 2020: 档案管理有效性 / 有效 under 满意度',
      document: one([row('满意度指标', '服务对象满意度指标', '群众满意度', '≧90%'), row('满意度指标', '长效管理指标', '档案管理有效性', '有效')]),
      errors: [{ messageId: 'vague', pointer: '/projects/0/indicators/1/value', messageIncludes: ['“档案管理有效性”的指标值“有效”'] }],
    },
    {
      // fixtures/real-tables/anhui-liuan-yuan-2022-wenwu-baohu-ziping E20 (both reviews): a slogan as the target
      name: '六安 2022: 加大文物保护,展示文物价值',
      document: one([row('效益指标', '社会效益指标', '文物本体安全、体现文物价值,提升知名度', '加大文物保护,展示文物价值')]),
      errors: [{ messageId: 'vague', pointer: '/projects/0/indicators/0/value', messageIncludes: ['中的“加大”是模糊表述'] }],
    },
    {
      // fixtures/real-tables/hubei-huangshi-tushuguan-2022-gongxiang-gongcheng-ziping E15 (both reviews): “为主” leaves the share open
      name: '黄石 2022: 资源采购期以当年为主',
      document: one([row('产出指标', '质量指标', '以最新资源面市', '资源采购期以当年为主')]),
      errors: [{ messageId: 'vague', pointer: '/projects/0/indicators/0/value', messageIncludes: ['中的“为主”是模糊表述'] }],
    },
    {
      // fixtures/real-tables/anhui-luan-huoqiu-2022-keji-tepaiyuan-ziping E17, E18
      name: 'huoqiu 2022: a value that only repeats the name, or part of it',
      document: one([row('效益指标', '经济效益指标', '带动农民增收', '农民增收'), row('效益指标', '社会效益指标', '巩固拓展脱贫攻坚成果', '巩固拓展脱贫攻坚成果')]),
      errors: [
        { messageId: 'restatesName', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“农民增收”只是重复了指标名称'] },
        { messageId: 'restatesName', pointer: '/projects/0/indicators/1/value', messageIncludes: ['“巩固拓展脱贫攻坚成果”只是重复了指标名称'] },
      ],
    },
    {
      // fixtures/real-tables/hubei-qu-shangwuju-2020-fuwu-maoyi-fazhan-ziping E17 (both readings): the value names what is
      // assessed, not how well; "运行情况良好" ends with its level and is the vague word's
      name: '湖北 2020: 企业把握正确政治导向和文化方向情况的评价 as the target',
      document: one([
        row('效益指标', '社会效益指标', '企业把握政治导向和文化方向情况', '企业把握正确政治导向和文化方向情况的评价'),
        row('产出指标', '质量指标', '项目完成', '项目完成情况'),
      ]),
      errors: [
        { messageId: 'measure', pointer: '/projects/0/indicators/0/value', messageIncludes: ['写的是考核什么（“……情况”“……的评价”），不是要达到的程度'] },
        { messageId: 'measure', pointer: '/projects/0/indicators/1/value' },
      ],
    },
    {
      // fixtures/real-tables/hubei-ezhou-jiguanshiwu-2022-bangong-dalou-yunxing E17 (review.blind.json): a 成本控制率 with no number
      name: '鄂州 2022: 不超预算 instead of a rate or an amount',
      document: one([row('产出指标', '成本指标', '成本控制率', '不超预算')]),
      errors: [{ messageId: 'vague', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“不超预算”'] }],
    },
    {
      // fixtures/real-tables/hunan-xiangtan-2024-wupaoche-yichen E17: a cost row with no amount
      name: 'xiangtan 2024: 控制在预算内 instead of an amount',
      document: one([row('产出指标', '成本指标', '控制在预算成本内', '控制在预算内')]),
      errors: [{ messageId: 'vague', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“控制在预算内”'] }],
    },
    {
      name: 'guichi: 符合相关规定 and 效果明显',
      document: one([GUICHI_COUNT, GUICHI_RULES, GUICHI_EFFECT]),
      errors: [
        { messageId: 'vague', pointer: '/projects/0/indicators/1/value', messageIncludes: ['第2行“单项业务成本”的指标值“符合相关规定”'] },
        { messageId: 'vague', pointer: '/projects/0/indicators/2/value', messageIncludes: ['的指标值“效果明显”没有数值'] },
      ],
    },
    { name: 'huaibei: 长期', document: one([HUAIBEI_NO, HUAIBEI_LONG]), errors: [{ messageId: 'vague', pointer: '/projects/0/indicators/1/value' }] },
    {
      name: 'qingshan and bozhou: a method instead of an amount',
      document: one([QINGSHAN_METHOD, BOZHOU_METHOD]),
      errors: [
        { messageId: 'method', messageIncludes: ['“参照”'] },
        { messageId: 'method', messageIncludes: ['“测算”'] },
      ],
    },
    {
      // fixtures/real-tables/hunan-hengyang-hengshan-2020-xianji-chubeiliang-ziping row 24 (mustFind E24)
      name: '衡山 2020: 高 as the target of a 可持续影响 row',
      document: one([row('效益指标', '可持续影响指标', '粮食储备设备维护及安全性', '高')]),
      errors: [{ messageId: 'grade', messageIncludes: ['“高”是等级'] }],
    },
    { name: 'songjiang: a grade without 定性', document: one([SONGJIANG_GRADE]), errors: [{ messageId: 'grade', messageIncludes: ['“达标”是等级'] }] },
    { name: 'a grade even on 定性 rows with acceptGrades: never', document: one([{ ...SONGJIANG_GRADE, operator: '定性' }]), options: { acceptGrades: 'never' }, errors: [{ messageId: 'grade' }] },
    { name: 'more words from the options', document: one([row('效益指标', '社会效益指标', '社会影响', '反响热烈')]), options: { words: ['反响热烈'] }, errors: [{ messageId: 'vague' }] },
    {
      name: 'a 个性 value (浙江 2019)',
      document: one([{ level1: '效益指标', name: '扩大城市影响力', value: '', personal: { value: '有所提升' } }]),
      errors: [{ messageId: 'vague', pointer: '/projects/0/indicators/0/personal/value' }],
    },
  ],
});
