/**
 * One spreadsheet file (xlsx, csv, tsv, tab-separated txt) → one `perflint/v1` document, or one
 * clear problem. Used by the lint loaders, `perflint import` and the annotated workbook alike, so
 * all three see the same document and the same cells.
 */
import { FORMAT_TAG, type InferredFact, type MoneyUnit, type Project, type Region, type Submission } from '../document/model.js';
import { START_OF_FILE, type SourceRange } from '../document/source-range.js';
import type { LocalizedText } from '../i18n.js';
import { cellAddress, qualifiedCellRef, safeSheetName } from './cell-ref.js';
import { CellLocator } from './cell-locator.js';
import { decodeText } from '../document/text-encoding.js';
import { baseName, extensionOf, stemOf } from '../document/file-name.js';
import { chooseDelimiter, parseDelimited } from './delimited.js';
import { gridFromRows, type SheetGrid } from './grid.js';
import { detectLayout, expectedHeaders, isLayoutId, LAYOUT_IDS, MINIMUM_HEADERS, type GENERIC_LAYOUT, type LayoutEvidence, type LayoutId } from './layouts/index.js';
import * as messages from './messages.js';
import type { WorkbookLimits } from './read-workbook.js';
import { readTables, type GridRead, type CellAt, type DocumentFacts, type TablesReading } from './read-tables.js';
import type { RowSource } from '../document/model.js';
import { asMoneyUnit } from './titles.js';
import { yearIn } from './cell-values.js';
import { Gazetteer, inferPlace, type InferredPlace } from '../analysis/places.js';
import { columnRole, normalizeLabel } from './vocabulary.js';

/** the workbook formats read: .xlsx through ExcelJS, the others (.xlsb, .xls, .et, .ods) through SheetJS */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xlsb', '.xls', '.et', '.ods'];
export const DELIMITED_EXTENSIONS = ['.csv', '.tsv', '.txt'];
export const SPREADSHEET_EXTENSIONS = [...WORKBOOK_EXTENSIONS, ...DELIMITED_EXTENSIONS];

/** What a sheet does not say: from flags (--year …) or the caller. */
export interface ImportDefaults {
  year?: number;
  province?: string;
  city?: string;
  county?: string;
  department?: string;
  moneyUnit?: MoneyUnit;
  /** a layout id, or 'auto' */
  layout?: string;
  /** the memory bound for workbooks: see DEFAULT_MAX_UNPACKED_BYTES */
  maxUnpackedBytes?: number;
}

export interface ImportProblem {
  message: LocalizedText;
  range: SourceRange;
}

export type ImportOutcome =
  | { ok: true; document: Submission; locator: CellLocator; sheets: SheetGrid[]; layout: LayoutId | typeof GENERIC_LAYOUT; warnings: ImportProblem[] }
  | { ok: false; problem: ImportProblem; sheets?: SheetGrid[] };

export function isSpreadsheetPath(filePath: string): boolean {
  return SPREADSHEET_EXTENSIONS.includes(extensionOf(filePath));
}

/** untyped defaults (config, InputContext) → ImportDefaults, ignoring what does not fit */
export function importDefaultsFrom(raw: Record<string, unknown> | undefined): ImportDefaults {
  if (!raw) return {};
  const text = (k: string) => (typeof raw[k] === 'string' && (raw[k] as string).trim() !== '' ? (raw[k] as string).trim() : undefined);
  const year = typeof raw.year === 'number' ? raw.year : typeof raw.year === 'string' ? Number(raw.year) : undefined;
  const out: ImportDefaults = {};
  if (year !== undefined && Number.isInteger(year)) out.year = year;
  for (const k of ['province', 'city', 'county', 'department', 'layout'] as const) {
    const v = text(k);
    if (v !== undefined) out[k] = v;
  }
  const unit = asMoneyUnit(text('moneyUnit') ?? '');
  if (unit) out.moneyUnit = unit;
  if (typeof raw.maxUnpackedBytes === 'number' && raw.maxUnpackedBytes > 0) out.maxUnpackedBytes = raw.maxUnpackedBytes;
  return out;
}

export async function readSheets(filePath: string, bytes: Uint8Array, limits: WorkbookLimits = {}): Promise<{ ok: true; sheets: SheetGrid[] } | { ok: false; problem: ImportProblem }> {
  const extension = extensionOf(filePath);
  if (WORKBOOK_EXTENSIONS.includes(extension)) {
    // exceljs is large: load it only when a workbook is actually read
    const { readWorkbook } = await import('./read-workbook.js');
    const read = await readWorkbook(bytes, limits);
    if (!read.ok) {
      const range = read.cellRef ? { ...START_OF_FILE, cellRef: read.cellRef } : START_OF_FILE;
      return { ok: false, problem: { message: messages.workbookProblem(read.problem, read), range } };
    }
    return { ok: true, sheets: read.sheets };
  }
  if (bytes.length === 0) return { ok: false, problem: { message: messages.EMPTY_FILE, range: START_OF_FILE } };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, problem: { message: messages.UNDETECTABLE_ENCODING, range: START_OF_FILE } };
  const rows = parseDelimited(decoded.text, chooseDelimiter(decoded.text, extension));
  return { ok: true, sheets: [gridFromRows(sheetNameForTextFile(filePath), rows)] };
}

/** Excel names the one sheet of an opened CSV after the file; so do the cell references. */
export function sheetNameForTextFile(filePath: string): string {
  return safeSheetName(stemOf(filePath));
}

export async function importSpreadsheet(filePath: string, bytes: Uint8Array, defaults: ImportDefaults = {}): Promise<ImportOutcome> {
  const read = await readSheets(filePath, bytes, defaults);
  if (!read.ok) return read;
  const { sheets } = read;
  const reading = readTables(sheets);
  const unusable = unusableSheetProblem(reading, sheets, defaults.layout);
  if (unusable) return { ok: false, problem: unusable, sheets };

  const requested = defaults.layout && defaults.layout !== 'auto' ? defaults.layout : undefined;
  if (requested !== undefined && !isLayoutId(requested)) {
    return { ok: false, problem: { message: messages.unknownLayout(requested, LAYOUT_IDS), range: START_OF_FILE }, sheets };
  }
  if (requested) {
    const missing = missingHeaders(requested, reading.evidence);
    if (missing.length) return { ok: false, problem: { message: messages.layoutMismatch(requested, missing), range: firstSheetRange(reading) }, sheets };
  }
  const layout = requested ?? detectLayout(reading.evidence);

  const built = buildDocument(reading, defaults, { file: baseName(filePath), layout });
  const warnings = [...partialReadWarnings(reading), ...namelessProjectWarnings(built.document.projects)];
  const firstProject = built.document.projects[0]?.source as RowSource | undefined;
  const fallback: CellAt | undefined = firstProject?.sheet && firstProject.row ? { sheet: firstProject.sheet, row: firstProject.row, col: 1 } : undefined;
  return { ok: true, document: built.document, locator: new CellLocator(built.document, built.documentCells, fallback), sheets, layout, warnings };
}

/**
 * A workbook needs at least one table. Sheets without one are skipped (notes, empty Sheet2),
 * unless they look like a table whose header cannot be read: that is reported, not ignored.
 */
function unusableSheetProblem(reading: TablesReading, sheets: SheetGrid[], layout: string | undefined): ImportProblem | undefined {
  const expected = layout && isLayoutId(layout) ? expectedHeaders(layout) : MINIMUM_HEADERS;
  if (sheets.length === 0) return { message: messages.EMPTY_FILE, range: START_OF_FILE };
  const broken = reading.findings.find((f) => f.kind === 'no-header' && (reading.projects.length === 0 || f.headerWordsSeen.length >= 2));
  if (broken) return { message: messages.noHeader(broken.sheet, expected, broken.headerWordsSeen), range: sheetStart(broken.sheet) };
  if (indicatorRowCount(reading) > 0) return undefined;
  // nothing read is never a clean pass: name the header that had nothing under it, or the sheet
  const grid = reading.grids[0];
  if (grid) return { message: messages.noRows(grid.sheet, headerCell(grid)), range: cellRange(headerCell(grid)) };
  const withTable = reading.sheetsWithTables[0];
  // (a sheet whose label block made a table, but whose grid header was not read: 项目决策 | 分值 | … scoring sheets)
  if (withTable) return { message: messages.noHeader(withTable, expected, reading.headerWordsBySheet.get(withTable) ?? []), range: sheetStart(withTable) };
  const first = reading.findings[0]!;
  return { message: sheets.length === 1 ? messages.emptySheet(first.sheet) : messages.EMPTY_FILE, range: sheetStart(first.sheet) };
}

function indicatorRowCount(reading: TablesReading): number {
  return reading.projects.reduce((n, p) => n + p.indicators.length + (p.periodIndicators?.length ?? 0), 0);
}

function headerCell(grid: GridRead): string {
  return qualifiedCellRef(grid.sheet, cellAddress(grid.row, grid.col));
}

function cellRange(cellRef: string): SourceRange {
  return { ...START_OF_FILE, cellRef };
}

/** What was read only in part, or cannot be checked: each named at its cell. */
function partialReadWarnings(reading: TablesReading): ImportProblem[] {
  const at = (cell: string, message: LocalizedText): ImportProblem => ({ message, range: cellRange(cell) });
  const cellOf = (c: { sheet: string; row: number; col: number }) => qualifiedCellRef(c.sheet, cellAddress(c.row, c.col));
  return [
    ...reading.grids.filter((g) => g.indicatorRows === 0).map((g) => at(headerCell(g), messages.emptyGrid(headerCell(g)))),
    ...reading.tablesWithoutRows.map((t) => at(headerCell(t), messages.tableWithoutRows(headerCell(t)))),
    ...reading.unreadableMoney.map((c) => at(cellOf(c), (c.spent ? messages.unreadableSpent : messages.unreadableMoney)(cellOf(c), c.text))),
    ...reading.regionTables.map((t) => at(cellOf(t), messages.regionColumns(cellOf(t), t.regions))),
  ];
}

/** A project with no name and no 项目名称 cell to have taken one from. */
function isUnnamed(project: Project): boolean {
  return project.name.trim() === '' && (project.source as RowSource | undefined)?.cells?.name === undefined;
}

/** "2021年度本专科生奖助学金项目自评结果" → 本专科生奖助学金项目: the year in front and the form's own words after. */
const TITLE_YEAR = /^[(（]?(?:19|20)\d{2}年度?[)）]?/u;
const TITLE_FORM_WORDS = /(?:支出)?(?:绩效)?(?:目标)?(?:自评结果|自评表|申报表|批复表|评价表|自评|表)$/u;

/** The name a title gives the one project of a table with no 项目名称 cell, or undefined. */
function projectNameInTitle(title: string): string | undefined {
  const name = title.replace(/\s+/gu, '').replace(TITLE_YEAR, '').replace(TITLE_FORM_WORDS, '');
  return name.length >= 4 && /项目|资金|经费|专项/u.test(name) && !/^(?:项目|部门|单位)/u.test(name) ? name : undefined;
}

/** A single project with no name and no name cell takes the name its sheet's title gives (湖北 2021 自评结果). */
function namedFromTitle(projects: Project[], facts: DocumentFacts, note: (field: string, value: string, from: string, at?: CellAt) => void): Project[] {
  const only = projects.length === 1 ? projects[0]! : undefined;
  if (!only || !isUnnamed(only) || !facts.title) return projects;
  const name = projectNameInTitle(facts.title.text);
  if (name === undefined) return projects;
  note('projects/0/name', name, 'title', facts.title.at);
  return [{ ...only, name }];
}

/** A table whose 项目名称 was never printed, or stood on the page before (大英 2023): the findings call it "#N". */
function namelessProjectWarnings(projects: readonly Project[]): ImportProblem[] {
  return projects.flatMap((p, i) => {
    const source = p.source as RowSource | undefined;
    if (!isUnnamed(p) || !source?.sheet || !source.cell) return [];
    const cell = qualifiedCellRef(source.sheet, source.cell);
    return [{ message: messages.projectWithoutName(cell, i + 1), range: cellRange(cell) }];
  });
}

function missingHeaders(layout: LayoutId, evidence: LayoutEvidence): string[] {
  return expectedHeaders(layout).filter((header) => {
    if (evidence.words.has(normalizeLabel(header))) return false;
    // a grid column may be printed several ways (单位名称（项目名称）, 月细指标（个性）…): any spelling of it will do
    const role = columnRole(header);
    return !(role && evidence.words.has(`role:${role}`));
  });
}

function sheetStart(sheet: string): SourceRange {
  return { line: 1, column: 1, endLine: 1, endColumn: 1, cellRef: qualifiedCellRef(sheet, 'A1') };
}

function firstSheetRange(reading: TablesReading): SourceRange {
  const sheet = reading.sheetsWithTables[0];
  return sheet ? sheetStart(sheet) : START_OF_FILE;
}

interface Built {
  document: Submission;
  documentCells: Map<string, CellAt>;
}

/**
 * What the sheet says wins; flags and config fill what it does not say; then what the sheet implies
 * (a place name, the 实施单位 when there is no 主管部门). Every fact not read from its own labelled
 * cell is listed in `source.inferred` with where it came from. What stays unknown is left out, and
 * the lint run warns about it (engine/unknown-metadata.ts): the table is still read.
 */
export function buildDocument(reading: TablesReading, defaults: ImportDefaults, source: { file: string; layout: string }): Built {
  const { facts } = reading;
  const documentCells = new Map<string, CellAt>();
  const inferred: InferredFact[] = [];
  const note = (field: string, value: string | number, from: string, at?: CellAt) => inferred.push({ field, value, from, ...(at ? { cell: qualifiedCellRef(at.sheet, cellAddress(at.row, at.col)) } : {}) });

  // what the file's name says ("2023年XX县民政局项目绩效目标.xlsx") comes last: after the sheet and the flags
  const fileName = stemOf(baseName(source.file));
  const year = facts.year?.value ?? defaults.year ?? yearIn(fileName);
  if (!facts.year && year !== undefined) note('year', year, defaults.year !== undefined ? 'flag-or-config' : `file-name:${fileName}`);

  const place = facts.province || defaults.province ? undefined : (inferredPlace(reading) ?? placeInFileName(fileName));
  const province = facts.province?.value ?? defaults.province ?? place?.province;
  if (!facts.province && defaults.province) note('region.province', defaults.province, 'flag-or-config');
  const city = facts.city?.value ?? defaults.city ?? (place && !facts.province ? place.city : undefined);
  const county = facts.county?.value ?? defaults.county ?? (place && !facts.province ? place.county : undefined);
  if (place) {
    const from = place.from.at === undefined ? `file-name:${place.name}` : `place-name:${place.name}`;
    note('region.province', place.province, from, place.from.at);
    if (place.city && city === place.city) note('region.city', place.city, from, place.from.at);
    if (place.county && county === place.county) note('region.county', place.county, from, place.from.at);
  }

  const department = departmentOf(facts, defaults, documentCells, note);
  noteCell(documentCells, '/year', facts.year?.at);
  noteCell(documentCells, '/region/province', facts.province?.at ?? place?.from.at);
  noteCell(documentCells, '/region/city', facts.city?.at ?? (place?.city ? place.from.at : undefined));
  noteCell(documentCells, '/region/county', facts.county?.at ?? (place?.county ? place.from.at : undefined));
  noteCell(documentCells, '/moneyUnit', facts.moneyUnit?.at);

  const projects = namedFromTitle(department ? reading.projects.map((p) => namedForDepartment(p, department.name)) : reading.projects, facts, note);
  const moneyUnit = facts.moneyUnit?.value ?? defaults.moneyUnit;
  const region: Region | undefined = province ? { province, ...(city ? { city } : {}), ...(county ? { county } : {}) } : undefined;
  const document: Submission = {
    format: FORMAT_TAG,
    ...(year !== undefined ? { year } : {}),
    ...(region ? { region } : {}),
    ...(department ? { department } : {}),
    // no unit line: left out and marked unstated, never guessed (a 5.00 total may well be 万元)
    ...(moneyUnit ? { moneyUnit } : {}),
    source: {
      file: source.file,
      ...(reading.sheetsWithTables.length === 1 ? { sheet: reading.sheetsWithTables[0] } : {}),
      template: source.layout,
      ...(inferred.length ? { inferred } : {}),
      ...(moneyUnit ? {} : { unstated: ['moneyUnit'] }),
    },
    projects,
  };
  return { document, documentCells };
}

/**
 * A 部门整体 table named only by its generic title ("部门整体支出绩效目标表", or a dated one: "2024年祁东县
 * 部门整体支出绩效目标表", "…2023年度整体绩效目标表") or not at all. An undated title with a place
 * ("邢台市部门整体支出绩效目标申报表") is kept as the table's name.
 */
const GENERIC_OVERALL_NAME = /^(?:部门(?:[(（]单位[)）])?整体|$)|(?:19|20)\d{2}年[^]*整体(?:支出)?绩效(?:目标|自评)[^]{0,4}表$/u;

/**
 * A 部门整体 table whose only name is its generic title: every message would say
 * 项目“部门整体支出绩效目标表”. It is the department's overall spending, and is named so.
 */
function namedForDepartment(project: Project, department: string): Project {
  if (project.kind !== 'overall' || !GENERIC_OVERALL_NAME.test(project.name.normalize('NFKC').trim())) return project;
  return { ...project, name: `${department}部门整体支出` };
}

/** the 浙江 department row (code + name) first, then a 部门名称 line or cell, then --department */
function departmentOf(facts: DocumentFacts, defaults: ImportDefaults, cells: Map<string, CellAt>, note: (field: string, value: string, from: string, at?: CellAt) => void): Submission['department'] | undefined {
  if (facts.departmentRow) {
    noteCell(cells, '/department', facts.departmentRow.at);
    return { code: facts.departmentRow.code, name: facts.departmentRow.name };
  }
  if (facts.departmentLabel) {
    noteCell(cells, '/department', facts.departmentLabel.at);
    const { name, code } = facts.departmentLabel;
    return code ? { code, name } : { name };
  }
  if (defaults.department) {
    note('department', defaults.department, 'flag-or-config');
    return { name: defaults.department };
  }
  // no 主管部门: the unit that filed the table (实施单位, 填报单位, a list's 单位名称)
  const unit = facts.reportingUnit ?? facts.listUnit;
  if (!unit) return undefined;
  noteCell(cells, '/department', unit.at);
  note('department', unit.name, facts.reportingUnit ? 'filing-unit' : 'list-unit', unit.at);
  return { name: unit.name };
}

/** A place found in the sheet's texts, or in the file's name (then with no cell to point at). */
type PlaceFound = InferredPlace & { from: { at: CellAt | undefined } };

/** A place the file's name gives. */
function placeInFileName(fileName: string): PlaceFound | undefined {
  return inferPlace(gazetteer(), [{ text: fileName, at: undefined }]) as PlaceFound | undefined;
}

/**
 * The region the table's own texts point at: its titles and department and unit names; only when
 * they name no place, its project names (which may name the places a project serves, not where
 * the table was filed, and which a long list must not outvote).
 */
function inferredPlace(reading: TablesReading): PlaceFound | undefined {
  const own = inferPlace(gazetteer(), reading.facts.placeTexts);
  if (own) return own as PlaceFound;
  const projectNames = reading.projects.flatMap((p) => {
    const source = p.source as RowSource | undefined;
    return source?.sheet && source.row ? [{ text: p.name, at: { sheet: source.sheet, row: source.row, col: 1 } as CellAt }] : [];
  });
  return inferPlace(gazetteer(), projectNames) as PlaceFound | undefined;
}

let sharedGazetteer: Gazetteer | undefined;
/** built on first use (3,800 names), then shared: it never changes */
function gazetteer(): Gazetteer {
  return (sharedGazetteer ??= new Gazetteer());
}

function noteCell(cells: Map<string, CellAt>, pointer: string, at: CellAt | undefined): void {
  if (at) cells.set(pointer, at);
}
