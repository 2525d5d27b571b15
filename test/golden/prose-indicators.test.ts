import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../../src/index.js';
import { flattenIndicators } from '../../src/series/compare.js';
import { indicatorReadings } from './indicatorReadings.js';

// Expected indicators were read by hand (fixtures/READINGS.md); this compares the parser with them, key by key.
const readings = indicatorReadings();
const pages = new Map<string, ReturnType<typeof parseReports>>();
const reportOf = (file: string, index: number) => {
  if (!pages.has(file)) pages.set(file, parseReports(readFileSync(file)));
  return pages.get(file)![index];
};

describe('indicators from prose-era reports and the 统计表, against the hand readings', () => {
  const tally: string[] = [];
  let right = 0;
  let total = 0;

  it.each(readings.map((r) => [r.name, r] as const))('%s', (_name, reading) => {
    const report = reportOf(reading.file, reading.index);
    const got = flattenIndicators(report.indicators);
    let ok = 0;
    for (const [key, value] of Object.entries(reading.indicators)) {
      // a value the parser gives must be the right one: a miss is tolerated below, a wrong number never
      if (got.has(key)) expect(got.get(key), key).toBe(value);
      if (got.get(key) !== value) continue;
      ok++;
      // provenance: the value's source lies inside the place the reader quoted
      const src = report.indicatorSources.find((s) => s.key === key)!;
      expect(report.text.slice(src.span.start, src.span.end)).toBe(src.quote);
      const quote = reading.quotes[key];
      // two sentences stating the same zero in words are equal evidence (篇5 says 未收到…申请 twice)
      const bothNegations = report.facts[src.facts[0]].zeroBy === 'negation' && value === 0;
      if (quote && !bothNegations) {
        const places = [...report.text.matchAll(new RegExp(quote.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].map((m) => m.index!);
        expect(places.some((p) => src.span.start >= p && src.span.end <= p + quote.length), `${key} «${quote}»`).toBe(true);
      }
    }
    // nothing filled that the reader did not take
    const extra = [...got.keys()].filter((k) => !(k in reading.indicators));
    expect(extra).toEqual([]);
    right += ok;
    total += Object.keys(reading.indicators).length;
    tally.push(`${reading.name}: ${ok}/${Object.keys(reading.indicators).length}`);
  });

  it('recall over all readings (measured 349/351)', () => {
    console.log(`indicators right / expected:\n  ${tally.join('\n  ')}\n  total ${right}/${total}`);
    expect(right).toBeGreaterThanOrEqual(349);
  });
});

describe('the same readings when a page store turned 。，：；（） into half-width . , : ; ( )', () => {
  const ascii = (s: string) => s.replace(/[，。：；（）]/g, (c) => ({ '，': ',', '。': '.', '：': ':', '；': ';', '（': '(', '）': ')' })[c]!);
  it.each(readings.filter((r) => !r.name.startsWith('seed')).map((r) => [r.name, r] as const))('%s', (_name, reading) => {
    const report = parseReports(ascii(readFileSync(reading.file, 'utf8')))[reading.index];
    const got = flattenIndicators(report.indicators);
    const wrong = Object.entries(reading.indicators).filter(([key, value]) => got.get(key) !== value);
    expect(wrong).toEqual([]);
  });
});
