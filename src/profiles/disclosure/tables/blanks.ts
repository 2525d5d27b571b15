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
  const proven = new Map<string, string[]>();
  // no blank cell: nothing to prove (most tables, every flattened one read in full)
  if (blank.size === 0) return proven;
  for (const id of identities) if (breaks(id, known)) return proven;
  // only an identity with a blank cell on a side can prove anything; the others are skipped in every round
  const open: Array<[string[], string[]]> = [];
  for (const id of identities) {
    const [a, b] = sides(id);
    if (a.some((k) => blank.has(k)) || b.some((k) => blank.has(k))) open.push([a, b]);
  }
  const values = new Map(known);
  for (let changed = open.length > 0; changed; ) {
    changed = false;
    for (const [a, b] of open) {
      if (settle(a, b, values, blank, proven)) changed = true;
      if (settle(b, a, values, blank, proven)) changed = true;
    }
  }
  return proven;
}

/** One side's blanks proven 0 when the other side is read in full and the read cells already add up to it. */
function settle(open: string[], closed: string[], values: Map<string, number>, blank: ReadonlySet<string>, proven: Map<string, string[]>): boolean {
  for (const k of closed) if (!values.has(k)) return false;
  let blanks = 0;
  for (const k of open) {
    if (values.has(k)) continue;
    if (!blank.has(k)) return false;
    blanks++;
  }
  if (blanks === 0) return false;
  let sum = 0;
  for (const k of open) sum += values.get(k) ?? 0;
  let target = 0;
  for (const k of closed) target += values.get(k)!;
  if (Math.abs(sum - target) > 1e-9) return false;
  for (const k of open) {
    if (values.has(k)) continue;
    values.set(k, 0);
    proven.set(k, closed);
  }
  return true;
}

/**
 * True when the printed figures break the identity whatever the blanks hold (the published arithmetic is wrong):
 * every cell printed and the two sides differ, or one side printed in full and the other side's printed cells already
 * exceed it (counts are never negative: 062's 复议 `_ 1 0 0 | 0` — no 维持 makes 1 + … = 0).
 */
function breaks(id: Identity, known: ReadonlyMap<string, number>): boolean {
  const [a, b] = sides(id);
  const fullA = full(a, known);
  const fullB = full(b, known);
  if (fullA && fullB) return Math.abs(sum(a, known) - sum(b, known)) > 1e-9;
  return (fullA && sum(b, known) > sum(a, known) + 1e-9) || (fullB && sum(a, known) > sum(b, known) + 1e-9);
}

function sum(keys: string[], known: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const k of keys) s += known.get(k) ?? 0;
  return s;
}

function full(keys: string[], known: ReadonlyMap<string, number>): boolean {
  for (const k of keys) if (!known.has(k)) return false;
  return true;
}
