import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import type { Indicator } from '../../src/document/model.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './no-whitespace-or-null.js';

const one = (indicators: Indicator[], extra = {}) => doc({ projects: [project('甲', indicators, extra)] });

// seed 001 (绍兴 2021), 绍兴市商贸业发展规划 rows 3 and 5
const SHAOXING_DATE = row('产出指标', '时效指标', '计划完成规划时间', '2021 年 12月 31日前完成');
const SHAOXING_NAME = row('产出指标', '数量指标', '采纳意见 条数', '5条');
// fixtures/real-tables/anhui-liuan-jinan-2025-wangqiu-saishi, row 21: a line break inside a name is not a space
const LIUAN_BREAK = row('效益指标', '可持续影响指标', '打造金安国际网球\n公开赛等系列品牌赛事', '影响可持续');
const CLEAN = row('产出指标', '数量指标', '培训人数', '≥80人');

new RuleTester({ describe, it }).run('no-whitespace-or-null', rule, {
  valid: [
    { name: 'liuan: a line break; a clean row', document: one([LIUAN_BREAK, CLEAN]) },
    { name: 'spaces at the ends of a cell are trimmed by the import', document: one([row('产出指标', '数量指标', ' 培训人数 ', '≥80人 ')]) },
    // fixtures/real-tables/hubei-suizhou-guangshui-jiaotongju-2021-xiangcun-daolu-ziping-partial E17 (both readings): sign, figure and unit are three fields in the system
    { name: '广水 2021: 300 公里, a space between the figure and its unit', document: one([row('产出指标', '数量指标', '乡村道路建设养护里程', '300 公里'), row('产出指标', '质量指标', '验收合格率', '≥ 95 %')]) },
    // fixtures/real-tables/sichuan-nanchong-langzhong-2021 read the heading over the goal as the goal; printed spaced out it is still a heading
    { name: 'a heading read as the goal', document: one([CLEAN], { goal: '全 年 实 际 完 成 情 况', periodGoal: '年 度 目 标' }) },
  ],
  invalid: [
    {
      name: 'seed 001: spaces in a value and in a name',
      document: one([SHAOXING_DATE, SHAOXING_NAME]),
      errors: [
        { messageId: 'space', pointer: '/projects/0/indicators/0/value', messageIncludes: ['“2021␣年␣12月␣31日前完成”'] },
        { messageId: 'space', pointer: '/projects/0/indicators/1/name', messageIncludes: ['指标名称“采纳意见␣条数”'] },
      ],
    },
    { name: 'a full-width space', document: one([row('产出指标', '数量指标', '培训\u3000人数', '≥80人')]), errors: [{ messageId: 'space' }] },
    {
      name: 'goals: a space, and null',
      document: doc({ projects: [project('甲', [CLEAN], { goal: '保障编制 20人的饮食', periodGoal: 'null' })] }),
      errors: [
        { messageId: 'goalSpace', pointer: '/projects/0/goal', messageIncludes: ['“保障编制␣20人的饮食”'] },
        { messageId: 'goalNull', pointer: '/projects/0/periodGoal' },
      ],
    },
  ],
});
