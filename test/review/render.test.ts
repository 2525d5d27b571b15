// renderReview read back as HTML (no browser): CSP by hash, labels, odd reports.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { parseReports, type Report } from '../../src/index.js';
import { renderReview } from '../../src/review/index.js';
import { highlightKind, indicatorLabel, indicatorUnit } from '../../src/review/labels.js';

const [report022] = parseReports(readFileSync(new URL('../../fixtures/corpus/022-b-pingtan-2022.txt', import.meta.url)), {
  source: '022.txt',
});

describe('renderReview', () => {
  it('allows exactly its own script, by SHA-256, and nothing from the network', () => {
    const $ = cheerio.load(renderReview([report022]));
    const csp = $('meta[http-equiv="Content-Security-Policy"]').attr('content')!;
    const script = $('script:not([type])').html()!;
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).toMatch(/^default-src 'none';/);
    expect(csp).not.toContain('unsafe-eval');
  });
  it('is the same bytes for the same reports', () => {
    expect(renderReview([report022])).toBe(renderReview([report022]));
  });
  it('embeds the facts as JSON that parses back to the report’s facts', () => {
    const $ = cheerio.load(renderReview([report022]));
    const data = JSON.parse($('#nb-data').text());
    expect(data.reports[0].facts).toEqual(JSON.parse(JSON.stringify(report022.facts)));
  });
  it('renders a page with no reports, and a report with no facts, sections or tables', () => {
    expect(cheerio.load(renderReview([]))('.empty').text()).toContain('no reports');
    const bare: Report = { ...report022, facts: [], sections: [], tables: [], warnings: [], indicators: {}, indicatorSources: [] };
    const $ = cheerio.load(renderReview([bare]));
    expect($('#r0-rep .text').text()).toBe(report022.text);
    expect($('#r0-rep .empty').length).toBe(5);
  });
  it('flags a fact whose span does not slice to its quote, and still renders it', () => {
    const broken: Report = { ...report022, facts: [{ ...report022.facts[0], quote: 'not the text' }] };
    const $ = cheerio.load(renderReview([broken]));
    expect($('#r0-rep .warns').text()).toContain('REVIEW_QUOTE_MISMATCH');
    expect($('#r0-f0').length).toBe(1);
  });
  it('keeps a span past the end of the text inside the text', () => {
    const f = report022.facts[0];
    const past: Report = { ...report022, facts: [{ ...f, span: { start: report022.text.length - 2, end: report022.text.length + 50 } }] };
    const $ = cheerio.load(renderReview([past]));
    expect($('#r0-f0').text()).toBe(report022.text.slice(-2));
    expect($('#r0-rep .text').text()).toBe(report022.text);
  });
});

describe('labels', () => {
  it('names 表三 rows in Chinese: applications.denied.stateSecret.total', () => {
    expect(indicatorLabel('applications.denied.stateSecret.total')).toBe('依申请公开 · 不予公开 · 属于国家秘密 · 总计');
  });
  it('keeps a category key as the report wrote it: proactive.categories.机构职能类', () => {
    expect(indicatorLabel('proactive.categories.机构职能类')).toBe('主动公开 · 分类 · 机构职能类');
  });
  it('does not read labels off Object.prototype', () => {
    expect(indicatorLabel('constructor.__proto__')).toBe('constructor · __proto__');
  });
  it('gives units from the key: feesTenThousandYuan → 万元, feesCollectedYuan → 元', () => {
    expect(indicatorUnit('proactive.feesTenThousandYuan')).toBe('万元');
    expect(indicatorUnit('feesCollectedYuan')).toBe('元');
    expect(indicatorUnit('applications.newReceived.total')).toBeUndefined();
  });
  it('shows 未收到 zeros as their own kind, date ranges as dates', () => {
    expect(highlightKind({ kind: 'count', zeroBy: 'negation' })).toBe('zero');
    expect(highlightKind({ kind: 'dateRange' })).toBe('date');
  });
});

describe('approximate figures', () => {
  it('shows 80余份 as 80余 and 约12 as 约12 in the facts list', () => {
    const f = report022.facts[0];
    const approx: Report = {
      ...report022,
      facts: [
        { ...f, value: 80, approx: 'more-than' },
        { ...f, value: 12, approx: 'about' },
      ],
    };
    const $ = cheerio.load(renderReview([approx]));
    expect($('#r0-F0 td.num').text()).toBe('80余');
    expect($('#r0-F1 td.num').text()).toBe('约12');
  });
});
