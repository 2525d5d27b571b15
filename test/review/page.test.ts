// The review page in a real browser: every fact highlighted once, rows and highlights linked both ways, keyboard,
// search, report tabs, and the screenshot for docs/review.md.
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReports, type Report } from '../../src/index.js';
import { renderReview } from '../../src/review/index.js';
import { HAVE_CHROMIUM, launchChromium, openPage, watchPage, writeTempPage } from './browser.js';

const SEED = 'fixtures/seed/000_b61ef283626af920.txt';
const CORPUS_022 = 'fixtures/corpus/022-b-pingtan-2022.txt';
const read = (path: string) => parseReports(readFileSync(new URL(`../../${path}`, import.meta.url)), { source: path });

/** Per report: the text of each fact's highlight (its fragments joined), and how many highlight heads there are. */
async function highlightTexts(page: Page, r: number): Promise<{ heads: number; texts: string[] }> {
  return page.evaluate((r) => {
    const root = document.getElementById(`r${r}-rep`)!.querySelector('.text')!;
    const texts: string[] = [];
    root.querySelectorAll<HTMLElement>('.hl[data-f]').forEach((el) => {
      const i = Number(el.dataset.f);
      texts[i] = (texts[i] ?? '') + el.textContent;
    });
    return { heads: root.querySelectorAll('.hl[data-f]:not(.cont)').length, texts };
  }, r);
}

describe.skipIf(!HAVE_CHROMIUM)('review page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const seed = read(SEED);
  const corpus = read(CORPUS_022);

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(reports: Report[], file: string) {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const { url } = writeTempPage(renderReview(reports, { file }));
    const seen = await watchPage(page, url);
    await openPage(page, url);
    return seen;
  }

  it('seed page (篇1…篇10): one highlight per fact in every report, each reading exactly its quote', async () => {
    const seen = await open(seed, SEED);
    expect(seed.length).toBe(10);
    for (let r = 0; r < seed.length; r++) {
      const { heads, texts } = await highlightTexts(page, r);
      expect(heads).toBe(seed[r].facts.length);
      expect(texts).toEqual(seed[r].facts.map((f) => f.quote));
    }
    expect(seen).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [], requests: [] });
    await page.close();
  });

  it('corpus report 022 (平潭 2022): highlights equal facts; clicking the last fact row scrolls to and marks it', async () => {
    await open(corpus, CORPUS_022);
    const facts = corpus[0].facts;
    expect(facts.length).toBeGreaterThan(5);
    const { heads, texts } = await highlightTexts(page, 0);
    expect(heads).toBe(facts.length);
    expect(texts).toEqual(facts.map((f) => f.quote));

    const i = facts.length - 1;
    await page.click(`#r0-F${i}`);
    const hl = page.locator(`#r0-f${i}`);
    await expect.poll(() => hl.getAttribute('class')).toContain('cur');
    expect(await hl.evaluate((el) => el.getBoundingClientRect().top > 0 && el.getBoundingClientRect().bottom < innerHeight)).toBe(true);
    const marked = await page.$$eval('#r0-rep .text .cur', (els) => els.map((e) => e.textContent).join(''));
    expect(marked).toBe(facts[i].quote);
    expect(await page.locator('#r0-F' + i).getAttribute('class')).toContain('sel');
    expect(await page.locator('#r0-rep .detail').textContent()).toContain(facts[i].quote);
    await page.close();
  });

  it('clicking a highlight in the text selects its row in the panel', async () => {
    await open(corpus, CORPUS_022);
    const i = Math.floor(corpus[0].facts.length / 2);
    await page.click(`#r0-f${i}`);
    await expect.poll(() => page.locator(`#r0-F${i}`).getAttribute('class')).toContain('sel');
    await expect.poll(() => page.locator(`#r0-F${i}`).evaluate((el) => el.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
    await page.close();
  });

  it('j/k step through the figures in text order; / searches the text and filters the rows', async () => {
    await open(corpus, CORPUS_022);
    for (const key of ['j', 'j', 'j', 'k']) await page.keyboard.press(key);
    expect(await page.locator('#r0-F1').getAttribute('class')).toContain('sel');
    expect(await page.$$eval('#r0-rep .text .cur', (els) => els.map((e) => e.textContent).join(''))).toBe(corpus[0].facts[1].quote);

    const needle = corpus[0].facts[0].quote;
    await page.keyboard.press('/');
    await page.keyboard.type(needle);
    await expect.poll(() => page.locator('#nb-hits').textContent()).toMatch(/\d+ 处/);
    await page.keyboard.press('Enter');
    const hits = corpus[0].text.split(needle).length - 1;
    expect(await page.locator('#nb-hits').textContent()).toBe(`1 / ${hits} 处`);
    expect(await page.evaluate(() => (CSS.highlights as unknown as Map<string, Set<Range>>).get('nb-cur')?.size)).toBe(1);
    const rows = await page.$$eval('#r0-rep .facts tbody tr:not(.nomatch)', (trs) => trs.map((tr) => tr.textContent ?? ''));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toContain(needle);
    await page.close();
  });

  it('several reports are tabs: 篇3 shows its own text and its fact rows jump within it', async () => {
    await open(seed, SEED);
    const r = seed.findIndex((rep, k) => k > 0 && rep.facts.length > 0);
    await page.click(`[data-rep="${r}"]`);
    expect(await page.locator(`#r${r}-rep`).isVisible()).toBe(true);
    expect(await page.locator('#r0-rep').isVisible()).toBe(false);
    await page.click(`#r${r}-F0`);
    await expect.poll(() => page.locator(`#r${r}-f0`).getAttribute('class')).toContain('cur');
    expect(await page.locator(`#r${r}-f0`).textContent()).toBe(seed[r].facts[0].quote);
    await page.close();
  });

  it('the outline jumps to a section heading', async () => {
    await open(corpus, CORPUS_022);
    const sections = corpus[0].sections;
    expect(sections.length).toBeGreaterThan(1);
    const last = sections[sections.length - 1];
    await page.locator('#r0-rep .outline a').filter({ hasText: last.heading }).first().click();
    const marked = await page.$$eval('#r0-rep .text .cur', (els) => els.map((e) => e.textContent).join(''));
    expect(marked).toBe(corpus[0].text.slice(last.headingSpan.start, last.headingSpan.end));
    await page.close();
  });

  it('019 (平潭 2019): each warning with a place and each indicator row marks its source in the text', async () => {
    const [report] = read('fixtures/corpus/019-b-pingtan-2019.txt');
    await open([report], '019');
    const placed = report.warnings.map((w, i) => [w, i] as const).filter(([w]) => w.span);
    expect(placed.length).toBeGreaterThan(0);
    await page.click('#r0-rep [data-tab="warns"]');
    for (const [w, i] of placed) {
      await page.click(`#r0-W${i}`);
      const marked = await page.$$eval('#r0-rep .text .cur', (els) => els.map((e) => e.textContent).join(''));
      expect(marked, w.code).toBe(report.text.slice(w.span!.start, w.span!.end));
    }
    // Indicators: the row marks the first fact it was read from; the fact's details link back to the row.
    const sources = report.indicatorSources.filter((src) => src.facts.length);
    expect(sources.length).toBeGreaterThan(10);
    await page.click('#r0-rep [data-tab="inds"]');
    const rowKeys = await page.$$eval('#r0-rep .inds tbody tr', (trs) => trs.map((tr) => tr.querySelector('.key')!.textContent));
    for (const src of sources.slice(0, 12)) {
      const row = rowKeys.indexOf(src.key);
      await page.click(`#r0-I${row}`);
      const marked = await page.$$eval('#r0-rep .text .cur', (els) => els.map((e) => e.textContent).join(''));
      expect(marked, src.key).toBe(report.facts[src.facts[0]].quote);
    }
    const src = sources[0];
    await page.click(`#r0-f${src.facts[0]}`);
    const link = page.locator('#r0-rep .detail a[data-ind-row]').first();
    const key = await link.getAttribute('title');
    expect(report.indicatorSources.find((s) => s.key === key)?.facts).toContain(src.facts[0]);
    await link.click();
    expect(await page.locator('#r0-rep .inds tr.sel .key').textContent()).toBe(key);
    await page.close();
  });

  it('a link to #r2-f1 opens on 篇3, its second figure marked and selected', async () => {
    const r = seed.findIndex((rep, k) => k >= 2 && rep.facts.length > 1);
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const { url } = writeTempPage(renderReview(seed, { file: SEED }));
    await openPage(page, `${url}#r${r}-f1`);
    expect(await page.locator(`#r${r}-rep`).isVisible()).toBe(true);
    expect(await page.locator(`#r${r}-f1`).getAttribute('class')).toContain('cur');
    expect(await page.locator(`#r${r}-F1`).getAttribute('class')).toContain('sel');
    await page.close();
  });

  it('without script, every report and its facts list still show, one after the other', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(writeTempPage(renderReview(seed, { file: SEED })).url);
    expect(await noJs.locator('.rep:visible').count()).toBe(seed.length);
    expect(await noJs.locator('.pane[data-pane="facts"]:visible').count()).toBe(seed.length);
    expect(await noJs.locator('.text .hl:not(.cont)').count()).toBe(seed.reduce((n, r) => n + r.facts.length, 0));
    await context.close();
  });

  // The screenshot goes to out/ on every run; UPDATE_DOCS=1 also refreshes docs/img/review.png (so a test run does
  // not dirty the work tree).
  it('writes a screenshot of a seed report page (out/review.png; docs/img/review.png with UPDATE_DOCS=1)', async () => {
    await open(seed, SEED);
    // The report with the most figures, its third figure selected.
    const r = seed.reduce((best, rep, k) => (rep.facts.length > seed[best].facts.length ? k : best), 0);
    await page.click(`[data-rep="${r}"]`);
    await page.click(`#r${r}-F${Math.min(2, seed[r].facts.length - 1)}`);
    const dir = process.env.UPDATE_DOCS ? '../../docs/img/' : '../../out/';
    mkdirSync(new URL(dir, import.meta.url), { recursive: true });
    const png = await page.screenshot({ path: new URL(`${dir}review.png`, import.meta.url).pathname });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
    await page.close();
  });
});
