import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PerfLint } from '../../src/node/perflint.js';
import { RuleTester, lintCase } from '../../src/testing/rule-tester.js';
import rule from './consistent-units.js';
import { doc, project, row } from '../../tests/helpers/documents.js';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');

/** 浙江 2019 rows: no 二级, operator or unit column. */
const zj = (name: string, value: string, extra = {}) => ({ level1: '产出指标', name, value, ...extra });
/** 浙江 2021 rows: 计算符号 and 计量单位 columns. */
const zj21 = (level2: string, name: string, operator: string, value: string, unit: string) =>
  row('产出指标', level2, name, value, { operator, unit, weight: 10 });

/** 研究成果按时结题率 ≥ 100 (%) with its 计算符号 column set to `operator` */
const cementTable = (operator: string) => doc({ projects: [project('散装水泥管理', [zj21('质量指标', '研究成果按时结题率', operator, '100', '(%)')])] });

new RuleTester({ describe, it }).run('consistent-units', rule, {
  valid: [
    // fixtures/real-tables/yunnan-baoshan-longyang-2022-huafei-jianliang-ziping-partial rows 14–16: the numbered items of an
    // outline heading count kinds of its 试验 in its unit (the blind reading defends 1、肥料利用率 ≧5组)
    {
      name: '隆阳 2022: 1、肥料利用率 ≧5组 under 二、化肥减量增效田间试验 ≧15组',
      document: doc({
        projects: [
          project('化肥减量增效', [
            row('产出指标', '数量指标', '二、化肥减量增效田间试验', '≧15组'),
            row('产出指标', '数量指标', '1、肥料利用率', '≧5组'),
            row('产出指标', '数量指标', '2、化肥减量增效', '≧5组'),
          ]),
        ],
      }),
    },
    // 万 outside a 成本 row may be 万人 or 万亩: not read as a spelling of 万元
    { name: '受益人口 3万 under 社会效益', document: doc({ projects: [project('甲', [row('效益指标', '社会效益指标', '受益人口', '≥3万')])] }) },

    // fixtures/real-tables/sichuan-leshan-jingyan-mata-2023-cunzu-ganbu-baochou I12: a satisfaction is a rate
    { name: '乐山 人民群众满意度 ≥95 %: a rate, not an aim', document: doc({ projects: [project('村组干部报酬', [row('满意度指标', '服务对象满意度指标', '人民群众满意度', '95', { operator: '≥', unit: '%' })])] }) },
    // fixtures/real-tables/yunnan-yongde-2022-yingyang-gaishan-ziping C19: 政策知晓率 is a rate
    { name: '永德 政策知晓率 = 100 %', document: doc({ projects: [project('营养改善', [row('效益指标', '社会效益指标', '政策知晓率', '100', { operator: '═', unit: '%' })])] }) },
    // fixtures/seeds/001: 推动外贸外经服贸发展 with a sentence that states a real growth rate
    {
      name: '001 an aim whose value is a sentence stating a growth rate',
      document: doc({ projects: [project('外经贸', [row('效益指标', '经济效益指标', '推动外贸外经服贸发展', '促成项目落地，境外投资中方投资额同比增长 5%', { operator: '定性' })])] }),
    },
    // fixtures/real-tables/hunan-xiangxi-tejiao-2023-xuesheng-huoshifei H10: 补助学生数量 168 is counted in 人
    { name: '湘西 补助学生数量 168: the name counts people', document: doc({ projects: [project('伙食费', [row('产出指标', '数量指标', '补助学生数量', '168')])] }) },
    // fixtures/real-tables/guangdong-dongguan-2019-zhenji-lianwanglu H8: …项目数 implies 个
    { name: '东莞 镇街补助款完成结算项目数 3', document: doc({ projects: [project('联网路', [row('产出指标', '数量指标', '镇街补助款完成结算项目数', '3')])] }) },
    // fixtures/real-tables/ningxia-yuanzhou-2022-shuiyuan-hanyanglin: the unit in the name's bracket
    { name: '原州 修建作业道长度(公里) 30', document: doc({ projects: [project('水源涵养林', [row('产出指标', '数量指标', '修建作业道长度(公里)', '30')])] }) },
    // a 数量 row in a table with a unit column: an empty unit is required-fields'
    { name: '甘孜 召开食品安委会全体会议 2 with an empty unit column', document: doc({ projects: [project('食品安全', [row('产出指标', '数量指标', '召开食品安委会全体会议', '2', { unit: '' })])] }) },
    // fixtures/real-tables/sichuan-leshan-jingyan-mata-2023-cunzu-ganbu-baochou G6: 维持时效 in 年 is a duration
    { name: '乐山 维持时效 ≥1年 (时效指标)', document: doc({ projects: [project('村组干部报酬', [row('产出指标', '时效指标', '维持时效', '1', { operator: '≥', unit: '年' })])] }) },
    { name: 'an M that is megabits: 网络带宽 ≥100M', document: doc({ projects: [project('网络运行维护', [row('产出指标', '质量指标', '网络带宽', '≥100M')])] }) },
    // fixtures/real-tables/chongqing-rongchang-2022-gucheng-lvhua G16: a standard unit
    { name: '荣昌 绿化美化公路 = 3500 米', document: doc({ projects: [project('绿化', [row('产出指标', '数量指标', '绿化美化公路', '3500', { operator: '=', unit: '米' })])] }) },
    { name: '人次 counts person-times: 培训人次数 ≥500人次 is right', document: doc({ projects: [project('甲', [row('产出指标', '数量指标', '培训人次数', '≥500人次')])] }) },
    { name: 'a 批次 counted in 批', document: doc({ projects: [project('甲', [row('产出指标', '数量指标', '食品抽检批次', '≥200批')])] }) },
    { name: 'a rate with % in a table without a unit column', document: doc({ projects: [project('甲', [zj('验收合格率', '≥95%')])] }) },
    { name: 'a cost per 亩 in 元', document: doc({ projects: [project('甲', [row('产出指标', '成本指标', '流转土地补助标准', '<=475元/亩')])] }) },
    { name: 'a five-digit count that is no date (接待游客数量 60000人)', document: doc({ projects: [project('甲', [row('效益指标', '社会效益指标', '接待游客数量', '60000', { unit: '人' })])] }) },
    {
      name: '000 商事法律业务培训费: 会议（培训）天数 = "2" is a bare number: no unit to disagree with',
      document: doc({ projects: [project('商事法律业务培训费', [zj('会议（培训）天数', '2')])] }),
    },
    {
      name: '000 散、混、砂专项培训费: 培训学员满意度 = "15" with the 个性 cell "条": bare value, the 个性 name cell is not a unit column',
      document: doc({
        projects: [project('散、混、砂专项培训费', [zj('培训学员满意度', '15', { personal: { name: '条', value: '15' } })])],
      }),
    },
    {
      name: '000 出国人员经费 (259002): 出国（境）天数 = "单次6-8天"',
      document: doc({ projects: [project('出国人员经费', [zj('出国（境）天数', '单次6-8天')])] }),
    },
    {
      name: '001 网络零售额同比增长率 = 8 (%): a growth rate, percent',
      document: doc({ projects: [project('电子商务创业创新大赛', [zj21('经济效益指标', '网络零售额同比增长率', '=', '8', '(%)')])] }),
    },
    {
      name: 'a growth rate may exceed 100%',
      document: doc({ projects: [project('p', [zj('网络零售额增长率', '≥120%')])] }),
    },
    {
      name: '002 完成外贸进出口指标 described as 进出口指标完成率 ">=100%": a completion rate may be exceeded',
      document: doc({
        projects: [project('商务活动', [row('产出指标', '数量指标', '完成外贸进出口指标', '>=100%', { description: '进出口指标完成率' })])],
      }),
    },
    {
      name: '003 机关办公用房租金: 单位租房成本 ≤131.2万元 against 131.2 万元 of funding',
      document: doc({
        moneyUnit: '万元',
        projects: [project('机关办公用房租金', [row('产出指标', '成本指标', '单位租房成本', '≤131.2万元')], { funding: { total: 131.2 } })],
      }),
    },
    {
      name: '003 蔬菜储备补贴资金: 蔬菜补贴成本单价 =1000元/吨 is a unit rate, not a total',
      document: doc({
        moneyUnit: '万元',
        projects: [project('蔬菜储备补贴资金', [row('产出指标', '成本指标', '蔬菜补贴成本单价', '=1000元/吨')], { funding: { total: 50 } })],
      }),
    },
    {
      name: '003 综合业务工作经费: 参会费用 2万元 in a 140万元 project (small, but in the table’s own unit)',
      document: doc({
        moneyUnit: '万元',
        projects: [project('综合业务工作经费', [row('产出指标', '成本指标', '参会费用', '2万元')], { funding: { total: 140 } })],
      }),
    },
    {
      name: '001 商事法律业务培训: 单位成本 ≤ 200 元 in a 30000 元 project is a per-unit cost',
      document: doc({ projects: [project('商事法律业务培训', [zj21('数量指标', '单位成本', '≤', '200', '元')], { funding: { total: 30000 } })] }),
    },
    {
      name: '001 绍兴军分区饮食保障排专项经费: 保障排厨师费用 "500 元/人/天" (money per unit is money)',
      document: doc({ projects: [project('饮食保障', [zj21('数量指标', '保障排厨师费用', '定性', '500 元/人/天', '')])] }),
    },
    {
      name: '001 市外贸出口占全国份额 ≥ 13 ‰: per mille is a share',
      document: doc({ projects: [project('开放型经济', [zj21('社会效益指标', '市外贸出口占全国份额', '≥', '13', '‰')])] }),
    },
    {
      name: 'an upper bound above 100% on a rate is loose, not impossible',
      document: doc({ projects: [project('p', [zj('预算执行偏差率', '≤110%')])] }),
    },
    {
      name: 'an unknown unit (分) is never compared',
      document: doc({ projects: [project('p', [zj('培训学员满意度', '90分')])] }),
    },
    {
      name: 'the same name in 人 and 人次 across projects: one family',
      document: doc({ projects: [project('a', [zj('培训人数', '300人')]), project('b', [zj('培训人数', '500人次')])] }),
    },
    {
      name: 'a 三级 named after a category (社会效益) may hold different measures in different projects',
      document: doc({ projects: [project('a', [zj('社会效益', '≥95%')]), project('b', [zj('社会效益', '3个')])] }),
    },
    {
      name: 'placeholders and empty values are not read',
      document: doc({ projects: [project('p', [zj('会议（培训）天数', '**人'), zj('培训覆盖率', '')])] }),
    },
    {
      name: 'settings.unitClassesByName: an empty list switches an ending off',
      document: doc({ projects: [project('出国人员经费', [zj('出国（境）天数', '单次6-8人')])] }),
      settings: { unitClassesByName: { 天数: [] } },
    },
    {
      name: 'option moneyScaleRatio: a 10000× gap passes a 20000× threshold',
      document: doc({
        moneyUnit: '万元',
        projects: [project('机关办公用房租金', [row('产出指标', '成本指标', '单位租房成本', '≤1312000万元')], { funding: { total: 131.2 } })],
      }),
      options: { moneyScaleRatio: 20000 },
    },
    {
      name: 'option canExceed100Names: words of rates that may exceed 100%',
      document: doc({ projects: [project('p', [zj('客流恢复率', '≥110%')])] }),
      options: { canExceed100Names: ['恢复率'] },
    },
    {
      // fixtures/real-tables/gansu-jiayuguan-2023-bowuguan-mianfei-kaifang D20 (blind reading) and
      // tianjin-hebeiqu-fayuan-2023-anquan-weixiu-multi E12, E16 (both readings): the system's own name for %
      name: '嘉峪关 =100百分比, 天津 ≥98百分比: 百分比 is how the 一体化 system shows %',
      document: doc({ projects: [project('免费开放补助', [row('产出指标', '质量指标', '博物馆绩效考核指标完成率', '=100百分比'), row('满意度指标', '服务对象满意度指标', '干警满意度', '≥95百分比')])] }),
    },
  ],
  invalid: [
    {
      // the same rate with no heading above, or under a heading counted in another unit, is a rate in 组
      name: 'a numbered 肥料利用率 in 组 with no outline heading of 组 above it',
      document: doc({
        projects: [
          project('化肥减量增效', [
            row('产出指标', '数量指标', '1、肥料利用率', '≧5组'),
            row('产出指标', '数量指标', '二、示范区建立', '≧20000亩'),
            row('产出指标', '数量指标', '1、肥料利用率', '≧5组'),
          ]),
        ],
      }),
      errors: [
        { messageId: 'nameUnitMismatch', pointer: '/projects/0/indicators/0' },
        { messageId: 'nameUnitMismatch', pointer: '/projects/0/indicators/2' },
      ],
    },
    {
      // fixtures/real-tables/hunan-xiangtan-2023-wupaoche-fuwu E10
      name: '湘潭 雾炮车风炮射程 ≥80M: M for 米',
      document: doc({ projects: [project('雾炮车服务', [row('产出指标', '数量指标', '雾炮车风炮射程', '≥80M')])] }),
      // M may be metres or mega: reported, never fixed
      errors: [{ messageId: 'nonStandardUnit', pointer: '/projects/0/indicators/0/value', messageIncludes: ['请写作“米”'], output: null }],
    },
    {
      // fixtures/seeds/001 宣传（活动）场地面积 = 800 平米
      name: '001 场地面积 800 in a 平米 unit column',
      document: doc({ projects: [project('电子商务大赛', [row('产出指标', '数量指标', '宣传（活动）场地面积', '800', { operator: '=', unit: '平米' })])] }),
      errors: [
        {
          messageId: 'nonStandardUnit',
          pointer: '/projects/0/indicators/0/unit',
          messageIncludes: ['计量单位“平米”', '平方米'],
          output: doc({ projects: [project('电子商务大赛', [row('产出指标', '数量指标', '宣传（活动）场地面积', '800', { operator: '=', unit: '平方米' })])] }),
        },
      ],
    },
    {
      // fixtures/real-tables/sichuan-leshan-jingyan-mata-2023-cunzu-ganbu-baochou J8, J11
      name: '乐山 促进村集体经济发展 ≥95%, 项目维持时效 ≥95%: percentages on aims',
      document: doc({
        projects: [
          project('村组干部报酬', [
            row('效益指标', '经济效益指标', '促进村集体经济发展', '95', { operator: '≥', unit: '%' }),
            row('效益指标', '可持续影响指标', '项目维持时效', '95', { operator: '≥', unit: '%' }),
            row('满意度指标', '服务对象满意度指标', '人民群众满意度', '95', { operator: '≥', unit: '%' }),
          ]),
        ],
      }),
      errors: [
        { messageId: 'percentNotRate', pointer: '/projects/0/indicators/0/unit', messageIncludes: ['促进村集体经济发展', '≥95%'] },
        { messageId: 'percentNotRate', pointer: '/projects/0/indicators/1/unit', messageIncludes: ['项目维持时效'] },
      ],
    },
    {
      // fixtures/real-tables/anhui-liuan-yuan-2022-wenwu-baohu-ziping D16, D17 (first reading); 100% on a task, a degree (…性),
      // a change (额度增加 2%, seed 002), progress and a ratio written out (seed 003) stay silent
      name: '裕安 2022 工程质量管理 ≥95%, 文明施工 ≥95%: percentages of nothing',
      document: doc({
        projects: [
          project('文物保护', [
            row('产出指标', '质量指标', '指标2:工程质量管理', '95', { operator: '≥', unit: '%' }),
            row('产出指标', '质量指标', '指标3:文明施工', '95', { operator: '≥', unit: '%' }),
            row('产出指标', '质量指标', '基础信息完善', '100%'),
            row('产出指标', '质量指标', '项目资金使用合规性', '>=95%'),
            row('效益指标', '经济效益指标', '利用外资额度增加', '2', { operator: '≥', unit: '%' }),
            row('产出指标', '数量指标', '工程进度', '90%'),
            row('效益指标', '社会效益指标', '市场供应量/市场需求量', '90', { operator: '≥', unit: '%' }),
          ]),
        ],
      }),
      errors: [
        { messageId: 'percentOfNothing', pointer: '/projects/0/indicators/0/name', messageIncludes: ['“指标2:工程质量管理”没有说明计的是什么比率', '“≥95%”'] },
        { messageId: 'percentOfNothing', pointer: '/projects/0/indicators/1/name' },
      ],
    },
    {
      // fixtures/real-tables/sichuan-guangyuan-zhaohua-2021-tekun-jiating-zaifuzhu E22; E24 stays clean
      name: '昭化 促进人口与经济…可持续发展 100%',
      document: doc({
        projects: [
          project('特困家庭再扶助', [
            row('项目效益指标', '社会效益指标', '促进人口与经济、社会、资源、环境协调和可持续发展', '100%'),
            row('满意度指标', '满意度指标', '受益群众满意度', '≥90%'),
          ]),
        ],
      }),
      errors: [{ messageId: 'percentNotRate', pointer: '/projects/0/indicators/0/value' }],
    },
    {
      // fixtures/real-tables/yunnan-yongde-2022-yingyang-gaishan-ziping C21
      name: '永德 促进学校教育事业健康发展 ≧100 %',
      document: doc({ projects: [project('营养改善', [row('效益指标', '可持续影响指标', '促进学校教育事业健康发展', '100', { operator: '≧', unit: '%' })])] }),
      errors: [{ messageId: 'percentNotRate' }],
    },
    {
      // fixtures/real-tables/fujian-ningde-2019-dangshi-fangzhi-bumen-zhengti-partial C15 (review.blind.json); 资金到位率 beside it is a rate
      name: '宁德 确保日常工作正常运行 100%: 确保 opens an aim',
      document: doc({ projects: [project('党史和地方志研究室部门整体支出', [row('产出指标', '数量指标', '确保日常工作正常运行', '100%'), row('产出指标', '质量指标', '资金到位率', '100%')])] }),
      errors: [{ messageId: 'percentNotRate', pointer: '/projects/0/indicators/0/value', messageIncludes: ['确保日常工作正常运行'] }],
    },
    {
      // fixtures/real-tables/shaanxi-qingjian-2021-guoyuanlu D12 (mustFind in the blind reading; E12's "2km" itself is defended);
      // a cost row pricing the count (内蒙古 武川 2021 围墙300米 / 300元/米) and 变压器3台 / 3 stay silent
      name: '清涧 2021: 新建水泥路1条 valued 2km',
      document: doc({
        projects: [
          project('果园路', [
            row('产出指标', '数量指标', '寨山石坪村新建水泥路1条', '2km'),
            row('产出指标', '成本指标', '围墙300米', '300元/米'),
            row('产出指标', '数量指标', '配套电力设施1250KVA变压器3台', '3'),
          ]),
        ],
      }),
      errors: [{ messageId: 'countInName', pointer: '/projects/0/indicators/0/name', messageIncludes: ['末尾写了数量“1条”', '如“寨山石坪村新建水泥路长度”'] }],
    },
    {
      // fixtures/real-tables/jiangxi-jingdezhen-fuliang-linyeju-bumen-zhengti-partial F19
      name: '浮梁 制作宣传横幅、公益宣传牌等(年) = 1 年: a quantity counted in years',
      document: doc({ projects: [project('林业局', [row('产出指标', '数量指标', '制作宣传横幅、公益宣传牌等(年)', '1', { operator: '=', unit: '年' })])] }),
      errors: [{ messageId: 'unitCannotMeasure', pointer: '/projects/0/indicators/0/unit', messageIncludes: ['不能以“年”计量', '时效指标'] }],
    },
    {
      // fixtures/real-tables/sichuan-leshan-jingyan-mata-2023-cunzu-ganbu-baochou J7
      name: '乐山 按时发放 ≥1 人/年: on time counted in people',
      document: doc({ projects: [project('村组干部报酬', [row('产出指标', '质量指标', '按时发放', '1', { operator: '≥', unit: '人/年' })])] }),
      errors: [{ messageId: 'unitCannotMeasure', messageIncludes: ['按时发放率'] }],
    },
    {
      // fixtures/real-tables/ningxia-yuanzhou-2022-shuiyuan-hanyanglin: no 计量单位 column
      name: 'a rate with no % in a table without a unit column (苗木成活率 85)',
      document: doc({ projects: [project('原州区2022年南部水源涵养林建设项目', [zj('苗木成活率', '85'), zj('造林面积', '≥6000亩')])] }),
      errors: [{ messageId: 'rateWithoutPercent', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“苗木成活率”是比率', '请写成“85%”'] }],
    },
    {
      // fixtures/real-tables/fujian-ningde-2019-dangshi-fangzhi-bumen-zhengti-partial, rows 17–18: no unit column
      name: 'a rate written as the fraction 1 (覆盖率 1); a 1% ceiling (≤1) is not one',
      document: doc({
        projects: [
          project('部门整体支出', [
            row('产出指标', '质量指标', '调研、督促、指导志、鉴、地情编纂的县(市、区)的覆盖率', '1'),
            row('产出指标', '质量指标', '各类书籍审稿率', '0.95'),
            row('产出指标', '质量指标', '差错率', '≤1'),
          ]),
        ],
      }),
      errors: [
        { messageId: 'rateWithoutPercent', pointer: '/projects/0/indicators/0/value', messageIncludes: ['请写成“100%”'] },
        { messageId: 'rateWithoutPercent', pointer: '/projects/0/indicators/1/value', messageIncludes: ['请写成“95%”'] },
      ],
    },
    {
      // fixtures/real-tables/anhui-jinzhai-2021-wuye-guanli rows 10 and 14 (review.blind.json D10): a fee counted in 个 under
      // 数量, where the name is as likely the slip; the settling of fees is a task measured in %, and so is paying a subsidy on time
      name: '金寨 2021: 安置小区物业费 8个; a task valued at ≥95%',
      document: doc({
        projects: [
          project('物业管理', [
            row('产出指标', '数量指标', '指标1:安置小区物业费', '8个'),
            row('效益指标', '经济效益指标', '指标1:清算8个安置小区本年度物业费和历史的遗留物业费', '≥95%'),
            row('产出指标', '时效指标', '及时拨付补助资金', '100%'),
          ]),
        ],
      }),
      errors: [
        { messageId: 'nameUnitMismatch', pointer: '/projects/0/indicators/0', messageIncludes: ['“指标1:安置小区物业费”应以金额（元、万元）计', '“8个”', '若数值本身无误，请改正指标名称'] },
        // the first reading's D14: rename it 安置小区物业费清算率
        { messageId: 'percentOfNothing', pointer: '/projects/0/indicators/1/name' },
      ],
    },
    {
      // fixtures/real-tables/sichuan-ganzi-undated-shichang-jianguan-shipin-anquan: 度量单位 人/天 on costs
      name: 'a cost in a 人/天 unit column has no currency',
      document: doc({ projects: [project('食品安全', [row('产出指标', '成本指标', '检查差旅费', '470', { unit: '人/天' }), row('产出指标', '成本指标', '培训费', '320', { unit: '人/天' })])] }),
      errors: [
        { messageId: 'costWithoutCurrency', pointer: '/projects/0/indicators/0/unit', messageIncludes: ['“检查差旅费”', '如“470元/人/天”'] },
        { messageId: 'costWithoutCurrency', pointer: '/projects/0/indicators/1/unit' },
      ],
    },
    {
      // fixtures/real-tables/shaanxi-qingjian-2021-guoyuanlu, row 16; the per-unit standards beside it:
      // hunan-hengyang-nanyue-2018-zichan-shouyi-fupin row 16, hunan-hengyang-nanyue-2018-fupin-lvyou-jichusheshi
      name: 'a 补助标准 stated as a total has no base (≤120万元); per-unit standards pass',
      document: doc({
        projects: [
          project('果园路', [
            row('产出指标', '成本指标', '硬化水泥砼公路补助标准', '≤120万元'),
            row('产出指标', '成本指标', '补助合作社平均标准', '=23万元/个'),
            row('产出指标', '成本指标', '流转土地补助标准', '<=475元/亩'),
            row('产出指标', '成本指标', '项目总成本', '≤120万元'),
          ]),
        ],
      }),
      errors: [{ messageId: 'standardWithoutBase', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“硬化水泥砼公路补助标准”是一项标准', '指标值“≤120万元”只是一个总额'] }],
    },
    {
      // fixtures/real-tables/yunnan-yongde-2022-yingyang-gaishan-ziping row 17
      name: 'a rate of achievement filed as a cost (生均补助标准达标率 =100%); cost-control rates pass',
      document: doc({
        projects: [
          project('营养改善计划', [
            row('产出指标', '成本指标', '生均补助标准达标率', '=100%'),
            row('成本指标', '经济成本指标', '省级财政专项资金投入成本控制率', '≤100%'),
            row('成本指标', '社会成本指标', '群众负担减轻程度', '≥90%'),
            row('产出指标', '质量指标', '营养改善计划覆盖率', '≥95%'),
            row('产出指标', '成本指标', '项目预算执行率', '≥95%'),
          ]),
        ],
      }),
      errors: [{ messageId: 'rateAsCost', pointer: '/projects/0/indicators/0/name', messageIncludes: ['“生均补助标准达标率”放在成本指标下', '“=100%”却是比率'] }],
    },
    {
      // fixtures/real-tables/hunan-hengyang-hengshan-2020-xianji-chubeiliang-ziping rows 18–19 (review.blind.json D18, D19): work done on money, not amounts of it
      name: '衡山 2020: a price policy applied and accounts kept, filed as costs',
      document: doc({
        projects: [
          project('县级储备粮', [
            row('产出指标', '成本指标', '国家政策性粮收购价格执行率', '100%'),
            row('产出指标', '成本指标', '县级储备粮库存成本核算率', '100%'),
          ]),
        ],
      }),
      errors: [
        { messageId: 'rateAsCost', pointer: '/projects/0/indicators/0/name' },
        { messageId: 'rateAsCost', pointer: '/projects/0/indicators/1/name', messageIncludes: ['“县级储备粮库存成本核算率”放在成本指标下'] },
      ],
    },
    {
      // fixtures/real-tables/shanxi-yuncheng-jishan-2020-jiandang-lika-jiaofei-ziping rows 17–18 (mustFind D17, D18); row 14's 100% reads as "yes, all"
      name: '稷山 2020: yes/no questions answered with 95%',
      document: doc({
        projects: [
          project('甲', [
            row('效益指标', '社会效益', '指标1:是否解决建档立卡人员看病难贵问题', '95%'),
            row('满意度指标', '服务对象满意度指标', '指标1:是否满意', '95%'),
            row('产出指标', '质量指标', '指标1:资金是否全部纳入医保统筹', '100%'),
          ]),
        ],
      }),
      errors: [
        { messageId: 'percentOnYesNo', pointer: '/projects/0/indicators/0/value', messageIncludes: ['问的是“是否”', '“95%”答非所问'] },
        { messageId: 'percentOnYesNo', pointer: '/projects/0/indicators/1/value' },
      ],
    },
    {
      // fixtures/real-tables/hunan-yueyang-yueyanglou-2023-jiagerending-zhengti row 12 (mustFind F12); row 8 beside it is clean
      name: '岳阳楼 2023: 应保尽保 with % in the unit column',
      document: doc({
        projects: [
          project('部门整体支出', [
            row('产出指标', '质量指标', '业务工作支出到位率', '100', { valueType: '定量', unit: '%' }),
            row('效益指标', '社会效益指标', '保证单位正常运转', '应保尽保', { valueType: '定性', unit: '%' }),
            row('效益指标', '社会效益指标', '政策知晓情况', '知晓', { valueType: '定性', unit: '' }),
          ]),
        ],
      }),
      errors: [{ messageId: 'unitOnText', pointer: '/projects/0/indicators/1/unit', messageIncludes: ['“应保尽保”是文字', '填了“%”'] }],
    },
    {
      // fixtures/real-tables/hunan-yongzhou-lingling-2021-linyeju-zhengti-ziping row 21 (mustFind D21)
      name: '零陵 2021: 每亩300 under 成本指标 has no currency',
      document: doc({ projects: [project('甲', [row('产出指标', '成本指标', '造林补助', '每亩300')])] }),
      errors: [{ messageId: 'costWithoutCurrency', pointer: '/projects/0/indicators/0/value', messageIncludes: ['如“300元/亩”'] }],
    },
    {
      // fixtures/real-tables/tianjin-qu-chengguanwei-2020-kangyi-guozhai-baojie row 14 (mustFind E14)
      name: '天津 2020: 万/月 is 万元/月 with its 元 dropped',
      document: doc({ projects: [project('甲', [row('产出指标', '成本指标', '病媒防治费用', '≤620万/月')])] }),
      errors: [{ messageId: 'nonStandardUnit', pointer: '/projects/0/indicators/0/value', messageIncludes: ['请写作“万元/”'] }],
    },
    {
      // fixtures/real-tables/hubei-ezhou-shenpiju-2021-shiminzhongxin-ziping E22: 万 on a 成本 row is 万元
      name: '鄂州 2021: 150万 as a cost',
      document: doc({ projects: [project('甲', [row('产出指标', '成本指标', '市民中心运行维护费', '150万')])] }),
      errors: [
        {
          messageId: 'nonStandardUnit',
          pointer: '/projects/0/indicators/0/value',
          messageIncludes: ['“150万”中的“万”', '请写作“万元”'],
          output: doc({ projects: [project('甲', [row('产出指标', '成本指标', '市民中心运行维护费', '150万元')])] }),
        },
      ],
    },
    {
      name: 'a cost with no currency in the value (≤35/亩)',
      document: doc({ projects: [project('甲', [zj('亩均种植成本', '≤35/亩')])] }),
      errors: [{ messageId: 'costWithoutCurrency', pointer: '/projects/0/indicators/0/value', messageIncludes: ['如“≤35元/亩”'] }],
    },
    {
      // fixtures/real-tables/sichuan-leshan-jingyan-mata-2023-cunzu-ganbu-baochou: 村组干部230人 ≥ 230 个
      name: 'people named in the name, counted in 个 in the value',
      document: doc({ projects: [project('村组干部报酬', [row('产出指标', '数量指标', '村组干部230人', '230', { operator: '≥', unit: '个', weight: 10 })])] }),
      errors: [{ messageId: 'nameQuantityMismatch', pointer: '/projects/0/indicators/0/unit', messageIncludes: ['“230人”', '以“个”计'] }],
    },
    {
      name: 'people counted in 户',
      document: doc({ projects: [project('甲', [row('效益指标', '社会效益指标', '受益人数', '≥120户')])] }),
      errors: [{ messageId: 'nameUnitMismatch', pointer: '/projects/0/indicators/0' }],
    },
    {
      name: 'a 批次 count valued in 组',
      document: doc({ projects: [project('甲', [row('产出指标', '数量指标', '检查批次', '3', { unit: '组' })])] }),
      errors: [{ messageId: 'nameUnitMismatch', pointer: '/projects/0/indicators/0' }],
    },
    {
      name: 'an Excel date serial in the unit cell and in a date value',
      document: doc({ projects: [project('甲', [row('产出指标', '数量指标', '培训次数', '12', { unit: '45292' }), row('产出指标', '时效指标', '项目完成时间', '45657')])] }),
      errors: [
        { messageId: 'excelDateSerial', pointer: '/projects/0/indicators/0/unit', messageIncludes: ['“45292”', '2024年1月1日'] },
        { messageId: 'excelDateSerial', pointer: '/projects/0/indicators/1/value', messageIncludes: ['2024年12月31日'] },
      ],
    },
    {
      // fixtures/real-tables/neimenggu-wuhai-gongxiaoshe-2021-zaisheng-ziyuan-huishou row 17: shown with a thousands separator
      name: 'an Excel date serial shown as 44,561',
      document: doc({ projects: [project('甲', [row('产出指标', '时效指标', '项目财政资金到位时间', '44,561', { unit: '44,561' })])] }),
      errors: [{ messageId: 'excelDateSerial', pointer: '/projects/0/indicators/0/unit', messageIncludes: ['“44,561”', '2021年12月31日'] }],
    },
    {
      name: 'a rate ≥ 100% gets "＝" in its 计算符号 column, as a fix and as a suggestion',
      document: cementTable('≥'),
      errors: [
        {
          messageId: 'atLeast100Percent',
          pointer: '/projects/0/indicators/0/operator',
          output: cementTable('＝'),
          suggestions: [{ messageId: 'suggestEquals100', output: cementTable('＝') }],
        },
      ],
    },
    {
      name: '000 出国人员经费 (259001): 出国（境）天数 = "单次6-8人"',
      document: doc({ projects: [project('出国人员经费', [zj('审批程序', '合规'), zj('出国（境）天数', '单次6-8人')])] }),
      errors: [{ messageId: 'nameUnitMismatch', pointer: '/projects/0/indicators/1', messageIncludes: ['单次6-8天'] }],
    },
    {
      name: '004 招商引资绍兴推介和人才: 宣传（活动）天数 = "每季度1-2次，按有关活动要求安排"',
      document: doc({ projects: [project('招商引资绍兴推介和人才', [zj('宣传（活动）天数', '每季度1-2次，按有关活动要求安排')])] }),
      errors: [{ messageId: 'nameUnitMismatch', pointer: '/projects/0/indicators/0' }],
    },
    {
      name: '003 招商引资专项经费: 组织重大项目及时率 ≥100个',
      document: doc({ moneyUnit: '万元', projects: [project('招商引资专项经费', [row('产出指标 ', '时效指标', '组织重大项目及时率', '≥100个')])] }),
      errors: [{ messageId: 'nameUnitMismatch', pointer: '/projects/0/indicators/0' }],
    },
    {
      name: '002 商务活动: 控制支出成本 "<=100%" names no money; the hint offers the budget',
      document: doc({
        moneyUnit: '万元',
        projects: [project('2021年度商务活动及外贸发展专项资金', [row('产出指标', '成本指标', '控制支出成本', '<=100%')], { funding: { total: 200 } })],
      }),
      errors: [{ messageId: 'nameUnitMismatch', pointer: '/projects/0/indicators/0', messageIncludes: ['≤200万元'] }],
    },
    {
      name: 'the unit column gives the class: 培训天数 5 (人)',
      document: doc({ projects: [project('p', [zj21('数量指标', '培训天数', '=', '5', '人')])] }),
      errors: [{ messageId: 'nameUnitMismatch', pointer: '/projects/0/indicators/0' }],
    },
    {
      name: 'settings.unitClassesByName extends the table',
      document: doc({ projects: [project('p', [zj('库存周转期', '3个月')])] }),
      settings: { unitClassesByName: { 周转期: ['days'] } },
      errors: [{ messageId: 'nameUnitMismatch', pointer: '/projects/0/indicators/0' }],
    },
    {
      name: 'value "6天" in a 人 column under a 天数 name: the column is the odd one',
      document: doc({ projects: [project('p', [zj21('数量指标', '会议（培训）天数', '=', '6天', '人')])] }),
      errors: [{ messageId: 'valueUnitMismatch', pointer: '/projects/0/indicators/0/unit' }],
    },
    {
      name: 'value "6天" in a 人 column, the name says nothing: the unit inside the value is reported',
      document: doc({ projects: [project('p', [zj21('数量指标', '驻点服务', '=', '6天', '人')])] }),
      errors: [{ messageId: 'valueUnitMismatch', pointer: '/projects/0/indicators/0/value' }],
    },
    {
      name: 'value "5万元" in a 元 column',
      document: doc({ projects: [project('p', [zj21('成本指标', '设备采购成本', '≤', '5万元', '元')])] }),
      errors: [{ messageId: 'valueUnitMismatch', pointer: '/projects/0/indicators/0/value' }],
    },
    {
      name: 'a satisfaction above 100%',
      document: doc({ projects: [project('p', [zj('服务对象满意度', '120%')])] }),
      errors: [{ messageId: 'percentOver100', pointer: '/projects/0/indicators/0/value' }],
    },
    {
      name: 'a rate that must exceed 100%, and a range reaching past 100%',
      document: doc({ projects: [project('p', [zj('培训覆盖率', '>100%'), zj('采购合格率', '95-105%')])] }),
      errors: [
        { messageId: 'percentOver100', pointer: '/projects/0/indicators/0/value' },
        { messageId: 'percentOver100', pointer: '/projects/0/indicators/1/value' },
      ],
    },
    {
      name: '001 散装水泥管理: 研究成果按时结题率 ≥ 100 (%): the ≥ is in the 计算符号 column',
      document: doc({ projects: [project('散装水泥管理', [zj21('质量指标', '研究成果按时结题率', '≥', '100', '(%)')])] }),
      errors: [{ messageId: 'atLeast100Percent', pointer: '/projects/0/indicators/0/operator' }],
    },
    {
      name: '002 2021年度弥补人员工资: 工资发放准确率 ">=100%": the ≥ is in the value',
      document: doc({ moneyUnit: '万元', projects: [project('2021年度弥补人员工资', [row('产出指标', '质量指标', '工资发放准确率', '>=100%')])] }),
      errors: [
        {
          messageId: 'atLeast100Percent',
          pointer: '/projects/0/indicators/0/value',
          output: doc({ moneyUnit: '万元', projects: [project('2021年度弥补人员工资', [row('产出指标', '质量指标', '工资发放准确率', '=100%')])] }),
        },
      ],
    },
    {
      name: '002 冻肉储备补贴: 质量达到储备标准 ">=100%" described as 合格率',
      document: doc({
        moneyUnit: '万元',
        projects: [project('2021年冻肉储备补贴', [row('产出指标', '质量指标', '质量达到储备标准', '>=100%', { description: '合格率' })])],
      }),
      errors: [{ messageId: 'atLeast100Percent', pointer: '/projects/0/indicators/0/value', messageIncludes: ['质量达到储备标准（合格率）'] }],
    },
    {
      name: 'periodIndicators are read too',
      document: doc({
        projects: [project('p', [], { period: '2021-2023', periodIndicators: [row('满意度指标', '服务对象满意度指标', '群众满意度', '不低于100%')] })],
      }),
      errors: [{ messageId: 'atLeast100Percent', pointer: '/projects/0/periodIndicators/0/value' }],
    },
    {
      name: '003 补贴成本: =2000元/吨 in the overall table, =2000元 in 市级冻猪肉及生猪活体储备补贴资金',
      document: doc({
        moneyUnit: '万元',
        projects: [
          project('邢台市部门整体支出绩效目标申报表', [row('产出指标', '成本指标', '补贴成本', '=2000元/吨')], { kind: 'overall', funding: { total: 2844.28 } }),
          project('市级冻猪肉及生猪活体储备补贴资金', [row('产出指标 ', '成本指标', '补贴成本', '=2000元')], { funding: { total: 140 } }),
        ],
      }),
      errors: [{ messageId: 'mixedUnitClasses', pointer: '/projects/1/indicators/0/value', related: [{ pointer: '/projects/0/indicators/0/value' }] }],
    },
    {
      name: 'mixed units: the majority is the reference, even when the odd one comes first',
      document: doc({
        projects: [
          project('a', [zj21('数量指标', '活动规模', '≥', '500', '平方米')]),
          project('b', [zj('活动规模', '300人')]),
          project('c', [zj('活动规模', '200人')]),
        ],
      }),
      errors: [{ messageId: 'mixedUnitClasses', pointer: '/projects/0/indicators/0/unit', related: [{ pointer: '/projects/1/indicators/0/value' }] }],
    },
    {
      name: 'a wrong unit for the name is not also counted as a mixed unit',
      document: doc({ projects: [project('a', [zj('出国（境）天数', '单次6-8人')]), project('b', [zj('出国（境）天数', '单次6-8天')])] }),
      errors: [{ messageId: 'nameUnitMismatch', pointer: '/projects/0/indicators/0' }],
    },
    {
      name: 'a total cost 10000× the project funding',
      document: doc({
        moneyUnit: '万元',
        projects: [project('机关办公用房租金', [row('产出指标', '成本指标', '单位租房成本', '≤1312000万元')], { funding: { total: 131.2 } })],
      }),
      errors: [{ messageId: 'moneyScale', pointer: '/projects/0/indicators/0/value', messageIncludes: ['10000'] }],
    },
    {
      name: 'a total cost written in 元 where the table counts in 万元',
      document: doc({
        moneyUnit: '万元',
        projects: [project('机关办公用房租金', [row('产出指标', '成本指标', '单位租房成本', '≤131.2元')], { funding: { total: 131.2 } })],
      }),
      errors: [{ messageId: 'moneyScale', pointer: '/projects/0/indicators/0/value' }],
    },
    {
      name: 'English messages',
      locale: 'en',
      document: doc({ projects: [project('出国人员经费', [zj('出国（境）天数', '单次6-8人')])] }),
      errors: [{ messageId: 'nameUnitMismatch', pointer: '/projects/0/indicators/0', messageIncludes: ['should be measured in days'] }],
    },
  ],
});

describe('consistent-units suggestions', () => {
  it('offers "＝" in the 计算符号 column and "=100%" in the value', async () => {
    const messages = await lintCase('consistent-units', rule, {
      name: 'suggestions',
      document: doc({
        projects: [
          project('散装水泥管理', [zj21('质量指标', '研究成果按时结题率', '≥', '100', '(%)')]),
          project('2021年度弥补人员工资', [row('产出指标', '质量指标', '工资发放准确率', '>=100%')]),
        ],
      }),
    });
    expect(messages.map((m) => [m.pointer, m.suggestions?.map((s) => [s.messageId, s.desc, s.fix.text])])).toEqual([
      ['/projects/0/indicators/0/operator', [['suggestEquals100', '改为“＝”', '"＝"']]],
      ['/projects/1/indicators/0/value', [['suggestEquals100', '改为“=100%”', '"=100%"']]],
    ]);
  });
});

describe('consistent-units on the seed fixtures', () => {
  it('finds exactly the defensible problems', async () => {
    const perflint = new PerfLint({ cwd: ROOT, config: { rules: { 'consistent-units': 'error' } } });
    const results = await perflint.lintFiles(['fixtures/seeds/*.json']);
    const found = results
      .flatMap((r) => r.messages.map((m) => [r.filePath.split('/').pop()!.slice(0, 3), m.pointer, m.messageId ?? ''].join(' ')))
      .sort();
    expect(found).toEqual(
      [
        // 出国（境）天数 = "单次6-8人": a days indicator valued in people; the 259002 copy says 单次6-8天.
        '000 /projects/0/indicators/2 nameUnitMismatch',
        // 研究成果按时结题率 ≥ 100 (%): a completion-on-time rate cannot exceed 100%, so ≥ means =.
        '001 /projects/13/indicators/3/operator atLeast100Percent',
        // 宣传（活动）场地面积 = 800 平米: the dictionary spelling is 平方米 (domain-rules §C.23).
        '001 /projects/0/indicators/0/unit nonStandardUnit',
        // 控制支出成本 "<=100%" (商务活动, both copies): a 成本 row with no amount of money (notes §24).
        '002 /projects/1/indicators/4 nameUnitMismatch',
        '002 /projects/9/indicators/4 nameUnitMismatch',
        // 质量达到储备标准 ">=100%", described as 合格率 (冻肉 and 蔬菜, both copies; notes §23).
        '002 /projects/2/indicators/1/value atLeast100Percent',
        '002 /projects/3/indicators/1/value atLeast100Percent',
        '002 /projects/10/indicators/1/value atLeast100Percent',
        '002 /projects/11/indicators/1/value atLeast100Percent',
        // 控制储备成本 "<=100%" / "≤100%" (冻肉 and 蔬菜, both copies): no amount of money (notes §24).
        '002 /projects/2/indicators/3 nameUnitMismatch',
        '002 /projects/3/indicators/3 nameUnitMismatch',
        '002 /projects/10/indicators/3 nameUnitMismatch',
        '002 /projects/11/indicators/3 nameUnitMismatch',
        // 机关工作人员尽职尽责率 ">=100%" (补充人员经费, both copies; 弥补人员工资): a rate, ≥100% means =100%.
        '002 /projects/4/indicators/5/value atLeast100Percent',
        '002 /projects/12/indicators/5/value atLeast100Percent',
        '002 /projects/8/indicators/4/value atLeast100Percent',
        // 保证网络安全 ">=100%", described as 确保网站运营安全率 (网络运行维护, both copies; notes §23).
        '002 /projects/7/indicators/1/value atLeast100Percent',
        '002 /projects/15/indicators/1/value atLeast100Percent',
        // 控制运营成本 "<=100%" (网络运行维护, both copies): no amount of money (notes §24).
        '002 /projects/7/indicators/3 nameUnitMismatch',
        '002 /projects/15/indicators/3 nameUnitMismatch',
        // 工资发放准确率 ">=100%" (弥补人员工资 only; its twins say "=100%").
        '002 /projects/8/indicators/1/value atLeast100Percent',
        // 节能环保 ">=100%", described as 使用节能环保产品比率 (弥补人员工资; notes §23).
        '002 /projects/8/indicators/7/value atLeast100Percent',
        // 节能环保 ">=98%", described only as 使用节能环保产品 (补充人员经费, both copies): 98% of nothing.
        '002 /projects/4/indicators/7/name percentOfNothing',
        '002 /projects/12/indicators/7/name percentOfNothing',
        // 补贴成本 =2000元 where the overall table has =2000元/吨: the per-ton unit is missing (notes, cost section).
        '003 /projects/3/indicators/5/value mixedUnitClasses',
        // 组织重大项目及时率 ≥100个: a timeliness rate valued as a count of 签约企业 (notes line 190).
        '003 /projects/5/indicators/8 nameUnitMismatch',
        // 全年累计获得签约数 ≥50亿元: a count by its name, an amount of money by its value (notes line 192).
        '003 /projects/5/indicators/12 nameUnitMismatch',
        // 宣传（活动）天数 = "每季度1-2次，…": a days indicator valued as a frequency (description 举办天数).
        '004 /projects/6/indicators/0 nameUnitMismatch',
      ].sort(),
    );
  });
});
