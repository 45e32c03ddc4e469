/**
 * The goal rows above a grid, in the ways real tables print them: a row label over headings of
 * its own, headings under a 项目绩效目标 label, a goal merged over two rows or with its label
 * written out on each. Each case is a real table's (fixtures/real-tables), cut down.
 */
import { describe, expect, it } from 'vitest';
import { importOk, xlsxFromRows } from './helpers.js';

const GRID = [
  ['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
  ['', '产出指标', '数量指标', '建设普通省道二级公路', '≥32.1公里'],
];

async function goalsOf(top: string[][], merges: string[] = []) {
  const rows = [['项目绩效目标表'], ['项目名称', '示例项目'], ...top, ...GRID];
  const { document } = await importOk('goals.xlsx', await xlsxFromRows([{ name: 'Sheet1', rows, merges }]), { province: '四川省', year: 2021 });
  const p = document.projects[0]!;
  return { goal: p.goal, periodGoal: p.periodGoal, extensions: p.extensions };
}

describe('goal rows', () => {
  it('a row label over headings of its own: 总体目标完成情况 | 总体目标 | 全年实际完成情况 (四川 阆中 2021)', async () => {
    const got = await goalsOf([
      ['总体目标完成情况', '总体目标', '', '', '全年实际完成情况'],
      ['', '按计划完成2021年度省道公路建设。', '', '', '建设普通省道二级公路32.1公里。'],
    ], ['A3:A4']);
    expect(got.goal).toBe('按计划完成2021年度省道公路建设。');
    expect(got.extensions).toEqual({ 全年实际完成情况: '建设普通省道二级公路32.1公里。' });
  });

  it('headings under a 项目绩效目标 label: 长期目标 | 年度目标 (湖南 宁乡 2021), 项目总目标 | 年度总体目标 (新疆 阿拉尔 2021)', async () => {
    expect(await goalsOf([['项目绩效目标', '长期目标', '', '年度目标'], ['', '改善镇域内基础设施', '', '完成集镇立面改造12处']])).toMatchObject({
      goal: '完成集镇立面改造12处',
      periodGoal: '改善镇域内基础设施',
    });
    expect(await goalsOf([['项目绩效目标', '项目总目标', '', '年度总体目标'], ['', '建设完成保鲜库1座', '', '2021年完成主体封顶']])).toMatchObject({
      goal: '2021年完成主体封顶',
      periodGoal: '建设完成保鲜库1座',
    });
  });

  it('a 部门整体 自评表’s 当年绩效目标 over 年初绩效目标 | 全年(调整)绩效目标 | 全年目标实际完成情况 (重庆 科学城 2021)', async () => {
    const got = await goalsOf([
      ['当年绩效目标', '年初绩效目标', '', '全年(调整)绩效目标', '全年目标实际完成情况'],
      ['', '保障融媒体中心正常运转', '', '无', '较好地完成了履职任务'],
    ]);
    expect(got.goal).toBe('保障融媒体中心正常运转');
    expect(got.extensions).toEqual({ '全年(调整)绩效目标': '无', 全年目标实际完成情况: '较好地完成了履职任务' });
  });

  it('a goal label and its text in one cell above the grid: 整体目标: … (四川 一体化 export, 甘孜)', async () => {
    const rows = [
      ['绩效目标表'],
      ['单位信息: 324001-甘孜藏族自治州市场监督管理局机关', '', '', '', '项目名称:食品安全工作经费'],
      ['整体目标: 组织协调推进全州食品安全重点工作;承办州食品安全委员会会议'],
      ...GRID,
    ];
    const { document } = await importOk('ganzi.xlsx', await xlsxFromRows([{ name: 'Sheet1', rows, merges: [] }]), { province: '四川省', year: 2021 });
    expect(document.projects[0]).toMatchObject({ name: '食品安全工作经费', goal: '组织协调推进全州食品安全重点工作;承办州食品安全委员会会议' });
    expect(document.projects[0]!.source?.cells?.goal).toBe('A3');
  });

  it('a period goal over two rows, its label merged over both or written out on each (湖南 南岳 2023 中长期绩效目标)', async () => {
    const lines = [
      ['中长期绩效 目标', '1.就读中等职业学校的本省脱贫家庭子女。'],
      ['', '2.补助标准为:每生1500元/学期。'],
    ];
    const joined = '1.就读中等职业学校的本省脱贫家庭子女。\n2.补助标准为:每生1500元/学期。';
    expect((await goalsOf(lines, ['A3:A4'])).periodGoal).toBe(joined);
    expect((await goalsOf([lines[0]!, ['中长期绩效 目标', lines[1]![1]!]])).periodGoal).toBe(joined);
  });

  it('a goal over two rows, its label merged over both or written out on each (湖南 南岳 2023)', async () => {
    const lines = [
      ['本年度绩效目标', '1.对提供就读学籍证明的学生发放就学补助;'],
      ['', '2.补助标准为:每生1500元/学期。'],
    ];
    const whole = '1.对提供就读学籍证明的学生发放就学补助;\n2.补助标准为:每生1500元/学期。';
    expect((await goalsOf(lines, ['A3:A4'])).goal).toBe(whole);
    expect((await goalsOf([lines[0]!, ['本年度绩效目标', lines[1]![1]!]])).goal).toBe(whole);
    // merges lost: the blank label beside "2.…" after "1.…" is the same goal going on
    expect((await goalsOf(lines)).goal).toBe(whole);
  });

  it('a line under an unmerged goal label that does not go on with its numbering is not the goal', async () => {
    const got = await goalsOf([['本年度绩效目标', '对提供就读学籍证明的学生发放就学补助'], ['', '补助标准为:每生1500元/学期。']]);
    expect(got.goal).toBe('对提供就读学籍证明的学生发放就学补助');
  });
});
