import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './operator-vocabulary.js';

const one = (indicators: Indicator[]) => doc({ projects: [project('甲', indicators)] });

// fixtures/real-tables/shanghai-songjiang-2020-jiuting-zipingbiao, rows 19–20
const SONGJIANG_LOOK_ALIKE = row('满意度指标', '服务对象满意度指标', '群众满意度', '≧90%');
const SONGJIANG_OK = row('满意度指标', '服务对象满意度指标', '小区居民满意度', '>80%');
// fixtures/real-tables/jiangxi-jingdezhen-fuliang-linyeju-bumen-zhengti-partial, rows 9 and 21: = and ≥ in the sign column
const JIANGXI_EQ = row('产出指标', '数量指标', '保障在职职工人数(人)', '116', { operator: '=', unit: '人' });
const JIANGXI_GE = row('产出指标', '质量指标', '工资发放准确性(%)', '95', { operator: '≥', unit: '%' });
// hunan-hengyang-nanyue-2018 row 15: ASCII <= in the value
const NANYUE_ASCII = row('产出指标', '成本指标', '流转土地补助标准', '<=475元/亩');

new RuleTester({ describe, it }).run('operator-vocabulary', rule, {
  valid: [
    { name: 'jiangxi: = and ≥ in the sign column; ASCII <= in a value', document: one([JIANGXI_EQ, JIANGXI_GE, NANYUE_ASCII, SONGJIANG_OK]) },
    // fixtures/real-tables/yunnan-yongde-2022-yingyang-gaishan-ziping rows 15 and 22: the system's export prints ≧ and ═
    { name: 'yongde: look-alikes printed in the sign column by the system', document: one([{ ...JIANGXI_GE, name: '学生满意度', operator: '≧' }, { ...JIANGXI_GE, name: '政策知晓率', operator: '═', value: '100' }]) },
    { name: '定性, full-width ＝ and the default extensions', document: one([{ ...JIANGXI_EQ, operator: '定性' }, { ...JIANGXI_EQ, operator: '＝' }, { ...JIANGXI_EQ, operator: '定量(其他)' }]) },
  ],
  invalid: [
    {
      name: 'songjiang: ≧ leading the value',
      document: one([SONGJIANG_OK, SONGJIANG_LOOK_ALIKE]),
      errors: [
        {
          messageId: 'lookAlike',
          pointer: '/projects/0/indicators/1/value',
          messageIncludes: ['“≧”', '请改为“≥”'],
          output: one([SONGJIANG_OK, { ...SONGJIANG_LOOK_ALIKE, value: '≥90%' }]),
        },
      ],
    },
    {
      name: '═ in the sign column, when asked for',
      document: one([{ ...JIANGXI_EQ, operator: '═' }]),
      options: { signColumnLookAlikes: true },
      errors: [{ messageId: 'lookAlike', pointer: '/projects/0/indicators/0/operator', messageIncludes: ['“＝”'], output: one([{ ...JIANGXI_EQ, operator: '＝' }]) }],
    },
    {
      name: 'canonicalSpellings: ASCII, full-width and word spellings become the dictionary signs',
      document: one([JIANGXI_EQ, { ...JIANGXI_GE, operator: '>=' }, { ...JIANGXI_GE, operator: '＞＝' }, { ...JIANGXI_GE, operator: '大于' }]),
      options: { canonicalSpellings: true },
      errors: [
        { messageId: 'variant', pointer: '/projects/0/indicators/0/operator', messageIncludes: ['“=”', '“＝”'], output: one([{ ...JIANGXI_EQ, operator: '＝' }, { ...JIANGXI_GE, operator: '>=' }, { ...JIANGXI_GE, operator: '＞＝' }, { ...JIANGXI_GE, operator: '大于' }]) },
        { messageId: 'variant', pointer: '/projects/0/indicators/1/operator', output: one([JIANGXI_EQ, { ...JIANGXI_GE, operator: '≥' }, { ...JIANGXI_GE, operator: '＞＝' }, { ...JIANGXI_GE, operator: '大于' }]) },
        { messageId: 'variant', pointer: '/projects/0/indicators/2/operator', output: one([JIANGXI_EQ, { ...JIANGXI_GE, operator: '>=' }, { ...JIANGXI_GE, operator: '≥' }, { ...JIANGXI_GE, operator: '大于' }]) },
        { messageId: 'variant', pointer: '/projects/0/indicators/3/operator', output: one([JIANGXI_EQ, { ...JIANGXI_GE, operator: '>=' }, { ...JIANGXI_GE, operator: '＞＝' }, { ...JIANGXI_GE, operator: '＞' }]) },
      ],
    },
    { name: 'an unknown sign has no fix', document: one([{ ...JIANGXI_EQ, operator: '正向' }]), errors: [{ messageId: 'unknown', output: null }] },
    { name: 'a direction word in the sign column', document: one([{ ...JIANGXI_EQ, operator: '正向' }]), errors: [{ messageId: 'unknown', messageIncludes: ['“正向”'] }] },
    { name: 'without extensions, 定量（其他） is refused', document: one([{ ...JIANGXI_EQ, operator: '定量（其他）' }]), options: { extensions: [] }, errors: [{ messageId: 'unknown' }] },
  ],
});
