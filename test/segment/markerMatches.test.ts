/**
 * `markerMatches` (the heading markers found in one walk that stops at 、 . ) and the circled digits) gives exactly what
 * `matchAll(ANY_MARKER)` gives — same offsets, same markers — on every corpus text, on markers written every way, and
 * on random strings of the characters markers are made of (where overlaps and near-misses are dense).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANY_MARKER, markerMatches } from '../../src/segment/markers.js';
import { normalizeForMatching } from '../../src/input/normalize.js';

const CORPUS = join(import.meta.dirname, '../../fixtures/corpus');
const texts = [
  ...readdirSync(CORPUS).filter((f) => /\.(txt|html)$/.test(f)).map((f) => normalizeForMatching(readFileSync(join(CORPUS, f), 'utf8'))),
  normalizeForMatching(readFileSync(join(import.meta.dirname, '../../fixtures/seed/000_b61ef283626af920.txt'), 'utf8')),
];
const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0]]);
const walked = (t: string) => markerMatches(t).map((m) => [m.index, m.marker]);
// the family as the marker's first characters tell it
const familyOf = (m: string) => (m[0] === '(' ? (/\d/.test(m[1]) ? 'arabicParen' : 'cnParen') : /\d/.test(m[0]) ? 'arabic' : /[①-⑳]/.test(m[0]) ? 'circled' : 'cn');

describe('markerMatches equals matchAll(ANY_MARKER)', () => {
  it('on the corpus texts, with each family as its first characters tell', () => {
    let found = 0;
    for (const t of texts) {
      expect(walked(t)).toEqual(plain(t.matchAll(ANY_MARKER)));
      for (const m of markerMatches(t)) expect(m.family).toBe(familyOf(m.marker));
      found += markerMatches(t).length;
    }
    expect(found).toBeGreaterThan(500);
  });

  it('on markers written every way, back to back and run together', () => {
    const t = '一、概述十一、其他(一)(十二)（三）1、2.3.5 12、123、(1)(12)(123)①⑳ 十一十二、一二三四、统一.(一二三四)(1.2) 2023.1 .、)';
    expect(walked(t)).toEqual(plain(t.matchAll(ANY_MARKER)));
    expect(walked(t).length).toBeGreaterThan(12);
  });

  it('on random strings of marker characters', () => {
    const alphabet = ['一', '二', '十', '三', '、', '.', '(', ')', '1', '2', '0', '①', '⑳', ' ', '年', '\n'];
    let seed = 29;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 1000; n++) {
      const t = Array.from({ length: 10 + Math.floor(next() * 60) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(walked(t)).toEqual(plain(t.matchAll(ANY_MARKER)));
    }
  });
});
