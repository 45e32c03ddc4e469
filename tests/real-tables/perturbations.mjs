/**
 * Changes a clerk makes to a table without thinking, and that a table from another province shows
 * anyway: a blank column in front, a title row above, header words spaced out, broken over two
 * lines or marked required (*), a blank row under the header, a note under the table, cells merged
 * down a column written out on every row instead, the 一级 and 二级 columns unmerged (the text left in the top cell),
 * header words in another template's words (一级, 三级, 目标值, 度量单位),
 * cells padded with spaces, a colon after each label, an empty column
 * inside the grid, an
 * instructions sheet in front, and the marks a PDF turned into a workbook leaves at a page break
 * (a 第1页 line, the header printed again, merged cells cut in two). None of them changes what the
 * table says, so none may change what perflint reads (perturb.test.ts, perturb.mjs).
 */
/** header words → the words another template prints for the same column */
const HEADER_SYNONYMS = {
  一级指标: '一级',
  二级指标: '二级',
  三级指标: '三级',
  指标值: '目标值',
  年度指标值: '年度目标值',
  计量单位: '度量单位',
  计算符号: '运算符号',
  指标权重: '权重',
};
const COLUMN = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const LETTERS = (n) => (n <= 0 ? '' : LETTERS(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)));
const shiftRange = (range, dRow, dCol) =>
  range.replace(/([A-Z]+)(\d+)/g, (_, col, row) => `${LETTERS(COLUMN(col) + dCol)}${Number(row) + dRow}`);

/**
 * The changes, each a function of a sheet (and of where the table's own reading found its grid).
 * `headerCell` and `blockLabel` are the importer's vocabulary lookups, passed in so the module
 * serves both the script (built code) and the test (sources).
 */
function perturbations({ headerCell, blockLabel }) {
  /** A header cell (一级指标, 指标值 …) or a label (项目名称, 主管部门 …) the importer knows. */
  const isKnownLabel = (text) => text.trim() !== '' && text.length <= 12 && (headerCell(text) !== undefined || blockLabel(text) !== undefined);
  /**
   * A cell under the grid's header in its 一级, 二级 or 三级 column: a category or an indicator's
   * name that happens to be a label's word (二级 绩效目标 under 决策, 江苏 镇江 2024; 三级 项目金额,
   * 安徽 濉溪 2025), which a clerk types as a name, not as a label.
   */
  const inGridBody = (sheet, grid, r, c) =>
    grid?.sheet === sheet.name && r + 1 > grid.headerRow && ['level1', 'level2', 'name'].includes(headerCell(sheet.rows[grid.headerRow - 1][c] ?? '')?.role);
  return {
  'blank column in front': (sheet) => ({
    ...sheet,
    rows: sheet.rows.map((row) => ['', ...row]),
    merges: sheet.merges.map((m) => shiftRange(m, 0, 1)),
  }),
  'title rows above': (sheet) => ({
    ...sheet,
    rows: [['附件2'], [], ...sheet.rows],
    merges: sheet.merges.map((m) => shiftRange(m, 2, 0)),
  }),
  'labels spaced out': (sheet, grid) => ({
    ...sheet,
    rows: sheet.rows.map((row, r) => row.map((text, c) => (isKnownLabel(text) && !/\s/.test(text) && !inGridBody(sheet, grid, r, c) ? [...text].join(' ') : text))),
  }),
  'labels broken over two lines': (sheet, grid) => ({
    ...sheet,
    rows: sheet.rows.map((row, r) =>
      row.map((text, c) => (isKnownLabel(text) && text.length >= 4 && !/\s/.test(text) && !inGridBody(sheet, grid, r, c) ? `${text.slice(0, 2)}\n${text.slice(2)}` : text)),
    ),
  }),
  'a note under the table': (sheet) => ({ ...sheet, rows: [...sheet.rows, [], ['注：本表由项目单位填写，金额单位为万元。']] }),
  'a blank row under the indicator header': (sheet) => {
    const at = sheet.rows.findIndex((row) => row.some((text) => headerCell(text)?.role === 'level1' || headerCell(text)?.role === 'name'));
    if (at === -1 || sheet.merges.some((m) => spansRow(m, at + 2))) return sheet;
    return { ...sheet, rows: [...sheet.rows.slice(0, at + 1), [], ...sheet.rows.slice(at + 1)], merges: sheet.merges.map((m) => shiftRowsFrom(m, at + 2)) };
  },
  // (a template marks its header and labels, not the clerk's rows: a 二级 written 具体指标 stays as it is)
  'header words marked required': (sheet, grid) => ({
    ...sheet,
    rows: sheet.rows.map((row, r) => row.map((text, c) => (headerCell(text) !== undefined && text.length <= 8 && !inGridBody(sheet, grid, r, c) ? `*${text}` : text))),
  }),
  'cells padded with spaces': (sheet) => ({ ...sheet, rows: sheet.rows.map((row) => row.map((text) => (text === '' ? text : ` ${text}\u3000`))) }),
  'numbers typed in as numbers': (sheet) => ({ ...sheet, rows: sheet.rows.map((row) => row.map(asNumberCell)) }),
  'merged cells written out on every row': (sheet) => writeOutColumnMerges(sheet),
  'a colon after each label': (sheet, grid) => {
    const labelled = (text) => blockLabel(text) !== undefined && headerCell(text) === undefined && !/[:：]\s*$/.test(text);
    return { ...sheet, rows: sheet.rows.map((row, r) => row.map((text, c) => (labelled(text) && !inGridBody(sheet, grid, r, c) ? `${text}：` : text))) };
  },
  'an empty column between the labels and their values': (sheet, grid) => {
    if (!grid || grid.sheet !== sheet.name) return sheet;
    // the rows above the grid's header (of one row or two)
    let last = grid.headerRow - 1;
    while (last > 0 && sheet.rows[last - 1].some((text) => headerCell(text) !== undefined && blockLabel(text) === undefined)) last--;
    return insertColumn(sheet, 1, 1, last);
  },
  'an empty column inside the grid': (sheet, grid) => {
    if (!grid || grid.sheet !== sheet.name) return sheet;
    // right of the 三级 column: a hidden or emptied column of the template
    const at = sheet.rows[grid.headerRow - 1].findIndex((text) => headerCell(text)?.role === 'name');
    // from the header's top row (实际完成值 | 分值 may stand in a row above 一级指标 …)
    let top = grid.headerRow;
    while (top > 1 && sheet.rows[top - 2].some((text) => headerCell(text) !== undefined && blockLabel(text) === undefined)) top--;
    return at === -1 ? sheet : insertColumn(sheet, at + 1, top);
  },
  // a clerk unmerges the 一级 and 二级 columns to sort or filter, or a converter never merged them:
  // each merged text stays in its top cell and the cells below it are blank
  'the category columns unmerged': (sheet, grid) => {
    if (!grid || grid.sheet !== sheet.name) return sheet;
    const header = sheet.rows[grid.headerRow - 1];
    const isCategory = (m) => {
      const [, letters, row] = /^([A-Z]+)(\d+)/.exec(m);
      const role = headerCell(header[COLUMN(letters) - 1] ?? '')?.role;
      return Number(row) > grid.headerRow && (role === 'level1' || role === 'level2');
    };
    return { ...sheet, merges: sheet.merges.filter((m) => !isCategory(m)) };
  },
  // the same columns as other templates name them (一级 | 二级 | 三级 | 目标值 | 度量单位 …)
  'header words in another template\'s words': (sheet) => ({
    ...sheet,
    rows: sheet.rows.map((row) => row.map((text) => HEADER_SYNONYMS[typeof text === 'string' ? text.replace(/\s+/g, '') : ''] ?? text)),
  }),
  'a page break inside the indicator rows': (sheet, grid) => insertInGrid(sheet, () => [['第 1 页，共 2 页']], grid),
  'the header repeated after a page break': (sheet, grid) => insertInGrid(sheet, (header) => [header], grid),
  };
}

/**
 * Rows inserted halfway down the indicator rows the table's own reading found, as a PDF turned into
 * a workbook has them at a page break. A merged cell across the break (一级 merged down its rows)
 * is cut in two there, its text repeated at the top of the second part, as the next page prints it.
 */
function insertInGrid(sheet, rowsFor, grid) {
  if (!grid || grid.sheet !== sheet.name) return sheet;
  const inserted = rowsFor(sheet.rows[grid.headerRow - 1]);
  const n = inserted.length;
  const rows = [...sheet.rows.slice(0, grid.cutRow - 1), ...inserted, ...sheet.rows.slice(grid.cutRow - 1).map((row) => [...row])];
  const merges = [];
  for (const m of sheet.merges) {
    const [[c1, r1], [c2, r2]] = m.split(':').map((ref) => { const x = /([A-Z]+)(\d+)/.exec(ref); return [x[1], Number(x[2])]; });
    if (r2 < grid.cutRow) merges.push(m);
    else if (r1 >= grid.cutRow) merges.push(`${c1}${r1 + n}:${c2}${r2 + n}`);
    else {
      // the part above the break, and the part below it with the text repeated
      if (r1 < grid.cutRow - 1 || c1 !== c2) merges.push(`${c1}${r1}:${c2}${grid.cutRow - 1}`);
      if (r2 > grid.cutRow || c1 !== c2) merges.push(`${c1}${grid.cutRow + n}:${c2}${r2 + n}`);
      const text = sheet.rows[r1 - 1]?.[COLUMN(c1) - 1] ?? '';
      const lower = rows[grid.cutRow - 1 + n];
      while (lower.length < COLUMN(c1)) lower.push('');
      lower[COLUMN(c1) - 1] = text;
    }
  }
  return { ...sheet, rows, merges };
}

/**
 * "150", "12.50", "95%", "97.80%" as Excel holds them when typed in: a number, with the format that
 * shows it as written. Other text stays text.
 */
function asNumberCell(text) {
  const m = /^(\d{1,9})(?:\.(\d{1,4}))?(%?)$/.exec(text);
  if (!m) return text;
  const decimals = m[2]?.length ?? 0;
  const format = decimals > 0 ? `0.${'0'.repeat(decimals)}` : '0';
  return m[3] === '%' ? { value: Number(`${m[1]}.${m[2] ?? ''}`) / 100, numFmt: `${format}%` } : { value: Number(text), numFmt: format };
}

/**
 * An empty column inserted at this 0-based index in rows fromRow to toRow (1-based); merges there
 * right of it move, merges across it widen. A merge that reaches outside those rows is left alone.
 */
function insertColumn(sheet, index, fromRow, toRow = Infinity) {
  const inRange = (r) => r >= fromRow && r <= toRow;
  const rows = sheet.rows.map((row, r) => (inRange(r + 1) && row.length > index ? [...row.slice(0, index), '', ...row.slice(index)] : [...row]));
  const merges = sheet.merges.map((m) => {
    const [[c1, r1], [c2, r2]] = m.split(':').map((ref) => { const x = /([A-Z]+)(\d+)/.exec(ref); return [COLUMN(x[1]), Number(x[2])]; });
    if (r1 < fromRow || r2 > toRow) return m;
    const from = c1 > index ? c1 + 1 : c1;
    const to = c2 > index ? c2 + 1 : c2;
    return `${LETTERS(from)}${r1}:${LETTERS(to)}${r2}`;
  });
  return { ...sheet, rows, merges };
}

/**
 * A cell merged down a column (一级 over its rows, 绩效指标 down column A) unmerged and its text
 * written into every row it covered, as an export or a clerk's copy-down has it.
 */
function writeOutColumnMerges(sheet) {
  const rows = sheet.rows.map((row) => [...row]);
  const merges = [];
  for (const m of sheet.merges) {
    const [[c1, r1], [c2, r2]] = m.split(':').map((ref) => { const x = /([A-Z]+)(\d+)/.exec(ref); return [x[1], Number(x[2])]; });
    if (c1 !== c2 || r1 === r2) {
      merges.push(m);
      continue;
    }
    const col = COLUMN(c1) - 1;
    const text = rows[r1 - 1]?.[col] ?? '';
    // points merged over a group of rows (其中…) are the group's: written on every row they would say more
    if (/^\d{1,3}(?:\.\d+)?$/.test(text.trim()) && Number(text) <= 100) {
      merges.push(m);
      continue;
    }
    for (let r = r1; r <= r2; r++) {
      while (rows[r - 1].length <= col) rows[r - 1].push('');
      rows[r - 1][col] = text;
    }
  }
  return { ...sheet, rows, merges };
}

/** Where the first project's annual rows stand: their sheet, the header row above them and the middle row. */
function gridOf(outcome, table, headerCell) {
  const rows = outcome.ok ? (outcome.document.projects[0]?.indicators ?? []).map((r) => r.source).filter((s) => s?.sheet && s.row) : [];
  if (rows.length < 2) return undefined;
  const sheet = table.sheets.find((s) => s.name === rows[0].sheet);
  const firstRow = rows[0].row;
  // the header: the last row above the first indicator row that names a 一级 or 三级 column
  let headerRow = firstRow - 1;
  while (headerRow > 0 && !sheet.rows[headerRow - 1]?.some((t) => ['level1', 'name'].includes(headerCell(t)?.role))) headerRow--;
  const cutRow = rows[Math.floor(rows.length / 2)].row;
  return headerRow > 0 && cutRow > firstRow ? { sheet: sheet.name, headerRow, cutRow } : undefined;
}

/** An instructions sheet in front of the table's sheets (填表说明). */
const NOTES_SHEET = { name: '填表说明', merges: [], rows: [['填表说明'], ['1.请按项目填写，指标值应量化。'], ['2.金额单位为万元。']] };

/** The merge covers the boundary above this 1-based row (it starts above and ends on or below it). */
function spansRow(range, row) {
  const [a, b] = range.split(':').map((ref) => Number(/\d+/.exec(ref)[0]));
  return a < row && b >= row;
}

/** Rows from this 1-based row down move one row down. */
function shiftRowsFrom(range, row) {
  return range.replace(/([A-Z]+)(\d+)/g, (_, col, r) => `${col}${Number(r) >= row ? Number(r) + 1 : r}`);
}

/** What a reading says: per project its name, funding, goals and every row's categories, name, value, sign, unit and weight, annual then period. */
export function readingOf(outcome) {
  if (!outcome.ok) return `REFUSED ${outcome.problem.message['zh-CN'].slice(0, 60)}`;
  return JSON.stringify(
    outcome.document.projects.map((p) => ({
      name: p.name.trim(),
      total: p.funding?.total,
      goal: p.goal?.replace(/\s+/g, ''),
      goals: p.goals?.map((g) => g.replace(/\s+/g, '')),
      periodGoal: p.periodGoal?.replace(/\s+/g, ''),
      // (cells are kept as written: padding around them is the only change a reading may show)
      rows: (p.indicators ?? []).map((r) => [r.level1?.replace(/\s+/g, ''), r.level2?.replace(/\s+/g, ''), r.name.trim(), r.value.trim(), r.operator?.trim(), r.unit?.trim(), r.weight]),
      period: (p.periodIndicators ?? []).map((r) => [r.name.trim(), r.value.trim()]),
    })),
  );
}

/**
 * Each changed copy of a table, with what changed. `outcome` is the table's own import, which says
 * where its grid stands; `vocabulary` gives the importer's headerCell and blockLabel.
 */
export function perturbedTables(table, outcome, vocabulary) {
  const grid = gridOf(outcome, table, vocabulary.headerCell);
  return [
    ...Object.entries(perturbations(vocabulary)).map(([label, perturb]) => [label, { ...table, sheets: table.sheets.map((sheet) => perturb(sheet, grid)) }]),
    ['a notes sheet in front', { ...table, sheets: [NOTES_SHEET, ...table.sheets] }],
  ];
}

/**
 * Changes that may take away what only the table's layout said, so a reading may rightly differ:
 * every merge lost, each text left in its top cell (a converter that writes no merges). A value
 * merged over two rows, or a header merged across its sub-columns, is then gone. perturb.mjs
 * --lossy prints how many tables still read the same; no test asserts it.
 */
export function lossyTables(table) {
  return [['every merge lost', { ...table, sheets: table.sheets.map((sheet) => ({ ...sheet, merges: [] })) }]];
}
