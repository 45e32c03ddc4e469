import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import { declaredPoints } from '../../src/analysis/declared-points.js';
import rule from './weights-hierarchy.js';

const r = (level1: string, level2: string, name: string, value: string, weight: Indicator['weight']): Indicator => row(level1, level2, name, value, { weight });

// fixtures/real-tables/sichuan-zhongjiang-2022-shuibiaochi-ziping (自评表; its footnote: 产出50、效益30、满意度10、预算执行率10)
const ZHONGJIANG: Indicator[] = [
  r('产出指标(70分)', '数量指标', '安装坡面水标尺', '≥266米', 10),
  r('产出指标(70分)', '数量指标', '水标尺宽度', '≥50厘米', 10),
  r('产出指标(70分)', '质量指标', '项目(工程)验收合格率', '100%', 20),
  r('产出指标(70分)', '时效指标', '及时(按期)开工率', '≥90%', 10),
  r('产出指标(70分)', '时效指标', '及时(按期)完工率', '≥90%', 10),
  r('产出指标(70分)', '成本指标', '项目计划总投资', '20万元', 10),
  r('效益指标(20分)', '社会效益指标', '受益脱贫(含监测对象)户人口数', '≥1000人', 10),
  r('效益指标(20分)', '社会效益指标', '群众生产生活条件改善状况', '显著提升', 10),
  r('满意度指标(10分)', '服务对象满意度指标', '受益脱贫(含监测对象)户满意度', '≥95%', 10),
  // the 总分 row, read as a blank row with a weight: not a 三级 indicator
  r('满意度指标(10分)', '服务对象满意度指标', '', '', 100),
];

// fixtures/real-tables/yunnan-nanhua-undated-yejun-jiagong-ziping: 产出指标(50分), weights 10.3 + 9.3 + 9.3 + 10.8 + 10.3
const NANHUA: Indicator[] = [
  r('产出指标(50分)', '数量指标', '1290.3平方米冷库仓储建设及配套生产设备、配套电力设施购置安装', '≥1290.3平方米', 10.3),
  r('产出指标(50分)', '数量指标', '配套烘干杀菌设备及包装设备购置', '550', 9.3),
  r('产出指标(50分)', '数量指标', '配套电力设施1250KVA变压器', '3', 9.3),
  r('产出指标(50分)', '经济效益 指标', '奖补资金兑付率(%)', '≥100%', 10.8),
  r('产出指标(50分)', '时效指标', '任务完成时限(月)', '10', 10.3),
];

const SELF_EVALUATION = { level1: { 产出指标: 50, 效益指标: 30, 满意度指标: 10 } };
const zhongjiang = (rows = ZHONGJIANG) => doc({ projects: [project('中江县小型水库水标尺制作安装', rows)] });

new RuleTester({ describe, it }).run('weights-hierarchy', rule, {
  valid: [
    { name: 'the table’s own marks add up (中江 2022: 70 = 10+10+20+10+10+10, 20, 10) without a preset', document: zhongjiang() },
    { name: 'decimals add up exactly (南华: 10.3+9.3+9.3+10.8+10.3 = 50)', document: doc({ projects: [project('野生菌加工', NANHUA)] }) },
    {
      name: 'a declared range (成本指标(0-20)分, 重庆 奉节 2023) holds 10',
      document: doc({ projects: [project('云雾加工园', [r('成本指标(0-20)分', '经济成本指标', '项目建设成本', '≤65万元', 10)])] }),
    },
    { name: 'a table without weights', document: doc({ projects: [project('甲', [row('产出指标(50分)', '数量指标', '培训人数', '≥500人')])] }) },
    {
      name: 'no 满意度 rows: its 10 points go to 效益 (财预〔2020〕10号)',
      document: doc({ projects: [project('甲', [r('产出指标', '数量指标', '培训人数', '≥500人', 50), r('效益指标', '社会效益指标', '就业率', '≥90%', 40)])] }),
      options: SELF_EVALUATION,
    },
  ],
  invalid: [
    {
      name: 'a table marked 产出指标(70分) where the province fixes 50 (中江 2022, as filed)',
      document: zhongjiang(),
      options: SELF_EVALUATION,
      errors: [
        { messageId: 'declaredDiffers', pointer: '/projects/0/indicators/0/level1', messageIncludes: ['产出指标(70分)', '70分', '50分'] },
        { messageId: 'declaredDiffers', pointer: '/projects/0/indicators/6/level1', messageIncludes: ['效益指标(20分)', '30分'] },
      ],
    },
    {
      name: 'weights under a marked category that do not add up to its mark',
      document: zhongjiang(ZHONGJIANG.map((x, i) => (i === 2 ? { ...x, weight: 15 } : x))),
      errors: [{ messageId: 'childrenSum', pointer: '/projects/0/indicators/0/level1', messageIncludes: ['65', '70分', '表中标注“70分”', '-5'] }],
    },
    {
      name: 'a preset 二级 split',
      document: doc({ projects: [project('甲', [r('产出指标', '数量指标', '培训人数', '≥500人', 30), r('产出指标', '质量指标', '合格率', '≥90%', 20)])] }),
      options: { level2: { 数量指标: 20 } },
      errors: [{ messageId: 'childrenSum', pointer: '/projects/0/indicators/0/level2', messageIncludes: ['二级', '数量指标', '30', '+10'] }],
    },
    {
      name: 'with 满意度 rows present, 效益 keeps its own points',
      document: doc({ projects: [project('甲', [r('产出指标', '数量指标', '培训人数', '≥500人', 50), r('效益指标', '社会效益指标', '就业率', '≥90%', 40), r('满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', 10)])] }),
      options: SELF_EVALUATION,
      errors: [{ messageId: 'childrenSum', pointer: '/projects/0/indicators/1/level1', messageIncludes: ['效益指标', '40', '30分'] }],
    },
  ],
});

describe('declaredPoints', () => {
  it('reads marks and ranges, not years', () => {
    expect(declaredPoints('产出指标(70分)')).toMatchObject({ name: '产出指标', min: 70, max: 70 });
    expect(declaredPoints('产出指标\n(40-50)分')).toMatchObject({ name: '产出指标', min: 40, max: 50, text: '40-50分' });
    expect(declaredPoints('满意度指标（10分）')).toMatchObject({ name: '满意度指标', min: 10 });
    expect(declaredPoints('社会效益(2023)')).toBeUndefined();
    expect(declaredPoints('产出指标')).toBeUndefined();
  });
});
