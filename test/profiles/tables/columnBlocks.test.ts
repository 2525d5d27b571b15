/**
 * The layout class "表三 printed column by column" (pdftotext's default mode on a ruled table): all row labels, then
 * each of the seven columns top to bottom. Read only where the identities prove the order (tables/columnBlocks.ts).
 * Made from fixtures/shapes/024-columns.txt (024's reading printed that way) and its reading.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../../src/index.js';
import { columnBlockRows } from '../../../src/profiles/disclosure/tables/columnBlocks.js';
import { numberAt, templateRows } from '../../../src/profiles/disclosure/tables/templateCells.js';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');
const text = readFileSync(join(FIXTURES, 'shapes/024-columns.txt'), 'utf8');
const gold = JSON.parse(readFileSync(join(FIXTURES, 'corpus/024-b-pingtan-2024.gold.json'), 'utf8'));
const goldRows = Object.values(gold.table3 as Record<string, number[]>);
const rows = templateRows('表三', '2021');

/** The figure lines of 表三 (after its last label, before 表四's heading) with their offsets. */
function figureLines(t: string): Array<{ at: number; text: string }> {
  const from = t.indexOf('四、结转下年度继续办理');
  const to = t.indexOf('四、政府信息公开行政复议');
  const out: Array<{ at: number; text: string }> = [];
  const re = /^\d+$/gm;
  re.lastIndex = from;
  for (let m = re.exec(t); m && m.index < to; m = re.exec(t)) out.push({ at: m.index, text: m[0] });
  return out;
}

/** `t` with the figure lines at `i` and `j` (indexes into figureLines) exchanged. */
function swap(t: string, i: number, j: number): string {
  const f = figureLines(t);
  const [a, b] = f[i].at < f[j].at ? [f[i], f[j]] : [f[j], f[i]];
  return t.slice(0, a.at) + b.text + t.slice(a.at + a.text.length, b.at) + a.text + t.slice(b.at + b.text.length);
}

describe('表三 printed column by column', () => {
  it('024-columns: every 表三 cell read as the reading, each span quoting its figure', () => {
    const r = parseReport(text, { source: '024-columns' });
    rows.forEach((row, i) => row.cells.forEach((key, j) => expect(numberAt(r.indicators, key), key).toBe(goldRows[i][j])));
    const fact = r.facts.find((f) => f.subject?.includes('本年新收') && f.value === 217)!;
    expect(r.text.slice(fact.span.start, fact.span.end)).toBe('217');
    expect(r.warnings.some((w) => w.code === 'TABLE_INCOMPLETE')).toBe(false);
  });

  it('negative: two figures of the 自然人 column exchanged (217 ↔ 0 of 上年结转) — no identity holds, nothing read by column, nothing wrong', () => {
    const f = figureLines(text);
    expect([f[0].text, f[1].text]).toEqual(['217', '0']);
    const broken = swap(text, 0, 1);
    const start = broken.indexOf('三、收到和处理政府信息公开申请情况');
    expect(columnBlockRows(broken, broken, start, broken.indexOf('四、政府信息公开行政复议'))).toBeUndefined();
    const r = parseReport(broken, { source: '024-columns swapped' });
    rows.forEach((row, i) => row.cells.forEach((key, j) => {
      const got = numberAt(r.indicators, key);
      if (got !== undefined) expect(got, key).toBe(goldRows[i][j]);
    }));
    expect(r.warnings.some((w) => w.code === 'TABLE_INCOMPLETE')).toBe(true);
  });

  it('negative: one figure missing (174 for 175 cells) — not read by column, the cells stay absent and warned', () => {
    const f = figureLines(text);
    const short = text.slice(0, f[5].at) + text.slice(f[5].at + f[5].text.length + 1);
    const start = short.indexOf('三、收到和处理政府信息公开申请情况');
    expect(columnBlockRows(short, short, start, short.indexOf('四、政府信息公开行政复议'))).toBeUndefined();
    const r = parseReport(short, { source: '024-columns short' });
    expect(r.warnings.some((w) => w.code === 'TABLE_INCOMPLETE')).toBe(true);
  });

  it('negative: the same figures printed row by row (seven a row, one a line) are not read as columns', () => {
    const cells = goldRows.flatMap((row) => row.map(String));
    const f = figureLines(text);
    const rowMajor = text.slice(0, f[0].at) + cells.join('\n') + text.slice(f[f.length - 1].at + f[f.length - 1].text.length);
    const start = rowMajor.indexOf('三、收到和处理政府信息公开申请情况');
    expect(columnBlockRows(rowMajor, rowMajor, start, rowMajor.indexOf('四、政府信息公开行政复议'))).toBeUndefined();
  });
  it('reads the same with Windows line ends and spaces around the figures (its figure lines are still counted)', () => {
    const crlf = text.replace(/\n/g, '\r\n').replace(/^(\d+)\r$/gm, ' $1 \r');
    expect(crlf).not.toBe(text);
    const r = parseReport(crlf, { source: '024-columns-crlf' });
    rows.forEach((row, i) => row.cells.forEach((key, j) => expect(numberAt(r.indicators, key), key).toBe(goldRows[i][j])));
  });

  it('a region with too few lines holding only a figure is not read as columns (034: 1649 lines, figures run together)', () => {
    const flat = readFileSync(join(FIXTURES, 'corpus/034-b-shanghai-bgt-2025.txt'), 'utf8');
    expect(columnBlockRows(flat, flat, 0, flat.length)).toBeUndefined();
  });
});
