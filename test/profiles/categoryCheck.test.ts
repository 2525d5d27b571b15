import { describe, expect, it } from 'vitest';
import { findSections } from '../../src/segment/index.js';
import { extractFacts } from '../../src/extract/index.js';
import { categoryCandidates, readCategories } from '../../src/profiles/disclosure/prose/proseIndicators.js';
import type { Fact } from '../../src/schema/report.js';
import { fixtureReports } from '../helpers/fixtureReports.js';

/** A count fact for the figure `quote` at `start` of `text`. */
function count(text: string, start: number, quote: string, sectionPath: string[]): Fact {
  return { kind: 'count', value: Number(quote.replace(/\D/g, '')), unit: quote.at(-1), quote, span: { start, end: start + quote.length }, sectionPath, rule: 'test', source: 'text' };
}

describe('category lists: sentences are read only where two labels may end in 类', () => {
  it('gives what the long way gives on every fixture report (lists found, and none)', () => {
    let withLists = 0;
    let reports = 0;
    for (const { path: p, text, norm } of fixtureReports()) {
      const { facts } = extractFacts(text, norm, findSections(text, norm));
      const got = categoryCandidates(text, facts);
      expect(got, p).toEqual(readCategories(text, facts));
      if (got.length) withLists++;
      reports++;
    }
    expect(withLists).toBeGreaterThan(3);
    expect(reports - withLists).toBeGreaterThan(3);
  });

  it('gives what the long way gives with 类 at every distance before the figures (in reach, at its edge, beyond)', () => {
    // a label keeps ending in 类 across spaces and 共计 before its figure (trimmed), so 类 may stand far back
    const path = ['二、主动公开政府信息情况'];
    let found = 0;
    for (let gapA = 0; gapA <= 34; gapA++) {
      for (const gapB of [0, 5, 25, 26, 27, 28, 29, 30, 31]) {
        const a = `规划计划类${' '.repeat(gapA)}`;
        const b = `工作动态类信息共计${' '.repeat(gapB)}`;
        const text = `主动公开政府信息中，${a}60条，${b}45条，其他3条。`;
        const facts = ['60条', '45条', '3条'].map((q) => count(text, text.indexOf(q), q, path));
        const got = categoryCandidates(text, facts);
        expect(got, text).toEqual(readCategories(text, facts));
        if (got.length) found++;
      }
    }
    expect(found).toBeGreaterThan(10);
    expect(found).toBeLessThan(35 * 9);
  });
});
