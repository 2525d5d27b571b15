// Headless Chromium (Debian's package) for the review page tests, driven by playwright-core — no browser download.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.NIANBAO_CHROMIUM ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

if (!HAVE_CHROMIUM) {
  const msg = `review page browser tests: ${CHROMIUM} not found (install the Debian package "chromium")`;
  if (process.env.CI) throw new Error(`${msg}; CI must run them`);
  console.warn(`${msg}; skipping them`);
}

/** Launches Chromium with a fresh temporary profile (playwright's default for `launch`). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** Writes a page to a fresh temp folder and returns its file:// URL. */
export function writeTempPage(html: string, name = 'review.html'): { path: string; url: string } {
  const path = join(mkdtempSync(join(tmpdir(), 'nianbao-review-')), name);
  writeFileSync(path, html);
  return { path, url: pathToFileURL(path).href };
}

/** What a page did that it must not: dialogs, console errors, uncaught errors, requests other than its own file. */
export interface Misbehaviour {
  dialogs: string[];
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
}

/** Watches a page for dialogs, console errors, page errors and requests (all but the page's own file are aborted). */
export async function watchPage(page: Page, ownUrl: string): Promise<Misbehaviour> {
  const seen: Misbehaviour = { dialogs: [], consoleErrors: [], pageErrors: [], requests: [] };
  page.on('dialog', (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') seen.consoleErrors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (err) => seen.pageErrors.push(err.message));
  page.on('request', (r) => {
    if (r.url() !== ownUrl) seen.requests.push(r.url());
  });
  await page.route('**/*', (route) => {
    if (route.request().url() === ownUrl) return route.continue();
    seen.requests.push(`routed: ${route.request().url()}`);
    return route.abort();
  });
  return seen;
}

/** Opens a page from disk and waits until its script has run. */
export async function openPage(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="1"]', { timeout: 30_000 });
}
