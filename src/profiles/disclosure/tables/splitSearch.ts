/**
 * The split search of a flattened row (flattened.ts): every way to cut a run of digits into cells that keeps the
 * row's sums and the known values, depth first, cells shortest first, bounded by a candidate cap and a step budget.
 */

/** Cells `parts` add up to cell `total` (indexes into the row). */
export interface SumGroup {
  parts: number[];
  total: number;
}

export interface SplitOptions {
  /** Number of cells in the row. */
  cells: number;
  /** Groups that must add up. A total must come after its parts. */
  groups?: SumGroup[];
  /** Longest cell in digits (default 6: 999999 applications). */
  maxCellDigits?: number;
  /** Allow decimals (`9116.36`, money in 万元). */
  decimals?: boolean;
  /** Known values of some cells (from prose or another table), by cell index. */
  known?: Map<number, number>;
  /** Stop after this many candidates (default 20); `complete` is then false. */
  maxCandidates?: number;
  /** Search steps allowed (default 200000); `complete` is false when it runs out. */
  budget?: number;
  /**
   * Positions in `digits` where the text itself separates two figures (whitespace: `runGaps`): a cell never spans
   * one. `1139 48 1191` is never 11|39… across the space, nor 1139481|191.
   */
  gaps?: number[];
}

/** One consistent split: the cells' texts (as digits) and values. */
export interface SplitCandidate {
  /** Where each cell starts and ends in `digits` (end exclusive). */
  bounds: Array<[number, number]>;
  values: number[];
}

export interface SplitResult {
  candidates: SplitCandidate[];
  /** False when the candidate cap or the step budget stopped the search: more splits may exist. */
  complete: boolean;
}

// one cell: 0 | 12 | 9116.36 — no leading zero, at most two decimals
export const CELL = /^(?:0|[1-9]\d*)(?:\.\d{1,2})?$/;
export const INT_CELL = /^(?:0|[1-9]\d*)$/;

/** Every split of `digits` into `cells` cells that satisfies the groups and the known values (bounded, see above). */
export function splitRun(digits: string, options: SplitOptions): SplitResult {
  const n = options.cells;
  const w = options.maxCellDigits ?? 6;
  const maxCandidates = options.maxCandidates ?? 20;
  let budget = options.budget ?? 200_000;
  const cellPattern = options.decimals ? CELL : INT_CELL;
  const width = options.decimals ? w + 3 : w;
  const candidates: SplitCandidate[] = [];
  const L = digits.length;
  if (n <= 0 || L < n || L > n * width) return { candidates, complete: true };

  // totalOf[i] = the group whose total is cell i
  const totalOf: Array<SumGroup | undefined> = new Array(n);
  for (const g of options.groups ?? []) totalOf[g.total] = g;
  const known = options.known && options.known.size > 0 ? options.known : undefined;
  // only digits, read as integers: a cell is valid unless it has a leading zero, its value is built digit by digit
  // (the same steps as the pattern, without a slice, a regex test and a Number per step)
  const plain = !options.decimals && /^\d*$/.test(digits);
  // the cells chosen so far: where each starts and ends, and its value
  const starts: number[] = [];
  const ends: number[] = [];
  const values: number[] = [];
  let complete = true;
  // nextGap[p] = the first gap after position p: a cell starting at p ends there at the latest
  const nextGap: number[] = new Array(L + 1).fill(L);
  const gapSet = new Set(options.gaps ?? []);
  for (let p = L - 1; p >= 0; p--) nextGap[p] = gapSet.has(p + 1) ? p + 1 : nextGap[p + 1];

  const fits = (pos: number, cell: number) => {
    const left = L - pos;
    const cellsLeft = n - cell;
    return left >= cellsLeft && left <= cellsLeft * width;
  };
  const knownOk = (cell: number, value: number) => {
    const k = known?.get(cell);
    return k === undefined || Math.abs(k - value) < 1e-9;
  };
  const found = () => {
    const bounds: Array<[number, number]> = [];
    for (let i = 0; i < starts.length; i++) bounds.push([starts[i], ends[i]]);
    candidates.push({ bounds, values: values.slice() });
  };

  const visit = (pos: number, cell: number): void => {
    if (candidates.length >= maxCandidates || budget <= 0) {
      complete = false;
      return;
    }
    budget--;
    if (cell === n) {
      if (pos === L) found();
      return;
    }
    const group = totalOf[cell];
    if (group) {
      // a total is forced by its parts: its text must be the sum, written out
      let sum = 0;
      for (const p of group.parts) sum += values[p];
      const text = formatSum(sum);
      if (digits.startsWith(text, pos) && pos + text.length <= nextGap[pos] && fits(pos + text.length, cell + 1) && knownOk(cell, sum)) {
        starts.push(pos);
        ends.push(pos + text.length);
        values.push(sum);
        visit(pos + text.length, cell + 1);
        starts.pop();
        ends.pop();
        values.pop();
      }
      return;
    }
    let value = 0;
    for (let len = 1; len <= width && pos + len <= nextGap[pos]; len++) {
      if (plain) {
        if (len > 1 && digits.charCodeAt(pos) === 48) break; // 0X… never becomes valid
        value = value * 10 + (digits.charCodeAt(pos + len - 1) - 48);
      } else {
        const text = digits.slice(pos, pos + len);
        if (!cellPattern.test(text)) {
          if (text === '0' || (text.startsWith('0') && !text.startsWith('0.'))) break; // 0X… never becomes valid
          continue;
        }
        value = Number(text);
      }
      if (!fits(pos + len, cell + 1)) continue;
      if (!knownOk(cell, value)) continue;
      starts.push(pos);
      ends.push(pos + len);
      values.push(value);
      visit(pos + len, cell + 1);
      starts.pop();
      ends.pop();
      values.pop();
      if (!complete && (candidates.length >= maxCandidates || budget <= 0)) return;
    }
  };
  visit(0, 0);
  return { candidates, complete };
}

/** A sum as the table would print it: integers plain, decimals with at most two places (`9116.36`). */
function formatSum(sum: number): string {
  if (Number.isInteger(sum)) return String(sum);
  return String(Math.round(sum * 100) / 100);
}

