/**
 * `matchAllNear` (the date scan's shortcut: try a pattern only before each 月) gives exactly what `matchAll` gives —
 * same offsets, same groups, same steps — on every corpus text, on dates written every way, and on random strings
 * built from the characters dates are made of (where overlaps and near-misses are dense).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchAllAt, matchAllBeforeSpaces, matchAllNear, matchAllStarting, offsetsOf } from '../../src/extract/matchNear.js';
import { isoStarts } from '../../src/extract/rules/date.js';
import { charTable, scanNumbers } from '../../src/extract/numerals.js';
import { normalizeForMatching } from '../../src/input/normalize.js';
import { NEGATION_PHRASINGS } from '../../src/extract/rules/negation.js';
import { COUNT_ONE_PHRASINGS } from '../../src/extract/rules/countOne.js';

const CORPUS = join(import.meta.dirname, '../../fixtures/corpus');
const texts = [
  ...readdirSync(CORPUS).filter((f) => /\.(txt|html)$/.test(f)).map((f) => normalizeForMatching(readFileSync(join(CORPUS, f), 'utf8'))),
  normalizeForMatching(readFileSync(join(import.meta.dirname, '../../fixtures/seed/000_b61ef283626af920.txt'), 'utf8')),
];

// the shapes of the date rule's patterns: a year, 年, a month, 月 — the anchor 月 within 16 characters of the start
const YEAR = '(?:(?:19|20)\\d{2}|(?:19|20)[*xX×]{1,2}|[*]{2,4}|[〇○零一二三四五六七八九]{4})';
const FULL = new RegExp(`(?<y>${YEAR})\\s{0,3}年\\s{0,3}(?<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\\s{0,3}月(?:\\s{0,3}(?<d>[12]\\d|0?[1-9])\\s{0,3}日)?`, 'g');
const RANGE = new RegExp(`${FULL.source}\\s{0,3}(?:至|到|-)\\s{0,3}(?:${YEAR}\\s{0,3}年)?\\s{0,3}(?:1[0-2]|0?[1-9])\\s{0,3}月`, 'g');

const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, [...m], { ...m.groups }]);

describe('matchAllNear equals matchAll', () => {
  it.each([['FULL', FULL, 20], ['RANGE', RANGE, 3]] as const)('%s on the corpus texts', (_name, re, least) => {
    let found = 0;
    for (const t of texts) {
      const near = plain(matchAllNear(t, re, '月', 16));
      expect(near).toEqual(plain(t.matchAll(re)));
      found += near.length;
    }
    expect(found).toBeGreaterThanOrEqual(least);
  });

  it('on written dates, overlapping and back to back', () => {
    const t = '2015年1月1日至2015年12月31日 二〇二二年十二月 20**年5月 2025 年 1 月 1 日2024年1月2024年2月 年月 12月 19991年11月';
    expect(plain(matchAllNear(t, FULL, '月', 16))).toEqual(plain(t.matchAll(FULL)));
    expect(plain(matchAllNear(t, RANGE, '月', 16))).toEqual(plain(t.matchAll(RANGE)));
    expect(matchAllNear(t, FULL, '月', 16).length).toBeGreaterThan(5);
  });

  it('on random strings of date characters', () => {
    const alphabet = ['2', '0', '1', '9', '年', '月', '日', ' ', '\n', '十', '二', '〇', '*', '至', '-', '3'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 300; n++) {
      const t = Array.from({ length: 40 + Math.floor(next() * 60) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(plain(matchAllNear(t, FULL, '月', 16))).toEqual(plain(t.matchAll(FULL)));
      expect(plain(matchAllNear(t, RANGE, '月', 16))).toEqual(plain(t.matchAll(RANGE)));
    }
  });

  // the numeric dates: the first separator 4 characters after the start, found with a one-character pattern
  const ISO = /(?=[12]\d{3}[-./])(?<![\d.])((?:19|20)\d{2})([-./])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d.])/g;
  const ISO_RANGE = /(?=[12]\d{3}[-./])(?<![\d.])((?:19|20)\d{2})([-./])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])\s{0,2}(?:至|到|-|—|~)\s{0,2}(?:((?:19|20)\d{2})[-./])?(0?[1-9]|1[0-2])[-./](0?[1-9]|[12]\d|3[01])(?![\d.])/g;
  it('ISO dates, anchored on a pattern (/[-./]/g): corpus texts and random strings', () => {
    let found = 0;
    for (const t of texts) {
      const near = plain(matchAllNear(t, ISO, /[-./]/g, 4));
      expect(near).toEqual(plain(t.matchAll(ISO)));
      found += near.length;
    }
    expect(found).toBeGreaterThanOrEqual(5);
    const alphabet = ['2', '0', '1', '9', '3', '-', '.', '/', ' '];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 300; n++) {
      const t = Array.from({ length: 30 + Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(plain(matchAllNear(t, ISO, /[-./]/g, 4))).toEqual(plain(t.matchAll(ISO)));
    }
  });

  // the date rule tries both numeric patterns only where a year's digits and a separator stand (isoStarts)
  it('ISO dates and ranges, tried only at isoStarts: corpus texts, written dates and random strings', () => {
    const written = ['2023.1.1-2023.12.31', '2023-01-01至2023-12-31', '12023-1-1', '2016-01-12 2015.12.31 1999/2/3', '2020-2021-3-4'];
    let found = 0;
    for (const t of [...texts, ...written]) {
      for (const re of [ISO, ISO_RANGE]) {
        const at = plain(matchAllAt(t, re, isoStarts(t)));
        expect(at).toEqual(plain(t.matchAll(re)));
        found += at.length;
      }
    }
    expect(found).toBeGreaterThanOrEqual(10);
    const alphabet = ['2', '0', '1', '9', '3', '-', '.', '/', ' ', '至'];
    let seed = 13;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 500; n++) {
      const t = Array.from({ length: 30 + Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      for (const re of [ISO, ISO_RANGE]) expect(plain(matchAllAt(t, re, isoStarts(t)))).toEqual(plain(t.matchAll(re)));
    }
  });

  // tenths (占比超八成): a digit, spaces or tabs, 成 — one start per 成
  const TENTHS = /(?=[二三四五六七八九1-9])(?<=(?:占比?|达到?|为|约|超过?|逾|近)[ \t]*)([二三四五六七八九]|[1-9])[ \t]*成(?=以上|左右|多|余|的|[^\u4e00-\u9fa5]|$)/g;
  it('tenths, tried only before each 成: corpus texts, written shares and random strings', () => {
    for (const t of [...texts, '占比超八成，近九成以上，达 7 \t成左右，为8成，约二成成', '成']) {
      expect(plain(matchAllBeforeSpaces(t, TENTHS, '成', 1))).toEqual(plain(t.matchAll(TENTHS)));
    }
    expect(matchAllBeforeSpaces('占比超八成，近九成以上，达 7 \t成左右', TENTHS, '成', 1)).toHaveLength(3);
    const alphabet = ['占', '达', '近', '八', '9', '成', ' ', '\t', '以', '上', '，'];
    let seed = 5;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 300; n++) {
      const t = Array.from({ length: 20 + Math.floor(next() * 40) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(plain(matchAllBeforeSpaces(t, TENTHS, '成', 1))).toEqual(plain(t.matchAll(TENTHS)));
    }
  });

  // phrasings that name an anchor (年度【无】, 明确【一】名): tried only before each anchor, the same matches as matchAll
  const anchored = [...NEGATION_PHRASINGS, ...COUNT_ONE_PHRASINGS].filter((p) => p.anchor);
  it.each(anchored.map((p) => [p.id, p] as const))('%s, tried only before its anchor: corpus texts, its examples and random strings', (_id, p) => {
    const anchor = p.anchor!;
    const written = [p.example, p.counterExample, `${p.example}${p.example}`, `全年 \t${p.example}`];
    let found = 0;
    for (const t of [...texts, ...written]) {
      const near = plain(matchAllBeforeSpaces(t, p.pattern, anchor, 0));
      expect(near).toEqual(plain(t.matchAll(p.pattern)));
      found += near.length;
    }
    expect(found).toBeGreaterThanOrEqual(1);
    // the characters the pattern is made of around its anchor, with spaces and tabs dense
    const alphabet = [...new Set([...(p.example + p.counterExample)])].concat([' ', '\t', anchor, anchor, '年', '度', '全']);
    let seed = 17;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 300; n++) {
      const t = Array.from({ length: 20 + Math.floor(next() * 60) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      expect(plain(matchAllBeforeSpaces(t, p.pattern, anchor, 0))).toEqual(plain(t.matchAll(p.pattern)));
    }
  });

  // phrasings that name their first characters (未收到…: 未尚暂还均并从): all read in one walk, each tried only where
  // one of its characters stands — the same matches as matchAll, and no match can start with another character
  const starting = NEGATION_PHRASINGS.filter((p) => p.starts !== undefined).map((p) => ({ ...p, starts: p.starts! }));
  const marked = charTable(starting.map((p) => p.starts).join(''));
  // the offsets of the start characters, from the walk that finds the numbers (as extractFacts passes them)
  const marksOf = (t: string) => {
    const { marks } = scanNumbers(t, marked);
    expect(marks).toEqual(Array.from({ length: t.length }, (_, i) => i).filter((i) => marked[t.charCodeAt(i)] === 1));
    return marks;
  };
  it('phrasings with their first characters, read in one walk: corpus texts, examples and random strings', () => {
    const written = starting.flatMap((p) => [p.example, p.counterExample, `${p.example}${p.example}`]);
    const found = starting.map(() => 0);
    for (const t of [...texts, ...written, written.join('')]) {
      const all = matchAllStarting(t, starting, marksOf(t));
      starting.forEach((p, e) => {
        expect(plain(all[e])).toEqual(plain(t.matchAll(p.pattern)));
        found[e] += all[e].length;
      });
    }
    for (const n of found) expect(n).toBeGreaterThanOrEqual(1);
    const alphabet = [...new Set([...written.join('')])].concat(starting.flatMap((p) => [...p.starts]), [' ', '\n', '(', ')']);
    let seed = 23;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 300; n++) {
      const t = Array.from({ length: 20 + Math.floor(next() * 80) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const all = matchAllStarting(t, starting, marksOf(t));
      starting.forEach((p, e) => expect(plain(all[e])).toEqual(plain(t.matchAll(p.pattern))));
    }
  });

  it.each(starting.map((p) => [p.id, p] as const))('%s: its example read with any other first character does not match', (_id, p) => {
    const sticky = new RegExp(p.pattern.source, 'y');
    for (const m of p.example.matchAll(p.pattern)) {
      const rest = p.example.slice(m.index + 1);
      for (let code = 0; code < 0x10000; code++) {
        const ch = String.fromCharCode(code);
        if (p.starts.includes(ch)) continue;
        sticky.lastIndex = 0;
        if (sticky.test(ch + rest)) throw new Error(`${p.id} matches starting with ${ch}`);
        // the alternatives of the first word: 尚未, 暂不, 不存在 — the second character after any other first one
        sticky.lastIndex = 0;
        if (sticky.test(ch + p.example.slice(m.index))) throw new Error(`${p.id} matches starting with ${ch}`);
      }
    }
  });

  // the rules pass their anchors as offsets picked from the marks of the walk that finds the numbers (月, 成, 无)
  it('anchors given as offsets from the marks: the same matches as with the anchor character', () => {
    const anchoredNegation = NEGATION_PHRASINGS.find((p) => p.anchor === '无')!;
    const marked = charTable('月成无');
    const written = ['2015年1月1日至2015年12月31日', '占比超八成，近九成以上', anchoredNegation.example, '月成无'];
    let found = 0;
    for (const t of [...texts, ...written]) {
      const { marks } = scanNumbers(t, marked);
      for (const re of [FULL, RANGE]) {
        const near = plain(matchAllNear(t, re, offsetsOf(t, marks, '月'), 16));
        expect(near).toEqual(plain(t.matchAll(re)));
        found += near.length;
      }
      expect(plain(matchAllBeforeSpaces(t, TENTHS, offsetsOf(t, marks, '成'), 1))).toEqual(plain(t.matchAll(TENTHS)));
      expect(plain(matchAllBeforeSpaces(t, anchoredNegation.pattern, offsetsOf(t, marks, '无'), 0))).toEqual(plain(t.matchAll(anchoredNegation.pattern)));
    }
    expect(found).toBeGreaterThan(20);
  });

  it('finds nothing where the anchor is missing', () => {
    expect(matchAllNear('2015年 全年', FULL, '月', 16)).toEqual([]);
  });
});
