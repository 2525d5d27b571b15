import { NianbaoError } from '../errors.js';
import { readInput, type InputDocument, type InputOptions } from './index.js';
import { readPdf } from './pdf/index.js';
import { sniffFormat } from './sniff.js';
import { readDoc } from './word/doc.js';
import { readDocx } from './word/docx.js';

/** Options of the async reader: those of the text path, plus a page limit for PDFs. */
export interface DocumentOptions extends InputOptions {
  /** Most PDF pages read. Default: all. */
  maxPages?: number;
}

/** Any supported file's bytes (PDF, DOCX, DOC/WPS, text, HTML; sniffed by content) → the decoded document. */
export async function readDocument(input: string | Uint8Array, options: DocumentOptions = {}): Promise<InputDocument> {
  if (typeof input === 'string') return readInput(input, options);
  if (!(input instanceof Uint8Array)) return readInput(input, options); // readInput throws the typed error
  if (input.length === 0) throw new NianbaoError('EMPTY_INPUT', undefined, options.source);
  const max = options.maxBytes ?? 20 * 1024 * 1024;
  if (input.length > max) throw new NianbaoError('TOO_LARGE', `${input.length} > ${max}`, options.source);
  const sniffed = sniffFormat(input);
  if (sniffed.format === 'pdf') return readPdf(input, options);
  if (sniffed.format === 'docx') return readDocx(input, options);
  if (sniffed.format === 'doc') return readDoc(input, options);
  return readInput(input, options);
}
