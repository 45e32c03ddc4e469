/**
 * The table layouts (表样) perflint knows, what identifies each, and which header cells a forced
 * `--layout` must find. Detection is by vocabulary seen on the sheet (see vocabulary.ts).
 */

export const LAYOUT_IDS = ['zhejiang-2019', 'zhejiang-2021', 'hebei-2021', 'hebei-2023'] as const;
export type LayoutId = (typeof LAYOUT_IDS)[number];
/** a table perflint can read that matches none of the named layouts */
export const GENERIC_LAYOUT = 'generic';

export function isLayoutId(value: unknown): value is LayoutId {
  return typeof value === 'string' && (LAYOUT_IDS as readonly string[]).includes(value);
}

/** What the reader saw on a workbook, for deciding the layout. */
export interface LayoutEvidence {
  /** normalized header and label words seen */
  words: Set<string>;
  personalColumns: boolean;
  unitCodeColumn: boolean;
  operatorOrWeightColumn: boolean;
  keyValueBlock: boolean;
}

export function emptyEvidence(): LayoutEvidence {
  return { words: new Set(), personalColumns: false, unitCodeColumn: false, operatorOrWeightColumn: false, keyValueBlock: false };
}

const HEBEI_2023_WORDS = ['项目名称', '填报单位(盖公章)', '年度收入预算', '整体支出绩效指标', '整体绩效指标', '年度整体支出绩效目标'];

export function detectLayout(e: LayoutEvidence): LayoutId | typeof GENERIC_LAYOUT {
  if (e.personalColumns) return 'zhejiang-2019';
  if (e.unitCodeColumn && e.operatorOrWeightColumn) return 'zhejiang-2021';
  if (e.keyValueBlock) return HEBEI_2023_WORDS.some((w) => e.words.has(w)) ? 'hebei-2023' : 'hebei-2021';
  return GENERIC_LAYOUT;
}

/** The header cells a layout's tables always have, as printed on the template. */
export const EXPECTED_HEADERS: Record<LayoutId, string[]> = {
  'zhejiang-2019': ['单位编码', '单位名称', '总计', '一级指标', '明细指标', '指标值', '指标描述', '明细指标（个性）', '指标值（个性）', '指标描述（个性）'],
  'zhejiang-2021': ['单位编码', '单位名称', '总计', '一级指标', '二级指标', '三级指标', '计算符号', '指标值', '计量单位', '指标权重'],
  'hebei-2021': ['项目编码', '专项资金名称', '预算数', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
  'hebei-2023': ['项目编码', '项目名称', '预算数', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
};

/** the minimum any indicator grid needs */
export const MINIMUM_HEADERS = ['一级指标', '三级指标（或明细指标）', '指标值'];
