/** execAll gives what [...text.matchAll(pattern)] gives — on a real report, with empty matches, from a set lastIndex. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execAll, firstMatch } from '../../src/input/execAll.js';

const text = readFileSync(new URL('../../fixtures/corpus/009-a-pingtan-2015.txt', import.meta.url), 'utf8');
const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, [...m], m.groups ? { ...m.groups } : undefined]);

describe('execAll', () => {
  it.each([/(\d+)(条|件)/g, /(?<y>\d{4})年/g, /未|没有/g, /(?:)/g, /x*/g, /[😀]*/gu, /$/gm])('%s: same matches as matchAll', (re) => {
    for (const s of [text, 'a😀😀b', '']) {
      expect(plain(execAll(re, s))).toEqual(plain(s.matchAll(re)));
      expect(re.lastIndex).toBe(0);
    }
  });
  it('finds the figures of a real report', () => expect(execAll(/(\d+)(条|件)/g, text).length).toBeGreaterThan(10));
  it('starts where lastIndex stands, as matchAll does, and leaves it there', () => {
    const re = /\d+/g;
    re.lastIndex = 5;
    const want = plain('12 34 56'.matchAll(re));
    expect(plain(execAll(re, '12 34 56'))).toEqual(want);
    expect(re.lastIndex).toBe(5);
  });
  it('refuses a pattern without g, as matchAll does', () => {
    expect(() => execAll(/a/, 'a')).toThrow(TypeError);
    expect(() => 'a'.matchAll(/a/)).toThrow(TypeError);
  });
});

describe('firstMatch', () => {
  it.each([/(\d+)(条|件)/g, /(?<y>\d{4})年/g, /未|没有/g, /(?:)/g, /x*/g, /[😀]*/gu, /$/gm])('%s: the first accepted match of matchAll', (re) => {
    for (const s of [text, 'a😀😀b', '']) {
      const all = [...s.matchAll(re)];
      // accept none, the first, every third, the last: the same match as the first matchAll gives that passes
      const accepts = [() => false, () => true, (m: RegExpMatchArray) => m.index! % 3 === 0, (m: RegExpMatchArray) => m.index === all.at(-1)?.index];
      for (const accept of accepts) {
        const got = firstMatch(re, s, accept);
        const want = all.find(accept);
        expect(got && plain([got])).toEqual(want && plain([want]));
        expect(re.lastIndex).toBe(0);
      }
    }
  });
  it('starts where lastIndex stands and leaves it there; refuses a pattern without g', () => {
    const re = /\d+/g;
    re.lastIndex = 5;
    expect(firstMatch(re, '12 34 56', () => true)?.[0]).toBe('56');
    expect(re.lastIndex).toBe(5);
    expect(() => firstMatch(/a/, 'a', () => true)).toThrow(TypeError);
  });
});
