import type { Cell, Span, Table } from '../../../schema/report.js';
import { makeWarning, type Warning } from '../../../schema/warnings.js';
import { placeRows, type RowPlacing } from './align.js';
import { settleAcrossRows, type ProseHint } from './crossRows.js';
import { needsConfirmation, runGaps, spacedFigures, splitRun, TABLE3_ROW_GROUPS, TABLE4_ROW_GROUPS, type DigitRun } from './flattened.js';
import { TABLE3_COLUMNS, TABLE4_GROUP_ORDER, TABLE4_GROUPS, TABLE4_OUTCOMES } from './labels.js';
import type { RawRow } from './textRows.js';

/**
 * 表三 and 表四 rebuilt from text rows (flattened runs, pipe-table rows). Rows are placed by their labels (align.ts),
 * runs are split where exactly one reading satisfies the row sums and the table's column identities (flattened.ts,
 * crossRows.ts), and the result is a grid with the official header, so it maps like an HTML table.
 */

export interface BuiltTable {
  table?: Table;
  warnings: Warning[];
  /** 表三: how its rows' labels were read (format, candidates, alignment), for the mapping to use again. */
  placing?: RowPlacing;
}

/** The keys of 表三 rows, each with its seven columns (named in warnings about the rows). */
function keysOf(rows: string[]): string[] {
  return rows.flatMap((r) => TABLE3_COLUMNS.map((c) => `applications.${r}.${c.key}`));
}
const TABLE4_KEYS = TABLE4_GROUP_ORDER.flatMap((g) => TABLE4_OUTCOMES.map((o) => `reviewsAndLawsuits.${g}.${o.key}`));

const header3: Cell[] = [{ text: '申请人情况' }, ...TABLE3_COLUMNS.map((c) => ({ text: c.label }))];

function spanOf(cells: Cell[]): Span | undefined {
  return gridSpan([cells]);
}

/** From the first start to the last end of the cells' spans (undefined when no cell has one); no flattened copy of the grid. */
export function gridSpan(grid: Cell[][]): Span | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const row of grid) {
    for (const cell of row) {
      const s = cell.span;
      if (s === undefined) continue;
      if (s.start < start) start = s.start;
      if (s.end > end) end = s.end;
    }
  }
  return start === Infinity ? undefined : { start, end };
}

/** Cells of a run split at `bounds` (indexes into the run's digits), each with its span in the text. */
function runCells(text: string, run: DigitRun, bounds: Array<[number, number]>, values: number[]): Cell[] {
  return bounds.map(([s, e], i) => {
    const span = { start: run.offsets[s], end: run.offsets[e - 1] + 1 };
    return { text: text.slice(span.start, span.end), value: values[i], span, recovered: true as const };
  });
}

/** The whole run as one cell without a value: the row is kept, its figures are not given. */
function openCell(text: string, span: Span): Cell {
  return { text: text.slice(span.start, span.end), span };
}

/** Rebuilds 表三 from text rows. */
export function buildTable3(text: string, raw: RawRow[], hints: ProseHint[] = []): BuiltTable {
  const warnings: Warning[] = [];
  const rows = raw.slice().sort((a, b) => a.offset - b.offset);
  // the labels read once: this placing is handed to the mapping (cellKeys.ts), which reads the same labels
  const placing = placeRows(rows.map((r) => r.label));
  const { slots, alignment } = placing;
  const kept = rows.filter((_, i) => placing.cands[i] !== null);
  if (kept.length === 0) return { warnings };
  // every row's readings: pipe cells as they are, runs by every split that adds up
  const splits = kept.map((r) => (r.run ? splitRun(r.run.digits, { cells: 7, groups: TABLE3_ROW_GROUPS, gaps: runGaps(r.run) }) : undefined));
  const readings = kept.map((r, i) => {
    if (r.cells) return r.cells.length === 7 && r.cells.every((c) => c.value !== null) ? [r.cells.map((c) => c.value as number)] : [];
    const s = splits[i]!;
    return s.complete ? s.candidates.map((c) => c.values) : [];
  });
  // figures printed apart with blanks left out (`1139 48 1191`): a split cuts a printed figure, so only a column
  // identity can confirm it (its own row sum adds up by coincidence too often)
  const spacedShort = kept.map((r) => (r.run ? needsConfirmation(text, r.run, 7) : false));
  const placed = kept.map((_, i) => i).filter((i) => alignment.slot[i] !== undefined);
  const settled = settleAcrossRows(
    placed.map((i) => ({ slot: slots[alignment.slot[i]!], candidates: readings[i], ...(spacedShort[i] ? { confirm: true } : {}) })),
    slots.filter((s) => s.outcome).length,
    hints,
  );
  const choice = new Map<number, number[]>();
  placed.forEach((i, k) => choice.set(i, settled[k]));

  const grid: Cell[][] = [header3];
  kept.forEach((r, i) => {
    const label: Cell = r.labelSpan ? { text: r.label, span: r.labelSpan } : { text: r.label };
    if (r.cells) {
      if (r.cells.length !== 7) {
        // which figure is in which column is unknown: the row is kept, its figures are not given
        warnings.push(makeWarning('TABLE_UNREADABLE', `${r.label}: ${r.cells.length} figures, 7 expected`, { span: spanOf(r.cells), data: { row: r.label, figures: r.cells.map((c) => c.value) } }));
        grid.push([label, openCell(text, spanOf(r.cells)!)]);
        return;
      }
      grid.push([label, ...r.cells.map((c) => ({ text: c.text, value: c.value, span: c.span }))]);
      return;
    }
    const s = splits[i]!;
    const left = choice.get(i) ?? (spacedShort[i] ? [] : readings[i].map((_, k) => k));
    if (s.complete && left.length === 1) {
      const c = s.candidates[left[0]];
      grid.push([label, ...runCells(text, r.run!, c.bounds, c.values)]);
      return;
    }
    grid.push([label, openCell(text, r.runSpan!)]);
    if (spacedShort[i] && s.candidates.length > 0 && left.length === 0) {
      const figures = spacedFigures(r.run!)!;
      const candidates = s.candidates.map((c) => c.values);
      warnings.push(
        makeWarning('TABLE_AMBIGUOUS', `${r.label}: ${figures.join(' ')} — ${figures.length} figures for 7 columns${figures.length === 7 ? ' from several lines' : ''}; ${candidates.map((c) => c.join('|')).join(' or ')} adds up but no column identity confirms it`, {
          span: r.runSpan,
          data: { row: r.label, keys: keysOf(alignment.slot[i] === undefined ? [] : [slots[alignment.slot[i]!].key]), run: r.run!.digits, figures, candidates, complete: s.complete },
        }),
      );
    } else if (s.candidates.length === 0) {
      warnings.push(makeWarning('TABLE_UNREADABLE', `${r.label}: ${r.run!.digits} cannot be split into 7 cells that add up`, { span: r.runSpan, data: { row: r.label, run: r.run!.digits } }));
    } else {
      const candidates = left.map((k) => s.candidates[k].values);
      warnings.push(
        makeWarning('TABLE_AMBIGUOUS', `${r.label}: ${r.run!.digits} → ${candidates.map((c) => c.join('|')).join(' or ')}${s.complete ? '' : ' …'}`, {
          span: r.runSpan,
          data: { row: r.label, keys: keysOf(alignment.slot[i] === undefined ? [] : [slots[alignment.slot[i]!].key]), run: r.run!.digits, candidates, complete: s.complete },
        }),
      );
    }
  });
  const span = gridSpan(grid);
  if (!span) return { warnings };
  return { table: { name: '表三', source: 'text', span, rows: grid }, warnings, placing };
}

// the texts of 表四's official header: group row, then outcome row (read from the registry once)
const HEADER4_GROUPS = TABLE4_GROUP_ORDER.map((k) => TABLE4_GROUPS.find((g) => g.key === k)!.label);
const HEADER4_TEXTS = [HEADER4_GROUPS.flatMap((g) => TABLE4_OUTCOMES.map(() => g)), HEADER4_GROUPS.flatMap(() => TABLE4_OUTCOMES.map((o) => o.label))];

/** The official header of 表四: group row, then outcome row (new cells each table). */
function header4(): Cell[][] {
  return HEADER4_TEXTS.map((row) => {
    const cells: Cell[] = [];
    for (const text of row) cells.push({ text });
    return cells;
  });
}

/** Rebuilds 表四 from one row of fifteen figures (a run to split, or cells already apart). */
export function buildTable4(text: string, row: RawRow): BuiltTable {
  const warnings: Warning[] = [];
  let values: Cell[];
  if (row.cells) {
    values = row.cells.map((c) => ({ text: c.text, value: c.value, span: c.span }));
    if (values.length !== 15) {
      warnings.push(makeWarning('TABLE_UNREADABLE', `表四: ${values.length} figures, 15 expected`, { span: spanOf(values), data: { figures: row.cells.map((c) => c.value) } }));
    }
  } else {
    const s = splitRun(row.run!.digits, { cells: 15, groups: TABLE4_ROW_GROUPS, gaps: runGaps(row.run!) });
    // figures printed apart with blanks left out: no other row's identity can confirm a split of them
    const figures = spacedFigures(row.run!);
    if (figures && figures.length < 15 && s.candidates.length > 0) {
      values = [openCell(text, row.runSpan!)];
      const candidates = s.candidates.map((c) => c.values);
      warnings.push(
        makeWarning('TABLE_AMBIGUOUS', `表四: ${figures.join(' ')} — ${figures.length} figures for 15 columns; ${candidates.map((c) => c.join('|')).join(' or ')} adds up but nothing confirms it`, {
          span: row.runSpan,
          data: { row: '表四', keys: TABLE4_KEYS, run: row.run!.digits, figures, candidates, complete: s.complete },
        }),
      );
    } else if (s.complete && s.candidates.length === 1) {
      values = runCells(text, row.run!, s.candidates[0].bounds, s.candidates[0].values);
    } else {
      values = [openCell(text, row.runSpan!)];
      const candidates = s.candidates.map((c) => c.values);
      warnings.push(
        candidates.length === 0
          ? makeWarning('TABLE_UNREADABLE', `表四: ${row.run!.digits} cannot be split into 15 cells that add up`, { span: row.runSpan, data: { run: row.run!.digits } })
          : makeWarning('TABLE_AMBIGUOUS', `表四: ${row.run!.digits} → ${candidates.map((c) => c.join('|')).join(' or ')}`, {
              span: row.runSpan,
              data: { row: '表四', keys: TABLE4_KEYS, run: row.run!.digits, candidates, complete: s.complete },
            }),
      );
    }
  }
  const span = spanOf(values);
  if (!span) return { warnings };
  return { table: { name: '表四', source: 'text', span, rows: [...header4(), values] }, warnings };
}
