import { NianbaoError } from '../../errors.js';
import { htmlToDocument, type HtmlOptions } from '../html.js';
import type { InputDocument } from '../index.js';

type Mammoth = typeof import('mammoth');
let mammoth: Promise<Mammoth> | undefined;

/**
 * A DOCX (Word 2007+, WPS) → HTML by mammoth → the HTML path: merged cells (gridSpan / vMerge) come out as
 * colspan / rowspan, so its tables are the same grids a web page gives.
 */
export async function readDocx(bytes: Uint8Array, options: HtmlOptions & { source?: string } = {}): Promise<InputDocument> {
  mammoth ??= import('mammoth').then((m) => ((m as { default?: Mammoth }).default ?? m) as Mammoth);
  const { convertToHtml } = await mammoth;
  let html: string;
  try {
    html = (await convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) })).value;
  } catch (err) {
    throw new NianbaoError('DAMAGED_DOCUMENT', `DOCX: ${err instanceof Error ? err.message : String(err)}`, options.source, { cause: err });
  }
  const doc = htmlToDocument(html, options);
  if (doc.text.trim().length === 0) throw new NianbaoError('EMPTY_INPUT', 'no text in the DOCX', options.source);
  return { text: doc.text, format: 'docx', encoding: 'docx', tables: doc.tables, warnings: doc.warnings };
}
