import { NianbaoError } from '../errors.js';
import type { Table } from '../schema/report.js';
import type { Warning } from '../schema/warnings.js';
import { decodeBytes } from './decode.js';
import { htmlToDocument, type HtmlOptions } from './html.js';
import { sniffFormat } from './sniff.js';

export { decodeBytes, declaredCharset } from './decode.js';
export { normalizeForMatching } from './normalize.js';
export { sniffFormat, type Sniffed, type SniffedFormat } from './sniff.js';
export { cellValue } from './cellValue.js';
export { DEFAULT_MAX_HTML_DEPTH, DEFAULT_MAX_TABLE_CELLS } from './html.js';

export interface InputOptions extends HtmlOptions {
  format?: 'auto' | 'text' | 'html';
  /** Force an encoding (`gbk`, `big5`, `utf-8` …) instead of detecting it. */
  encoding?: string;
  source?: string;
  /** Largest input accepted, in bytes (UTF-16 units for strings). Default 20 MB. */
  maxBytes?: number;
}

/** The decoded page: its plain text (spans index it), HTML tables as grids, and what went wrong on the way. */
export interface InputDocument {
  text: string;
  format: DocumentFormat;
  encoding: string;
  tables: Table[];
  warnings: Warning[];
  /** PDF: where each page's text starts and ends in `text` (1-based page numbers). */
  pages?: PageSpan[];
}

/** What was read: text, HTML, a PDF, a Word document (DOCX), or an old Word/WPS file (DOC). */
export type DocumentFormat = 'text' | 'html' | 'pdf' | 'docx' | 'doc';

/** One page of a paged source: its number and the span of `text` it holds. */
export interface PageSpan {
  page: number;
  start: number;
  end: number;
}

/** Refuses bytes the sync text path cannot read: PDF/Word (→ the async entry) and other binary formats. */
export function refuseBinary(bytes: Uint8Array, source?: string): void {
  const sniffed = sniffFormat(bytes);
  if (sniffed.format === 'pdf' || sniffed.format === 'docx' || sniffed.format === 'doc') {
    throw new NianbaoError('NEEDS_ASYNC', `${sniffed.format.toUpperCase()} file`, source);
  }
  if (sniffed.format === 'unsupported') throw new NianbaoError('UNSUPPORTED_FORMAT', sniffed.kind, source);
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

// <html, <!doctype html, <body, <p>, <div …: enough tags near the start to call it HTML
const HTML_SNIFF = /^\s*(?:<!doctype html|<html|<head|<body|<meta|<\?xml)|<(?:p|div|table|br|span|body|td|tr|font)[\s>/]/i;

// </p>, </div>, </td>, </body> further in: a page that opens with a long <script> or <style> block or SSI comments
const HTML_END_TAG = /<\/(?:p|div|td|tr|table|span|font|body|html)>/i;

/** Guesses text vs HTML from the first 2 KB (tags near the start), else the first 64 KB (end tags anywhere). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 65536);
  // both patterns need a < (a report as plain text rarely has one: one character search instead of two pattern runs)
  if (!head.includes('<')) return false;
  return HTML_SNIFF.test(text.slice(0, 2048)) || HTML_END_TAG.test(head);
}

// the characters controlShare counts
const CONTROL = /[\0-\x08\x0b\x0e-\x1f\ufffd]/;

/** Share of C0 control characters (other than tab/CR/LF/FF) and U+FFFD in the first 8 KB: binary input has many. */
function controlShare(text: string): number {
  const head = text.slice(0, 8192);
  // counted from the first one, found by one class search (most texts have none)
  const first = head.search(CONTROL);
  if (first < 0) return 0;
  let n = 0;
  for (let i = first; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) n++;
  }
  return head.length ? n / head.length : 0;
}

/** Most control characters (and U+FFFD) a text may hold, as a share of its first 8 KB, before it counts as binary. */
const MAX_CONTROL_SHARE = 0.1;

/** Bytes or string → the page's text (HTML reduced to text + tables). Throws NianbaoError on unusable input. */
export function readInput(input: string | Uint8Array, options: InputOptions = {}): InputDocument {
  const max = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input == null || (typeof input !== 'string' && !(input instanceof Uint8Array))) {
    throw new NianbaoError('INVALID_OPTION', 'input must be a string or a Uint8Array', options.source);
  }
  if (input.length === 0) throw new NianbaoError('EMPTY_INPUT', undefined, options.source);
  if (input.length > max) throw new NianbaoError('TOO_LARGE', `${input.length} > ${max}`, options.source);
  let text: string;
  let encoding = 'utf-16';
  const warnings: Warning[] = [];
  if (typeof input === 'string') {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    refuseBinary(input, options.source);
    const decoded = decodeBytes(input, { encoding: options.encoding, html: options.format !== 'text', source: options.source });
    text = decoded.text;
    encoding = decoded.encoding;
    warnings.push(...decoded.warnings);
  }
  if (text.trim().length === 0) throw new NianbaoError('EMPTY_INPUT', 'only whitespace', options.source);
  const share = controlShare(text);
  if (share > MAX_CONTROL_SHARE) throw new NianbaoError('BINARY_INPUT', `${Math.round(share * 100)}% control characters`, options.source);
  const format = options.format && options.format !== 'auto' ? options.format : looksLikeHtml(text) ? 'html' : 'text';
  if (format === 'html') {
    const doc = htmlToDocument(text, options);
    if (doc.text.trim().length === 0) throw new NianbaoError('EMPTY_INPUT', 'no visible text in the HTML', options.source);
    return { text: doc.text, format, encoding, tables: doc.tables, warnings: [...warnings, ...doc.warnings] };
  }
  return { text, format, encoding, tables: [], warnings };
}
