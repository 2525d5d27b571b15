import { describe, expect, it } from 'vitest';
import { alignRows, table3Candidates, table3Slots } from '../../../src/profiles/disclosure/tables/align.js';

/** The alignment as first written: a table of rows × slots each way (the reading alignRows must give, one pass each way). */
function reference(candidates: number[][], slotCount: number) {
  const n = candidates.length;
  const fwd: boolean[][] = [];
  for (let i = 0; i < n; i++) {
    const row = new Array<boolean>(slotCount).fill(false);
    let anyBefore = i === 0;
    for (let j = 0; j < slotCount; j++) {
      if (candidates[i].includes(j) && anyBefore) row[j] = true;
      if (i > 0 && fwd[i - 1][j]) anyBefore = true;
    }
    fwd.push(row);
  }
  const bwd: boolean[][] = new Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const row = new Array<boolean>(slotCount).fill(false);
    let anyAfter = i === n - 1;
    for (let j = slotCount - 1; j >= 0; j--) {
      if (candidates[i].includes(j) && anyAfter) row[j] = true;
      if (i < n - 1 && bwd[i + 1][j]) anyAfter = true;
    }
    bwd[i] = row;
  }
  const possible = candidates.map((_, i) => [...Array(slotCount).keys()].filter((j) => fwd[i][j] && bwd[i][j]));
  return { possible, ordered: possible.every((p) => p.length > 0) };
}

/** A small deterministic generator (tests must not depend on Math.random). */
function lcg(seed: number) {
  let s = seed;
  return (k: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return Math.floor(s / 65536) % k;
  };
}

let ORDERED = 0;
describe('alignRows', () => {
  it('places each row where every order-keeping assignment puts it, as the rows × slots table does', () => {
    const rnd = lcg(15);
    for (let t = 0; t < 3000; t++) {
      const slotCount = 1 + rnd(30);
      const n = rnd(12);
      const candidates = Array.from({ length: n }, () => {
        // one slot (a clear label), a few (a fragment), or every slot (a lost label); in any order
        const kind = rnd(4);
        const all = [...Array(slotCount).keys()];
        if (kind === 0) return all;
        const picked = all.filter(() => rnd(kind === 1 ? slotCount : 3) === 0);
        return picked.length ? picked.reverse() : [rnd(slotCount)];
      });
      const got = alignRows(candidates, slotCount);
      const want = reference(candidates, slotCount);
      expect(got.ordered).toBe(want.ordered);
      if (!want.ordered) continue;
      ORDERED++;
      expect(got.slot).toEqual(want.possible.map((p) => (p.length === 1 ? p[0] : undefined)));
      expect(got.options).toEqual(want.possible.map((p) => (p.length === 1 ? undefined : p)));
    }
    // most random lists can be placed in order (the case the pass each way is for), some cannot
    expect(ORDERED).toBeGreaterThan(1000);
    expect(ORDERED).toBeLessThan(3000);
  });

  it('reads the rows of 034 as the table did (a lost label between two fragments)', () => {
    const slots = table3Slots('2021');
    const c = (label: string) => table3Candidates(label, slots)!;
    const rows = [c('4.无正当理由大量反复申请'), c(''), c('行政机关不再处理其政府信息公'), c('缴纳费用、行政机关不再处理其政')];
    const want = reference(rows.map((r) => [...r]), slots.length);
    expect(alignRows(rows, slots.length).slot).toEqual(want.possible.map((p) => (p.length === 1 ? p[0] : undefined)));
    // the answers are shared between callers: none may change them
    expect(Object.isFrozen(c(''))).toBe(true);
  });
});
