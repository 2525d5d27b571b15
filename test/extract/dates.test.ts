/**
 * Dates: our own reader, checked against chrono-node (zh) as an oracle on every full date in the fixtures.
 * (chrono costs ~0.15 ms a date, so it is not in the pipeline; DESIGN §4.)
 */
import * as chrono from 'chrono-node';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers.js';

const CORPUS = join(import.meta.dirname, '../../fixtures/corpus');
const texts = [
  ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(CORPUS, f), 'utf8')),
  readFileSync(join(import.meta.dirname, '../../fixtures/seed/000_b61ef283626af920.txt'), 'utf8'),
];

describe('full dates agree with chrono-node', () => {
  const written = ['2015年1月1日', '2025 年 1 月 1 日', '二〇二二年十二月三十一日', '2019年10月8日', '2024年1月17日'];
  const dates = [...texts, ...written].flatMap((t) => factsOf(t)).filter((f) => f.rule === 'date.full');
  it('finds the dates written in full (signatures, 二○一三年一月二十日 …)', () => expect(dates.length).toBeGreaterThan(5));
  it.each(dates.map((f) => [f.quote, f.value] as [string, string]))('%s → %s', (quote, value) => {
    const parsed = chrono.zh.parse(quote.replace(/\s+/g, '').replace(/○/g, '〇'))[0]; // chrono knows 〇, not ○
    const c = parsed.start;
    const iso = `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}-${String(c.get('day')).padStart(2, '0')}`;
    expect(value).toBe(iso);
  });
});

describe('calendar checks', () => {
  it.each([
    ['2015年2月30日', []], ['2016年2月29日', ['2016-02-29']], ['2015年2月29日', []], ['2015年4月31日', []],
    ['2015年12月31日', ['2015-12-31']],
  ] as Array<[string, string[]]>)('%s → %j', (text, values) => {
    expect(factsOf(text).map((f) => f.value)).toEqual(values);
  });
});
