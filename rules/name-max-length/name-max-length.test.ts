import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './name-max-length.js';

const one = (indicators: Indicator[]) => doc({ projects: [project('甲', indicators)] });

// fixtures/real-tables/anhui-jinzhai-2021-wuye-guanli, row 15: a long sentence, but under 100 characters
const JINZHAI_SENTENCE = row('效益指标', '社会效益指标', '指标1:改善安置小区群众生活质量,提升安置小区生活水平。助力全县文明城市创建。', '显著改善');
// the same sentence written out three times: 120 characters
const TOO_LONG = row('效益指标', '社会效益指标', '改善安置小区群众生活质量，提升安置小区生活水平，助力全县文明城市创建。'.repeat(3) + '另补充说明若干内容以超过一百字的限制要求。', '≥90%');

new RuleTester({ describe, it }).run('name-max-length', rule, {
  valid: [
    { name: 'jinzhai: a long name under the limit', document: one([JINZHAI_SENTENCE]) },
    { name: 'a shorter limit from a preset', document: one([row('产出指标', '数量指标', '培训人数', '≥80人')]), options: { max: 10 } },
  ],
  invalid: [
    { name: 'over 100 characters', document: one([JINZHAI_SENTENCE, TOO_LONG]), errors: [{ messageId: 'tooLong', pointer: '/projects/0/indicators/1/name', messageIncludes: ['超过100个字'] }] },
    { name: 'a preset’s own limit', document: one([JINZHAI_SENTENCE]), options: { max: 30 }, errors: [{ messageId: 'tooLong', messageIncludes: ['超过30个字'] }] },
  ],
});
