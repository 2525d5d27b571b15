import { stringify } from 'csv-stringify/sync';
import type { Fact, Report } from '../../index.js';
import { cellValue, indicatorColumns, unreadCells, valueAt, type IndicatorColumn } from '../columns.js';
import type { OutputFormat } from './types.js';

const BOM = '\uFEFF';

/**
 * Cells that start with = + - @ are prefixed with ' so that Excel/WPS do not run them as formulas
 * (a page title is untrusted text). Numbers are left alone.
 */
function toCsv(rows: Array<Array<string | number>>): string {
  return stringify(rows, { escape_formulas: true, record_delimiter: 'windows' });
}

/** The fixed columns before the indicators: `中文 (key)` → value. */
const REPORT_COLUMNS: Array<[string, (r: Report, file: string) => string | number | undefined]> = [
  ['文件 (file)', (_r, file) => file],
  ['篇 (report)', (r) => r.source.index + 1],
  ['标题 (title)', (r) => r.title],
  ['机关 (agency)', (r) => r.agency],
  ['年度 (year)', (r) => r.year],
  ['统计期起 (periodStart)', (r) => r.period?.start],
  ['统计期止 (periodEnd)', (r) => r.period?.end],
  ['发布日期 (publishedAt)', (r) => r.publishedAt],
  ['编码 (encoding)', (r) => r.source.encoding],
  ['章节数 (sections)', (r) => r.sections.length],
  ['数据数 (facts)', (r) => r.facts.length],
  ['表格数 (tables)', (r) => r.tables.length],
];

/** The trailing columns after the indicators. */
const TRAILING_COLUMNS: Array<[string, (r: Report) => string | number]> = [
  ['未读表格单元格 (unread_cells)', (r) => unreadCells(r)],
  ['警告数 (warnings)', (r) => r.warnings.length],
  ['警告代码 (warningCodes)', (r) => [...new Set(r.warnings.map((w) => w.code))].join(' ')],
];

let cachedColumns: IndicatorColumn[] | undefined;
/** The indicator columns, derived once from the schema. */
function columns(): IndicatorColumn[] {
  return (cachedColumns ??= indicatorColumns());
}

/** Header row of `csv`: fixed columns, every indicator column of the schema, warning columns. */
export function reportCsvHeader(): string[] {
  return [...REPORT_COLUMNS.map(([h]) => h), ...columns().map((c) => c.header), ...TRAILING_COLUMNS.map(([h]) => h)];
}

/** One CSV row of a report, aligned with `reportCsvHeader()`. */
export function reportCsvRow(r: Report, file: string): Array<string | number> {
  return [
    ...REPORT_COLUMNS.map(([, get]) => get(r, file) ?? ''),
    ...columns().map((c) => cellValue(valueAt(r.indicators, c.key), c.kind)),
    ...TRAILING_COLUMNS.map(([, get]) => get(r)),
  ];
}

/** `csv`: one row per report, UTF-8 with BOM (opens in Excel/WPS), CRLF line ends. */
export const csvFormat: OutputFormat = {
  name: 'csv',
  fileName: 'reports.csv',
  head: () => BOM + toCsv([reportCsvHeader()]),
  render: (reports, file) => (reports.length ? toCsv(reports.map((r) => reportCsvRow(r, file))) : ''),
  separator: '',
  tail: () => '',
  holdsErrors: false,
};

/** Columns of `csv-facts`: one row per fact with its quote and offsets into `report.text`. */
const FACT_COLUMNS: Array<[string, (f: Fact, r: Report, file: string) => string | number | undefined]> = [
  ['文件 (file)', (_f, _r, file) => file],
  ['篇 (report)', (_f, r) => r.source.index + 1],
  ['类型 (kind)', (f) => f.kind],
  ['数值 (value)', (f) => f.value],
  ['单位 (unit)', (f) => f.unit],
  ['约数 (approx)', (f) => f.approx],
  ['否定为零 (zeroBy)', (f) => f.zeroBy],
  ['主题 (subject)', (f) => f.subject],
  ['章节 (section)', (f) => f.sectionPath.join(' > ')],
  ['原文 (quote)', (f) => f.quote],
  ['起 (start)', (f) => f.span.start],
  ['止 (end)', (f) => f.span.end],
  ['来源 (source)', (f) => f.source],
  ['规则 (rule)', (f) => f.rule],
];

/** Header row of `csv-facts`. */
export function factCsvHeader(): string[] {
  return FACT_COLUMNS.map(([h]) => h);
}

/** `csv-facts`: one row per fact (file, report, kind, value, unit, subject, section, quote, start, end …). */
export const csvFactsFormat: OutputFormat = {
  name: 'csv-facts',
  fileName: 'facts.csv',
  head: () => BOM + toCsv([factCsvHeader()]),
  render: (reports, file) => {
    const rows = reports.flatMap((r) => r.facts.map((f) => FACT_COLUMNS.map(([, get]) => get(f, r, file) ?? '')));
    return rows.length ? toCsv(rows) : '';
  },
  separator: '',
  tail: () => '',
  holdsErrors: false,
};
