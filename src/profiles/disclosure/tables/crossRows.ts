import type { Table3Row } from './labels.js';

/**
 * Rows of 表三 that a flattened run leaves open (several splits add up) are settled by the columns: per applicant
 * column, 一 + 二 = （七）总计 + 四 (the 勾稽关系 printed above the table) and （七）总计 = the sum of the outcome rows.
 * Every combination of the open rows' candidates is tried (bounded); a candidate survives if some combination
 * satisfies every column. When no combination does, the table itself does not add up: nothing is pruned.
 * A row marked `confirm` (its figures printed apart with blanks left out: every split cuts a printed figure) keeps a
 * candidate only when a column identity checks it; unchecked or unsettled, it keeps none.
 */

export interface OpenRow {
  /** The row's official definition. */
  slot: Table3Row;
  /** Candidate readings: each 7 values (six columns and 总计). One = settled; zero = unreadable. */
  candidates: number[][];
  /** The row's splits add up by its own sum only; a column identity must check them (see above). */
  confirm?: boolean;
}

interface Constraint {
  /** Row indexes with their sign: Σ sign·row[c] = 0 for every column c. */
  terms: Array<[number, 1 | -1]>;
}

const MAX_STEPS = 500_000;

function constraintsFor(rows: OpenRow[]): Constraint[] {
  const at = (key: string) => rows.findIndex((r) => r.slot.key === key);
  const out: Constraint[] = [];
  const [nr, co, th, cf] = ['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].map(at);
  if (nr >= 0 && co >= 0 && th >= 0 && cf >= 0) out.push({ terms: [[nr, 1], [co, 1], [th, -1], [cf, -1]] });
  return out;
}

/** The outcome rows must all be there for （七）总计 = their sum to be checked. */
function outcomeConstraint(rows: OpenRow[], outcomeSlots: number): Constraint | undefined {
  const th = rows.findIndex((r) => r.slot.key === 'totalHandled');
  const outcomes = rows.map((r, i) => (r.slot.outcome ? i : -1)).filter((i) => i >= 0);
  if (th < 0 || outcomes.length !== outcomeSlots) return undefined;
  return { terms: [[th, 1], ...outcomes.map((i): [number, -1] => [i, -1])] };
}

/**
 * For each row, the candidates that survive the column constraints (indexes into its `candidates`); rows that were
 * already settled or unreadable come back unchanged. `outcomeSlots` = number of outcome rows in the format.
 */
export function settleAcrossRows(rows: OpenRow[], outcomeSlots: number, hints: ProseHint[] = []): number[][] {
  if (hints.length > 0) {
    // the prose figures are constraints too; a prose that fits no reading at all is set aside, never forced
    const withProse = settle(rows, outcomeSlots, hints);
    if (withProse) return withProse;
  }
  return settle(rows, outcomeSlots, []) ?? rows.map((r) => (r.confirm ? [] : r.candidates.map((_, i) => i)));
}

/** Figures one sentence states about one row of 表三 (which row: one of `rows`; `cells`: column index → value). */
export interface ProseHint {
  rows: string[];
  cells: Map<number, number>;
  quote: string;
}

/** Whether some row the hint may mean has, in its chosen reading, every figure the hint states. */
function hintHolds(rows: OpenRow[], choice: Map<number, number>, hint: ProseHint): boolean {
  return rows.some((r, i) => {
    if (!hint.rows.includes(r.slot.key) || !choice.has(i)) return false;
    const values = r.candidates[choice.get(i)!];
    return [...hint.cells].every(([col, v]) => values[col] === v);
  });
}

/** The surviving candidates under the constraints (and hints); undefined when no combination satisfies them. */
function settle(rows: OpenRow[], outcomeSlots: number, hints: ProseHint[]): number[][] | undefined {
  const all = rows.map((r) => r.candidates.map((_, i) => i));
  const constraints = constraintsFor(rows);
  const oc = outcomeConstraint(rows, outcomeSlots);
  if (oc) constraints.push(oc);
  // only constraints whose rows all have a reading can be checked
  const usable = constraints.filter((c) => c.terms.every(([r]) => rows[r].candidates.length > 0));
  const open = rows.map((r, i) => (r.candidates.length > 1 || (r.confirm && r.candidates.length > 0) ? i : -1)).filter((i) => i >= 0);
  // a row to confirm that no usable identity checks keeps nothing
  const checked = (i: number) => usable.some((c) => c.terms.some(([r]) => r === i));
  for (const [i, r] of rows.entries()) if (r.confirm && !checked(i)) all[i] = [];
  const hinted = (i: number) => hints.some((h) => h.rows.includes(rows[i].slot.key));
  const involved = open.filter((i) => checked(i) || (hinted(i) && !rows[i].confirm));
  if (involved.length === 0) return all;
  const choice = new Map<number, number>();
  for (const [i, r] of rows.entries()) if (r.candidates.length === 1 && !involved.includes(i)) choice.set(i, 0);
  // a constraint is checked once its last open row is chosen
  const checkAt = new Map<number, Constraint[]>();
  for (const c of usable) {
    const last = Math.max(...c.terms.map(([r]) => involved.indexOf(r)));
    if (last < 0) continue; // all its rows were settled: the checks report it, not this step
    checkAt.set(last, [...(checkAt.get(last) ?? []), c]);
  }
  const survivors = involved.map(() => new Set<number>());
  let steps = 0;
  let solutions = 0;
  const holds = (c: Constraint) => {
    for (let col = 0; col < 7; col++) {
      let sum = 0;
      for (const [r, sign] of c.terms) sum += sign * rows[r].candidates[choice.get(r)!][col];
      if (sum !== 0) return false;
    }
    return true;
  };
  let aborted = false;
  const visit = (k: number): void => {
    if (aborted || ++steps > MAX_STEPS) {
      aborted = true;
      return;
    }
    if (k === involved.length) {
      if (!hints.every((h) => hintHolds(rows, choice, h))) return;
      solutions++;
      involved.forEach((r, i) => survivors[i].add(choice.get(r)!));
      return;
    }
    const r = involved[k];
    for (let ci = 0; ci < rows[r].candidates.length && !aborted; ci++) {
      choice.set(r, ci);
      if ((checkAt.get(k) ?? []).every(holds)) visit(k + 1);
    }
    choice.delete(r);
  };
  visit(0);
  if (aborted) return all;
  if (solutions === 0) return undefined;
  const out = all.slice();
  involved.forEach((r, i) => (out[r] = [...survivors[i]].sort((a, b) => a - b)));
  return out;
}
