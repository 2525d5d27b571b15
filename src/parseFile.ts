import { readFile, stat } from 'node:fs/promises';
import { NianbaoError } from './errors.js';
import { DEFAULT_MAX_BYTES } from './input/index.js';
import { readDocument, type DocumentOptions } from './input/readDocument.js';
import { checkDocumentOptions } from './options.js';
import { reportsOf, type ParseOptions } from './parse.js';
import type { Report } from './schema/report.js';

/** Options of `parseDocument` / `parseFile`: those of `parseReports`, plus a PDF page limit. */
export interface DocumentParseOptions extends ParseOptions, DocumentOptions {}

/**
 * Parses any supported document — PDF, DOCX, DOC/WPS, text or HTML, told apart by content — into its reports.
 * The async entry: PDF and Word readers are asynchronous; text and HTML give the same reports as `parseReports`.
 */
export async function parseDocument(input: string | Uint8Array, options?: DocumentParseOptions): Promise<Report[]> {
  const checked = checkDocumentOptions(options) as DocumentParseOptions;
  const doc = await readDocument(input, checked);
  return reportsOf(doc, checked);
}

/** Reads a file (refusing one over the size limit before reading it) and parses it with `parseDocument`. */
export async function parseFile(path: string, options?: DocumentParseOptions): Promise<Report[]> {
  options = checkDocumentOptions(options) as DocumentParseOptions;
  const source = options.source ?? path;
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.size > max) throw new NianbaoError('TOO_LARGE', `${info.size} > ${max}`, source);
    bytes = await readFile(path);
  } catch (err) {
    if (err instanceof NianbaoError) throw err;
    throw new NianbaoError('UNREADABLE_FILE', err instanceof Error ? err.message : String(err), source, { cause: err });
  }
  return parseDocument(bytes, { ...options, source });
}
