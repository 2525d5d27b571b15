// What `nianbao series` writes: the tidy CSV (one row per agency × year × indicator), the checks as JSON, and the
// checks as readable lines. Pure functions of a `Series`; the CLI only writes the strings.
import { stringify } from 'csv-stringify/sync';
import { WARNING_MESSAGES } from '../../schema/warnings.js';
import { AGENCY_STEPS } from '../../series/agency.js';
import type { ReportRef, SeriesWarning } from '../../series/checks.js';
import type { Series, SeriesOptions, SeriesRow } from '../../series/compare.js';

/** The CSV header, in order. `report_index` is 0-based (篇1 → 0), as `report.source.index`. */
export const SERIES_CSV_COLUMNS = [
  'agency',
  'agency_as_written',
  'year',
  'key',
  '中文标签',
  'value',
  'unit',
  'format',
  'source_file',
  'report_index',
  'quote',
  'start',
  'end',
  'duplicate',
  'grouped_by',
] as const;

/** How each name as written was joined into its group: `zoneOffice+zoneCommittee`, `alias:…`, or empty. */
function groupingSteps(series: Series): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of series.groups) for (const n of g.names) out.set(`${g.agency}\u0000${n.name}`, n.steps.join('+'));
  return out;
}

/**
 * The tidy series CSV: UTF-8 with BOM (Excel/WPS), CRLF, one row per agency × year × indicator, ordered as the
 * groups and years are. Cells that start with = + - @ are prefixed with ' (quotes are untrusted text).
 */
export function seriesCsv(series: Series, label: (key: string) => string): string {
  const steps = groupingSteps(series);
  const cells = (r: SeriesRow): Array<string | number> => [
    r.agency,
    r.agencyAsWritten,
    r.year,
    r.key,
    label(r.key),
    r.value,
    r.unit,
    r.format ?? '',
    r.file ?? '',
    r.reportIndex,
    r.quote ?? '',
    r.start ?? '',
    r.end ?? '',
    r.duplicate ? 'true' : 'false',
    steps.get(`${r.agency}\u0000${r.agencyAsWritten}`) ?? '',
  ];
  const body = stringify([[...SERIES_CSV_COLUMNS], ...series.rows.map(cells)], { escape_formulas: true, record_delimiter: 'windows' });
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
    warnings: series.warnings.map((w) => ({ ...w, messageZh: WARNING_MESSAGES[w.code].zh })),
    unplaced: series.unplaced,
  };
}

function refLine(r: ReportRef): string {
  const where = r.span ? ` [${r.span.start}–${r.span.end}]` : '';
  const figure = r.key ? ` ${r.key} = ${r.value ?? '—'}` : '';
  const quote = r.quote ? ` “${r.quote.length > 60 ? `${r.quote.slice(0, 60)}…` : r.quote}”` : '';
  return `    ${r.year ?? '????'} ${r.file ?? '(no file)'}${r.index ? ` 篇${r.index + 1}` : ''}${figure}${where}${quote}`;
}

/** One warning as readable lines: code and message, then one indented line per report (file, figure, span, quote). */
export function formatSeriesWarning(w: SeriesWarning): string {
  return [`${w.code} ${w.message}`, ...w.reports.map(refLine)].join('\n');
}
