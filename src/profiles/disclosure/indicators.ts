import type { Fact, Table } from '../../schema/report.js';
import type { Indicators, IndicatorSource } from '../../schema/indicators.js';
import { makeWarning, type Warning } from '../../schema/warnings.js';
import { proseIndicators, setPath, type ProseIndicatorResult } from './prose/proseIndicators.js';
import { completeness } from './tables/incomplete.js';
import { TABLE4_PROSE_SUMS, table3GroupRows } from './templates/index.js';
import { mapTable } from './tables/cellKeys.js';
import { tableValues, type TableValue } from './tables/tableValues.js';
import type { TableRead } from './tables/tables.js';

export interface IndicatorResult {
  indicators: Indicators;
  /** One entry per filled value; `facts` index the report's final fact list. */
  sources: IndicatorSource[];
  warnings: Warning[];
}

/**
 * A prose key that the tables give as parts: the prose figure is compared with the sum of the table's parts
 * (行政诉讼 in prose = 未经复议直接起诉 + 复议后起诉 in 表四; 不予公开 = the eight 不予公开 rows).
 */
const PROSE_AS_SUM: Record<string, string[]> = {
  ...Object.fromEntries(Object.entries(TABLE4_PROSE_SUMS).map(([k, parts]) => [`reviewsAndLawsuits.${k}`, parts.map((p) => `reviewsAndLawsuits.${p}`)])),
  ...Object.fromEntries(['denied', 'unavailable', 'notProcessed'].map((g) => [`applications.${g}.total`, table3GroupRows(g).map((r) => `applications.${r}.total`)])),
};

/**
 * Other table sums a prose figure may rightly state: 收到申请75件 in the prose of 022 is 本年新收 74 + 上年结转 1
 * (the applications handled this year), not a disagreement with 表三.
 */
const PROSE_ALSO: Record<string, string[][]> = {
  'applications.newReceived.total': [['applications.newReceived.total', 'applications.carriedOver.total'], ['applications.totalHandled.total']],
};

/** A table value in the unit of its indicator key: 表二 fees in 万元, procurement amounts in 元. */
function inKeyUnit(v: TableValue): number {
  if (v.key === 'proactive.feesTenThousandYuan' && v.money === 'yuan') return v.value / 10000;
  if (v.key === 'proactive.procurement.amountYuan' && v.money === 'wan') return Math.round(v.value * 10000 * 100) / 100;
  return v.value;
}

/** The official tables' figures (each table's map and values, read once), with their cells' fact indexes. First value per key wins. */
function fromTables(facts: Fact[], reads: Array<TableRead | undefined>): IndicatorResult & { format?: '2019' | '2021' } {
  if (!reads.some(Boolean)) return { indicators: {} as Indicators, sources: [], warnings: [], format: undefined };
  // the fact index of each table cell, by table, row and column (numbers: no key string to build and hash per cell)
  const factAt: number[][][] = [];
  facts.forEach((f, i) => {
    if (f.source === 'table' && f.cell) ((factAt[f.cell.table] ??= [])[f.cell.row] ??= [])[f.cell.col] = i;
  });
  const indicators: Record<string, unknown> = {};
  const sources: IndicatorSource[] = [];
  const warnings: Warning[] = [];
  const byKey = new Map<string, IndicatorSource>();
  let format: '2019' | '2021' | undefined;
  reads.forEach((read, t) => {
    if (!read) return;
    const { map } = read;
    if (map.kind === '表三' && map.format) format ??= map.format;
    if (map.kind === '表二' && map.cells.some((c) => /newly|items|procurement|otherServices/.test(c.key))) format ??= '2019';
    for (const v of read.values) {
      const value = inKeyUnit(v);
      const seen = byKey.get(v.key);
      if (seen) {
        if (seen.value !== value) {
          warnings.push(makeWarning('CONFLICTING_VALUES', `${v.key}: ${seen.value} (kept) vs ${value}`, { span: v.span, data: { key: v.key, kept: seen.value, keptSpan: seen.span, other: value, otherSpan: v.span } }));
        }
        continue;
      }
      const idx: number[] = [];
      for (const c of v.cells) {
        const i = factAt[t]?.[c.row]?.[c.col];
        if (i !== undefined) idx.push(i);
      }
      const source: IndicatorSource = { key: v.key, value, facts: idx, quote: v.quote, span: v.span, how: v.how, rule: v.rule };
      byKey.set(v.key, source);
      sources.push(source);
      setPath(indicators, v.key, value);
    }
  });
  return { indicators: indicators as Indicators, sources, warnings, format };
}

/** A copy of a tree of plain objects holding numbers and strings (an Indicators object). */
function copyTree(tree: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key in tree) {
    const v = tree[key];
    out[key] = Array.isArray(v) ? v.slice() : v !== null && typeof v === 'object' ? copyTree(v as Record<string, unknown>) : v;
  }
  return out;
}

/**
 * Adds the prose figures to the table figures (to a copy of the table's tree unless `inPlace`): table values win; a
 * prose value that disagrees with the table (or with the sum of the table's parts) is kept out and warned
 * `PROSE_TABLE_MISMATCH` with both figures and both places.
 */
export function mergeProse(table: IndicatorResult, prose: IndicatorResult, inPlace = false): IndicatorResult {
  // (`inPlace`: the table's tree is the caller's own, added to rather than copied)
  const indicators = inPlace ? (table.indicators as Record<string, unknown>) : copyTree(table.indicators as Record<string, unknown>);
  const sources = table.sources.slice();
  const warnings = [...table.warnings, ...prose.warnings];
  const byKey = new Map(table.sources.map((s) => [s.key, s]));
  for (const p of prose.sources) {
    const t = byKey.get(p.key);
    // (the parts are asked only when the key itself has no table value)
    const parts = t ? undefined : PROSE_AS_SUM[p.key]?.map((k) => byKey.get(k));
    const tableValue = t ? t.value : parts && parts.every(Boolean) ? parts.reduce((s, x) => s + x!.value, 0) : undefined;
    if (tableValue === undefined) {
      sources.push(p);
      setPath(indicators, p.key, p.value);
      continue;
    }
    const alsoRight = (PROSE_ALSO[p.key] ?? []).some((keys) => {
      const parts = keys.map((k) => byKey.get(k));
      return parts.every(Boolean) && Math.abs(parts.reduce((s, x) => s + x!.value, 0) - p.value) < 1e-9;
    });
    if (Math.abs(tableValue - p.value) > 1e-9 && !alsoRight) {
      const tableSpan = t?.span ?? parts![0]!.span;
      warnings.push(
        makeWarning('PROSE_TABLE_MISMATCH', `${p.key}: prose ${p.value} (“${p.quote}”), table ${tableValue}`, {
          span: p.span,
          data: { key: p.key, prose: p.value, proseSpan: p.span, proseFacts: p.facts, table: tableValue, tableSpan },
        }),
      );
    }
  }
  return { indicators: indicators as Indicators, sources, warnings };
}

/**
 * The official format's figures: 表二/表三/表四 cells first (as read by readTables), then the figures the prose states.
 * `text` may be the report's text or its normalised copy (only the printed table words are looked at; `normalised`
 * says which).
 */
export function indicatorsOf(text: string, facts: Fact[], reads: Array<TableRead | undefined>, prose: ProseIndicatorResult, normalised = false): IndicatorResult {
  const fromTable = fromTables(facts, reads);
  const merged = mergeProse(fromTable, prose, true);
  if (fromTable.format) merged.indicators.format = fromTable.format;
  else if (prose.indicators.format) merged.indicators.format = prose.indicators.format;
  merged.warnings.push(...completeness(text, merged.indicators, normalised));
  return merged;
}

/** The indicators of tables and facts read elsewhere (tests): maps and values each table, reads the prose facts. */
export function readIndicators(text: string, facts: Fact[], tables: Table[]): IndicatorResult {
  const reads = tables.map((table) => {
    const map = mapTable(table);
    return map && { map, values: tableValues(text, table, map).values };
  });
  return indicatorsOf(text, facts, reads, proseIndicators(text, facts));
}
