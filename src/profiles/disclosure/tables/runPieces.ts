import { groupsHold, runGaps, spacedFigures, splitRun, TABLE3_ROW_GROUPS, type DigitRun } from './flattened.js';
import type { RawRow } from './textRows.js';

/**
 * Label-less rows inside a flattened run (024-labelless-rows): a row whose label was lost is run onto the row before
 * it, apart only by a space — `1.属于国家秘密4000004 00000003.危及…` is 1 (4|0|0|0|0|0|4) and a row without a label
 * (0|0|0|0|0|0|0). The run is cut at its spaces only when the whole run adds up under no split and every piece of
 * seven or more digits does alone; the pieces after the first become rows with no label, placed by printed order.
 * Short pieces (`230 000023`: a stray space from an empty cell) never make a row.
 * Text with one row a line (PDF text, `lines`): label-less rows printed under the row before them
 * (`4.无正当理由大量反复申请\n0 0 0 0 0 0 0\n0 0 0 0 0 0 0`) run onto its figures; the run is cut at its line breaks
 * when every line holds exactly seven figures apart that add up — each line is a whole row.
 */

const ROW_CELLS = 7;

/** The run cut wherever the text between two of its digits passes `cut` (whitespace, a line break). */
function cutRun(norm: string, run: DigitRun, cut: (gap: string) => boolean): DigitRun[] {
  const out: DigitRun[] = [];
  let cur: DigitRun = { digits: '', offsets: [] };
  run.offsets.forEach((o, i) => {
    const prev = run.offsets[i - 1];
    if (i > 0 && o > prev + 1 && cut(norm.slice(prev + 1, o))) {
      out.push(cur);
      cur = { digits: '', offsets: [] };
    }
    cur.digits += run.digits[i];
    cur.offsets.push(o);
  });
  out.push(cur);
  return out;
}

/** The run's pieces between whitespace gaps in the text. */
const pieces = (norm: string, run: DigitRun) => cutRun(norm, run, (gap) => /^\s+$/.test(gap));
/** The run's pieces between line breaks. */
const lines = (norm: string, run: DigitRun) => cutRun(norm, run, (gap) => gap.includes('\n'));

const adds = (run: DigitRun) => splitRun(run.digits, { cells: ROW_CELLS, groups: TABLE3_ROW_GROUPS, gaps: runGaps(run) }).candidates.length > 0;

/** A line that is a whole 表三 row: seven figures apart that add up. */
function wholeRow(run: DigitRun): boolean {
  const figures = spacedFigures(run);
  return figures !== undefined && figures.length === ROW_CELLS && groupsHold(figures.map(Number), TABLE3_ROW_GROUPS);
}

/** A 表三 text row, or the row and the label-less rows run onto it. */
export function splitLabellessRows(norm: string, row: RawRow): RawRow[] {
  if (!row.run || !row.runSpan || row.run.digits.length < 2 * ROW_CELLS) return [row];
  const byLine = lines(norm, row.run);
  if (byLine.length > 1 && byLine.every(wholeRow)) return asRows(row, byLine);
  const parts = pieces(norm, row.run);
  if (parts.length < 2 || parts.some((p) => p.digits.length < ROW_CELLS) || adds(row.run) || !parts.every(adds)) return [row];
  return asRows(row, parts);
}

/** The row with its first piece, and a label-less row (placed by printed order) for every other piece. */
function asRows(row: RawRow, parts: DigitRun[]): RawRow[] {
  return parts.map((run, i) => {
    const runSpan = { start: run.offsets[0], end: run.offsets[run.offsets.length - 1] + 1 };
    return i === 0 ? { ...row, run, runSpan } : { label: '', run, runSpan, offset: runSpan.start, loose: true };
  });
}
