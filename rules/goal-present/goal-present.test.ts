import { describe, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { doc, project, row } from '../../tests/helpers/documents.js';
import rule from './goal-present.js';

const ROW = row('产出指标', '数量指标', '开展运动种类', '1种');
const named = (goal: Record<string, unknown>) => doc({ projects: [project('2025金安国际网球公开赛(国际系列赛事)', [ROW], goal)] });

new RuleTester({ describe, it }).run('goal-present', rule, {
  valid: [
    // fixtures/real-tables/anhui-liuan-jinan-2025-wangqiu-saishi row 7
    { name: 'a goal that names the project and says what it does', document: named({ goal: '通过举办2025金安国际网球公开赛，吸引观众5万人次' }) },
    { name: '六安 2025: a real goal', document: named({ goal: '打造金安国际网球公开赛等一系列的品牌赛事,提升六安城市的知名度和美誉度。' }) },
    { name: 'no goal cell: not judged by default', document: named({}) },
    // fixtures/real-tables/hubei-wuhan-qingshan-2020-boruo-xuexiao-gaizao: a reading that took the heading for the goal
    { name: 'a heading read as the goal says nothing about the clerk’s text', document: named({ goal: '中期目标(2023年—2025年)' }) },
    {
      // fixtures/real-tables/jiangxi-jingdezhen-fuliang-linyeju-bumen-zhengti-partial row 7: the goal stands under another heading
      name: 'a goal filed under another heading',
      document: named({ goal: '', extensions: { '*年度绩效总目标': '保证林业局职能实现,保障人员经费。' } }),
    },
  ],
  invalid: [
    { name: 'an empty goal', document: named({ goal: '  ' }), errors: [{ messageId: 'missingGoal', pointer: '/projects/0/goal', messageIncludes: ['年度绩效目标为空'] }] },
    { name: '“null”', document: named({ goal: 'null' }), errors: [{ messageId: 'missingGoal', messageIncludes: ['填的是“null”'] }] },
    {
      // fixtures/real-tables/ningxia-guyuan-yuanzhou-2022-bianxiaocha-ziping row 9 (mustFind B9)
      name: '原州 2022: the project name twice, joined by 通过实施',
      document: doc({
        projects: [
          project('2022年原州区健康饮茶“送茶入户”边销茶推广项目(2022年少数民族发展资金项目)', [ROW], {
            goal: '2022年原州区健康饮茶“送茶入户”边销茶推广项目,通过实施2022年原州区健康饮茶“送茶入户”边销茶推广项目,',
          }),
        ],
      }),
      errors: [{ messageId: 'missingGoal', messageIncludes: ['只是重复了项目名称'] }],
    },
    {
      name: 'the project name repeated',
      document: named({ goal: '2025金安国际网球公开赛（国际系列赛事）。' }),
      errors: [{ messageId: 'missingGoal', messageIncludes: ['只是重复了项目名称'] }],
    },
    {
      name: 'a 实施期 list without a 实施期 goal',
      document: named({ goal: '办好赛事', periodIndicators: [ROW], periodGoal: '' }),
      errors: [{ messageId: 'missingGoal', pointer: '/projects/0/periodGoal', messageIncludes: ['实施期绩效目标为空'] }],
    },
    { name: 'requireGoal: no goal cell at all', document: named({}), options: { requireGoal: true }, errors: [{ messageId: 'missingGoal', pointer: '/projects/0' }] },
  ],
});
