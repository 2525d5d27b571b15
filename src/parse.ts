import { NianbaoError } from './errors.js';
import { readInput, normalizeForMatching, type InputDocument, type PageSpan } from './input/index.js';
import { splitReports, findSections, sectionPathAt, checkSections, noReportWarnings } from './segment/index.js';
import { extractFacts } from './extract/index.js';
import { checkParseOptions, type ParseOptions } from './options.js';
import { readDisclosure } from './profiles/disclosure/index.js';
import type { Report, Table, Span } from './schema/report.js';

export type { ParseOptions } from './options.js';

function shiftSpan(span: Span, by: number): Span {
  return { start: span.start - by, end: span.end - by };
}

function tablesIn(tables: Table[], start: number, end: number): Table[] {
  // a page of one report (the usual case): its tables' spans are already the report's own
  if (start === 0 && tables.every((t) => t.span.start < end)) return tables;
  return tables
    .filter((t) => t.span.start >= start && t.span.start < end)
    .map((t) => ({
      ...t,
      span: shiftSpan(t.span, start),
      rows: t.rows.map((row) => row.map((cell) => (cell.span ? { ...cell, span: shiftSpan(cell.span, start) } : cell))),
    }));
}

/** The pages a report's slice of the text covers, with offsets into the report's own text. */
function pagesIn(pages: PageSpan[] | undefined, start: number, end: number): Report['pages'] {
  if (!pages) return undefined;
  return pages
    .filter((p) => p.end > start && p.start < end)
    .map((p) => ({ page: p.page, start: Math.max(p.start, start) - start, end: Math.min(p.end, end) - start }));
}

/** Parses a page that may hold several reports (篇1 …); returns one Report each, in page order. */
export function parseReports(input: string | Uint8Array, options?: ParseOptions): Report[] {
  const checked = checkParseOptions(options);
  return reportsOf(readInput(input, checked), checked);
}

/** The reports of a decoded document (text, HTML, PDF or Word, already read to text + grids). */
export function reportsOf(page: InputDocument, options: ParseOptions = {}): Report[] {
  // the map is character by character, so a slice of the page's normalised copy is the slice's normalised copy
  const pageNorm = normalizeForMatching(page.text);
  const slices = splitReports(page.text, pageNorm);
  try {
    return slices.map((slice, index) => {
      const text = page.text.slice(slice.start, slice.end);
      const norm = pageNorm.slice(slice.start, slice.end);
      const sections = findSections(text, norm);
      const extracted = extractFacts(text, norm, sections, { tokenizer: options.tokenizer });
      const disclosed = readDisclosure({
        text,
        norm,
        sections,
        facts: extracted.facts,
        htmlTables: tablesIn(page.tables, slice.start, slice.end),
        pathAt: (offset) => sectionPathAt(sections, offset),
      });
      // built key by key in the schema's order (object rest and spread copy through the runtime, ≈ 1 µs each)
      const report = { text } as Report;
      const metadata = disclosed.metadata;
      for (const key in metadata) if (key !== 'meta') (report as unknown as Record<string, unknown>)[key] = metadata[key as keyof typeof metadata];
      report.sections = sections;
      report.facts = disclosed.facts;
      report.tables = disclosed.tables;
      report.indicators = disclosed.indicators;
      report.indicatorSources = disclosed.indicatorSources;
      report.warnings = [...(index === 0 ? page.warnings : []), ...noReportWarnings(norm), ...checkSections(norm, sections), ...extracted.warnings, ...disclosed.warnings];
      const source = (options.source ? { file: options.source } : {}) as Report['source'];
      source.index = index;
      source.pageSpan = { start: slice.start, end: slice.end };
      source.encoding = page.encoding;
      source.format = page.format;
      report.source = source;
      if (page.pages) report.pages = pagesIn(page.pages, slice.start, slice.end);
      report.meta = metadata.meta;
      return report;
    });
  } catch (cause) {
    if (cause instanceof NianbaoError) throw cause;
    throw new NianbaoError('INTERNAL', cause instanceof Error ? cause.message : String(cause), options.source, { cause });
  }
}

/** Parses one report (the first, if the page holds several). */
export function parseReport(input: string | Uint8Array, options?: ParseOptions): Report {
  return parseReports(input, options)[0];
}
