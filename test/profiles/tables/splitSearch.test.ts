import { describe, expect, it } from 'vitest';
import { splitRun, type SplitOptions, type SplitResult, type SplitCandidate, type SumGroup } from '../../../src/profiles/disclosure/tables/splitSearch.js';
import { TABLE3_ROW_GROUPS, TABLE4_ROW_GROUPS } from '../../../src/profiles/disclosure/tables/flattened.js';

// the search as first written (a slice, a pattern test and a Number per step): splitRun must give the same
// candidates in the same order, and stop at the same cap and budget
const CELL = /^(?:0|[1-9]\d*)(?:\.\d{1,2})?$/;
const INT_CELL = /^(?:0|[1-9]\d*)$/;
/** The split search as first written. */
function reference(digits: string, options: SplitOptions): SplitResult {
  const n = options.cells;
  const w = options.maxCellDigits ?? 6;
  const maxCandidates = options.maxCandidates ?? 20;
  let budget = options.budget ?? 200_000;
  const cellPattern = options.decimals ? CELL : INT_CELL;
  const width = options.decimals ? w + 3 : w;
  const candidates: SplitCandidate[] = [];
  if (n <= 0 || digits.length < n || digits.length > n * width) return { candidates, complete: true };

  // totalOf[i] = the group whose total is cell i; groupOf[i] = groups cell i is a part of
  const totalOf = new Map<number, SumGroup>();
  for (const g of options.groups ?? []) totalOf.set(g.total, g);
  const bounds: Array<[number, number]> = [];
  const values: number[] = [];
  let complete = true;
  // nextGap[p] = the first gap after position p: a cell starting at p ends there at the latest
  const nextGap: number[] = new Array(digits.length + 1).fill(digits.length);
  const gapSet = new Set(options.gaps ?? []);
  for (let p = digits.length - 1; p >= 0; p--) nextGap[p] = gapSet.has(p + 1) ? p + 1 : nextGap[p + 1];

  const fits = (pos: number, cell: number) => {
    const left = digits.length - pos;
    const cellsLeft = n - cell;
    return left >= cellsLeft && left <= cellsLeft * width;
  };

  const visit = (pos: number, cell: number): void => {
    if (candidates.length >= maxCandidates || budget <= 0) {
      complete = false;
      return;
    }
    budget--;
    if (cell === n) {
      if (pos === digits.length) candidates.push({ bounds: bounds.slice(), values: values.slice() });
      return;
    }
    const group = totalOf.get(cell);
    if (group) {
      // a total is forced by its parts: its text must be the sum, written out
      let sum = 0;
      for (const p of group.parts) sum += values[p];
      const text = formatSum(sum);
      if (digits.startsWith(text, pos) && pos + text.length <= nextGap[pos] && fits(pos + text.length, cell + 1) && knownOk(cell, sum)) {
        push(pos, pos + text.length, sum);
        visit(pos + text.length, cell + 1);
        pop();
      }
      return;
    }
    for (let len = 1; len <= width && pos + len <= nextGap[pos]; len++) {
      const text = digits.slice(pos, pos + len);
      if (!cellPattern.test(text)) {
        if (text === '0' || text.startsWith('0') && !text.startsWith('0.')) break; // 0X… never becomes valid
        continue;
      }
      if (!fits(pos + len, cell + 1)) continue;
      const value = Number(text);
      if (!knownOk(cell, value)) continue;
      push(pos, pos + len, value);
      visit(pos + len, cell + 1);
      pop();
      if (!complete && (candidates.length >= maxCandidates || budget <= 0)) return;
    }
  };
  const knownOk = (cell: number, value: number) => {
    const k = options.known?.get(cell);
    return k === undefined || Math.abs(k - value) < 1e-9;
  };
  const push = (start: number, end: number, value: number) => {
    bounds.push([start, end]);
    values.push(value);
  };
  const pop = () => {
    bounds.pop();
    values.pop();
  };
  visit(0, 0);
  return { candidates, complete };
}

/** A sum as the table would print it: integers plain, decimals with at most two places (`9116.36`). */
function formatSum(sum: number): string {
  if (Number.isInteger(sum)) return String(sum);
  return String(Math.round(sum * 100) / 100);
}


/** A small deterministic generator (tests must not depend on Math.random). */
function lcg(seed: number) {
  let s = seed;
  return (k: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor(s / 65536) % k;
  };
}

/** A row of `n` figures that adds up by `groups`, run together (a flattened row), with some digits changed. */
function row(rnd: (k: number) => number, n: number, groups: SumGroup[], decimals: boolean): string {
  const values: number[] = new Array(n).fill(0);
  for (let i = 0; i < n; i++) values[i] = [0, 0, 1, rnd(10), rnd(100), rnd(2000)][rnd(6)];
  for (const g of groups) values[g.total] = g.parts.reduce((s, p) => s + values[p], 0);
  let digits = values.map((v) => (decimals && rnd(3) === 0 ? `${v}.${rnd(100)}` : String(v))).join('');
  if (rnd(4) === 0) digits = digits.slice(0, -1) + String(rnd(10));
  return digits;
}

describe('splitRun', () => {
  it('finds the splits the first search found, in its order, with its cap and budget', () => {
    const rnd = lcg(7);
    let truncated = 0;
    let several = 0;
    for (let t = 0; t < 3000; t++) {
      const table4 = rnd(3) === 0;
      const decimals = !table4 && rnd(5) === 0;
      const n = table4 ? 15 : decimals ? 3 : rnd(4) === 0 ? 3 : 7;
      const groups = n === 15 ? TABLE4_ROW_GROUPS : n === 7 ? TABLE3_ROW_GROUPS : [];
      const digits = row(rnd, n, groups, decimals);
      const gaps = rnd(3) === 0 ? [1 + rnd(Math.max(1, digits.length - 1))] : [];
      const known = rnd(5) === 0 ? new Map([[rnd(n), rnd(3)]]) : undefined;
      const options: SplitOptions = { cells: n, groups, gaps, ...(decimals ? { decimals: true, maxCellDigits: 9 } : {}), ...(known ? { known } : {}) };
      if (rnd(4) === 0) options.maxCandidates = 1 + rnd(4);
      if (rnd(4) === 0) options.budget = 1 + rnd(300);
      const got = splitRun(digits, options);
      const want = reference(digits, options);
      expect(got).toEqual(want);
      if (!want.complete) truncated++;
      if (want.candidates.length > 1) several++;
    }
    // the cases the cap and budget are for, and rows with several readings, are among them
    expect(truncated).toBeGreaterThan(100);
    expect(several).toBeGreaterThan(100);
  });

  it('reads a run with a dot but no decimals the same way (表二 digits read with dots, no money column)', () => {
    for (const digits of ['12.5340', '0.5123', '105.2', '1.1.1']) {
      expect(splitRun(digits, { cells: 3 })).toEqual(reference(digits, { cells: 3 }));
    }
  });
});
