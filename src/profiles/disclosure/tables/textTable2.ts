import type { Cell, Span, Table } from '../../../schema/report.js';
import { makeWarning, type Warning } from '../../../schema/warnings.js';
import { readDigitRun, runGaps, spacedCells, spacedFigures, splitRun } from './flattened.js';
import { TABLE2_COLUMNS, TABLE2_FILLER, TABLE2_ROWS, labelText, type Table2Column, type Table2Row } from './labels.js';
import { splitPipeRow, type PipeRow } from './pipeTables.js';
import { table2Key } from './cellKeys.js';
import { flatChunks } from './textRows.js';
import { gridSpan } from './textTable3.js';
import { TABLE2_LABEL_HEADER } from '../templates/index.js';
import { isSpace } from '../../../input/chars.js';

/**
 * 表二 rebuilt from text. Crawled text runs it together: `…现行有效件数 规章000行政规范性文件8855698第二十条第（五）项
 * 信息内容本年处理决定数量行政许可10690…`. Header words set the columns, a row word opens a row, its run is split into as
 * many cells as the header has columns. 表二 has no totals, so a run splits only when it has one reading: one digit
 * per cell, one column, or the figures the prose states (`本年度制发的规范性文件88件`, `现行有效行政规范性文件698件`).
 */

/** A figure the prose states for a 表二 cell, keyed `row.column` (`normativeDocuments.inForce`). */
export type Table2Hints = Map<string, number>;

/** Prose that states a 表二 figure; `row.column` key. Each with the real sentence it is for. */
export const TABLE2_PROSE: Array<{ key: string; pattern: RegExp }> = [
  // 动态更新本年度制发的规范性文件88件 (022) / 动态更新发布本年度制发行政规范性文件62件 (024)
  { key: 'normativeDocuments.issued', pattern: /本年度?制发(?:的)?(?:行政)?规范性文件(\d+)件/g },
  // 集中公开现行有效行政规范性文件698件 (022)
  { key: 'normativeDocuments.inForce', pattern: /现行有效(?:的)?(?:行政)?规范性文件(\d+)件/g },
  // 废止行政规范性文件12件
  { key: 'normativeDocuments.repealed', pattern: /废止(?:了)?(?:的)?(?:行政)?规范性文件(\d+)件/g },
  // 本年度制发规章2件
  { key: 'regulations.issued', pattern: /本年度?制发(?:的)?(?:政府)?规章(\d+)件/g },
  // 现行有效规章35件
  { key: 'regulations.inForce', pattern: /现行有效(?:的)?(?:政府)?规章(\d+)件/g },
];

/** The 表二 figures the prose of `work` states outside the tables; a key stated twice with different values is dropped. */
export function table2Hints(work: string, outside: (offset: number) => boolean): Table2Hints {
  const hints: Table2Hints = new Map();
  const dropped = new Set<string>();
  for (const { key, pattern } of TABLE2_PROSE) {
    for (const m of work.matchAll(pattern)) {
      if (!outside(m.index!)) continue;
      const v = Number(m[1]);
      if (hints.has(key) && hints.get(key) !== v) dropped.add(key);
      hints.set(key, v);
    }
  }
  for (const k of dropped) hints.delete(k);
  return hints;
}

interface Header {
  cols: Array<{ col: Table2Column; text: string; span?: Span }>;
}

/** Column words in a label chunk, in order, each with its text up to the next column word. */
function headerIn(text: string, work: string, start: number, end: number): { header?: Header; rowFrom: number } {
  const found: Array<{ col: Table2Column; at: number; len: number }> = [];
  const piece = work.slice(start, end);
  for (const col of TABLE2_COLUMNS) {
    for (const k of col.keywords) {
      const at = piece.indexOf(k);
      // 本年增/减 and 增/减 are one header: a keyword inside one already found is skipped
      if (at >= 0 && !found.some((f) => at < f.at + f.len && f.at < at + k.length)) found.push({ col, at, len: k.length });
    }
  }
  if (found.length === 0) return { rowFrom: start };
  found.sort((a, b) => a.at - b.at);
  const cols = found.map((f, i) => {
    // widen the keyword to the official header as written: 本年收费金额（单位：万元）, 现行有效件数, 本年处理决定数量
    const [s, e] = widen(piece, f.at, f.len, labelText(f.col.label), i + 1 < found.length ? found[i + 1].at : piece.length);
    const span = { start: start + s, end: start + e };
    return { col: f.col, text: text.slice(span.start, span.end), span };
  });
  return { header: { cols }, rowFrom: cols[cols.length - 1].span.end };
}

/** The extent of an official label around its keyword at `at`, matched character by character (spaces skipped). */
function widen(piece: string, at: number, len: number, label: string, limit: number): [number, number] {
  const kw = labelText(piece.slice(at, at + len));
  const k = label.indexOf(kw);
  if (k < 0) return [at, at + len];
  let s = at;
  for (let j = k - 1; j >= 0 && s > 0; ) {
    const c = piece[s - 1];
    if (isSpace(piece.charCodeAt(s - 1))) s--;
    else if (c === label[j]) {
      s--;
      j--;
    } else break;
  }
  let e = at + len;
  for (let j = k + kw.length; j < label.length && e < limit; ) {
    const c = piece[e];
    if (isSpace(piece.charCodeAt(e))) e++;
    else if (c === label[j] || labelText(c) === label[j]) {
      e++;
      j++;
    } else break;
  }
  while (s < at && isSpace(piece.charCodeAt(s))) s++;
  while (e > at + len && isSpace(piece.charCodeAt(e - 1))) e--;
  return [s, e];
}

function rowIn(label: string): Table2Row | undefined {
  const t = labelText(label);
  let best: Table2Row | undefined;
  let at = -1;
  for (const row of TABLE2_ROWS) {
    for (const k of row.keywords) {
      const i = t.lastIndexOf(k);
      if (i > at) {
        at = i;
        best = row;
      }
    }
  }
  return best;
}

/** The indicator keys a 表二 row fills under a header (named in warnings about the row). */
function keysOf(row: Table2Row, header: Header): string[] {
  return header.cols.map((h) => table2Key(row.key, h.col)).filter((k): k is string => k !== undefined);
}

/**
 * Whether `buildTable2` can find a header in the region: a column word printed in it, or a pipe row. Without one no
 * row is placed and nothing is built (a prose-era report's 二、主动公开政府信息情况 is a section, not 表二's heading).
 */
export function mayHoldTable2(work: string, region: [number, number], pipeRows: PipeRow[]): boolean {
  if (pipeRows.length > 0) return true;
  const piece = work.slice(region[0], region[1]);
  return TABLE2_COLUMNS.some((col) => col.keywords.some((k) => piece.includes(k)));
}

/** Rebuilds 表二 from the flattened text of its region and the pipe rows inside it. */
export function buildTable2(text: string, work: string, region: [number, number], pipeRows: PipeRow[], hints: Table2Hints): { table?: Table; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const grid: Cell[][] = [];
  let header: Header | undefined;
  let written: Header | undefined;
  const stray: Array<{ text: string; at: number }> = [];
  const writeHeader = () => {
    if (!header || written === header) return;
    grid.push([{ text: TABLE2_LABEL_HEADER }, ...header.cols.map((c) => (c.span ? { text: c.text, span: c.span } : { text: c.text }))]);
    written = header;
  };
  type Item = { at: number; flat?: ReturnType<typeof flatChunks>[number]; pipe?: PipeRow };
  const items: Item[] = [
    ...flatChunks(work, region[0], region[1], true).map((c) => ({ at: c.labelStart, flat: c })),
    ...pipeRows.map((p) => ({ at: p.span.start, pipe: p })),
  ].sort((a, b) => a.at - b.at);
  for (const item of items) {
    if (item.pipe) {
      const parts = splitPipeRow(item.pipe);
      if (!parts) continue;
      if (parts.numbers.length === 0) {
        const cols = parts.label.flatMap((c) => {
          const col = TABLE2_COLUMNS.find((x) => x.keywords.some((k) => labelText(c.text).includes(k)));
          return col ? [{ col, text: c.text, span: c.span }] : [];
        });
        if (cols.length) header = { cols };
        continue;
      }
      const label = parts.label.map((c) => c.text).join('');
      const row = rowIn(label);
      if (!row || !header) continue;
      writeHeader();
      const labelCell: Cell = parts.label.length ? { text: label, span: { start: parts.label[0].span.start, end: parts.label[parts.label.length - 1].span.end } } : { text: label };
      if (parts.numbers.length === header.cols.length) {
        grid.push([labelCell, ...parts.numbers.map((c) => ({ text: c.text, value: c.value!, span: c.span }))]);
      } else {
        grid.push([labelCell, ...parts.numbers.map((c) => ({ text: c.text, span: c.span }))]);
        warnings.push(makeWarning('TABLE_AMBIGUOUS', `${row.label}: ${parts.numbers.length} figures for ${header.cols.length} columns`, {
          span: item.pipe.span,
          data: { row: row.label, keys: keysOf(row, header), figures: parts.numbers.map((c) => c.value), columns: header.cols.map((c) => c.col.label) },
        }));
      }
      continue;
    }
    const c = item.flat!;
    const found = headerIn(text, work, c.labelStart, c.labelEnd);
    if (found.header) header = found.header;
    const row = rowIn(work.slice(found.rowFrom, c.labelEnd));
    if (!row || !header) {
      stray.push({ text: text.slice(c.runStart, c.runEnd), at: c.runStart });
      continue;
    }
    writeHeader();
    let labelStart = found.rowFrom;
    while (labelStart < c.labelEnd && isSpace(work.charCodeAt(labelStart))) labelStart++;
    let labelEnd = c.labelEnd;
    while (labelEnd > labelStart && isSpace(work.charCodeAt(labelEnd - 1))) labelEnd--;
    const labelCell: Cell = { text: text.slice(labelStart, labelEnd), span: { start: labelStart, end: labelEnd } };
    const run = readDigitRun(work, c.runStart, c.runEnd, true);
    const n = header.cols.length;
    // 行政许可 396 0 181 — cells the text itself separates
    const apart = n > 1 ? spacedCells(text, work, c.runStart, c.runEnd, n, true) : undefined;
    if (apart) {
      grid.push([labelCell, ...apart.map((x) => ({ text: x.text, value: x.value, span: x.span }))]);
      continue;
    }
    const known = new Map<number, number>();
    header.cols.forEach((h, i) => {
      const v = hints.get(`${row.key}.${h.col.key}`);
      if (v !== undefined) known.set(i, v);
    });
    const options = { cells: n, maxCellDigits: 9, decimals: header.cols.some((h) => h.col.money), gaps: runGaps(run) };
    let split = splitRun(run.digits, { cells: options.cells, maxCellDigits: options.maxCellDigits, decimals: options.decimals, gaps: options.gaps, known });
    let byProse = known.size > 0;
    if (split.candidates.length === 0 && known.size > 0) {
      split = splitRun(run.digits, options); // the prose disagrees with every split: read the table alone
      byProse = false;
    }
    // figures printed apart with blanks left out (`396 181` for three columns): a split would cut a printed figure
    const figures = n > 1 ? spacedFigures(run, options.decimals) : undefined;
    if (split.complete && split.candidates.length === 1 && !(figures && figures.length < n)) {
      const only = split.candidates[0];
      grid.push([
        labelCell,
        ...only.bounds.map(([s, e], i) => {
          const span = { start: run.offsets[s], end: run.offsets[e - 1] + 1 };
          return { text: text.slice(span.start, span.end), value: only.values[i], span, ...(n > 1 || byProse ? { recovered: true as const } : {}) };
        }),
      ]);
      continue;
    }
    grid.push([labelCell, { text: text.slice(c.runStart, c.runEnd), span: { start: c.runStart, end: c.runEnd } }]);
    const candidates = split.candidates.map((x) => x.values);
    warnings.push(makeWarning('TABLE_AMBIGUOUS', `${row.label}: ${run.digits} → ${candidates.length}${split.complete ? '' : '+'} readings for ${n} columns`, {
      span: { start: c.runStart, end: c.runEnd },
      data: { row: row.label, keys: keysOf(row, header), run: run.digits, columns: header.cols.map((h) => h.col.label), candidates, complete: split.complete },
    }));
  }
  const span = gridSpan(grid);
  if (!grid.some((r) => r[0].text !== TABLE2_LABEL_HEADER) || !span) return { warnings: [] };
  // figures between the table's first word (第二十条 / 信息内容) and its last row that no row label claims (034: 22, 55)
  const first = Math.min(...TABLE2_FILLER.map((w) => work.indexOf(w, region[0])).filter((i) => i >= 0 && i < region[1]), Infinity);
  const last = span.end;
  const lost = stray.filter((x) => x.at >= first && x.at < last).map((x) => x.text);
  if (lost.length) warnings.push(makeWarning('TABLE_UNREADABLE', `表二: figures without a row label: ${lost.join(', ')}`, { data: { figures: lost } }));
  return { table: { name: '表二', source: 'text', span, rows: grid }, warnings };
}
