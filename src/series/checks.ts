// The checks only a series can make: each takes two reports of one agency (and their figures) and returns warnings
// that name both reports, with the quote and span of every figure involved.
import { createHash } from 'node:crypto';
import type { Report, Span } from '../schema/report.js';
import { reportFormatLabel } from '../profiles/disclosure/templates/formatLabels.js';
import { TABLE2_COLUMNS, TABLE3_COLUMNS, TABLE3_ROWS, table3RowWord } from '../profiles/disclosure/templates/index.js';
import { makeWarning, type WarningCode } from '../schema/warnings.js';

/** A figure of one report: its value and, when the report says where it came from, the quote and span. */
export interface Figure {
  value: number;
  quote?: string;
  span?: Span;
}

/** Every numeric indicator of a report by dotted key, with its source. */
export type Figures = Map<string, Figure>;

/** A report in a series: where it came from and what it says about itself; with `key`, one figure of it. */
export interface ReportRef {
  file?: string;
  index: number;
  agency?: string;
  year?: number;
  key?: string;
  value?: number;
  quote?: string;
  span?: Span;
}

/** A cross-report warning: the code, a message, and every report (with the figure's quote and span) behind it. */
export interface SeriesWarning {
  code: WarningCode;
  message: string;
  agency: string;
  reports: ReportRef[];
  data?: Record<string, unknown>;
}

/**
 * Indicators whose meaning changes between report formats, with the reason: a series that crosses the change says so
 * (FORMAT_CHANGED) instead of joining the values silently.
 */
export const FORMAT_SENSITIVE: Record<string, string> = {
  'applications.newReceived.total': 'prose reports count applications in their own words (受理/收到); the 2019+ 表三 counts new applications received',
  'applications.granted.total': `prose 同意公开 vs 表三 ${table3RowWord('granted')}`,
  'applications.otherHandling': `2019 format: one ${rowText('otherHandling')} row; 2021 format: three rows`,
  'proactive.normativeDocuments': table2Columns(),
  'proactive.regulations': table2Columns(),
  'proactive.totalPublished': 'prose era: all information published this year; 2019+ reports state it (if at all) in prose only',
};

/** A 表三 row's printed words without its number (`otherHandling` → 其他处理). */
function rowText(key: string): string {
  const r = TABLE3_ROWS.find((x) => x.key === key)!;
  return r.label.slice(r.number.length);
}

/** The 表二 count columns of the 2019 and the 2021 format (the registry's headers). */
function table2Columns(): string {
  const of = (f: '2019' | '2021') => TABLE2_COLUMNS.filter((c) => c.formats.length === 1 && c.formats[0] === f && !c.money).slice(0, 3).map((c) => c.label).join('/');
  return `2019 表二: ${of('2019')}; 2021: ${of('2021')}`;
}

/** 表三 columns compared by the carry-over check (applicant types, then the row total). */
export const APPLICANT_COLUMNS = TABLE3_COLUMNS.map((c) => c.key);

/** Two reports of one agency with their figures, as the pair checks see them. */
export interface Side {
  report: Report;
  figures: Figures;
}

/** A reference to a report, and to one of its figures when `key` is given and the report has it. */
export function refOf(side: Side, key?: string): ReportRef {
  const { report } = side;
  const r: ReportRef = { file: report.source.file, index: report.source.index, agency: report.agency, year: report.year };
  const figure = key === undefined ? undefined : side.figures.get(key);
  if (key !== undefined && figure) Object.assign(r, { key, value: figure.value, quote: figure.quote, span: figure.span });
  return r;
}

function warn(code: WarningCode, agency: string, detail: string, reports: ReportRef[], data?: Record<string, unknown>): SeriesWarning {
  return { code, message: makeWarning(code, detail).message, agency, reports, ...(data ? { data } : {}) };
}

/** Years missing between the first and last year of a series. */
export function missingYears(years: number[]): number[] {
  const missing: number[] = [];
  for (let i = 1; i < years.length; i++) for (let y = years[i - 1] + 1; y < years[i]; y++) missing.push(y);
  return missing;
}

/** YEAR_GAP: the years between the first and the last that no report covers; names the reports on each side of a gap. */
export function gapWarning(agency: string, years: number[], byYear: Map<number, Side>): SeriesWarning | undefined {
  const missing = missingYears(years);
  if (!missing.length) return undefined;
  const around: ReportRef[] = [];
  for (let i = 1; i < years.length; i++) {
    if (years[i] > years[i - 1] + 1) around.push(refOf(byYear.get(years[i - 1])!), refOf(byYear.get(years[i])!));
  }
  return warn('YEAR_GAP', agency, `${agency} ${years[0]}–${years[years.length - 1]}: no report for ${missing.join(', ')}`, around, { missing, years });
}

function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * DUPLICATE_REPORT: a second report for an agency-year. Says whether the text is the same, and lists every figure
 * both give with different values (each with both quotes and spans).
 */
export function duplicateWarning(agency: string, first: Side, second: Side): SeriesWarning {
  const conflicts = [...first.figures]
    .filter(([key, f]) => second.figures.has(key) && second.figures.get(key)!.value !== f.value)
    .map(([key]) => ({ key, first: refOf(first, key), second: refOf(second, key) }));
  const sameText = textHash(first.report.text) === textHash(second.report.text);
  const year = first.report.year;
  const detail = sameText
    ? `${agency} ${year}: the same text twice`
    : conflicts.length
      ? `${agency} ${year}: ${conflicts.length} figure(s) differ (${conflicts.map((c) => `${c.key} ${c.first.value} ≠ ${c.second.value}`).join('; ')})`
      : `${agency} ${year}: different text, no figure differs`;
  const key = conflicts[0]?.key;
  return warn('DUPLICATE_REPORT', agency, detail, [refOf(first, key), refOf(second, key)], { year, sameText, conflicts });
}

/** CARRY_OVER_MISMATCH: 结转下年度继续办理 of year N ≠ 上年结转 of year N+1, per applicant column both years give. */
export function carryOverWarnings(agency: string, prev: Side, cur: Side): SeriesWarning[] {
  const out: SeriesWarning[] = [];
  for (const col of APPLICANT_COLUMNS) {
    const forwardKey = `applications.carriedForward.${col}`;
    const overKey = `applications.carriedOver.${col}`;
    const forward = prev.figures.get(forwardKey);
    const over = cur.figures.get(overKey);
    if (!forward || !over || forward.value === over.value) continue;
    const detail = `${agency} ${prev.report.year}→${cur.report.year} ${col}: ${table3RowWord('carriedForward')} ${forward.value} ≠ ${table3RowWord('carriedOver')} ${over.value}`;
    out.push(
      warn('CARRY_OVER_MISMATCH', agency, detail, [refOf(prev, forwardKey), refOf(cur, overKey)], {
        column: col,
        carriedForward: forward.value,
        carriedOver: over.value,
      }),
    );
  }
  return out;
}

/**
 * CUMULATIVE_MISMATCH (prose-era 统计表 历年累计): cumulative of year N−1 + published in year N ≠ cumulative of
 * year N. Only between consecutive years.
 */
export function cumulativeWarning(agency: string, prev: Side, cur: Side): SeriesWarning | undefined {
  const key = 'proactive.cumulativePublished';
  const before = prev.figures.get(key);
  const after = cur.figures.get(key);
  const published = cur.figures.get('proactive.totalPublished');
  if (!before || !after || !published || before.value + published.value === after.value) return undefined;
  const detail =
    `${agency} ${prev.report.year} 累计 ${before.value} + ${cur.report.year} 主动公开 ${published.value} = ` +
    `${before.value + published.value} ≠ ${cur.report.year} 累计 ${after.value}`;
  return warn('CUMULATIVE_MISMATCH', agency, detail, [refOf(prev, key), refOf(cur, key), refOf(cur, 'proactive.totalPublished')], {
    previousCumulative: before.value,
    published: published.value,
    expected: before.value + published.value,
    cumulative: after.value,
    difference: after.value - (before.value + published.value),
  });
}

/**
 * FIGURE_JUMP: a figure both reports give that grows or shrinks by more than `factor` (the larger value at least
 * `minimum`; 0 counts as 1). Says how many years apart the two reports are and whether the format changed between.
 */
export function jumpWarnings(agency: string, prev: Side, cur: Side, factor: number, minimum: number): SeriesWarning[] {
  const out: SeriesWarning[] = [];
  const yearsApart = cur.report.year! - prev.report.year!;
  const acrossFormats = prev.report.indicators.format !== cur.report.indicators.format;
  for (const [key, a] of prev.figures) {
    const b = cur.figures.get(key);
    if (!b) continue;
    const hi = Math.max(a.value, b.value);
    const ratio = hi / Math.max(Math.min(a.value, b.value), 1);
    if (hi < minimum || ratio <= factor) continue;
    const notes = [...changeParts(a.value, b.value), ...(yearsApart > 1 ? [`${yearsApart} years apart`] : []), ...(acrossFormats ? ['format changed'] : [])];
    const detail = `${agency} ${key}: ${prev.report.year} ${a.value} → ${cur.report.year} ${b.value} (${notes.join(', ')})`;
    out.push(
      warn('FIGURE_JUMP', agency, detail, [refOf(prev, key), refOf(cur, key)], {
        key,
        from: a.value,
        to: b.value,
        factor: Number(ratio.toFixed(2)),
        yearsApart,
        acrossFormats,
      }),
    );
  }
  return out;
}

/** How a figure moved: the signed difference, and the ratio only when it is not taken from 0 (`+21`; `+4500`, `×10.0`). */
export function changeParts(from: number, to: number): string[] {
  const diff = to - from;
  const signed = `${diff > 0 ? '+' : diff < 0 ? '−' : '±'}${Math.abs(Number(diff.toFixed(2)))}`;
  return from > 0 && to > 0 ? [signed, `×${(to / from).toFixed(to / from < 0.1 ? 2 : 1)}`] : [signed];
}

/** FORMAT_CHANGED: the next report follows another official format; lists the keys whose meaning changed. */
export function formatWarning(agency: string, prev: Side, cur: Side): SeriesWarning | undefined {
  const from = prev.report.indicators.format;
  const to = cur.report.indicators.format;
  if (!from || !to || from === to) return undefined;
  const present = [...prev.figures.keys(), ...cur.figures.keys()];
  const keys = Object.keys(FORMAT_SENSITIVE).filter((k) => present.some((x) => x === k || x.startsWith(`${k}.`)));
  const detail = `${agency} ${prev.report.year} ${reportFormatLabel(from) ?? from} → ${cur.report.year} ${reportFormatLabel(to) ?? to}: ${keys.join(', ') || 'no shared key'}`;
  return warn('FORMAT_CHANGED', agency, detail, [refOf(prev), refOf(cur)], {
    from,
    to,
    keys: Object.fromEntries(keys.map((k) => [k, FORMAT_SENSITIVE[k]])),
  });
}
