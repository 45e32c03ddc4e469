/**
 * Header fields and money blocks written across a row, as real tables print them
 * (fixtures/real-tables), cut down: the money's headings on one row and its amounts below, and a
 * blank 主管部门 followed by another field's label.
 */
import { describe, expect, it } from 'vitest';
import { importOk, xlsxFromRows } from './helpers.js';

const GRID = [
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '乡村道路建设养护里程', '300公里'],
];

async function projectOf(top: string[][], merges: string[] = []) {
  const rows = [['项目绩效目标表'], ['项目名称', '示例项目'], ...top, ...GRID];
  const { document } = await importOk('money.xlsx', await xlsxFromRows([{ name: 'Sheet1', rows, merges }]), { province: '湖北省', year: 2021 });
  return { document, project: document.projects[0]! };
}

// hubei-suizhou-guangshui-jiaotongju-2021-xiangcun-daolu-ziping-partial rows 6–7
const GUANGSHUI = [
  ['项目资金', '来源', '中央 (万元)', '省、地 (万元)', '本级 (万元)', '其他 (万元)', '合计 (万元)', '执行数 (万元)', '执行率'],
  ['', '', '', '', '', '', '309', '309', '100 %'],
];

describe('a money block written across', () => {
  it('广水 2021: sources, 合计, 执行数 and 执行率 as headings, the amounts on the row below', async () => {
    for (const merges of [['A3:A4'], []]) {
      const { document, project } = await projectOf(GUANGSHUI, merges);
      expect(project.funding).toEqual({ total: 309 });
      expect(project.budgetExecution?.lines).toEqual([{ source: 'total', budget: 309, spent: 309, rate: '100 %' }]);
      expect(document.moneyUnit).toBe('万元');
      // the amounts row is the block's own, not a 资金用途 line
      expect(project.extensions?.['资金用途']).toBeUndefined();
      expect(project.source?.cells?.['funding/total']).toBe('G4');
    }
  });

  it('南岳 2023: sub-headings between, a heading over several columns keeps no one amount', async () => {
    const { project } = await projectOf(
      [
        ['专项资金情况', '本年度预计投入(万元)', '财政资金(万元)', '', '', '', '其他'],
        ['', '', '中央', '省级', '市级资金', '本级', ''],
        ['', '7', '0', '7', '0', '0', '0'],
      ],
      ['A3:A5', 'B3:B4', 'C3:F3', 'G3:G4'],
    );
    expect(project.funding).toEqual({ total: 7 });
    expect(project.extensions).toEqual({ 其他: '0' });
  });

  it('a row with amounts of its own is no heading row: 资金情况 | 年度资金总额: | 500 is read down as before', async () => {
    const { project } = await projectOf([['资金情况', '年度资金总额:', '500'], ['', '其中:财政拨款', '500']]);
    expect(project.funding).toEqual({ total: 500, generalBudget: 500 });
  });
});

describe('a cost breakdown', () => {
  it('鄂州 2022: 项目预算 over 成本构成 | 金额 | 测算依据 and a 合计 line gives the total', async () => {
    const { project } = await projectOf([
      ['项目预算', '成本构成', '金额', '测算(公式)依据'],
      ['', '保安服务费', '191', '依据招标文件'],
      ['', '水电气、维修维护费', '524', '根据三定方案,各项费用据实结算'],
      ['', '合计', '715', ''],
    ]);
    expect(project.funding).toEqual({ total: 715 });
    expect(project.source?.cells?.['funding/total']).toBe('C6');
  });
});

describe('the department field', () => {
  it('龙岩 2023: 主管部门(单位)名称及部门预算编码 left blank, the next cell another field’s label', async () => {
    const { document, project } = await projectOf([['主管部门(单位)名称及 部门预算编码', '', '', '', '补助 区域', '市本级']], ['A3:D3']);
    expect(document.department).toBeUndefined();
    // the blank kept for required-fields, and the next field read as its own pair
    expect(project.extensions).toEqual({ '主管部门(单位)名称及 部门预算编码': '', '补助 区域': '市本级' });
  });

  it('成安 2020: a yes-or-no field left blank beside the department is kept as the blank it is', async () => {
    const { document, project } = await projectOf([['实施(主管)单位', '314002-成安县民政局机关', '是否为专项资金:', '', '', '']]);
    expect(document.department).toEqual({ name: '成安县民政局机关', code: '314002' });
    expect(project.extensions).toEqual({ '是否为专项资金:': '' });
  });

  it('秀屿 2025: 主管部门(单位)名称 is the department', async () => {
    const { document } = await projectOf([['主管部门(单位)名称', '秀屿区水利局']]);
    expect(document.department).toEqual({ name: '秀屿区水利局' });
  });
});
