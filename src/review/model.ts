// Report → what the page shows: the marks in the text, and for every panel row, table cell and warning the id of
// the mark it jumps to. Reads only the Report; tolerates odd spans (out of range, not matching their quote).
import type { Fact, Report, Section, Span } from '../schema/report.js';
import { highlightKind, indicatorLabel, indicatorUnit } from './labels.js';
import { clampSpan, type Mark } from './marks.js';

/** One indicator value with where it came from. */
export interface IndicatorRow {
  key: string;
  label: string;
  value: number | string;
  unit?: string;
  subject?: string;
  sectionPath: string[];
  how?: string;
  /** Id of the mark to jump to, when the value has a source. */
  target?: string;
  /** Fact indexes behind the value. */
  facts: number[];
  /** Set when the value is approximate (近千条). */
  approx?: string;
}

/** Everything the page needs for one report, with ids prefixed by `r{index}-`. */
export interface ReportView {
  index: number;
  prefix: string;
  marks: Mark[];
  /** Mark id of each fact's highlight. */
  factTargets: string[];
  /** Facts whose quote is not what their span slices to (shown on the page: provenance is broken there). */
  quoteMismatches: number[];
  /** Jump target per table cell, keyed `t.r.c`. */
  cellTargets: Map<string, string>;
  indicatorRows: IndicatorRow[];
  /** Mark id per warning (undefined when the warning has no span). */
  warningTargets: (string | undefined)[];
  /** Mark id per section, in tree pre-order. */
  sectionTargets: Map<Section, string>;
}

const spanKey = (s: Span) => `${s.start}:${s.end}`;

/** Titles (headings) of the sections containing `offset`, outermost first. */
export function sectionPathOf(sections: Section[], offset: number): string[] {
  const path: string[] = [];
  let level = sections;
  for (let depth = 0; depth < 64; depth++) {
    const hit = level.find((s) => s.span && s.span.start <= offset && offset < s.span.end);
    if (!hit) break;
    path.push(hit.heading ?? `${hit.marker}${hit.title}`);
    level = hit.children ?? [];
  }
  return path;
}

/** Flattens `indicators` into dotted keys with numeric leaves (format etc. are left out). */
export function flattenIndicators(value: unknown, prefix = '', out: Array<[string, number]> = []): Array<[string, number]> {
  if (typeof value === 'number' && prefix) out.push([prefix, value]);
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flattenIndicators(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

function factMark(f: Fact, i: number, prefix: string): Mark {
  return {
    start: f.span.start,
    end: f.span.end,
    // Figures read from a table cell get no glyph: a flattened 表三 row would be a wall of them (underline stays).
    cls: `hl k-${highlightKind(f)}${f.source === 'table' ? ' tc' : ''}`,
    id: `${prefix}f${i}`,
    attrs: { 'data-f': i },
  };
}

function walkSections(sections: Section[], visit: (s: Section) => void): void {
  for (const s of sections) {
    visit(s);
    walkSections(s.children ?? [], visit);
  }
}

/** Builds the marks and link targets of one report. */
export function buildReportView(report: Report, index: number): ReportView {
  const prefix = `r${index}-`;
  const text = report.text;
  const marks: Mark[] = [];
  const factTargets: string[] = [];
  const quoteMismatches: number[] = [];
  const factBySpan = new Map<string, number>();
  const factByCell = new Map<string, number>();
  report.facts.forEach((f, i) => {
    marks.push(factMark(f, i, prefix));
    factTargets.push(`${prefix}f${i}`);
    if (text.slice(f.span.start, f.span.end) !== f.quote) quoteMismatches.push(i);
    if (!factBySpan.has(spanKey(f.span))) factBySpan.set(spanKey(f.span), i);
    if (f.cell) factByCell.set(`${f.cell.table}.${f.cell.row}.${f.cell.col}`, i);
  });

  const sectionTargets = new Map<Section, string>();
  let h = 0;
  walkSections(report.sections, (s) => {
    const id = `${prefix}h${h++}`;
    const span = s.headingSpan ?? s.span;
    marks.push({ start: span.start, end: span.end, cls: 'hd', id, attrs: { 'data-h': h - 1 } });
    sectionTargets.set(s, id);
  });

  const cellTargets = new Map<string, string>();
  report.tables.forEach((t, ti) => {
    marks.push({ start: t.span.start, end: t.span.end, cls: 'tb', id: `${prefix}t${ti}`, attrs: { 'data-t': ti } });
    t.rows.forEach((row, ri) =>
      row.forEach((cell, ci) => {
        const key = `${ti}.${ri}.${ci}`;
        const byCell = factByCell.get(key);
        if (byCell !== undefined) return void cellTargets.set(key, factTargets[byCell]);
        if (!cell.span || cell.origin) return;
        const bySpan = factBySpan.get(spanKey(cell.span));
        if (bySpan !== undefined) return void cellTargets.set(key, factTargets[bySpan]);
        const id = `${prefix}c${ti}-${ri}-${ci}`;
        marks.push({ start: cell.span.start, end: cell.span.end, cls: 'cs', id, attrs: { 'data-c': key } });
        cellTargets.set(key, id);
      }),
    );
  });
  // A spanned cell (rowspan/colspan copy) jumps where its origin does.
  report.tables.forEach((t, ti) =>
    t.rows.forEach((row, ri) =>
      row.forEach((cell, ci) => {
        const key = `${ti}.${ri}.${ci}`;
        if (cell.origin && !cellTargets.has(key)) {
          const target = cellTargets.get(`${ti}.${cell.origin[0]}.${cell.origin[1]}`);
          if (target) cellTargets.set(key, target);
        }
      }),
    ),
  );

  const warningTargets = report.warnings.map((w, wi) => {
    if (!w.span) return undefined;
    const id = `${prefix}w${wi}`;
    marks.push({ start: w.span.start, end: w.span.end, cls: 'wn', id, attrs: { 'data-w': wi } });
    return id;
  });

  const indicatorRows = buildIndicatorRows(report, prefix, marks, factTargets, factBySpan);
  return { index, prefix, marks, factTargets, quoteMismatches, cellTargets, indicatorRows, warningTargets, sectionTargets };
}

function buildIndicatorRows(
  report: Report,
  prefix: string,
  marks: Mark[],
  factTargets: string[],
  factBySpan: Map<string, number>,
): IndicatorRow[] {
  const sources = new Map(report.indicatorSources.map((s) => [s.key, s]));
  const values = new Map<string, number | string>(flattenIndicators(report.indicators));
  for (const s of report.indicatorSources) if (!values.has(s.key)) values.set(s.key, s.value);
  const rows: IndicatorRow[] = [];
  let n = 0;
  for (const [key, value] of values) {
    const src = sources.get(key);
    const facts = (src?.facts ?? []).filter((i) => i >= 0 && i < report.facts.length);
    const first = facts.length ? report.facts[facts[0]] : undefined;
    let target: string | undefined;
    if (first) target = factTargets[facts[0]];
    else if (src && clampSpan(src.span.start, src.span.end, report.text.length)) {
      const bySpan = factBySpan.get(spanKey(src.span));
      if (bySpan !== undefined) target = factTargets[bySpan];
      else {
        target = `${prefix}i${n++}`;
        marks.push({ start: src.span.start, end: src.span.end, cls: 'is', id: target, attrs: { 'data-i': n - 1 } });
      }
    }
    rows.push({
      key,
      label: indicatorLabel(key),
      value,
      unit: indicatorUnit(key) ?? first?.unit,
      subject: first?.subject,
      sectionPath: first?.sectionPath ?? (src ? sectionPathOf(report.sections, src.span.start) : []),
      how: src ? [src.how, src.rule].filter(Boolean).join(' · ') : undefined,
      target,
      facts,
      ...(src?.approx ? { approx: src.approx } : {}),
    });
  }
  return rows;
}
