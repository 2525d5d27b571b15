import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../src/input/index.js';
import { findSections, splitReports } from '../../src/segment/index.js';
import type { Section } from '../../src/schema/report.js';

// Pieces real reports are made of: markers of every family, punctuation, line breaks, titles, figures.
const PIECES = [
  '一、', '二、', '三、', '十一、', '（一）', '(二)', '（三）', '1、', '2.', '3．', '（1）', '(2)', '①', '②',
  '概述', '主动公开政府信息情况', '存在的主要问题及改进情况', '其他需要报告的事项', '一是', '第一、', '2.5', '1.2万',
  '。', '，', '：', '\n', '\n\n', ' ', '2019年', '共公开信息32条', '(无)', '篇1', '篇2', '本年新收', '我局', '情况',
];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((xs) => xs.join(''));

function walk(ss: Section[], parent: { start: number; end: number; level: number }, text: string): void {
  let last = parent.start;
  for (const s of ss) {
    expect(text.slice(s.headingSpan.start, s.headingSpan.end)).toBe(s.heading);
    // a root may stand below a lost parent (（一） before a lost 一、 is level 2); a child is one below its parent
    if (parent.level === 0) expect(s.level).toBeGreaterThanOrEqual(1);
    else expect(s.level).toBe(parent.level + 1);
    expect(s.span.start).toBeGreaterThanOrEqual(last);
    expect(s.span.end).toBeLessThanOrEqual(parent.end);
    expect(s.headingSpan.end).toBeLessThanOrEqual(s.span.end);
    expect(s.title).not.toMatch(/\n/);
    last = s.span.end;
    walk(s.children, { start: s.span.start, end: s.span.end, level: s.level }, text);
  }
}

describe('segment invariants on any mix of report pieces', () => {
  it('sections nest inside their parents, in order, and every heading slices the text', () => {
    fc.assert(
      fc.property(soup, (text) => {
        walk(findSections(text, normalizeForMatching(text)), { start: 0, end: text.length, level: 0 }, text);
      }),
      { numRuns: 300 },
    );
  });

  it('report slices are in order, do not overlap, and end at the page end', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const slices = splitReports(text, normalizeForMatching(text));
        expect(slices.length).toBeGreaterThan(0);
        for (let i = 0; i < slices.length; i++) {
          expect(slices[i].start).toBeLessThanOrEqual(slices[i].end);
          if (i > 0) expect(slices[i].start).toBe(slices[i - 1].end);
        }
        expect(slices.at(-1)!.end).toBe(text.length);
      }),
      { numRuns: 300 },
    );
  });
});
