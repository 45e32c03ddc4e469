/**
 * Workbooks built cell by cell (not by the layout writer), so the reader is tested on its own:
 * 河北 tables two to a sheet and one per sheet, merged cells, headers found by their words.
 */
import { describe, expect, it } from 'vitest';
import type { RowSource } from '../../src/document/model.js';
import { importSpreadsheet } from '../../src/import/import-spreadsheet.js';
import { importOk, importProblem, tsv, withoutProvenance, xlsxFromRows, zhejiang2021Rows } from './helpers.js';

type Row = Array<string | number | null>;

/** one 河北 2023 table starting at `top` (1-based): rows and merges */
function hebeiTable(top: number, t: { code: string; name: string; total: string; unit?: string; goals: string[]; plan: Row; rows: Row[] }): { rows: Row[]; merges: string[] } {
  const rows: Row[] = [
    ['预算项目绩效信息表'],
    [`填报单位（盖公章）：${t.unit ?? ''}`],
    ['项目编码', t.code, '项目名称', t.name],
    ['预算规模及资金用途', '预算数', t.total, '其中：财政资金', t.total, '其他资金', ''],
    ['', `${t.name}的资金用途`],
    ['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底'],
    ['', ...t.plan],
    ...t.goals.map((g, i): Row => [i === 0 ? '绩效目标' : '', `目标${i + 1}`, g]),
    ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
    ['', '', '', '', '', ''],
    ...t.rows,
    ['经办人（签字）：     张三    电话： 12345678901             项目责任人（签字）：'],
  ];
  const r = (i: number) => top + i;
  const goalsEnd = 7 + t.goals.length - 1;
  const merges = [`A${r(0)}:G${r(0)}`, `D${r(2)}:G${r(2)}`, `A${r(3)}:A${r(4)}`, `B${r(4)}:G${r(4)}`, `A${r(5)}:A${r(6)}`, `A${r(7)}:A${r(goalsEnd)}`];
  // 一级 and 二级 merged over their rows, as Word/Excel tables do (a blank no merge covers stays blank)
  const gridTop = goalsEnd + 3;
  for (const [column, letter] of [[0, 'A'], [1, 'B']] as const) {
    let runStart = gridTop;
    for (let i = 1; i <= t.rows.length; i++) {
      const ends = i === t.rows.length || (t.rows[i]?.[column] ?? '') !== '' || (column === 1 && (t.rows[i]?.[0] ?? '') !== '');
      if (ends && gridTop + i - 1 > runStart) merges.push(`${letter}${r(runStart)}:${letter}${r(gridTop + i - 1)}`);
      if (ends) runStart = gridTop + i;
    }
  }
  return { rows, merges };
}

const TABLE_A = {
  code: '601004',
  name: '招商引资专项经费',
  total: '300万元',
  unit: '邢台市招商服务局',
  goals: ['赴京津冀地区开展专题对接', ''],
  plan: ['', '', '', '100'] as Row,
  rows: [
    ['产出指标 ', '数量指标', '引进项目数量', '引进重点招商项目的数量', '≥50个', '《若干措施》'],
    ['', '', '重点企业来邢考察次数', '来邢考察对接次数', '≥30次', ''],
    ['', '质量指标', '签约率', '签约率', '≥95%', '工作计划'],
    ['效果指标', '社会效益指标', '营商环境宣传', '宣传', '文字描述', ''],
  ] as Row[],
};
const TABLE_B = {
  code: '',
  name: '蔬菜储备补贴资金',
  total: '50万元',
  goals: ['建立冬春蔬菜储备'],
  plan: ['0', '0', '0', '100%'] as Row,
  rows: [['产出指标', '数量指标', '储备冬春蔬菜数量', '储备数量', '=500吨', '储备方案']] as Row[],
};

function expectTableA(p: ReturnType<typeof withoutProvenance>): void {
  expect(p).toEqual({
    code: '601004',
    name: '招商引资专项经费',
    kind: 'project',
    unit: { name: '邢台市招商服务局' },
    funding: { total: 300, generalBudget: 300, other: null },
    goals: ['赴京津冀地区开展专题对接', ''],
    spendingPlan: [{ month: 12, percent: 100 }],
    indicators: [
      { level1: '产出指标 ', level2: '数量指标', name: '引进项目数量', value: '≥50个', description: '引进重点招商项目的数量', basis: '《若干措施》' },
      { level1: '产出指标 ', level2: '数量指标', name: '重点企业来邢考察次数', value: '≥30次', description: '来邢考察对接次数', basis: '' },
      { level1: '产出指标 ', level2: '质量指标', name: '签约率', value: '≥95%', description: '签约率', basis: '工作计划' },
      { level1: '效果指标', level2: '社会效益指标', name: '营商环境宣传', value: '文字描述', description: '宣传', basis: '' },
    ],
    extensions: { 资金用途: '招商引资专项经费的资金用途' },
  });
}

describe('河北 key-value tables', () => {
  it('reads two projects on one sheet (merged labels and 一级 cells, signature lines dropped)', async () => {
    const title: Row[] = [['邢台市2023年度部门预算项目绩效目标表'], ['部门名称：邢台市商务局']];
    const a = hebeiTable(3, TABLE_A);
    const b = hebeiTable(3 + a.rows.length, TABLE_B);
    const bytes = await xlsxFromRows([{ name: '项目表', rows: [...title, ...a.rows, ...b.rows], merges: [...a.merges, ...b.merges] }]);
    const { document, layout } = await importOk('两个项目.xlsx', bytes, { province: '河北省' });
    expect(layout).toBe('hebei-2023');
    expect(document).toMatchObject({ year: 2023, region: { province: '河北省', city: '邢台市' }, department: { name: '邢台市商务局' }, moneyUnit: '万元' });
    expect(document.projects).toHaveLength(2);
    expectTableA(withoutProvenance(document.projects[0]));
    expect(withoutProvenance(document.projects[1])).toMatchObject({
      code: '',
      name: '蔬菜储备补贴资金',
      funding: { total: 50, generalBudget: 50, other: null },
      spendingPlan: [{ month: 3, percent: 0 }, { month: 6, percent: 0 }, { month: 10, percent: 0 }, { month: 12, percent: null, raw: '100%' }],
    });
    expect(document.projects[1]!.unit).toBeUndefined();
    // the second row sits under the merged 一级 and 二级 cells: those are the merged cells, the row itself starts at its own 三级 cell
    const [first, second] = document.projects[0]!.indicators.map((i) => i.source as RowSource);
    expect(second!.cells?.level1).toBe(first!.cells?.level1);
    expect(second!.cells?.level2).toBe(first!.cells?.level2);
    expect(second!.cell).toBe(`C${second!.row}`);
    expect(first!.cell).toBe(`A${first!.row}`);
  });

  it('reads one project per sheet and skips a notes sheet and an empty sheet', async () => {
    const a = hebeiTable(2, TABLE_A);
    const b = hebeiTable(2, TABLE_B);
    const bytes = await xlsxFromRows([
      { name: '填表说明', rows: [['填表说明：绩效目标应当清晰、可衡量。'], ['请按模板填写。']] },
      { name: '招商', rows: [['邢台市2023年度部门预算项目绩效目标表'], ...a.rows], merges: a.merges },
      { name: '蔬菜', rows: [['部门名称：邢台市商务局'], ...b.rows], merges: b.merges },
      { name: 'Sheet3', rows: [] },
    ]);
    const { document } = await importOk('每表一项目.xlsx', bytes, { province: '河北省' });
    expect(document.projects.map((p) => [p.name, (p.source as RowSource).sheet])).toEqual([
      ['招商引资专项经费', '招商'],
      ['蔬菜储备补贴资金', '蔬菜'],
    ]);
    expectTableA(withoutProvenance(document.projects[0]));
    expect(document.source?.sheet).toBeUndefined();
  });

  it('leaves hidden sheets (drop-down lists of the template) out', async () => {
    const a = hebeiTable(2, TABLE_A);
    const bytes = await xlsxFromRows([
      { name: '招商', rows: [['邢台市2023年度部门预算项目绩效目标表'], ...a.rows], merges: a.merges },
      { name: '字典', rows: [['一级指标', '二级指标'], ['产出指标', '数量指标'], ['效果指标', '社会效益指标']], hidden: true },
    ]);
    const { document } = await importOk('带字典.xlsx', bytes, { province: '河北省', department: '邢台市商务局' });
    expect(document.projects.map((p) => p.name)).toEqual(['招商引资专项经费']);
    // the same list on a visible sheet looks like a table whose header is broken
    const visible = await xlsxFromRows([{ name: '招商', rows: [['2023年预算项目绩效目标表'], ...a.rows], merges: a.merges }, { name: '字典', rows: [['一级指标', '二级指标'], ['产出指标', '数量指标']] }]);
    expect((await importProblem('带字典.xlsx', visible, { province: '河北省', department: '邢台市商务局' })).message['zh-CN']).toContain('工作表“字典”');
  });

  it('reads label/value pairs on one row, and a CSV copy without any merges', async () => {
    const rows = [
      ['2023年预算项目绩效目标表'],
      ['项目编码', '601005', '项目名称', '蔬菜储备'],
      ['主管部门', '邢台市商务局', '实施单位', '邢台市蔬菜中心'],
      ['预算规模及资金用途', '预算数', '50', '其中：财政资金', '50', '其他资金', ''],
      ['', '冬春蔬菜储备补贴'],
      ['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底'],
      ['', '', '', '', '100'],
      ['绩效目标', '目标1', '建立冬春蔬菜储备'],
      ['', '目标2', '稳定菜价'],
      ['', '......', ''],
      ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
      ['产出指标', '数量指标', '储备数量', '储备冬春蔬菜数量', '=500吨', '储备方案'],
      ['', '', '储备品种', '品种数', '≥5种', ''],
    ];
    const { document } = await importOk('pairs.csv', Buffer.from(tsv(rows).replace(/\t/g, ',')), { province: '河北省' });
    expect(document.department).toEqual({ name: '邢台市商务局' });
    expect(withoutProvenance(document.projects)).toStrictEqual([
      {
        code: '601005',
        name: '蔬菜储备',
        kind: 'project',
        unit: { name: '邢台市蔬菜中心' },
        funding: { total: 50, generalBudget: 50, other: null },
        goals: ['建立冬春蔬菜储备', '稳定菜价'],
        spendingPlan: [{ month: 12, percent: 100 }],
        indicators: [
          { level1: '产出指标', level2: '数量指标', name: '储备数量', value: '=500吨', description: '储备冬春蔬菜数量', basis: '储备方案' },
          { level1: '产出指标', level2: '数量指标', name: '储备品种', value: '≥5种', description: '品种数', basis: '' },
        ],
        extensions: { 资金用途: '冬春蔬菜储备补贴' },
      },
    ]);
  });

  it('keeps a 二级 printed with nothing under it as an empty category, and not one whose rows follow', async () => {
    const rows = [
      ['项目名称', '蔬菜储备'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '储备数量', '=500吨'],
      ['', '时效指标', '', ''],
      ['', '', '完成时间', '12月底前'],
      ['', '质量指标', '', ''],
      ['', '备注', '', ''],
    ];
    const { document } = await importOk('categories.csv', Buffer.from(tsv(rows).replace(/\t/g, ',')), { province: '河北省' });
    const [project] = document.projects;
    expect(project!.indicators.map((r) => [r.level2, r.name])).toEqual([
      ['数量指标', '储备数量'],
      ['时效指标', '完成时间'],
    ]);
    // 备注 in the 二级 column is no category
    expect(project!.emptyCategories).toEqual([{ level1: '产出指标', level2: '质量指标' }]);
    expect(project!.source?.cells?.['emptyCategories/0/level2']).toBe('B6');
  });

  it('reads the header spellings 比较符, 定量/定性, 具体指标值, 全周期目标值 and 指标设定依据', async () => {
    const rows = [
      ['项目名称', '蔬菜储备'],
      ['一级指标', '二级指标', '三级指标', '定量/定性', '比较符', '具体指标值', '全周期目标值', '计量单位', '指标设定依据'],
      ['产出指标', '数量指标', '储备数量', '定量', '≥', '500', '1500', '吨', '储备方案'],
    ];
    const { document } = await importOk('headers.csv', Buffer.from(tsv(rows).replace(/\t/g, ',')), { province: '河北省' });
    const [project] = withoutProvenance(document.projects) as typeof document.projects;
    expect(project!.indicators).toEqual([
      { level1: '产出指标', level2: '数量指标', name: '储备数量', value: '500', operator: '≥', unit: '吨', basis: '储备方案', valueType: '定量' },
    ]);
    expect(project!.periodIndicators).toEqual([{ level1: '产出指标', level2: '数量指标', name: '储备数量', value: '1500', operator: '≥', unit: '吨' }]);
  });

  it('reads on through a page break: the page number, the header and the project printed again', async () => {
    const header = ['单位名称', '项目名称', '一级指标', '二级指标', '三级指标', '指标值'];
    const rows = [
      header,
      ['某县教育局', '学生资助', '产出指标', '数量指标', '资助人数', '≥100人'],
      ['', '', '', '质量指标', '资助准确率', '100%'],
      ['第 1 页，共 2 页'],
      header,
      ['某县教育局', '学生资助', '产出指标', '时效指标', '发放时间', '12月底前'],
      ['', '', '满意度指标', '服务对象满意度指标', '受助学生满意度', '≥90%'],
    ];
    const { document } = await importOk('pages.csv', Buffer.from(tsv(rows).replace(/\t/g, ',')), { province: '河北省' });
    expect(document.projects.map((p) => [p.name, p.indicators.map((r) => r.name)])).toEqual([['学生资助', ['资助人数', '资助准确率', '发放时间', '受助学生满意度']]]);
  });

  it('reads a table whose merges were all lost, each text left in its top cell', async () => {
    // the shapes of fixtures/real-tables hunan-hengyang-nanyue-2023 (a heading over a column of labels),
    // guangxi-baise-2023 (合计 | | 1800), chongqing-zhongxian-2022 (一级指标 over the 绩效指标 label column and the 一级 column)
    const rows = [
      ['项目支出绩效目标申报表'],
      ['基本情况', '项目名称', '学生资助'],
      ['', '主管部门', '某县教育局'],
      ['项目资金(万元)', '合计', '', '1800'],
      ['一级指标', '', '二级指标', '三级指标', '指标值'],
      ['绩效指标', '产出指标', '数量指标', '资助人数', '≥100人'],
      ['', '', '', '资助学校数', '≥5所'],
      ['', '满意度指标', '服务对象满意度指标', '受助学生满意度', '≥90%'],
    ];
    const { document } = await importOk('unmerged.xlsx', await xlsxFromRows([{ name: 'S', rows, merges: [] }]), { province: '河北省' });
    const [project] = document.projects;
    expect([project!.name, project!.funding?.total]).toEqual(['学生资助', 1800]);
    expect(project!.indicators.map((r) => [r.level1, r.level2, r.name])).toEqual([
      ['产出指标', '数量指标', '资助人数'],
      ['产出指标', '数量指标', '资助学校数'],
      ['满意度指标', '服务对象满意度指标', '受助学生满意度'],
    ]);
  });

  it('reads the upper half of a two-row header that was never merged down (湖南 list exports)', async () => {
    // fixtures/real-tables/hunan-xiangxi-tejiao-2023-xuesheng-huoshifei, rows 3–5, without its merges
    const rows = [
      ['单位代码', '单位(专项)名称', '资金总额', '绩效指标'],
      ['', '', '', '一级指标', '二级指标', '三级指标', '指标值'],
      ['505006', '州民族特殊教育学校', '30.00'],
      ['505006', '学生伙食费', '30.00', '产出指标', '数量指标', '受助学生数', '≥60人'],
    ];
    const { document } = await importOk('export.xlsx', await xlsxFromRows([{ name: 'S', rows, merges: [] }]), { province: '湖南省' });
    expect(document.projects.map((p) => [p.name, p.funding?.total, p.indicators.length])).toEqual([['学生伙食费', 30, 1]]);
  });

  it('keeps 主管部门： printed with nothing after it as a blank field, and a 填报单位： page line as no field', async () => {
    // fixtures/real-tables/hubei-ezhou-shenpiju-2021-shiminzhongxin-ziping row 4, its labels with colons
    const rows = [
      ['填报单位（盖公章）：', '', '单位：万元'],
      ['项目名称', '市民中心运行维护'],
      ['主管部门：', '', '实施单位：'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '保洁面积', '≥5万平方米'],
    ];
    const { document } = await importOk('colon.xlsx', await xlsxFromRows([{ name: 'S', rows, merges: [] }]), { province: '湖北省' });
    expect(document.projects[0]!.extensions).toEqual({ '主管部门：': '', '实施单位：': '' });
    // the value in the next cell: a label/value pair, no blank
    rows[2] = ['主管部门：', '某市机关事务局', '实施单位：', '某市市民中心'];
    const filled = await importOk('colon.xlsx', await xlsxFromRows([{ name: 'S', rows, merges: [] }]), { province: '湖北省' });
    expect(filled.document.projects[0]!.extensions ?? {}).toEqual({});
    expect(filled.document.projects[0]!.unit).toEqual({ name: '某市市民中心' });
  });

  it('reads the short headers of a compact table: 一级 | 二级 | 三级 | 目标值 | 度量单位', async () => {
    const rows = [
      ['项目名称', '学生资助'],
      ['一级', '二级', '三级', '目标值', '度量单位'],
      ['产出指标', '数量指标', '资助人数', '≥100', '人'],
      ['满意度指标', '服务对象满意度指标', '受助学生满意度', '≥90', '%'],
    ];
    const { document } = await importOk('short.csv', Buffer.from(tsv(rows).replace(/\t/g, ',')), { province: '河北省' });
    expect(document.projects[0]!.indicators.map((r) => [r.level1, r.level2, r.name, r.value, r.unit])).toEqual([
      ['产出指标', '数量指标', '资助人数', '≥100', '人'],
      ['满意度指标', '服务对象满意度指标', '受助学生满意度', '≥90', '%'],
    ]);
  });

  it('reads the funding however a table prints it', async () => {
    const grid = [
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '资助人数', '≥100人'],
    ];
    const totalOf = async (moneyRows: string[][]) => {
      const rows = [['项目名称', '学生资助'], ...moneyRows, ...grid];
      const { document } = await importOk('money.xlsx', await xlsxFromRows([{ name: 'S', rows, merges: [] }]), { province: '湖南省' });
      return document.projects[0]!.funding;
    };
    // fixtures/real-tables: hubei-wuhan-qingshan-2020-boruo-xuexiao-gaizao, hunan-xiangtan-2024-wupaoche-yichen,
    // tianjin-qu-chengguanwei-2020-kangyi-guozhai-baojie, hunan-xiangtan-2023-wupaoche-fuwu, neimenggu-wuhai-gongxiaoshe-2021-zaisheng-ziyuan-huishou
    expect((await totalOf([['资金情况(万元)', '年度资金总额:16']]))?.total).toBe(16);
    expect(await totalOf([['项目资金申请(万元)', '资金总额: 250\n一、预算资金:250\n二、自有资金:0\n三、其他:0']])).toMatchObject({ total: 250, generalBudget: 250, selfRaised: 0, other: 0 });
    expect((await totalOf([['主管预算部门', '某区城管委', '项目预算金额(万元)', '5652']]))?.total).toBe(5652);
    expect((await totalOf([['年度本级预算金额', '250万', '', '该项目支出上级资金', '0']]))?.total).toBe(250);
    expect(await totalOf([['投入目标(万元)', '资金来源', '年初安排金额(万元)'], ['', '资金总额', '3'], ['', '其中: 财政拨款数', '3'], ['', '其他资金', '0']])).toMatchObject({ total: 3, generalBudget: 3, other: 0 });
    // hunan-changsha-ningxiang-batang-2021-jichusheshi-changqi rows 8–11: each amount in its label's cell, the total's with no colon
    expect(
      await totalOf([
        ['资金总额及构成', '总额10606.7522万元'],
        ['', '财政拨款:6923.3552万元(其中:上级财政资金:6923.3552万元;本级财政:0万元)'],
        ['', '二、自有资金:0万元'],
        ['', '三、其他:3683.3970万元'],
      ]),
    ).toMatchObject({ total: 10606.7522, generalBudget: 6923.3552, selfRaised: 0, other: 3683.397 });
  });

  it('reads a person and a phone beside each other as two fields, and keeps a contact label left blank', async () => {
    const grid = [
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '补助人数', '≥100人'],
    ];
    const extensionsOf = async (rows: string[][]) => {
      const { document } = await importOk('contact.xlsx', await xlsxFromRows([{ name: 'S', rows: [...rows, ...grid], merges: [] }]), { province: '湖南省' });
      return { extensions: document.projects[0]!.extensions, cells: document.projects[0]!.source?.cells };
    };
    // fixtures/real-tables/hunan-hengyang-nanyue-2023-yulu-jihua rows 7–8: before, 欧阳光 | 联系人及电话 | 180… were read as
    // headings over a record, and the 专项概况 row below as its values
    const nanyue = await extensionsOf([
      ['专项名称', '雨露计划就学补助'],
      ['专项负责人', '欧阳光', '联系人及电话', '180********'],
      ['专项概况', '对就读职业技术学校的脱贫户子女发放就学补助'],
    ]);
    expect(nanyue.extensions).toMatchObject({ 专项负责人: '欧阳光', 联系人及电话: '180********', 专项概况: '对就读职业技术学校的脱贫户子女发放就学补助' });
    // chongqing-kexuecheng-rongmeiti-2021-bumen-zhengti-ziping row 3: a department's contact, the phone left blank; before, the
    // row was read as headings and the 部门预算执行情况 row below as their values
    const department = await extensionsOf([
      ['项目名称', '融媒体中心部门整体支出'],
      ['部门联系人', '曾雪莲', '', '', '联系电话'],
      ['项目概况', '新闻宣传'],
    ]);
    expect(department.extensions).toMatchObject({ 部门联系人: '曾雪莲', 联系电话: '', 项目概况: '新闻宣传' });
    // hunan-hengyang-nanyue-2018-zichan-shouyi-fupin row 2: the label ends the row, its value cell is the one to its right
    const left = await extensionsOf([['项目名称', '资产收益扶贫项目', '', '项目负责人及电话']]);
    expect(left.extensions).toMatchObject({ 项目负责人及电话: '' });
    expect(left.cells?.['extensions/项目负责人及电话']).toBe('E1');
  });

  it('takes a column worded as a target for the value when no header word names one, and never a baseline', async () => {
    const valuesUnder = async (header: string) => {
      const rows = [
        ['项目名称', '城乡环卫保洁经费'],
        ['一级指标', '二级指标', '三级指标', header],
        ['产出指标', '数量指标', '道路清扫保洁面积', '≥120万平方米'],
        ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
      ];
      const outcome = await importSpreadsheet('target.xlsx', await xlsxFromRows([{ name: 'S', rows, merges: [] }]), { province: '湖南省' });
      return outcome.ok ? outcome.document.projects[0]!.indicators.map((r) => r.value) : outcome.problem.message['zh-CN'];
    };
    for (const header of ['预期绩效指标值', '绩效标准值', '指标目标', '标准值']) expect(await valuesUnder(header), header).toEqual(['≥120万平方米', '≥90%']);
    // last year's result is no target: the table is refused, saying which header it lacks
    expect(await valuesUnder('上年实际值')).toContain('没有找到可识别的绩效指标表头');
  });

  it('finds the name and category columns by where they stand and what they hold when their headers are words it does not know', async () => {
    const body = [
      ['产出指标', '数量指标', '道路清扫保洁面积', '≥120万平方米'],
      ['产出指标', '时效指标', '完成时间', '2023年12月底前'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ];
    const rowsUnder = async (header: string[], rowsBelow: string[][] = body) => {
      const rows = [['项目名称', '城乡环卫保洁经费'], header, ...rowsBelow];
      const { document } = await importOk('columns.xlsx', await xlsxFromRows([{ name: 'S', rows, merges: [] }]), { province: '湖南省' });
      return document.projects[0]!.indicators.map((r) => [r.level1, r.level2, r.name, r.value]);
    };
    // the names between the categories and the target, under 考核内容, 子指标, 明细
    for (const name of ['考核内容', '子指标', '明细', '评价内容']) expect(await rowsUnder(['一级指标', '二级指标', name, '指标值']), name).toEqual(body);
    // the categories under 一级类别 | 二级类别, read from what their rows name
    expect(await rowsUnder(['一级类别', '二级类别', '三级指标', '指标值'])).toEqual(body);
    // the 财政支出项目绩效目标申报表（范本）: 评价内容 over the stage and its 目标, 绩效内容, 参考标准, 绩效目标值
    const fanben = await rowsUnder(
      ['评价内容', '', '绩效内容', '参考标准', '绩效目标值'],
      [
        ['投入', '时效目标', '工程完工时间', '计划进度', '2019年11月底前'],
        ['产出', '数量目标', '新建供水工程', '实施方案', '10处'],
        ['效益', '服务对象满意度目标', '受益群众满意度', '历史水平', '≥90%'],
      ],
    );
    expect(fanben).toEqual([
      ['投入', '时效目标', '工程完工时间', '2019年11月底前'],
      ['产出', '数量目标', '新建供水工程', '10处'],
      ['效益', '服务对象满意度目标', '受益群众满意度', '≥90%'],
    ]);
  });

  it('finds the sign and unit columns by what they hold when their headers are words it does not know', async () => {
    // fixtures/real-tables/chongqing-zhongxian-2022-shengzhu-diaochu-daxian-quyu row 12 heads its units 单位
    const rows = [
      ['项目名称', '生猪调出大县奖励资金'],
      ['一级指标', '二级指标', '三级指标', '比较方式', '指标值', '单位', '说明'],
      ['产出指标', '数量指标', '猪肉产量稳定率', '≥', '95', '%', '以上年为基数'],
      ['产出指标', '时效指标', '资金兑付时间', '定性', '2022年12月底前', '', '按文件要求'],
      ['满意度指标', '服务对象满意度指标', '养殖户满意度', '≥', '90', '%', '抽样调查'],
    ];
    const { document } = await importOk('signs.xlsx', await xlsxFromRows([{ name: 'S', rows, merges: [] }]), { province: '重庆市' });
    expect(document.projects[0]!.indicators.map((r) => [r.operator, r.value, r.unit])).toEqual([
      ['≥', '95', '%'],
      ['定性', '2022年12月底前', ''],
      ['≥', '90', '%'],
    ]);
  });

  it('reads categories named on rows of their own, over a grid with no category columns', async () => {
    const rows = [
      ['项目名称', '城乡环卫保洁经费'],
      ['指标名称', '指标值', '计量单位'],
      ['一、产出指标', '', ''],
      ['（一）数量指标', '', ''],
      ['道路清扫保洁面积', '≥120', '万平方米'],
      ['（二）时效指标', '', ''],
      ['二、满意度指标', '', ''],
      ['（一）服务对象满意度指标', '', ''],
      ['群众满意度', '≥90', '%'],
    ];
    const { document } = await importOk('sections.xlsx', await xlsxFromRows([{ name: 'S', rows, merges: [] }]), { province: '湖南省' });
    const project = document.projects[0]!;
    expect(project.indicators.map((r) => [r.level1, r.level2, r.name, r.source?.cells?.level2])).toEqual([
      ['一、产出指标', '（一）数量指标', '道路清扫保洁面积', 'A4'],
      ['二、满意度指标', '（一）服务对象满意度指标', '群众满意度', 'A8'],
    ]);
    // a heading with no rows under it is a category left empty, as a printed 二级 is
    expect(project.emptyCategories).toEqual([{ level1: '一、产出指标', level2: '（二）时效指标' }]);
  });

  it('reads a record whose label and headings are written out on each row (a merge lost) as the merged table does', async () => {
    // fixtures/real-tables/hunan-hengyang-nanyue-2023-yulu-jihua rows 10–13: before, the value row was read as a new
    // label with headings, and the 制度、措施 row below it as its values
    const record = [
      ['专项资金情况', '本年度预计投入(万元)', '财政资金(万元)', '', '其他'],
      ['专项资金情况', '本年度预计投入(万元)', '中央', '省级', '其他'],
      ['专项资金情况', '7', '0', '7', '0'],
      ['单位已有的保证专项实施的制度、措施', '对就读职业技术学校的脱贫户子女发放就学补助'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '补助人数', '≥100人'],
    ];
    const { document } = await importOk('record.xlsx', await xlsxFromRows([{ name: 'S', rows: [['专项名称', '雨露计划'], ...record], merges: [] }]), { province: '湖南省' });
    // the money block is read across: 本年度预计投入 is the total, 财政资金 (over 中央 | 省级) has no one amount
    expect(document.projects[0]!.funding).toEqual({ total: 7 });
    expect(document.projects[0]!.extensions).toStrictEqual({
      其他: '0',
      '单位已有的保证专项实施的制度、措施': '对就读职业技术学校的脱贫户子女发放就学补助',
    });
  });

  it('reads the form\'s short fields as label/value pairs, 全年(程) 指标值 as the target, and a 二级 named 绩效目标 as a category', async () => {
    // fixtures/real-tables/jiangsu-zhenjiang-2024-saizhenzhu-gongyuan-yunzhuan-partial rows 3–6 and 23–27: before, the
    // 项目类型 row was read as headings over the 开始时间 row, the header was not known, and 绩效目标 under 决策 became the goal
    const rows = [
      ['项目名称', '赛珍珠文化公园运转经费', '实施部门', '镇江市文化广电和旅游局'],
      ['项目类型', '常年安排项目', '项目级次', '市本级'],
      ['开始时间', '2024年', '完成时间', '2026年'],
      ['预算单位', '镇江博物馆', '项目负责人/ 联系电话', ''],
      ['一级指标', '二级指标', '三级指标', '半年(程) 指标值', '全年(程) 指标值'],
      ['决策', '项目立项', '立项程序规范性', '规范', '规范'],
      ['', '绩效目标', '绩效指标明确性', '明确', '明确'],
      ['', '', '绩效目标合理性', '合理', '合理'],
    ];
    const merges = ['A6:A8', 'B7:B8'];
    const { document } = await importOk('jiangsu.xlsx', await xlsxFromRows([{ name: 'S', rows, merges }]), { province: '江苏省' });
    const project = document.projects[0]!;
    expect(project.extensions).toMatchObject({ 项目类型: '常年安排项目', 项目级次: '市本级', 开始时间: '2024年', 完成时间: '2026年', '项目负责人/ 联系电话': '' });
    expect(project.goal).toBeUndefined();
    expect(project.indicators.map((r) => [r.level1, r.level2, r.name, r.value])).toEqual([
      ['决策', '项目立项', '立项程序规范性', '规范'],
      ['决策', '绩效目标', '绩效指标明确性', '明确'],
      ['决策', '绩效目标', '绩效目标合理性', '合理'],
    ]);
  });

  it('reads a 三级 named like a label (项目金额) as an indicator, the categories above it unmerged', async () => {
    // fixtures/real-tables/anhui-huaibei-wenlvti-2025-songxi-jincun D15: 成本指标 | 项目金额 | 5万元; and 黄石 2022's 项目金额 | 164万元 label above the grid
    const rows = [
      ['项目名称', '农村文化建设配套补助经费'],
      ['项目金额', '5万元'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '开展送戏进万村', '≥70村'],
      ['', '成本指标', '项目金额', '5万元'],
      ['', '', '项目金额', '5万元'],
    ];
    const { document } = await importOk('cost.xlsx', await xlsxFromRows([{ name: 'S', rows, merges: [] }]), { province: '安徽省' });
    const project = document.projects[0]!;
    expect(project.funding?.total).toBe(5);
    expect(project.indicators.map((r) => [r.level2, r.name, r.value])).toEqual([
      ['数量指标', '开展送戏进万村', '≥70村'],
      ['成本指标', '项目金额', '5万元'],
      ['成本指标', '项目金额', '5万元'],
    ]);
  });

  it('reads 得分计算方法 beside the values of a 自评表 grid as its scoring rule', async () => {
    // fixtures/real-tables/beijing-haidian-xueyuanlu-2016-baojie-waibao-ziping row 9
    const rows = [
      ['项目名称', '自管道路清扫保洁外包工作经费'],
      ['一级指标', '二级指标', '三级指标', '分值', '年度指标值(A)', '全年实际值(B)', '得分计算方法', '得分', '未完成原因分析'],
      ['产出指标', '数量指标', '外包保洁城市道路条数', '12.5', '20条', '20条', '完成值达到指标值,记满分', '12.5', ''],
    ];
    const { document } = await importOk('beijing.xlsx', await xlsxFromRows([{ name: 'S', rows, merges: [] }]), { province: '北京市' });
    expect(document.projects[0]!.indicators[0]).toMatchObject({ value: '20条', actual: '20条', weight: 12.5, score: 12.5, scoring: '完成值达到指标值,记满分' });
  });

  it('reads the 部门整体 money block split by source and by use (按收入性质分 | 按支出性质分), and each duty line\'s cells', async () => {
    const grid = [
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '年鉴出版', '1部'],
    ];
    const read = async (rows: string[][]) => (await importOk('overall.xlsx', await xlsxFromRows([{ name: 'S', rows: [...rows, ...grid], merges: [] }]), { province: '湖南省' })).document.projects[0]!;
    // fixtures/real-tables/hunan-hengyang-qidong-2024-jikong-bumen-zhengti rows 5–10: each amount in its label's cell; before, the
    // rows under 按收入性质分 were read as label/value pairs (“其中:一般公共预算:952.22”: “其中:基本支出:875.22”)
    const qidong = await read([
      ['部门名称', '祁东县疾病预防控制中心'],
      ['年度预算申请 (万元)', '资金总额:952.22'],
      ['', '按收入性质分:952.22', '', '按支出性质分:952.22'],
      ['', '其中:一般公共预算:952.22', '', '其中:基本支出:875.22'],
      ['', '政府性基金拨款:', '', '项目支出:77'],
      ['', '纳入专户管理的非税收入拨款:'],
      ['', '其他资金:'],
    ]);
    expect(qidong.funding).toEqual({ total: 952.22, generalBudget: 952.22, governmentFund: null, specialAccount: null, other: null });
    expect(qidong.expenditure).toEqual({ basic: 875.22, project: 77 });
    expect(qidong.extensions ?? {}).toEqual({});
    // hunan-changde-lixian-2021-shiyongjun-zhengti rows 7–12: each amount in the cell after its label
    const lixian = await read([
      ['部门(单位)名称', '澧县食用菌研究所'],
      ['年度预算申请(万元)', '资金总额', '222.45'],
      ['', '按收入性质分:', '', '按支出性质分:'],
      ['', '公共财政拨款', '222.45', '基本支出', '220.45'],
      ['', '政府性基金拨款', '', '项目支出', '2'],
    ]);
    expect(lixian.funding).toMatchObject({ total: 222.45, generalBudget: 222.45, governmentFund: null });
    expect(lixian.expenditure).toEqual({ basic: 220.45, project: 2 });
    expect(lixian.source?.cells).toMatchObject({ 'funding/generalBudget': 'C4', 'expenditure/basic': 'E4', 'expenditure/project': 'E5' });
    // fujian-ningde-2019-dangshi-fangzhi-bumen-zhengti-partial rows 4–11: the split by use alone, then the duties with their budget lines
    const ningde = await read([
      ['部门(单位)名称', '中共宁德市委党史和地方志研究室'],
      ['年度预算安排(万元)', '资金总额', '171.41'],
      ['', '项目支出', '60.8'],
      ['', '基本支出', '110.61'],
      ['年度履职目标', '部门职能', '年度目标任务', '支出项目名称', '预算金额(万元)'],
      ['', '组织编纂地方志', '完成2019年度任务', '地情、市志编纂与年鉴出版经费', '49.8'],
      ['', '确保日常工作正常运行', '按时发放人员工资', '基本支出', '171.41'],
    ]);
    expect(ningde.funding).toEqual({ total: 171.41 });
    expect(ningde.expenditure).toEqual({ project: 60.8, basic: 110.61 });
    expect(ningde.extensions?.['年度履职目标']).toHaveLength(2);
    expect(ningde.source?.cells?.['extensions/年度履职目标/1/预算金额(万元)']).toBe('E7');
  });

  it('marks a money cell it cannot read as one amount, so no sum is checked against it', async () => {
    // fixtures/real-tables/hunan-yueyang-yueyangxian-2022-gaobiaozhun-nongtian C6, beside a source that reads
    const rows = [
      ['项目名称', '高标准农田建设'],
      ['资金情况(万元)', '年度资金总额:', '854'],
      ['', '其中:财政拨款', '854万854万(高标准农田建设400万元)'],
      ['', '其他资金', '0'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '新建高标准农田面积', '≥1万亩'],
    ];
    const { document, warnings } = await importOk('money.xlsx', await xlsxFromRows([{ name: 'S', rows, merges: [] }]), { province: '湖南省' });
    const project = document.projects[0]!;
    expect(project.funding).toMatchObject({ total: 854, generalBudget: null, other: 0 });
    expect(project.source?.unreadable).toEqual(['funding/generalBudget']);
    expect(warnings.map((w) => w.message['zh-CN'])).toContainEqual(expect.stringContaining('读不出一个金额'));
  });

  it('reads 江苏 money lines: the sources line up with the total, and the parts listed under a 小计 are counted once', async () => {
    // fixtures/real-tables/jiangsu-zhenjiang-2024-saizhenzhu-gongyuan-yunzhuan-partial rows 10–19
    const rows = [
      ['项目名称', '赛珍珠文化公园运转经费'],
      ['项目资金 (万元)', '收入', '', '', '全年(程) 预算数'],
      ['', '', '资金总额', '', '80'],
      ['', '', '财政拨款', '小计', '80'],
      ['', '', '', '一般公共预算资金', '60'],
      ['', '', '', '政府性基金', '20'],
      ['', '', '', '社保基金', '0'],
      ['', '', '上年结转资金', '', '0'],
      ['', '', '其他资金'],
      ['一级指标', '二级指标', '三级指标', '半年(程) 指标值', '全年(程) 指标值'],
      ['产出指标', '数量指标', '开放天数', '≥150天', '≥300天'],
    ];
    const merges = ['A2:A9', 'C3:D3', 'C4:C7', 'C8:D8', 'C9:D9'];
    const { document } = await importOk('jiangsu.xlsx', await xlsxFromRows([{ name: 'S', rows, merges }]), { province: '江苏省' });
    const project = document.projects[0]!;
    expect(project.funding).toEqual({ total: 80, generalBudget: 80, carryOver: 0, other: null });
    expect(project.source?.cells).toMatchObject({ 'funding/total': 'E3', 'funding/generalBudget': 'E4', 'funding/carryOver': 'E8' });
    expect(project.extensions ?? {}).not.toHaveProperty('社保基金');
  });

  it('marks a 全年执行数 it cannot read as one amount, so no execution rate is checked against it', async () => {
    // fixtures/real-tables/ningxia-guyuan-yuanzhou-2022-bianxiaocha-ziping D6
    const rows = [
      ['项目名称', '边销茶推广项目'],
      ['项目资金(万元)', '', '年初预算数', '全年执行数'],
      ['', '年度资金总额:38.75万元', '38.75', '边销茶推广项目38.75万元(少数民族发展资金37万元,中央衔接资金1.75万元)'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值'],
      ['产出指标', '数量指标', '边销茶发放人数', '≥3875人', '3620人'],
    ];
    const { document, warnings } = await importOk('spent.xlsx', await xlsxFromRows([{ name: 'S', rows, merges: [] }]), { province: '宁夏回族自治区' });
    const project = document.projects[0]!;
    expect(project.budgetExecution?.lines?.[0]).toMatchObject({ source: 'total', budget: 38.75, spent: null });
    expect(project.source?.unreadable).toEqual(['budgetExecution/lines/0/spent']);
    expect(warnings.map((w) => [w.range.cellRef, w.message['zh-CN']])).toContainEqual(['S!D3', expect.stringContaining('的全年执行数“边销茶推广项目38.75万元')]);
  });

  it('reads a blank 一级 or 二级 as the one above where the grid merges none, and as blank where it merges them', async () => {
    const rows = [
      ['项目名称', '学生资助'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '资助人数', '≥100人'],
      ['', '', '资助学校数', '≥5所'],
      ['', '质量指标', '资助准确率', '100%'],
      ['满意度指标', '服务对象满意度指标', '受助学生满意度', '≥90%'],
      ['', '', '家长满意度', '≥90%'],
    ];
    const read = async (merges: string[]) => {
      const { document } = await importOk('grid.xlsx', await xlsxFromRows([{ name: 'S', rows, merges }]), { province: '河北省' });
      return document.projects[0]!.indicators.map((r) => [r.level1, r.level2]);
    };
    // unmerged (a clerk sorting the grid, a converter that never merged it): blanks read as above
    expect(await read(['A1:A1'])).toEqual([
      ['产出指标', '数量指标'],
      ['产出指标', '数量指标'],
      ['产出指标', '质量指标'],
      ['满意度指标', '服务对象满意度指标'],
      ['满意度指标', '服务对象满意度指标'],
    ]);
    // a table further down the sheet that merges its 一级 cells does not change how this one reads
    expect(await read(['A20:A21'])).toEqual([
      ['产出指标', '数量指标'],
      ['产出指标', '数量指标'],
      ['产出指标', '质量指标'],
      ['满意度指标', '服务对象满意度指标'],
      ['满意度指标', '服务对象满意度指标'],
    ]);
    // the 一级 column groups by merges: its blank that no merge covers (row 7) is a blank; the unmerged 二级 column still reads as above
    expect(await read(['A3:A5'])).toEqual([
      ['产出指标', '数量指标'],
      ['产出指标', '数量指标'],
      ['产出指标', '质量指标'],
      ['满意度指标', '服务对象满意度指标'],
      ['', '服务对象满意度指标'],
    ]);
  });

  it('keeps points merged over a row\'s 其中 parts with the row when a page break cuts the merge', async () => {
    // fixtures/real-tables/anhui-suzhou-xiaoxian-2023-tese-zhongyang-ziping rows 19–21, a PDF page break after row 19
    const header = ['一级指标', '二级指标', '三级指标', '分值', '年度指标值'];
    const rows = [
      ['项目名称', '特色种养补贴'],
      header,
      ['产出指标', '数量指标', '★补助鱼塘面积', '10', '3亩'],
      ['', '', '其中鱼塘养殖面积', '', '3亩'],
      ['', '', '★补助家畜家禽养殖数量', '10', '192只'],
      ['第 1 页，共 2 页'],
      ['产出指标', '数量指标', '其中羊养殖数量', '10', '180只'],
      ['', '', '其中猪养殖数量', '', '12头'],
      ['', '质量指标', '养殖家畜家禽成活率', '10', '95%'],
    ];
    const merges = ['D3:D4', 'D7:D8'];
    const bytes = await xlsxFromRows([{ name: 'S', rows, merges }]);
    const { document } = await importOk('break.xlsx', bytes, { province: '安徽省' });
    expect(document.projects[0]!.indicators.map((r) => [r.name, r.weight])).toEqual([
      ['★补助鱼塘面积', 10],
      ['其中鱼塘养殖面积', undefined],
      ['★补助家畜家禽养殖数量', 10],
      ['其中羊养殖数量', undefined],
      ['其中猪养殖数量', undefined],
      ['养殖家畜家禽成活率', 10],
    ]);
  });

  it('reads a 项目名称: cell marked required or spaced out', async () => {
    for (const label of ['*项目名称:', '项 目 名 称：']) {
      const rows = [
        [label + '学生资助'],
        ['一级指标', '二级指标', '三级指标', '指标值'],
        ['产出指标', '数量指标', '资助人数', '≥100人'],
      ];
      const { document } = await importOk('label.csv', Buffer.from(tsv(rows).replace(/\t/g, ',')), { province: '河北省' });
      expect(document.projects.map((p) => p.name), label).toEqual(['学生资助']);
    }
  });

  it('keeps a project filed twice as two projects, even when its rows follow each other', async () => {
    const rows = [
      ['单位名称', '项目名称', '一级指标', '二级指标', '三级指标', '指标值'],
      ['某县教育局', '学生资助', '产出指标', '数量指标', '资助人数', '≥100人'],
      ['', '', '满意度指标', '服务对象满意度指标', '受助学生满意度', '≥90%'],
      ['某县教育局', '学生资助', '产出指标', '数量指标', '资助人数', '≥100人'],
      ['', '', '满意度指标', '服务对象满意度指标', '受助学生满意度', '≥90%'],
    ];
    const { document } = await importOk('twice.csv', Buffer.from(tsv(rows).replace(/\t/g, ',')), { province: '河北省' });
    expect(document.projects.map((p) => [p.name, p.indicators.length])).toEqual([
      ['学生资助', 2],
      ['学生资助', 2],
    ]);
  });

  it('keeps an amount typed into a label cell, as filed', async () => {
    const t = hebeiTable(2, { ...TABLE_B, total: '600万元' });
    t.rows[3] = ['预算规模及资金用途', '预算数', '600万元', '其中：财政资金600万元', '', '其他资金', '  '];
    const bytes = await xlsxFromRows([{ name: 'S', rows: [['2023年预算项目绩效目标表'], ...t.rows], merges: t.merges }]);
    const { document } = await importOk('x.xlsx', bytes, { province: '河北省', department: '邢台市商务局' });
    expect(document.projects[0]!.funding).toEqual({ total: 600, generalBudget: null, other: null });
    expect(document.projects[0]!.extensions).toMatchObject({ '其中：财政资金': '其中：财政资金600万元' });
  });
});

describe('浙江 grids', () => {
  it('reads a 2021 table whose project cells are merged over their rows, first indicator on the project row', async () => {
    const rows: Row[] = zhejiang2021Rows([]);
    rows.push(['', '跨境电商综试区建设专项', 550000, 550000, null, null, null, '推进我市跨进电商建设与发展', '产出指标', '数量指标', '新增跨境电商企业数量', '=', '500', '家', 20]);
    rows.push(['', '', '', '', '', '', '', '', '', '', '建设省、市级公共海外仓数量', '≥', '2', '个', '20']);
    rows.push(['', '', '', '', '', '', '', '', '效益指标', '社会效益指标', '跨境电商综试区建设的影响力', '定性', '扩大', '', '10']);
    const merges = ['A1:O1', 'C3:G3', 'B7:B9', 'C7:C9', 'D7:D9', 'H7:H9', 'I7:I8', 'J7:J8'];
    const { document, layout } = await importOk('2021.xlsx', await xlsxFromRows([{ name: '表10', rows, merges }]));
    expect(layout).toBe('zhejiang-2021');
    expect(document.region).toEqual({ province: '浙江省', city: '绍兴市' });
    expect(withoutProvenance(document.projects)).toEqual([
      {
        name: '跨境电商综试区建设专项',
        kind: 'project',
        unit: { code: '259001', name: '绍兴市商务局本级' },
        funding: { total: 550000, generalBudget: 550000, governmentFund: null, specialAccount: null, other: null },
        goal: '推进我市跨进电商建设与发展',
        indicators: [
          { level1: '产出指标', level2: '数量指标', name: '新增跨境电商企业数量', operator: '=', value: '500', unit: '家', weight: 20 },
          { level1: '产出指标', level2: '数量指标', name: '建设省、市级公共海外仓数量', operator: '≥', value: '2', unit: '个', weight: 20 },
          { level1: '效益指标', level2: '社会效益指标', name: '跨境电商综试区建设的影响力', operator: '定性', value: '扩大', unit: '', weight: 10 },
        ],
      },
    ]);
    expect(document.projects[0]!.source).toMatchObject({ sheet: '表10', row: 7, cell: 'B7', cells: { 'funding/total': 'C7', goal: 'H7' } });
  });

  it('finds columns by their header words, in any order and among unknown columns', async () => {
    const rows = [
      ['2022年项目绩效目标表'],
      ['项目名称', '备用栏', '指标值', '一级指标', '三级指标', '二级指标', '指标权重', '总计'],
      ['数字贸易系列活动', '', '', '', '', '', '', '665000'],
      ['', 'x', '≥10场', '产出指标', '活动场次', '数量指标', '30', ''],
      ['', '', '≥90%', '满意度指标', '参与企业满意度', '服务对象满意度指标', '二十', ''],
    ];
    const { document, layout } = await importOk('乱序.csv', Buffer.from(tsv(rows).replace(/\t/g, ',')), { province: '浙江省', department: '市商务局' });
    expect(layout).toBe('generic');
    expect(withoutProvenance(document.projects[0])).toEqual({
      name: '数字贸易系列活动',
      kind: 'project',
      funding: { total: 665000 },
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '活动场次', value: '≥10场', weight: 30 },
        { level1: '满意度指标', level2: '服务对象满意度指标', name: '参与企业满意度', value: '≥90%', weight: '二十' },
      ],
    });
  });
});

describe('layout selection', () => {
  const rows = zhejiang2021Rows([{ name: '项目甲', total: 1000, rows: [['产出指标', '数量指标', '场次', '=', '1', '场', '100']] }]);

  it('accepts a forced layout the sheet matches', async () => {
    const { document } = await importOk('a.tsv', Buffer.from(tsv(rows)), { layout: 'zhejiang-2021' });
    expect(document.source?.template).toBe('zhejiang-2021');
  });

  it('names the header cells a forced layout expects but the sheet lacks', async () => {
    const problem = await importProblem('a.tsv', Buffer.from(tsv(rows)), { layout: 'hebei-2021' });
    expect(problem.message['zh-CN']).toBe('表格不符合指定的表样 hebei-2021：缺少表头“项目编码”“专项资金名称”“绩效指标描述”“指标值确定依据”（可改用 --layout auto 自动识别）');
  });

  it('refuses an unknown layout id', async () => {
    const problem = await importProblem('a.tsv', Buffer.from(tsv(rows)), { layout: 'shanghai-2020' });
    expect(problem.message['zh-CN']).toContain('未知的表样“shanghai-2020”');
  });
});

describe('a header printed in two rows', () => {
  const grid: Row[] = [
    ['2023年项目支出绩效目标表'],
    ['单位代码', '单位(专项)名称', '资金总额', '绩效指标'],
    ['', '', '', '一级指标', '二级指标', '三级指标', '指标值'],
    ['505006', '州民族特殊教育学校', '30.00'],
    ['505006', '学生伙食费', '30.00', '产出指标', '数量指标', '补助学生数量', '168人'],
  ];

  it('takes 单位代码 and 单位名称 from the row above where they are merged down into the header (湖南 湘西)', async () => {
    const bytes = await xlsxFromRows([{ name: 'Sheet1', rows: grid, merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:G2'] }]);
    const { document } = await importOk('a.xlsx', bytes);
    expect(document.projects.map((p) => [p.name, p.unit?.code, p.funding?.total, p.indicators.length])).toEqual([['学生伙食费', '505006', 30, 1]]);
  });

  it('reads 指标值 split into 符号 | 数值 | 计量单位 below it as the sign, the figure and the unit', async () => {
    const rows: Row[] = [
      ['项目名称', '城乡环卫保洁经费'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['', '', '', '符号', '数值', '计量单位'],
      ['产出指标', '数量指标', '道路清扫保洁面积', '≥', '120', '万平方米'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥', '90', '%'],
    ];
    const { document } = await importOk('a.xlsx', await xlsxFromRows([{ name: 'Sheet1', rows, merges: ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2'] }]));
    expect(document.projects[0]!.indicators.map((r) => [r.operator, r.value, r.unit])).toEqual([
      ['≥', '120', '万平方米'],
      ['≥', '90', '%'],
    ]);
  });

  it('reads the 河北 一体化 自评表: numbered sections, 符号 | (blank) | 单位(文字描述) under 预期指标值, 自评得分 split into its weight and the points earned', async () => {
    // fixtures/real-tables/hebei-handan-chengan-2020-gaoling-jintie-ziping, rows 2 and 7–15
    const rows: Row[] = [
      ['成安县民政局2020年度预算项目绩效自评表'],
      ['一、基本情况', '项目名称:', '19名百岁老人高龄津贴', '', '是否为专项资金:', '', '', '实施(主管)单位', '314002-成安县民政局机关'],
      ['三、目标完成情况', '年度预期目标', '', '', '', '', '具体完成情况', '', '', '', '', '总体完成率(%)'],
      ['', '为我县百岁高龄老年人发放补贴。', '', '', '', '', '已为19名百岁老人按月发放补贴。', '', '', '', '', '100.00'],
      ['', '促进社会稳定文明和谐', '', '', '', '', '促进社会稳定文明和谐'],
      ['四、年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '指标分值', '预期指标值', '', '', '单项指标实际完成值', '单项指标完成情况', '自评得分'],
      ['', '', '', '', '', '符号', '', '单位(文字描述)', '', '', '单项指标得分', '权重占比(%)', '单项指标折算得分'],
      ['', '产出指标', '质量指标', '符合条件申报对象覆盖率', '享受补贴政策人数占符合条件申报对象总数的比例', '>=', '98', '%(百分比)', '100%', '完成', '100.00', '25.00', '25.00'],
      ['', '满意度指标', '服务对象满意度指标', '服务对象满意度', '享受高龄津贴的对象对老龄工作的满意程度', '>=', '95', '%(百分比)', '100%', '完成', '100.00', '10.00', '10.00'],
    ];
    const merges = ['A3:A5', 'B3:F3', 'G3:K3', 'L3:L5', 'B4:F4', 'G4:K4', 'B5:F5', 'G5:K5', 'A6:A9', 'B6:B7', 'C6:C7', 'D6:D7', 'E6:E7', 'F6:H6', 'I6:I7', 'J6:J7', 'K6:M6'];
    const { document } = await importOk('a.xlsx', await xlsxFromRows([{ name: 'Sheet1', rows, merges }]));
    const [project] = document.projects;
    expect([project!.name, document.department?.name, project!.goal]).toEqual(['19名百岁老人高龄津贴', '成安县民政局机关', '为我县百岁高龄老年人发放补贴。\n促进社会稳定文明和谐']);
    expect(project!.indicators.map((r) => [r.name, r.operator, r.value, r.unit, r.actual, r.weight, r.score])).toEqual([
      ['符合条件申报对象覆盖率', '>=', '98', '%(百分比)', '100%', 25, 25],
      ['服务对象满意度', '>=', '95', '%(百分比)', '100%', 10, 10],
    ]);
    // merges lost (a CSV export): the split columns are known by the blank header cells right of 预期指标值 and 自评得分
    const csv = await importOk('a.xlsx', await xlsxFromRows([{ name: 'Sheet1', rows }]));
    expect(csv.document.projects[0]!.indicators.map((r) => [r.operator, r.value, r.unit, r.weight, r.score])).toEqual([
      ['>=', '98', '%(百分比)', 25, 25],
      ['>=', '95', '%(百分比)', 10, 10],
    ]);
  });

  it('leaves a label row that merely stands above the header out of it', async () => {
    const rows: Row[] = [['项目支出绩效目标表'], ['项目名称', '学生伙食费'], ['', '一级指标', '二级指标', '三级指标', '指标值'], ['', '产出指标', '数量指标', '补助学生数量', '168人']];
    const { document } = await importOk('a.xlsx', await xlsxFromRows([{ name: 'Sheet1', rows }]));
    expect(document.projects.map((p) => [p.name, p.indicators.length])).toEqual([['学生伙食费', 1]]);
  });

  it('reads the 海南 2017–2018 template: 指标类型 holding the 一级, 绩效目标 as the target, 绩效标准 over 优 | 良 | 中 | 差, and stops at 说明', async () => {
    // fixtures/real-tables/hainan-shengji-2018-guihua-zhanlanguan-yunxing-weihu, with a 说明 block as 海口 美兰 prints it
    const rows: Row[] = [
      ['项目绩效目标表'],
      ['项目名称:海南省规划展览馆运行维护项目'],
      ['指标类型', '绩效指标', '绩效目标', '绩效标准'],
      ['', '', '', '优', '良', '中', '差'],
      ['产出指标', '指标1:物业管理面积', '6500平方米', '6500平方米以上', '5500平方米-6500平方米', '4500平方米-5500平方米', '4500平方米以下'],
      ['', '指标2:用电量', '60万度', '60万度以上', '50万度-60万度', '40万度-50万度', '40万度以下'],
      ['成效指标', '指标1:日常参观展示设备的使用率', '80%以上', '80%以上', '70%-80%', '60%-70%', '60%以下'],
      ['说明:'],
      ['产出指标反映项目实施提供的产品或服务,例如:清理排水沟公里数、维修养护道路数(条或公里)、亮化路灯数量等。'],
      ['成效指标反映项目产出或活动带来的结果,例如:验收合格率、社会公众满意度等。'],
    ];
    const merges = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:G3', 'A5:A6'];
    const { document } = await importOk('a.xlsx', await xlsxFromRows([{ name: 'Sheet1', rows, merges }]));
    expect(document.projects[0]!.indicators.map((r) => [r.level1, r.name, r.value, r.scoring])).toEqual([
      ['产出指标', '指标1:物业管理面积', '6500平方米', '6500平方米以上'],
      ['产出指标', '指标2:用电量', '60万度', '60万度以上'],
      ['成效指标', '指标1:日常参观展示设备的使用率', '80%以上', '80%以上'],
    ]);
  });

  it('reads a header whose bracket a copy left open (年初目标值(A) and a target header typed by its sound (区域目标质)', async () => {
    // fixtures/real-tables/hubei-huangshi-sanzhong-2023-xiaoyuan-weixiu-ziping and fujian-longyan-2023-jichu-jiaoyu-zhiliang-tisheng-partial
    const huangshi: Row[] = [
      ['项目名称', '校园维修改造及设备购置'],
      ['年度绩效目标', '一级指标', '二级指标', '三级指标', '年初目标值(A', '实际完成值(B'],
      ['', '产出指标', '质量指标', '校园维修改造及设备购置合格率', '100%', '100%'],
    ];
    const longyan: Row[] = [
      ['项目名称', '基础教育质量提升'],
      ['绩效目标', '一级指标', '二级指标', '三级指标', '指标解释', '区域目标质'],
      ['', '产出指标', '数量指标', '支持民族中小学数量', '支持民族中小学数量', '1所'],
    ];
    for (const [rows, expected] of [
      [huangshi, ['校园维修改造及设备购置合格率', '100%']],
      [longyan, ['支持民族中小学数量', '1所']],
    ] as const) {
      const { document } = await importOk('a.xlsx', await xlsxFromRows([{ name: 'Sheet1', rows: rows as Row[] }]));
      expect(document.projects[0]!.indicators.map((r) => [r.name, r.value])).toEqual([expected]);
    }
  });
});
