// The options of the public entries as one zod schema (the schema is the type). A new option is one line here.
import { z } from 'zod';
import { NianbaoError } from './errors.js';

/** Formats only the async entry reads (PDF, Word): the sync entries refuse them with `NEEDS_ASYNC`. */
export const ASYNC_FORMATS = ['pdf', 'docx', 'doc'] as const;

/** `ParseOptions` of `parseReport` / `parseReports`; unknown keys are refused (a typo would otherwise do nothing). */
export const ParseOptionsSchema = z.strictObject({
  /** `auto` (default) sniffs text vs HTML by content. */
  format: z.enum(['auto', 'text', 'html']).optional(),
  /** Force an encoding (`gbk`, `big5`, `utf-8` …) instead of detecting it. */
  encoding: z.string().min(1).optional(),
  /** File name, for messages and `report.source.file`. */
  source: z.string().optional(),
  /** Largest input accepted, in bytes (UTF-16 units for strings). Default 20 MB. */
  maxBytes: z.number().int().positive().optional(),
  /** Deepest element nesting read as structure; deeper tags are flattened (`HTML_TOO_DEEP`). Default 500. */
  maxHtmlDepth: z.number().int().positive().optional(),
  /** Most grid cells per table; later rows stay text only (`TABLE_TRUNCATED`). Default 10,000. */
  maxTableCells: z.number().int().positive().optional(),
  /** Word segmenter: `jieba` (@node-rs/jieba, default) or `nodejieba` (an optional peer dependency). */
  tokenizer: z.enum(['jieba', 'nodejieba']).optional(),
});

/** Options of `parseReport` / `parseReports`. */
export type ParseOptions = z.infer<typeof ParseOptionsSchema>;

/** Options of the async entry `parseDocument` / `parseFile`: those of the sync entries, PDF/Word formats, a page limit. */
export const DocumentParseOptionsSchema = ParseOptionsSchema.extend({
  /** `pdf`, `docx`, `doc` are accepted as hints; the content decides. */
  format: z.enum(['auto', 'text', 'html', ...ASYNC_FORMATS]).optional(),
  /** Most PDF pages read. Default: all. */
  maxPages: z.number().int().positive().optional(),
});

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
}

/** Checks the options of a sync entry; throws `INVALID_OPTION` naming the option, or `NEEDS_ASYNC` for PDF/Word. */
export function checkParseOptions(options: unknown): ParseOptions {
  const format = (options as { format?: unknown } | null | undefined)?.format;
  if ((ASYNC_FORMATS as readonly unknown[]).includes(format)) {
    throw new NianbaoError('NEEDS_ASYNC', `format "${String(format)}"`);
  }
  // the common call (nothing, or a file name only) has nothing the schema could refuse: no schema run
  if (options === undefined) return {};
  if (isSourceOnly(options)) return { source: options.source };
  return checkWith(ParseOptionsSchema, options);
}

/** True for a plain `{ source: string }` (the batch's call), which the schema would return as it is. */
function isSourceOnly(options: unknown): options is { source: string } {
  if (options === null || typeof options !== 'object' || Object.getPrototypeOf(options) !== Object.prototype) return false;
  let keys = 0;
  for (const key in options) if (key !== 'source' || ++keys > 1) return false;
  return keys === 1 && typeof (options as { source?: unknown }).source === 'string';
}

/** Checks the options of the async entry; a PDF/Word format hint becomes `auto` (the content decides). */
export function checkDocumentOptions(options: unknown): z.infer<typeof DocumentParseOptionsSchema> {
  const checked = checkWith(DocumentParseOptionsSchema, options);
  return (ASYNC_FORMATS as readonly unknown[]).includes(checked.format) ? { ...checked, format: 'auto' } : checked;
}

function checkWith<S extends z.ZodType>(schema: S, options: unknown): z.infer<S> {
  if (options === undefined) return {} as z.infer<S>;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new NianbaoError('INVALID_OPTION', `options must be an object or undefined, got ${describe(options)}`);
  }
  const parsed = schema.safeParse(options);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = issue.path.length ? issue.path.join('.') : (issue as { keys?: string[] }).keys?.join(', ') ?? '';
  const got = issue.path.length ? ` (got ${describe((options as Record<string, unknown>)[String(issue.path[0])])})` : '';
  throw new NianbaoError('INVALID_OPTION', `${key}: ${issue.message}${got}`);
}
