import { CELL, INT_CELL, splitRun, type SplitOptions, type SumGroup } from './splitSearch.js';
import { isSpace } from '../../../input/chars.js';

/**
 * Flattened table rows: a crawler ran the cells of a row together (`713000074` = 71 | 3 | 0 | 0 | 0 | 0 | 74).
 * The cells are recovered from what must hold — each group of cells adds up to its total, no cell has a leading zero,
 * values the prose states — by enumerating the splits that satisfy every constraint. The enumeration is bounded: a
 * cell has at most `maxCellDigits` digits, a group's total is forced by its parts (no branching), and a step budget
 * stops pathological input (`'1'.repeat(1e5)` has no split at all and is rejected before any search).
 */

/** A run of digits as written, with the text offset of every character kept in `digits`. */
export interface DigitRun {
  /** Digits (and `.` for decimals) with spaces removed: `230 000023` → `230000023`. */
  digits: string;
  /** `offsets[i]` = offset in the report text of `digits[i]`. */
  offsets: number[];
}

export { splitRun, type SumGroup, type SplitOptions, type SplitCandidate, type SplitResult } from './splitSearch.js';

/** The 表三 row layout: six applicant columns, then 总计. */
export const TABLE3_ROW_GROUPS: SumGroup[] = [{ parts: [0, 1, 2, 3, 4, 5], total: 6 }];

/** The 表四 row layout: three groups of 维持 纠正 其他 尚未审结 → 总计. */
export const TABLE4_ROW_GROUPS: SumGroup[] = [0, 5, 10].map((s) => ({ parts: [s, s + 1, s + 2, s + 3], total: s + 4 }));

/** The result of reading one flattened row: its values when exactly one split fits, else the candidates. */
export interface RecoveredRow {
  /** Values of the cells when exactly one split satisfies every constraint. */
  values?: number[];
  /** The spans of the cells in the report text (same order as `values`). */
  spans?: Array<{ start: number; end: number }>;
  /** All consistent splits found (one when `values` is set). */
  candidates: number[][];
  /** The search was cut short (too many candidates or steps): never unique. */
  truncated: boolean;
}

/** Splits one flattened row (`713000074`) into its cells when exactly one reading is consistent; never guesses. */
export function recoverFlattenedRow(run: DigitRun, options: SplitOptions): RecoveredRow {
  const result = splitRun(run.digits, options);
  const candidates = result.candidates.map((c) => c.values);
  if (result.candidates.length !== 1 || !result.complete) return { candidates, truncated: !result.complete };
  const only = result.candidates[0];
  return {
    values: only.values,
    spans: only.bounds.map(([s, e]) => ({ start: run.offsets[s], end: run.offsets[e - 1] + 1 })),
    candidates,
    truncated: false,
  };
}

/** Where the text separates the figures of a run (whitespace between two digits): indexes into `run.digits`. */
export function runGaps(run: DigitRun): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < run.offsets.length; i++) if (run.offsets[i] > run.offsets[i - 1] + 1) gaps.push(i);
  return gaps;
}

/**
 * The figures of a run when whitespace already separates them and each is a well-formed number (`1139 48 1191`, not
 * `230 000023`): a row printed with its blank cells left out. Undefined for a run with no gap or a malformed piece.
 * Such a row has fewer figures than columns; any split of it cuts inside a figure the text printed whole.
 */
export function spacedFigures(run: DigitRun, decimals = false): string[] | undefined {
  const gaps = runGaps(run);
  if (gaps.length === 0) return undefined;
  const edges = [0, ...gaps, run.digits.length];
  const figures = edges.slice(1).map((e, i) => run.digits.slice(edges[i], e));
  return figures.every((f) => (decimals ? CELL : INT_CELL).test(f)) ? figures : undefined;
}

/** How many figures of a run stand on each line of `text` (`0 0 0 0 0\n26 26` → [5, 2]). */
export function figuresPerLine(text: string, run: DigitRun): number[] {
  const counts = [0];
  let inFigure = false;
  for (let i = 0; i < run.offsets.length; i++) {
    const gap = i > 0 ? text.slice(run.offsets[i - 1] + 1, run.offsets[i]) : '';
    if (gap.includes('\n')) counts.push(0);
    if (i === 0 || gap !== '') inFigure = false;
    if (!inFigure) counts[counts.length - 1]++;
    inFigure = true;
  }
  return counts;
}

/**
 * Whether a run's split needs a column identity to confirm it: its figures are printed apart (`spacedFigures`) and
 * either fewer than `cells` (blank cells left out: `1139 48 1191`) or gathered from several lines with more than one
 * on a line (`0 0 0 0 0\n26 26`: the next line may be another row whose label was lost). One figure a line (a
 * crawler's `<td>` per line) and one line with every figure need no more than the row sum.
 */
export function needsConfirmation(text: string, run: DigitRun, cells: number): boolean {
  const figures = spacedFigures(run);
  if (!figures) return false;
  if (figures.length < cells) return true;
  const lines = figuresPerLine(text, run);
  return lines.length > 1 && lines.some((n) => n > 1);
}

/** Reads a run of digits and stray spaces at `start` in `norm` (`230 000023`); `.` kept when `decimals`. */
export function readDigitRun(norm: string, start: number, end: number, decimals = false): DigitRun {
  let digits = '';
  const offsets: number[] = [];
  for (let i = start; i < end; i++) {
    const c = norm[i];
    if ((c >= '0' && c <= '9') || (decimals && c === '.')) {
      digits += c;
      offsets.push(i);
    }
  }
  return { digits, offsets };
}

/** A cell of a run that whitespace already separates. */
export interface SpacedCell {
  text: string;
  value: number;
  span: { start: number; end: number };
}

// 0 | 26 | 9116.36 — one whitespace-separated token that is a whole cell (no leading zero)
const TOKEN = /(?:0|[1-9]\d*)(?:\.\d{1,2})?/y;

/**
 * The cells of `norm[start, end)` when whitespace separates exactly `n` well-formed numbers (`396 0 181`): the text's
 * own separators, read as they stand. Undefined otherwise (`230 000023` is 2 tokens for 7 cells: a flattened run).
 */
export function spacedCells(text: string, norm: string, start: number, end: number, n: number, decimals = false): SpacedCell[] | undefined {
  const cells: SpacedCell[] = [];
  let i = start;
  while (i < end) {
    while (i < end && isSpace(norm.charCodeAt(i))) i++;
    if (i >= end) break;
    let j = i;
    while (j < end && !isSpace(norm.charCodeAt(j))) j++;
    const token = norm.slice(i, j);
    TOKEN.lastIndex = 0;
    const m = TOKEN.exec(token);
    if (!m || m[0].length !== token.length || (!decimals && token.includes('.'))) return undefined;
    cells.push({ text: text.slice(i, j), value: Number(token), span: { start: i, end: j } });
    if (cells.length > n) return undefined;
    i = j;
  }
  return cells.length === n ? cells : undefined;
}

/** Whether `values` satisfy every sum group. */
export function groupsHold(values: number[], groups: SumGroup[]): boolean {
  return groups.every((g) => Math.abs(g.parts.reduce((s, p) => s + values[p], 0) - values[g.total]) < 1e-9);
}
