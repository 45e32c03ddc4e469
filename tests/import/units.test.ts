/** The small pure pieces: cell references, the locator, values, titles. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../src/document/model.js';
import { cellAddress, columnLetters, columnNumber, parseQualifiedCellRef, qualifiedCellRef, safeSheetName } from '../../src/import/cell-ref.js';
import { CellLocator } from '../../src/import/cell-locator.js';
import { readMoney, readSpendingMonth, readWeight, yearIn } from '../../src/import/cell-values.js';
import { gridFromRows, logicalCells, type SheetGrid } from '../../src/import/grid.js';
import { isPageFurniture, isTableTitle, kindFromHeading, metaLine, regionAtStart } from '../../src/import/titles.js';
import { blockLabel, columnRole, headerCell, normalizeLabel } from '../../src/import/vocabulary.js';

describe('cell references', () => {
  it('converts column numbers and letters both ways (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 16_384 }), (n) => columnNumber(columnLetters(n)) === n));
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('quotes sheet names as Excel does, and reads them back', () => {
    expect(qualifiedCellRef('Sheet1', 'H12')).toBe('Sheet1!H12');
    expect(qualifiedCellRef('表10', 'H12')).toBe('表10!H12');
    expect(qualifiedCellRef('2019 表', 'H12')).toBe("'2019 表'!H12");
    expect(qualifiedCellRef("张三's", 'A1')).toBe("'张三''s'!A1");
    expect(qualifiedCellRef('AB12', 'A1')).toBe("'AB12'!A1");
    for (const sheet of ['Sheet1', '表10', '2019 表', "张三's", '000_30a1']) expect(parseQualifiedCellRef(qualifiedCellRef(sheet, 'C7'))).toEqual({ sheet, address: 'C7' });
  });

  it('makes file names into valid sheet names', () => {
    expect(safeSheetName('2019/2020:申报[草稿]?')).toBe('2019_2020_申报_草稿__');
    expect(safeSheetName('一'.repeat(40))).toHaveLength(31);
  });
});

describe('CellLocator', () => {
  const project = {
    name: '项目甲',
    indicators: [{ level1: '产出指标', name: '场次', value: '', weight: 10, source: { sheet: '表 10', row: 8, cell: 'I8', cells: { level1: 'I7', value: 'M8', weight: 'O8' } } }],
    source: { sheet: '表 10', row: 7, cell: 'B7', cells: { name: 'B7', 'funding/total': 'C7', 'goals/1': 'C12' } },
  } as unknown as Project;
  const locator = new CellLocator({ projects: [project] }, new Map([['/year', { sheet: '表 10', row: 1, col: 1 }]]), { sheet: '表 10', row: 7, col: 1 });
  const at = (pointer: string) => locator.locate(pointer).cellRef;

  it('puts a field on its own cell, line = row and column = column number', () => {
    expect(locator.locate('/projects/0/indicators/0/value')).toEqual({ line: 8, column: 13, endLine: 8, endColumn: 14, cellRef: "'表 10'!M8" });
    expect(at('/projects/0/indicators/0/level1')).toBe("'表 10'!I7");
    expect(at('/projects/0/funding/total')).toBe("'表 10'!C7");
    expect(at('/projects/0/goals/1')).toBe("'表 10'!C12");
  });

  it('puts a finding on the weights of a list on its first weight cell, any other finding on a whole list on the project', () => {
    expect(locator.locate('/projects/0/indicators', 'weights').cellRef).toBe("'表 10'!O8");
    expect(at('/projects/0/indicators')).toBe("'表 10'!B7");
  });

  it('falls back to the closest ancestor that has a cell', () => {
    expect(at('/projects/0/indicators/0/basis')).toBe("'表 10'!I8");
    expect(at('/projects/0/indicators/0')).toBe("'表 10'!I8");
    expect(at('/projects/0/funding')).toBe("'表 10'!B7");
    expect(at('/projects/0/indicators/9/value')).toBe("'表 10'!B7");
    expect(at('/year')).toBe("'表 10'!A1");
    expect(at('/region/province')).toBe("'表 10'!A7");
    expect(at('')).toBe("'表 10'!A7");
  });
});

describe('cell values', () => {
  it('reads money as filed', () => {
    expect(readMoney('700,000.00')).toEqual({ amount: 700000 });
    expect(readMoney('131.2万元')).toEqual({ amount: 131.2, unit: '万元' });
    // an amount, then its breakdown in brackets: the amount, with the whole text kept
    expect(readMoney('854万(高标准农田建设400万元,示范建设295万元)')).toEqual({ amount: 854, unit: '万元', raw: '854万(高标准农田建设400万元,示范建设295万元)' });
    expect(readMoney('854万854万(高标准农田建设400万元)')).toEqual({ amount: null, raw: '854万854万(高标准农田建设400万元)' });
    expect(readMoney('189.8万')).toEqual({ amount: 189.8, unit: '万元' });
    // the fund's name before its amount (宁夏 原州 2022); a name with digits in it is not a fund's name
    expect(readMoney('少数民族发展资金37万元')).toEqual({ amount: 37, unit: '万元', raw: '少数民族发展资金37万元' });
    expect(readMoney('2022年少数民族发展资金37万元').amount).toBeNull();
    expect(readMoney(' 18,000.00 元')).toEqual({ amount: 18000, unit: '元' });
    expect(readMoney('  ')).toEqual({ amount: null });
    expect(readMoney('见附件')).toEqual({ amount: null, raw: '见附件' });
  });

  it('reads weights and spending months by the transcription rules', () => {
    expect([readWeight('20'), readWeight(''), readWeight('二十'), readWeight(' 7.5 ')]).toEqual([20, null, '二十', 7.5]);
    expect(readSpendingMonth(12, '100%')).toEqual({ month: 12, percent: null, raw: '100%' });
    expect(readSpendingMonth(3, '25')).toEqual({ month: 3, percent: 25 });
    expect(readSpendingMonth(6, '')).toBeUndefined();
  });

  it('finds the year in titles', () => {
    expect([yearIn('2019年市级部门预算项目绩效目标表'), yearIn('2021 年市级部门…'), yearIn('（2023年度）'), yearIn('预算项目绩效信息表')]).toEqual([2019, 2021, 2023, undefined]);
  });
});

describe('titles and page furniture', () => {
  it('recognises titles, subtitles, page numbers and signature lines', () => {
    expect(['2019年市级部门预算项目绩效目标表', '预算项目绩效信息表', '邢台市部门整体支出绩效目标申报表', '2021年部门整体绩效目标', '（2023年度）'].every(isTableTitle)).toBe(true);
    expect(['出国人员经费', '绍兴市商贸业发展规划', '绩效目标'].some(isTableTitle)).toBe(false);
    expect(['— 4 —', '第3页，共9页', '经办人（签字）：     电话：'].every(isPageFurniture)).toBe(true);
  });

  it('tells the kind of table from its title', () => {
    expect(kindFromHeading('2021年度商务活动及外贸发展资金预算项目绩效目标表')).toBe('project');
    expect(kindFromHeading('2021年冻肉储备补贴专项资金绩效目标表')).toBe('special-fund');
    expect(kindFromHeading('2021年度商务活动及外贸发展专项资金预算项目绩效目标表')).toBe('project');
    expect(kindFromHeading('邢台市部门整体支出绩效目标申报表')).toBe('overall');
    expect(kindFromHeading('网络运行维护经费绩效目标表')).toBeUndefined();
    // 安徽 霍山 2024 (ahhuoshan.gov.cn/public/6596221/37859876.html): the whole of a transfer payment, one project
    expect(kindFromHeading('霍山县特殊教育补助资金转移支付整体绩效目标自评表')).toBeUndefined();
  });

  it('reads a region only at the start of a title', () => {
    expect(regionAtStart('浙江省绍兴市2021年市级部门预算项目绩效目标表')).toEqual({ province: '浙江省', city: '绍兴市' });
    expect(regionAtStart('邢台市市级部门预算项目绩效目标表')).toEqual({ city: '邢台市' });
    expect(regionAtStart('上海市浦东新区2022年项目绩效目标表')).toEqual({ province: '上海市', county: '浦东新区' });
    expect(regionAtStart('2021年城市管理专项资金绩效目标表')).toEqual({});
    expect(regionAtStart('市级部门预算项目绩效目标表')).toEqual({});
  });

  it('reads the lines above a table', () => {
    expect(metaLine('部门名称：绍兴市商务局')).toEqual([{ kind: 'department', value: '绍兴市商务局' }]);
    expect(metaLine('填报单位（盖公章）：邢台市招商服务局')).toEqual([{ kind: 'reportingUnit', value: '邢台市招商服务局' }]);
    expect(metaLine('单位：万元')).toEqual([{ kind: 'moneyUnit', value: '万元' }]);
    expect(metaLine('单位名称')).toBeUndefined();
    // 湘潭 2023: two pairs in one cell, the stamp hint in place of a value
    expect(metaLine('填报单位:(盖章) 单位:万元')).toEqual([
      { kind: 'reportingUnit', value: '' },
      { kind: 'moneyUnit', value: '万元' },
    ]);
    expect(metaLine('预算部门：[015001]武汉市青山区教育局')).toEqual([{ kind: 'department', value: '[015001]武汉市青山区教育局' }]);
    expect(metaLine('项目名称：某某')).toBeUndefined();
  });
});

describe('header vocabulary', () => {
  it('matches header cells however they are spaced or bracketed', () => {
    expect(normalizeLabel(' 指标值\n确定依据： ')).toBe('指标值确定依据');
    expect(['单位名称（项目名称）', '单位名称(项目名称)', '二级指标　', '计算符\n号', '指标值确定依据'].map(columnRole)).toEqual(['unitName', 'unitName', 'level2', 'operator', 'basis']);
    expect(['明细指标（个性）', '月细指标（个性）', '二级指标 (个性)', '指标值 (个性)', '指标描述（个性）'].map(columnRole)).toEqual([
      'personalName',
      'personalName',
      'personalName',
      'personalValue',
      'personalDescription',
    ]);
  });

  it('reads the year or the whole year named in front of a target column, and leaves money headings alone', () => {
    // 全年(程) 指标值 beside 半年(程) 指标值: fixtures/real-tables/jiangsu-zhenjiang-2024-saizhenzhu-gongyuan-yunzhuan-partial D23:E23
    const annualTarget = { role: 'value', period: 'annual' };
    expect(['全年(程) 指标值', '2024年指标值', '2024年度目标值', '年度绩效指标值'].map((t) => headerCell(t))).toEqual([annualTarget, annualTarget, annualTarget, annualTarget]);
    expect(headerCell('考核指标值')).toEqual({ role: 'value' });
    expect(headerCell('本年指标值')).toEqual(annualTarget);
    // the period's targets, however the template names the period
    const periodTarget = (role: string) => ({ role, period: 'period' });
    expect(['项目期目标值', '三年指标值', '2023-2025年指标值', '总体指标值', '中长期指标值'].map((t) => headerCell(t))).toEqual([
      periodTarget('value'),
      periodTarget('value'),
      periodTarget('value'),
      periodTarget('value'),
      periodTarget('value'),
    ]);
    expect(headerCell('总体目标')).toEqual({ role: 'goal' });
    expect(['半年(程) 指标值', '2023年预算数', '2023年度资金总额'].map((t) => headerCell(t))).toEqual([undefined, undefined, undefined]);
    expect(['得分计算方法', '指标值设定依据及数据来源'].map(columnRole)).toEqual(['scoring', 'basis']);
    // the points a row is worth, as other templates head them; the older 投入/产出/效果 template's columns
    expect(['比重', '评分权重', '标准分值', '满分值'].map(columnRole)).toEqual(['weight', 'weight', 'weight', 'weight']);
    // a 自评表's result and score columns, as other templates head them
    expect(['实际完成数', '实际达成值', '实际实现值', '完成情况', '执行结果'].map(columnRole)).toEqual(['actual', 'actual', 'actual', 'actual', 'actual']);
    expect(['评分', '自评分', '得分值', '考核得分'].map(columnRole)).toEqual(['score', 'score', 'score', 'score']);
    expect(['评价指标', '绩效内容', '参考标准', '全年绩效目标'].map(columnRole)).toEqual(['level1', 'name', 'basis', 'value']);
  });

  it('reads labels with a seal, the unit or the years they span noted after them', () => {
    expect(['实施单位（盖章）', '主管部门（单位）', '中期目标（2023-2025年）', '实施期目标(2024年-2026年)', '长期绩效目标', '实施期限', '预算项目名称', '项目总体目标'].map(blockLabel)).toEqual([
      'reportingUnit',
      'department',
      'periodGoal',
      'periodGoal',
      'periodGoal',
      'period',
      'name',
      'goal',
    ]);
    // 资金投入 is a 二级 of 决策 in the evaluation framework (江苏 镇江 2024), 项目预算 heads a 成本构成 table (湖北 鄂州 2022)
    expect(['资金投入', '项目预算'].map(blockLabel)).toEqual([undefined, undefined]);
    // the project's money and name, as other templates label them
    expect(['年度资金总额', '年度预算金额(万元)', '项目总金额', '申请金额(万元)', '项目(资金)名称'].map(blockLabel)).toEqual(['budgetAmount', 'budgetAmount', 'budgetAmount', 'budgetAmount', 'name']);
    // 预算金额(万元) heads a column of the 部门整体 record of duties (福建 宁德 2019)
    expect(blockLabel('预算金额(万元)')).toBeUndefined();
  });

  it('knows a goal label no template list holds by its words, and leaves headings, results and records of duties alone', () => {
    // fixtures/real-tables/hunan-yueyang-yueyanglou-2023-jiagerending-zhengti row 4: *年度总体绩效目标
    expect(['*年度总体绩效目标', '预期绩效目标', '项目年度绩效目标', '绩效目标描述', '中长期绩效目标描述'].map(blockLabel)).toEqual(['goal', 'goal', 'goal', 'goal', 'periodGoal']);
    // 项目年度目标 heads its text (四川 自评表); 年度履职目标 heads a 部门整体 record (福建 宁德 2019)
    expect(['项目年度目标', '年度目标完成情况', '年度履职目标', '分项绩效目标', '绩效目标值', '绩效目标表'].map(blockLabel)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('grid', () => {
  it('reads a merged range once, at its left column', () => {
    const grid: SheetGrid = {
      ...gridFromRows('S', [
        ['a', '', '', 'd'],
        ['', 'x', '', ''],
      ]),
      merges: new Map([[1 * 16_385 + 1, { top: 1, left: 1, bottom: 2, right: 3 }]]),
      mergedInto: new Map([
        [1 * 16_385 + 2, { row: 1, col: 1 }],
        [1 * 16_385 + 3, { row: 1, col: 1 }],
        [2 * 16_385 + 1, { row: 1, col: 1 }],
        [2 * 16_385 + 2, { row: 1, col: 1 }],
        [2 * 16_385 + 3, { row: 1, col: 1 }],
      ]),
    };
    expect(logicalCells(grid, 1).map((c) => [c.col, c.text, c.continued])).toEqual([
      [1, 'a', false],
      [4, 'd', false],
    ]);
    expect(logicalCells(grid, 2).map((c) => [c.col, c.text, c.continued])).toEqual([
      [1, '', true],
      [4, '', false],
    ]);
    expect(cellAddress(2, 4)).toBe('D2');
  });
});
