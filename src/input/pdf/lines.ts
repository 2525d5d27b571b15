import type { PdfItem, PdfPage } from './load.js';

/** Items side by side on one line with no wide gap: one phrase, or one table cell. */
export interface Chunk {
  page: number;
  x: number;
  /** Right edge. */
  end: number;
  y: number;
  size: number;
  text: string;
  vertical: boolean;
  /** The pdf.js items it was joined from. */
  items: PdfItem[];
}

/** One line of a page in reading order: its chunks left to right. */
export interface PdfLine {
  page: number;
  y: number;
  x: number;
  end: number;
  /** Largest font size on the line. */
  size: number;
  chunks: Chunk[];
}

/** Baselines closer than this share of the smaller font size are one line (a 14 pt figure beside a 10 pt label). */
const SAME_LINE = 0.45;
/** A gap wider than this share of the font size starts a new chunk (table cells); narrower gaps are kerning. */
const CHUNK_GAP = 0.75;

function chunkOf(items: PdfItem[]): Chunk {
  let text = '';
  items.forEach((it, i) => {
    if (i > 0 && it.spaceBefore && !text.endsWith(' ')) text += ' ';
    text += it.str;
  });
  const first = items[0];
  const last = items[items.length - 1];
  const size = Math.max(...items.map((it) => it.size));
  if (first.vertical) {
    return { page: first.page, x: first.x, end: first.x + first.width, y: first.y - first.height / 2, size, text: text.trim(), vertical: true, items };
  }
  return { page: first.page, x: first.x, end: last.x + last.width, y: first.y, size, text: text.replace(/\s+$/, ''), vertical: false, items };
}

/** Splits a chunk where two items stand apart by more than `share` of the font size (table headers set tight). */
export function splitChunk(chunk: Chunk, share: number): Chunk[] {
  if (chunk.vertical || chunk.items.length < 2) return [chunk];
  return chunksOf(chunk.items, share);
}

/** The items of one line → chunks, split where the gap between two items is wide. */
function chunksOf(items: PdfItem[], share = CHUNK_GAP): Chunk[] {
  const sorted = items.slice().sort((a, b) => a.x - b.x);
  const out: Chunk[] = [];
  let run: PdfItem[] = [];
  for (const it of sorted) {
    const prev = run[run.length - 1];
    if (prev && it.x - (prev.x + prev.width) > share * Math.min(prev.size, it.size)) {
      out.push(chunkOf(run));
      run = [];
    }
    run.push(it);
  }
  if (run.length) out.push(chunkOf(run));
  return out;
}

/** A page's items → lines, top to bottom; vertical text stands as a line of its own at its middle. */
export function pageLines(page: PdfPage): PdfLine[] {
  const flat = page.items.filter((it) => !it.vertical).sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: PdfItem[][] = [];
  let anchor = Infinity;
  let anchorSize = 0;
  for (const it of flat) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(anchor - it.y) <= SAME_LINE * Math.min(anchorSize, it.size)) group.push(it);
    else {
      groups.push([it]);
      anchor = it.y;
      anchorSize = it.size;
    }
  }
  const lines: PdfLine[] = groups.map((g) => lineOf(chunksOf(g)));
  for (const it of page.items) if (it.vertical) lines.push(lineOf([chunkOf([it])]));
  return lines.sort((a, b) => b.y - a.y || a.x - b.x);
}

function lineOf(chunks: Chunk[]): PdfLine {
  return {
    page: chunks[0].page,
    y: Math.max(...chunks.map((c) => c.y)),
    x: chunks[0].x,
    end: chunks[chunks.length - 1].end,
    size: Math.max(...chunks.map((c) => c.size)),
    chunks,
  };
}

/** The text of a line: chunks joined by a space. */
export function lineText(line: PdfLine): string {
  return line.chunks.map((c) => c.text).join(' ');
}

// - 3 -, — 3 —, －3－, 第3页, 第 3 页 共 5 页, 3/5, Page 3: page numbers printed in a header or footer
const PAGE_NUMBER = /^(?:[-－—–─]\s*\d{1,4}\s*[-－—–─]|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[Pp]age\s*\d{1,4})$/;
// 3 — a bare number, only as the first or last line of a page (a table's last figure is never alone on its line)
const BARE_NUMBER = /^\d{1,4}$/;
/** Share of the page height at the top and at the bottom where running headers and footers stand. */
const MARGIN_BAND = 0.1;

/**
 * Whether a line is a page number or a running header/footer repeated on other pages (page numbers as `#`).
 * `edge`: the line is the first or last of its page.
 */
export function isPageFurniture(line: PdfLine, pageHeight: number, repeated: Set<string>, edge: boolean): boolean {
  const inBand = line.y < pageHeight * MARGIN_BAND || line.y > pageHeight * (1 - MARGIN_BAND);
  if (!inBand) return false;
  const text = lineText(line).replace(/\s+/g, ' ').trim();
  return PAGE_NUMBER.test(text) || (edge && BARE_NUMBER.test(text)) || repeated.has(furnitureKey(line));
}

/** A margin line as a running header/footer candidate: one phrase with letters, digits as `#`; else ''. */
function furnitureKey(line: PdfLine): string {
  if (line.chunks.length !== 1) return '';
  const text = lineText(line).replace(/\s+/g, ' ').trim();
  return /[\p{L}]/u.test(text) && text.length <= 40 ? text.replace(/\d+/g, '#') : '';
}

/** Texts (digits as `#`) of margin lines that stand on at least two pages: running headers and footers. */
export function repeatedMarginLines(pages: Array<{ height: number; lines: PdfLine[] }>): Set<string> {
  const seen = new Map<string, number>();
  for (const { height, lines } of pages) {
    const here = new Set<string>();
    for (const line of lines) {
      if (line.y >= height * MARGIN_BAND && line.y <= height * (1 - MARGIN_BAND)) continue;
      const key = furnitureKey(line);
      if (key) here.add(key);
    }
    for (const t of here) seen.set(t, (seen.get(t) ?? 0) + 1);
  }
  return new Set([...seen].filter(([t, n]) => n >= 2 && pages.length >= 2 && t.length > 0).map(([t]) => t));
}
