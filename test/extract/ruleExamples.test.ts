/**
 * The rule tables of extraction carry one real example per entry (STYLE: rules as data). Each example is run here
 * through what the entry is for, so an example cannot drift away from its rule: a non-measurement drops the number
 * of its example, an approximation word gives its example's figure that reading, a measure word makes its example a
 * count with that unit.
 */
import { describe, expect, it } from 'vitest';
import { NON_MEASUREMENTS, NON_MEASUREMENT_TAILS, isNonMeasurement } from '../../src/extract/nonMeasurements.js';
import { APPROX_AFTER, APPROX_BEFORE } from '../../src/extract/approx.js';
import { MEASURE_WORDS } from '../../src/extract/measureWords.js';
import { normalizeForMatching } from '../../src/input/index.js';
import { factsOf } from './helpers.js';

// the number of an example: its first Arabic number, else its first run of Chinese numerals (八一路439号 → 439)
const numberIn = (s: string) => /\d+/.exec(s) ?? /[零〇○一二两三四五六七八九十百千万]+/.exec(s);

describe('every non-measurement drops the number of its example', () => {
  it.each([...NON_MEASUREMENTS, ...NON_MEASUREMENT_TAILS].map((n) => [n.id, n.example]))('%s: %s', (id, example) => {
    const scan = normalizeForMatching(example);
    const m = numberIn(scan);
    expect(m, `a number in «${example}»`).not.toBeNull();
    expect(isNonMeasurement(scan, m!.index, m!.index + m![0].length)).toBe(id);
    expect(factsOf(example).filter((f) => f.kind === 'count')).toEqual([]);
  });

  it('and a plain count is none of them', () => {
    const scan = normalizeForMatching('主动公开政府信息2949条');
    const at = scan.indexOf('2949');
    expect(isNonMeasurement(scan, at, at + 4)).toBeUndefined();
  });
});

describe('every approximation word gives its example that reading', () => {
  it.each([...APPROX_BEFORE, ...APPROX_AFTER].map((a) => [a.word, a.approx, a.example]))('%s (%s): %s', (word, approx, example) => {
    const read = factsOf(example).filter((f) => f.kind !== 'date');
    expect(read.length, `a figure in «${example}»`).toBeGreaterThan(0);
    expect(read[0].approx, `${word} in «${example}»`).toBe(approx);
    expect(read[0].quote).toContain(word);
  });
});

describe('every measure word makes its example a count in that unit', () => {
  it.each(MEASURE_WORDS.map((w) => [w.word, w.example]))('%s: %s', (word, example) => {
    const counts = factsOf(example).filter((f) => f.kind === 'count' && f.unit === word);
    expect(counts.length, `a count in ${word} in «${example}»`).toBeGreaterThan(0);
    for (const f of counts) expect(example.slice(f.span.start, f.span.end)).toBe(f.quote);
  });
});
