// Invariants every parse result must keep, whatever the input: schema-valid, every span in bounds, and every span
// slicing the report text to the quote it claims. Shared by the property and hostile tests.
import { NianbaoError, ReportSchema, type Report, type Section, type Span } from '../../src/index.js';

/** Error codes that are a fair answer to unusable input (not a crash). INTERNAL is a crash and is never accepted. */
export const INPUT_ERROR_CODES = new Set([
  'EMPTY_INPUT', 'BINARY_INPUT', 'TOO_LARGE', 'UNKNOWN_ENCODING',
  // binary formats: named (UNSUPPORTED_FORMAT), for the async entry (NEEDS_ASYNC), or unreadable as PDF/Word
  'UNSUPPORTED_FORMAT', 'NEEDS_ASYNC', 'NO_TEXT_LAYER', 'ENCRYPTED', 'DAMAGED_DOCUMENT',
]);

function inBounds(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= length;
}

/** Returns a list of broken invariants (empty = all hold). */
export function violations(report: Report): string[] {
  const out: string[] = [];
  const parsed = ReportSchema.safeParse(report);
  if (!parsed.success) out.push(`schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const { text } = report;
  const n = text.length;
  const quoted = (what: string, span: Span | undefined, quote: string | undefined) => {
    if (!span) return;
    if (!inBounds(span, n)) out.push(`${what}: span ${span.start}-${span.end} out of 0-${n}`);
    else if (quote !== undefined && text.slice(span.start, span.end) !== quote) {
      out.push(`${what}: slice ${JSON.stringify(text.slice(span.start, span.end))} ≠ quote ${JSON.stringify(quote)}`);
    }
  };
  report.facts.forEach((f, i) => quoted(`facts[${i}]`, f.span, f.quote));
  const walk = (sections: Section[], parent: Span | undefined, path: string) => {
    sections.forEach((s, i) => {
      const where = `${path}[${i}]`;
      quoted(`${where}.span`, s.span, undefined);
      quoted(`${where}.headingSpan`, s.headingSpan, s.heading);
      if (parent && (s.span.start < parent.start || s.span.end > parent.end)) out.push(`${where}: span outside its parent`);
      walk(s.children, s.span, `${where}.children`);
    });
  };
  walk(report.sections, undefined, 'sections');
  report.tables.forEach((t, ti) => {
    quoted(`tables[${ti}].span`, t.span, undefined);
    t.rows.forEach((row, ri) =>
      row.forEach((cell, ci) => {
        // a figure cell's span slices to its text (a label joined across broken pipe cells may span the pipes)
        quoted(`tables[${ti}].rows[${ri}][${ci}]`, cell.span, typeof cell.value === 'number' ? cell.text : undefined);
      }),
    );
  });
  report.indicatorSources.forEach((s, i) => {
    quoted(`indicatorSources[${i}]`, s.span, s.quote);
    for (const fi of s.facts) if (fi >= report.facts.length) out.push(`indicatorSources[${i}]: fact index ${fi} out of range`);
  });
  report.warnings.forEach((w, i) => quoted(`warnings[${i}]`, w.span, undefined));
  if (report.period) quoted('period', report.period.span, report.period.quote);
  const meta = report.meta ?? {};
  quoted('meta.titleSpan', meta.titleSpan, undefined);
  quoted('meta.agencySpan', meta.agencySpan, undefined);
  quoted('meta.yearSpan', meta.yearSpan, undefined);
  quoted('meta.publishedAtSpan', meta.publishedAtSpan, undefined);
  return out;
}

/**
 * Runs `parse`; a NianbaoError with an input code is a fair outcome, anything else thrown is returned as a
 * violation. Returns the reports (or undefined) and the broken invariants.
 */
export function checkParse(parse: () => Report[]): { reports?: Report[]; error?: NianbaoError; problems: string[] } {
  let reports: Report[];
  try {
    reports = parse();
  } catch (err) {
    if (err instanceof NianbaoError && INPUT_ERROR_CODES.has(err.code)) return { error: err, problems: [] };
    const what = err instanceof NianbaoError ? `NianbaoError ${err.code}: ${err.message}` : `${(err as Error)?.name}: ${(err as Error)?.message}`;
    return { problems: [`threw ${what}\n${(err as Error)?.stack?.split('\n').slice(0, 6).join('\n') ?? ''}`] };
  }
  if (!Array.isArray(reports) || reports.length === 0) return { reports, problems: ['no report returned'] };
  const problems = reports.flatMap((r, i) => violations(r).map((v) => `report ${i}: ${v}`));
  return { reports, problems };
}
