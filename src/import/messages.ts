/**
 * What the importers tell a clerk when a file cannot be read, in Chinese first. Each message says
 * what is wrong and what to do about it; none carries a stack trace.
 */
import type { LocalizedText } from '../i18n.js';
import type { ProblemDetail, WorkbookProblem } from './read-workbook.js';
import { columnRole } from './vocabulary.js';

const quoteZh = (words: readonly string[]) => words.map((w) => `“${w}”`).join('');
const quoteEn = (words: readonly string[]) => words.map((w) => `"${w}"`).join(', ');

export function workbookProblem(problem: WorkbookProblem, info: ProblemDetail = {}): LocalizedText {
  switch (problem) {
    case 'encrypted':
      return {
        'zh-CN': '工作簿设有打开密码（已加密），无法读取：请在 Excel 中清除密码（文件 → 信息 → 保护工作簿 → 用密码进行加密）后再检查',
        en: 'the workbook is password-protected (encrypted) and cannot be read: remove the password in Excel (File → Info → Protect Workbook → Encrypt with Password) and check again',
      };
    case 'legacy-xls':
      return {
        'zh-CN': '这是旧版 Excel 97-2003 工作簿（.xls）：请在 Excel 中另存为 .xlsx 后再检查',
        en: 'this is an old Excel 97-2003 workbook (.xls): save it as .xlsx in Excel and check again',
      };
    case 'not-a-workbook':
      return notAWorkbook(info.actually);
    case 'too-large': {
      const mib = (n = 0) => `${Math.ceil(n / (1024 * 1024))} MiB`;
      const sheetZh = info.sheet ? `（最大的是工作表“${info.sheet}”）` : '';
      const sheetEn = info.sheet ? ` (the largest is sheet "${info.sheet}")` : '';
      return {
        'zh-CN': `工作簿的表格解压后有 ${mib(info.size)}${sheetZh}，超过上限 ${mib(info.limit)}，为免耗尽内存未读取：请删去不用的工作表或空白行列后再检查，或在配置的 import.maxUnpackedBytes 中调高上限`,
        en: `the workbook's sheets unpack to ${mib(info.size)}${sheetEn}, over the limit of ${mib(info.limit)}, and were not read so memory stays bounded: delete unused sheets or blank rows and columns, or raise import.maxUnpackedBytes in the config`,
      };
    }
    case 'uncalculated-formulas':
      return {
        'zh-CN': `表中有 ${info.count ?? 0} 个公式单元格从未计算（第一个是 ${info.cellRef ?? '?'}），它们的值无法读取：请用 Excel 或 WPS 打开此文件并保存，再检查`,
        en: `${info.count ?? 0} formula cells were never calculated (the first is ${info.cellRef ?? '?'}), so their values cannot be read: open the file in Excel or WPS, save it, and check again`,
      };
    case 'damaged':
      return {
        'zh-CN': '工作簿已损坏，无法读取：请在 Excel 中打开并另存为 .xlsx 后再检查',
        en: 'the workbook is damaged and cannot be read: open it in Excel, save it as .xlsx and check again',
      };
  }
}

function notAWorkbook(actually: ProblemDetail['actually']): LocalizedText {
  if (!actually) {
    return {
      'zh-CN': '文件不是有效的 Excel 工作簿：文件可能已损坏，或扩展名与内容不符',
      en: 'the file is not a valid Excel workbook: it may be damaged, or its extension does not match its content',
    };
  }
  const what = {
    ods: { zh: 'OpenDocument 表格（.ods）', en: 'an OpenDocument spreadsheet (.ods)' },
    xlsb: { zh: 'Excel 二进制工作簿（.xlsb）', en: 'an Excel binary workbook (.xlsb)' },
    docx: { zh: ' Word 文档', en: 'a Word document' },
    pptx: { zh: ' PowerPoint 演示文稿', en: 'a PowerPoint presentation' },
    zip: { zh: '压缩包', en: 'a zip archive' },
  }[actually];
  if (actually === 'ods' || actually === 'xlsb') {
    return { 'zh-CN': `这是${what.zh}，不是 Excel 工作簿：请在 WPS 或 Excel 中另存为 .xlsx 后再检查`, en: `this is ${what.en}, not an Excel workbook: save it as .xlsx in WPS or Excel and check again` };
  }
  return {
    'zh-CN': `文件不是 Excel 工作簿（.xlsx），而是${what.zh}：文件可能已损坏，或扩展名与内容不符`,
    en: `the file is not an Excel workbook (.xlsx) but ${what.en}: it may be damaged, or its extension does not match its content`,
  };
}

export const UNDETECTABLE_ENCODING: LocalizedText = {
  'zh-CN': '无法识别文件的文字编码（不是 UTF-8、UTF-16 或 GBK/GB18030）：请在 Excel 中“另存为”→“CSV UTF-8（逗号分隔）”后再检查',
  en: 'the text encoding of the file cannot be recognised (it is not UTF-8, UTF-16 or GBK/GB18030): in Excel use Save As → "CSV UTF-8 (comma delimited)" and check again',
};

export const EMPTY_FILE: LocalizedText = { 'zh-CN': '文件是空的，没有可检查的内容', en: 'the file is empty: there is nothing to check' };

export function emptySheet(sheet: string): LocalizedText {
  return { 'zh-CN': `工作表“${sheet}”是空的，没有可检查的内容`, en: `sheet "${sheet}" is empty: there is nothing to check` };
}

export function noRows(sheet: string, headerCell?: string): LocalizedText {
  const at = headerCell ? `（${headerCell}）` : '';
  const atEn = headerCell ? ` (${headerCell})` : '';
  return { 'zh-CN': `工作表“${sheet}”有表头${at}，但下面没有读到项目或指标行：没有可检查的内容`, en: `sheet "${sheet}" has a header${atEn} but no project or indicator rows were read under it: there is nothing to check` };
}

export function tableWithoutRows(firstCell: string): LocalizedText {
  return {
    'zh-CN': `从 ${firstCell} 起的表只读到了项目信息，没有读到任何指标行：这张表只读到了一部分，请检查该表是否完整`,
    en: `the table from ${firstCell} gave its project details but no indicator row: this table was read only in part; check that it is complete`,
  };
}

export function unreadableMoney(cell: string, text: string): LocalizedText {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return {
    'zh-CN': `${cell} 的资金“${shown}”读不出一个金额，资金总额与来源之和、成本与资金的核对都没有做：请在该格只填写金额数字，资金名称、构成或说明写到备注中`,
    en: `the funding cell ${cell}, "${shown}", is not one amount, so the totals and the costs were not checked against it: write only the amount in it, and put the fund's name, breakdown or any note in the remarks`,
  };
}

export function unreadableSpent(cell: string, text: string): LocalizedText {
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return {
    'zh-CN': `${cell} 的全年执行数“${shown}”读不出一个金额，执行率和超支都没有核对：请在该格只填写执行金额数字，说明写到备注或偏差原因中`,
    en: `the amount spent in ${cell}, "${shown}", is not one amount, so the execution rate and overspending were not checked: write only the amount spent in it, and put any note in the remarks or the deviation column`,
  };
}

export function regionColumns(cell: string, regions: readonly string[]): LocalizedText {
  const [first, ...rest] = regions;
  return {
    'zh-CN': `从 ${cell} 起，本表按区域分列目标值（${regions.join('、')}）：只检查了第一个区域“${first}”的目标值，其余${rest.length}个区域的目标值没有检查，请逐一核对`,
    en: `from ${cell} this table gives one target column per region (${regions.join(', ')}): only the first region, "${first}", was checked; the targets of the other ${rest.length} were not, so check them by hand`,
  };
}

export function projectWithoutName(cell: string, index: number): LocalizedText {
  return {
    'zh-CN': `从 ${cell} 起的表没有读到项目名称（表中没有“项目名称”栏，或它在上一页）：下面的发现以“#${index}”称呼该项目，请核对`,
    en: `the table from ${cell} has no project name that could be read (no 项目名称 cell, or it is on the page before): the findings below call the project "#${index}"; check it`,
  };
}

export function emptyGrid(headerCell: string): LocalizedText {
  return {
    'zh-CN': `表头 ${headerCell} 下没有读到任何指标行：这张表只读到了一部分，请检查该表是否填写完整`,
    en: `no indicator row was read under the header at ${headerCell}: this table was read only in part; check that it is filled in`,
  };
}

/**
 * 分值 and 得分 with no 指标值 nor 实际完成值 (海南 服务贸易 自评表: 项目决策 | 项目管理 | 项目绩效): a 绩效评价
 * scoring sheet, which scores a project and sets no target to check.
 */
function isScoringSheet(seen: readonly string[]): boolean {
  const roles = new Set(seen.map(columnRole));
  return roles.has('weight') && roles.has('score') && !roles.has('value') && !roles.has('actual');
}

export function noHeader(sheet: string, expected: readonly string[], seen: readonly string[]): LocalizedText {
  const seenZh = seen.length ? `（只找到：${seen.join('、')}）` : '';
  const seenEn = seen.length ? ` (found only: ${seen.join(', ')})` : '';
  const scoring = isScoringSheet(seen);
  const hintZh = scoring ? '。这像是绩效评价评分表（只有分值和得分，没有指标值）：perflint 检查的是绩效目标表和填有指标值的自评表' : '';
  const hintEn = scoring ? '. This looks like a performance evaluation scoring sheet (points and scores, no targets): perflint checks target tables and self-evaluations that state their targets' : '';
  return {
    'zh-CN': `工作表“${sheet}”中没有找到可识别的绩效指标表头：表头应有${quoteZh(expected)}等栏目${seenZh}${hintZh}`,
    en: `sheet "${sheet}" has no recognisable indicator header: the header should have cells such as ${quoteEn(expected)}${seenEn}${hintEn}`,
  };
}

export function layoutMismatch(layout: string, missing: readonly string[]): LocalizedText {
  return {
    'zh-CN': `表格不符合指定的表样 ${layout}：缺少表头${quoteZh(missing)}（可改用 --layout auto 自动识别）`,
    en: `the table does not match the requested layout ${layout}: header cells ${quoteEn(missing)} are missing (use --layout auto to detect it)`,
  };
}

export function unknownLayout(layout: string, known: readonly string[]): LocalizedText {
  return {
    'zh-CN': `未知的表样“${layout}”：可用 auto、${known.join('、')}`,
    en: `unknown layout "${layout}": use auto, ${known.join(', ')}`,
  };
}

