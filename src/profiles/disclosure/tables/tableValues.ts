import type { Span, Table } from '../../../schema/report.js';
import { makeWarning, type Warning } from '../../../schema/warnings.js';
import { TABLE3_COLUMNS, TABLE4_OUTCOMES } from './labels.js';
import { provenZeros } from './blanks.js';
import { templateIdentities } from './templateCells.js';
import type { KeyedCell, TableMap } from './cellKeys.js';

/** A table cell's rule by where its table came from (`table.${source}`, one string each, not one per cell). */
export const SOURCE_RULE: Readonly<Record<Table['source'], string>> = { html: 'table.html', text: 'table.text', pdf: 'table.pdf' };

/**
 * The values of a mapped table, blanks settled: a blank cell is not a silent 0 (issue 4, issue 12 §3). A blank cell is
 * 0 only where the table's identities prove it (tables/blanks.ts: `table.blankIsZero`, one BLANKS_AS_ZERO warning per
 * table naming the rows); a blank total (some pages leave the 总计 column empty) is the row's sum with a
 * `TOTAL_DERIVED` warning; anything else blank stays absent.
 */

export interface TableValue {
  key: string;
  value: number;
  how: 'table' | 'derived';
  rule: string;
  /** Grid cells the value was read or derived from. */
  cells: Array<{ row: number; col: number }>;
  quote: string;
  span: Span;
  money?: 'wan' | 'yuan';
}

/** A row group: parts that add up to a total (one 表三 row; one 表四 group). */
interface Group {
  parts: KeyedCell[];
  total?: KeyedCell;
  label: string;
}

// a key's row part (`applications.granted.total` → `applications.granted`), cut once per key: the keys are the
// registry's few hundred strings, the same objects table after table, so the lookup hashes nothing new
const ROW_PREFIX = new Map<string, string>();
function rowPrefix(key: string): string {
  let prefix = ROW_PREFIX.get(key);
  if (prefix === undefined) {
    if (ROW_PREFIX.size >= 5000) ROW_PREFIX.clear();
    ROW_PREFIX.set(key, (prefix = key.slice(0, key.lastIndexOf('.'))));
  }
  return prefix;
}

function groupsOf(map: TableMap): Group[] {
  const byPrefix = new Map<string, Group>();
  const totalKey = map.kind === '表三' ? TABLE3_COLUMNS[TABLE3_COLUMNS.length - 1].key : TABLE4_OUTCOMES[TABLE4_OUTCOMES.length - 1].key;
  if (map.kind === '表二') return [];
  const totalEnd = `.${totalKey}`;
  for (const cell of map.cells) {
    const prefix = rowPrefix(cell.key);
    let g = byPrefix.get(prefix);
    if (!g) byPrefix.set(prefix, (g = { parts: [], label: cell.rowLabel }));
    if (cell.key.endsWith(totalEnd)) g.total = cell;
    else g.parts.push(cell);
  }
  return [...byPrefix.values()];
}

function cellSpan(table: Table, c: { row: number; col: number }): Span | undefined {
  return table.rows[c.row]?.[c.col]?.span;
}

/** Every value of a mapped table (read, or derived from blanks as above) and the TOTAL_DERIVED / BLANKS_AS_ZERO warnings. */
export function tableValues(text: string, table: Table, map: TableMap): { values: TableValue[]; warnings: Warning[] } {
  const values: TableValue[] = [];
  const warnings: Warning[] = [];
  const settled = new Set<string>();
  // without a blank cell nothing is proven 0 and no blank total derived (below): the values are the cells read
  const anyBlank = map.cells.some((c) => c.value === null);
  const read = (cell: KeyedCell) => {
    const span = cellSpan(table, cell);
    if (cell.value === null || !span) return;
    if (anyBlank) settled.add(cell.key);
    values.push({ key: cell.key, value: cell.value, how: 'table', rule: SOURCE_RULE[table.source], cells: [{ row: cell.row, col: cell.col }], quote: text.slice(span.start, span.end), span, money: cell.money });
  };
  const derive = (cell: KeyedCell, value: number, rule: string, from: KeyedCell[]) => {
    const spans = from.map((c) => cellSpan(table, c)).filter((s): s is Span => s !== undefined);
    if (spans.length === 0 || settled.has(cell.key)) return;
    settled.add(cell.key);
    const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
    values.push({ key: cell.key, value, how: 'derived', rule, cells: from.map((c) => ({ row: c.row, col: c.col })), quote: text.slice(span.start, span.end), span });
  };
  map.cells.forEach(read);
  if (!anyBlank) return { values, warnings };
  if (map.kind === '表三' || map.kind === '表四') {
    // blanks proven 0 by the identities (row sums and column identities together)
    const known = new Map<string, number>();
    const blank = new Set<string>();
    for (const c of map.cells) {
      if (c.value === null) blank.add(c.key);
      else known.set(c.key, c.value);
    }
    const zeros = provenZeros(templateIdentities(map.kind, map.format ?? '2021'), known, blank);
    const byKey = new Map(zeros.size ? map.cells.map((c) => [c.key, c]) : []);
    const rows = new Set<string>();
    // the read cells a proven zero rests on (through other proven zeros)
    const sources = (key: string, seen = new Set<string>()): KeyedCell[] => {
      if (seen.has(key)) return [];
      seen.add(key);
      return (zeros.get(key) ?? []).flatMap((k) => (known.has(k) ? [byKey.get(k)!] : sources(k, seen)));
    };
    for (const key of zeros.keys()) {
      const cell = byKey.get(key)!;
      derive(cell, 0, 'table.blankIsZero', [...new Set(sources(key))]);
      rows.add(cell.rowLabel);
    }
    if (rows.size) {
      const span = cellSpan(table, byKey.get([...zeros.keys()][0])!);
      warnings.push(makeWarning('BLANKS_AS_ZERO', `${map.kind}: ${[...rows].join('、')}`, { ...(span ? { span } : {}), data: { table: map.kind, rows: [...rows], keys: [...zeros.keys()] } }));
    }
  }
  // a page that leaves the whole 总计 column empty: each row's total is its sum, warned. One blank 总计 among printed
  // ones proves nothing (0 + 0 + 0 + x = y holds for every x = y).
  const groups = groupsOf(map);
  const totalColumnBlank = groups.every((g) => !g.total || g.total.value === null);
  for (const g of groups) {
    if (!totalColumnBlank || !g.total || g.total.value !== null || settled.has(g.total.key)) continue;
    const known = g.parts.filter((c) => c.value !== null);
    if (known.length === 0) continue;
    for (const b of g.parts.filter((c) => c.value === null)) derive(b, 0, 'table.blankIsZero', known);
    const sum = known.reduce((s, c) => s + (c.value ?? 0), 0);
    derive(g.total, sum, 'table.totalFromRow', known);
    const span = cellSpan(table, known[0]);
    warnings.push(makeWarning('TOTAL_DERIVED', `${g.label}: 总计 blank, ${sum} = ${known.map((c) => c.value).join(' + ')}`, { ...(span ? { span } : {}), data: { row: g.label, total: sum, parts: known.map((c) => c.value) } }));
  }
  return { values, warnings };
}
