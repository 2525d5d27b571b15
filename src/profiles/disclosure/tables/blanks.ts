import type { Identity } from '../templates/index.js';

/**
 * Blank cells proven 0 by the table's identities (issue 12 §3). Counts are never negative, so when one side of an
 * identity is fully read and the other side's read cells already add up to it, every blank cell on that side is 0.
 * Applied until nothing changes (a proven zero may complete another identity). Nothing else makes a blank a number.
 * A table whose printed figures already break one of its identities proves nothing: its totals are not to be trusted
 * (062's 表四 prints 复议 10 + 1 with 总计 0; a blank beside such a total would be "proven" 0 by a wrong total).
 */

/** An identity as two sides that add up equal: parts = total + minus. */
function sides(id: Identity): [string[], string[]] {
  let out = SIDES.get(id);
  if (!out) SIDES.set(id, (out = [id.parts, [id.total, ...(id.minus ?? [])]]));
  return out;
}
// the template identities are shared constants (templateCells.ts): their sides are built once
const SIDES = new WeakMap<Identity, [string[], string[]]>();

/**
 * The blank keys proven 0, each with the keys of the read side that proves it. `known` holds the read values;
 * `blank` the keys of cells printed blank (or missing in a printed row).
 */
export function provenZeros(identities: readonly Identity[], known: ReadonlyMap<string, number>, blank: ReadonlySet<string>): Map<string, string[]> {
  const values = new Map(known);
  const proven = new Map<string, string[]>();
  if (identities.some((id) => breaks(id, known))) return proven;
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of identities) {
      const [a, b] = sides(id);
      for (const [open, closed] of [
        [a, b],
        [b, a],
      ]) {
        if (!closed.every((k) => values.has(k))) continue;
        const blanks = open.filter((k) => !values.has(k));
        if (blanks.length === 0 || !blanks.every((k) => blank.has(k))) continue;
        const sum = open.reduce((s, k) => s + (values.get(k) ?? 0), 0);
        const target = closed.reduce((s, k) => s + values.get(k)!, 0);
        if (Math.abs(sum - target) > 1e-9) continue;
        for (const k of blanks) {
          values.set(k, 0);
          proven.set(k, closed);
        }
        changed = true;
      }
    }
  }
  return proven;
}

/**
 * True when the printed figures break the identity whatever the blanks hold (the published arithmetic is wrong):
 * every cell printed and the two sides differ, or one side printed in full and the other side's printed cells already
 * exceed it (counts are never negative: 062's 复议 `_ 1 0 0 | 0` — no 维持 makes 1 + … = 0).
 */
function breaks(id: Identity, known: ReadonlyMap<string, number>): boolean {
  const [a, b] = sides(id);
  const sum = (keys: string[]) => keys.reduce((s, k) => s + (known.get(k) ?? 0), 0);
  const full = (keys: string[]) => keys.every((k) => known.has(k));
  if (full(a) && full(b)) return Math.abs(sum(a) - sum(b)) > 1e-9;
  return (full(a) && sum(b) > sum(a) + 1e-9) || (full(b) && sum(a) > sum(b) + 1e-9);
}
