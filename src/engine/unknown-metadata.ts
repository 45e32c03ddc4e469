/**
 * A document that does not say when, where or by whom it was filed is still checked, but never
 * silently: each unknown fact is a warning that says what it affects. JSON documents and imported
 * spreadsheets get the same warnings (an importer leaves out what a table does not state).
 */
import type { Submission } from '../document/model.js';
import type { LocalizedText } from '../i18n.js';
import type { PendingReport } from './report.js';

const UNKNOWN: Array<{ missing: (d: Submission) => boolean; pointer: string; text: LocalizedText }> = [
  {
    missing: (d) => d.year === undefined,
    pointer: '/year',
    text: {
      'zh-CN': '预算年度未知（表中没有写明，也没有用 --year 或配置的 import.year 指定）：按年度区分的配置不会生效，跨年比对也不做',
      en: 'the budget year is unknown (the table does not say, and no --year or import.year gave it): year-specific config is not applied and no year-to-year comparison is made',
    },
  },
  {
    missing: (d) => !d.region?.province,
    pointer: '/region',
    text: {
      'zh-CN': '省份未知（表中没有可识别的地名，也没有用 --province 或配置的 import.province 指定）：按地区的配置（overrides 中的 region）不会生效',
      en: 'the province is unknown (no place name in the table, and no --province or import.province gave it): region overrides in the config are not applied',
    },
  },
  {
    missing: (d) => !d.department?.name,
    pointer: '/department',
    text: {
      'zh-CN': '部门名称未知（表中没有主管部门、预算单位或实施单位，也没有用 --department 指定）：同一部门的重复项目不会被比对',
      en: 'the department is unknown (no 主管部门, 预算单位 or 实施单位 in the table, and no --department gave it): duplicate projects of one department are not compared',
    },
  },
];

export function unknownMetadataWarnings(document: Submission): PendingReport[] {
  return UNKNOWN.filter((u) => u.missing(document)).map((u) => ({ ruleId: null, severity: 1, text: u.text, pointer: u.pointer }));
}
