// The report text is untrusted: fixtures/hostile/injection.{txt,html} carry <script>, "><img onerror=…>, </style>,
// </script>, javascript: links, U+2028/2029 and a CR. The page must show them as text and run nothing.
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReports, type Report } from '../../src/index.js';
import { renderReview } from '../../src/review/index.js';
import { HAVE_CHROMIUM, launchChromium, openPage, watchPage, writeTempPage } from './browser.js';

const TXT = 'fixtures/hostile/injection.txt';
const HTML = 'fixtures/hostile/injection.html';
const read = (path: string) => parseReports(readFileSync(new URL(`../../${path}`, import.meta.url)), { source: path });

const PAYLOAD = `"><img src=x onerror=alert(1)></style></script><script>alert(2)</script><a href="javascript:alert(3)">x</a>`;

/** The injection report with a payload in every string the page shows: title, headings, subjects, cells, warnings, file. */
function hostileEverywhere(): Report[] {
  const [r] = read(TXT);
  const text = r.text;
  const first = r.facts[0];
  return [
    {
      ...r,
      title: PAYLOAD,
      agency: PAYLOAD,
      publishedAt: PAYLOAD,
      sections: r.sections.map((s) => ({ ...s, title: PAYLOAD, heading: PAYLOAD, marker: PAYLOAD })),
      facts: r.facts.map((f) => ({ ...f, subject: PAYLOAD, unit: PAYLOAD, rule: PAYLOAD, sectionPath: [PAYLOAD], value: f.value })),
      tables: [
        {
          name: PAYLOAD,
          source: 'text',
          span: { start: 0, end: text.length },
          rows: [[{ text: PAYLOAD }, { text: first.quote, value: 1, span: first.span }]],
        },
      ],
      indicators: { ...r.indicators, proactive: { categories: { [PAYLOAD]: 5 } } },
      indicatorSources: [{ key: `proactive.categories.${PAYLOAD}`, value: 5, facts: [0], quote: first.quote, span: first.span, how: 'prose', rule: PAYLOAD }],
      warnings: [{ code: 'TOTAL_MISMATCH', message: PAYLOAD, span: first.span, data: { [PAYLOAD]: PAYLOAD } }],
      source: { ...r.source, file: PAYLOAD },
    },
  ];
}

describe('review page of hostile text, read as HTML (no browser)', () => {
  const cases: Array<[string, Report[], string]> = [
    [TXT, read(TXT), TXT],
    [HTML, read(HTML), HTML],
    ['payload in every field', hostileEverywhere(), PAYLOAD],
  ];
  it.each(cases)('%s: only the page’s own two scripts, no element from the report', (_name, reports, file) => {
    const $ = cheerio.load(renderReview(reports, { file }));
    expect($('script').length).toBe(2);
    expect($('script[type="application/json"]').length).toBe(1);
    expect($('img, iframe, svg, form, base, link, object, embed, textarea, meta[http-equiv="refresh"]').length).toBe(0);
    expect($('[onerror], [onload], [href^="javascript"], [src]').length).toBe(0);
    expect($('style').length).toBe(1);
    // Every report's text is there, exactly, as text.
    reports.forEach((r, i) => expect($(`#r${i}-rep .text`).text()).toBe(r.text));
  });
  it('the injection text keeps its payloads, U+2028/2029 and CR', () => {
    const [r] = read(TXT);
    for (const s of ['<script>', '"><img src=x onerror=', '</style>', '</script>', 'javascript:alert(3)', '\u2028', '\u2029', '\r']) {
      expect(r.text).toContain(s);
    }
  });
});

describe.skipIf(!HAVE_CHROMIUM)('review page of hostile text in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const cases: Array<[string, () => Report[], string]> = [
    [TXT, () => read(TXT), TXT],
    [HTML, () => read(HTML), HTML],
    ['payload in every field', hostileEverywhere, PAYLOAD],
  ];
  it.each(cases)('%s runs nothing: no dialog, no console error, no request; text shown as written', async (_name, make, file) => {
    const reports = make();
    const page = await browser.newPage();
    const { url } = writeTempPage(renderReview(reports, { file }));
    const seen = await watchPage(page, url);
    await openPage(page, url);
    // Use the page: every fact, every panel, a search for the payload, every link.
    for (let i = 0; i < reports[0].facts.length; i++) await page.keyboard.press('j');
    for (const tab of ['inds', 'tables', 'warns', 'facts']) await page.click(`#r0-rep [data-tab="${tab}"]`);
    await page.keyboard.press('/');
    await page.keyboard.type('<script>');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    for (const el of await page.$$('#r0-rep [data-go]')) await el.evaluate((e) => (e as HTMLElement).click());
    await page.waitForTimeout(200);

    expect(seen).toEqual({ dialogs: [], consoleErrors: [], pageErrors: [], requests: [] });
    expect(await page.evaluate(() => (window as unknown as { __nbPwned?: number }).__nbPwned)).toBeUndefined();
    expect(await page.$$eval('script', (s) => s.length)).toBe(2);
    expect(await page.$$eval('img, iframe, svg, form, base, link, textarea', (s) => s.length)).toBe(0);
    expect(await page.locator('#r0-rep .text').evaluate((el) => el.textContent)).toBe(reports[0].text);
    expect(page.url()).toBe(url);
    await page.close();
  });
});
