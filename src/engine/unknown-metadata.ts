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
      'zh-CN': '预算年度未知（表中没有写明）：按年度区分的检查标准不会生效，跨年比对也不做：请在表头写明年度，如“（2023年度）”；用命令行检查时也可用 --year 或配置的 import.year 指定',
      en: 'the budget year is unknown (the table does not say): year-specific checks are not applied and no year-to-year comparison is made: write the year in the table\'s heading, e.g. “（2023年度）”; on the command line, --year or the config\'s import.year can give it',
    },
  },
  {
    missing: (d) => !d.region?.province,
    pointer: '/region',
    text: {
      'zh-CN': '省份未知（表中没有可识别的地名）：本省的检查标准和按地区的配置不会生效：请在表头或单位名称中写明地区（如“四川省甘孜藏族自治州”），或在检查页面上选择本省标准；用命令行检查时也可用 --province 或配置的 import.province 指定',
      en: 'the province is unknown (no place name in the table): the province\'s checks and the config\'s region overrides are not applied: name the place in the heading or the unit\'s name, or choose the province\'s checks on the page; on the command line, --province or the config\'s import.province can give it',
    },
  },
  {
    missing: (d) => !d.department?.name,
    pointer: '/department',
    text: {
      'zh-CN': '部门名称未知（表中没有主管部门、预算单位或实施单位）：同一部门的重复项目不会被比对：请填写主管部门或预算单位；用命令行检查时也可用 --department 指定',
      en: 'the department is unknown (no 主管部门, 预算单位 or 实施单位 in the table): duplicate projects of one department are not compared: fill in the 主管部门 or 预算单位; on the command line, --department can give it',
    },
  },
];

export function unknownMetadataWarnings(document: Submission): PendingReport[] {
  return UNKNOWN.filter((u) => u.missing(document)).map((u) => ({ ruleId: null, severity: 1, text: u.text, pointer: u.pointer }));
}
