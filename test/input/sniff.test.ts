/** sniffFormat looks for a late `%PDF-` only after a first byte that `[\s\0]` matches: that guard must lose no PDF. */
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/input/sniff.js';

const pdfAfter = (prefix: number[]) => new Uint8Array([...prefix, ...Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n', 'latin1')]);

describe('sniffFormat: a PDF after leading blanks', () => {
  it('finds it after every kind of leading blank byte and after several', () => {
    for (const b of [0x00, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0]) expect(sniffFormat(pdfAfter([b])).format, `0x${b.toString(16)}`).toBe('pdf');
    expect(sniffFormat(pdfAfter([0x0d, 0x0a, 0x00, 0x00, 0x20])).format).toBe('pdf');
    expect(sniffFormat(pdfAfter([])).format).toBe('pdf');
  });

  it('calls a first byte the pattern cannot skip text, whatever follows', () => {
    for (let b = 0; b < 256; b++) {
      const skipped = /^[\s\0]$/.test(String.fromCharCode(b)); // what the pattern would skip, byte by byte (latin1)
      const sniffed = sniffFormat(pdfAfter([b])).format;
      if (skipped) expect(sniffed, `0x${b.toString(16)}`).toBe('pdf');
      else if (b !== 0x25) expect(['text', 'unsupported'], `0x${b.toString(16)}`).toContain(sniffed);
    }
  });

  it('reads a Chinese text or an HTML page as text', () => {
    expect(sniffFormat(Buffer.from('兴华乡2010年政府信息公开报告\n%PDF-')).format).toBe('text');
    expect(sniffFormat(Buffer.from('<html><body>%PDF-</body></html>')).format).toBe('text');
  });
});
