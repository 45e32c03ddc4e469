/**
 * Label blocks above a grid: 项目名称 | … pairs, 预算数 and its sources, 资金支出计划, numbered goals,
 * the 部门整体 income record, and labels perflint has no field for (kept in extensions).
 */
import type { BudgetExecution, ExecutionLine, Funding, RowSource } from '../../document/model.js';
import { cellAddress } from '../cell-ref.js';
import { amountInLabelCell, moneyLinesInCell, pointsInLabel, readMoney, readSpendingMonth, readWeight } from '../cell-values.js';
import { cellKey, cellText, isBlank, isHiddenByMerge, logicalCells, mergeBottom, nonBlankCells, type LogicalCell } from '../grid.js';
import { isSectionHeading, isTableTitle, metaLine } from '../titles.js';
import { blockLabel, executionColumn, expenditureKey, fundingKey, isFormFieldLabel, isNumberedFormSection, fundingKeyLoose, moneyColumnAcross, splitHeading, goalHeading, isCutGoalLabel, spanInHeading, moneyLineKey, moneyUnitIn, monthOf, normalizeLabel, NUMBERED_GOAL, type BlockLabel, type ExecutionColumn, type MoneyColumnAcross } from '../vocabulary.js';
import type { Draft, Expectation, RecordRows } from './model.js';
import { AMOUNT_HEADING } from '../../analysis/duty-lines.js';
import { isEllipsis } from './model.js';
import { GridRows } from './grid-rows.js';

const FOOTNOTE = /^\s*注\s*[:：]/;
const FOOTNOTE_KEY = '注';
/** a list or a sentence: what a value holds and a label does not */
const PROSE = /[、，,。；;]/u;
/** "2.", "3、", "（1）": a line of a numbered list */
const LIST_NUMBER = /^\s*(?:[(（]\s*\d+\s*[)）]|\d+\s*[.、．)）])/u;


/** 小计 beside a source whose parts are listed below it (财政拨款 | 小计 | 80, 江苏 2024) */
const SUBTOTAL = '小计';

/** The source a money line is about, its amount written after the label in the same cell or not. */
function lineKey(text: string): ReturnType<typeof moneyLineKey> {
  const inline = amountInLabelCell(text);
  return moneyLineKey(inline ? inline.label : text);
}

/** 2. or 二、 opening a line: an item of a numbered list */
const ITEM_NUMBER = /^(?:\d+|[一二三四五六七八九十]+)[.、．)）]/u;

/** a goal's next line under the first (padding round a cell's text is not the clerk's) */
function joinLines(text: string, line: string): string {
  return text.trim() === '' ? line : `${text.trimEnd()}\n${line.trim()}`;
}

/** The text opens with the number n of a list: "2.", "2、", "（2）", "2)". */
function startsNumbered(text: string, n: number): boolean {
  return new RegExp(`^\\s*(?:[(（]\\s*${n}\\s*[)）]|${n}\\s*[.、．)）:：])`, 'u').test(text);
}

/** Labels read as label/value pairs along a row. */
type PairLabel = 'code' | 'name' | 'department' | 'reportingUnit' | 'period' | 'budgetAmount';
const PAIR_LABELS: ReadonlySet<BlockLabel> = new Set<PairLabel>(['code', 'name', 'department', 'reportingUnit', 'period', 'budgetAmount']);
const isPairLabel = (label: BlockLabel | undefined): label is PairLabel => label !== undefined && PAIR_LABELS.has(label);
export abstract class LabelBlocks extends GridRows {
  /** a row whose first cell is a known label; false when it is not one */
  protected readBlockRow(row: number, cells: LogicalCell[]): boolean {
    const first = cells[0]!;
    // 一、基本情况 | 项目名称: | …: the section's heading, then the row's own labels
    const next = cells[1];
    if (next && isNumberedFormSection(first.text) && (blockLabel(next.text) !== undefined || goalHeading(next.text) !== undefined)) return this.readBlockRow(row, cells.slice(1));
    // "……" under numbered goals is the template's "more goals here"; inside a grid it is a row the clerk left
    if (NUMBERED_GOAL.test(normalizeLabel(first.text)) || (isEllipsis(first.text) && !this.columns)) {
      if (!this.draft || this.draft.origin !== 'block') return false;
      this.readGoalRow(row, first);
      return true;
    }
    // 总体目标 | 年度目标 | 中期目标 (or a bare 项目年度目标 | 年度目标完成情况): the texts stand below
    const goalLabel = blockLabel(first.text);
    // 总体目标完成情况 | 总体目标 | 全年实际完成情况 (四川 阆中 2021): the row's label names the block, over headings of its own
    const labelOverHeadings = goalHeading(first.text) === 'completion' && cells.slice(1).some((c) => goalHeading(c.text) === 'annual');
    const labelled = goalLabel === 'goal' || goalLabel === 'goals' || (!goalLabel && (isCutGoalLabel(first.text) || labelOverHeadings));
    if ((labelled || !goalLabel) && this.readGoalHeadings(row, labelled ? cells.slice(1) : cells)) return true;
    // 总体目标 | 全年实际完成情况 (安徽 休宁 2023 转移支付自评表): the label is the goal's own heading, the texts stand below both
    if (labelled && goalHeading(first.text) === 'annual' && this.readGoalHeadings(row, cells)) return true;
    let labelCell = first;
    let label = blockLabel(first.text);
    // 专项基本情况 (merged down the rows, written out on each of them, or in the top cell of a column
    // left blank below it) | 专项名称 | …: a heading over a column of labels
    const second = cells[1];
    const writtenOut = (r: number) => r >= 1 && r <= this.grid.rows.length && normalizeLabel(cellText(this.grid, r, first.col)) === normalizeLabel(first.text);
    // 项目基本情况 written out again beside 项目年度目标 | 年度目标完成情况 (四川 大英 2023): the headings are the row's
    if (!goalLabel && writtenOut(row - 1) && this.readGoalHeadings(row, cells.slice(1))) return true;
    const labelsBelow = () => {
      const below = nonBlankCells(this.grid, row + 1)[0];
      return second !== undefined && below !== undefined && below.col === second.col;
    };
    const heading = mergeBottom(this.grid, row, first.col) > row || writtenOut(row - 1) || writtenOut(row + 1) || labelsBelow();
    if (!label && second && heading && blockLabel(second.text) !== undefined) {
      labelCell = second;
      label = blockLabel(second.text);
    }
    if (label === 'budgetWrapper') {
      this.noteMoneyUnit(moneyUnitIn(first.text), row, first.col);
      const next = cells[1];
      if (!next) return true;
      labelCell = next;
      label = blockLabel(next.text);
      if (!label) {
        this.readUnknownLabel(row, cells.slice(1));
        return true;
      }
    }
    if (!label) {
      // 部门编码: | 316 | 部门名称: | 浮梁县林业局 (江西 部门整体): a known label later in a row of label/value pairs
      const pair = cells.length >= 4 && !this.draft && /[:：]\s*$/u.test(first.text) ? cells.slice(2).find((c) => isPairLabel(blockLabel(c.text))) : undefined;
      if (!pair) return false;
      this.readLabelPairs(row, pair);
      return true;
    }
    this.noteMoneyUnit(moneyUnitIn(labelCell.text), row, labelCell.col);
    this.evidence.keyValueBlock = true;
    this.evidence.words.add(normalizeLabel(labelCell.text));
    this.sheetHadTable = true;
    this.applyBlockLabel(label, row, labelCell);
    return true;
  }

  protected applyBlockLabel(label: BlockLabel, row: number, labelCell: LogicalCell): void {
    const after = this.cellsAfter(row, labelCell.col);
    const valueCell = this.valueAfter(row, after, 0);
    const value = valueCell?.text ?? '';
    switch (label) {
      case 'code':
      case 'name':
      case 'department':
      case 'reportingUnit':
        this.readLabelPairs(row, labelCell);
        return;
      case 'budget':
        this.readBudgetRow(row, labelCell);
        return;
      case 'spendingPlan':
        this.readSpendingHeader(row, labelCell);
        return;
      case 'income':
        this.markOverall();
        this.readRecord(row, labelCell, (record) => this.applyIncome(record));
        return;
      case 'goals':
        if (valueCell && (NUMBERED_GOAL.test(normalizeLabel(valueCell.text)) || isEllipsis(valueCell.text))) {
          this.ensureBlockDraft(row);
          this.readGoalRow(row, valueCell);
          return;
        }
        this.addGoalText(row, labelCell, valueCell);
        return;
      case 'goal':
        this.addGoalText(row, labelCell, valueCell);
        return;
      case 'overallGoal': {
        const draft = this.ensureBlockDraft(row);
        this.markOverall();
        draft.lastGoalLabel = labelCell.text.trim();
        this.pushGoal(draft, value, valueCell ? cellAddress(row, valueCell.col) : cellAddress(row, labelCell.col));
        return;
      }
      case 'period': {
        const draft = this.ensureBlockDraft(row);
        draft.project.period = value;
        draft.cells.period = cellAddress(row, (valueCell ?? labelCell).col);
        return;
      }
      case 'periodGoal':
        this.readPeriodGoal(row, labelCell, valueCell);
        return;
      case 'periodIndicators':
      case 'annualIndicators':
        this.ensureBlockDraft(row).list = label === 'periodIndicators' ? 'periodIndicators' : 'indicators';
        this.columns = undefined;
        return;
      case 'budgetWrapper':
        return;
      case 'budgetAmount':
        // 当年预算 | 9.31 (重庆 潼南 2023): the year's budget as one amount, with no sources beside it
        this.readBudgetAmount(this.ensureBlockDraft(row), labelCell, value, row, (valueCell ?? labelCell).col);
        return;
    }
  }

  /**
   * The value cell at index `from`: that cell, or, when it is a blank single cell, the cell right
   * after it if that one is filled and is no label (项目名称 | | 学生资助, a value typed one column
   * over where the template's merge was lost). 主管部门 | | 实施单位 keeps its blank, and so does a
   * blank merged over the value's columns (重庆 科学城 2021: 主管部门 | B:D empty | 财政处室): that
   * merge is the value's place, and the cell after it another label of the template.
   */
  private valueAfter(row: number, cells: readonly LogicalCell[], from: number): LogicalCell | undefined {
    const first = cells[from];
    const next = cells[from + 1];
    if (!first || !isBlank(first.text) || !next || isBlank(next.text) || this.grid.merges.has(cellKey(row, first.col))) return first;
    return blockLabel(next.text) === undefined ? next : first;
  }

  /** 项目编码 | code | 项目名称 | name, 主管部门 | … | 实施单位 | …: label/value pairs on one row */
  protected readLabelPairs(row: number, labelCell: LogicalCell): void {
    const cells = logicalCells(this.grid, row).filter((c) => c.col >= labelCell.col);
    for (let i = 0; i < cells.length; i++) {
      const label = blockLabel(cells[i]!.text);
      if (!isPairLabel(label)) {
        // 项目名称 | … | 项目负责人及电话 (湖南 南岳 2018), 是否为专项资金: (河北 成安 2020): a form field beside the
        // project's, kept (blank if left so)
        if (this.draft?.origin === 'block' && isFormFieldLabel(cells[i]!.text)) {
          const value = cells[i + 1] && !blockLabel(cells[i + 1]!.text) && !isFormFieldLabel(cells[i + 1]!.text) ? cells[i + 1] : undefined;
          this.readFieldPairs(row, value ? [cells[i]!, value] : [cells[i]!]);
          if (value) i++;
        }
        continue;
      }
      this.evidence.words.add(normalizeLabel(cells[i]!.text));
      const next = this.valueAfter(row, cells, i + 1);
      // (主管部门 | 补助区域 | 市本级, 福建 龙岩 2023: the next field's label stands where the value was left blank)
      const valueCell = next && !blockLabel(next.text) && !isFormFieldLabel(next.text) ? next : undefined;
      const value = valueCell?.text ?? '';
      const labelAt = cells[i]!;
      const address = cellAddress(row, (valueCell ?? labelAt).col);
      if (valueCell) i = cells.indexOf(valueCell);
      // 主管部门 | (blank) | 实施单位 | (blank): kept as the blank the clerk left, for required-fields
      if ((label === 'department' || label === 'reportingUnit') && isBlank(value) && this.draft?.origin === 'block') {
        const key = labelAt.text.trim();
        this.draft.extensions[key] = '';
        this.draft.cells[`extensions/${key}`] = cellAddress(row, valueCell?.col ?? labelAt.col + 1);
        continue;
      }
      if (label === 'department') {
        if (valueCell) this.noteDepartment(value, row, valueCell.col);
        continue;
      }
      if (label === 'reportingUnit') {
        if (isBlank(value)) continue;
        this.noteReportingUnit(value, row, valueCell!.col);
        this.tableUnit = { name: value.trim(), address };
        if (this.draft?.origin === 'block') {
          this.draft.project.unit = { name: value.trim() };
          this.draft.cells.unit = address;
        }
        continue;
      }
      // 主管预算部门 | … | 项目预算金额(万元) | 5652 (天津 2020), 项目名称 | … | 本年度申请市财政预算资金(万元) | 919.00 (东莞)
      if (label === 'budgetAmount') {
        if (!isBlank(value)) this.readBudgetAmount(this.ensureBlockDraft(row), labelAt, value, row, valueCell!.col);
        continue;
      }
      // 项目属性 | 常规项目 | 项目期 | 1年 (安徽 亳州 2023)
      if (label === 'period') {
        if (this.draft && !isBlank(value)) {
          this.draft.project.period = value.trim();
          this.draft.cells.period = address;
        }
        continue;
      }
      const draft = this.ensureBlockDraft(row, label);
      if (label === 'code') {
        draft.project.code = value.trim() === '' ? '' : value;
        draft.has.code = true;
      } else {
        draft.project.name = value;
        draft.has.name = true;
        (draft.project.source as RowSource).row = row;
        (draft.project.source as RowSource).cell = address;
      }
      draft.cells[label] = address;
    }
  }

  private readBudgetAmount(draft: Draft, labelCell: LogicalCell, value: string, row: number, col: number): void {
    const funding: Partial<Funding> = { ...draft.project.funding };
    this.noteMoneyUnit(moneyUnitIn(labelCell.text), row, labelCell.col);
    this.setMoney(draft, funding, 'total', labelCell.text, value, row, col);
    draft.project.funding = { total: null, ...funding };
  }

  /**
   * 预算规模及资金用途 | 预算数 | 200 | 其中：财政资金 | 200 | 其他资金 | … ; the next row is 资金用途.
   * 资金情况 | 年度资金总额： | 500, with the sources on the rows below (| 其中：财政拨款 | 500).
   * A 自评表 prints a money matrix instead (年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分).
   */
  protected readBudgetRow(row: number, labelCell: LogicalCell): void {
    const matrix = this.executionColumns(row, labelCell);
    if (matrix) {
      this.readExecutionBlock(row, labelCell, matrix);
      return;
    }
    const across = this.moneyColumnsAcross(row, labelCell);
    if (across) {
      this.readMoneyAcross(row, across);
      return;
    }
    const draft = this.ensureBlockDraft(row);
    const funding: Partial<Funding> = { ...draft.project.funding };
    // (several money lines in one cell are read as cells of their own, in the same column)
    const cells = this.cellsAfter(row, labelCell.col).flatMap((c) => moneyLinesInCell(c.text)?.map((line) => ({ ...c, text: `${line.label}:${line.amount}` })) ?? [c]);
    const first = cells.find((c) => !isBlank(c.text));
    // side by side 中期 | 年度 amounts: the sources below belong to the total whose label they line up with
    let sourceCol = first?.col;
    // 年度本级预算金额 | 250万 (湖南 湘潭 2023): the label's own amount, before any source, is the total
    if (first && readMoney(first.text).amount !== null && funding.total == null) this.setMoney(draft, funding, 'total', labelCell.text, first.text, row, first.col);
    for (let i = 0; i < cells.length; i++) {
      // 年度资金总额:16 (武汉 青山 2020): the amount stands in the label's own cell
      const inline = amountInLabelCell(cells[i]!.text);
      const inlineKey = inline && moneyLineKey(inline.label);
      if (inline && inlineKey) {
        if (inlineKey === 'total') sourceCol = cells[i]!.col;
        this.setMoney(draft, funding, inlineKey, inline.label, inline.amount, row, cells[i]!.col);
        continue;
      }
      const sub = fundingKeyLoose(cells[i]!.text);
      if (!sub) continue;
      // 年度资金总额 | 金额(万元) (四川 昭化 2021): a heading over the sources' amounts, not a total left blank
      const heading = cells[i + 1] && moneyUnitIn(cells[i + 1]!.text) !== undefined && !/\d/u.test(cells[i + 1]!.text);
      if (sub.key === 'total' && heading) {
        this.noteMoneyUnit(moneyUnitIn(cells[i + 1]!.text), row, cells[i + 1]!.col);
        sourceCol = cells[i]!.col;
        i++;
        continue;
      }
      if (sub.key === 'total') sourceCol = cells[i]!.col;
      // an amount typed into the label cell (其中：财政资金600万元) is kept as written
      if (sub.canonical) draft.extensions[sub.canonical] = cells[i]!.text;
      // (合计 | | 1800: the amount one blank cell over, where the label's merge was lost)
      const after = this.valueAfter(row, cells, i + 1);
      const valueCell = after && !fundingKeyLoose(after.text) ? after : undefined;
      this.setMoney(draft, funding, sub.key, sub.canonical ?? cells[i]!.text, valueCell?.text ?? '', row, (valueCell ?? cells[i]!).col);
      if (valueCell) i = cells.indexOf(valueCell);
    }
    draft.project.funding = { total: null, ...funding };
    const lastLabelRow = mergeBottom(this.grid, row, labelCell.col);
    let sawSourceLine = false;
    // 财政拨款 | 小计 | 80, then its parts one column in (江苏 2024): the column of the parts, already counted in the 小计
    let partsCol: number | undefined;
    const usage: Expectation = (next) => {
      if (partsCol !== undefined && this.cellsPastBlockLabel(next, labelCell)[0]?.col === partsCol) {
        this.expect = usage;
        return true;
      }
      partsCol = undefined;
      const spendingCol = this.splitSpendingColumn(next, labelCell);
      if (spendingCol !== undefined) {
        this.expect = this.splitLines(draft, labelCell, spendingCol);
        return true;
      }
      // 资金总额 | 171.41, then 项目支出 | 60.8 and 基本支出 | 110.61 (福建 宁德 2019): the split by use alone
      const first = this.cellsPastBlockLabel(next, labelCell)[0];
      if (first && expenditureKey(amountInLabelCell(first.text)?.label ?? first.text)) return this.splitLines(draft, labelCell, first.col)(next);
      const line = sourceCol === undefined ? undefined : this.readSourceLine(draft, next, sourceCol, labelCell);
      if (line) {
        sawSourceLine = true;
        partsCol = line.partsCol;
        sourceCol = line.sourceCol ?? sourceCol;
        this.expect = usage;
        return true;
      }
      // a block that lists its sources row by row has no 资金用途 row; nor is the indicator header one
      if (sawSourceLine || (next > lastLabelRow && this.startsWithLabel(next)) || this.headerAt(next)) return false;
      const text = nonBlankCells(this.grid, next).find((c) => c.col > labelCell.col);
      draft.extensions['资金用途'] = text?.text ?? '';
      if (text) draft.cells['extensions/资金用途'] = cellAddress(next, text.col);
      return true;
    };
    this.expect = usage;
  }

  /**
   * The budget label's row as the headings of a money block written across (moneyColumnAcross): a
   * total column and a source or 执行数 column, no amount on the row itself, and the amounts on one of
   * the next three rows (南岳 2023 puts a row of sub-headings between). Undefined for any other row.
   */
  private moneyColumnsAcross(row: number, labelCell: LogicalCell): { columns: Array<{ cell: LogicalCell; role: MoneyColumnAcross }>; valuesRow: number } | undefined {
    const cells = this.cellsAfter(row, labelCell.col).filter((c) => !isBlank(c.text));
    if (cells.some((c) => readMoney(c.text).amount !== null)) return undefined;
    const columns = cells.flatMap((cell) => {
      const role = moneyColumnAcross(cell.text);
      return role ? [{ cell, role }] : [];
    });
    const total = columns.find((c) => c.role === 'total');
    if (!total || !columns.some((c) => c.role === 'source' || c.role === 'spent')) return undefined;
    for (let r = row + 1; r <= row + 3; r++) {
      if (readMoney(cellText(this.grid, r, total.cell.col)).amount !== null) return { columns, valuesRow: r };
    }
    return undefined;
  }

  /**
   * The amounts under the headings: the total is the funding, 执行数 and 执行率 the execution line. A
   * source's amount is kept as filed, by its heading: 中央 | 省、地 | 本级 name no source of the canonical
   * form, and a heading over several columns (财政资金 over 中央 | 省级 | 市级 | 本级) has no one amount.
   */
  private readMoneyAcross(row: number, { columns, valuesRow }: { columns: Array<{ cell: LogicalCell; role: MoneyColumnAcross }>; valuesRow: number }): void {
    const draft = this.ensureBlockDraft(row);
    const funding: Funding = { total: null };
    const line: ExecutionLine = { source: 'total', budget: null, spent: null };
    let spentCol: number | undefined;
    for (const { cell, role } of columns) {
      const text = cellText(this.grid, valuesRow, cell.col);
      this.noteMoneyUnit(moneyUnitIn(cell.text), row, cell.col);
      if (role === 'total') {
        this.setMoney(draft, funding, 'total', cell.text, text, valuesRow, cell.col);
      } else if (role === 'spent') {
        line.spent = readMoney(text).amount;
        spentCol = cell.col;
        draft.cells['budgetExecution/lines/0/spent'] = cellAddress(valuesRow, cell.col);
      } else if (role === 'rate') {
        if (!isBlank(text)) line.rate = text.trim();
        draft.cells['budgetExecution/lines/0/rate'] = cellAddress(valuesRow, cell.col);
      } else if (!isBlank(text) && !this.spansRight(row, cell.col)) {
        const key = cell.text.trim();
        draft.extensions[key] = text.trim();
        draft.cells[`extensions/${key}`] = cellAddress(valuesRow, cell.col);
      }
    }
    draft.project.funding = funding;
    if (spentCol !== undefined) {
      line.budget = funding.total;
      draft.cells['budgetExecution/lines/0/budget'] = draft.cells['funding/total']!;
      draft.project.budgetExecution = { ...draft.project.budgetExecution, lines: [line] };
    }
    // the rows down to the amounts are the block's own
    const skip: Expectation = (next) => {
      if (next > valuesRow) return false;
      if (next < valuesRow) this.expect = skip;
      return true;
    };
    this.expect = skip;
  }

  /** the heading at (row, col) spans the next column too: merged over it, or, merges lost, with that cell blank */
  private spansRight(row: number, col: number): boolean {
    return isHiddenByMerge(this.grid, row, col + 1) || (col + 1 < (this.grid.rows[row - 1]?.length ?? 0) && isBlank(cellText(this.grid, row, col + 1)));
  }

  /**
   * | 其中：财政拨款 | 500: a row of money lines under the total; the source read is the one in the
   * total's label column (中期 | 年度 side by side). Undefined when the row is no money row at all;
   * `partsCol` when the line is a 小计 whose parts are listed below it, in that column; `sourceCol`
   * when it is the total's own line, whose label column the sources below then share.
   */
  protected readSourceLine(draft: Draft, row: number, labelCol: number, blockLabelCell: LogicalCell): { partsCol?: number; sourceCol?: number } | undefined {
    const cells = this.cellsPastBlockLabel(row, blockLabelCell);
    const firstKey = cells[0] && lineKey(cells[0].text);
    if (!firstKey) return undefined;
    if (firstKey === 'total') {
      // 投入目标(万元) | 资金来源 | 年初安排金额 over | 资金总额 | 3 (内蒙古 乌海 2021): the total's own line
      const value = cells[1];
      if (draft.project.funding?.total != null || !value || readMoney(value.text).amount === null) return undefined;
      const funding: Funding = draft.project.funding ?? { total: null };
      this.setMoney(draft, funding, 'total', cells[0]!.text, value.text, row, value.col);
      draft.project.funding = funding;
      // (项目资金 | 收入 | … over | 资金总额 | 80, 江苏 2024: the sources line up with the total, not with the heading)
      return { sourceCol: cells[0]!.col };
    }
    const label = cells.find((c) => c.col === labelCol);
    const key = label && lineKey(label.text);
    if (!label || !key || key === 'total') return {};
    const after = this.cellsAfter(row, labelCol);
    const subtotal = after[0] !== undefined && normalizeLabel(after[0].text) === SUBTOTAL ? after[0] : undefined;
    const valueCell = subtotal ? after[1] : after[0];
    const value = valueCell && !moneyLineKey(valueCell.text) ? valueCell : undefined;
    const funding: Funding = draft.project.funding ?? { total: null };
    // 二、自有资金:0万元 (湖南 宁乡 2021): the line's amount in its label's own cell
    const inline = value === undefined ? amountInLabelCell(label.text) : undefined;
    if (inline) this.setMoney(draft, funding, key, inline.label, inline.amount, row, label.col);
    else this.setMoney(draft, funding, key, label.text, value?.text ?? '', row, (value ?? label).col);
    draft.project.funding = funding;
    return subtotal ? { partsCol: subtotal.col } : {};
  }

  /** 按收入性质分 | 按支出性质分 (the 部门整体支出 form): the row heads the total's two splits; the column of the second */
  private splitSpendingColumn(row: number, blockLabelCell: LogicalCell): number | undefined {
    const cells = this.cellsPastBlockLabel(row, blockLabelCell);
    const spending = cells.find((c) => splitHeading(c.text) === 'spending');
    return spending && cells.some((c) => splitHeading(c.text) === 'income') ? spending.col : undefined;
  }

  /**
   * The rows under 按收入性质分 | 按支出性质分: the sources left of the second heading's column, and
   * 基本支出 / 项目支出 from it on, each amount in its label's cell (其中:一般公共预算:952.22, 湖南 祁东
   * 2024) or in the cell after it on the same side (公共财政拨款 | 222.45 | 基本支出 | 220.45, 澧县 2021).
   */
  private splitLines(draft: Draft, blockLabelCell: LogicalCell, spendingCol: number): Expectation {
    const lines: Expectation = (next) => {
      const cells = this.cellsPastBlockLabel(next, blockLabelCell);
      let read = false;
      for (let i = 0; i < cells.length; i++) {
        const cell = cells[i]!;
        const spendingSide = cell.col >= spendingCol;
        // (其中: 一般公共预算:1873.66万元: the first line's 其中 before its own label and amount)
        const text = cell.text.replace(/^\s*其中\s*[:：]\s*/u, '');
        const inline = amountInLabelCell(text);
        const label = inline?.label ?? text;
        const sourceKey = spendingSide ? undefined : lineKey(text);
        const useKey = spendingSide ? expenditureKey(label) : undefined;
        if ((!sourceKey || sourceKey === 'total') && !useKey) continue;
        read = true;
        const beside = cells[i + 1];
        const amountCell = inline === undefined && beside && beside.col >= spendingCol === spendingSide && !lineKey(beside.text) && !expenditureKey(beside.text) ? beside : undefined;
        const amount = inline?.amount ?? amountCell?.text ?? '';
        const col = (amountCell ?? cell).col;
        if (amountCell) i++;
        if (sourceKey) {
          const funding: Funding = draft.project.funding ?? { total: null };
          this.setMoney(draft, funding, sourceKey, label, amount, next, col);
          draft.project.funding = funding;
        } else if (useKey) {
          draft.project.expenditure = { ...draft.project.expenditure, [useKey]: readMoney(amount).amount };
          draft.cells[`expenditure/${useKey}`] = cellAddress(next, col);
        }
      }
      if (read) this.expect = lines;
      return read;
    };
    return lines;
  }

  /** the 自评表 money matrix's columns, when the budget label's row prints them */
  protected executionColumns(row: number, labelCell: LogicalCell): Map<ExecutionColumn, number> | undefined {
    const columns = new Map<ExecutionColumn, number>();
    for (const c of this.cellsAfter(row, labelCell.col)) {
      const role = executionColumn(c.text);
      if (role && !columns.has(role)) columns.set(role, c.col);
    }
    return columns.has('spent') && (columns.has('budget') || columns.has('initial')) ? columns : undefined;
  }

  /**
   * The 自评表 money lines under the matrix headings: 年度资金总额, then its sources. The 全年预算数
   * column is the funding; 执行数 and 执行率 go to budgetExecution, and the total line's 分值/得分
   * are the points of 预算执行率.
   */
  protected readExecutionBlock(row: number, labelCell: LogicalCell, columns: Map<ExecutionColumn, number>): void {
    const draft = this.ensureBlockDraft(row);
    const funding: Funding = { total: null };
    const lines: ExecutionLine[] = [];
    const execution: BudgetExecution = { lines };
    draft.project.funding = funding;
    draft.project.budgetExecution = execution;
    // 预算执行情况(万元) (20分): the points the label declares, unless a 分值 column gives them
    const declared = pointsInLabel(labelCell.text);
    if (declared !== undefined) {
      execution.weight = declared;
      draft.cells['budgetExecution/weight'] = cellAddress(row, labelCell.col);
    }
    const budgetCol = columns.get('budget') ?? columns.get('initial')!;
    const line: Expectation = (next) => {
      const first = this.cellsPastBlockLabel(next, labelCell)[0];
      // (湖北 自评表 print the line's label in the block label's own column: 年度财政资金总额 under 预算执行情况)
      const key = first && first.col >= labelCell.col ? moneyLineKey(first.text) : undefined;
      // a line no source names, with its amount (彩票公益金用于医疗救助 | 0 | 0, 安徽 霍山 2024): kept as written, and the block goes on
      if (first && !key && first.col >= labelCell.col && first.col < budgetCol && readMoney(cellText(this.grid, next, budgetCol)).amount !== null) {
        draft.extensions[first.text.trim()] = cellText(this.grid, next, budgetCol).trim();
        draft.cells[`extensions/${first.text.trim()}`] = cellAddress(next, budgetCol);
        this.expect = line;
        return true;
      }
      if (!first || !key) {
        // (按收入性质分 | 按支出性质分 under the matrix, 湖南 零陵 2021: the budget split two ways, with no execution columns)
        const spendingCol = this.splitSpendingColumn(next, labelCell);
        if (spendingCol === undefined) return false;
        this.expect = this.splitLines(draft, labelCell, spendingCol);
        return true;
      }
      const at = (role: ExecutionColumn) => {
        const col = columns.get(role);
        return col === undefined ? undefined : { text: cellText(this.grid, next, col), address: cellAddress(next, col) };
      };
      // 年度资金总额:38.75万元 | (a description of the money) (宁夏 原州 2022): the line's amount is in its label
      const inline = amountInLabelCell(first.text);
      const budgetText = cellText(this.grid, next, budgetCol);
      if (inline && readMoney(budgetText).amount === null) this.setMoney(draft, funding, key, inline.label, inline.amount, next, first.col);
      else this.setMoney(draft, funding, key, first.text, budgetText, next, budgetCol);
      // 部门整体支出总额 (安徽 天长 2020): the table is the department's overall spending
      if (normalizeLabel(first.text).includes('部门整体')) this.markOverall();
      const spent = at('spent')!;
      const prefix = `budgetExecution/lines/${lines.length}`;
      const spentMoney = readMoney(spent.text);
      const entry: ExecutionLine = { source: key, budget: funding[key] ?? null, spent: spentMoney.amount };
      // 全年执行数 written as a description of the money (宁夏 原州 2022): meant as an amount, read as none
      if (spentMoney.amount === null && spentMoney.raw !== undefined && /\d/.test(spentMoney.raw)) {
        this.unreadableMoney.push({ sheet: this.grid.name, row: next, col: columns.get('spent')!, text: spentMoney.raw, spent: true });
        draft.unreadable.push(`${prefix}/spent`);
      }
      draft.cells[`${prefix}/budget`] = cellAddress(next, budgetCol);
      draft.cells[`${prefix}/spent`] = spent.address;
      const rate = at('rate');
      if (rate && !isBlank(rate.text)) {
        entry.rate = rate.text.trim();
        draft.cells[`${prefix}/rate`] = rate.address;
      }
      lines.push(entry);
      if (key === 'total') {
        for (const role of ['weight', 'score'] as const) {
          const cell = at(role);
          if (!cell) continue;
          execution[role] = readWeight(cell.text);
          draft.cells[`budgetExecution/${role}`] = cell.address;
        }
      }
      this.expect = line;
      return true;
    };
    this.expect = line;
  }

  /**
   * The filled cells of a row under a block label, past the label itself when the row repeats it in
   * its column (项目资金(万元), 年度总体目标: a merge over the block's lines written out on each).
   */
  private cellsPastBlockLabel(row: number, labelCell: LogicalCell): LogicalCell[] {
    const cells = nonBlankCells(this.grid, row);
    const repeats = cells[0]?.col === labelCell.col && normalizeLabel(cells[0].text) === normalizeLabel(labelCell.text);
    return repeats ? cells.slice(1) : cells;
  }

  /** 资金支出计划（%） | 3月底 | 6月底 | 10月底 | 12月底, values on the next row */
  protected readSpendingHeader(row: number, labelCell: LogicalCell): void {
    const draft = this.ensureBlockDraft(row);
    const months = this.cellsAfter(row, labelCell.col).flatMap((c) => {
      const month = monthOf(c.text);
      return month === undefined ? [] : [{ month, col: c.col }];
    });
    draft.project.spendingPlan = [];
    this.expect = (next) => {
      if (this.startsWithLabel(next)) return false;
      for (const { month, col } of months) {
        const entry = readSpendingMonth(month, cellText(this.grid, next, col));
        if (!entry) continue;
        draft.cells[`spendingPlan/${draft.project.spendingPlan!.length}`] = cellAddress(next, col);
        draft.project.spendingPlan!.push(entry);
      }
      return true;
    };
  }

  /**
   * A label whose row holds column headings and whose next row(s) hold the values (年度收入预算,
   * 资金支出计划 and unknown records). The first row after the headings always holds values, even
   * when they are all empty; more rows belong to it while they sit under the headings only.
   */
  protected readRecord(row: number, labelCell: LogicalCell, apply: (records: RecordRows) => void): void {
    const headers = this.cellsAfter(row, labelCell.col).filter((c) => !isBlank(c.text));
    const records: RecordRows = { headerRow: row, headers, rows: [] };
    const lastLabelRow = mergeBottom(this.grid, row, labelCell.col);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      this.pendingRecord = undefined;
      apply(records);
    };
    const underHeadings = (next: number) => {
      // (the label merged down the block, or written out again on each of its rows)
      const label = cellText(this.grid, next, labelCell.col);
      if (!isBlank(label) && normalizeLabel(label) !== normalizeLabel(labelCell.text)) return false;
      const values = nonBlankCells(this.grid, next).filter((c) => c.col !== labelCell.col);
      return values.length > 0 && values.every((c) => headers.some((h) => h.col === c.col));
    };
    // (the label merged down its rows, or that merge written out on each of them)
    const labelGoesOn = (next: number) => next <= lastLabelRow || normalizeLabel(cellText(this.grid, next, labelCell.col)) === normalizeLabel(labelCell.text);
    const consume: Expectation = (next) => {
      const first = records.rows.length === 0;
      // an indicator header ends any record above it, even one whose value row is still expected
      const belongs = !this.headerAt(next) && (labelGoesOn(next) || (!this.startsWithLabel(next) && (first || underHeadings(next))));
      if (!belongs) {
        finish();
        return false;
      }
      records.rows.push(next);
      this.expect = consume;
      return true;
    };
    this.expect = consume;
    this.pendingRecord = finish;
  }

  /**
   * 项目预算 | 成本构成 | 金额 | 测算(公式)依据 over its cost lines and a 合计 line (湖北 鄂州 2022): the
   * budget told by what it pays for, its 合计 the project's total, unless the table gave one already.
   */
  private readCostBreakdownTotal(draft: Draft, labelCell: LogicalCell, records: RecordRows): void {
    if (draft.project.funding?.total != null || !normalizeLabel(labelCell.text).includes('预算')) return;
    const amount = records.headers.find((h) => AMOUNT_HEADING.test(normalizeLabel(h.text)));
    const first = records.headers[0];
    if (!amount || !first || first === amount) return;
    const totalRow = records.rows.find((r) => fundingKey(cellText(this.grid, r, first.col)) === 'total');
    if (totalRow === undefined) return;
    const funding: Funding = { ...draft.project.funding, total: null };
    this.noteMoneyUnit(moneyUnitIn(amount.text) ?? moneyUnitIn(labelCell.text), records.headerRow, amount.col);
    this.setMoney(draft, funding, 'total', amount.text, cellText(this.grid, totalRow, amount.col), totalRow, amount.col);
    draft.project.funding = funding;
  }

  protected applyIncome(records: RecordRows): void {
    const draft = this.ensureBlockDraft(records.headerRow);
    const funding: Partial<Funding> = { ...draft.project.funding };
    const valueRow = records.rows[0];
    for (const h of records.headers) {
      const key = fundingKeyLoose(h.text)?.key;
      if (!key) continue;
      const text = valueRow === undefined ? '' : cellText(this.grid, valueRow, h.col);
      this.setMoney(draft, funding, key, h.text, text, valueRow ?? records.headerRow, h.col);
    }
    draft.project.funding = { total: null, ...funding };
  }

  protected readGoalRow(row: number, numberCell: LogicalCell): void {
    if (isEllipsis(numberCell.text)) return; // the template's "more goals here" row
    const draft = this.ensureBlockDraft(row);
    const valueCell = this.cellsAfter(row, numberCell.col)[0];
    this.pushGoal(draft, valueCell?.text ?? '', cellAddress(row, (valueCell ?? numberCell).col));
  }

  /**
   * A row of goal headings (年度目标 | 中期目标, 预期目标 | 实际完成情况): each text is in the cell
   * under its heading on the next row. The annual one is the goal, the 中期/实施期 one the period
   * goal, a 自评表's 实际完成情况 is kept in extensions under its heading. False when the row is
   * anything else (every cell must be a heading, and one of them a goal).
   */
  protected readGoalHeadings(row: number, cells: LogicalCell[]): boolean {
    const headings = cells.map((cell) => ({ cell, kind: goalHeading(cell.text) }));
    if (headings.length === 0 || headings.some((h) => h.kind === undefined) || headings.every((h) => h.kind === 'completion')) return false;
    const draft = this.ensureBlockDraft(row);
    // the label left of the headings (年度总体目标) written out again beside the values is still this block
    const rowLabel = nonBlankCells(this.grid, row)[0]!;
    const repeatsLabel = (next: number) => rowLabel.col < headings[0]!.cell.col && this.cellsPastBlockLabel(next, rowLabel).length < nonBlankCells(this.grid, next).length;
    const columns = new Set(headings.map((h) => h.cell.col));
    /** what each heading's text became, to add a second line to */
    const written = new Map<number, (line: string) => void>();
    const readLine = (next: number): void => {
      for (const { cell, kind } of headings) {
        const text = cellText(this.grid, next, cell.col);
        const address = cellAddress(next, cell.col);
        const heading = cell.text.trim();
        const add = written.get(cell.col);
        if (add) {
          if (!isBlank(text)) add(text);
        } else if (kind === 'annual') {
          const goal = { label: heading, text, address };
          draft.goalTexts.push(goal);
          written.set(cell.col, (line) => (goal.text = joinLines(goal.text, line)));
        } else if (kind === 'period') {
          draft.project.periodGoal = text;
          draft.cells.periodGoal = address;
          this.notePeriodSpan(draft, cell, row);
          written.set(cell.col, (line) => (draft.project.periodGoal = joinLines(draft.project.periodGoal ?? '', line)));
        } else {
          draft.extensions[heading] = text;
          draft.cells[`extensions/${heading}`] = address;
          written.set(cell.col, (line) => (draft.extensions[heading] = joinLines(String(draft.extensions[heading] ?? ''), line)));
        }
      }
    };
    // a goal written over two rows under its heading (成安 2020: 年度预期目标 over two lines, merged row by row)
    const lastLabelRow = mergeBottom(this.grid, row, rowLabel.col);
    const moreLines: Expectation = (next) => {
      const cells = nonBlankCells(this.grid, next);
      // (the label merged down over the lines, or written out again beside each of them)
      const labelAgain = cells[0] !== undefined && cells[0].col === rowLabel.col && normalizeLabel(cells[0].text) === normalizeLabel(rowLabel.text);
      const lines = labelAgain ? cells.slice(1) : cells;
      // (a merge over a line written out on each cell repeats the text of the cell to its left)
      const inColumns = (c: LogicalCell) => columns.has(c.col) || (c.col > 1 && cellText(this.grid, next, c.col - 1).trim() === c.text.trim());
      // (past the label's merge only its text written out again says the block goes on, and then a
      // numbered or labelled line, 2.项目实施内容及过程概述, is the block's next item, not more goal)
      const nextItem = () => ITEM_NUMBER.test(lines[0]!.text.trim()) || blockLabel(lines[0]!.text) !== undefined || goalHeading(lines[0]!.text) !== undefined;
      if (lines.length === 0 || (next > lastLabelRow && (!labelAgain || nextItem())) || !lines.every(inColumns) || this.headerAt(next)) return false;
      readLine(next);
      this.expect = moreLines;
      return true;
    };
    this.expect = (next) => {
      if (this.headerAt(next) || (this.startsWithLabel(next) && !repeatsLabel(next))) return false;
      readLine(next);
      this.expect = moreLines;
      return true;
    };
    return true;
  }

  protected pushGoal(draft: Draft, text: string, address: string): void {
    const goals = (draft.project.goals ??= []);
    draft.cells[`goals/${goals.length}`] = address;
    goals.push(text);
  }

  protected addGoalText(row: number, labelCell: LogicalCell, valueCell: LogicalCell | undefined): void {
    const draft = this.ensureBlockDraft(row);
    const goal = { label: labelCell.text.trim(), text: valueCell?.text ?? '', address: cellAddress(row, (valueCell ?? labelCell).col) };
    draft.goalTexts.push(goal);
    this.expectMoreGoalLines(row, labelCell, valueCell, () => goal.text, (text) => (goal.text = text));
  }

  /** 中期目标(2023年—2025年): the span the heading names, kept beside the 项目期 the table may state elsewhere */
  private notePeriodSpan(draft: Draft, heading: LogicalCell, row: number): void {
    const span = spanInHeading(heading.text);
    if (span === undefined) return;
    draft.project.periodSpan = span;
    draft.cells.periodSpan = cellAddress(row, heading.col);
  }

  /** 中长期绩效目标 over two rows (湖南 南岳 2023): one period goal, its lines joined as the annual goal's */
  private readPeriodGoal(row: number, labelCell: LogicalCell, valueCell: LogicalCell | undefined): void {
    const draft = this.ensureBlockDraft(row);
    this.notePeriodSpan(draft, labelCell, row);
    draft.project.periodGoal = valueCell?.text ?? '';
    draft.cells.periodGoal = cellAddress(row, (valueCell ?? labelCell).col);
    this.expectMoreGoalLines(row, labelCell, valueCell, () => draft.project.periodGoal ?? '', (text) => (draft.project.periodGoal = text));
  }

  /**
   * The goal's further lines: 本年度绩效目标 merged down two rows, "1.对…发放就学补助;" then
   * "2.补助标准为:每生1500元/学期。" (湖南 南岳 2023), are one goal.
   */
  private expectMoreGoalLines(row: number, labelCell: LogicalCell, valueCell: LogicalCell | undefined, text: () => string, setText: (text: string) => void): void {
    const lastLabelRow = mergeBottom(this.grid, row, labelCell.col);
    if (!valueCell) return;
    let count = 1;
    const more: Expectation = (next) => {
      const cellsBelow = nonBlankCells(this.grid, next);
      // the label merged over the line, written out again beside it, or (merges lost) left blank
      // beside a line that goes on with the goal's numbering ("1.…" then "2.…")
      const alone = cellsBelow.length === 1 ? cellsBelow[0] : undefined;
      const numbered = alone !== undefined && startsNumbered(text(), 1) && startsNumbered(alone.text, count + 1);
      const besideLabelAgain = cellsBelow.length === 2 && normalizeLabel(cellsBelow[0]!.text) === normalizeLabel(labelCell.text);
      const line = alone && (next <= lastLabelRow || numbered) ? alone : besideLabelAgain ? cellsBelow[1] : undefined;
      if (line === undefined || line.col !== valueCell.col) return false;
      setText(joinLines(text(), line.text));
      count++;
      this.expect = more;
      return true;
    };
    this.expect = more;
  }

  /**
   * A label the importer has no field for: kept in the project's extensions under the label as
   * written. One value → text; the same column continued below → a list; headings with values
   * below → a record (several value rows → a list of records).
   */
  protected readUnknownLabel(row: number, cells: LogicalCell[]): void {
    // 项目基本情况 merged down beside its labels, written out on each row by a copy that lost the merge: the label is the next cell
    if (cells.length >= 2 && this.repeatsCellAbove(row, cells[0]!)) {
      this.readUnknownLabel(row, cells.slice(1));
      return;
    }
    const [labelCell, ...rest] = cells;
    if (!labelCell || !this.draft) return;
    const draft = this.draft;
    const key = labelCell.text.trim();
    const after = this.cellsAfter(row, labelCell.col);
    // 一级项目名称 | 文化事业发展专项资金 | 二级项目名称 | 博物馆…补助资金 (甘肃): the known label later in the row names the project
    const pairLabel = rest.slice(1).find((c) => isPairLabel(blockLabel(c.text)));
    if (pairLabel) {
      draft.extensions[key] = rest[0]!.text;
      draft.cells[`extensions/${key}`] = cellAddress(row, rest[0]!.col);
      this.readLabelPairs(row, pairLabel);
      return;
    }
    // 专项负责人 | 欧阳光 | 联系人及电话 | 180…, 项目类型 | 常年安排项目 | 项目级次 | 市本级: label/value pairs, not headings over a record
    if (rest.length >= 2 && isFormFieldLabel(key) && isFormFieldLabel(rest[1]!.text)) {
      this.readFieldPairs(row, [labelCell, ...rest]);
      return;
    }
    if (rest.length === 2 && this.headsFieldPairs(row, labelCell, rest)) {
      this.readFieldPairsDown(row, labelCell, rest);
      return;
    }
    if (rest.length >= 2) {
      this.readRecord(row, labelCell, (records) => {
        // (a heading merged down over its sub-headings and written out again there is no value)
        const valueAt = (r: number, h: LogicalCell) => (r === records.headerRow + 1 && this.repeatsCellAbove(r, { ...h, text: cellText(this.grid, r, h.col) }) ? '' : cellText(this.grid, r, h.col));
        const objects = records.rows.map((r) => Object.fromEntries(records.headers.map((h) => [h.text.trim(), valueAt(r, h)])));
        draft.extensions[key] = objects.length === 1 ? objects[0] : objects;
        draft.cells[`extensions/${key}`] = cellAddress(row, labelCell.col);
        // each value's own cell, so a finding on one line of the record points at it
        records.rows.forEach((r, i) => {
          const path = objects.length === 1 ? `extensions/${key}` : `extensions/${key}/${i}`;
          for (const h of records.headers) draft.cells[`${path}/${h.text.trim()}`] = cellAddress(r, h.col);
        });
        this.readCostBreakdownTotal(draft, labelCell, records);
      });
      return;
    }
    const valueCell = rest[0] ?? after[0];
    if (!valueCell && LIST_NUMBER.test(key)) {
      this.expectTextBelow(row, labelCell, key);
      return;
    }
    const values = [valueCell?.text ?? ''];
    draft.extensions[key] = values[0];
    draft.cells[`extensions/${key}`] = cellAddress(row, (valueCell ?? labelCell).col);
    const lastLabelRow = mergeBottom(this.grid, row, labelCell.col);
    const valueCol = valueCell?.col ?? labelCell.col + 1;
    const more: Expectation = (next) => {
      const withinMerge = next <= lastLabelRow;
      const cellsBelow = nonBlankCells(this.grid, next);
      const headingRow = cellsBelow.length > 0 && cellsBelow.every((c) => goalHeading(c.text) !== undefined);
      const continues = !headingRow && (withinMerge || (cellsBelow.length === 1 && cellsBelow[0]!.col === valueCol && !this.startsWithLabel(next)));
      if (!continues) return false;
      values.push(cellText(this.grid, next, valueCol));
      draft.extensions[key] = values;
      this.expect = more;
      return true;
    };
    this.expect = more;
  }

  /** the cell says what the one above it says: a merge written out on each row */
  private repeatsCellAbove(row: number, cell: LogicalCell): boolean {
    return row > 1 && normalizeLabel(cellText(this.grid, row - 1, cell.col)) === normalizeLabel(cell.text);
  }

  /**
   * A numbered label that fills its row (2.项目实施内容及过程概述, 四川 自评表): its text is in the box
   * drawn below it, kept blank when the clerk left that box empty. A numbered line below is the
   * list's next label (3.区级资金 under 2.市级资金), not this one's text.
   */
  private expectTextBelow(row: number, labelCell: LogicalCell, key: string): void {
    const draft = this.draft!;
    draft.extensions[key] = '';
    draft.cells[`extensions/${key}`] = cellAddress(row, labelCell.col);
    this.expect = (next) => {
      if (next !== row + 1 || this.headerAt(next) || this.startsWithLabel(next)) return false;
      // (a heading left of the label, written out on this row too, is not the text)
      const below = nonBlankCells(this.grid, next).filter((c) => !c.continued && !(c.col < labelCell.col && this.repeatsCellAbove(next, c)));
      const text = below.length === 1 && below[0]!.col === labelCell.col && !LIST_NUMBER.test(below[0]!.text) ? below[0]!.text : undefined;
      const emptyBox = below.length === 0 && this.grid.merges.has(cellKey(next, labelCell.col));
      if (text === undefined && !emptyBox) return false;
      draft.extensions[key] = text ?? '';
      draft.cells[`extensions/${key}`] = cellAddress(next, labelCell.col);
      return true;
    };
  }

  /**
   * 项目立项情况 (merged down) | 项目立项的依据 | 机关、学校、乡村振兴按发改立项 (湖南 宁乡 2021): a heading
   * over label/value pairs, not a record's headers, when what stands right of the label is prose
   * (a list or a sentence) and the label beside it is not.
   */
  private headsFieldPairs(row: number, heading: LogicalCell, [label, value]: readonly LogicalCell[]): boolean {
    return this.headingCovers(row, heading.col, row + 1) && PROSE.test(value!.text) && !PROSE.test(label!.text);
  }

  /** the heading at (headingRow, col) stands beside this row too: merged down over it, or written out on it */
  private headingCovers(headingRow: number, col: number, row: number): boolean {
    const under = nonBlankCells(this.grid, row).find((c) => c.col === col);
    return row <= mergeBottom(this.grid, headingRow, col) || (under !== undefined && this.repeatsCellAbove(row, under));
  }

  /** the pairs on the heading's rows, each row's label and value kept under the label */
  private readFieldPairsDown(row: number, heading: LogicalCell, pairs: readonly LogicalCell[]): void {
    this.readFieldPairs(row, pairs);
    const more: Expectation = (next) => {
      const cells = nonBlankCells(this.grid, next).filter((c) => !c.continued && c.col !== heading.col);
      if (!this.headingCovers(row, heading.col, next) || cells.length === 0 || cells.length > 2) return false;
      this.readFieldPairs(next, cells);
      this.expect = more;
      return true;
    };
    this.expect = more;
  }

  /** label | value | label | value, each label a form field or a contact; a label with nothing after it is kept blank */
  private readFieldPairs(row: number, cells: readonly LogicalCell[]): void {
    const draft = this.draft!;
    for (let i = 0; i < cells.length; i += 2) {
      const label = cells[i]!;
      const value = cells[i + 1];
      const key = label.text.trim();
      draft.extensions[key] = value?.text ?? '';
      // (a label with nothing after it: its value belongs in the cell to its right)
      draft.cells[`extensions/${key}`] = cellAddress(row, value?.col ?? label.col + 1);
    }
  }

  /** "注：…" alone on a row under a table: the form's notes, kept in extensions under 注 */
  protected readFootnote(row: number, cells: LogicalCell[]): boolean {
    const draft = this.draft;
    if (!draft || cells.length !== 1 || !FOOTNOTE.test(cells[0]!.text)) return false;
    const before = draft.extensions[FOOTNOTE_KEY];
    draft.extensions[FOOTNOTE_KEY] = typeof before === 'string' ? `${before}\n${cells[0]!.text.trim()}` : cells[0]!.text.trim();
    draft.cells[`extensions/${FOOTNOTE_KEY}`] ??= cellAddress(row, cells[0]!.col);
    return true;
  }

  protected cellsAfter(row: number, col: number): LogicalCell[] {
    return logicalCells(this.grid, row).filter((c) => c.col > col && !c.continued);
  }

  protected startsWithLabel(row: number): boolean {
    const first = nonBlankCells(this.grid, row)[0];
    if (!first) return false;
    return blockLabel(first.text) !== undefined || isTableTitle(first.text) || isSectionHeading(first.text) || metaLine(first.text) !== undefined;
  }
}
