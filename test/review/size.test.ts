// Size and opening of large reports: a 50 KB report → page under 2 MB; a 1 MB report still opens with every
// highlight. Times are printed, not asserted (speed is guarded by measurement, not by timed tests).
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReports } from '../../src/index.js';
import { renderReview } from '../../src/review/index.js';
import { HAVE_CHROMIUM, launchChromium, openPage, writeTempPage } from './browser.js';

/** A long single report: 平潭 2019 (tables flattened into the text) with its body repeated up to `bytes`. */
function longReport(bytes: number): string {
  const src = readFileSync(new URL('../../fixtures/corpus/019-b-pingtan-2019.txt', import.meta.url), 'utf8');
  const bodyStart = src.indexOf('\n', src.indexOf('==== 正文 ====')) + 1;
  let text = src;
  while (Buffer.byteLength(text) < bytes) text += src.slice(bodyStart);
  return text;
}

describe('page size', () => {
  it('a 50 KB report gives a page under 2 MB', () => {
    const reports = parseReports(longReport(50 * 1024), { source: 'long-50k.txt' });
    expect(reports).toHaveLength(1);
    expect(reports[0].facts.length).toBeGreaterThan(100);
    const size = Buffer.byteLength(renderReview(reports));
    console.info(`review page of a 50 KB report: ${(size / 1024).toFixed(0)} KB, ${reports[0].facts.length} facts`);
    expect(size).toBeLessThan(2 * 1024 * 1024);
  });
});

describe.skipIf(!HAVE_CHROMIUM)('large reports open in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([50 * 1024, 1024 * 1024])('a %i-byte report opens with one highlight per fact and answers j', async (bytes) => {
    const reports = parseReports(longReport(bytes), { source: 'long.txt' });
    const html = renderReview(reports);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const { url } = writeTempPage(html);
    const t0 = performance.now();
    await openPage(page, url);
    const opened = performance.now() - t0;
    const heads = await page.$$eval('#r0-rep .text .hl:not(.cont)', (els) => els.length);
    expect(heads).toBe(reports[0].facts.length);
    await page.keyboard.press('j');
    await page.waitForSelector('#r0-rep .text .cur');
    const dcl = await page.evaluate(() => Math.round((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd));
    console.info(
      `review page of a ${(bytes / 1024).toFixed(0)} KB report: ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB, ` +
        `${reports[0].facts.length} facts, DOMContentLoaded ${dcl} ms, ready ${opened.toFixed(0)} ms`,
    );
    await page.close();
  }, 180_000);
});
