import type { Span } from '../../../schema/report.js';
import { makeWarning, type Warning } from '../../../schema/warnings.js';
import { table3Slots } from './align.js';
import { table3Key, table4Key } from './cellKeys.js';
import { TABLE3_COLUMNS, TABLE4_GROUPS, TABLE4_OUTCOMES, type FormatVersion } from './labels.js';
import type { TableValue } from './tableValues.js';

/**
 * Consistency checks on a parsed table (issue 4): each row's columns add up to its 总计, the 表三 identity
 * 一 + 二 = （七）总计 + 四 per column, （七）总计 = the sum of the outcome rows per column, each 表四 group adds up.
 * A failure is a warning with the numbers and where they are — the figures are never corrected.
 */

type Lookup = Map<string, TableValue>;

function joinSpans(values: Array<TableValue | undefined>): Span | undefined {
  const spans = values.filter((v): v is TableValue => v !== undefined).map((v) => v.span);
  if (spans.length === 0) return undefined;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** Parts that must add up to `total`: warns TOTAL_MISMATCH with both sides when all are present and they do not. */
function sumCheck(values: Lookup, parts: string[], total: string, what: string, code: 'TOTAL_MISMATCH' = 'TOTAL_MISMATCH'): Warning | undefined {
  const t = values.get(total);
  if (!t) return undefined;
  // the sum first, without arrays (most rows are complete and add up)
  let sum = 0;
  for (const k of parts) {
    const v = values.get(k);
    if (!v) return undefined;
    sum += v.value;
  }
  if (Math.abs(sum - t.value) < 1e-9) return undefined;
  const p = parts.map((k) => values.get(k));
  const span = joinSpans([...p, t]);
  return makeWarning(code, `${what}: ${p.map((v) => v!.value).join(' + ')} = ${sum} ≠ ${t.value}`, {
    ...(span ? { span } : {}),
    data: { check: what, parts: Object.fromEntries(parts.map((k, i) => [k, p[i]!.value])), sum, total: t.value, totalKey: total },
  });
}

/** The keys 表三's checks read, per format: built once (the template is a constant). */
interface Table3CheckKeys {
  rows: Array<{ parts: string[]; total: string; what: string }>;
  columns: Array<{ col: (typeof TABLE3_COLUMNS)[number]; identity: string[]; outcomes: string[]; total: string; what: string }>;
}
const CHECK_KEYS = new Map<FormatVersion, Table3CheckKeys>();
function table3CheckKeys(format: FormatVersion): Table3CheckKeys {
  let keys = CHECK_KEYS.get(format);
  if (keys) return keys;
  const slots = table3Slots(format);
  const parts = TABLE3_COLUMNS.slice(0, -1).map((c) => c.key);
  keys = {
    rows: slots.map((slot) => {
      return { parts: parts.map((p) => table3Key(slot.key, p)), total: table3Key(slot.key, 'total'), what: `${slot.label} 各列之和` };
    }),
    columns: TABLE3_COLUMNS.map((col) => {
      const k = (row: string) => table3Key(row, col.key);
      return {
        col,
        identity: ['newReceived', 'carriedOver', 'totalHandled', 'carriedForward'].map(k),
        outcomes: slots.filter((s) => s.outcome).map((s) => k(s.key)),
        total: k('totalHandled'),
        what: `（七）总计 ${col.label}列 = 办理结果各行之和`,
      };
    }),
  };
  CHECK_KEYS.set(format, keys);
  return keys;
}

/** The values by key (a later value of a key replaces an earlier one). */
function byKeyOf(values: TableValue[]): Lookup {
  const byKey: Lookup = new Map();
  for (const v of values) byKey.set(v.key, v);
  return byKey;
}

/** Row sums, the identity and the outcome total of 表三 (format decides which outcome rows exist). */
export function checkTable3(values: TableValue[], format: FormatVersion): Warning[] {
  const byKey = byKeyOf(values);
  const out: Warning[] = [];
  const keys = table3CheckKeys(format);
  for (const row of keys.rows) {
    const w = sumCheck(byKey, row.parts, row.total, row.what);
    if (w) out.push(w);
  }
  for (const { col, identity, outcomes, total, what } of keys.columns) {
    const [nr, co, th, cf] = identity.map((key) => byKey.get(key));
    if (nr && co && th && cf && Math.abs(nr.value + co.value - th.value - cf.value) > 1e-9) {
      const span = joinSpans([nr, co, th, cf]);
      out.push(
        makeWarning('IDENTITY_MISMATCH', `${col.label}: ${nr.value} + ${co.value} ≠ ${th.value} + ${cf.value}`, {
          ...(span ? { span } : {}),
          data: { column: col.key, newReceived: nr.value, carriedOver: co.value, totalHandled: th.value, carriedForward: cf.value },
        }),
      );
    }
    const w = sumCheck(byKey, outcomes, total, what);
    if (w) out.push(w);
  }
  return out;
}

/** Each 表四 group (行政复议, 直接起诉, 复议后起诉): 维持 + 纠正 + 其他 + 尚未审结 = 总计. */
export function checkTable4(values: TableValue[]): Warning[] {
  const byKey = byKeyOf(values);
  const out: Warning[] = [];
  for (const g of TABLE4_CHECK_KEYS) {
    const w = sumCheck(byKey, g.parts, g.total, g.what);
    if (w) out.push(w);
  }
  return out;
}

// 表四's checks: each group's keys (the same strings the map keys its cells with), built once
const TABLE4_CHECK_KEYS = TABLE4_GROUPS.map((g) => ({
  parts: TABLE4_OUTCOMES.slice(0, -1).map((o) => table4Key(g.key, o.key)),
  total: table4Key(g.key, 'total'),
  what: `${g.label} 各列之和`,
}));
