import type { SourceCell } from '../htmlTables.js';
import { splitChunk, type Chunk, type PdfLine } from './lines.js';
import { isFigure } from './regions.js';

/**
 * The lines of one table region → rows of source cells (with rowspan/colspan), the shape an HTML `<table>` gives, so
 * the same grid code and table reader serve both. Columns come from alignment: figure columns from the centres of
 * the figure cells, label columns from where label cells start. A label that stands between rows beside labels
 * further right (`（三）不予公开` beside `1.属于国家秘密` … `8.属于行政查询事项`) spans those rows.
 */
export function regionGrid(lines: PdfLine[]): { rows: SourceCell[][]; pages: number[]; header: boolean[] } {
  const figureLines = lines.filter((l) => l.chunks.length >= 2 && l.chunks.some(isFigure));
  const figureChunks = figureLines.flatMap((l) => l.chunks.filter(isFigure));
  const centres = clusterCentres(figureChunks.map(centre), Math.max(6, 0.6 * median(figureChunks.map((c) => c.size))));
  const pitch = centres.length > 1 ? median(centres.slice(1).map((c, i) => c - centres[i])) : 60;
  const numLeft = Math.min(...figureChunks.map((c) => c.x)) - 2;
  const inLabelArea = (c: Chunk) => c.end <= numLeft + 2;
  const nearest = (c: Chunk) => nearestIndex(centres, centre(c));

  const firstFigure = lines.indexOf(figureLines[0]);
  const rows: Row[] = [];
  const loose: Chunk[] = [];
  // header bands above the first figure row, and inner headers between rows (表二's 信息内容 | 本年处理决定数量)
  let band: PdfLine[] = [];
  const flushBand = () => {
    if (band.length) rows.push(...headerRows(band, inLabelArea, nearest, centres, pitch));
    band = [];
  };
  lines.forEach((line, i) => {
    const figures = line.chunks.filter((c) => !inLabelArea(c) && isFigure(c));
    const numericArea = line.chunks.some((c) => !inLabelArea(c));
    if (i >= firstFigure && figures.length > 0) {
      flushBand();
      const row: Row = { kind: 'data', page: line.page, y: line.y, labels: [], figures: new Map() };
      for (const c of line.chunks) {
        if (inLabelArea(c)) row.labels.push({ x: c.x, y: c.y, text: c.text, own: true });
        else appendTo(row.figures, nearest(c), c.text);
      }
      rows.push(row);
    } else if (i < firstFigure || numericArea) {
      const last = band[band.length - 1];
      if (last && (last.page !== line.page || last.y - line.y > 1.6 * Math.min(last.size, line.size))) flushBand();
      band.push(line);
    } else {
      loose.push(...line.chunks);
    }
  });
  flushBand();
  placeLooseLabels(rows, loose);
  return { rows: emit(rows, centres.length), pages: rows.map((r) => r.page), header: rows.map((r) => r.kind === 'header') };
}

interface Label {
  x: number;
  y: number;
  text: string;
  /** Stands on the row's own line (beside its figures). */
  own?: boolean;
}

/** A grid row before columns are fixed: its labels (by x) and its figure cells (by column). */
interface Row {
  kind: 'data' | 'header';
  page: number;
  y: number;
  labels: Label[];
  figures: Map<number, string>;
  /** Header cells wider than one column: first column and how many. */
  wide?: Array<{ col: number; span: number; text: string }>;
  /** Labels of a column to the left that span this row and the rows after it (filled by placeLooseLabels). */
  spanning?: Array<{ x: number; text: string; rowspan: number }>;
}

const centre = (c: Chunk) => (c.x + c.end) / 2;

function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

/** Sorted values → the means of runs whose neighbours lie within `tolerance`. */
function clusterCentres(values: number[], tolerance: number): number[] {
  const sorted = values.slice().sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const run = out[out.length - 1];
    if (run && v - run[run.length - 1] <= tolerance) run.push(v);
    else out.push([v]);
  }
  return out.map((run) => run.reduce((s, v) => s + v, 0) / run.length);
}

function nearestIndex(values: number[], v: number): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (Math.abs(values[i] - v) < Math.abs(values[best] - v)) best = i;
  return best;
}

/** Joins two pieces of one cell: nothing between Chinese characters, a space between Latin words or figures. */
export function joinPieces(a: string, b: string): string {
  if (!a) return b;
  return /[\w.,%)]$/.test(a) && /^[\w(]/.test(b) ? `${a} ${b}` : `${a}${b}`;
}

function appendTo(map: Map<number, string>, key: number, text: string): void {
  map.set(key, joinPieces(map.get(key) ?? '', text));
}

/**
 * Header lines (one band: lines close together) → rows: cells wider than a column each on a row of their line
 * (申请人情况, 法人或其他组织), then one row where the narrow pieces stacked in each column are joined (商业 + 企业).
 */
function headerRows(band: PdfLine[], inLabelArea: (c: Chunk) => boolean, nearest: (c: Chunk) => number, centres: number[], pitch: number): Row[] {
  const out: Row[] = [];
  const stacked: Row = { kind: 'header', page: band[0].page, y: band[0].y, labels: [], figures: new Map() };
  let label = '';
  for (const line of band) {
    const wide: NonNullable<Row['wide']> = [];
    // header cells of narrow columns stand closer than words apart (结果 纠正 | 其他 结果): split finer here
    for (const c of line.chunks.flatMap((k) => splitChunk(k, HEADER_SPLIT))) {
      if (inLabelArea(c)) label = joinPieces(label, c.text);
      else if (c.end - c.x > 1.3 * pitch && centres.length > 1) {
        const cols = centres.map((m, i) => (m >= c.x - pitch / 4 && m <= c.end + pitch / 4 ? i : -1)).filter((i) => i >= 0);
        const first = cols.length ? cols[0] : nearest(c);
        wide.push({ col: first, span: Math.max(1, cols.length), text: c.text });
      } else appendTo(stacked.figures, nearest(c), c.text);
    }
    if (wide.length) out.push({ kind: 'header', page: line.page, y: line.y, labels: [], figures: new Map(), wide });
  }
  if (label) stacked.labels.push({ x: -Infinity, y: stacked.y, text: label });
  if (label || stacked.figures.size) out.push(stacked);
  return out;
}

/** In header lines, a gap of this share of the font size parts two cells. */
const HEADER_SPLIT = 0.3;

// 1. / 1、 / （1） / ① — the first sub-row of a group: where a run of rows under one group label starts again
const RESTART = /^(?:[1１]\s*[.．、]|[（(]\s*[1１]\s*[)）]|①)/;

/**
 * Labels on lines of their own (no figures): a wrapped part of the nearest row's label, or a group label standing
 * beside rows whose own labels start further right, which then spans the run of rows it stands beside.
 */
function placeLooseLabels(rows: Row[], loose: Chunk[]): void {
  const data = rows.filter((r) => r.kind === 'data');
  if (data.length === 0) return;
  const groups: Array<{ x: number; text: string; row: number }> = [];
  const sorted = loose.slice().sort((a, b) => a.page - b.page || b.y - a.y || a.x - b.x);
  for (const c of sorted) {
    const samePage = data.filter((r) => r.page === c.page);
    const pool = samePage.length ? samePage : data;
    const row = pool.reduce((best, r) => (Math.abs(r.y - c.y) < Math.abs(best.y - c.y) ? r : best), pool[0]);
    const own = row.labels.filter((l) => l.own);
    if (own.length && Math.min(...own.map((l) => l.x)) > c.x + 1) groups.push({ x: c.x, text: c.text, row: data.indexOf(row) });
    else row.labels.push({ x: c.x, y: c.y, text: c.text });
  }
  // each group label spans the rows around it whose labels start to its right, split where numbering restarts
  const byX = new Map<number, typeof groups>();
  for (const g of groups) {
    const key = [...byX.keys()].find((x) => Math.abs(x - g.x) <= 3) ?? g.x;
    byX.set(key, [...(byX.get(key) ?? []), g]);
  }
  for (const [x, labels] of byX) {
    const open = (r: Row) => r.labels.length > 0 && Math.min(...r.labels.map((l) => l.x)) > x + 1;
    let i = 0;
    while (i < data.length) {
      if (!open(data[i])) {
        i++;
        continue;
      }
      let j = i;
      while (j < data.length && open(data[j])) j++;
      const inRun = labels.filter((g) => g.row >= i && g.row < j).sort((a, b) => a.row - b.row);
      if (inRun.length) spanRun(data, i, j, inRun);
      i = j;
    }
  }
}

/** Gives each group label in a run of rows [i, j) its part of the run (parts split where numbering restarts). */
function spanRun(data: Row[], i: number, j: number, labels: Array<{ x: number; text: string; row: number }>): void {
  const starts = [i];
  if (labels.length > 1) {
    for (let k = i + 1; k < j; k++) if (RESTART.test(firstLabel(data[k]))) starts.push(k);
  }
  const parts = starts.map((s, n) => ({ start: s, end: n + 1 < starts.length ? starts[n + 1] : j, labels: [] as typeof labels }));
  for (const g of labels) parts.find((p) => g.row >= p.start && g.row < p.end)!.labels.push(g);
  // a part without a label continues the group above it (a group split by a page break); two labels in one part split it
  const merged: typeof parts = [];
  for (const p of parts) {
    const prev = merged[merged.length - 1];
    if (p.labels.length === 0 && prev) prev.end = p.end;
    else if (p.labels.length === 0) merged.push(p);
    else if (prev && prev.labels.length === 0) {
      prev.end = p.end;
      prev.labels = p.labels;
    } else merged.push(p);
  }
  for (const p of merged) {
    if (p.labels.length === 0) continue;
    const cuts = p.labels.map((g, n) => (n === 0 ? p.start : Math.ceil((p.labels[n - 1].row + g.row) / 2)));
    p.labels.forEach((g, n) => {
      const start = cuts[n];
      const end = n + 1 < cuts.length ? cuts[n + 1] : p.end;
      (data[start].spanning ??= []).push({ x: g.x, text: g.text, rowspan: end - start });
    });
  }
}

function firstLabel(row: Row): string {
  const sorted = row.labels.slice().sort((a, b) => b.y - a.y || a.x - b.x);
  return sorted[0]?.text ?? '';
}

/** Rows → source cells: label columns by where labels start, then the figure columns. */
function emit(rows: Row[], figureColumns: number): SourceCell[][] {
  const starts = rows.flatMap((r) => [...cellLabels(r).map((l) => l.x), ...(r.spanning ?? []).map((s) => s.x)]).filter((x) => Number.isFinite(x));
  const labelCols = clusterCentres(starts, 3);
  const hasLabels = rows.some((r) => r.labels.length > 0 || (r.spanning?.length ?? 0) > 0);
  const width = labelCols.length || (hasLabels ? 1 : 0);
  const colOf = (x: number) => (Number.isFinite(x) ? nearestIndex(labelCols, x) : 0);
  const covered = new Map<number, number>(); // label column → rows still covered by a rowspan above
  return rows.map((row) => {
    const cells: Array<SourceCell | undefined> = new Array(width).fill(undefined);
    const taken = new Set<number>();
    for (const [c, left] of covered) {
      if (left > 0) taken.add(c);
      covered.set(c, left - 1);
    }
    for (const s of row.spanning ?? []) {
      const c = colOf(s.x);
      if (taken.has(c)) continue;
      cells[c] = { text: s.text, rowspan: s.rowspan, colspan: 1 };
      taken.add(c);
      covered.set(c, s.rowspan - 1);
    }
    for (const l of cellLabels(row)) {
      const c = colOf(l.x);
      if (taken.has(c) && !cells[c]) continue;
      cells[c] = cells[c] && cells[c]!.rowspan === 1 ? { ...cells[c]!, text: joinPieces(cells[c]!.text, l.text) } : { text: l.text, rowspan: 1, colspan: 1 };
      taken.add(c);
    }
    // a label covers the empty label columns to its right (一、本年新收… spans the group and item columns)
    const out: SourceCell[] = [];
    let c = 0;
    while (c < width) {
      if (covered.has(c) && cells[c] === undefined && taken.has(c)) {
        c++;
        continue;
      }
      const cell = cells[c] ?? { text: '', rowspan: 1, colspan: 1 };
      let span = 1;
      if (cells[c]) while (c + span < width && !taken.has(c + span)) span++;
      out.push({ ...cell, colspan: span });
      c += span;
    }
    const wide = new Map((row.wide ?? []).map((w) => [w.col, w]));
    for (let f = 0; f < figureColumns; f++) {
      const w = wide.get(f);
      if (w) {
        out.push({ text: w.text, rowspan: 1, colspan: Math.min(w.span, figureColumns - f) });
        f += Math.min(w.span, figureColumns - f) - 1;
      } else out.push({ text: row.figures.get(f) ?? '', rowspan: 1, colspan: 1 });
    }
    return out;
  });
}

/** A row's labels merged per starting column: wrapped pieces join the label they continue. */
function cellLabels(row: Row): Label[] {
  const sorted = row.labels.slice().sort((a, b) => b.y - a.y || a.x - b.x);
  const out: Label[] = [];
  for (const l of sorted) {
    // a wrapped line continues the label that starts at or left of it
    const host = out.filter((o) => o.x <= l.x + 1 && o.y !== l.y).sort((a, b) => b.x - a.x)[0];
    if (host && l.y < host.y) host.text = joinPieces(host.text, l.text);
    else {
      const same = out.find((o) => o.y === l.y && Math.abs(o.x - l.x) < 1);
      if (same) same.text = joinPieces(same.text, l.text);
      else out.push({ ...l });
    }
  }
  return out;
}
