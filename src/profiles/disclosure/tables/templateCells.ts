import type { Indicators } from '../../../schema/indicators.js';
import {
  TABLE3_COLUMNS,
  TABLE4_GROUPS_PRINTED,
  TABLE4_OUTCOMES,
  table3Identities,
  table3Rows,
  table4Identities,
  keyParts,
  type FormatVersion,
  type Identity,
} from '../templates/index.js';

/**
 * The cells a template expects and which of them a report's indicators hold: the ground of TABLE_INCOMPLETE and of
 * the gold-free check (check.ts). Keys are full indicator keys (`applications.granted.naturalPerson`).
 */

export type OfficialTable = '表三' | '表四';

/** One row of a template with the full keys of its cells. */
export interface TemplateRow {
  key: string;
  label: string;
  cells: string[];
}

// the templates are constants: each format's rows and identities are built once and shared (frozen: never changed)
const ROWS = new Map<string, readonly TemplateRow[]>();
const IDENTITIES = new Map<string, readonly Identity[]>();
function memo<T extends object>(cache: Map<string, readonly T[]>, key: string, build: () => T[]): readonly T[] {
  let out = cache.get(key);
  if (!out) {
    const built = build();
    for (const item of built) Object.freeze(item);
    cache.set(key, (out = Object.freeze(built)));
  }
  return out;
}

/** The rows of 表三 (the given version) or 表四, each with its cell keys, in printed order. */
export function templateRows(table: OfficialTable, format: FormatVersion = '2021'): readonly TemplateRow[] {
  return memo(ROWS, `${table}:${format}`, () =>
    table === '表三'
      ? table3Rows(format).map((r) => ({ key: r.key, label: r.label, cells: TABLE3_COLUMNS.map((c) => `applications.${r.key}.${c.key}`) }))
      : TABLE4_GROUPS_PRINTED.map((g) => ({ key: g.key, label: g.label, cells: TABLE4_OUTCOMES.map((o) => `reviewsAndLawsuits.${g.key}.${o.key}`) })),
  );
}

/** The identities of a template with full keys. */
export function templateIdentities(table: OfficialTable, format: FormatVersion = '2021'): readonly Identity[] {
  const prefix = table === '表三' ? 'applications.' : 'reviewsAndLawsuits.';
  const full = (k: string) => prefix + k;
  return memo(IDENTITIES, `${table}:${format}`, () =>
    (table === '表三' ? table3Identities(format) : table4Identities()).map((id) => ({
      name: id.name,
      parts: id.parts.map(full),
      ...(id.minus ? { minus: id.minus.map(full) } : {}),
      total: full(id.total),
    })),
  );
}

/** The number at a dotted key of the indicators, or undefined. */
export function numberAt(indicators: Indicators, key: string): number | undefined {
  return numberAtParts(indicators, keyParts(key));
}

/** The number at a key already cut into its parts. */
function numberAtParts(indicators: Indicators, parts: readonly string[]): number | undefined {
  let v: unknown = indicators;
  // an index loop: for…of over the frozen parts allocates an iterator per call
  for (let i = 0; i < parts.length; i++) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[parts[i]];
  }
  return typeof v === 'number' ? v : undefined;
}

// a template row's cell keys cut into parts, once per row (the rows are shared constants)
const CELL_PARTS = new WeakMap<TemplateRow, ReadonlyArray<readonly string[]>>();
function cellParts(row: TemplateRow): ReadonlyArray<readonly string[]> {
  let parts = CELL_PARTS.get(row);
  if (!parts) CELL_PARTS.set(row, (parts = row.cells.map(keyParts)));
  return parts;
}

/** The template rows with cells the indicators lack, and the count of those cells. */
export function unreadRows(indicators: Indicators, table: OfficialTable, format?: FormatVersion): { rows: TemplateRow[]; keys: string[]; cells: number; expected: number } {
  const rows = templateRows(table, format);
  const keys: string[] = [];
  const missing: TemplateRow[] = [];
  let expected = 0;
  for (const r of rows) {
    const parts = cellParts(r);
    let unread = false;
    for (let i = 0; i < r.cells.length; i++) {
      if (numberAtParts(indicators, parts[i]) !== undefined) continue;
      keys.push(r.cells[i]);
      unread = true;
    }
    if (unread) missing.push(r);
    expected += r.cells.length;
  }
  return { rows: missing, keys, cells: keys.length, expected };
}

/** How an identity fares on the indicators: holds, fails (the published arithmetic), or cannot be tested. */
export function identityState(indicators: Indicators, id: Identity): { state: 'holds' | 'fails' | 'incomplete'; sum?: number; total?: number } {
  const get = (k: string) => numberAt(indicators, k);
  const keys = [...id.parts, ...(id.minus ?? []), id.total];
  if (keys.some((k) => get(k) === undefined)) return { state: 'incomplete' };
  const sum = id.parts.reduce((s, k) => s + get(k)!, 0) - (id.minus ?? []).reduce((s, k) => s + get(k)!, 0);
  const total = get(id.total)!;
  return { state: Math.abs(sum - total) < 1e-9 ? 'holds' : 'fails', sum, total };
}
