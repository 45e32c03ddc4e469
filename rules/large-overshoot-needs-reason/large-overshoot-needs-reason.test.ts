import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { oneProject, row } from '../../tests/helpers/documents.js';
import rule from './large-overshoot-needs-reason.js';

// fixtures/real-tables/anhui-huaibei-suixi-2019-linshi-jiuzhu-ziping rows 13 and 17 and
// anhui-jinzhai-chagu-2023-bumen-zhengti-ziping-partial row 14, as filed: the deviation column is empty
const SUIXI_COUNT = row('产出指标', '数量指标', '建档立卡贫困人口中接受临时救助的人次数', '>=59人次', { actual: '87人次', weight: 5, score: 5, deviation: '' });
const SUIXI_STANDARD = row('产出指标', '成本指标', '农村特困人员救助供养基本生活标准', '>=570元/人*月', { actual: '758元/人*月', weight: 5, score: 5, deviation: '' });
const JINZHAI = row('产出指标', '数量指标', '指标3:完成农村户用卫生厕所改造数量', '≥2000', { actual: '3061', weight: 10, score: 10, deviation: '' });

new RuleTester({ describe, it }).run('large-overshoot-needs-reason', rule, {
  valid: [
    { name: 'an overshoot explained', document: oneProject([{ ...JINZHAI, deviation: '群众改厕意愿高，追加改造任务' }]) },
    { name: 'within 130%', document: oneProject([row('产出指标', '数量指标', '培训人数', '≥100人', { actual: '129人', deviation: '' })]) },
    { name: 'a ceiling far undercut is no overshoot', document: oneProject([row('产出指标', '成本指标', '项目总成本', '≤100万元', { actual: '40万元', deviation: '' })]) },
    { name: 'a capped indicator (事故) is the shortfall checks’', document: oneProject([row('效益指标', '社会效益指标', '安全事故次数', '1次', { actual: '3次', deviation: '' })]) },
    { name: 'different units are not compared', document: oneProject([row('产出指标', '数量指标', '改造面积', '≥2万平方米', { actual: '30000亩', deviation: '' })]) },
    { name: 'a 申报表 has no deviation column', document: oneProject([row('产出指标', '数量指标', '培训人数', '≥100人', { actual: '300人' })]) },
    { name: 'a higher ratio', document: oneProject([SUIXI_COUNT]), options: { ratio: 1.5 } },
  ],
  invalid: [
    {
      name: '濉溪 2019, 金寨 2023: 147%, 133% and 153% of the target with no reason given',
      document: oneProject([SUIXI_COUNT, SUIXI_STANDARD, JINZHAI]),
      errors: [
        { messageId: 'overshoot', pointer: '/projects/0/indicators/0/deviation', messageIncludes: ['“87人次”是年度指标值“>=59人次”的147.46%', '达到130%以上'] },
        { messageId: 'overshoot', pointer: '/projects/0/indicators/1/deviation', messageIncludes: ['132.98%'] },
        { messageId: 'overshoot', pointer: '/projects/0/indicators/2/deviation', messageIncludes: ['“3061”', '“≥2000”', '153.05%'] },
      ],
    },
  ],
});
