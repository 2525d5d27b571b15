import type { Chunk, PdfLine } from './lines.js';

// 21 · 0 · 7730.28 · 1,136 · 12.5% · 26件 · / · — : what a figure cell of a report table holds
const FIGURE = /^(?:[+-]?[\d０-９][\d０-９,，]*(?:[.．][\d０-９]+)?\s*(?:%|％|万元|元|件|条|个|次|项|份|人次)?|[/／\\—–\-－]{1,3})$/;

/** Whether a chunk is one figure cell (a number, or `/` `—` for not applicable). */
export function isFigure(chunk: Chunk): boolean {
  return !chunk.vertical && FIGURE.test(chunk.text.trim());
}

/** A gap this many font sizes wide between two chunks of a line is a column gap, not a word space. */
const COLUMN_GAP = 1.5;
/** Lines in a font this much smaller than the body text are table text (labels, headers, notes). */
const SMALL_FONT = 0.9;
/** Header lines above a table's first figure row may stand this many font sizes apart, and no further. */
const HEADER_GAP = 4;

/** The font size most of the text is set in (by characters). */
export function bodySize(lines: PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const line of lines) {
    for (const c of line.chunks) {
      if (c.vertical) continue;
      const size = Math.round(c.size * 2) / 2;
      chars.set(size, (chars.get(size) ?? 0) + c.text.length);
    }
  }
  let best = 0;
  let most = -1;
  for (const [size, n] of chars) if (n > most) [best, most] = [size, n];
  return best || 12;
}

/** A line with figures beside a label or other figures: a table row. */
export function isFigureLine(line: PdfLine): boolean {
  return line.chunks.length >= 2 && line.chunks.some(isFigure);
}

/** A line that may belong to a table: cells apart, small type, vertical text, or figures beside a label. */
function isTableLike(line: PdfLine, body: number): boolean {
  if (line.chunks.some((c) => c.vertical)) return true;
  if (line.size < body * SMALL_FONT) return true;
  if (isFigureLine(line)) return true;
  for (let i = 1; i < line.chunks.length; i++) {
    const gap = line.chunks[i].x - line.chunks[i - 1].end;
    if (gap >= COLUMN_GAP * Math.min(line.chunks[i].size, line.chunks[i - 1].size)) return true;
  }
  return false;
}

/** A run of lines (`start` inclusive, `end` exclusive) that forms one table. */
export interface Region {
  start: number;
  end: number;
}

/**
 * Table regions among the lines of a document (reading order, page furniture removed): maximal runs of table-like
 * lines holding at least two figure cells, across page breaks. Header lines above the first figure row are kept
 * while they stand close together; notes far below the last figure row are left to the text.
 */
export function findRegions(lines: PdfLine[], body: number): Region[] {
  const regions: Region[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isTableLike(lines[i], body)) {
      i++;
      continue;
    }
    let end = i;
    while (end < lines.length && isTableLike(lines[end], body)) end++;
    const figureLines = [];
    for (let k = i; k < end; k++) if (isFigureLine(lines[k])) figureLines.push(k);
    const figures = figureLines.reduce((n, k) => n + lines[k].chunks.filter(isFigure).length, 0);
    if (figureLines.length > 0 && figures >= 2) {
      let start = figureLines[0];
      while (start > i && closeAbove(lines[start - 1], lines[start])) start--;
      let last = figureLines[figureLines.length - 1] + 1;
      while (last < end && closeAbove(lines[last - 1], lines[last])) last++;
      regions.push({ start, end: last });
    }
    i = end;
  }
  return regions;
}

/** Whether `upper` stands right above `lower` on the same page (a header line or a wrapped label): the blank between. */
function closeAbove(upper: PdfLine, lower: PdfLine): boolean {
  if (upper.page !== lower.page) return false;
  return upper.y - lower.y - lower.size <= HEADER_GAP * Math.min(upper.size, lower.size);
}
