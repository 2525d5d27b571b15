import { NianbaoError } from '../../errors.js';
import type { Span, Table } from '../../schema/report.js';
import { expandGrid, gridCells, type SourceCell } from '../htmlTables.js';
import type { InputDocument, PageSpan } from '../index.js';
import { regionGrid } from './grid.js';
import { isPageFurniture, lineText, pageLines, repeatedMarginLines, type PdfLine } from './lines.js';
import { readPdfPages } from './load.js';
import { bodySize, findRegions } from './regions.js';

export interface PdfOptions {
  source?: string;
  /** Most pages read (later pages are left out with a warning-free cut). Default: all. */
  maxPages?: number;
  /** Most grid cells per table (as for HTML). */
  maxTableCells?: number;
}

/** Fewest non-blank characters per page, on average, for a PDF to count as having a text layer. */
const MIN_CHARS_PER_PAGE = 10;

/**
 * A PDF → the document's text in reading order (page, then top to bottom, then left to right) and its tables as
 * grids. Page numbers and running headers are dropped, a sentence broken at a line or page end is joined, and every
 * table row is written as one line with its cells apart by a tab (as the HTML path does), so every cell has a span.
 */
export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<InputDocument> {
  const pages = await readPdfPages(bytes, options);
  const perPage = pages.map((p) => ({ height: p.height, lines: pageLines(p) }));
  const chars = perPage.reduce((n, p) => n + p.lines.reduce((m, l) => m + lineText(l).replace(/\s/g, '').length, 0), 0);
  if (chars < MIN_CHARS_PER_PAGE * pages.length) {
    throw new NianbaoError('NO_TEXT_LAYER', `${chars} characters of text on ${pages.length} page(s)`, options.source);
  }
  const repeated = repeatedMarginLines(perPage);
  const lines: PdfLine[] = perPage.flatMap((p) =>
    p.lines.filter((l, i) => !isPageFurniture(l, p.height, repeated, i === 0 || i === p.lines.length - 1)),
  );
  return writeDocument(lines, options);
}

/** Where prose lines start and end: the usual left edge and the right edge a full line reaches. */
function margins(lines: PdfLine[], body: number): { left: number; right: number } {
  const prose = lines.filter((l) => Math.abs(l.size - body) < 0.5 && l.chunks.length === 1);
  const counts = new Map<number, number>();
  for (const l of prose) counts.set(Math.round(l.x), (counts.get(Math.round(l.x)) ?? 0) + 1);
  let left = 0;
  let most = -1;
  for (const [x, n] of counts) if (n > most || (n === most && x < left)) [left, most] = [x, n];
  const ends = prose.map((l) => l.end).sort((a, b) => a - b);
  const right = ends.length ? ends[Math.floor(ends.length * 0.9)] : Infinity;
  return { left, right };
}

function writeDocument(lines: PdfLine[], options: PdfOptions): InputDocument {
  const body = bodySize(lines);
  const regions = findRegions(lines, body);
  const { left, right } = margins(lines, body);
  let text = '';
  const tables: Table[] = [];
  const pageStarts = new Map<number, number>();
  const markPage = (page: number) => {
    if (!pageStarts.has(page)) pageStarts.set(page, text.length);
  };
  const newline = () => {
    if (text.length && !text.endsWith('\n')) text += '\n';
  };
  let prev: PdfLine | undefined;
  let r = 0;
  for (let i = 0; i < lines.length; i++) {
    const region = regions[r];
    if (region && i === region.start) {
      newline();
      const grid = regionGrid(lines.slice(region.start, region.end));
      const table = writeTable(grid.rows, grid.pages, options.maxTableCells, (s) => (text += s), () => text.length, markPage);
      // a header row's empty cells are no blank figures (the table reader counts a blank as a figure cell)
      table.rows.forEach((row, k) => {
        if (grid.header[k]) for (const cell of row) if (cell.value === null) delete cell.value;
      });
      tables.push(table);
      text += '\n';
      i = region.end - 1;
      r++;
      prev = undefined;
      continue;
    }
    const line = lines[i];
    const content = lineText(line);
    const continues =
      prev !== undefined &&
      ((prev.end >= right - 1.5 * prev.size && Math.abs(line.x - left) <= 0.5 * line.size && Math.abs(line.size - prev.size) < 1) ||
        isTitleContinued(prev, line, body, (left + right) / 2));
    if (continues) {
      markPage(line.page);
      if (/[A-Za-z0-9]$/.test(text) && /^[A-Za-z0-9]/.test(content)) text += ' ';
    } else {
      newline();
      markPage(line.page);
    }
    text += content;
    prev = line;
  }
  if (text.length && !text.endsWith('\n')) text += '\n';
  return { text, format: 'pdf', encoding: 'pdf', tables, warnings: [], pages: pageSpans(pageStarts, text.length) };
}

/** Big type, centred, one line under another on the same page: a title set on two lines (洪泽区人民政府 / 2023 年…报告). */
function isTitleContinued(prev: PdfLine, line: PdfLine, body: number, middle: number): boolean {
  if (prev.page !== line.page || line.size < body * 1.15 || Math.abs(line.size - prev.size) > 0.5) return false;
  if (prev.y - line.y > 2 * line.size) return false;
  const centred = (l: PdfLine) => Math.abs((l.x + l.end) / 2 - middle) <= 2 * l.size;
  return centred(prev) && centred(line);
}

function pageSpans(starts: Map<number, number>, length: number): PageSpan[] {
  const sorted = [...starts].sort((a, b) => a[0] - b[0]);
  return sorted.map(([page, start], i) => ({ page, start, end: i + 1 < sorted.length ? sorted[i + 1][1] : length }));
}

/** Writes one table (a line per source row, cells apart by a tab) and returns its grid with every cell's span. */
function writeTable(
  rows: SourceCell[][],
  rowPages: number[],
  maxCells: number | undefined,
  write: (s: string) => void,
  at: () => number,
  markPage: (page: number) => void,
): Table {
  const start = at();
  const cellSpans: Span[][] = rows.map((row, r) => {
    if (r > 0) write('\n');
    markPage(rowPages[r]);
    return row.map((cell, i) => {
      if (i > 0) write('\t');
      const s = at();
      write(cell.text);
      return { start: s, end: at() };
    });
  });
  const grid = expandGrid(rows, maxCells ?? 10_000);
  return { source: 'pdf', span: { start, end: at() }, rows: gridCells(rows, grid, cellSpans) };
}
