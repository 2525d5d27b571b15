/** testsCharAt answers as `re.test(s[i])` does, for every character of a real report and past its ends. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charTester, isSpace, testsCharAt } from '../../src/input/chars.js';

const text = readFileSync(new URL('../../fixtures/corpus/022-b-pingtan-2022.txt', import.meta.url), 'utf8');
// the one-character patterns the pipeline walks with: a class, a class with a lookahead, one with \d and brackets
const PATTERNS = [/[，,、；;。：:！？!?.\n]/, /[，。;；!！?？\n:：]|\.(?!\d)/, /[,，。;；:：!！?？()（）[\]【】|、%\d]/, /[a-z]/];

describe('testsCharAt', () => {
  it.each(PATTERNS.map((re) => [re.source, re] as const))('%s: same answer as re.test(s[i]) at every offset, twice', (_s, re) => {
    let yes = 0;
    for (let round = 0; round < 2; round++) {
      for (let i = -2; i < text.length + 2; i++) {
        const want = re.test(text[i]);
        expect(testsCharAt(re, text, i)).toBe(want);
        if (want) yes++;
      }
    }
    expect(yes).toBeGreaterThan(0); // the pattern occurs: the table holds both answers
  });
  it('a global pattern is run as it is (its lastIndex is state)', () => {
    const g = /[。]/g;
    expect(testsCharAt(g, '。', 0)).toBe(true);
  });
});

describe('charTester: testsCharAt with the table looked up once', () => {
  it.each(PATTERNS.map((re) => [re.source, re] as const))('%s: same answer as re.test(s[i]) at every offset, a fresh pattern object too', (_s, re) => {
    for (const pattern of [re, new RegExp(re.source, re.flags)]) {
      const at = charTester(pattern);
      for (let i = -2; i < text.length + 2; i++) expect(at(text, i)).toBe(re.test(text[i]));
    }
  });
  it('a global pattern is run as it is', () => expect(charTester(/[。]/g)('。', 0)).toBe(true));
});

describe('isSpace: what a regex \\s matches', () => {
  it('agrees with /\\s/ on every UTF-16 unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 65536; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
