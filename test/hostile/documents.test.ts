// Hostile PDF and Word input through the async entry: each ends in a typed NianbaoError (never a crash, never a
// hang), within a time limit. The PDFs are generated here (pdf-lib, or bytes written by hand); the real 062 PDF is cut.
import { readFileSync } from 'node:fs';
import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { NianbaoError, parseDocument, parseReports } from '../../src/index.js';
import { rawPdf } from '../helpers/rawPdf.js';

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));
const LIMIT_MS = 10_000;

/** The typed error an async parse ends in, and how long it took. */
async function failure(bytes: Uint8Array): Promise<{ code: string; message: string; ms: number }> {
  const t0 = performance.now();
  try {
    await parseDocument(bytes, { source: 'hostile' });
  } catch (err) {
    expect(err).toBeInstanceOf(NianbaoError);
    return { code: (err as NianbaoError).code, message: (err as Error).message, ms: performance.now() - t0 };
  }
  throw new Error('parsed without an error');
}

/** A one-page PDF holding only a drawn image (a scan): no text layer at all. */
async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  // a 2×2 grey PNG, drawn over the page as a scanner would
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADklEQVR4nGNgYGBgYAAAAAUAAXpeqz8AAAAASUVORK5CYII=', 'base64');
  const image = await doc.embedPng(png);
  page.drawImage(image, { x: 0, y: 0, width: 595, height: 842 });
  page.drawRectangle({ x: 50, y: 50, width: 100, height: 20, color: rgb(0, 0, 0) });
  return doc.save();
}

/** A PDF under the standard security handler whose user password is not empty: it cannot be opened without it. */
function encryptedPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${'7a'.repeat(32)}> /U <${'3c'.repeat(32)}> /P -4 >>`,
  ];
  return rawPdf(objects, ` /Encrypt 4 0 R /ID [<${'ab'.repeat(16)}> <${'ab'.repeat(16)}>]`);
}

describe('hostile PDFs and Word files end in a typed error', () => {
  it('a scanned page (an image, no text) → NO_TEXT_LAYER', async () => {
    const { code, ms } = await failure(await scannedPdf());
    expect(code).toBe('NO_TEXT_LAYER');
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('a PDF locked with a user password → ENCRYPTED', async () => {
    const { code, ms } = await failure(encryptedPdf());
    expect(code).toBe('ENCRYPTED');
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('the real 062 PDF cut at 40 % → a typed error (DAMAGED_DOCUMENT or NO_TEXT_LAYER), not a crash', async () => {
    const whole = fixture('shapes/062-b-hongze-2023.pdf');
    const { code, ms } = await failure(whole.subarray(0, Math.floor(whole.length * 0.4)));
    expect(['DAMAGED_DOCUMENT', 'NO_TEXT_LAYER']).toContain(code);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('a PDF with no pages → EMPTY_INPUT / DAMAGED_DOCUMENT / NO_TEXT_LAYER', async () => {
    const empty = await (await PDFDocument.create()).save();
    const { code, ms } = await failure(empty);
    expect(['EMPTY_INPUT', 'DAMAGED_DOCUMENT', 'NO_TEXT_LAYER']).toContain(code);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('only the PDF header (%PDF-1.7 and nothing else) → DAMAGED_DOCUMENT', async () => {
    const { code } = await failure(Buffer.from('%PDF-1.7\n'));
    expect(code).toBe('DAMAGED_DOCUMENT');
  });

  it('a ZIP that is not a Word document → UNSUPPORTED_FORMAT naming it', async () => {
    // a real ZIP (the DOCX's container) with its word/ part renamed: a plain archive
    const docx = Buffer.from(fixture('word/031-b-shuyang-fgj-2023.docx'));
    const renamed = Buffer.from(docx.toString('latin1').replaceAll('word/document.xml', 'text/document.xml'), 'latin1');
    const { code, message } = await failure(renamed);
    expect(code).toBe('UNSUPPORTED_FORMAT');
    expect(message).toContain('ZIP');
  });

  it('a DOCX cut in half → DAMAGED_DOCUMENT', async () => {
    const docx = fixture('word/031-b-shuyang-fgj-2023.docx');
    const { code, ms } = await failure(docx.subarray(0, Math.floor(docx.length / 2)));
    expect(code).toBe('DAMAGED_DOCUMENT');
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('a DOC cut in half → DAMAGED_DOCUMENT', async () => {
    const doc = fixture('word/031-b-shuyang-fgj-2023.doc');
    const { code } = await failure(doc.subarray(0, Math.floor(doc.length / 2)));
    expect(code).toBe('DAMAGED_DOCUMENT');
  });

  it('a PNG renamed .pdf → UNSUPPORTED_FORMAT naming a PNG image (the name is never trusted)', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 7)]);
    const { code, message } = await failure(png);
    expect(code).toBe('UNSUPPORTED_FORMAT');
    expect(message).toContain('PNG');
  });

  it('the sync entry given DOCX or DOC bytes → NEEDS_ASYNC naming parseDocument', () => {
    for (const name of ['word/031-b-shuyang-fgj-2023.docx', 'word/031-b-shuyang-fgj-2023.doc']) {
      expect(() => parseReports(fixture(name))).toThrowError(expect.objectContaining({ code: 'NEEDS_ASYNC', message: expect.stringContaining('parseDocument') }));
    }
  });

  it('text and HTML through the async entry give what the sync entry gives', async () => {
    const html = fixture('corpus/031-b-shuyang-fgj-2023.html');
    expect(await parseDocument(html)).toEqual(parseReports(html));
  });
});
