import type { Layout } from './evidence.js';

/** 浙江 2021: unit-code rows and project rows in one grid, with 计算符号, 计量单位 and 指标权重 columns. */
export const zhejiang2021 = {
  id: 'zhejiang-2021',
  detect: (e) => e.unitCodeColumn && e.operatorOrWeightColumn,
  expectedHeaders: ['单位编码', '单位名称', '总计', '一级指标', '二级指标', '三级指标', '计算符号', '指标值', '计量单位', '指标权重'],
} as const satisfies Layout;
