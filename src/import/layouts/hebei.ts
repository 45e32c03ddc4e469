import type { Layout, LayoutEvidence } from './evidence.js';

/** labels only the 河北 templates print in their key-value block */
const HEBEI_BLOCK_WORDS = ['预算规模及资金用途', '资金支出计划(%)', '年度收入预算'];
/** words only the 2023 河北 template prints (the 2021 one says 专项资金 and has no 部门整体 table) */
const HEBEI_2023_WORDS = ['项目名称', '填报单位(盖公章)', '年度收入预算', '整体支出绩效指标', '整体绩效指标', '年度整体支出绩效目标'];

const isHebei = (e: LayoutEvidence) => e.keyValueBlock && HEBEI_BLOCK_WORDS.some((w) => e.words.has(w));

/** 河北 2023: a key-value block (项目编码, 项目名称, 预算数, 资金支出计划, 目标N) above each grid, with 指标值确定依据. */
export const hebei2023 = {
  id: 'hebei-2023',
  detect: (e) => isHebei(e) && HEBEI_2023_WORDS.some((w) => e.words.has(w)),
  expectedHeaders: ['项目编码', '项目名称', '预算数', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
} as const satisfies Layout;

/** 河北 2021: the same key-value block for 专项资金. */
export const hebei2021 = {
  id: 'hebei-2021',
  detect: isHebei,
  expectedHeaders: ['项目编码', '专项资金名称', '预算数', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
} as const satisfies Layout;
