import type { Identity } from '../templates/index.js';

/**
 * Blank cells proven 0 by the table's identities (issue 12 §3). Counts are never negative, so when one side of an
 * identity is fully read and the other side's read cells already add up to it, every blank cell on that side is 0.
 * Applied until nothing changes (a proven zero may complete another identity). Nothing else makes a blank a number.
 */

/** An identity as two sides that add up equal: parts = total + minus. */
function sides(id: Identity): [string[], string[]] {
  return [id.parts, [id.total, ...(id.minus ?? [])]];
}

/**
 * The blank keys proven 0, each with the keys of the read side that proves it. `known` holds the read values;
 * `blank` the keys of cells printed blank (or missing in a printed row).
 */
export function provenZeros(identities: Identity[], known: ReadonlyMap<string, number>, blank: ReadonlySet<string>): Map<string, string[]> {
  const values = new Map(known);
  const proven = new Map<string, string[]>();
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
