import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport, parseReport } from '../../../src/index.js';

const ROOT = join(import.meta.dirname, '../../../fixtures/corpus');
const text022 = readFileSync(join(ROOT, '022-b-pingtan-2022.txt'), 'utf8');

describe('never silent: a carried table with unread cells says so (022, real text)', () => {
  it('022 as published: every template cell read, every identity holds, no TABLE_INCOMPLETE', () => {
    const r = parseReport(text022);
    const c = checkReport(r);
    expect(c.tables.map((t) => [t.table, t.read, t.expected])).toEqual([['表三', 175, 175], ['表四', 15, 15]]);
    expect(c.holding).toBe(42);
    expect(c.failing).toBe(0);
    expect(r.warnings.some((w) => w.code === 'TABLE_INCOMPLETE')).toBe(false);
  });

  it('予以公开’s run made unreadable (210000021 → 21OOOOO21): the row is named, 7 cells counted, nothing guessed', () => {
    const r = parseReport(text022.replace('（一）予以公开 210000021', '（一）予以公开 21OOOOO21'));
    const w = r.warnings.find((x) => x.code === 'TABLE_INCOMPLETE')!;
    expect(w.data).toMatchObject({ table: '表三', unread: 7, rows: ['granted'] });
    expect(w.message).toContain('（一）予以公开');
    const c = checkReport(r);
    expect(c.silent).toBe(false);
    expect(c.read).toBe(183);
  });

  it('a 2022 report whose 表三 digits are all gone is still the 2021 format, not prose', () => {
    const start = text022.indexOf('三、收到和处理政府信息公开申请情况');
    const end = text022.indexOf('四、政府信息公开行政复议');
    const gutted = text022.slice(0, start) + text022.slice(start, end).replace(/\d/g, '') + text022.slice(end);
    const r = parseReport(gutted);
    expect(r.indicators.format).toBe('2021');
    expect(r.warnings.find((x) => x.code === 'TABLE_INCOMPLETE')!.data).toMatchObject({ table: '表三', expected: 175 });
  });

  it('a prose-era report (009, 2015) carries no official table: no TABLE_INCOMPLETE, nothing to check', () => {
    const r = parseReport(readFileSync(join(ROOT, '009-a-pingtan-2015.txt'), 'utf8'));
    expect(r.warnings.some((w) => w.code === 'TABLE_INCOMPLETE')).toBe(false);
    expect(checkReport(r).tables).toEqual([]);
  });

  it('a flattened row that adds up under no split (1000001 → 2000001) is named unread, never split to fit', () => {
    const r = parseReport(text022.replace('1000001三、本年度办理结果', '2000001三、本年度办理结果'));
    expect(r.warnings.find((w) => w.code === 'TABLE_INCOMPLETE')!.data).toMatchObject({ rows: ['carriedOver'], unread: 7 });
    expect(checkReport(r).silent).toBe(false);
  });
});
