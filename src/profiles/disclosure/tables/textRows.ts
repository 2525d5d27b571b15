import type { Span } from '../../../schema/report.js';
import { readDigitRun, type DigitRun } from './flattened.js';
import { TABLE_HEADINGS } from './labels.js';
import { TABLE2_ARTICLE, TABLE2_LABEL_HEADER, table2RowPattern, table3RowWord, table4OutcomeWord } from '../templates/index.js';
import { isSpace } from '../../../input/chars.js';

// the first words of each table, from the registry: 表二 第二十条 / 信息内容 / 规章 / 行政许可, 表三 本年新收, 表四 尚未审结
const TABLE2_FIRST = new RegExp(`${TABLE2_ARTICLE}|${TABLE2_LABEL_HEADER}|${table2RowPattern(['regulations', 'licensing'])}`);
const TABLE3_FIRST = table3RowWord('newReceived');
const TABLE4_PENDING = table4OutcomeWord('pending');
// what follows 表三's heading closely: its first row, or the header of its columns (申请人情况)
const TABLE3_FOLLOWS = new RegExp(`${TABLE3_FIRST}|申请人情况`);

/**
 * Tables that arrive as text: where each official table stands in a report's text, and the rows of a flattened
 * table as (label, run of digits) pairs. Crawled text runs a row's cells together and glues the next row's number to
 * the last cell (`00000002.其他法律…`: the `2` is the marker of the next label, not a figure).
 */

/** One row of a table read from text: its label as written and its figures (split already, or a run to split). */
export interface RawRow {
  label: string;
  labelSpan?: Span;
  /** Cells already apart (pipe tables, spaced text). */
  cells?: Array<{ text: string; value: number | null; span: Span }>;
  /** A flattened run of digits to split. */
  run?: DigitRun;
  runSpan?: Span;
  /** Where the row starts (for ordering rows of several sources). */
  offset: number;
  /** The label may be a broken fragment or missing (PDF extraction): an unmatched label does not drop the row. */
  loose?: boolean;
}

export type TextRegions = Partial<Record<'表二' | '表三' | '表四', [number, number]>>;

function firstMatch(pattern: RegExp, text: string, from: number): number | undefined {
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  pattern.lastIndex = 0;
  return m ? m.index : undefined;
}

/**
 * The heading that opens a table: the first match followed within `reach` by the table's own words, else the first
 * match (a table of contents at the top — 一、总体情况 二、主动公开政府信息情况 … — names the sections too).
 */
function tableHeading(pattern: RegExp, text: string, from: number, follows: RegExp, reach: number): number | undefined {
  let first: number | undefined;
  pattern.lastIndex = from;
  for (let i = 0, m = pattern.exec(text); m && i < 20; i++, m = pattern.exec(text)) {
    first ??= m.index;
    if (follows.test(text.slice(m.index, m.index + reach))) {
      pattern.lastIndex = 0;
      return m.index;
    }
  }
  pattern.lastIndex = 0;
  return first;
}

// 五、存在的主要问题及改进情况 — the heading after 表四 (its number may be lost in PDF extractions)
const AFTER_TABLE4 = /[五5][、.]\s*(?:政府信息公开工作)?存在的主要问题|[六6][、.]\s*其他需要报告/g;
// how far a table can run after its heading (a PDF extraction with page footers and repeated headers included)
const TABLE2_REACH = 4000;
const TABLE3_REACH = 10000;
const TABLE4_REACH = 1500;

/** Where 表二, 表三 and 表四 stand in `work` (normalised text), from their section headings, else from their first row words. */
export function findRegions(work: string): TextRegions {
  const s2 = tableHeading(TABLE_HEADINGS.表二, work, 0, TABLE2_FIRST, 300) ?? indexOrUndefined(work, TABLE2_ARTICLE);
  const s3 = tableHeading(TABLE_HEADINGS.表三, work, s2 ?? 0, TABLE3_FOLLOWS, 400) ?? indexOrUndefined(work, TABLE3_FIRST, s2 ?? 0);
  let s4 = tableHeading(TABLE_HEADINGS.表四, work, s3 ?? s2 ?? 0, /维持|纠正|审结/, 300);
  if (s4 === undefined) {
    const pending = indexOrUndefined(work, TABLE4_PENDING, s3 ?? 0);
    if (pending !== undefined) s4 = Math.max(s3 ?? 0, pending - 60);
  }
  const regions: TextRegions = {};
  if (s2 !== undefined) regions.表二 = [s2, Math.min(s3 ?? s4 ?? work.length, s2 + TABLE2_REACH)];
  if (s3 !== undefined) regions.表三 = [s3, Math.min(s4 ?? work.length, s3 + TABLE3_REACH)];
  if (s4 !== undefined) {
    const after = firstMatch(AFTER_TABLE4, work, s4);
    regions.表四 = [s4, Math.min(after ?? work.length, s4 + TABLE4_REACH)];
  }
  return regions;
}

function indexOrUndefined(text: string, word: string, from = 0): number | undefined {
  const i = text.indexOf(word, from);
  return i < 0 ? undefined : i;
}

/** A label followed by a run of figures, as found in flattened text. */
export interface Chunk {
  labelStart: number;
  labelEnd: number;
  runStart: number;
  runEnd: number;
}

// 713000074 / 230 000023 / 9116.36 — digits with stray spaces (not line breaks); a dot only between digits
const RUN_INT = /\d[\d \t]*/g;
const RUN_DEC = /\d(?:[\d \t]|\.(?=\d))*/g;

// . or 、 after a run: the run's last digit may be the next row's marker; an ASCII digit (what \d matches)
const isMarkerEnd = (c: number) => c === 0x2e || c === 0x3001;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

/** Splits `work[start, end)` into (label, run) chunks; a digit just before `.`/`、` and a label is the next label's marker. */
export function flatChunks(work: string, start: number, end: number, decimals = false): Chunk[] {
  const chunks: Chunk[] = [];
  const re = decimals ? RUN_DEC : RUN_INT;
  re.lastIndex = start;
  let labelStart = start;
  for (let m = re.exec(work); m && m.index < end; m = re.exec(work)) {
    let runEnd = Math.min(end, m.index + m[0].length);
    while (runEnd > m.index && isSpace(work.charCodeAt(runEnd - 1))) runEnd--;
    // 00000002.其他法律… — the last digit is the marker of the next row (2.), not a cell
    if (isMarkerEnd(work.charCodeAt(runEnd)) && !isDigit(work.charCodeAt(runEnd + 1))) {
      runEnd--;
      while (runEnd > m.index && isSpace(work.charCodeAt(runEnd - 1))) runEnd--;
    }
    if (runEnd > m.index) {
      chunks.push({ labelStart, labelEnd: m.index, runStart: m.index, runEnd });
      labelStart = runEnd;
    }
    re.lastIndex = Math.max(re.lastIndex, m.index + 1);
  }
  re.lastIndex = 0;
  return joinCellLines(work, chunks);
}

// a row written one cell per line (a crawler that ends every <td> with a line break): runs apart by at most this much
// whitespace are one run; a longer gap (a blanked-out pipe table, a paragraph break) keeps them apart
const MAX_CELL_GAP = 3;

/** Joins runs that only short whitespace separates: `数量\n71\n3\n0\n…\n74` is one run of seven cells. */
function joinCellLines(work: string, chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  for (const c of chunks) {
    const last = out[out.length - 1];
    if (last && c.labelEnd - c.labelStart <= MAX_CELL_GAP && work.slice(c.labelStart, c.labelEnd).trim() === '') last.runEnd = c.runEnd;
    else out.push({ ...c });
  }
  return out;
}

// 一、 / （一） / (一) / 1. / 1、 — where an official label starts inside a chunk of run-together labels
const LABEL_START = /(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d[.．、])/g;

/**
 * The label of a chunk cut to its last own marker (`申请人情况…其他一、本年新收…数量` → `一、本年新收…数量`), as long as
 * `same` says the cut label still names the same row.
 */
export function trimLabel(text: string, start: number, end: number, same: (label: string) => boolean): [number, number] {
  const piece = text.slice(start, end);
  const marks: number[] = [];
  LABEL_START.lastIndex = 0;
  for (let m = LABEL_START.exec(piece); m; m = LABEL_START.exec(piece)) marks.push(m.index);
  LABEL_START.lastIndex = 0;
  let from = 0;
  for (let i = marks.length - 1; i >= 0; i--) {
    if (same(piece.slice(marks[i]))) {
      from = marks[i];
      break;
    }
  }
  let s = start + from;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}

const MAX_LABEL = 300;

/** Rows of a flattened table in `work[start, end)`: each chunk whose label `accept`s, with its run of digits. */
export function flatRows(
  text: string,
  work: string,
  start: number,
  end: number,
  accept: (label: string) => boolean,
  same: (full: string, cut: string) => boolean,
  decimals = false,
): { rows: RawRow[]; stray: Array<{ text: string; span: Span }> } {
  const rows: RawRow[] = [];
  const stray: Array<{ text: string; span: Span }> = [];
  for (const c of flatChunks(work, start, end, decimals)) {
    // a label is never long: only the text just before the figures can name the row (bounded work on long prose)
    c.labelStart = Math.max(c.labelStart, c.labelEnd - MAX_LABEL);
    const full = work.slice(c.labelStart, c.labelEnd);
    const runSpan = { start: c.runStart, end: c.runEnd };
    if (!accept(full)) {
      stray.push({ text: text.slice(c.runStart, c.runEnd), span: runSpan });
      continue;
    }
    const [ls, le] = trimLabel(work, c.labelStart, c.labelEnd, (cut) => same(full, cut));
    rows.push({
      label: text.slice(ls, le),
      labelSpan: { start: ls, end: le },
      run: readDigitRun(work, c.runStart, c.runEnd, decimals),
      runSpan,
      offset: ls,
    });
  }
  return { rows, stray };
}
