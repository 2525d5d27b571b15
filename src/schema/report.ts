import { z } from 'zod';
import { IndicatorsSchema, IndicatorSourceSchema } from './indicators.js';
import { WarningSchema } from './warnings.js';

/** A half-open range of UTF-16 offsets into `Report.text`: `text.slice(start, end)`. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;

/** A numbered heading and everything under it (一、 / （一） / 1. / （1） / ①). */
export interface Section {
  /** 一、 / （二） / 3. as written; '' for an official title whose marker was lost (warning HEADING_INFERRED). */
  marker: string;
  /** By marker rank over the whole report: a （一） before the first 一、 is level 2, though it stands among the roots. */
  level: number;
  ordinal: number;
  title: string;
  /** The heading line as written (marker + title), as it stands in the text. */
  heading: string;
  /** Heading through end of body. */
  span: Span;
  /** Where the heading itself (marker + title) stands. */
  headingSpan: Span;
  children: Section[];
}
export const SectionSchema: z.ZodType<Section> = z.lazy(() =>
  z.object({
    marker: z.string(),
    level: z.number().int().positive(),
    ordinal: z.number().int().nonnegative(),
    title: z.string(),
    heading: z.string(),
    span: SpanSchema,
    headingSpan: SpanSchema,
    children: z.array(SectionSchema),
  }),
);

export const FactKindSchema = z.enum(['count', 'percent', 'money', 'date', 'dateRange']);
export type FactKind = z.infer<typeof FactKindSchema>;

/** One measurement read from the text or from a table cell. */
export const FactSchema = z.object({
  kind: FactKindSchema,
  /** count/percent/money: a number (money in yuan); date: ISO `YYYY-MM-DD` / `YYYY-MM`; dateRange: `start/end`. */
  value: z.union([z.number(), z.string()]),
  /** Measure word for counts (条/件/次…), `%` for percents, `元` for money. */
  unit: z.string().optional(),
  approx: z.enum(['more-than', 'about', 'less-than']).optional(),
  zeroBy: z.literal('negation').optional(),
  /** What is measured, e.g. 主动公开政府信息, 市民咨询. */
  subject: z.string().optional(),
  /** The exact text the value was read from: `text.slice(span.start, span.end) === quote`. */
  quote: z.string(),
  span: SpanSchema,
  /** Titles of the enclosing sections, outermost first. */
  sectionPath: z.array(z.string()),
  /** Id of the rule that produced the fact, e.g. `count.measureWord`. */
  rule: z.string(),
  /** Where the figure stands: a sentence, or a table cell. */
  source: z.enum(['text', 'table']).default('text'),
  /** For table facts: index into `Report.tables` and the cell's row/column. */
  cell: z.object({ table: z.number().int(), row: z.number().int(), col: z.number().int() }).optional(),
});
export type Fact = z.infer<typeof FactSchema>;

export const CellSchema = z.object({
  text: z.string(),
  /** Parsed number; null = blank cell. '/' or '—' leave value undefined and stay in `text`. */
  value: z.number().nullable().optional(),
  span: SpanSchema.optional(),
  /** For a cell covered by a rowspan/colspan: the [row, col] of the cell it repeats. */
  origin: z.tuple([z.number().int(), z.number().int()]).optional(),
  /** True when the value was split out of a flattened run of digits. */
  recovered: z.literal(true).optional(),
});
export type Cell = z.infer<typeof CellSchema>;

export const TableSchema = z.object({
  name: z.string().optional(),
  /** Where the grid came from: HTML (and DOCX) markup, flattened text, or a PDF page's layout. */
  source: z.enum(['html', 'text', 'pdf']),
  span: SpanSchema,
  rows: z.array(z.array(CellSchema)),
});
export type Table = z.infer<typeof TableSchema>;

export const PeriodSchema = z.object({
  start: z.string(),
  end: z.string(),
  quote: z.string(),
  span: SpanSchema,
});
export type Period = z.infer<typeof PeriodSchema>;

/** A metadata value with the place it was read from. */
export const SourcedStringSchema = z.object({ value: z.string(), span: SpanSchema });

/** One parsed report. Every span indexes `text`. */
export const ReportSchema = z.object({
  text: z.string(),
  title: z.string().optional(),
  agency: z.string().optional(),
  year: z.number().int().optional(),
  period: PeriodSchema.optional(),
  publishedAt: z.string().optional(),
  sections: z.array(SectionSchema),
  facts: z.array(FactSchema),
  tables: z.array(TableSchema),
  indicators: IndicatorsSchema,
  /** For every filled indicator: the facts (indexes into `facts`) and text it came from. */
  indicatorSources: z.array(IndicatorSourceSchema),
  warnings: z.array(WarningSchema),
  /** Where this report sits in its input page. */
  source: z.object({
    file: z.string().optional(),
    /** 0-based position of this report in the page (篇1 → 0). */
    index: z.number().int().nonnegative(),
    /** The span of this report's text in the whole decoded page. */
    pageSpan: SpanSchema,
    encoding: z.string(),
    /** What was read: text, HTML, PDF, DOCX, or DOC (Word 97–2003 / WPS). */
    format: z.enum(['text', 'html', 'pdf', 'docx', 'doc']),
  }),
  /** Paged sources (PDF): the span of this report's text on each page, 1-based page numbers. */
  pages: z.array(z.object({ page: z.number().int().positive(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).optional(),
  /** Where title/agency/year were read, when they were. */
  meta: z
    .object({
      titleSpan: SpanSchema.optional(),
      agencySpan: SpanSchema.optional(),
      yearSpan: SpanSchema.optional(),
      publishedAtSpan: SpanSchema.optional(),
    })
    .default({}),
});
export type Report = z.infer<typeof ReportSchema>;
