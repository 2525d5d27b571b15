import * as cheerio from 'cheerio';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkedText, type Mark } from '../../src/review/marks.js';

/** Parses the rendered HTML and returns its text and, per mark key, the text of all its fragments joined. */
function readBack(html: string): { text: string; byKey: Map<string, string>; firsts: Map<string, number> } {
  const $ = cheerio.load(`<div id="root">${html}</div>`);
  const byKey = new Map<string, string>();
  const firsts = new Map<string, number>();
  $('#root span').each((_, el) => {
    const key = $(el).attr('data-k')!;
    byKey.set(key, (byKey.get(key) ?? '') + $(el).text());
    if ($(el).attr('id')) firsts.set(key, (firsts.get(key) ?? 0) + 1);
  });
  return { text: $('#root').text(), byKey, firsts };
}

const mark = (start: number, end: number, k: string): Mark => ({ start, end, cls: 'm', id: `m${k}`, attrs: { 'data-k': k } });

describe('renderMarkedText', () => {
  it('nests a fact inside a table cell span: 本年新收|15件', () => {
    const text = '本年新收15件';
    const html = renderMarkedText(text, [mark(0, 7, 'cell'), mark(4, 7, 'fact')]);
    expect(html).toBe('<span class="m" id="mcell" data-k="cell">本年新收<span class="m" id="mfact" data-k="fact">15件</span></span>');
  });
  it('splits a range crossed by another into fragments; only the first carries the id', () => {
    const text = 'abcdef';
    const html = renderMarkedText(text, [mark(0, 4, 'a'), mark(2, 6, 'b')]);
    const back = readBack(html);
    expect(back.text).toBe(text);
    expect(back.byKey.get('a')).toBe('abcd');
    expect(back.byKey.get('b')).toBe('cdef');
    expect(html.match(/id="mb"/g)).toHaveLength(1);
    expect(html).toContain('class="m cont"');
  });
  it('escapes the text around and inside marks: <script> stays text', () => {
    const text = '<script>alert(1)</script>12件';
    const html = renderMarkedText(text, [mark(25, 28, 'f')]);
    expect(html).not.toContain('<script');
    expect(readBack(html).byKey.get('f')).toBe('12件');
  });
  it('clamps spans past the end and renders empty ranges as empty elements', () => {
    const html = renderMarkedText('abc', [mark(2, 99, 'x'), mark(1, 1, 'e')]);
    expect(readBack(html)).toMatchObject({ text: 'abc' });
    expect(readBack(html).byKey.get('x')).toBe('c');
    expect(html).toContain('id="me"');
  });
  it('any marks over any text (CR, NUL, lone surrogates included): the text survives and every mark reads back its own slice', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(45), fc.nat(45)), { maxLength: 12 }),
        (text, pairs) => {
          const marks = pairs.map(([a, b], i) => mark(Math.min(a, b), Math.max(a, b), String(i)));
          const back = readBack(renderMarkedText(text, marks));
          expect(back.text).toBe(text.replace(/\0/g, '\uFFFD'));
          marks.forEach((m, i) => {
            const s = Math.min(m.start, text.length);
            const want = text.slice(s, Math.max(s, Math.min(m.end, text.length)));
            expect(back.byKey.get(String(i)) ?? '').toBe(want.replace(/\0/g, '\uFFFD'));
            expect(back.firsts.get(String(i))).toBe(1);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
  it('stays linear: 20 000 marks over 200 000 characters', () => {
    const text = '收到申请12件。'.repeat(25_000);
    const marks = Array.from({ length: 20_000 }, (_, i) => mark(i * 8 + 4, i * 8 + 7, String(i)));
    marks.push(mark(0, text.length, 'all'));
    const html = renderMarkedText(text, marks);
    expect(html.match(/<span/g)).toHaveLength(20_001);
  });
});
