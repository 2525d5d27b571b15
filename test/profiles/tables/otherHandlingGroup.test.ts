/**
 * The layout class "（六）其他处理 printed as a group beside rows whose own labels are lost": the 2021 group of three
 * rows, not the 2019 template's single （六）其他处理 row (found by the property tests, FC_SEED=-428241737: the first
 * of the three was read as the 2019 row, a value the table does not hold). Real tables: 031's HTML page (2021) with
 * the three row labels blanked, and 062 (2019 template, one （六）其他处理 row with figures) as the negative.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching, readInput } from '../../../src/input/index.js';
import { parseReport } from '../../../src/index.js';
import { table3Format } from '../../../src/profiles/disclosure/tables/align.js';
import { readIndicators } from '../../../src/profiles/disclosure/indicators.js';
import { readTables } from '../../../src/profiles/disclosure/tables/tables.js';
import type { Table } from '../../../src/schema/report.js';

const FIXTURES = join(import.meta.dirname, '../../../fixtures');
const page = readInput(readFileSync(join(FIXTURES, 'corpus/031-b-shuyang-fgj-2023.html')), { format: 'html' });
const LOST = ['逾期不补正', '缴纳费用', '3.其他'];

/** 031's tables with the labels of its three （六）其他处理 rows blanked (the group cell kept). */
function labelsLost(): Table[] {
  return page.tables.map((t) => ({
    ...t,
    rows: t.rows.map((row) => row.map((c) => (c.value === undefined && LOST.some((w) => c.text.replace(/\s/g, '').includes(w)) ? { ...c, text: '' } : c))),
  }));
}

describe('（六）其他处理 beside label-less rows is the 2021 group', () => {
  it('031 with the three row labels lost: read as 2021, the three rows by order, no 2019 其他处理 value', () => {
    const tabled = readTables(page.text, normalizeForMatching(page.text), [], labelsLost());
    const { indicators } = readIndicators(page.text, tabled.facts, tabled.tables);
    const apps = (indicators as { applications: Record<string, unknown> }).applications;
    expect(indicators.format).toBe('2021');
    expect(typeof (apps.otherHandling as Record<string, unknown>).naturalPerson).not.toBe('number');
    const gold = JSON.parse(readFileSync(join(FIXTURES, 'corpus/031-b-shuyang-fgj-2023.gold.json'), 'utf8')).table3 as Record<string, number[]>;
    const other = Object.entries(gold).filter(([k]) => /逾期|其他$/.test(k)).map(([, v]) => v[6]);
    const oh = apps.otherHandling as Record<string, { total: number }>;
    expect([oh.overdueCorrection.total, oh.unpaidFee.total, oh.other.total]).toEqual(other);
  });

  it('the rule on labels: 其他处理 twice in a row, or followed by more figure rows before （七）总计, is not the 2019 row', () => {
    const rows = (labels: string[]) => labels.map((label) => ({ label, hasValues: true }));
    expect(table3Format(rows(['5.要求行政机关确认或重新出具已获取信息', '（六）其他处理', '（七）总计']))).toBe('2019');
    expect(table3Format(rows(['5.要求行政机关确认或重新出具已获取信息', '（六）其他处理', '（六）其他处理', '（六）其他处理', '（七）总计']))).toBe('2021');
    expect(table3Format(rows(['（六）其他处理', '', '', '（七）总计']))).toBe('2021');
  });

  it('the rule on row counts: label-less figure rows since the last named row must fit the 2019 rows before （六）', () => {
    const rows = (labels: string[]) => labels.map((label) => ({ label, hasValues: true }));
    // one label-less row after 4.无正当理由… is 5.要求行政机关确认… of either template: still 2019
    expect(table3Format(rows(['4.无正当理由大量反复申请', '', '（六）其他处理', '（七）总计']))).toBe('2019');
    // two cannot be 2019 (nothing stands between 5. and （六） there): the 2021 group with the label in its middle
    expect(table3Format(rows(['4.无正当理由大量反复申请', '', '', '（六）其他处理', '（七）总计']))).toBe('2021');
    // the vertical 三、本年度办理结果 alone over a row's figures names no row: a figure row between （六） and （七）
    expect(table3Format(rows(['5.要求行政机关确认或重新出具已获取信息', '（六）其他处理', '三\n、\n本\n年\n度\n办\n理\n结\n果', '（七）总计']))).toBe('2021');
    // the table's heading repeated at a page break over a row whose label is lost: likewise
    expect(table3Format(rows(['5.要求行政机关确认或重新出具已获取信息', '（六）其他处理', '## 表三：收到和处理政府信息公开申请情况', '（七）总计']))).toBe('2021');
    expect(table3Format(rows(['5.要求行政机关确认或重新出具已获取信息', '（六）其他处理', '（七）总计', '## 表三：收到和处理政府信息公开申请情况']))).toBe('2019');
  });

  it('negative: 062 (the 2019 template printed in 2023, one （六）其他处理 row with figures) stays 2019 with its row read', () => {
    const r = parseReport(readFileSync(join(FIXTURES, 'shapes/062-layout.txt'), 'utf8'), { source: '062-layout' });
    expect(r.indicators.format).toBe('2019');
    const oh = (r.indicators as { applications: { otherHandling: Record<string, unknown> } }).applications.otherHandling;
    expect(typeof oh.total).toBe('number');
  });
});
