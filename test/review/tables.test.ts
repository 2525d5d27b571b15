// Rebuilt tables: the grid keeps its rowspan/colspan, and every cell with a source jumps to that place in the text.
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReports, type Report } from '../../src/index.js';
import { renderReview } from '../../src/review/index.js';
import { HAVE_CHROMIUM, launchChromium, openPage, watchPage, writeTempPage } from './browser.js';

// 沭阳县发改局 2023: 表二/表三/表四 as HTML <table> with rowspan=22 and colspan, read into grids by the pipeline.
const HTML_031 = 'fixtures/corpus/031-b-shuyang-fgj-2023.html';
// 平潭 2019: the tables flattened into the text (`713000074` = 71|3|0|0|0|0|74), rebuilt as grids by the pipeline.
const TEXT_019 = 'fixtures/corpus/019-b-pingtan-2019.txt';
const read = (path: string) => parseReports(readFileSync(new URL(`../../${path}`, import.meta.url)), { source: path });

/** What clicking cell (t, r, c) must mark in the text: the fact read from it, else its own (or its origin's) span. */
function expectedTarget(report: Report, t: number, r: number, c: number): string | undefined {
  const fact = report.facts.find((f) => f.cell && f.cell.table === t && f.cell.row === r && f.cell.col === c);
  if (fact) return fact.quote;
  const cell = report.tables[t].rows[r][c];
  const from = cell.origin ? report.tables[t].rows[cell.origin[0]][cell.origin[1]] : cell;
  return from.span ? report.text.slice(from.span.start, from.span.end) : undefined;
}

describe('rebuilt grids (no browser)', () => {
  const [report] = read(HTML_031);
  it('031: the pipeline gives tables, and the page draws each with its rowspan/colspan', () => {
    expect(report.tables.length).toBeGreaterThanOrEqual(3);
    const $ = cheerio.load(renderReview([report]));
    report.tables.forEach((t, ti) => {
      const grid = $(`#r0-T${ti} table`);
      // Drawn cells cover the grid exactly: sum of rowspan × colspan = rows × columns.
      let area = 0;
      grid.find('td').each((_, td) => {
        area += Number($(td).attr('rowspan') ?? 1) * Number($(td).attr('colspan') ?? 1);
      });
      expect(area).toBe(t.rows.reduce((n, row) => n + row.length, 0));
    });
    expect($('td[rowspan]').length).toBeGreaterThan(0);
    expect($('td[colspan]').length).toBeGreaterThan(0);
  });
});

describe.skipIf(!HAVE_CHROMIUM)('table cells jump to their source in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([HTML_031, TEXT_019])('%s: clicking a cell of 表二/表三/表四 marks the text it was read from', async (path) => {
    const [report] = read(path);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const { url } = writeTempPage(renderReview([report], { file: path }));
    const seen = await watchPage(page, url);
    await openPage(page, url);
    await page.click('#r0-rep [data-tab="tables"]');
    // Every numeric cell, plus the first cell of each row (its label).
    const cells: Array<[number, number, number]> = [];
    report.tables.forEach((t, ti) =>
      t.rows.forEach((row, ri) =>
        row.forEach((cell, ci) => {
          if ((typeof cell.value === 'number' || ci === 0) && !cell.origin && expectedTarget(report, ti, ri, ci)) cells.push([ti, ri, ci]);
        }),
      ),
    );
    expect(report.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['表三']));
    expect(cells.length).toBeGreaterThan(30);
    // A few with real mouse clicks, then every cell with a click event from inside the page (fast).
    for (const [t, r, c] of cells.slice(0, 8)) {
      const td = page.locator(`#r0-rep td[data-cell="${t}.${r}.${c}"]`);
      await td.click();
      const marked = await page.$$eval('#r0-rep .text .cur', (els) => els.map((e) => e.textContent).join(''));
      expect(marked, `cell ${t}.${r}.${c}`).toBe(expectedTarget(report, t, r, c));
      expect(await td.getAttribute('class')).toContain('sel');
    }
    const marks = await page.evaluate((keys) => {
      return keys.map((key) => {
        const td = document.querySelector<HTMLElement>(`#r0-rep td[data-cell="${key}"]`)!;
        td.click();
        const cur = Array.from(document.querySelectorAll('#r0-rep .text .cur'), (e) => e.textContent).join('');
        return [cur, td.classList.contains('sel')] as const;
      });
    }, cells.map((cell) => cell.join('.')));
    expect(marks).toEqual(cells.map(([t, r, c]) => [expectedTarget(report, t, r, c), true]));
    expect(seen).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [], requests: [] });
    await page.close();
  }, 180_000);
});
