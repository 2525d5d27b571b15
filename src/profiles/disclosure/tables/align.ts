import { TABLE3_ROWS, labelText, stripMarkers, type FormatVersion, type Table3Row } from './labels.js';
import { TABLE3_COLUMNS, TABLE3_GROUPS, TABLE_EVIDENCE_HEADINGS } from '../templates/index.js';

/**
 * Which 表三 row a label names, and which row each of a table's rows is when labels are broken (PDF extractions:
 * `| 行政机关不再处理其政府信息公 | 40 |`, a row with no label at all under a detached `（二）部分公开`). Rows keep the
 * official order, so a monotone alignment of rows to the official list pins down every row that has one place only.
 */

/** The 表三 rows of one format version, in official order. */
export function table3Slots(format: FormatVersion): Table3Row[] {
  let slots = SLOTS.get(format);
  if (!slots) SLOTS.set(format, (slots = TABLE3_ROWS.filter((r) => r.formats.includes(format))));
  return slots;
}

// one list per format, so a label's candidates are remembered per list (see table3Candidates)
const SLOTS = new Map<FormatVersion, Table3Row[]>();

/** Where in `text` the last keyword of `row` ends (or -1); `endsWith` rows only count at the very end. */
function hitEnd(row: Table3Row, text: string, tail: string): number {
  let end = -1;
  for (const k of row.keywords) {
    const at = text.lastIndexOf(k);
    if (at >= 0) end = Math.max(end, at + k.length);
  }
  for (const k of row.endsWith ?? []) if (tail.endsWith(k)) end = Math.max(end, text.length);
  return end;
}

/**
 * The rows (indexes into `slots`) a label may name: the row whose keyword stands last in the label
 * (`三、本年度办理结果（一）予以公开` → 予以公开); else every row whose official label contains the label as a fragment
 * (`行政机关不再处理其政府信息公` → 其他处理 1 and 2); an empty label may be any row; `null` = not a 表三 row.
 */
export function table3Candidates(label: string, slots: Table3Row[], fragments = true): readonly number[] | null {
  // the same label is asked about again and again (each cut of a flattened row, each table mapped): answered once, in
  // a map per list and flag keyed by the label itself (a key built per call is a new string to hash each time)
  let memos = CANDIDATES.get(slots);
  if (!memos) CANDIDATES.set(slots, (memos = [new Map(), new Map()]));
  const memo = memos[fragments ? 1 : 0];
  let hit = memo.get(label);
  if (hit === undefined) {
    if (memo.size >= MEMO_MAX_ENTRIES) memo.clear();
    const rows = rowCandidates(label, slots, fragments);
    hit = rows && Object.freeze(rows);
    memo.set(label, hit);
  }
  return hit;
}

// per list of slots: [without fragments, with fragments]; the answers are frozen, shared by every caller
const CANDIDATES = new WeakMap<Table3Row[], [Map<string, readonly number[] | null>, Map<string, readonly number[] | null>]>();
const MEMO_MAX_ENTRIES = 20000;

function rowCandidates(label: string, slots: Table3Row[], fragments: boolean): number[] | null {
  // fragments = false: only labels that name a row (keywords, or a misspelling of one), not any piece of one
  const text = labelText(label);
  // the vertical 三、本年度办理结果 printed after a row's label, one character per line (`3.其他` then 三 、 本 年 …):
  // the row's label is what stands before it
  if (text.length > RESULT_GROUP.length && text.endsWith(RESULT_GROUP)) return rowCandidates(text.slice(0, -RESULT_GROUP.length), slots, fragments);
  // the column header (商业企业 科研机构 … 其他) above a row whose label is lost, or the vertical 三、本年度办理结果 alone
  // before a row whose own label is lost: no row label at all
  if (text.length === 0 || stripMarkers(text) === stripMarkers(RESULT_GROUP) || HEADER_WORDS.filter((w) => text.includes(w)).length >= 2) return slots.map((_, i) => i);
  let best = -1;
  let hits: number[] = [];
  const tail = text.replace(/[)）:：\s]+$/, ''); // the label without its closing bracket or colon
  slots.forEach((row, i) => {
    const end = hitEnd(row, text, tail);
    if (end < 0) return;
    if (end > best) {
      best = end;
      hits = [i];
    } else if (end === best) hits.push(i);
  });
  if (hits.length > 0) return hits;
  // the table's heading repeated between pieces of it (a page break in a PDF) above a row whose label is lost
  if (TABLE_EVIDENCE_HEADINGS.表三.some((h) => text.includes(h))) return slots.map((_, i) => i);
  const fragment = stripMarkers(text);
  // （四）无法提供 alone: the group's label printed on its first row (the row's own label lost) — any row of the group
  // …or after the vertical 三、本年度办理结果 in the same label cell (`三、本年度办理结果（六）其他处理`): ends with the group's printed label
  const group = TABLE3_GROUPS.find((g) => g.key !== 'result' && (stripMarkers(tail) === stripMarkers(labelText(g.label)) || tail.endsWith(labelText(g.label))));
  if (group) {
    const rows = slots.flatMap((row, i) => (row.group === group.label ? [i] : []));
    if (rows.length) return rows;
  }
  if (fragment.length < 3) return null;
  const within = fragments ? slots.flatMap((row, i) => (labelText(row.label).includes(fragment) ? [i] : [])) : [];
  if (within.length > 0) return within;
  // （三）不予公开1.属于国家秘蜜 — the misspelt row label is the piece after the last marker
  const marks = [...text.matchAll(ANY_MARKER)];
  const last = marks.length ? text.slice(marks[marks.length - 1].index! + marks[marks.length - 1][0].length) : fragment;
  return nearest(last, slots);
}

// the vertical group label 三、本年度办理结果 as labelText prints it (the registry's spelling)
const RESULT_GROUP = labelText(TABLE3_GROUPS.find((g) => g.key === 'result')!.label);

// 商业企业 科研机构 社会公益组织 法律服务机构 — words only 表三's column header prints
const HEADER_WORDS = TABLE3_COLUMNS.filter((c) => c.group && c.label.length > 2).map((c) => c.label);

// 一、 （一） (一) 1. 1、 — markers inside a run-together label
const ANY_MARKER = /[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d[.、．]/g;

// how alike a misspelt label must be to an official one (share of character pairs in common): 属于国家秘蜜 ~ 属于国家秘密 = 0.8
const MIN_LIKENESS = 0.7;
const MAX_FUZZY_LENGTH = 60;

function pairs(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** The one official row a misspelt label is most like (Dice coefficient of character pairs ≥ MIN_LIKENESS), else null. */
function nearest(label: string, slots: Table3Row[]): number[] | null {
  if (label.length > MAX_FUZZY_LENGTH) return null;
  const a = pairs(label);
  if (a.length < 3) return null;
  let best = -1;
  let bestScore = 0;
  let tie = false;
  slots.forEach((row, i) => {
    const b = pairs(stripMarkers(labelText(row.label)));
    const pool = [...b];
    let common = 0;
    for (const p of a) {
      const k = pool.indexOf(p);
      if (k >= 0) {
        common++;
        pool.splice(k, 1);
      }
    }
    const score = (2 * common) / (a.length + b.length);
    if (score > bestScore) {
      best = i;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  });
  return bestScore >= MIN_LIKENESS && !tie ? [best] : null;
}

/**
 * The format version a set of 表三 labels shows: a 2021-only row → 2021; a `（六）其他处理` row with figures → 2019,
 * when the next row with figures is （七）总计 (or none follows) — the 2019 template has nothing between them — and
 * the label-less figure rows since the last named row fit the 2019 rows between them (after `4.无正当理由…` at most
 * one: `5.要求行政机关确认…`). More figure rows before （七）总计 or before the group label (or a row before it naming
 * 其他处理 too) are the 2021 group's three rows, printed beside the group label with their own labels lost (an HTML
 * `（六）其他处理` cell spanning three label-less rows; text with the group label between label-less lines).
 */
export function table3Format(labels: Array<{ label: string; hasValues: boolean }>): FormatVersion {
  const all = TABLE3_ROWS;
  const [total, forward] = [TOTAL_HANDLED, CARRIED_FORWARD];
  // each label's rows asked once (the figure rows are among them)
  const cands = labels.map((l) => table3Candidates(l.label, all));
  const figureRows = cands.filter((_, i) => labels[i].hasValues);
  const named = (c: readonly number[] | null) => (c && c.length === 1 ? c[0] : undefined);
  // a row only the 2021 template has, figures or not
  if (cands.some((c) => {
    const row = named(c);
    return row !== undefined && ONLY_2021[row];
  })) return '2021';
  let is2019 = false;
  for (let i = 0; i < figureRows.length; i++) {
    const row = named(figureRows[i]);
    if (row === undefined || all[row].formats.length !== 1) continue;
    // the 2019 row: alone (not the group label repeated beside its rows), and the next named row is where the 2019
    // template puts it — （七）总计 right after, or 四、结转下年度 after one row (总计 with its label lost)
    if (named(figureRows[i - 1]) === row) continue;
    let k = i + 1;
    while (k < figureRows.length && named(figureRows[k]) === undefined) k++;
    const next = named(figureRows[k]);
    const gap = k - i - 1;
    if (next === row) continue;
    if (!fits2019Before(figureRows, i, row)) continue;
    if ((next === undefined && gap <= 1) || (next === total && gap === 0) || (next === forward && gap === 1)) is2019 = true;
  }
  return is2019 ? '2019' : '2021';
}

// the template rows table3Format looks for, by index into TABLE3_ROWS (read once)
const TOTAL_HANDLED = TABLE3_ROWS.findIndex((r) => r.key === 'totalHandled');
const CARRIED_FORWARD = TABLE3_ROWS.findIndex((r) => r.key === 'carriedForward');
const ONLY_2021 = TABLE3_ROWS.map((r) => r.formats.join() === '2021');

/**
 * Whether the label-less figure rows just before row `i` (the 2019 （六）其他处理, template row `row`) fit between the
 * last named row before them and it in the 2019 template: two label-less rows after `4.无正当理由…` cannot be 2019.
 */
function fits2019Before(figureRows: Array<readonly number[] | null>, i: number, row: number): boolean {
  let k = i - 1;
  let between = 0;
  for (; k >= 0 && !(figureRows[k] && figureRows[k]!.length === 1); k--) if (figureRows[k]) between++;
  if (k < 0) return true;
  const slots = table3Slots('2019');
  const [from, to] = [slots.indexOf(TABLE3_ROWS[figureRows[k]![0]]), slots.indexOf(TABLE3_ROWS[row])];
  if (from < 0 || to < 0) return true;
  return between <= to - from - 1;
}

/** A 表三's row labels read against the template once: the format they show, each label's rows, their alignment. */
export interface RowPlacing {
  labels: readonly string[];
  format: FormatVersion;
  slots: Table3Row[];
  /** Per label, the rows (indexes into `slots`) it may name; null = not a 表三 row. */
  cands: Array<readonly number[] | null>;
  /** The labels that have candidates, in order, aligned to `slots`. */
  alignment: Alignment;
}

/** Reads a 表三's row labels (each a row with figures): format, candidates, alignment (see RowPlacing). */
export function placeRows(labels: readonly string[]): RowPlacing {
  const format = table3Format(labels.map((label) => ({ label, hasValues: true })));
  const slots = table3Slots(format);
  const cands = labels.map((label) => table3Candidates(label, slots));
  const alignment = alignRows(cands.filter((c): c is readonly number[] => c !== null), slots.length);
  return { labels, format, slots, cands, alignment };
}

/** The outcome of aligning rows to the official list. */
export interface Alignment {
  /** `slot[i]` = the official row of table row i, or undefined when it is not certain. */
  slot: Array<number | undefined>;
  /** For uncertain rows: every official row they could be. */
  options: Array<readonly number[] | undefined>;
  /** False when no order-keeping assignment exists (rows out of order or repeated): only sure labels were used. */
  ordered: boolean;
}

/**
 * Aligns table rows (each with its candidate official rows) to the official order: row i gets slot j when every
 * order-keeping assignment puts it there. Without any such assignment, rows with one candidate keep it, the rest stay open.
 */
export function alignRows(candidates: ReadonlyArray<readonly number[]>, slotCount: number): Alignment {
  const n = candidates.length;
  // rows 0..i can be placed with row i at slot j when j is a candidate of row i above the lowest slot rows 0..i-1 can
  // end at (lo[i]); likewise from the end, below the highest slot rows i+1.. can start at (hi[i]): the row's places
  // are its candidates strictly between the two (one pass each way, no table of rows × slots)
  const lo: number[] = new Array(n);
  let bound = -1;
  for (let i = 0; i < n; i++) {
    lo[i] = bound;
    let least = Infinity;
    for (const j of candidates[i]) if (j > bound && j < least && j < slotCount) least = j;
    bound = least;
  }
  const hi: number[] = new Array(n);
  bound = slotCount;
  for (let i = n - 1; i >= 0; i--) {
    hi[i] = bound;
    let most = -Infinity;
    for (const j of candidates[i]) if (j < bound && j > most && j >= 0) most = j;
    bound = most;
  }
  const slot: Array<number | undefined> = [];
  const options: Array<readonly number[] | undefined> = [];
  let ordered = true;
  for (let i = 0; i < n; i++) {
    const possible: number[] = [];
    for (const j of candidates[i]) if (j > lo[i] && j < hi[i] && !possible.includes(j)) possible.push(j);
    possible.sort((x, y) => x - y);
    if (possible.length === 0) ordered = false;
    slot.push(possible.length === 1 ? possible[0] : undefined);
    options.push(possible.length === 1 ? undefined : possible);
  }
  if (ordered) return { slot, options, ordered };
  // out of order: trust only labels that name one row, once
  const used = new Set<number>();
  return {
    slot: candidates.map((c) => {
      if (c.length !== 1 || used.has(c[0])) return undefined;
      used.add(c[0]);
      return c[0];
    }),
    options: candidates.map((c) => (c.length === 1 ? undefined : c)),
    ordered: false,
  };
}
