import { createHash } from 'node:crypto';
import type { Report, Span } from '../schema/report.js';
import { makeWarning, type WarningCode } from '../schema/warnings.js';
import { normaliseAgency } from './agency.js';

/** Options of `compareReports`. */
export interface SeriesOptions {
  /** A figure that grows or shrinks by more than this factor from one year to the next is flagged. Default 10. */
  jumpFactor?: number;
  /** Jumps are only flagged when the larger value is at least this. Default 20. */
  jumpMinimum?: number;
  /** Extra names to join: `{ '平潭县人民政府': '平潭综合实验区' }`. */
  aliases?: Record<string, string>;
}

/** A report in a series: where it came from and what it says about itself. */
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

export interface Series {
  groups: AgencySeries[];
  rows: SeriesRow[];
  warnings: SeriesWarning[];
  /** Reports left out (no agency or no year), by reference. */
  unplaced: ReportRef[];
}

/**
 * Indicators whose meaning changes between report formats, with the reason: a series that crosses the change says so
 * (FORMAT_CHANGED) instead of joining the values silently.
 */
export const FORMAT_SENSITIVE: Record<string, string> = {
  'applications.newReceived.total': 'prose reports count applications in their own words (受理/收到); the 2019+ 表三 counts new applications received',
  'applications.granted.total': 'prose 同意公开 vs 表三 予以公开',
  'applications.otherHandling': '2019 format: one 其他处理 row; 2021 format: three rows',
  'proactive.normativeDocuments': '2019 表二: 本年新制作/本年新公开/对外公开总数量; 2021: 本年制发/本年废止/现行有效',
  'proactive.regulations': '2019 表二: 本年新制作/本年新公开/对外公开总数量; 2021: 本年制发/本年废止/现行有效',
  'proactive.totalPublished': 'prose era: all information published this year; 2019+ reports state it (if at all) in prose only',
};

const APPLICANT_COLUMNS = ['naturalPerson', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'];

/** Every numeric indicator as a dotted key → value map (`applications.newReceived.total` → 74). */
export function flattenIndicators(value: unknown, prefix = '', out = new Map<string, number>()): Map<string, number> {
  if (typeof value === 'number') out.set(prefix, value);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flattenIndicators(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

/** The unit of an indicator key: 元 / 万元 / % / 件 (counts). */
export function indicatorUnit(key: string): string {
  if (/TenThousandYuan$/.test(key)) return '万元';
  if (/Yuan$/.test(key)) return '元';
  if (/Rate$/.test(key)) return '%';
  if (key.startsWith('proactive.')) return '条';
  return '件';
}

function ref(report: Report, key?: string): ReportRef {
  const r: ReportRef = { file: report.source.file, index: report.source.index, agency: report.agency, year: report.year };
  if (key) {
    const src = report.indicatorSources.find((s) => s.key === key);
    if (src) Object.assign(r, { key, value: src.value, quote: src.quote, span: src.span });
    else {
      const v = flattenIndicators(report.indicators).get(key);
      Object.assign(r, { key, value: v });
    }
  }
  return r;
}

function warn(code: WarningCode, agency: string, detail: string, reports: ReportRef[], data?: Record<string, unknown>): SeriesWarning {
  return { code, message: makeWarning(code, detail).message, agency, reports, ...(data ? { data } : {}) };
}

/** Years missing between the first and last year of a series. */
function gaps(years: number[]): number[] {
  const missing: number[] = [];
  for (let i = 1; i < years.length; i++) for (let y = years[i - 1] + 1; y < years[i]; y++) missing.push(y);
  return missing;
}

function textHash(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

/**
 * Groups reports by agency (normalised name; steps reported), orders them by year, and checks what only a series
 * shows: carry-over continuity, duplicate agency-years, gaps, jumps, and format changes.
 */
export function compareReports(reports: Report[], options: SeriesOptions = {}): Series {
  const jumpFactor = options.jumpFactor ?? 10;
  const jumpMinimum = options.jumpMinimum ?? 20;
  const byAgency = new Map<string, { names: Map<string, string[]>; reports: Report[] }>();
  const unplaced: ReportRef[] = [];
  for (const report of reports) {
    if (!report.agency || report.year === undefined) {
      unplaced.push(ref(report));
      continue;
    }
    const { key, steps } = normaliseAgency(report.agency, options.aliases);
    const group = byAgency.get(key) ?? { names: new Map<string, string[]>(), reports: [] as Report[] };
    group.names.set(report.agency, steps);
    group.reports.push(report);
    byAgency.set(key, group);
  }

  const groups: AgencySeries[] = [];
  const rows: SeriesRow[] = [];
  const warnings: SeriesWarning[] = [];
  for (const [agency, group] of [...byAgency].sort(([a], [b]) => a.localeCompare(b, 'zh'))) {
    // stable: by year, then input order
    const ordered = group.reports.map((r, i) => ({ r, i })).sort((a, b) => a.r.year! - b.r.year! || a.i - b.i).map((x) => x.r);
    const years = [...new Set(ordered.map((r) => r.year!))];
    groups.push({ agency, names: [...group.names].map(([name, steps]) => ({ name, steps })), years, reports: ordered.map((r) => ref(r)) });

    const firstOfYear = new Map<number, Report>();
    for (const report of ordered) {
      const first = firstOfYear.get(report.year!);
      const duplicate = first !== undefined;
      if (first) warnings.push(duplicateWarning(agency, first, report));
      else firstOfYear.set(report.year!, report);
      for (const [key, value] of flattenIndicators(report.indicators)) {
        const src = report.indicatorSources.find((s) => s.key === key);
        rows.push({
          agency,
          agencyAsWritten: report.agency!,
          year: report.year!,
          key,
          value,
          unit: indicatorUnit(key),
          format: report.indicators.format,
          file: report.source.file,
          reportIndex: report.source.index,
          quote: src?.quote,
          start: src?.span.start,
          end: src?.span.end,
          duplicate,
        });
      }
    }

    const missing = gaps(years);
    if (missing.length) {
      warnings.push(warn('YEAR_GAP', agency, `${agency}: ${missing.join(', ')}`, [], { missing, years }));
    }
    for (let i = 1; i < years.length; i++) {
      const prev = firstOfYear.get(years[i - 1])!;
      const cur = firstOfYear.get(years[i])!;
      if (years[i] === years[i - 1] + 1) warnings.push(...carryOver(agency, prev, cur));
      warnings.push(...jumps(agency, prev, cur, jumpFactor, jumpMinimum));
      const changed = formatChange(agency, prev, cur);
      if (changed) warnings.push(changed);
    }
  }
  return { groups, rows, warnings, unplaced };
}

function duplicateWarning(agency: string, first: Report, second: Report): SeriesWarning {
  const a = flattenIndicators(first.indicators);
  const b = flattenIndicators(second.indicators);
  const conflicts = [...a].filter(([k, v]) => b.has(k) && b.get(k) !== v).map(([k, v]) => ({ key: k, first: v, second: b.get(k) }));
  const same = textHash(first.text) === textHash(second.text);
  const detail = same ? `${agency} ${first.year}: the same text twice` : `${agency} ${first.year}: ${conflicts.length} conflicting figures`;
  const keys = conflicts.map((c) => c.key);
  return warn('DUPLICATE_REPORT', agency, detail, [ref(first, keys[0]), ref(second, keys[0])], { sameText: same, conflicts });
}

/** 结转下年度继续办理 of year N = 上年结转 of year N+1, per applicant column both years report. */
function carryOver(agency: string, prev: Report, cur: Report): SeriesWarning[] {
  const out: SeriesWarning[] = [];
  const forward = prev.indicators.applications?.carriedForward;
  const over = cur.indicators.applications?.carriedOver;
  if (!forward || !over) return out;
  for (const col of APPLICANT_COLUMNS) {
    const a = (forward as Record<string, number | undefined>)[col];
    const b = (over as Record<string, number | undefined>)[col];
    if (a === undefined || b === undefined || a === b) continue;
    out.push(
      warn(
        'CARRY_OVER_MISMATCH',
        agency,
        `${agency} ${prev.year}→${cur.year} ${col}: 结转下年度 ${a} ≠ 上年结转 ${b}`,
        [ref(prev, `applications.carriedForward.${col}`), ref(cur, `applications.carriedOver.${col}`)],
        { column: col, carriedForward: a, carriedOver: b },
      ),
    );
  }
  return out;
}

function jumps(agency: string, prev: Report, cur: Report, factor: number, minimum: number): SeriesWarning[] {
  const a = flattenIndicators(prev.indicators);
  const b = flattenIndicators(cur.indicators);
  const out: SeriesWarning[] = [];
  for (const [key, x] of a) {
    const y = b.get(key);
    if (y === undefined) continue;
    const hi = Math.max(x, y);
    const lo = Math.min(x, y);
    if (hi < minimum || hi / Math.max(lo, 1) <= factor) continue;
    out.push(
      warn('FIGURE_JUMP', agency, `${agency} ${key}: ${prev.year} ${x} → ${cur.year} ${y}`, [ref(prev, key), ref(cur, key)], {
        key,
        from: x,
        to: y,
        factor: Number((hi / Math.max(lo, 1)).toFixed(2)),
      }),
    );
  }
  return out;
}

function formatChange(agency: string, prev: Report, cur: Report): SeriesWarning | undefined {
  const from = prev.indicators.format;
  const to = cur.indicators.format;
  if (!from || !to || from === to) return undefined;
  const a = flattenIndicators(prev.indicators);
  const b = flattenIndicators(cur.indicators);
  const keys = Object.keys(FORMAT_SENSITIVE).filter(
    (k) => [...a.keys()].some((x) => x.startsWith(k)) || [...b.keys()].some((x) => x.startsWith(k)),
  );
  return warn('FORMAT_CHANGED', agency, `${agency} ${prev.year} (${from}) → ${cur.year} (${to})`, [ref(prev), ref(cur)], {
    from,
    to,
    keys: Object.fromEntries(keys.map((k) => [k, FORMAT_SENSITIVE[k]])),
  });
}
