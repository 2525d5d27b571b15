import type { Fact, Section, Span, Table } from '../../../schema/report.js';
import { makeWarning, type Warning } from '../../../schema/warnings.js';
import { sectionPathAt } from '../../../segment/sectionPaths.js';
import { table3Candidates, type RowPlacing } from './align.js';
import { checkTable3, checkTable4 } from './checks.js';
import { TABLE3_COLUMNS, TABLE3_ROWS } from './labels.js';
import { findPipeRows, pipeAndFooterSpans, splitPipeRow, type PipeRow } from './pipeTables.js';
import { mapTableOf, tableKind, type TableKind, type TableMap } from './cellKeys.js';
import { SOURCE_RULE, tableValues, type TableValue } from './tableValues.js';
import { columnBlockRows } from './columnBlocks.js';
import { splitLabellessRows } from './runPieces.js';
import { table4Pieces } from './table4Pieces.js';
import { buildTable2, mayHoldTable2, table2Hints } from './textTable2.js';
import { buildTable3, buildTable4, type BuiltTable } from './textTable3.js';
import { table3Hints } from './table3Prose.js';
import { findRegions, flatChunks, flatRows, type RawRow } from './textRows.js';
import { groupsHold, needsConfirmation, readDigitRun, runGaps, spacedCells, splitRun, TABLE3_ROW_GROUPS, TABLE4_ROW_GROUPS, type SumGroup } from './flattened.js';

export interface TableResult {
  /** HTML tables plus tables rebuilt from text (flattened rows, PDF pipe tables). */
  tables: Table[];
  /** One fact per numeric cell. */
  facts: Fact[];
  warnings: Warning[];
  /** Per table (same index): its keyed cells and values, read once here for the indicators; undefined = not official. */
  read: Array<TableRead | undefined>;
}

/** An official table's map (cell → key) and its values. */
export interface TableRead {
  map: TableMap;
  values: TableValue[];
}

/** `norm` with the given spans blanked to line breaks (same length), so flattened reading skips them. */
function masked(norm: string, spans: Span[]): string {
  if (spans.length === 0) return norm;
  const sorted = spans.slice().sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.end <= at) continue;
    const from = Math.max(at, s.start);
    out += norm.slice(at, from) + '\n'.repeat(s.end - from);
    at = s.end;
  }
  return out + norm.slice(at);
}

/** A label that names one row and only the 2021 template has it. */
const only2021 = (label: string) => {
  const c = table3Candidates(label, TABLE3_ROWS, false);
  return c !== null && c.length === 1 && TABLE3_ROWS[c[0]].formats.join() === '2021';
};

/** Two labels with the same 表三 row candidates (the same list, or both none). */
const sameRow = (a: string, b: string) => {
  const x = table3Candidates(a, TABLE3_ROWS, false);
  const y = table3Candidates(b, TABLE3_ROWS, false);
  return x === y || (x !== null && y !== null && x.length === y.length && x.every((row, i) => row === y[i]));
};

/** A pipe row as a text row: label cells joined, number cells apart. */
function pipeRaw(row: PipeRow): RawRow | undefined {
  const parts = splitPipeRow(row, true);
  if (!parts || parts.numbers.length === 0) return undefined;
  const label = parts.label.map((c) => c.text).join('');
  const labelSpan = parts.label.length ? { start: parts.label[0].span.start, end: parts.label[parts.label.length - 1].span.end } : undefined;
  return {
    label,
    ...(labelSpan ? { labelSpan } : {}),
    cells: parts.numbers.map((c) => ({ text: c.text, value: c.value ?? null, span: c.span })),
    offset: row.span.start,
  };
}

/** A run whose cells whitespace already separates (`71 3 0 0 0 0 74`) and that adds up: read as it stands, not split. */
function spaced(text: string, norm: string, row: RawRow, n: number, groups: SumGroup[]): RawRow {
  if (!row.run || !row.runSpan) return row;
  const cells = spacedCells(text, norm, row.runSpan.start, row.runSpan.end, n);
  if (!cells) return row;
  // cells that do not add up are still read as written when they stand on one line and no split of the digits adds
  // up either (the published arithmetic: the checks warn); figures gathered from several lines (`1 1\n8 1 9\n1 1`, rows
  // whose labels were lost) must add up
  const oneLine = !norm.slice(row.runSpan.start, row.runSpan.end).includes('\n');
  // figures from several lines, more than one on a line: the split needs a column identity (textTable3.ts)
  if (needsConfirmation(norm, row.run, n) && n === 7) return row;
  if (!groupsHold(cells.map((c) => c.value), groups) && (!oneLine || splitRun(row.run.digits, { cells: n, groups, gaps: runGaps(row.run) }).candidates.length > 0)) return row;
  return { label: row.label, ...(row.labelSpan ? { labelSpan: row.labelSpan } : {}), cells, offset: row.offset };
}

/** The run of fifteen figures under 表四's header: runs apart only by spaces or line breaks are one run. */
function table4Run(work: string, region: [number, number]): RawRow | undefined {
  const chunks = flatChunks(work, region[0], region[1]);
  for (let i = 0; i < chunks.length; i++) {
    const head = work.slice(region[0], chunks[i].runStart);
    if (!/审结|维持|纠正|复议/.test(head)) continue;
    let j = i;
    while (j + 1 < chunks.length && work.slice(chunks[j].runEnd, chunks[j + 1].runStart).trim() === '') j++;
    const runSpan = { start: chunks[i].runStart, end: chunks[j].runEnd };
    const run = readDigitRun(work, runSpan.start, runSpan.end);
    if (run.digits.length < 15) continue;
    return { label: '', run, runSpan, offset: runSpan.start };
  }
  return undefined;
}

/** Rebuilds the official tables a report gives as text (flattened or pipe rows), for those not found as HTML. */
function textTables(text: string, norm: string, htmlTables: Table[], have: Set<string>): { tables: Table[]; warnings: Warning[]; placings: Map<Table, RowPlacing> } {
  const tables: Table[] = [];
  const warnings: Warning[] = [];
  const placings = new Map<Table, RowPlacing>();
  const work = masked(norm, [...pipeAndFooterSpans(norm), ...htmlTables.map((t) => t.span)]);
  const regions = findRegions(work);
  const pipes = findPipeRows(text, htmlTables.length ? masked(norm, htmlTables.map((t) => t.span)) : norm);
  const within = (r: [number, number] | undefined, p: PipeRow) => r !== undefined && p.span.start >= r[0] && p.span.start < r[1];
  const push = (built: BuiltTable) => {
    if (built.table) tables.push(built.table);
    if (built.table && built.placing) placings.set(built.table, built.placing);
    warnings.push(...built.warnings);
  };
  const outside = (o: number) => !Object.values(regions).some((r) => r && o >= r[0] && o < r[1]);
  if (regions.表二 && !have.has('表二')) {
    const piped = pipes.filter((p) => within(regions.表二, p));
    if (mayHoldTable2(work, regions.表二, piped)) push(buildTable2(text, work, regions.表二, piped, table2Hints(work, outside)));
  }
  if (regions.表三 && !have.has('表三')) {
    const [s, e] = regions.表三;
    // printed column by column, its order proven by the identities (columnBlocks.ts): read as such, else as rows
    const columns = columnBlockRows(text, work, s, e);
    if (columns) push(buildTable3(text, columns));
  }
  if (regions.表三 && !have.has('表三') && !tables.some((t) => t.name === '表三')) {
    const [s, e] = regions.表三;
    // a 表三 row has seven cells: fewer digits are a sentence (其中予以公开70件), not a row
    // …except a row only the 2021 template has (逾期不补正 / 缴纳费用): its label shows the format even when its
    // figures cannot be read (`1 1`, blanks left out), so it stays, unread and warned
    const flat = flatRows(text, work, s, e, (l) => table3Candidates(l, TABLE3_ROWS, false) !== null, sameRow)
      .rows.filter((r) => r.run!.digits.length >= TABLE3_COLUMNS.length || only2021(r.label))
      .flatMap((r) => splitLabellessRows(norm, r))
      .map((r) => spaced(text, norm, r, 7, TABLE3_ROW_GROUPS));
    const piped = pipes.filter((p) => within(regions.表三, p)).map(pipeRaw).filter((r): r is RawRow => r !== undefined);
    push(buildTable3(text, [...flat, ...piped], table3Hints(work, outside)));
  }
  if (regions.表四 && !have.has('表四')) {
    const inRegion = pipes.filter((p) => within(regions.表四, p));
    const piped = inRegion.map(pipeRaw).find((r) => r && r.cells!.length >= 15);
    const row = piped ?? table4Pieces(norm, regions.表四[0], inRegion) ?? table4Run(work, regions.表四);
    if (row) push(buildTable4(text, spaced(text, norm, row, 15, TABLE4_ROW_GROUPS)));
  }
  return { tables, warnings, placings };
}

function factOf(text: string, sections: Section[], table: Table, t: number, row: number, col: number, subject: string, unit?: string, money?: 'wan' | 'yuan'): Fact | undefined {
  const cell = table.rows[row][col];
  if (typeof cell.value !== 'number' || !cell.span) return undefined;
  const quote = text.slice(cell.span.start, cell.span.end);
  const rule = cell.recovered ? 'table.flattened' : SOURCE_RULE[table.source];
  const span = cell.span;
  const sectionPath = sectionPathAt(sections, span.start);
  // one whole literal per shape, keys in the schema's order (object spreads cost ~15× this in V8, and properties added
  // one by one grow a second store; one fact per cell)
  if (money) {
    const value = Math.round(cell.value * (money === 'wan' ? 10000 : 1) * 100) / 100;
    return { kind: 'money', value, unit: '元', quote, span, sectionPath, rule, source: 'table', cell: { table: t, row, col }, subject } as Fact;
  }
  if (unit) return { kind: 'count', value: cell.value, unit, quote, span, sectionPath, rule, source: 'table', cell: { table: t, row, col }, subject } as Fact;
  return { kind: 'count', value: cell.value, quote, span, sectionPath, rule, source: 'table', cell: { table: t, row, col }, subject } as Fact;
}

// a cell's fact subject `row·column`, one string per pair (the labels come from the registry: a few tens of pairs)
const SUBJECTS = new Map<string, Map<string, string>>();
function subjectOf(row: string, col: string): string {
  let byCol = SUBJECTS.get(row);
  if (!byCol) SUBJECTS.set(row, (byCol = new Map()));
  let subject = byCol.get(col);
  if (subject === undefined) byCol.set(col, (subject = `${row}·${col}`));
  return subject;
}

// row * CELL_KEY_ROW + col is one number per cell while a row has fewer columns than this (a table has tens)
const CELL_KEY_ROW = 1 << 20;

/**
 * Names the official tables (表二/表三/表四) among the HTML tables, rebuilds those that arrive as text, returns one fact
 * per numeric cell (subject = official row · column label) and the warnings of the consistency checks.
 */
export function readTables(text: string, norm: string, sections: Section[], htmlTables: Table[]): TableResult {
  // each table's kind read once: an HTML table's from its grid (the map reads the same), a rebuilt one's by construction
  const kinds: Array<TableKind | undefined> = htmlTables.map(tableKind);
  const tables: Table[] = htmlTables.map((t, i) => (kinds[i] ? { ...t, name: kinds[i] } : t));
  const have = new Set(tables.map((t) => t.name).filter((n): n is string => n !== undefined));
  const rebuilt = textTables(text, norm, htmlTables, have);
  tables.push(...rebuilt.tables);
  for (const t of rebuilt.tables) kinds.push(t.name as TableKind);
  const warnings: Warning[] = [...rebuilt.warnings];
  const facts: Fact[] = [];
  const read: Array<TableRead | undefined> = [];
  tables.forEach((table, t) => {
    const map = mapTableOf(table, kinds[t], rebuilt.placings.get(table));
    read.push(undefined);
    if (!map) return;
    // the cells placed, by row then column (a number each, not a key string)
    // (needed only for the rows that could not be placed, below: most tables have none)
    const keyed = new Set<number>();
    const anyUnplaced = map.unplaced.length > 0;
    for (const c of map.cells) {
      if (anyUnplaced) keyed.add(c.row * CELL_KEY_ROW + c.col);
      const f = factOf(text, sections, table, t, c.row, c.col, subjectOf(c.rowLabel, c.colLabel), c.unit, c.money);
      if (f) facts.push(f);
    }
    // figures in rows that could not be placed are still figures of the report
    for (const u of map.unplaced) {
      table.rows[u.row].forEach((_, col) => {
        if (keyed.has(u.row * CELL_KEY_ROW + col)) return;
        const f = factOf(text, sections, table, t, u.row, col, u.label);
        if (f) facts.push(f);
      });
      const span = table.rows[u.row].find((c) => c.span)?.span;
      const data = { table: map.kind, row: u.label, options: u.options, keys: u.options.flatMap((o) => TABLE3_COLUMNS.map((c) => `applications.${o}.${c.key}`)) };
      warnings.push(
        u.options.length
          ? makeWarning('TABLE_AMBIGUOUS', `${map.kind}: row “${u.label}” could be ${u.options.join(' / ')}`, { ...(span ? { span } : {}), data })
          : makeWarning('TABLE_UNREADABLE', `${map.kind}: row “${u.label}” names no official row`, { ...(span ? { span } : {}), data }),
      );
    }
    const values = tableValues(text, table, map);
    read[t] = { map, values: values.values };
    warnings.push(...values.warnings);
    if (map.kind === '表三') warnings.push(...checkTable3(values.values, map.format ?? '2021'));
    if (map.kind === '表四') warnings.push(...checkTable4(values.values));
  });
  return { tables, facts, warnings, read };
}
