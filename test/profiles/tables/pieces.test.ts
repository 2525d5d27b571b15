import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../../src/input/normalize.js';
import { readDigitRun } from '../../../src/profiles/disclosure/tables/flattened.js';
import { findPipeRows, splitPipeRow } from '../../../src/profiles/disclosure/tables/pipeTables.js';
import { splitLabellessRows } from '../../../src/profiles/disclosure/tables/runPieces.js';
import { table4Pieces } from '../../../src/profiles/disclosure/tables/table4Pieces.js';
import type { RawRow } from '../../../src/profiles/disclosure/tables/textRows.js';

/** The row `label` + `run` as the flattened reader hands it over. */
function rowOf(text: string, label: string, run: string): RawRow {
  const start = text.indexOf(label + run) + label.length;
  const end = start + run.length;
  return { label, run: readDigitRun(text, start, end), runSpan: { start, end }, offset: 0 };
}

describe('label-less rows run onto the row before them (024-labelless-rows)', () => {
  it('1.属于国家秘密4000004 0000000 → the row 4|0|0|0|0|0|4 and a label-less row of zeros', () => {
    const text = '1.属于国家秘密4000004 00000003.危及';
    const rows = splitLabellessRows(text, rowOf(text, '1.属于国家秘密', '4000004 0000000'));
    expect(rows.map((r) => [r.label, r.run!.digits])).toEqual([['1.属于国家秘密', '4000004'], ['', '0000000']]);
    expect(text.slice(rows[1].runSpan!.start, rows[1].runSpan!.end)).toBe('0000000');
  });
  it('a stray space from an empty cell (230 000023) is not a row', () => {
    const text = '（二）部分公开230 000023（三）';
    expect(splitLabellessRows(text, rowOf(text, '（二）部分公开', '230 000023'))).toHaveLength(1);
  });
  it('a run that adds up as a whole is not cut (71 3000074 reads as one row)', () => {
    const text = '一、本年新收7130 00074二、';
    expect(splitLabellessRows(text, rowOf(text, '一、本年新收', '7130 00074'))).toHaveLength(1);
  });
});

describe('label-less rows printed one a line under the row before them (PDF text; FC_SEED=-221699923 on 031)', () => {
  it('4.无正当理由大量反复申请 + three lines of seven figures → the row and two label-less rows, each at its line', () => {
    const run = '0 0 0 0 0 0 0\n2 0 0 0 0 0 2\n0 1 0 0 0 0 1';
    const text = `4.无正当理由大量反复申请\n${run}\n（六）其他处理`;
    const rows = splitLabellessRows(text, rowOf(text, '4.无正当理由大量反复申请\n', run));
    expect(rows.map((r) => [r.label, r.run!.digits])).toEqual([['4.无正当理由大量反复申请\n', '0000000'], ['', '2000002'], ['', '0100001']]);
    expect(rows.map((r) => text.slice(r.runSpan!.start, r.runSpan!.end))).toEqual(['0 0 0 0 0 0 0', '2 0 0 0 0 0 2', '0 1 0 0 0 0 1']);
  });
  it('negative: one row wrapped over two lines (26 0 0 0 / 0 0 26) stays one row', () => {
    const text = '（一）予以公开\n26 0 0 0\n0 0 26\n（二）';
    expect(splitLabellessRows(text, rowOf(text, '（一）予以公开\n', '26 0 0 0\n0 0 26'))).toHaveLength(1);
  });
  it('negative: a line of seven figures that does not add up is not proven a row (left whole)', () => {
    const text = '2.重复申请\n1 0 0 0 0 0 1\n2 0 0 0 0 0 3\n3.';
    expect(splitLabellessRows(text, rowOf(text, '2.重复申请\n', '1 0 0 0 0 0 1\n2 0 0 0 0 0 3'))).toHaveLength(1);
  });
});

const SUBTABLES = [
  '四、政府信息公开行政复议、行政诉讼情况',
  '### 行政诉讼（复议后起诉）',
  '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
  '|---|---|---|---|---|',
  '| 6 | 0 | 9 | 7 | 22 |',
  '### 行政复议',
  '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
  '| 40 | 0 | 10 | 5 | 55 |',
  '### 行政诉讼（未经复议直接起诉）',
  '| 结果纠正 | 结果维持 | 其他结果 | 尚未审结 | 总计 |',
  '| 0 | 2 | 4 | 6 | 12 |',
].join('\n');

describe('表四 as three small tables under sub-headings (034-table4-subtables)', () => {
  const read = (text: string) => table4Pieces(normalizeForMatching(text), 0, findPipeRows(text, normalizeForMatching(text)))?.cells?.map((c) => c.value);
  it('joins the pieces in the template’s order, whatever order the pieces and their columns come in', () => {
    expect(read(SUBTABLES)).toEqual([40, 0, 10, 5, 55, 2, 0, 4, 6, 12, 6, 0, 9, 7, 22]);
  });
  it('a group missing or printed twice: no table from pieces', () => {
    expect(read(SUBTABLES.split('### 行政复议')[0])).toBeUndefined();
    expect(read(SUBTABLES.replace('### 行政复议', '### 行政诉讼（复议后起诉）'))).toBeUndefined();
  });
});

describe('blank pipe cells keep their column (a generated pipe 表三 with zeros printed blank)', () => {
  const row = (line: string) => findPipeRows(line, normalizeForMatching(line))[0];
  it('| 3.其他 | | 2 | | | | | 2 | → seven figures, 自然人 blank', () => {
    const parts = splitPipeRow(row('| 3.其他 | | 2 | | | | | 2 |'), true)!;
    expect(parts.label.map((c) => c.text)).toEqual(['3.其他']);
    expect(parts.numbers.map((c) => c.value ?? null)).toEqual([null, 2, null, null, null, null, 2]);
  });
  it('without keepBlanks (表二) the blanks go, as before', () => {
    expect(splitPipeRow(row('| 规章 | 22 | | 235 |'))!.numbers.map((c) => c.value)).toEqual([22, 235]);
  });
});
