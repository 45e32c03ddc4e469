import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { oneProject, row } from '../../tests/helpers/documents.js';
import rule from './full-compliance.js';

// fixtures/real-tables/hebei-handan-2019-kunnan-qunzhong-jiuzhu-dibao, row 7: the 优 grade (the target) is 90%
const HANDAN = row('产出指标', '', '农村低保救助资金按标准发放的比率', '90%');
// fixtures/real-tables/hunan-xiangxi-tejiao-2023-xuesheng-huoshifei, row 11
const XIANGXI = row('产出指标', '质量指标', '伙食补助发放率', '90%以上', { unit: '-' });
// fixtures/real-tables/fujian-longyan-2023-zongjiao-guanli-jingfei-quanli, row 14
const LONGYAN = row('产出指标', '质量指标', '项目资金使用合规性', '>=95%');

new RuleTester({ describe, it }).run('full-compliance', rule, {
  valid: [
    { name: 'paid to the standard in full', document: oneProject([row('产出指标', '质量指标', '农村低保救助资金按标准发放的比率', '100', { operator: '＝', unit: '%' })]) },
    // timeliness floors are common and defended (seed 003 按政策按时发放率 90%)
    { name: 'on time at 90%', document: oneProject([row('产出指标', '时效指标', '按政策按时发放率', '90%'), row('产出指标', '时效指标', '补助资金发放及时率', '95', { operator: '≥', unit: '%' })]) },
    // 江西 浮梁 2023: the blind reading defends 工资发放准确性 ≥95%
    { name: 'accuracy of wages', document: oneProject([row('产出指标', '质量指标', '工资发放准确性(%)', '95', { operator: '≥', unit: '%' })]) },
    { name: 'not a payment', document: oneProject([row('产出指标', '质量指标', '宣传资料发放率', '90%'), row('产出指标', '质量指标', '助学金社会化发放率', '≥95%')]) },
    { name: 'a cap is not a floor below 100', document: oneProject([row('产出指标', '质量指标', '资金使用违规率', '5', { operator: '≤', unit: '%' })]) },
    { name: 'an amount, not a rate', document: oneProject([row('产出指标', '数量指标', '补助资金足额发放金额', '90', { unit: '万元' })]) },
  ],
  invalid: [
    {
      name: 'handan: paid to the standard at 90%',
      document: oneProject([HANDAN]),
      errors: [{ messageId: 'belowFull', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“农村低保救助资金按标准发放的比率”', '指标值“90%”低于100%', '请写成“＝100%”'] }],
    },
    { name: 'xiangxi: a subsidy paid out at 90% or more', document: oneProject([XIANGXI]), errors: [{ messageId: 'belowFull', messageIncludes: ['“90%以上”'] }] },
    { name: 'longyan: funds used by the rules at ≥95%', document: oneProject([LONGYAN]), errors: [{ messageId: 'belowFull' }] },
    {
      name: 'sign in its own column',
      document: oneProject([row('产出指标', '质量指标', '补贴资金足额发放率', '95', { operator: '≥', unit: '%' })]),
      errors: [{ messageId: 'belowFull', messageIncludes: ['“≥95%”'] }],
    },
  ],
});
