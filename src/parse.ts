import { NianbaoError } from './errors.js';
import { readInput, normalizeForMatching, type InputDocument, type PageSpan } from './input/index.js';
import { splitReports, findSections, sectionPathAt, checkSections, noReportWarnings, type ReportSlice } from './segment/index.js';
import { extractFacts } from './extract/index.js';
import { checkParseOptions, type ParseOptions } from './options.js';
import { readDisclosure, type Disclosure } from './profiles/disclosure/index.js';
import type { Report, Section, Table, Span } from './schema/report.js';
import type { Warning } from './schema/warnings.js';

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
    // stage by stage over the page's reports: a page of ten reports keeps each stage's code and tables warm
    const texts = slices.map((slice) => ({ text: page.text.slice(slice.start, slice.end), norm: pageNorm.slice(slice.start, slice.end) }));
    const sections = texts.map(({ text, norm }) => findSections(text, norm));
    const extracted = texts.map(({ text, norm }, i) => extractFacts(text, norm, sections[i], { tokenizer: options.tokenizer }));
    const disclosed = texts.map(({ text, norm }, i) =>
      readDisclosure({
        text,
        norm,
        sections: sections[i],
        facts: extracted[i].facts,
        htmlTables: tablesIn(page.tables, slices[i].start, slices[i].end),
        pathAt: (offset) => sectionPathAt(sections[i], offset),
      }),
    );
    return slices.map((slice, i) => {
      const { text, norm } = texts[i];
      const warnings = [...(i === 0 ? page.warnings : []), ...noReportWarnings(norm), ...checkSections(norm, sections[i]), ...extracted[i].warnings];
      return assemble(page, slice, i, text, sections[i], disclosed[i], warnings, options);
    });
  } catch (cause) {
    if (cause instanceof NianbaoError) throw cause;
    throw new NianbaoError('INTERNAL', cause instanceof Error ? cause.message : String(cause), options.source, { cause });
  }
}

/** One report from its stages' readings, key by key in the schema's order (object rest and spread copy through the runtime, ≈ 1 µs each). */
function assemble(
  page: InputDocument,
  slice: ReportSlice,
  index: number,
  text: string,
  sections: Section[],
  disclosed: Disclosure,
  warnings: Warning[],
  options: ParseOptions,
): Report {
  const report = { text } as Report;
  const metadata = disclosed.metadata;
  for (const key in metadata) if (key !== 'meta') (report as unknown as Record<string, unknown>)[key] = metadata[key as keyof typeof metadata];
  report.sections = sections;
  report.facts = disclosed.facts;
  report.tables = disclosed.tables;
  report.indicators = disclosed.indicators;
  report.indicatorSources = disclosed.indicatorSources;
  report.warnings = [...warnings, ...disclosed.warnings];
  const source = (options.source ? { file: options.source } : {}) as Report['source'];
  source.index = index;
  source.pageSpan = { start: slice.start, end: slice.end };
  source.encoding = page.encoding;
  source.format = page.format;
  report.source = source;
  if (page.pages) report.pages = pagesIn(page.pages, slice.start, slice.end);
  report.meta = metadata.meta;
  return report;
}

/** Parses one report (the first, if the page holds several). */
export function parseReport(input: string | Uint8Array, options?: ParseOptions): Report {
  return parseReports(input, options)[0];
}
