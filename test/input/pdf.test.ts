// The PDF reader's layout rules on PDFs written here (pdf-lib, a standard Latin font): reading order, page furniture,
// sentences across line and page breaks, rotated pages. The real-report rules are tested on 062 (test/golden).
import { PDFDocument, StandardFonts, degrees, type PDFFont, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/index.js';
import { rawPdf } from '../helpers/rawPdf.js';

const WIDTH = 595;
const HEIGHT = 842;

async function pdf(draw: (doc: PDFDocument, font: PDFFont) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  draw(doc, font);
  return doc.save();
}

const text = async (bytes: Uint8Array) => (await parseDocument(bytes))[0].text;
const put = (page: PDFPage, font: PDFFont, s: string, x: number, y: number, size = 12) => page.drawText(s, { x, y, size, font });

/** A PDF whose CJK font is not embedded and has no ToUnicode map: only the predefined CMap UniGB-UCS2-H decodes it. */
function cjkPdf(words: string): Uint8Array {
  const hex = Buffer.from(words, 'utf16le').swap16().toString('hex');
  const stream = `BT /F1 14 Tf 72 760 Td <${hex}> Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [6 0 R] >>',
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 >>',
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>',
  ];
  return rawPdf(objects);
}

describe('PDF fonts', () => {
  it('decodes a CJK font without an embedded map through the CMaps pdf.js ships (UniGB-UCS2-H)', async () => {
    const words = '二〇二三年本机关主动公开政府信息一千一百三十六条';
    expect((await text(cjkPdf(words))).trim()).toBe(words);
  });
});

describe('PDF layout → text', () => {
  it('reads lines top to bottom even when the stream writes them bottom first', async () => {
    const bytes = await pdf((doc, font) => {
      const page = doc.addPage([WIDTH, HEIGHT]);
      put(page, font, 'Third line of the page', 72, 700);
      put(page, font, 'First line of the page', 72, 740);
      put(page, font, 'Second line of the page', 72, 720);
    });
    expect(await text(bytes)).toMatch(/First line[^]*Second line[^]*Third line/);
  });

  it('drops page numbers (- 2 -, 第2页) and a running header repeated on every page; keeps a number in the body', async () => {
    const bytes = await pdf((doc, font) => {
      for (let n = 1; n <= 3; n++) {
        const page = doc.addPage([WIDTH, HEIGHT]);
        put(page, font, 'Annual report of the county office', 200, 800);
        put(page, font, `Body text on page ${n} counts 1136 items in total.`, 72, 600);
        put(page, font, n === 2 ? '- 2 -' : `Page ${n}`, 280, 40);
      }
    });
    const t = await text(bytes);
    expect(t).not.toContain('Annual report of the county office');
    expect(t).not.toMatch(/- 2 -|Page \d/);
    expect(t).toContain('counts 1136 items');
  });

  it('joins a sentence broken at a full line and across a page break; keeps an indented paragraph apart', async () => {
    const long = 'This is a long line of body text that runs all the way to the right margin of the page and';
    const bytes = await pdf((doc, font) => {
      const p1 = doc.addPage([WIDTH, HEIGHT]);
      put(p1, font, 'Opening paragraph that is short.', 96, 760);
      for (let i = 0; i < 5; i++) put(p1, font, long, 72, 740 - i * 20);
      const p2 = doc.addPage([WIDTH, HEIGHT]);
      put(p2, font, 'ends here on the next page.', 72, 780);
      put(p2, font, 'A new indented paragraph.', 96, 760);
    });
    const t = await text(bytes);
    expect(t).toContain(`${long} ends here on the next page.`);
    expect(t).toMatch(/next page\.\nA new indented paragraph\./);
  });

  it('reads a landscape page (/Rotate 90) in the order it is shown', async () => {
    const bytes = await pdf((doc, font) => {
      const page = doc.addPage([WIDTH, HEIGHT]);
      page.setRotation(degrees(90));
      page.drawText('Shown as the top line', { x: 72, y: 72, size: 12, font, rotate: degrees(90) });
      page.drawText('Shown as the second line', { x: 92, y: 72, size: 12, font, rotate: degrees(90) });
    });
    expect(await text(bytes)).toMatch(/top line\nShown as the second line/);
  });

  it('maps every page to its span of the text', async () => {
    const bytes = await pdf((doc, font) => {
      for (let n = 1; n <= 3; n++) put(doc.addPage([WIDTH, HEIGHT]), font, `Section text of page number ${n}.`, 96, 700);
    });
    const [report] = await parseDocument(bytes);
    expect(report.pages?.map((p) => p.page)).toEqual([1, 2, 3]);
    for (const p of report.pages!) expect(report.text.slice(p.start, p.end)).toContain(`page number ${p.page}`);
  });
});
