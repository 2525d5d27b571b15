// What `nianbao series` writes: the tidy CSV (one row per agency × year × indicator), the checks as JSON, and the
// checks as readable lines. Pure functions of a `Series`; the CLI only writes the strings.
import { stringify } from 'csv-stringify/sync';
import { reportFormatLabel } from '../../profiles/disclosure/templates/formatLabels.js';
import { indicatorLabel } from '../../profiles/disclosure/templates/keyLabels.js';
import { AGENCY_STEPS } from '../../series/agency.js';
import type { ReportRef, SeriesWarning } from '../../series/checks.js';
import type { Series, SeriesOptions, SeriesRow } from '../../series/compare.js';
import { seriesWarningZh } from './warningText.js';

/**
 * The CSV columns: 中文 header (what a person reads) and English name (for the docs). The names and numbering are
 * those of reports.csv and indicators.csv: 文件, 篇 (1-based: 篇1 = `report.source.index` 0), 机关, 年度, 报告格式, 指标键 …
 */
export const SERIES_CSV_COLUMNS: ReadonlyArray<readonly [header: string, name: string]> = [
  ['机关', 'agency'], // the series the report was grouped into
  ['机关原文', 'agencyAsWritten'],
  ['年度', 'year'],
  ['报告格式', 'format'], // 文字版 / 2019版表格 / 2021版表格
  ['指标键', 'key'],
  ['指标', 'label'],
  ['数值', 'value'],
  ['单位', 'unit'],
  ['文件', 'file'],
  ['篇', 'report'],
  ['原文', 'quote'],
  ['起', 'start'],
  ['止', 'end'],
  ['重复', 'duplicate'], // 是: the second or later report for this agency-year
  ['合并方式', 'groupedBy'], // how the name as written was joined into the series
];

/** How each name as written was joined into its group: `zoneOffice+zoneCommittee`, `alias:…`, or empty. */
function groupingSteps(series: Series): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of series.groups) for (const n of g.names) out.set(`${g.agency}\u0000${n.name}`, n.steps.join('+'));
  return out;
}

/**
 * The tidy series CSV: UTF-8 with BOM (Excel/WPS), CRLF, one row per agency × year × indicator, ordered as the
 * groups and years are; 中文 headers. Cells that start with = + - @ are prefixed with ' (quotes are untrusted text).
 */
export function seriesCsv(series: Series, label: (key: string) => string): string {
  const steps = groupingSteps(series);
  const cells = (r: SeriesRow): Array<string | number> => [
    r.agency,
    r.agencyAsWritten,
    r.year,
    reportFormatLabel(r.format) ?? '',
    r.key,
    label(r.key),
    r.value,
    r.unit,
    r.file ?? '',
    r.reportIndex + 1,
    r.quote ?? '',
    r.start ?? '',
    r.end ?? '',
    r.duplicate ? '是' : '',
    steps.get(`${r.agency}\u0000${r.agencyAsWritten}`) ?? '',
  ];
  const header = SERIES_CSV_COLUMNS.map(([h]) => h);
  const body = stringify([header, ...series.rows.map(cells)], { escape_formulas: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ }); // a lone LF in a quote is quoted too
  return `\uFEFF${body}`;
}

/** The checks file (`series.checks.json`): options, the grouping rule and groups, every warning, unplaced reports. */
export interface SeriesChecks {
  options: { jumpFactor: number; jumpMinimum: number; aliases: Record<string, string> };
  /** The grouping steps, as data: what each does and a real name it is for. */
  groupingSteps: Array<{ id: string; pattern: string; replace: string; example: string }>;
  groups: Series['groups'];
  counts: Record<string, number>;
  warnings: Array<SeriesWarning & { messageZh: string }>;
  unplaced: ReportRef[];
}

/** The checks as one JSON-ready object. */
export function seriesChecks(series: Series, options: SeriesOptions = {}): SeriesChecks {
  const counts: Record<string, number> = {};
  for (const w of series.warnings) counts[w.code] = (counts[w.code] ?? 0) + 1;
  return {
    options: { jumpFactor: options.jumpFactor ?? 10, jumpMinimum: options.jumpMinimum ?? 20, aliases: options.aliases ?? {} },
    groupingSteps: AGENCY_STEPS.map((s) => ({ id: s.id, pattern: String(s.pattern), replace: s.replace, example: s.example })),
    groups: series.groups,
    counts,
    warnings: series.warnings.map((w) => ({ ...w, messageZh: seriesWarningZh(w, indicatorLabel) })),
    unplaced: series.unplaced,
  };
}

function refLine(r: ReportRef): string {
  const where = r.span ? ` [${r.span.start}–${r.span.end}]` : '';
  const figure = r.key ? ` ${indicatorLabel(r.key)} = ${r.value ?? '—'}` : '';
  const quote = r.quote ? ` “${r.quote.length > 60 ? `${r.quote.slice(0, 60)}…` : r.quote}”` : '';
  return `    ${r.year ?? '????'} ${r.file ?? '(no file)'} 篇${r.index + 1}${figure}${where}${quote}`;
}

/** One warning as readable lines: code and 中文 message with its figures, then one indented line per report (file, figure, span, quote). */
export function formatSeriesWarning(w: SeriesWarning): string {
  return [`${w.code} ${seriesWarningZh(w, indicatorLabel)}`, ...w.reports.map(refLine)].join('\n');
}
