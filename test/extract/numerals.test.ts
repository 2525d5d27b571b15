import { describe, expect, it } from 'vitest';
import { integerDigits, parseArabic, parseChineseNumeral, parseNumeral, scale } from '../../src/extract/numerals.js';

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
