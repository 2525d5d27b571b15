import type { Span, Table } from '../../schema/report.js';
import { makeWarning, type Warning } from '../../schema/warnings.js';
import { TABLE3_COLUMNS, TABLE4_OUTCOMES } from './labels.js';
import type { KeyedCell, TableMap } from './tableIndicators.js';

/**
 * The values of a mapped table, blanks settled: a blank cell is not a silent 0 (issue 4). A blank part in a row whose
 * stated total already adds up is 0 (`table.blankIsZero`, shown by the total cell); a blank total (some pages leave the
 * 总计 column empty) is the row's sum with a `TOTAL_DERIVED` warning; anything else blank stays absent.
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

function groupsOf(map: TableMap): Group[] {
  const byPrefix = new Map<string, Group>();
  const totalKey = map.kind === '表三' ? TABLE3_COLUMNS[TABLE3_COLUMNS.length - 1].key : TABLE4_OUTCOMES[TABLE4_OUTCOMES.length - 1].key;
  if (map.kind === '表二') return [];
  for (const cell of map.cells) {
    const prefix = cell.key.slice(0, cell.key.lastIndexOf('.'));
    let g = byPrefix.get(prefix);
    if (!g) byPrefix.set(prefix, (g = { parts: [], label: cell.rowLabel }));
    if (cell.key.endsWith(`.${totalKey}`)) g.total = cell;
    else g.parts.push(cell);
  }
  return [...byPrefix.values()];
}

function cellSpan(table: Table, c: { row: number; col: number }): Span | undefined {
  return table.rows[c.row]?.[c.col]?.span;
}

/** Every value of a mapped table (read, or derived from blanks as above) and the TOTAL_DERIVED warnings. */
export function tableValues(text: string, table: Table, map: TableMap): { values: TableValue[]; warnings: Warning[] } {
  const values: TableValue[] = [];
  const warnings: Warning[] = [];
  const read = (cell: KeyedCell) => {
    const span = cellSpan(table, cell);
    if (cell.value === null || !span) return;
    values.push({ key: cell.key, value: cell.value, how: 'table', rule: `table.${table.source}`, cells: [{ row: cell.row, col: cell.col }], quote: text.slice(span.start, span.end), span, money: cell.money });
  };
  const derive = (cell: KeyedCell, value: number, rule: string, from: KeyedCell[]) => {
    const spans = from.map((c) => cellSpan(table, c)).filter((s): s is Span => s !== undefined);
    if (spans.length === 0) return;
    const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
    values.push({ key: cell.key, value, how: 'derived', rule, cells: from.map((c) => ({ row: c.row, col: c.col })), quote: text.slice(span.start, span.end), span });
  };
  const grouped = new Set<KeyedCell>();
  for (const g of groupsOf(map)) {
    const cells = g.total ? [...g.parts, g.total] : g.parts;
    cells.forEach((c) => grouped.add(c));
    const blanks = g.parts.filter((c) => c.value === null);
    const known = g.parts.filter((c) => c.value !== null);
    const sum = known.reduce((s, c) => s + (c.value ?? 0), 0);
    cells.forEach(read);
    if (g.total && g.total.value !== null) {
      // 031: only 自然人 and 总计 filled, the 法人 columns blank — 26 = 26, so the blanks are 0
      if (blanks.length && sum === g.total.value) for (const b of blanks) derive(b, 0, 'table.blankIsZero', [g.total]);
    } else if (g.total && known.length > 0) {
      for (const b of blanks) derive(b, 0, 'table.blankIsZero', known);
      derive(g.total, sum, 'table.totalFromRow', known);
      const span = cellSpan(table, known[0]);
      warnings.push(makeWarning('TOTAL_DERIVED', `${g.label}: 总计 blank, ${sum} = ${known.map((c) => c.value).join(' + ')}`, { ...(span ? { span } : {}), data: { row: g.label, total: sum, parts: known.map((c) => c.value) } }));
    }
  }
  for (const c of map.cells) if (!grouped.has(c)) read(c);
  return { values, warnings };
}
