// The indicator key of each cell of an official table (`mapTable`, `table2Key`; which table a grid is: tableKind.ts):
// the map from printed cells to keys that `tableValues` then reads (was tableIndicators.ts).
import type { Cell, Table } from '../../../schema/report.js';
import { placeRows, table3Candidates, type RowPlacing } from './align.js';
import {
  TABLE2_COLUMNS,
  TABLE2_ROWS,
  TABLE3_COLUMNS,
  TABLE3_ROWS,
  TABLE4_GROUPS,
  TABLE4_GROUP_ORDER,
  TABLE4_OUTCOMES,
  labelText,
  stripMarkers,
  type FormatVersion,
  type Table3Row,
  type Table2Column,
} from './labels.js';
import { tableKind, type TableKind } from './tableKind.js';

/**
 * A table grid (HTML, or rebuilt from text) → the indicator key of each figure cell, by its row and column labels
 * (labels.ts). One mapping for every source, so the facts, the checks and the indicators all read a cell the same way.
 */

export type { TableKind } from './tableKind.js';
export { tableKind } from './tableKind.js';

/** One figure cell of an official table with the indicator key it fills. */
export interface KeyedCell {
  /** Dotted indicator key, e.g. `applications.newReceived.naturalPerson`. */
  key: string;
  row: number;
  col: number;
  /** The cell's number; null = blank cell. */
  value: number | null;
  /** Official labels of the row and column (for fact subjects). */
  rowLabel: string;
  colLabel: string;
  /** Measure word of the count (件), when the format gives one. */
  unit?: string;
  /** An amount: the cell is in 万元 (`wan`) or 元 (`yuan`). */
  money?: 'wan' | 'yuan';
}

export interface TableMap {
  kind: TableKind;
  format?: FormatVersion;
  cells: KeyedCell[];
  /** Rows with figures that could not be given a key: their labels and the keys they could be. */
  unplaced: Array<{ row: number; label: string; options: string[] }>;
}

const hasFigure = (cell: Cell | undefined) => cell !== undefined && (typeof cell.value === 'number' || cell.value === null) && !cell.origin;
const isNumber = (cell: Cell | undefined) => cell !== undefined && typeof cell.value === 'number';

/**
 * The keyed cells of an official table (undefined when the table is none of 表二/三/四). `placing`: the row reading
 * of the rows a 表三 was rebuilt from (textTable3.ts), used when the grid's row labels are the same ones.
 */
export function mapTable(table: Table, placing?: RowPlacing): TableMap | undefined {
  return mapTableOf(table, tableKind(table), placing);
}

/** `mapTable` for a table whose kind is already known (named from its grid, or rebuilt as that table). */
export function mapTableOf(table: Table, kind: TableKind | undefined, placing?: RowPlacing): TableMap | undefined {
  if (kind === '表三') return mapTable3(table, placing);
  if (kind === '表四') return mapTable4(table);
  if (kind === '表二') return mapTable2(table);
  return undefined;
}

/** Texts of the cells before column `end`, each once (`三、本年度办理结果 | （七）总计 | （七）总计` → one 总计). */
function rowLabel(row: Cell[], end: number): string {
  const parts: string[] = [];
  for (let c = 0; c < Math.min(end, row.length); c++) {
    const t = row[c].text.trim();
    if (t && parts[parts.length - 1] !== t && row[c].value === undefined) parts.push(t);
  }
  return parts.join('');
}

/** Header rows: those above the first row holding at least `min` numbers. */
function firstDataRow(table: Table, min: number): number {
  const r = table.rows.findIndex((row) => row.filter(isNumber).length >= min);
  return r < 0 ? table.rows.length : r;
}

/** Column → key from header rows, read bottom-up (the lowest header naming a column wins). */
function headerColumns(table: Table, headerEnd: number, exact: (text: string) => string | undefined): Map<number, string> {
  const cols = new Map<number, string>();
  for (let r = headerEnd - 1; r >= 0; r--) {
    table.rows[r].forEach((cell, c) => {
      if (cols.has(c)) return;
      const key = exact(labelText(cell.text));
      if (key) cols.set(c, key);
    });
  }
  return cols;
}

/** A 表三 row named for a fact subject: without markers, under its group (`不予公开/属于国家秘密`). */
function subjectOf(slot: Table3Row): string {
  if (slot.subject) return slot.subject;
  // （二）部分公开（区分处理的，只计这一情形，不计其他情形） → 部分公开
  const label = stripMarkers(slot.label).replace(/（[^（）]*）$/, '');
  return slot.group && !slot.group.startsWith('三') ? `${stripMarkers(slot.group)}/${label}` : label;
}

// each slot's subject read once (one string for all its cells and tables)
const SLOT_SUBJECT = new Map<Table3Row, string>();
function slotSubject(slot: Table3Row): string {
  let subject = SLOT_SUBJECT.get(slot);
  if (subject === undefined) SLOT_SUBJECT.set(slot, (subject = subjectOf(slot)));
  return subject;
}

// a 表三 column's printed label by its key (one lookup a cell)
const TABLE3_COLUMN_LABEL = new Map(TABLE3_COLUMNS.map((c) => [c.key, c.label]));

// each 表三 cell's key built once per slot and column, not once per cell (the same string is then hashed only once by
// the maps and sets that read the values)
const TABLE3_KEYS = new Map<string, Map<string, string>>();
/** The indicator key of a 表三 cell (`applications.<row>.<column>`), one string object per row and column. */
export function table3Key(slot: string, col: string): string {
  let byCol = TABLE3_KEYS.get(slot);
  if (!byCol) TABLE3_KEYS.set(slot, (byCol = new Map()));
  let key = byCol.get(col);
  if (key === undefined) byCol.set(col, (key = `applications.${slot}.${col}`));
  return key;
}

function mapTable3(table: Table, known?: RowPlacing): TableMap {
  let headerEnd = firstDataRow(table, 2);
  // a first row whose figures could not be split has no numbers: its label still ends the header
  for (let r = 0; r < headerEnd; r++) {
    const first = table.rows[r][0];
    if (first && !first.origin && first.text.trim() && table3Candidates(first.text, TABLE3_ROWS, false)) {
      headerEnd = r;
      break;
    }
  }
  let cols = headerColumns(table, headerEnd, (t) => TABLE3_COLUMNS.find((c) => c.exact.includes(t))?.key);
  const width = Math.max(0, ...table.rows.map((r) => r.length));
  if (cols.size < 2) {
    // no readable header (PDF extraction): the official column order, when the figures fill exactly seven columns
    const first = Math.min(...table.rows.slice(headerEnd).map((row) => row.findIndex(hasFigure)).filter((i) => i >= 0));
    cols = new Map();
    if (width - first === TABLE3_COLUMNS.length) TABLE3_COLUMNS.forEach((c, i) => cols.set(first + i, c.key));
  }
  const colIndexes = [...cols.keys()];
  const firstCol = cols.size ? Math.min(...colIndexes) : width;
  const rows: Array<{ r: number; label: string }> = [];
  for (let r = headerEnd; r < table.rows.length; r++) {
    const row = table.rows[r];
    // a row with figures, or with text where figures go (a run that could not be split); not a group label
    const filled = colIndexes.some((c) => row[c] && !row[c].origin && (hasFigure(row[c]) || row[c].text.trim() !== ''));
    if (filled) rows.push({ r, label: rowLabel(row, firstCol) });
  }
  const labels = rows.map((x) => x.label);
  // the labels a rebuilt 表三 was placed by, when they are these: the same reading, not made again
  const { format, slots, cands, alignment } = known && sameLabels(known.labels, labels) ? known : placeRows(labels);
  const placed = rows.filter((_, i) => cands[i] !== null);
  // each column once: its index, key and printed label
  const columns = [...cols].map(([c, colKey]): [number, string, string] => [c, colKey, TABLE3_COLUMN_LABEL.get(colKey)!]);
  const cells: KeyedCell[] = [];
  const unplaced: TableMap['unplaced'] = [];
  rows.forEach(({ r, label }, i) => {
    if (cands[i] === null) unplaced.push({ row: r, label, options: [] });
  });
  placed.forEach(({ r, label }, i) => {
    const s = alignment.slot[i];
    if (s === undefined) {
      unplaced.push({ row: r, label, options: (alignment.options[i] ?? []).map((j) => slots[j].key) });
      return;
    }
    const slot = slots[s];
    const rowLabel = slotSubject(slot);
    for (const [c, colKey, colLabel] of columns) {
      const cell = table.rows[r][c];
      if (!hasFigure(cell)) continue;
      cells.push({ key: table3Key(slot.key, colKey), row: r, col: c, value: cell.value ?? null, rowLabel, colLabel, unit: '件' });
    }
  });
  return { kind: '表三', format, cells, unplaced };
}

// each 表四 cell's key built once per group and outcome (the same string object table after table, as table3Key)
const TABLE4_KEYS = new Map<string, Map<string, string>>();
/** The indicator key of a 表四 cell (`reviewsAndLawsuits.<group>.<outcome>`), one string object per group and outcome. */
export function table4Key(group: string, outcome: string): string {
  let byOutcome = TABLE4_KEYS.get(group);
  if (!byOutcome) TABLE4_KEYS.set(group, (byOutcome = new Map()));
  let key = byOutcome.get(outcome);
  if (key === undefined) byOutcome.set(outcome, (key = `reviewsAndLawsuits.${group}.${outcome}`));
  return key;
}

/** Two lists of labels, string for string. */
function sameLabels(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function mapTable4(table: Table): TableMap {
  const headerEnd = firstDataRow(table, 3);
  const width = Math.max(0, ...table.rows.map((r) => r.length));
  const place: Array<{ row: number; col: number; group: string; outcome: string }> = [];
  const outcomes = new Map<number, string>();
  for (let c = 0; c < width; c++) {
    const texts = table.rows.slice(0, headerEnd).map((row) => labelText(row[c]?.text ?? ''));
    const group = TABLE4_GROUPS.find((g) => texts.some((t) => g.keywords.some((k) => t.includes(k))));
    // the lowest header row naming an outcome
    let outcome: (typeof TABLE4_OUTCOMES)[number] | undefined;
    for (let r = texts.length - 1; r >= 0 && !outcome; r--) outcome = TABLE4_OUTCOMES.find((o) => o.exact.includes(texts[r]));
    if (outcome) outcomes.set(c, outcome.key);
    if (group && outcome) place.push({ row: headerEnd, col: c, group: group.key, outcome: outcome.key });
  }
  const data = table.rows[headerEnd];
  if (!data) return { kind: '表四', cells: [], unplaced: [] };
  const figures = data.map((cell, c) => (hasFigure(cell) ? c : -1)).filter((c) => c >= 0);
  if (place.length === 0 && outcomes.size > 0) {
    // transposed: one row per group (行政复议 / 未经复议直接起诉 / 复议后起诉), the outcomes as columns
    for (let r = headerEnd; r < table.rows.length; r++) {
      const label = labelText(rowLabel(table.rows[r], Math.min(...outcomes.keys())));
      const group = TABLE4_GROUPS.find((g) => g.keywords.some((k) => label.includes(k)));
      if (group) for (const [c, outcome] of outcomes) place.push({ row: r, col: c, group: group.key, outcome });
    }
  } else if (place.length < TABLE4_GROUPS.length * TABLE4_OUTCOMES.length && figures.length === 15) {
    // no readable header: the official order 行政复议 · 直接起诉 · 复议后起诉, each 维持 纠正 其他 尚未审结 总计
    place.length = 0;
    figures.forEach((c, i) => place.push({ row: headerEnd, col: c, group: TABLE4_GROUP_ORDER[Math.floor(i / 5)], outcome: TABLE4_OUTCOMES[i % 5].key }));
  }
  const cells: KeyedCell[] = [];
  for (const { row, col, group, outcome } of place) {
    const cell = table.rows[row][col];
    if (!hasFigure(cell)) continue;
    const g = TABLE4_GROUPS.find((x) => x.key === group)!;
    const o = TABLE4_OUTCOMES.find((x) => x.key === outcome)!;
    cells.push({ key: table4Key(group, outcome), row, col, value: cell.value ?? null, rowLabel: g.label, colLabel: o.label, unit: '件' });
  }
  return { kind: '表四', cells, unplaced: [] };
}

/** The indicator key of a 表二 cell: most are `proactive.<row>.<column>`; amounts and 2019 fee items have their own. */
export function table2Key(row: string, col: Table2Column): string | undefined {
  if (row === 'fees') return col.money ? 'proactive.feesTenThousandYuan' : `proactive.feeItems.${col.key}`;
  if (row === 'procurement') return col.money ? 'proactive.procurement.amountYuan' : col.key === 'projects' ? 'proactive.procurement.projects' : undefined;
  if (col.money || col.key === 'projects') return undefined;
  return `proactive.${row}.${col.key}`;
}

function mapTable2(table: Table): TableMap {
  const cells: KeyedCell[] = [];
  const unplaced: TableMap['unplaced'] = [];
  let columns = new Map<number, { col: Table2Column; header: string }>();
  table.rows.forEach((row, r) => {
    const figures = row.map((cell, c) => (hasFigure(cell) ? c : -1)).filter((c) => c >= 0);
    if (figures.length === 0) {
      const found = new Map<number, { col: Table2Column; header: string }>();
      row.forEach((cell, c) => {
        if (cell.origin) return;
        const t = labelText(cell.text);
        const col = TABLE2_COLUMNS.find((x) => x.keywords.some((k) => t.includes(k)));
        if (col) found.set(c, { col, header: t });
      });
      if (found.size > 0) columns = found;
      return;
    }
    const label = labelText(rowLabel(row, figures[0]));
    // the row whose keyword stands last in the label (the first such row of the registry on a tie)
    let rowDef: (typeof TABLE2_ROWS)[number] | undefined;
    let rowAt = -1;
    for (const x of TABLE2_ROWS) {
      for (const k of x.keywords) {
        const at = label.lastIndexOf(k);
        if (at > rowAt) {
          rowDef = x;
          rowAt = at;
        }
      }
    }
    if (!rowDef) {
      unplaced.push({ row: r, label, options: [] });
      return;
    }
    for (const c of figures) {
      const head = columns.get(c);
      if (!head) continue;
      const key = table2Key(rowDef.key, head.col);
      if (!key) continue;
      const money = head.col.money ? (head.header.includes('万元') ? 'wan' : 'yuan') : undefined;
      cells.push({ key, row: r, col: c, value: row[c].value ?? null, rowLabel: rowDef.label, colLabel: head.col.label, unit: head.col.unit, money });
    }
  });
  return { kind: '表二', cells, unplaced };
}
