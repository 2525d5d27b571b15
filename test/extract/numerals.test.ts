import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ARABIC_SOURCE, arabicRunEnd, integerDigits, parseArabic, parseChineseNumeral, parseNumeral, scale } from '../../src/extract/numerals.js';

// [as written, value] — Chinese numerals seen in reports (两次举办, 二○一三年, 百分之百) and their neighbours
const CHINESE: Array<[string, number | undefined]> = [
  ['两', 2], ['十', 10], ['十一', 11], ['二十', 20], ['二十一', 21], ['一百', 100], ['一百零一', 101],
  ['一千二百零五', 1205], ['两千', 2000], ['十二万三千', 123000], ['二十万', 200000], ['一亿二千万', 120000000],
  ['二〇二二', 2022], ['二○一三', 2013], ['百', 100], ['零', 0], ['〇', 0], ['叁拾', 30],
  ['三四', 34], // positional; a count rule refuses positional numerals (三四个 is “three or four”)
  ['两两', undefined], ['万', undefined], ['十万万', undefined], ['三百四五', undefined], ['abc', undefined],
];

describe('parseChineseNumeral', () => {
  it.each(CHINESE)('reads %s as %s', (written, value) => expect(parseChineseNumeral(written)).toBe(value));
});

describe('Arabic numbers', () => {
  it.each([
    ['2949', 2949], ['1,295', 1295], ['22.38', 22.38], ['0.63', 0.63], ['136437', 136437],
  ] as Array<[string, number]>)('reads %s as %s', (written, value) => {
    expect(parseArabic(written)).toBe(value);
    expect(parseNumeral(written)).toBe(value);
  });
  it.each([['2949', 4], ['1,295', 4], ['1,295.5', 4], ['22.38', 2], ['0.63', 1], ['13575394432.52', 11], ['1,234,567', 7]] as Array<[string, number]>)(
    'counts the integer digits of %s: %s',
    (written, digits) => expect(integerDigits(written)).toBe(digits),
  );
  it('scales without binary noise: 22.38 × 10⁴ = 223800, 9116.36 × 10⁴ = 91163600', () => {
    expect(scale(22.38, 1e4)).toBe(223800);
    expect(scale(9116.36, 1e4)).toBe(91163600);
    expect(scale(45.9, 1e4)).toBe(459000);
  });
});

describe('arabicRunEnd: the end of ARABIC_SOURCE\'s match, without running it', () => {
  const pattern = new RegExp(ARABIC_SOURCE, 'y');
  const byPattern = (s: string, i: number) => {
    pattern.lastIndex = i;
    return i + pattern.exec(s)![0].length;
  };

  it('ends where the pattern ends, at every digit of random runs of digits, commas, points and neighbours', () => {
    const piece = fc.constantFrom('0', '1', '9', '12', '123', '1234', ',', ',000', ',12', '.', '.5', 'a', '条', ' ', '，');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const s = parts.join('');
        for (let i = 0; i < s.length; i++) if (/\d/.test(s[i])) expect(arabicRunEnd(s, i), `${JSON.stringify(s)} at ${i}`).toBe(byPattern(s, i));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the written forms of the corpus', () => {
    for (const [s, end] of [['1,295条', 5], ['22.38万元', 5], ['2949', 4], ['1234,567', 4], ['12,345.6', 8], ['3.', 1], ['1,23', 1], ['1,2345', 5]] as const) {
      expect(arabicRunEnd(s, 0), s).toBe(end);
      expect(byPattern(s, 0), s).toBe(end);
    }
  });
});
