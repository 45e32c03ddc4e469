/**
 * Layout families seen across provinces (fixtures/real-tables): named so the import summary says
 * what kind of table was read. Their tables are read like any other; a forced `--layout` checks the
 * columns every table of the family has.
 */
import type { Layout } from './evidence.js';

/** 项目支出绩效自评表: 年度指标值 beside 实际完成值, 分值 and 得分 */
export const selfEvaluation = {
  id: 'self-evaluation',
  detect: (e) => e.words.has('role:actual') || e.words.has('role:score'),
  expectedHeaders: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
} as const satisfies Layout;

/** a system export listing one indicator per row, with the unit and project on every row */
export const listExport = {
  id: 'list-export',
  detect: (e) => e.words.has('role:projectName') && e.words.has('role:unitName'),
  expectedHeaders: ['单位名称', '项目名称', '一级指标', '二级指标', '三级指标', '指标值'],
} as const satisfies Layout;

/** 项目支出绩效目标申报表 in the national template: a label block (项目名称, 主管部门, 实施单位, 项目资金, 目标) above one grid */
export const declaration = {
  id: 'declaration',
  detect: (e) => e.keyValueBlock,
  expectedHeaders: ['项目名称', '一级指标', '二级指标', '三级指标', '指标值'],
} as const satisfies Layout;
