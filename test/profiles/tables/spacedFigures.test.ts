/**
 * The layout class "figures printed apart, blank cells left out" (a table copied as lines of text, its empty and zero
 * cells dropped: `（七）总计 1139 48 1191`). Such a row has fewer figures than columns; a split of its digits cuts a
 * figure the text printed whole, and the row's own sum adds up by coincidence (1|1|39|48|1|1|91 — FC_SEED=13413376).
 * Rules: a cell never spans the text's whitespace; a split inside printed figures needs a column identity to
 * confirm it, else the row stays absent with TABLE_AMBIGUOUS. Made from the real 034 (pipe) and 022 (crawled) texts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/index.js';
import { readDigitRun, runGaps, spacedFigures, splitRun, TABLE3_ROW_GROUPS } from '../../../src/profiles/disclosure/tables/flattened.js';
import { numberAt, templateRows } from '../../../src/profiles/disclosure/tables/templateCells.js';

const ROOT = join(import.meta.dirname, '../../../fixtures/corpus');
const text034 = readFileSync(join(ROOT, '034-b-shanghai-bgt-2025.txt'), 'utf8');
const gold034 = JSON.parse(readFileSync(join(ROOT, '034-b-shanghai-bgt-2025.gold.json'), 'utf8'));
const text022 = readFileSync(join(ROOT, '022-b-pingtan-2022.txt'), 'utf8');

/** 034 with its 表三 pipe rows printed as lines: label, then the figures `keep` keeps, apart by spaces. */
function asLines(keep: (value: number, col: number, label: string) => boolean): string {
  return text034.replace(/^\| ([^|]*?(?:数量|公开|信息|秘密|稳定|权益|案卷|事项|制作|明确|申请|出版物|重新出具已获取信息|其他|总计|继续办理)) \|((?: \d+ \|){7})$/gmu, (_, label: string, cells: string) => {
    const values = cells.split('|').map((c) => c.trim()).filter(Boolean).map(Number);
    return `${label} ${values.filter((v, i) => keep(v, i, label)).join(' ')}`;
  });
}

const cellsOf = (digits: string, text: string) => {
  const run = readDigitRun(text, 0, text.length);
  return splitRun(digits, { cells: 7, groups: TABLE3_ROW_GROUPS, gaps: runGaps(run) }).candidates.map((c) => c.values);
};

describe('a cell never spans the whitespace the text printed (splitRun gaps)', () => {
  it('1139 48 1191 (034 （七）总计 with 法律服务机构 4 left out): no split crosses a space', () => {
    const splits = cellsOf('1139481191', '1139 48 1191');
    expect(splits).toEqual([[1, 1, 39, 48, 1, 1, 91]]); // the coincidence: only a column identity can reject it
    expect(spacedFigures(readDigitRun('1139 48 1191', 0, 12))).toEqual(['1139', '48', '1191']);
  });

  it('negative: 019’s crawled 230 000023 (a space from an &nbsp; cell, zeros run together) is not figures apart', () => {
    expect(spacedFigures(readDigitRun('230 000023', 0, 10))).toBeUndefined(); // 000023 is no printed figure
    expect(cellsOf('230000023', '230 000023')).toEqual([[23, 0, 0, 0, 0, 0, 23]]);
    expect(spacedFigures(readDigitRun('713000074', 0, 9))).toBeUndefined(); // no space at all: a flattened run
  });
});

describe('034 printed as lines with its zero cells left out', () => {
  it('FC_SEED=13413376: （七）总计 1139 48 1191 (a non-zero cell lost too) is absent and TABLE_AMBIGUOUS, never 1|1|39|48|1|1|91', () => {
    const r = parseReport(asLines((v, col, label) => v !== 0 && !(label === '（七）总计' && col === 4)), { source: '034-lines' });
    for (const key of templateRows('表三', '2021').find((row) => row.key === 'totalHandled')!.cells) expect(numberAt(r.indicators, key), key).toBeUndefined();
    const w = r.warnings.find((x) => x.code === 'TABLE_AMBIGUOUS' && x.data?.row === '（七）总计');
    expect(w?.data).toMatchObject({ figures: ['1139', '48', '1191'], candidates: [[1, 1, 39, 48, 1, 1, 91]] });
    expect(r.warnings.find((x) => x.code === 'TABLE_INCOMPLETE')!.data!.rows).toContain('totalHandled');
  });

  it('every zero left out: no cell is given a different value from the reading', () => {
    const r = parseReport(asLines((v) => v !== 0), { source: '034-lines' });
    const rows = templateRows('表三', '2021');
    const gold = Object.values(gold034.table3 as Record<string, number[]>);
    rows.forEach((row, i) => row.cells.forEach((key, j) => {
      const got = numberAt(r.indicators, key);
      if (got !== undefined) expect(got, key).toBe(gold[i][j]);
    }));
  });

  it('negative: every figure printed (zeros too) — all 175 cells read as the reading', () => {
    const r = parseReport(asLines(() => true), { source: '034-lines' });
    const rows = templateRows('表三', '2021');
    const gold = Object.values(gold034.table3 as Record<string, number[]>);
    rows.forEach((row, i) => row.cells.forEach((key, j) => expect(numberAt(r.indicators, key), key).toBe(gold[i][j])));
  });
});

describe('a split inside printed figures is confirmed by the column identities (022, crawled)', () => {
  const ROW1 = '一、本年新收政府信息公开申请数量 713000074';
  it('一、本年新收 printed 71 30000 74 (separators lost between zeros): 一 + 二 = （七） + 四 confirms 71|3|0|0|0|0|74', () => {
    const r = parseReport(text022.replace(ROW1, '一、本年新收政府信息公开申请数量 71 30000 74'), { source: '022' });
    expect(numberAt(r.indicators, 'applications.newReceived.naturalPerson')).toBe(71);
    expect(numberAt(r.indicators, 'applications.newReceived.commercial')).toBe(3);
    expect(numberAt(r.indicators, 'applications.newReceived.total')).toBe(74);
  });

  it('negative: the same row when 四、结转下年度 is unreadable (no identity can check it) stays absent, TABLE_AMBIGUOUS', () => {
    const broken = text022.replace(ROW1, '一、本年新收政府信息公开申请数量 71 30000 74').replace('四、结转下年度继续办理 0000000', '四、结转下年度继续办理 12345');
    const r = parseReport(broken, { source: '022' });
    expect(numberAt(r.indicators, 'applications.newReceived.naturalPerson')).toBeUndefined();
    expect(r.warnings.some((x) => x.code === 'TABLE_AMBIGUOUS' && String(x.data?.row).includes('本年新收'))).toBe(true);
  });
});

describe('figures gathered from several lines, more than one on a line, are confirmed by a column identity', () => {
  // 034 printed as lines, every figure printed; 二、上年结转 `170 15 0 0 4 0 189` broken after its fifth figure
  const ROW = '二、上年结转政府信息公开申请数量 170 15 0 0 4 0 189';
  const lines = asLines(() => true);

  it('034 with 二、上年结转 broken over two lines: the other rows read, 一 + 二 = （七） + 四 confirms it', () => {
    expect(lines).toContain(ROW);
    const r = parseReport(lines.replace(ROW, '二、上年结转政府信息公开申请数量 170 15 0 0 4\n0 189'), { source: '034-lines' });
    expect(numberAt(r.indicators, 'applications.carriedOver.naturalPerson')).toBe(170);
    expect(numberAt(r.indicators, 'applications.carriedOver.total')).toBe(189);
  });

  it('negative (FC_SEED=1094862324): the next line is another row whose label was lost — not confirmed, absent, TABLE_AMBIGUOUS', () => {
    // 一、本年新收 left unreadable (no identity can check 二), 二 printed with its non-zero cells blank, then a label-less row (2 … 2)
    const text = lines
      .replace('一、本年新收政府信息公开申请数量 1259 36 0 0 0 0 1295', '一、本年新收政府信息公开申请数量 1259 1295')
      .replace(ROW, '二、上年结转政府信息公开申请数量 0 0 0 0 0\n2 2');
    const r = parseReport(text, { source: '034-lines' });
    expect(numberAt(r.indicators, 'applications.carriedOver.total')).toBeUndefined();
    expect(r.warnings.some((w) => w.code === 'TABLE_AMBIGUOUS' && String(w.data?.row).includes('上年结转'))).toBe(true);
  });
});
