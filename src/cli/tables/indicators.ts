// The tidy indicators table (indicators.csv, sheet 指标, indicators.parquet): one row per report × indicator, with
// the 中文 label, where the value was read and the text it was read from. The table to pivot.
import { IndicatorsSchema, type Report } from '../../index.js';
import { flattenIndicators } from '../../series/compare.js';
import { leafKeys } from '../columns.js';
import { REPORT_KEY_COLUMNS, reportKeyCells } from './report.js';
import { column, type CellValue, type OutputTable } from './types.js';
import { indicatorLabel, unitOf } from './units.js';
import { APPROX_LABELS, HOW_LABELS, wordFor } from './words.js';

let order: Map<string, number> | undefined;
/** Position of each indicator key in the schema, so rows come in the order the official tables print them. */
function schemaOrder(): Map<string, number> {
  return (order ??= new Map(leafKeys(IndicatorsSchema).map((leaf, i) => [leaf.key, i])));
}

/** Where a key sorts: its own leaf, or its parent's for keys under a record (proactive.categories.机构职能类). */
function rank(key: string): number {
  const positions = schemaOrder();
  for (let k = key; k; k = k.slice(0, Math.max(0, k.lastIndexOf('.')))) {
    const at = positions.get(k);
    if (at !== undefined) return at;
  }
  return positions.size;
}

/** Every numeric indicator of a report as `[key, value]`, in schema order (stable for keys of equal rank). */
export function indicatorEntries(r: Report): Array<[string, number]> {
  return [...flattenIndicators(r.indicators)].sort(([a], [b]) => rank(a) - rank(b));
}

/** 分组 (the row: every segment but the last) and 项 (the column: the last segment) of a key, in 中文. */
export function groupAndItem(key: string): [string, string] {
  const dot = key.lastIndexOf('.');
  if (dot < 0) return [indicatorLabel(key), indicatorLabel(key)];
  const full = indicatorLabel(key).split('·');
  const group = indicatorLabel(key.slice(0, dot));
  return [group, full.slice(group.split('·').length).join('·') || full[full.length - 1]];
}

/** The tidy indicators table. */
export const INDICATORS_TABLE: OutputTable = {
  id: 'indicators',
  sheet: '指标',
  keyRow: false,
  columns: [
    ...REPORT_KEY_COLUMNS,
    column('指标键', 'key', 'text', 40), // applications.newReceived.total — the same key in every output
    column('指标', 'label', 'text', 36), // 依申请公开·本年新收·总计
    column('分组', 'group', 'text', 28), // 依申请公开·本年新收 (a 表三 row)
    column('项', 'item', 'text', 16), // 总计 (a 表三 column)
    column('数值', 'value', 'number', 10),
    column('单位', 'unit', 'text', 6),
    column('约数', 'approx', 'text', 6), // 多于 / 约 / 少于 (80余份, 约3000条, 近千条)
    column('读法', 'how', 'text', 10), // 表格单元格 / 正文 / 推算
    column('规则', 'rule', 'text', 20),
    column('原文', 'quote', 'text', 40),
    column('起', 'start', 'int', 8),
    column('止', 'end', 'int', 8),
  ],
  rows(r: Report, file: string): CellValue[][] {
    const sources = new Map(r.indicatorSources.map((s) => [s.key, s]));
    const key = reportKeyCells(r, file);
    return indicatorEntries(r).map(([k, value]) => {
      const src = sources.get(k);
      const approx = src?.approx ?? src?.facts.map((i) => r.facts[i]?.approx).find((a) => a !== undefined);
      const [group, item] = groupAndItem(k);
      return [
        ...key,
        k,
        indicatorLabel(k),
        group,
        item,
        value,
        unitOf(k),
        wordFor(APPROX_LABELS, approx),
        wordFor(HOW_LABELS, src?.how),
        src?.rule,
        src?.quote,
        src?.span.start,
        src?.span.end,
      ];
    });
  },
};
