import type { Span } from '../../../schema/report.js';

/**
 * Tables extracted from PDFs as Markdown pipe tables, broken into pieces: a row per line (`| 2.重复申请 | 16 | 0 | … |`),
 * separator lines (`|---|---|`), labels split over two cells (`| （三）不 | 4.保护第三方合法权益 | 0 | …`) or cut short
 * (`| 行政机关不再处理其政府信息公 | 40 | …`), rows without a label, and `## 表三：…` headings repeated per page.
 */

export interface PipeCell {
  text: string;
  span: Span;
  /** The number the cell holds, if it is a plain number (`1259`, `9116.36`). */
  value?: number;
}

export interface PipeRow {
  /** The cells of the line, leading and trailing empty cells left out. */
  cells: PipeCell[];
  span: Span;
}

// | 规章 | 22 | 235 | — a line that starts with a pipe
const PIPE_LINE = /^[ \t]*\|[^\n]*$/gm;
// |---|---| / | :--- | ---: | — the separator under a header
const SEPARATOR = /^[\s|:\-]+$/;
// 1259 / 0 / 9116.36 — a cell that is a number and nothing else
const NUMBER = /^\d+(?:\.\d+)?$/;
// — 3 — / - 12 - — a page footer left in the text by the PDF extraction
const PAGE_FOOTER = /^[ \t]*[—–\-]{1,2}[ \t]*\d{1,3}[ \t]*[—–\-]{1,2}[ \t]*$/gm;

/** Every pipe-table row of `norm` (separators skipped), each cell's text as written in `text`, with its span. */
export function findPipeRows(text: string, norm: string): PipeRow[] {
  const rows: PipeRow[] = [];
  if (!norm.includes('|')) return rows; // no pipe, no pipe line (most reports): the line pattern is not run
  for (const m of norm.matchAll(PIPE_LINE)) {
    const line = m[0];
    if (SEPARATOR.test(line)) continue;
    const base = m.index!;
    const cells: PipeCell[] = [];
    let from = line.indexOf('|') + 1;
    while (from <= line.length) {
      let to = line.indexOf('|', from);
      if (to < 0) to = line.length;
      const raw = line.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      const start = base + from + lead;
      const span = { start, end: start + trimmed.length };
      const cell: PipeCell = { text: text.slice(span.start, span.end), span };
      if (NUMBER.test(trimmed)) cell.value = Number(trimmed);
      cells.push(cell);
      from = to + 1;
    }
    while (cells.length && cells[cells.length - 1].text === '') cells.pop();
    while (cells.length && cells[0].text === '') cells.shift();
    if (cells.length) rows.push({ cells, span: { start: base, end: base + line.length } });
  }
  return rows;
}

/** Whether a line of `norm` may be a footer: one ends in a dash, only spaces or tabs after it (PAGE_FOOTER's end). */
function mayHoldFooter(norm: string): boolean {
  for (const dash of FOOTER_DASHES) {
    for (let i = norm.indexOf(dash); i >= 0; i = norm.indexOf(dash, i + 1)) {
      let j = i + 1;
      while (norm[j] === ' ' || norm[j] === '\t') j++;
      // ($ of a multiline pattern: the end, or before any line terminator)
      if (j === norm.length || norm[j] === '\n' || norm[j] === '\r' || norm[j] === '\u2028' || norm[j] === '\u2029') return true;
    }
  }
  return false;
}
const FOOTER_DASHES = ['—', '–', '-'];

/** Spans of text that belong to no flattened table: pipe-table lines and page footers (`— 3 —`); `byEnd` false: no footer pre-check (tests). */
export function pipeAndFooterSpans(norm: string, byEnd = true): Span[] {
  const spans: Span[] = [];
  if (norm.includes('|')) for (const m of norm.matchAll(PIPE_LINE)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  if (byEnd && !mayHoldFooter(norm)) return spans;
  for (const m of norm.matchAll(PAGE_FOOTER)) spans.push({ start: m.index!, end: m.index! + m[0].length });
  return spans;
}

/**
 * A row split into its label cells (before the first number) and its number cells; null when text follows a number.
 * `keepBlanks`: an empty cell among the figures stays in its place (`| 71 | 3 | | | | | 74 |`: blank, not gone), so
 * the figures after it keep their columns.
 */
export function splitPipeRow(row: PipeRow, keepBlanks = false): { label: PipeCell[]; numbers: PipeCell[] } | null {
  const first = row.cells.findIndex((c) => c.value !== undefined);
  if (first < 0) return { label: row.cells, numbers: [] };
  // with blanks kept, the figures start right after the last label cell (`| 3.其他 | | 2 | … |`: 自然人 blank)
  let from = first;
  if (keepBlanks) while (from > 0 && row.cells[from - 1].text === '') from--;
  const numbers = row.cells.slice(from).filter((c) => keepBlanks || c.text !== '');
  if (numbers.some((c) => c.value === undefined && c.text !== '')) return null;
  return { label: row.cells.slice(0, from).filter((c) => c.text !== ''), numbers };
}
