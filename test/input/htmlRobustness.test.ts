import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { htmlToDocument } from '../../src/input/html.js';
import { capNesting } from '../../src/input/htmlParse.js';
import { readInput } from '../../src/input/index.js';
import type { HtmlDocument } from '../../src/input/html.js';

/** Every span of every table and cell lies inside the text and slices to what it claims. */
function expectConsistent(doc: HtmlDocument): void {
  for (const table of doc.tables) {
    expect(table.span.start).toBeGreaterThanOrEqual(0);
    expect(table.span.end).toBeLessThanOrEqual(doc.text.length);
    for (const row of table.rows) {
      for (const cell of row) if (cell.span) expect(doc.text.slice(cell.span.start, cell.span.end)).toBe(cell.text);
    }
  }
}

describe('hostile HTML stays bounded (issue 7 item 4)', () => {
  it.each(['div', 'span', 'font', 'b'])('10,000 nested <%s> give the innermost text and HTML_TOO_DEEP, no stack overflow', (tag) => {
    const html = `<p>一、总体情况</p>${`<${tag}>`.repeat(10_000)}全年受理网络问政182件${`</${tag}>`.repeat(10_000)}<p>二、主动公开</p>`;
    const doc = htmlToDocument(html);
    expect(doc.text).toContain('全年受理网络问政182件');
    expect(doc.text).toContain('二、主动公开');
    expect(doc.warnings.map((w) => w.code)).toEqual(['HTML_TOO_DEEP']);
  });

  it('10,000 unclosed nested <div> and 5,000 nested tables do not throw', () => {
    expect(htmlToDocument(`${'<div>'.repeat(10_000)}予以公开26件`).text).toBe('予以公开26件');
    const tables = htmlToDocument(`${'<table><tr><td>'.repeat(5_000)}总计26${'</td></tr></table>'.repeat(5_000)}`);
    expect(tables.text).toContain('总计26');
    expectConsistent(tables);
  });

  it('a 100,000-cell table is cut at maxTableCells with TABLE_TRUNCATED; its text is still written', () => {
    const row = `<tr>${'<td>0</td>'.repeat(9)}<td>1</td></tr>`;
    const doc = htmlToDocument(`<table>${row.repeat(10_000)}</table>`);
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].rows).toHaveLength(1000);
    expect(doc.warnings.map((w) => w.code)).toEqual(['TABLE_TRUNCATED']);
    expect(doc.warnings[0].data).toMatchObject({ rows: 10_000, rowsRead: 1000, maxTableCells: 10_000 });
    expect(doc.text.split('\n')).toHaveLength(10_000);
    expectConsistent(doc);
  });

  it('the limits are options: maxTableCells and maxHtmlDepth', () => {
    const doc = htmlToDocument(`<table>${'<tr><td>a</td><td>1</td></tr>'.repeat(10)}</table>`, { maxTableCells: 6 });
    expect(doc.tables[0].rows).toHaveLength(3);
    const deep = htmlToDocument(`${'<div>'.repeat(50)}x${'</div>'.repeat(50)}`, { maxHtmlDepth: 20 });
    expect(deep.warnings[0]).toMatchObject({ code: 'HTML_TOO_DEEP', data: { dropped: 30, maxDepth: 20 } });
    const viaReadInput = readInput(`<table>${'<tr><td>a</td><td>1</td></tr>'.repeat(10)}</table>`, { maxTableCells: 6 });
    expect(viaReadInput.warnings.map((w) => w.code)).toEqual(['TABLE_TRUNCATED']);
  });

  it('a rowspan × colspan bomb stays within the cell limit', () => {
    const html = `<table><tr><td rowspan="65534" colspan="1000">x</td><td>y</td></tr>${'<tr><td>1</td><td>2</td></tr>'.repeat(2000)}</table>`;
    const doc = htmlToDocument(html);
    const cells = doc.tables[0].rows.reduce((n, r) => n + r.length, 0);
    expect(cells).toBeLessThanOrEqual(10_000);
    expect(doc.warnings.map((w) => w.code)).toContain('TABLE_TRUNCATED');
  });

  it.each([
    ['unclosed tags', '<div><p>予以公开<b>26件<table><tr><td>总计<td>26', '予以公开26件'],
    ['stray end tags', '</td></tr></table><p>部分公开9件</p></div></div>', '部分公开9件'],
    ['an unterminated comment', '<p>不予公开1件</p><!-- 注释 <p>看不见', '不予公开1件'],
    ['an unterminated script', '<p>无法提供37件</p><script>var x = "<p>', '无法提供37件'],
    ['angle brackets in text', '<p>1 < 2 > 0 <<>> 本年新收74件</p>', '本年新收74件'],
  ])('malformed HTML (%s) still gives its text', (_, html, expected) => {
    expect(htmlToDocument(html).text).toContain(expected);
  });

  it('capNesting leaves well-nested pages untouched (same string)', () => {
    const page = '<html><body><div><p>一<p>二<table><tr><td>三</td></tr></table></div><br/><img src=x></body></html>';
    expect(capNesting(page, 5)).toEqual({ html: page, dropped: 0 });
  });

  it('property: any mix of tags, table parts, entities and text never throws and keeps every span exact', () => {
    const piece = fc.constantFrom(
      '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<th>', '<td rowspan="3">', '<td colspan="2">', '<td rowspan="0">',
      '<p>', '</p>', '<div>', '</div>', '<br>', '<span>', '</span>', '<font>', '&nbsp;', '&amp;', '<!--', '-->', '<script>',
      '</script>', '<caption>', '表三', '26', '0', '/', '—', ' ', '\n', '\t', '自然人', '251000元', '<', '>',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 60 }), (parts) => {
        const doc = htmlToDocument(parts.join(''));
        expectConsistent(doc);
      }),
      { numRuns: 300 },
    );
  });

  it('a 1 MB page (031’s article repeated) reads whole: every copy’s tables and text', () => {
    const page = readFileSync(new URL('../../fixtures/corpus/031-b-shuyang-fgj-2023.html', import.meta.url), 'utf8');
    const start = page.indexOf('<ucapcontent>') + '<ucapcontent>'.length;
    const end = page.indexOf('</ucapcontent>');
    const copies = Math.ceil((1024 * 1024 - page.length) / (end - start)) + 1;
    const big = page.slice(0, start) + page.slice(start, end).repeat(copies) + page.slice(end);
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const doc = readInput(new TextEncoder().encode(big));
    expect(doc.tables).toHaveLength(3 * copies);
    expect(doc.text.split('各类公开政府信息249条')).toHaveLength(copies + 1);
    expect(doc.warnings).toEqual([]);
    expectConsistent(doc);
  });
});
