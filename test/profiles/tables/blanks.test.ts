import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput, normalizeForMatching } from '../../../src/input/index.js';
import { readIndicators } from '../../../src/profiles/disclosure/indicators.js';
import { readTables } from '../../../src/profiles/disclosure/tables/tables.js';
import { provenZeros } from '../../../src/profiles/disclosure/tables/blanks.js';
import { templateIdentities, templateRows, numberAt } from '../../../src/profiles/disclosure/tables/templateCells.js';
import type { Table } from '../../../src/schema/report.js';

const ROOT = join(import.meta.dirname, '../../../fixtures/corpus');
const page = readInput(readFileSync(join(ROOT, '031-b-shuyang-fgj-2023.html')), { format: 'html' });
const gold = JSON.parse(readFileSync(join(ROOT, '031-b-shuyang-fgj-2023.gold.json'), 'utf8'));

/** 031's tables with the cells of the chosen 表三 rows printed blank (&nbsp;), as some pages print their zero rows. */
function blanked(rowStarts: string[]): Table[] {
  return page.tables.map((t) => ({
    ...t,
    rows: t.rows.map((row) => {
      const label = row.filter((c) => c.value === undefined).map((c) => c.text.replace(/\s/g, '')).join('');
      if (!rowStarts.some((s) => label.endsWith(s))) return row;
      return row.map((c) => (typeof c.value === 'number' ? { text: '', value: null } : c));
    }),
  }));
}

function read(tables: Table[]) {
  const tabled = readTables(page.text, normalizeForMatching(page.text), [], tables);
  const ind = readIndicators(page.text, tabled.facts, tabled.tables);
  return { indicators: ind.indicators, warnings: [...tabled.warnings, ...ind.warnings] };
}

const ZERO_ROWS = ['上年结转政府信息公开申请数量', '属于国家秘密', '其他法律行政法规禁止公开', '信访举报投诉类申请', '3.其他'];

describe('blank cells are 0 only where the identities prove it (031, zero rows printed blank)', () => {
  it('whole zero rows blank: the columns add up with them as 0 → 0, one BLANKS_AS_ZERO naming the rows', () => {
    const r = read(blanked(ZERO_ROWS));
    const rows = templateRows('表三', '2021');
    const t3 = Object.values(gold.table3 as Record<string, number[]>);
    rows.forEach((row, i) => row.cells.forEach((key, j) => expect(numberAt(r.indicators, key), key).toBe(t3[i][j])));
    const w = r.warnings.filter((x) => x.code === 'BLANKS_AS_ZERO');
    expect(w).toHaveLength(1);
    expect(w[0].data!.rows).toEqual(expect.arrayContaining(['上年结转政府信息公开申请数量', '不予公开/属于国家秘密', '不予公开/其他法律行政法规禁止公开']));
    expect(r.warnings.some((x) => x.code === 'TABLE_INCOMPLETE')).toBe(false);
  });

  it('上年结转 and 结转下年度 both blank: 一 + 二 = （七） + 四 only says they are equal, so both stay absent', () => {
    const r = read(blanked(['上年结转政府信息公开申请数量', '结转下年度继续办理']));
    expect(numberAt(r.indicators, 'applications.carriedOver.naturalPerson')).toBeUndefined();
    expect(numberAt(r.indicators, 'applications.carriedForward.total')).toBeUndefined();
    expect(r.warnings.find((x) => x.code === 'TABLE_INCOMPLETE')!.data).toMatchObject({ unread: 14, rows: ['carriedOver', 'carriedForward'] });
  });

  it('a blanked row that is not zero (予以公开 26) stays absent, and TABLE_INCOMPLETE names it', () => {
    const r = read(blanked(['予以公开']));
    expect(numberAt(r.indicators, 'applications.granted.naturalPerson')).toBeUndefined();
    expect(numberAt(r.indicators, 'applications.granted.total')).toBeUndefined();
    const inc = r.warnings.find((x) => x.code === 'TABLE_INCOMPLETE')!;
    // its five 法人 cells are 0 by their columns (（七）总计 is 0 there and counts are never negative)
    expect(numberAt(r.indicators, 'applications.granted.commercial')).toBe(0);
    expect(inc.data).toMatchObject({ table: '表三', unread: 2, rows: ['granted'] });
  });
});

describe('the published arithmetic is checked, never fixed (031 grid)', () => {
  it('予以公开·自然人 printed 25 instead of 26: read as 25, its row sum and column warned, no blank is proven in a table that breaks its identities', () => {
    const tables = page.tables.map((t) => ({
      ...t,
      rows: t.rows.map((row) => {
        const label = row.filter((c) => c.value === undefined).map((c) => c.text.replace(/\s/g, '')).join('');
        if (!label.endsWith('予以公开')) return row;
        const i = row.findIndex((c) => c.value === 26);
        return row.map((c, j) => (j === i ? { ...c, text: '25', value: 25 } : c));
      }),
    }));
    const r = read(tables);
    expect(numberAt(r.indicators, 'applications.granted.naturalPerson')).toBe(25);
    expect(r.warnings.filter((w) => w.code === 'TOTAL_MISMATCH').length).toBeGreaterThan(0);
    // a table that breaks its own arithmetic proves no blank (its totals are not to be trusted): 031's blank
    // 法人 cells stay absent, and TABLE_INCOMPLETE names them instead of a 0 resting on a wrong total
    expect(numberAt(r.indicators, 'applications.granted.commercial')).toBeUndefined();
    expect(r.warnings.some((w) => w.code === 'BLANKS_AS_ZERO')).toBe(false);
    const inc = r.warnings.find((w) => w.code === 'TABLE_INCOMPLETE')!;
    expect((inc.data!.keys as string[]).some((k) => k.includes('granted'))).toBe(true);
  });
});

describe('provenZeros', () => {
  const ids = templateIdentities('表四');
  it('a blank part beside a read total that the read parts already reach is 0', () => {
    const known = new Map([['reviewsAndLawsuits.review.upheld', 2], ['reviewsAndLawsuits.review.total', 2]]);
    const blank = new Set(['corrected', 'other', 'pending'].map((k) => `reviewsAndLawsuits.review.${k}`));
    expect([...provenZeros(ids, known, blank).keys()].sort()).toEqual([...blank].sort());
  });
  it('not when the total is blank too, nor when the read parts fall short', () => {
    const blank = new Set(['corrected', 'total'].map((k) => `reviewsAndLawsuits.review.${k}`));
    expect(provenZeros(ids, new Map([['reviewsAndLawsuits.review.upheld', 2]]), blank).size).toBe(0);
    const short = new Map([['reviewsAndLawsuits.review.upheld', 1], ['reviewsAndLawsuits.review.total', 2]]);
    expect(provenZeros(ids, short, new Set(['reviewsAndLawsuits.review.corrected'])).size).toBe(0);
  });
  it('nothing when the printed table already breaks an identity (062 表四: 复议 10 + 1 with 总计 0; a blank 维持 beside a wrong 总计 0)', () => {
    const row = (name: string, v: (number | null)[]) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((c, i) => [`reviewsAndLawsuits.${name}.${c}`, v[i]] as const);
    const cells = [...row('review', [10, 1, 0, 0, 0]), ...row('lawsuitDirect', [0, 0, 0, 0, 0]), ...row('lawsuitAfterReview', [null, 0, 0, 0, 0])];
    const known = new Map(cells.filter(([, v]) => v !== null) as [string, number][]);
    const blank = new Set(cells.filter(([, v]) => v === null).map(([k]) => k));
    expect(provenZeros(ids, known, blank).size).toBe(0);
    // the same blank in a table whose printed rows all add up is proven 0
    const fixed = new Map(known).set('reviewsAndLawsuits.review.total', 11);
    expect([...provenZeros(ids, fixed, blank).keys()]).toEqual(['reviewsAndLawsuits.lawsuitAfterReview.upheld']);
  });
  it('nothing when a row with a blank is broken whatever the blank holds (062 with 复议 维持 blank too: _ + 1 + 0 + 0 = 0 needs a negative count; FC_SEED=-1615374399)', () => {
    const row = (name: string, v: (number | null)[]) =>
      ['upheld', 'corrected', 'other', 'pending', 'total'].map((c, i) => [`reviewsAndLawsuits.${name}.${c}`, v[i]] as const);
    const cells = [...row('review', [null, 1, 0, 0, 0]), ...row('lawsuitDirect', [0, 0, 0, 0, 0]), ...row('lawsuitAfterReview', [null, 0, 0, 0, 0])];
    const known = new Map(cells.filter(([, v]) => v !== null) as [string, number][]);
    const blank = new Set(cells.filter(([, v]) => v === null).map(([k]) => k));
    expect(provenZeros(ids, known, blank).size).toBe(0);
    // negative: 复议 printed _ 1 0 0 1 (the blank can be 0) — the table is not shown broken, 复议后起诉's blank is 0
    const sound = new Map(known).set('reviewsAndLawsuits.review.total', 1);
    expect([...provenZeros(ids, sound, blank).keys()].sort()).toEqual(['reviewsAndLawsuits.lawsuitAfterReview.upheld', 'reviewsAndLawsuits.review.upheld']);
  });
});
