import type { Span } from '../../../schema/report.js';
import { TABLE3_COLUMNS, type FormatVersion, type Table3Row } from '../templates/index.js';
import { table3Candidates, table3Slots } from './align.js';
import type { RawRow } from './textRows.js';

/**
 * 表三 printed column by column (024-columns; pdftotext's default mode on a table with ruled cells): every row label
 * on a line of its own, in printed order, and no figure among them; then the figures one a line, the 自然人 column
 * top to bottom, then 商业企业, … 总计 (blank lines between columns or not). Which figure is which cell is proven by
 * the table's identities only: the figures are read when there are exactly seven per row label, and put column by
 * column every row adds up to its 总计 and every column satisfies 一 + 二 = （七）总计 + 四 and （七）总计 = the outcome
 * rows — and put row by row they do not (else the order is not proven). Anything less: undefined, the other readers
 * try, and the cells they leave unread are warned.
 */

interface Line {
  text: string;
  start: number;
  end: number;
}

function linesOf(norm: string, start: number, end: number): Line[] {
  const out: Line[] = [];
  for (let at = start; ; ) {
    let nl = norm.indexOf('\n', at);
    if (nl < 0 || nl > end) nl = end;
    const piece = norm.slice(at, nl);
    const text = piece.trim();
    const s = at + (piece.length - piece.trimStart().length);
    out.push({ text, start: s, end: s + text.length });
    if (nl >= end) return out;
    at = nl + 1;
  }
}

const FIGURE = /^(?:0|[1-9]\d{0,5})$/;

// the fewest lines a column-by-column 表三 takes: a label line per row and a figure line per cell, in the shorter template
const MIN_LINES = Math.min(...(['2021', '2019'] as FormatVersion[]).map((f) => table3Slots(f).length * (TABLE3_COLUMNS.length + 1)));

// the fewest figure lines such a table has: seven a row, in the shorter template
const MIN_FIGURES = Math.min(...(['2021', '2019'] as FormatVersion[]).map((f) => table3Slots(f).length * TABLE3_COLUMNS.length));

// a line that is one figure and whitespace (as FIGURE tests a trimmed line); `$` also stops at \r, so lines split
// there count too — the count is never below the figure lines, which is what the early return needs
const FIGURE_LINE = /^[^\S\n]*(?:0|[1-9]\d{0,5})[^\S\n]*$/gm;

/** Lines of `piece` holding only a figure (at least; see FIGURE_LINE), counted up to `enough`. */
function figureLines(piece: string, enough: number): number {
  let n = 0;
  FIGURE_LINE.lastIndex = 0;
  while (n < enough && FIGURE_LINE.exec(piece)) n++;
  FIGURE_LINE.lastIndex = 0;
  return n;
}

/** Lines of `norm[start, end)`, counted up to `enough`. */
function lineCount(norm: string, start: number, end: number, enough: number): number {
  let n = 1;
  for (let i = norm.indexOf('\n', start); i >= 0 && i < end && n < enough; i = norm.indexOf('\n', i + 1)) n++;
  return n;
}

/** The label lines of every row of `slots`, in order (each line naming exactly the next row), or undefined. */
function labelLines(lines: Line[], slots: Table3Row[]): number[] | undefined {
  const at: number[] = [];
  for (let i = 0; i < lines.length && at.length < slots.length; i++) {
    const c = lines[i].text ? table3Candidates(lines[i].text, slots, false) : null;
    if (c && c.length === 1 && c[0] === at.length) at.push(i);
  }
  return at.length === slots.length ? at : undefined;
}

/** Whether `grid` (rows × 7) satisfies every row sum and every column identity of the template `slots`. */
function identitiesHold(grid: number[][], slots: Table3Row[]): boolean {
  const parts = TABLE3_COLUMNS.length - 1;
  if (!grid.every((row) => row.slice(0, parts).reduce((s, v) => s + v, 0) === row[parts])) return false;
  const at = (key: string) => slots.findIndex((r) => r.key === key);
  const [nr, co, th, cf] = ['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].map(at);
  const outcomes = slots.map((r, i) => (r.outcome ? i : -1)).filter((i) => i >= 0);
  for (let c = 0; c <= parts; c++) {
    if (grid[nr][c] + grid[co][c] !== grid[th][c] + grid[cf][c]) return false;
    if (outcomes.reduce((s, i) => s + grid[i][c], 0) !== grid[th][c]) return false;
  }
  return true;
}

/** 表三's rows when `norm[start, end)` prints it column by column and the identities prove the order; else undefined. */
export function columnBlockRows(text: string, norm: string, start: number, end: number): RawRow[] | undefined {
  // a label line per row and a figure line per cell: a region with fewer lines (a flattened table) is not one
  if (lineCount(norm, start, end, MIN_LINES) < MIN_LINES) return undefined;
  // …and a figure line per cell: a region with fewer lines holding only a figure is not one (its lines are not cut)
  if (figureLines(norm.slice(start, end), MIN_FIGURES) < MIN_FIGURES) return undefined;
  const lines = linesOf(norm, start, end);
  for (const format of ['2021', '2019'] as FormatVersion[]) {
    const slots = table3Slots(format);
    const labels = labelLines(lines, slots);
    if (!labels) continue;
    const first = labels[0];
    const last = labels[labels.length - 1];
    // a figure among the labels: the rows carry their own figures (another layout)
    if (lines.slice(first, last).some((l) => FIGURE.test(l.text))) return undefined;
    const figures: Line[] = [];
    for (let i = last + 1; i < lines.length; i++) {
      if (lines[i].text === '') continue;
      if (!FIGURE.test(lines[i].text)) break;
      figures.push(lines[i]);
    }
    const n = slots.length;
    const cols = TABLE3_COLUMNS.length;
    if (figures.length !== n * cols) continue;
    const values = figures.map((f) => Number(f.text));
    const byColumn = slots.map((_, r) => TABLE3_COLUMNS.map((_, c) => values[c * n + r]));
    const byRow = slots.map((_, r) => TABLE3_COLUMNS.map((_, c) => values[r * cols + c]));
    if (!identitiesHold(byColumn, slots) || identitiesHold(byRow, slots)) return undefined;
    return labels.map((li, r) => {
      const label = lines[li];
      const labelSpan: Span = { start: label.start, end: label.end };
      const cells = TABLE3_COLUMNS.map((_, c) => {
        const f = figures[c * n + r];
        return { text: text.slice(f.start, f.end), value: Number(f.text), span: { start: f.start, end: f.end } };
      });
      return { label: text.slice(label.start, label.end), labelSpan, cells, offset: label.start };
    });
  }
  return undefined;
}
