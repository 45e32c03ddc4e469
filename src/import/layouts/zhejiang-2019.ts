import type { Layout } from './evidence.js';

/** 浙江 2019: 共性 and 个性 indicator columns side by side, no 二级, no weights; projects are rows under unit rows. */
export const zhejiang2019 = {
  id: 'zhejiang-2019',
  detect: (e) => e.personalColumns,
  expectedHeaders: ['单位编码', '单位名称', '总计', '一级指标', '明细指标', '指标值', '指标描述', '明细指标（个性）', '指标值（个性）', '指标描述（个性）'],
} as const satisfies Layout;
