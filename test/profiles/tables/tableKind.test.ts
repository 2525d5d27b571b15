import { describe, expect, it } from 'vitest';
import { tableKind } from '../../../src/profiles/disclosure/tables/tableKind.js';
import type { Table } from '../../../src/schema/report.js';

const grid = (...rows: string[][]): Table => ({ source: 'html', span: { start: 0, end: 1 }, rows: rows.map((r) => r.map((text) => ({ text }))) });

describe('tableKind: 本年新收 found as the words grow', () => {
  it('names 表三 when 本年新收 is split over cells (a label broken by a crawler: 本 | 年新 | 收)', () => {
    expect(tableKind(grid(['申请人情况', '自然人'], ['一、本年', '新收政府信息公开申请数量']))).toBe('表三');
    expect(tableKind(grid(['本'], ['年新'], ['收']))).toBe('表三');
  });

  it('does not join words that stand apart (本年 … other words … 新收)', () => {
    expect(tableKind(grid(['本年'], ['行政许可'], ['新收']))).toBeUndefined();
  });

  it('still reads 表四 and 表二 after looking for 本年新收 in every cell', () => {
    expect(tableKind(grid(['行政复议', '行政诉讼'], ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']))).toBe('表四');
    expect(tableKind(grid(['第二十条第（一）项'], ['信息内容', '本年制发件数']))).toBe('表二');
  });
});
