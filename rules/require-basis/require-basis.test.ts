import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import { seedFindings } from '../../tests/helpers/seeds.js';
import rule from './require-basis.js';

const hebei = { province: '河北省', city: '承德市' };

new RuleTester({ describe, it }).run('require-basis', rule, {
  valid: [
    {
      name: 'seed 003: every row names its basis',
      document: doc({ region: hebei, projects: [project('机关办公用房租金', [row('产出指标', '质量指标', '房屋质量达标率', '100%', { basis: '《邢台市商务局继续租用办公用房的请示》' })])] }),
    },
    { name: 'a table without the basis column is not checked by default', document: doc({ projects: [project('甲', [row('产出指标', '数量指标', '培训人数', '≥50人')])] }) },
    {
      name: 'a row declaring its whole 二级 不涉及 needs no basis',
      document: doc({ region: hebei, projects: [project('甲', [row('效果指标', '生态效益指标', '不涉及', '不涉及', { description: '不涉及', basis: '' })])] }),
    },
    {
      // fixtures/real-tables/hunan-xiangtan-2023-wupaoche-fuwu rows 9–10: a named standard
      name: '湘潭 2023: 计划标准 is a basis',
      document: doc({ projects: [project('雾炮车降尘抑尘服务', [row('产出指标', '数量指标', '雾炮车降尘抑尘服务配备车辆数', '10辆', { basis: '计划标准' })])] }),
    },
    {
      name: 'a 指标值说明 that explains the value',
      document: doc({ projects: [project('甲', [row('产出指标', '数量指标', '保障在职职工人数(人)', '116', { valueNote: '按2024年编制内在职人数核定' })])] }),
    },
    {
      // the 立项依据 of the corpus that cite something: 鄂州 2022, 重庆 潼南 2023 (second project), 甘肃 嘉峪关 2023, 宁乡 2021
      name: 'a 立项依据 that cites a plan, a 文号 or an approval',
      document: doc({
        projects: [
          project('办公大楼运行', [row('产出指标', '数量指标', '保障面积', '≥2万平方米')], { extensions: { 立项依据: '市机关事务服务中心三定方案' } }),
          project('村级公益事业', [row('产出指标', '数量指标', '硬化道路', '≥2公里')], { extensions: { 立项依据: '渝财(2022)00001' } }),
          project('免费开放补助', [row('产出指标', '数量指标', '开放天数', '≥300天')], { extensions: { 政策依据: '甘财科\n[2022]78号' } }),
          project('基础设施建设', [row('产出指标', '数量指标', '改造道路', '≥2公里')], { extensions: { 项目立项的依据: '项目申报的可行性', '专项立项 依据': '机关、学校、乡村振兴按发改立项' } }),
        ],
      }),
    },
    {
      name: 'a blank row is no-placeholder’s finding, not a missing basis',
      document: doc({ region: hebei, projects: [project('甲', [{ level1: '产出指标', name: '', value: '', basis: '' }])] }),
    },
  ],
  invalid: [
    {
      // fixtures/real-tables/chongqing-tongnan-wugui-2023-yibanxing-xiangmu-multi B8 (review.blind.json)
      name: '潼南 2023: a 立项依据 that names no document, plan or approval',
      document: doc({ projects: [project('村级公益事业', [row('产出指标', '数量指标', '硬化道路', '≥2公里')], { extensions: { '立项 依据': '潼南区五桂镇项目汇总' } })] }),
      errors: [{ messageId: 'projectBasisCitesNothing', pointer: '/projects/0/extensions/立项 依据', messageIncludes: ['“立项依据”', '“潼南区五桂镇项目汇总”', '文号'] }],
    },
    {
      // perflint:recommended: whether the column is mandatory is the province's call (domain-rules §A.7), a verdict is no basis anywhere
      name: 'emptyBasis: false reports a basis that says nothing, not an empty one',
      options: { emptyBasis: false },
      document: doc({
        projects: [
          project('林业局部门整体', [
            row('产出指标', '数量指标', '保障在职职工人数', '116人', { basis: '该指标值数据合理' }),
            row('产出指标', '数量指标', '造林面积', '≥0.5万亩', { basis: '' }),
          ]),
        ],
      }),
      errors: [{ messageId: 'verdictOnlyBasis', pointer: '/projects/0/indicators/0/basis' }],
    },
    {
      name: 'seed 002: 及时支付 with an empty basis, reported at the basis cell',
      document: doc({ region: hebei, projects: [project('2021年度商务活动及外贸发展专项资金', [row('产出指标', '时效指标', '及时支付', '100%', { description: '按时间进度完成支付', basis: '' })])] }),
      errors: [
        {
          messageId: 'missingBasis',
          pointer: '/projects/0/indicators/0/basis',
          messageIncludes: ['项目“2021年度商务活动及外贸发展专项资金”第1行“及时支付”未填写指标值确定依据'],
        },
      ],
    },
    {
      // fixtures/real-tables/jiangxi-jingdezhen-fuliang-linyeju-bumen-zhengti-partial rows 9–21 (mustFind G9): one finding for the list
      name: '浮梁县林业局: “该指标值数据合理” on every row is one finding',
      document: doc({
        projects: [
          project('浮梁县林业局部门整体支出', [
            row('产出指标', '数量指标', '保障在职职工人数(人)', '116', { operator: '=', unit: '人', valueNote: '该指标值数据合理' }),
            row('产出指标', '数量指标', '保障退休职工人数(人)', '81', { operator: '=', unit: '人', valueNote: '该指标值数据合理' }),
            row('产出指标', '数量指标', '保障遗属人数(人)', '13', { operator: '=', unit: '人', valueNote: '该指标值数据合理' }),
          ]),
        ],
      }),
      errors: [
        {
          messageId: 'verdictOnlyBasis',
          pointer: '/projects/0/indicators/0/valueNote',
          messageIncludes: ['指标值说明“该指标值数据合理”只是评价，没有说明指标值的确定依据（共3行都这样写）'],
        },
      ],
    },
    {
      name: 'a basis cell that only says 科学合理',
      document: doc({ region: hebei, projects: [project('甲', [row('产出指标', '数量指标', '培训人数', '≥50人', { basis: '设定科学合理' })])] }),
      errors: [{ messageId: 'verdictOnlyBasis', pointer: '/projects/0/indicators/0/basis' }],
    },
    {
      name: 'period rows say so',
      document: doc({ region: hebei, projects: [project('甲', [], { periodIndicators: [row('产出指标', '数量指标', '培训人数', '≥50人', { basis: ' ' })] })] }),
      errors: [{ messageId: 'missingBasis', pointer: '/projects/0/periodIndicators/0/basis', messageIncludes: ['项目“甲”实施期指标第1行“培训人数”'] }],
    },
    {
      name: 'seed 002 网络运行维护经费: the column left empty on every row is one finding on the list, not one per row',
      document: doc({
        region: hebei,
        projects: [
          project('网络运行维护经费', [
            row('产出指标', '质量指标', '保证网络安全', '100%', { basis: '' }),
            row('产出指标', '时效指标', '传输文件时效', '及时', { basis: '' }),
            row('产出指标', '成本指标', '控制运营成本', '≤5万元', { basis: '' }),
          ]),
        ],
      }),
      errors: [{ messageId: 'missingBasisColumn', pointer: '/projects/0/indicators/0/basis', messageIncludes: ['项目“网络运行维护经费”的3个指标都未填写指标值确定依据'] }],
    },
    {
      name: 'requireColumn: rows of tables without the column are findings too, at the row',
      document: doc({ projects: [project('甲', [row('产出指标', '数量指标', '培训人数', '≥50人')])] }),
      options: { requireColumn: true },
      errors: [{ messageId: 'missingBasis', pointer: '/projects/0/indicators/0' }],
    },
  ],
});

describe('require-basis on the seed tables', () => {
  it('finds exactly the 108 empty 指标值确定依据 cells of 承德 2021 and nothing else', async () => {
    const found = await seedFindings('require-basis');
    // only 002 leaves bases empty (notes 002 §1: 108 rows); 003 fills every one; 浙江 tables have no basis column
    expect(new Set(found.map(([file]) => file))).toEqual(new Set(['002_ee05bafa97bc834e.json']));
    expect(found).toHaveLength(108);
    expect(new Set(found.map(([, pointer]) => pointer.endsWith('/basis')))).toEqual(new Set([true]));
  });
});
