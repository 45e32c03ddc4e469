/**
 * A `perflint/v1` document → a workbook in a province's layout (表样), drawn the way the seed
 * tables show them: two-row headers, merged 一级/二级 and label cells, the 浙江 2019 title and header
 * repeated on every printed page (with the 个性 header spelled differently from page to page, as
 * the seed does), the 河北 key-value block above each grid. The importer reads these workbooks back
 * to the same document; tests, the example workbook and the benchmark are built with it.
 */
import ExcelJS from 'exceljs';
import type { Department, Funding, Indicator, Project, Region, Submission } from '../../src/document/model.js';

/** a document that says where it was filed, as every table drawn here does */
type FiledSubmission = Submission & { region: Region; department: Department };
import { safeSheetName } from '../../src/import/cell-ref.js';
import type { LayoutId } from '../../src/import/layouts/index.js';

/** the layouts drawn here: the four the seed tables come in */
export type DrawnLayout = Extract<LayoutId, 'zhejiang-2019' | 'zhejiang-2021' | 'hebei-2021' | 'hebei-2023'>;
import { SheetBuilder, type CellSpec, type CellValue } from './sheet-builder.js';

export interface WriteLayoutOptions {
  layout: DrawnLayout;
  /** 'all': every table on one sheet (default); 1: one project per sheet */
  projectsPerSheet?: 'all' | 1;
  /** 浙江 2019: repeat the title and header after this many table rows, as printed pages do */
  rowsPerPage?: number;
  /** start the title with the region (浙江省绍兴市2021年…) so the sheet says where it was filed */
  regionInTitle?: boolean;
}

export function writeLayoutWorkbook(submission: Submission, options: WriteLayoutOptions): ExcelJS.Workbook {
  if (!submission.region || !submission.department) throw new Error('a table is drawn for a document that names its region and department');
  const document = submission as FiledSubmission;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'perflint';
  const groups = options.projectsPerSheet === 1 ? document.projects.map((p) => [p]) : [document.projects];
  const names = new Set<string>();
  groups.forEach((projects, i) => {
    const builder = new SheetBuilder();
    const widths = drawSheet(builder, document, projects, options);
    const sheet = workbook.addWorksheet(uniqueSheetName(options.projectsPerSheet === 1 ? (projects[0]?.name ?? '') : '绩效目标表', i, names));
    builder.render(sheet, widths);
  });
  if (groups.length === 0) workbook.addWorksheet('绩效目标表');
  return workbook;
}

function uniqueSheetName(wanted: string, index: number, taken: Set<string>): string {
  let name = safeSheetName(wanted, `Sheet${index + 1}`);
  for (let n = 2; taken.has(name); n++) name = safeSheetName(`${wanted.slice(0, 27)}(${n})`);
  taken.add(name);
  return name;
}

function drawSheet(b: SheetBuilder, d: FiledSubmission, projects: Project[], o: WriteLayoutOptions): number[] {
  switch (o.layout) {
    case 'zhejiang-2019':
      return drawZhejiang2019(b, d, projects, o);
    case 'zhejiang-2021':
      return drawZhejiang2021(b, d, projects, o);
    case 'hebei-2021':
    case 'hebei-2023':
      return drawHebei(b, d, projects, o);
  }
}

function titlePrefix(d: FiledSubmission, o: WriteLayoutOptions): string {
  return o.regionInTitle ? `${d.region.province}${d.region.city ?? ''}${d.region.county ?? ''}` : '';
}

const FUNDING_COLUMNS: Array<[keyof Funding, string]> = [
  ['total', '总计'],
  ['generalBudget', '一般公共预算'],
  ['governmentFund', '政府性基金'],
  ['specialAccount', '专户资金'],
  ['other', '其他资金'],
];

const money = (v: number | null | undefined): CellValue => (v === undefined ? null : v);

/** 资金安排 cells C..G of a 浙江 project row: the columns the project has (a missing key stays blank) */
function fundingCells(p: Project): CellSpec[] {
  return FUNDING_COLUMNS.flatMap(([k], i) => (p.funding && k in p.funding ? [{ col: 3 + i, value: money(p.funding[k]), numFmt: '#,##0.00' }] : []));
}

/** consecutive projects of one unit get one unit row */
function unitKey(p: Project): string {
  return p.unit ? `${p.unit.code ?? ''}\u0000${p.unit.name}` : '';
}

// ── 浙江 2019: 14 columns, 共性 and 个性 indicator cells, no weights ─────────────────

/** the seed spells the 个性 name column four ways; pages cycle through them */
const PERSONAL_NAME_HEADERS = ['明细指标（个性）', '月细指标（个性）', '二级指标（个性）', '二级指标 (个性)'];

function drawZhejiang2019(b: SheetBuilder, d: FiledSubmission, projects: Project[], o: WriteLayoutOptions): number[] {
  let page = 0;
  const header = () => {
    const personalName = PERSONAL_NAME_HEADERS[page % PERSONAL_NAME_HEADERS.length]!;
    const spaced = personalName.includes(' ');
    b.blank();
    b.add({ col: 1, value: `${titlePrefix(d, o)}${d.year}年市级部门预算项目绩效目标表`, mergeTo: 14, style: 'title' });
    if (page === 0 && d.moneyUnit === '万元') b.add({ col: 14, value: '单位：万元' });
    b.blank();
    const top: Array<[number, string]> = [
      [1, '单位编码'],
      [2, '单位名称'],
      [8, '一级指标'],
      [9, '明细指标'],
      [10, '指标值'],
      [11, '指标描述'],
      [12, personalName],
      [13, spaced ? '指标值 (个性)' : '指标值（个性）'],
      [14, spaced ? '指标描述 (个性)' : '指标描述（个性）'],
    ];
    const key = `h${page}`;
    b.add(...top.map(([col, value]) => ({ col, value, style: 'header' as const, mergeDown: `${key}-${col}` })), { col: 3, value: '资金安排', mergeTo: 7, style: 'header' });
    b.add(...top.map(([col]) => ({ col, value: null, mergeDown: `${key}-${col}` })), ...FUNDING_COLUMNS.map(([, label], i) => ({ col: 3 + i, value: label, style: 'header' as const })));
    page++;
  };
  const perPage = o.rowsPerPage ?? Number.POSITIVE_INFINITY;
  let rowsOnPage = 0;
  const row = (...cells: CellSpec[]) => {
    if (rowsOnPage >= perPage) {
      header();
      rowsOnPage = 0;
    }
    b.add(...cells);
    rowsOnPage++;
  };
  header();
  if (d.department.code !== undefined) row({ col: 1, value: d.department.code }, { col: 2, value: d.department.name });
  else b.add({ col: 1, value: `部门名称：${d.department.name}`, mergeTo: 7 });
  let unit = '';
  projects.forEach((p, pi) => {
    if (unitKey(p) !== unit && p.unit) row({ col: 1, value: p.unit.code ?? '' }, { col: 2, value: p.unit.name });
    unit = unitKey(p);
    const [first, ...rest] = p.indicators;
    // the seed puts a lone 一级 cell on the project row itself
    const levelOnly = first !== undefined && isLevel1Only(first);
    row(
      { col: 2, value: p.name },
      ...fundingCells(p),
      ...(levelOnly ? [{ col: 8, value: first.level1 }] : []),
    );
    const rows = levelOnly ? rest : p.indicators;
    const keys = levelKeys(pi, rows);
    rows.forEach((ind, i) => row(...zhejiang2019Cells(ind, keys.level1[i]!)));
  });
  return [10, 24, 12, 12, 12, 12, 12, 10, 22, 22, 30, 22, 22, 30];
}

function isLevel1Only(ind: Indicator): boolean {
  return ind.name === '' && ind.value === '' && (ind.description ?? '') === '' && !ind.personalized && !ind.personal;
}

/** Merge keys of a project's 一级/二级 cells: consecutive rows with the same text share one merged cell. */
interface LevelKeys {
  level1: string[];
  level2: string[];
}

function levelKeys(project: number, rows: Indicator[]): LevelKeys {
  const keys: LevelKeys = { level1: [], level2: [] };
  let start1 = 0;
  let start2 = 0;
  rows.forEach((row, i) => {
    const before = rows[i - 1];
    if (!before || before.level1 !== row.level1) start1 = i;
    if (!before || before.level1 !== row.level1 || before.level2 !== row.level2) start2 = i;
    keys.level1.push(`p${project}-l1-${start1}`);
    keys.level2.push(`p${project}-l2-${start2}`);
  });
  return keys;
}

function zhejiang2019Cells(ind: Indicator, key: string): CellSpec[] {
  const cells: CellSpec[] = [{ col: 8, value: ind.level1, mergeDown: key }];
  if (ind.personalized) {
    cells.push({ col: 12, value: ind.name }, { col: 13, value: ind.value }, { col: 14, value: ind.description ?? '' });
    return cells;
  }
  cells.push({ col: 9, value: ind.name }, { col: 10, value: ind.value }, { col: 11, value: ind.description ?? '' });
  if (ind.personal) cells.push({ col: 12, value: ind.personal.name ?? '' }, { col: 13, value: ind.personal.value ?? '' }, { col: 14, value: ind.personal.description ?? '' });
  return cells;
}

// ── 浙江 2021: 总体绩效目标, 二级/三级, 计算符号, 计量单位, 指标权重 ─────────────────────

const ZJ2021_INDICATOR_COLUMNS: Array<[keyof Indicator, string]> = [
  ['level1', '一级指标'],
  ['level2', '二级指标'],
  ['name', '三级指标'],
  ['operator', '计算符号'],
  ['value', '指标值'],
  ['unit', '计量单位'],
  ['weight', '指标权重'],
];

function drawZhejiang2021(b: SheetBuilder, d: FiledSubmission, projects: Project[], o: WriteLayoutOptions): number[] {
  const width = 8 + ZJ2021_INDICATOR_COLUMNS.length;
  b.add({ col: 1, value: `${titlePrefix(d, o)}${d.year}年市级部门预算项目绩效目标表`, mergeTo: width, style: 'title' });
  b.add({ col: 1, value: `部门名称：${d.department.name}`, mergeTo: 4 }, { col: width, value: `单位：${d.moneyUnit ?? '元'}` });
  const top: Array<[number, string]> = [
    [1, '单位编码'],
    [2, '单位名称（项目名称）'],
    [8, '总体绩效目标'],
    ...ZJ2021_INDICATOR_COLUMNS.map(([, label], i): [number, string] => [9 + i, label]),
  ];
  b.add(...top.map(([col, value]) => ({ col, value, style: 'header' as const, mergeDown: `h-${col}` })), { col: 3, value: '资金安排', mergeTo: 7, style: 'header' });
  b.add(...top.map(([col]) => ({ col, value: null, mergeDown: `h-${col}` })), ...FUNDING_COLUMNS.map(([, label], i) => ({ col: 3 + i, value: label, style: 'header' as const })));
  if (d.department.code !== undefined) b.add({ col: 1, value: d.department.code }, { col: 2, value: d.department.name });
  let unit = '';
  projects.forEach((p, pi) => {
    if (unitKey(p) !== unit && p.unit) b.add({ col: 1, value: p.unit.code ?? '' }, { col: 2, value: p.unit.name });
    unit = unitKey(p);
    // the project's cells are merged down over its indicator rows; its first indicator shares its row
    const projectCells: CellSpec[] = [
      { col: 2, value: p.name, mergeDown: `p${pi}-name` },
      ...fundingCells(p).map((c) => ({ ...c, mergeDown: `p${pi}-f${c.col}` })),
      ...(p.goal !== undefined ? [{ col: 8, value: p.goal, mergeDown: `p${pi}-goal` }] : []),
    ];
    if (p.indicators.length === 0) b.add(...projectCells);
    const keys = levelKeys(pi, p.indicators);
    p.indicators.forEach((ind, i) => b.add(...projectCells, ...gridCells(ind, ZJ2021_INDICATOR_COLUMNS, 9, keys, i)));
  });
  return [10, 26, 14, 14, 10, 10, 10, 40, 10, 14, 24, 8, 16, 8, 8];
}

/** one indicator row of a grid: 一级/二级 merged with equal cells above */
function gridCells(ind: Indicator, columns: Array<[keyof Indicator, string]>, firstCol: number, keys: LevelKeys, i: number): CellSpec[] {
  return columns.map(([field], j): CellSpec => {
    const col = firstCol + j;
    if (field === 'level1') return { col, value: ind.level1, mergeDown: keys.level1[i] };
    if (field === 'level2') return { col, value: ind.level2 ?? '', mergeDown: keys.level2[i] };
    const v = ind[field];
    return { col, value: typeof v === 'number' || typeof v === 'string' ? v : null };
  });
}

// ── 河北 2021/2023: a key-value block, then the grid, one table per project ────────────

const HEBEI_GRID: Array<[keyof Indicator, string]> = [
  ['level1', '一级指标'],
  ['level2', '二级指标'],
  ['name', '三级指标'],
  ['description', '绩效指标描述'],
  ['operator', '计算符号'],
  ['value', '指标值'],
  ['unit', '计量单位'],
  ['weight', '指标权重'],
  ['basis', '指标值确定依据'],
];

const HEBEI_FUNDING_LABELS: Record<keyof Funding, string> = {
  total: '预算数',
  generalBudget: '其中：财政资金',
  governmentFund: '政府性基金',
  specialAccount: '专户资金',
  other: '其他资金',
  carryOver: '上年结转',
  advanceTransfer: '提前告知转移支付',
  selfRaised: '单位自筹',
  centralFunds: '中央财政资金',
  localFunds: '地方资金',
};

const OVERALL_INCOME_LABELS: Record<keyof Funding, string> = {
  total: '合计',
  generalBudget: '一般公共预算拨入',
  governmentFund: '政府基金预算拨入',
  specialAccount: '专户资金',
  advanceTransfer: '提前告知转移支付',
  carryOver: '上年结转',
  selfRaised: '单位自筹',
  centralFunds: '中央财政资金',
  localFunds: '地方资金',
  other: '其它收入（含经营收入）',
};

/** extension keys the layout draws in their own places rather than as labelled rows */
const DRAWN_EXTENSIONS = new Set(['资金用途', '其中：财政资金', '整体支出绩效指标分组']);

const BLOCK_WIDTH = 7;

function drawHebei(b: SheetBuilder, d: FiledSubmission, projects: Project[], o: WriteLayoutOptions): number[] {
  const is2023 = o.layout === 'hebei-2023';
  b.add({ col: 1, value: `${titlePrefix(d, o)}${d.year}年度部门预算绩效目标表`, mergeTo: BLOCK_WIDTH, style: 'title' });
  b.add({ col: 1, value: `部门名称：${d.department.name}`, mergeTo: 4 }, ...(is2023 ? [] : [{ col: BLOCK_WIDTH, value: `单位：${d.moneyUnit ?? '元'}` }]));
  let section: Project['kind'];
  projects.forEach((p, pi) => {
    b.blank();
    const kind = p.kind ?? 'project';
    if (kind !== section && kind !== 'overall') b.add({ col: 1, value: kind === 'special-fund' ? '专项资金绩效目标' : '预算项目绩效目标', mergeTo: BLOCK_WIDTH, style: 'title' });
    section = kind;
    if (kind === 'overall') drawHebeiOverall(b, d, p, pi, is2023);
    else drawHebeiProject(b, d, p, pi, is2023);
  });
  return [16, 16, 22, 26, 16, 16, 24];
}

function hebeiTitle(p: Project): string {
  if (p.kind === 'special-fund') return p.name.endsWith('专项资金') ? `${p.name}绩效目标表` : `${p.name}专项资金绩效目标表`;
  return `${p.name}预算项目绩效目标表`;
}

function hebeiMoney(v: number | null | undefined, d: FiledSubmission, is2023: boolean): CellValue {
  if (v === null || v === undefined) return null;
  return is2023 ? `${v}${d.moneyUnit ?? '元'}` : v;
}

function drawHebeiProject(b: SheetBuilder, d: FiledSubmission, p: Project, pi: number, is2023: boolean): void {
  b.add({ col: 1, value: is2023 ? '预算项目绩效信息表' : hebeiTitle(p), mergeTo: BLOCK_WIDTH, style: 'title' });
  if (is2023) b.add({ col: 1, value: `填报单位（盖公章）：${p.unit?.name ?? ''}`, mergeTo: BLOCK_WIDTH });
  const nameLabel = is2023 ? '项目名称' : '专项资金名称';
  if (p.code !== undefined) b.add({ col: 1, value: '项目编码', style: 'label' }, { col: 2, value: p.code }, { col: 3, value: nameLabel, style: 'label' }, { col: 4, value: p.name, mergeTo: BLOCK_WIDTH });
  else b.add({ col: 1, value: nameLabel, style: 'label' }, { col: 2, value: p.name, mergeTo: BLOCK_WIDTH });
  drawBudget(b, d, p, pi, is2023);
  drawSpendingPlan(b, p, pi);
  drawExtensions(b, p, pi);
  if (p.goal !== undefined) b.add({ col: 1, value: '总体绩效目标', style: 'label' }, { col: 2, value: p.goal, mergeTo: BLOCK_WIDTH });
  drawGoals(b, p, pi, !is2023);
  drawGrid(b, p, pi, p.indicators);
  if (is2023) b.add({ col: 1, value: '经办人（签字）：              电话：              项目责任人（签字）：', mergeTo: BLOCK_WIDTH });
}

function drawBudget(b: SheetBuilder, d: FiledSubmission, p: Project, pi: number, is2023: boolean): void {
  if (!p.funding) return;
  const use = p.extensions?.['资金用途'];
  const key = use === undefined ? undefined : `p${pi}-budget`;
  const pairs = (Object.keys(HEBEI_FUNDING_LABELS) as Array<keyof Funding>).filter((k) => k in p.funding!);
  const typedLabel = p.extensions?.['其中：财政资金'];
  const cells: CellSpec[] = pairs.flatMap((k, i): CellSpec[] => [
    { col: 2 + 2 * i, value: k === 'generalBudget' && typeof typedLabel === 'string' ? typedLabel : HEBEI_FUNDING_LABELS[k] },
    { col: 3 + 2 * i, value: hebeiMoney(p.funding![k], d, is2023) },
  ]);
  b.add({ col: 1, value: '预算规模及资金用途', style: 'label', ...(key ? { mergeDown: key } : {}) }, ...cells);
  if (key) b.add({ col: 1, value: null, mergeDown: key }, { col: 2, value: String(use), mergeTo: Math.max(BLOCK_WIDTH, 1 + 2 * pairs.length) });
}

const STANDARD_MONTHS = [3, 6, 10, 12];

function drawSpendingPlan(b: SheetBuilder, p: Project, pi: number): void {
  if (!p.spendingPlan) return;
  const months = [...new Set([...STANDARD_MONTHS, ...p.spendingPlan.map((e) => e.month)])].sort((x, y) => x - y);
  const key = `p${pi}-plan`;
  b.add({ col: 1, value: '资金支出计划（%）', style: 'label', mergeDown: key }, ...months.map((m, i) => ({ col: 2 + i, value: `${m}月底` })));
  b.add(
    { col: 1, value: null, mergeDown: key },
    ...months.map((m, i) => {
      const entry = p.spendingPlan!.find((e) => e.month === m);
      return { col: 2 + i, value: entry ? (entry.raw ?? entry.percent) : null };
    }),
  );
}

function drawGoals(b: SheetBuilder, p: Project, pi: number, withEllipsisRow: boolean): void {
  const goals = p.goals ?? [];
  if (goals.length === 0) return;
  const key = `p${pi}-goals`;
  goals.forEach((g, i) => b.add({ col: 1, value: i === 0 ? '绩效目标' : null, style: 'label', mergeDown: key }, { col: 2, value: `目标${i + 1}` }, { col: 3, value: g, mergeTo: BLOCK_WIDTH }));
  // the template's row for "more goals", left in by most clerks
  if (withEllipsisRow) b.add({ col: 1, value: null, mergeDown: key }, { col: 2, value: '......' }, { col: 3, value: null, mergeTo: BLOCK_WIDTH });
}

/** the grid's columns: those of the layout that the rows fill */
function gridColumns(rows: Indicator[]): Array<[keyof Indicator, string]> {
  return HEBEI_GRID.filter(([field]) => field === 'level1' || field === 'name' || field === 'value' || rows.some((r) => field in r));
}

function drawGrid(b: SheetBuilder, p: Project, pi: number, rows: Indicator[]): void {
  if (rows.length === 0) return;
  const columns = gridColumns(rows);
  // a two-row header whose lower row is empty (the cells are merged down), as the seed shows
  b.add(...columns.map(([, label], i) => ({ col: 1 + i, value: label, style: 'header' as const, mergeDown: `p${pi}-h${i}` })));
  b.add(...columns.map((_, i) => ({ col: 1 + i, value: null, mergeDown: `p${pi}-h${i}` })));
  const keys = levelKeys(pi, rows);
  rows.forEach((ind, i) => b.add(...gridCells(ind, columns, 1, keys, i)));
}

/** Extensions the table carries under its own labels: text, a list, a record, or a list of records. */
function drawExtensions(b: SheetBuilder, p: Project, pi: number, skip: ReadonlySet<string> = new Set()): void {
  for (const [label, value] of Object.entries(p.extensions ?? {})) {
    if (DRAWN_EXTENSIONS.has(label) || skip.has(label)) continue;
    const key = `p${pi}-x-${label}`;
    if (typeof value === 'string') {
      b.add({ col: 1, value: label, style: 'label' }, { col: 2, value, mergeTo: BLOCK_WIDTH });
    } else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
      value.forEach((v, i) => b.add({ col: 1, value: i === 0 ? label : null, style: 'label', mergeDown: key }, { col: 2, value: v as string, mergeTo: BLOCK_WIDTH }));
    } else if (isTextRecord(value) || (Array.isArray(value) && value.length > 1 && value.every(isTextRecord))) {
      const records = (Array.isArray(value) ? value : [value]) as Array<Record<string, string>>;
      const headers = Object.keys(records[0]!);
      b.add({ col: 1, value: label, style: 'label', mergeDown: key }, ...headers.map((h, i) => ({ col: 2 + i, value: h, style: 'header' as const })));
      for (const r of records) b.add({ col: 1, value: null, mergeDown: key }, ...headers.map((h, i) => ({ col: 2 + i, value: r[h] ?? '' })));
    } else {
      // no table shape for it: kept as JSON text so nothing is lost silently
      b.add({ col: 1, value: label, style: 'label' }, { col: 2, value: JSON.stringify(value), mergeTo: BLOCK_WIDTH });
    }
  }
}

function isTextRecord(value: unknown): value is Record<string, string> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');
}

interface OverallGroupExtension {
  年度整体支出目标: string;
  标签: string;
  项目名称及金额?: string;
  indicatorRows: [number, number];
}

function drawHebeiOverall(b: SheetBuilder, d: FiledSubmission, p: Project, pi: number, is2023: boolean): void {
  b.add({ col: 1, value: p.name, mergeTo: BLOCK_WIDTH, style: 'title' });
  if (is2023) {
    b.add({ col: 1, value: `（${d.year}年度）`, mergeTo: BLOCK_WIDTH });
    b.add({ col: 1, value: '填报单位（盖公章）：', mergeTo: BLOCK_WIDTH });
    b.add({ col: 1, value: '部门名称', style: 'label' }, { col: 2, value: d.department.name, mergeTo: BLOCK_WIDTH });
  }
  if (p.funding) {
    const keys = (Object.keys(OVERALL_INCOME_LABELS) as Array<keyof Funding>).filter((k) => k in p.funding!);
    const key = `p${pi}-income`;
    b.add(
      { col: 1, value: `年度预算（${d.moneyUnit ?? '元'}）`, style: 'label', mergeDown: `${key}-w` },
      { col: 2, value: '年度收入预算', style: 'label', mergeDown: key },
      ...keys.map((k, i) => ({ col: 3 + i, value: OVERALL_INCOME_LABELS[k], style: 'header' as const })),
    );
    b.add({ col: 1, value: null, mergeDown: `${key}-w` }, { col: 2, value: null, mergeDown: key }, ...keys.map((k, i) => ({ col: 3 + i, value: money(p.funding![k]) })));
  }
  const groups = p.extensions?.['整体支出绩效指标分组'] as OverallGroupExtension[] | undefined;
  const groupProjectKey = groups?.length ? Object.keys(p.extensions!).find((k) => k.startsWith('项目名称及金额')) : undefined;
  if (p.goal !== undefined) b.add({ col: 1, value: is2023 ? '年度整体支出绩效目标' : '总体绩效目标', style: 'label' }, { col: 2, value: p.goal, mergeTo: BLOCK_WIDTH });
  drawExtensions(b, p, pi, new Set(groupProjectKey ? [groupProjectKey] : []));
  if (!groups?.length) {
    drawGoals(b, p, pi, false);
    drawGrid(b, p, pi, p.indicators);
    return;
  }
  groups.forEach((g, gi) => {
    b.add({ col: 1, value: g.年度整体支出目标, style: 'label' }, { col: 2, value: p.goals?.[gi] ?? '', mergeTo: BLOCK_WIDTH });
    const headers = [g.标签, groupProjectKey ?? '项目名称及金额（万元）', '一级指标', '二级指标', '三级指标', '指标值', '备注'];
    b.add(...headers.map((h, i) => ({ col: 1 + i, value: h, style: 'header' as const })));
    const rows = p.indicators.slice(g.indicatorRows[0], g.indicatorRows[1] + 1);
    const keys = levelKeys(pi * 1000 + gi, rows);
    rows.forEach((ind, i) =>
      b.add(
        { col: 1, value: null, mergeDown: `p${pi}-g${gi}-label` },
        { col: 2, value: g.项目名称及金额 ?? '', mergeDown: `p${pi}-g${gi}-project` },
        ...gridCells(ind, [['level1', ''], ['level2', ''], ['name', ''], ['value', '']], 3, keys, i),
      ),
    );
  });
}
