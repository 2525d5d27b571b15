import type { Report } from '../schema/report.js';
import { unitOf } from '../profiles/disclosure/templates/index.js';
import { normaliseAgency, placelessRule } from './agency.js';
import {
  carryOverWarnings,
  cumulativeWarning,
  duplicateWarning,
  formatWarning,
  gapWarning,
  jumpWarnings,
  refOf,
  type Figures,
  type ReportRef,
  type SeriesWarning,
  type Side,
} from './checks.js';

export { FORMAT_SENSITIVE, type ReportRef, type SeriesWarning } from './checks.js';

/** Options of `compareReports`. */
export interface SeriesOptions {
  /** A figure that grows or shrinks by more than this factor from one report to the next is flagged. Default 10. */
  jumpFactor?: number;
  /** Jumps are only flagged when the larger value is at least this. Default 20. */
  jumpMinimum?: number;
  /** Extra names to join: `{ '平潭县人民政府': '平潭综合实验区' }`. */
  aliases?: Record<string, string>;
}

/** One agency's reports ordered by year, with the names it was written under and the grouping steps applied. */
export interface AgencySeries {
  agency: string;
  names: Array<{ name: string; steps: string[] }>;
  years: number[];
  reports: ReportRef[];
}

/** One tidy row: agency × year × indicator. */
export interface SeriesRow {
  agency: string;
  agencyAsWritten: string;
  year: number;
  key: string;
  value: number;
  unit: string;
  format?: string;
  file?: string;
  reportIndex: number;
  quote?: string;
  start?: number;
  end?: number;
  /** True on the second and later report of one agency-year. */
  duplicate: boolean;
}

/** What `compareReports` returns: the groups, the tidy rows, the cross-report warnings, and what could not be placed. */
export interface Series {
  groups: AgencySeries[];
  rows: SeriesRow[];
  warnings: SeriesWarning[];
  /** Reports left out (no agency or no year), by reference. */
  unplaced: ReportRef[];
}

/** Every numeric indicator as a dotted key → value map (`applications.newReceived.total` → 74). */
export function flattenIndicators(value: unknown, prefix = '', out = new Map<string, number>()): Map<string, number> {
  if (typeof value === 'number') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flattenIndicators(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

/** The unit of an indicator key: 元 / 万元 / % / 件 / 条 (the template registry's unit table). */
export function indicatorUnit(key: string): string {
  return unitOf(key);
}

/** The figures of a report: every numeric indicator with the quote and span its source gives. */
export function figuresOf(report: Report): Figures {
  const sources = new Map(report.indicatorSources.map((s) => [s.key, s]));
  const figures: Figures = new Map();
  for (const [key, value] of flattenIndicators(report.indicators)) {
    const src = sources.get(key);
    figures.set(key, src ? { value, quote: src.quote, span: src.span } : { value });
  }
  return figures;
}

/**
 * Groups reports by agency (normalised name; steps reported), orders them by year, and checks what only a series
 * shows: carry-over continuity, cumulative totals, duplicate agency-years, gaps, jumps, and format changes.
 */
export function compareReports(reports: Report[], options: SeriesOptions = {}): Series {
  const jumpFactor = options.jumpFactor ?? 10;
  const jumpMinimum = options.jumpMinimum ?? 20;
  const byAgency = new Map<string, { names: Map<string, string[]>; sides: Side[] }>();
  const unplaced: ReportRef[] = [];
  for (const report of reports) {
    const side: Side = { report, figures: figuresOf(report) };
    if (!report.agency || report.year === undefined) {
      unplaced.push(refOf(side));
      continue;
    }
    const normalised = normaliseAgency(report.agency, options.aliases);
    let { key } = normalised;
    const steps = [...normalised.steps];
    // a redacted or place-less name is one series per input file, unless an alias says otherwise
    const rule = steps.some((s) => s.startsWith('alias:')) ? undefined : placelessRule(report.agency);
    if (rule) {
      key = `${key}〔${report.source.file ?? 'no file'}〕`;
      steps.push(`${rule}:per-file`);
    }
    const group = byAgency.get(key) ?? { names: new Map<string, string[]>(), sides: [] };
    group.names.set(report.agency, steps);
    group.sides.push(side);
    byAgency.set(key, group);
  }

  const groups: AgencySeries[] = [];
  const rows: SeriesRow[] = [];
  const warnings: SeriesWarning[] = [];
  for (const [agency, group] of [...byAgency].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // stable: by year, then input order
    const ordered = group.sides.map((s, i) => ({ s, i })).sort((a, b) => a.s.report.year! - b.s.report.year! || a.i - b.i).map((x) => x.s);
    const years = [...new Set(ordered.map((s) => s.report.year!))];
    groups.push({ agency, names: [...group.names].map(([name, steps]) => ({ name, steps })), years, reports: ordered.map((s) => refOf(s)) });

    const firstOfYear = new Map<number, Side>();
    for (const side of ordered) {
      const year = side.report.year!;
      const first = firstOfYear.get(year);
      if (first) warnings.push(duplicateWarning(agency, first, side));
      else firstOfYear.set(year, side);
      rows.push(...rowsOf(agency, side, first !== undefined));
    }

    const gap = gapWarning(agency, years, firstOfYear);
    if (gap) warnings.push(gap);
    for (let i = 1; i < years.length; i++) {
      const prev = firstOfYear.get(years[i - 1])!;
      const cur = firstOfYear.get(years[i])!;
      if (years[i] === years[i - 1] + 1) {
        warnings.push(...carryOverWarnings(agency, prev, cur));
        const cumulative = cumulativeWarning(agency, prev, cur);
        if (cumulative) warnings.push(cumulative);
      }
      warnings.push(...jumpWarnings(agency, prev, cur, jumpFactor, jumpMinimum));
      const changed = formatWarning(agency, prev, cur);
      if (changed) warnings.push(changed);
    }
  }
  return { groups, rows, warnings, unplaced };
}

function rowsOf(agency: string, { report, figures }: Side, duplicate: boolean): SeriesRow[] {
  return [...figures].map(([key, f]) => ({
    agency,
    agencyAsWritten: report.agency!,
    year: report.year!,
    key,
    value: f.value,
    unit: indicatorUnit(key),
    format: report.indicators.format,
    file: report.source.file,
    reportIndex: report.source.index,
    quote: f.quote,
    start: f.span?.start,
    end: f.span?.end,
    duplicate,
  }));
}
