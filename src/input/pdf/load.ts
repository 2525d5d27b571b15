import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NianbaoError } from '../../errors.js';

/** One piece of text pdf.js placed on a page, in PDF points (origin bottom left). */
export interface PdfItem {
  page: number;
  /** Left edge; for vertical text, the column's left edge. */
  x: number;
  /** Baseline; for vertical text (top to bottom), the top of the column. */
  y: number;
  width: number;
  height: number;
  /** Font size (points). */
  size: number;
  str: string;
  /** Written top to bottom (a rotated group label in a table). */
  vertical: boolean;
  /** pdf.js put a whitespace item (or a trailing blank) right before this one. */
  spaceBefore: boolean;
}

/** One page: its size and its text items in stream order. */
export interface PdfPage {
  page: number;
  width: number;
  height: number;
  items: PdfItem[];
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/** pdf.js (legacy build: runs on Node 20 without a canvas), loaded once on first use. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

/** The folder pdf.js ships beside its build (`cmaps/`, `standard_fonts/`), as a URL ending in `/`. */
function assetUrl(folder: string): string {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('pdfjs-dist/package.json'));
  return pathToFileURL(join(root, folder)).href + '/';
}

/** Maps pdf.js's load failures to typed errors: a password → ENCRYPTED, anything else unreadable → DAMAGED_DOCUMENT. */
function loadError(err: unknown, source?: string): NianbaoError {
  const name = (err as { name?: string })?.name ?? '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return new NianbaoError('ENCRYPTED', 'the PDF needs a password', source, { cause: err });
  return new NianbaoError('DAMAGED_DOCUMENT', `PDF: ${message}`, source, { cause: err });
}

/** Reads the text items of every page (at most `maxPages`), page by page, freeing each page once read. */
export async function readPdfPages(bytes: Uint8Array, options: { source?: string; maxPages?: number } = {}): Promise<PdfPage[]> {
  const { getDocument } = await loadPdfJs();
  // pdf.js takes ownership of (and may detach) the buffer it is given: hand it a copy
  const task = getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: assetUrl('standard_fonts'),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => undefined);
    throw loadError(err, options.source);
  }
  try {
    const count = Math.min(doc.numPages, options.maxPages ?? Infinity);
    if (count === 0) throw new NianbaoError('EMPTY_INPUT', 'the PDF has no pages', options.source);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= count; n++) {
      const page = await doc.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      let space = false;
      for (const raw of content.items) {
        if (!('str' in raw)) continue;
        const str = raw.str;
        if (str.trim() === '') {
          if (str.length > 0) space = true;
          continue;
        }
        const [a, b, , d, e, f] = raw.transform as number[];
        const size = Math.hypot(a, b) || Math.abs(d) || 1;
        // pdf.js gives the page's own coordinates; shift by the view box so every page starts at 0,0
        items.push({
          page: n,
          x: e - view.viewBox[0],
          y: f - view.viewBox[1],
          width: raw.width,
          height: raw.height,
          size,
          str,
          vertical: raw.dir === 'ttb',
          spaceBefore: space,
        });
        space = /\s$/.test(str);
      }
      pages.push({ page: n, width: view.width, height: view.height, items });
      page.cleanup();
    }
    return pages;
  } catch (err) {
    if (err instanceof NianbaoError) throw err;
    throw loadError(err, options.source);
  } finally {
    await doc.destroy();
  }
}
