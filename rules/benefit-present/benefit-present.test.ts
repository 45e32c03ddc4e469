import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { oneProject, row } from '../../tests/helpers/documents.js';
import rule from './benefit-present.js';

const one = oneProject;
// fixtures/real-tables/hunan-xiangtan-2023-wupaoche-fuwu row 9
const OUTPUT = row('产出指标', '数量指标', '雾炮车降尘抑尘服务配备车辆数', '10辆');

new RuleTester({ describe, it }).run('benefit-present', rule, {
  valid: [
    {
      // fixtures/real-tables/hunan-xiangtan-2023-wupaoche-fuwu rows 15, 18 (mustNotFind B14, C14)
      name: '湘潭 2023: a 社会效益 row beside the satisfaction 二级 under 效益',
      document: one([OUTPUT, row('效益指标', '社会效益指标', '服务周期内,市民对空气质量改善的满意程度', '≥85%'), row('效益指标', '社会公众或服务对象满意度指标', '市民满意度', '≥90%')]),
    },
    {
      // fixtures/real-tables/hunan-hengyang-nanyue-2018-zichan-shouyi-fupin row 19
      name: 'one benefit row is enough',
      document: one([OUTPUT, row('效益指标', '社会效益指标', '受益建档立卡贫困人口数(≥**人)', '>=1102人')]),
    },
    { name: 'a table that names no 一级 is not judged', document: one([row('', '', '培训人数', '≥50人')]) },
  ],
  invalid: [
    {
      // fixtures/real-tables/hubei-huangshi-tushuguan-2022-gongxiang-gongcheng-ziping D19 (mustFind in both readings) and
      // anhui-huaibei-wenlvti-2025-songxi-jincun D16 (blind); D18 asks after harm, answered no as it should be (mustNotFind)
      name: 'benefit rows that say the benefit is not there',
      document: one([
        OUTPUT,
        row('效益指标', '经济效益', '社会公益服务无经济效益', '公益性事业'),
        row('效益指标', '经济效益指标', '项目实施是否产生经济价值', '否'),
        row('效益指标', '生态效益指标', '是否对当地生态环境造成影响', '否'),
        row('效益指标', '社会效益指标', '保障人民群众基本文化权益', '影响程度明显'),
      ]),
      errors: [
        { messageId: 'benefitDenied', pointer: '/projects/0/indicators/1/name', messageIncludes: ['“社会公益服务无经济效益 / 公益性事业”'] },
        { messageId: 'benefitDenied', pointer: '/projects/0/indicators/2/name' },
      ],
    },
    {
      name: 'only 产出 and 满意度',
      document: one([OUTPUT, row('满意度指标', '服务对象满意度指标', '市民满意度', '≥90%')]),
      errors: [{ messageId: 'missingBenefit', pointer: '/projects/0/indicators', messageIncludes: ['项目“甲”没有效益指标'] }],
    },
    {
      // fixtures/real-tables/hubei-wuhan-qingshan-2020-boruo-xuexiao-gaizao rows 17–18: legacy satisfaction under 效益, but nothing else
      name: 'only satisfaction under 效益',
      document: one([OUTPUT, row('效益指标', '社会公众或服务对象满意度指标', '学生满意度', '≥90%')]),
      errors: [{ messageId: 'emptyBenefit', pointer: '/projects/0/indicators/1/level1', messageIncludes: ['下只有满意度指标'] }],
    },
    {
      // seed 002 rows: 效果指标 with 不涉及 in every 二级
      name: 'every 效益 row is 不涉及',
      document: one([OUTPUT, row('效果指标', '经济效益指标', '不涉及', '不涉及'), row('效果指标', '生态效益指标', '不涉及', '不涉及')]),
      errors: [{ messageId: 'emptyBenefit', pointer: '/projects/0/indicators/1/level1', messageIncludes: ['各行都是空行或“不涉及”'] }],
    },
    {
      name: '浙江 2019 (no 二级): satisfaction names under 效益 are not a benefit',
      document: one([{ level1: '产出指标', name: '培训人数', value: '≥50人' }, { level1: '效益指标', name: '培训学员满意度', value: '≥90%' }]),
      errors: [{ messageId: 'emptyBenefit' }],
    },
  ],
});
