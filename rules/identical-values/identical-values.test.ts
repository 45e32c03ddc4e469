import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './identical-values.js';

const one = (indicators: Indicator[]) => doc({ projects: [project('甲', indicators)] });

// fixtures/real-tables/sichuan-leshan-jingyan-mata-2023-cunzu-ganbu-baochou, rows 5–12: five of eight rows are ≥95%
const pct = (level1: string, level2: string, name: string): Indicator => row(level1, level2, name, '95', { operator: '≥', unit: '%' });
const LESHAN: Indicator[] = [
  pct('效益指标', '社会效益指标', '维护社会稳定'),
  row('产出指标', '时效指标', '维持时效', '1', { operator: '≥', unit: '年' }),
  row('产出指标', '质量指标', '按时发放', '1', { operator: '≥', unit: '人/年' }),
  pct('效益指标', '经济效益指标', '促进村集体经济发展'),
  row('产出指标', '数量指标', '村组干部230人', '230', { operator: '≥', unit: '个' }),
  pct('效益指标', '生态效益指标', '保护生态环境卫生'),
  pct('效益指标', '可持续影响指标', '项目维持时效'),
  pct('满意度指标', '服务对象满意度指标', '人民群众满意度'),
];
// fixtures/real-tables/hubei-hbust-2021-jiangzhuxuejin-ziping, rows 3–8: 100% rates are the natural target
const HBUST: Indicator[] = [
  row('产出指标', '质量指标', '奖助政策学生知晓率', '100%'),
  row('产出指标', '质量指标', '受资助本专科困难学生覆盖率', '99%'),
  row('产出指标', '质量指标', '退役士兵考入高校应助学生享受资助比例', '100%'),
  row('产出指标', '质量指标', '高校学生应征入伍应受助学生享受资助比例', '100%'),
  row('产出指标', '数量指标', '受资助本专科学生人数', '14726'),
  row('产出指标', '质量指标', '国家奖学金按标准发放率', '100%'),
];

new RuleTester({ describe, it }).run('identical-values', rule, {
  valid: [
    { name: 'hbust: 100% rates', document: one(HBUST) },
    { name: 'leshan with a higher bar', document: one(LESHAN), options: { minRows: 6 } },
  ],
  invalid: [
    {
      name: 'leshan: ≥95% five times',
      document: one(LESHAN),
      errors: [{ messageId: 'identical', pointer: '/projects/0/indicators/0/value', messageIncludes: ['有5/8行的指标值都是“≥95%”（第1、4、6、7、8行）'] }],
    },
  ],
});
