// The wide reports table (reports.csv, sheet 报告, reports.parquet): one row per report, one column per indicator.
// Its indicator columns depend on the batch (only those holding a value, unless --all-columns), so a report is first
// rendered as a WideRow and the columns are chosen when the batch is complete.
import type { Report } from '../../index.js';
import { indicatorColumns, unreadCells } from '../columns.js';
import { indicatorEntries } from './indicators.js';
import { column, type CellValue, type Column } from './types.js';
import { indicatorLabel } from './units.js';
import { reportFormatLabel } from './words.js';

/** Columns before the indicators. */
const LEADING: Array<[Column, (r: Report, file: string) => CellValue]> = [
  [column('文件', 'file', 'text', 36), (_r, file) => file],
  [column('篇', 'report', 'int', 5), (r) => r.source.index + 1],
  [column('标题', 'title', 'text', 40), (r) => r.title],
  [column('机关', 'agency', 'text', 24), (r) => r.agency],
  [column('年度', 'year', 'int', 7), (r) => r.year],
  [column('报告格式', 'format', 'text', 11), (r) => reportFormatLabel(r.indicators.format)],
  [column('统计期起', 'periodStart', 'text', 11), (r) => r.period?.start],
  [column('统计期止', 'periodEnd', 'text', 11), (r) => r.period?.end],
  [column('发布日期', 'publishedAt', 'text', 16), (r) => r.publishedAt],
  [column('编码', 'encoding', 'text', 8), (r) => r.source.encoding],
  [column('章节数', 'sections', 'int'), (r) => r.sections.length],
  [column('数字数', 'facts', 'int'), (r) => r.facts.length],
  [column('表格数', 'tables', 'int'), (r) => r.tables.length],
];

/** Columns after the indicators. */
const TRAILING: Array<[Column, (r: Report) => CellValue]> = [
  [column('未读表格单元格', 'unread_cells', 'int'), (r) => unreadCells(r)],
  [column('警告数', 'warnings', 'int'), (r) => r.warnings.length],
  [column('警告代码', 'warningCodes', 'text', 30), (r) => [...new Set(r.warnings.map((w) => w.code))].join(' ') || undefined],
  // 近千条 → 1000 in its column, and here `proactive.totalPublished:less-than`: which figures are approximate
  [column('约数指标', 'approxIndicators', 'text', 30), (r) => r.indicatorSources.filter((s) => s.approx).map((s) => `${s.key}:${s.approx}`).join(' ') || undefined],
];

/** A report as the wide table needs it: fixed cells, and its indicator values by key. */
export interface WideRow {
  leading: CellValue[];
  values: Array<[string, number]>;
  trailing: CellValue[];
}

/** One report's wide row. */
export function wideRow(r: Report, file: string): WideRow {
  return {
    leading: LEADING.map(([, get]) => get(r, file)),
    values: indicatorEntries(r),
    trailing: TRAILING.map(([, get]) => get(r)),
  };
}

/**
 * The indicator keys of the wide table, in schema order: every numeric leaf (with `all`) or those in `used`. The
 * categories of 主动公开 (机构职能类 …, named as each report writes them) are rows of the tidy table, not columns here:
 * a batch of a thousand reports names hundreds of them.
 */
export function wideKeys(used: ReadonlySet<string>, all: boolean): string[] {
  return indicatorColumns()
    .filter((c) => c.kind === 'number' && (all || used.has(c.key)))
    .map((c) => c.key);
}

/** The columns of the wide table for the given indicator keys: header = 中文 label, name = key. */
export function wideColumns(keys: string[]): Column[] {
  return [
    ...LEADING.map(([c]) => c),
    ...keys.map((key) => column(indicatorLabel(key), key, 'number', 12)),
    ...TRAILING.map(([c]) => c),
  ];
}

/** A wide row's cells for the given indicator keys (aligned with `wideColumns(keys)`). */
export function wideCells(row: WideRow, keys: string[]): CellValue[] {
  const values = new Map(row.values);
  return [...row.leading, ...keys.map((k) => values.get(k)), ...row.trailing];
}
