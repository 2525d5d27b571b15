import { describe, expect, it } from 'vitest';
import {
  TABLE3_ROW_GROUPS,
  TABLE4_ROW_GROUPS,
  readDigitRun,
  recoverFlattenedRow,
  splitRun,
} from '../../src/profiles/disclosure/tables/flattened.js';
import { flatChunks } from '../../src/profiles/disclosure/tables/textRows.js';

const row3 = (digits: string) => splitRun(digits, { cells: 7, groups: TABLE3_ROW_GROUPS }).candidates.map((c) => c.values);

describe('splitting a flattened 表三 row by its row sum', () => {
  // [run as crawled, the only split whose six columns add up to the 总计] — real rows of 019, 022, 024
  const cases: Array<[string, number[]]> = [
    ['713000074', [71, 3, 0, 0, 0, 0, 74]], // 022 一、本年新收
    ['723000075', [72, 3, 0, 0, 0, 0, 75]], // 022 （七）总计
    ['8100009', [8, 1, 0, 0, 0, 0, 9]], // 022 （二）部分公开
    ['0200002', [0, 2, 0, 0, 0, 0, 2]], // 022 （六）3.其他: a leading 0 is a cell of its own
    ['21710000218', [217, 1, 0, 0, 0, 0, 218]], // 024 一、本年新收
    ['320000032', [32, 0, 0, 0, 0, 0, 32]], // 024 5.属于三类内部事务信息 (3|20|… does not add up)
    ['0000000', [0, 0, 0, 0, 0, 0, 0]],
  ];
  for (const [digits, values] of cases) {
    it(`${digits} → ${values.join('|')}`, () => expect(row3(digits)).toEqual([values]));
  }

  it('230 000023 (019, stray spaces from &nbsp; cells) reads 23|0|0|0|0|0|23 with each cell’s span', () => {
    const text = '一、本年新收政府信息公开申请数量230 000023二、';
    const start = text.indexOf('230');
    const run = readDigitRun(text, start, start + '230 000023'.length);
    const row = recoverFlattenedRow(run, { cells: 7, groups: TABLE3_ROW_GROUPS });
    expect(row.values).toEqual([23, 0, 0, 0, 0, 0, 23]);
    expect(row.spans!.map((s) => text.slice(s.start, s.end))).toEqual(['23', '0', '0', '0', '0', '0', '23']);
    expect(text.slice(row.spans![2].start, row.spans![2].end)).toBe('0'); // the cell after the space
  });

  it('110000011 has two readings that add up (11|0|… and 1|10|…): no values, both candidates', () => {
    const row = recoverFlattenedRow(readDigitRun('110000011', 0, 9), { cells: 7, groups: TABLE3_ROW_GROUPS });
    expect(row.values).toBeUndefined();
    expect(row.candidates).toEqual([
      [1, 10, 0, 0, 0, 0, 11],
      [11, 0, 0, 0, 0, 0, 11],
    ]);
  });

  it('a run that cannot add up gives no candidate (1234567: no 总计 is the sum of the rest)', () => {
    expect(row3('1234567')).toEqual([]);
  });
});

describe('表四 and 表二 rows', () => {
  it('024 表四 21317000001324019 (17 digits) decodes only as 2,1,3,1,7 | 0,0,0,0,0 | 13,2,4,0,19', () => {
    const r = splitRun('21317000001324019', { cells: 15, groups: TABLE4_ROW_GROUPS });
    expect(r.candidates.map((c) => c.values)).toEqual([[2, 1, 3, 1, 7, 0, 0, 0, 0, 0, 13, 2, 4, 0, 19]]);
  });

  it('022 表四 written with spaces: 0 1 1 0 2 1 0 0 0 1 0 0 0 0 0', () => {
    const text = '0 1 1 0 2 1 0 0 0 1 0 0 0 0 0';
    const r = recoverFlattenedRow(readDigitRun(text, 0, text.length), { cells: 15, groups: TABLE4_ROW_GROUPS });
    expect(r.values).toEqual([0, 1, 1, 0, 2, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
  });

  it('表二 has no totals: 行政规范性文件8855698 splits only with the prose figures 88 (制发) and 698 (现行有效)', () => {
    expect(splitRun('8855698', { cells: 3 }).candidates.length).toBeGreaterThan(1);
    const known = new Map([
      [0, 88],
      [2, 698],
    ]);
    expect(splitRun('8855698', { cells: 3, known }).candidates.map((c) => c.values)).toEqual([[88, 55, 698]]);
  });

  it('024 行政规范性文件6233440 stays open even with 制发 62 known: 33440 = 3|3440, 33|440, 334|40, 3344|0', () => {
    const r = splitRun('6233440', { cells: 3, maxCellDigits: 9, known: new Map([[0, 62]]) });
    expect(r.candidates.map((c) => c.values)).toEqual([
      [62, 3, 3440],
      [62, 33, 440],
      [62, 334, 40],
      [62, 3344, 0],
    ]);
  });

  it('money with decimals: 行政事业性收费9116.36 is one cell of 9116.36', () => {
    expect(splitRun('9116.36', { cells: 1, decimals: true, maxCellDigits: 9 }).candidates.map((c) => c.values)).toEqual([[9116.36]]);
  });
});

describe('runs in crawled text', () => {
  it('00000002.其他法律… — the 2 is the next row’s number, not a cell', () => {
    const text = '1.属于国家秘密00000002.其他法律行政法规禁止公开0000000';
    const chunks = flatChunks(text, 0, text.length);
    expect(chunks.map((c) => [text.slice(c.labelStart, c.labelEnd), text.slice(c.runStart, c.runEnd)])).toEqual([
      ['1.属于国家秘密', '0000000'],
      ['2.其他法律行政法规禁止公开', '0000000'],
    ]);
  });

  it('（三）不予公开 1.属于国家秘密 — a lone marker digit is not a run', () => {
    const text = '（三）不予公开 1.属于国家秘密0000000';
    expect(flatChunks(text, 0, text.length).map((c) => text.slice(c.runStart, c.runEnd))).toEqual(['0000000']);
  });
});

describe('pathological runs stay bounded', () => {
  it("'1'.repeat(1e5) has no 7-cell split and is rejected before any search", () => {
    const r = splitRun('1'.repeat(1e5), { cells: 7, groups: TABLE3_ROW_GROUPS });
    expect(r).toEqual({ candidates: [], complete: true });
  });

  it('a 42-digit run (the most 7 cells of 6 digits can hold) ends within the step budget', () => {
    const r = splitRun('100000'.repeat(7), { cells: 7, groups: TABLE3_ROW_GROUPS, budget: 10_000 });
    expect(r.candidates.length).toBeLessThanOrEqual(20);
  });

  it('many zero-sum readings are capped, and a capped search never claims one reading', () => {
    const r = recoverFlattenedRow(readDigitRun('1'.repeat(12), 0, 12), { cells: 12, maxCandidates: 1 });
    expect(r.values).toEqual(new Array(12).fill(1)); // exactly one way to cut 12 digits into 12 cells
    const capped = recoverFlattenedRow(readDigitRun('1'.repeat(13), 0, 13), { cells: 12, maxCandidates: 1 });
    expect(capped.values).toBeUndefined();
    expect(capped.truncated).toBe(true);
  });
});
