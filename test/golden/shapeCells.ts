/**
 * Compares a parsed report's 表三/表四 indicator cells with expected values, through the public Report only.
 * A cell is right (same value), absent (no value; `explained` when a warning says why) or wrong (another value).
 * Used by the shape fixtures (test/golden/shapes.test.ts) and the table-shape property tests.
 */
import type { Report } from '../../src/index.js';
import { templateRows } from '../../src/profiles/disclosure/tables/templateCells.js';

/** Every cell key of 表三 (both templates) and 表四: a value at one the known table lacks is a wrong value too. */
const TEMPLATE_KEYS = [...new Set([...templateRows('表三', '2019'), ...templateRows('表三', '2021'), ...templateRows('表四')].flatMap((r) => r.cells))];

/** Warning codes that may explain a table cell left without a value. */
export const EXPLAINING_CODES = ['TABLE_INCOMPLETE', 'TABLE_AMBIGUOUS', 'BLANKS_AS_ZERO'];

export interface CellTally {
  right: string[];
  /** Absent, and a warning with an explaining code names the cell (or its row) in `data.keys`. */
  explained: string[];
  /** Absent with no warning naming it. */
  silent: string[];
  wrong: string[];
}

/** The value at a dotted indicator key (`applications.denied.stateSecret.total`), or undefined. */
export function valueAt(obj: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}

/** Whether some explaining warning names `key` or a row/group containing it in `data.keys`. */
export function explains(report: Report, key: string): boolean {
  return report.warnings.some((w) => {
    if (!EXPLAINING_CODES.includes(w.code as string)) return false;
    const keys = (w.data as { keys?: unknown } | undefined)?.keys;
    return Array.isArray(keys) && keys.some((k) => typeof k === 'string' && (k === key || key.startsWith(`${k}.`)));
  });
}

/** Sorts every expected cell into right / explained / silent / wrong. */
export function tallyCells(report: Report, cells: Record<string, number>): CellTally {
  const t: CellTally = { right: [], explained: [], silent: [], wrong: [] };
  for (const [key, value] of Object.entries(cells)) {
    const got = valueAt(report.indicators, key);
    if (got === value) t.right.push(key);
    else if (got === undefined || got === null) (explains(report, key) ? t.explained : t.silent).push(key);
    else t.wrong.push(`${key}: got ${JSON.stringify(got)}, expected ${value}`);
  }
  // a cell of the other template (the 2019 （六）其他处理 row read from a 2021 table) is a value the table does not hold
  for (const key of TEMPLATE_KEYS) {
    const got = valueAt(report.indicators, key);
    if (!(key in cells) && typeof got === 'number') t.wrong.push(`${key}: got ${got}, the table has no such cell`);
  }
  return t;
}

/** One line for the log: `name: 170 cells — 160 right, 8 absent (warned), 2 absent silently, 0 wrong`. */
export function describeTally(name: string, t: CellTally): string {
  const n = t.right.length + t.explained.length + t.silent.length + t.wrong.length;
  return `${name}: ${n} cells — ${t.right.length} right, ${t.explained.length} absent (warned), ${t.silent.length} absent silently, ${t.wrong.length} wrong`;
}
