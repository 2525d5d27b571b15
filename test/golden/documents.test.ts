/**
 * PDF and Word reports read through the async entry: the 062 PDF (WPS, 表三 across a page break, a vertical group
 * label, its published 表四 totals wrong) against its human reading, and the 031 page saved as DOCX and DOC against
 * the same page's HTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, parseReport, ReportSchema, type Report } from '../../src/index.js';
import { goldCells, valueAt, type Gold } from './documentReadings.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function spansHold(report: Report): void {
  for (const f of report.facts) expect(report.text.slice(f.span.start, f.span.end)).toBe(f.quote);
  for (const s of report.indicatorSources) expect(report.text.slice(s.span.start, s.span.end)).toBe(s.quote);
  for (const t of report.tables) {
    for (const row of t.rows) for (const cell of row) if (cell.span) expect(report.text.slice(cell.span.start, cell.span.end)).toBe(cell.text);
  }
  expect(() => ReportSchema.parse(report)).not.toThrow();
}

describe('062 洪泽区 2023 PDF', () => {
  const file = join(FIXTURES, 'pdf/062-b-hongze-2023.pdf');
  const gold = JSON.parse(readFileSync(join(FIXTURES, 'pdf/062-b-hongze-2023.gold.json'), 'utf8')) as Gold;
  let report: Report;

  it('reads as a PDF: agency, year, the six top-level headings, pages mapped', async () => {
    [report] = await parseFile(file);
    expect(report.source.format).toBe('pdf');
    expect(report.agency).toBe(gold.agency);
    expect(report.year).toBe(gold.year);
    const headings = report.sections.filter((s) => s.level === 1).map((s) => s.heading.trim());
    expect(headings).toEqual(expect.arrayContaining((gold as Gold & { sections: string[] }).sections));
    expect(report.pages?.map((p) => p.page)).toEqual([1, 2, 3, 4, 5]);
    spansHold(report);
  });

  it('drops page numbers (- 3 -) and joins sentences broken at line ends', () => {
    expect(report.text).not.toMatch(/^\s*-\s*\d+\s*-\s*$/m);
    // a sentence set over two lines of page 1
    expect(report.text).toContain('根据《中华人民共和国政府信息公开条例》（国令第 711 号）');
    for (const f of gold.facts) expect(report.text).toContain(f.quote);
  });

  it('gives every 表三 and 表四 cell of the reading, the vertical 三、本年… label kept', () => {
    const wrong: string[] = [];
    const cells = goldCells(gold);
    for (const [key, value] of cells) {
      const got = valueAt(report.indicators, key);
      if (got !== value) wrong.push(`${key}: got ${String(got)}, reading ${value}`);
    }
    expect(wrong).toEqual([]);
    expect(cells.length).toBe(23 * 7 + 15);
    const table3 = report.tables.find((t) => t.rows.some((r) => r.some((c) => c.text.includes('本年新收'))))!;
    expect(table3.source).toBe('pdf');
    expect(table3.rows.some((r) => r.some((c) => c.text.startsWith('三、本年')))).toBe(true);
  });

  it('warns that the published 表四 totals do not add up, and keeps them as printed', () => {
    expect(report.indicators.reviewsAndLawsuits?.review?.total).toBe(0);
    const mismatch = report.warnings.filter((w) => w.code === 'TOTAL_MISMATCH').map((w) => w.message);
    expect(mismatch.some((m) => m.includes('行政复议'))).toBe(true);
    expect(mismatch.some((m) => m.includes('复议后起诉'))).toBe(true);
  });

  it('the sync entry refuses the PDF with a typed error naming the async entry', () => {
    expect(() => parseReport(readFileSync(file))).toThrow(expect.objectContaining({ code: 'NEEDS_ASYNC', message: expect.stringContaining('parseFile') }));
  });
});

describe('031 沭阳县发改局 2023 as Word writes it', () => {
  const html = parseReport(readFileSync(join(FIXTURES, 'corpus/031-b-shuyang-fgj-2023.html')));
  const gold = JSON.parse(readFileSync(join(FIXTURES, 'corpus/031-b-shuyang-fgj-2023.gold.json'), 'utf8')) as Gold;

  for (const [name, format] of [['031-b-shuyang-fgj-2023.docx', 'docx'], ['031-b-shuyang-fgj-2023.doc', 'doc']] as const) {
    it(`${name}: the same indicators as the HTML page, every reading cell right`, async () => {
      const [report] = await parseFile(join(FIXTURES, 'word', name));
      expect(report.source.format).toBe(format);
      spansHold(report);
      expect(report.indicators).toEqual(html.indicators);
      for (const [key, value] of goldCells(gold)) expect(valueAt(report.indicators, key), key).toBe(value);
      expect(report.agency).toBe(html.agency);
      expect(report.year).toBe(html.year);
    });
  }
});
