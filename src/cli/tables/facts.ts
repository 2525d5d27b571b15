// The facts table (facts.csv, sheet 数字, facts.parquet): one row per figure in the report, sentence or table cell,
// with its quote and offsets into the report's text.
import type { Report } from '../../index.js';
import { REPORT_KEY_COLUMNS, reportKeyCells } from './report.js';
import { column, type CellValue, type OutputTable } from './types.js';
import { APPROX_LABELS, FACT_KIND_LABELS, FACT_SOURCE_LABELS, wordFor } from './words.js';

/** The facts table: numbers in 数值, dates and date ranges (ISO text) in 日期. */
export const FACTS_TABLE: OutputTable = {
  id: 'facts',
  sheet: '数字',
  keyRow: false,
  columns: [
    ...REPORT_KEY_COLUMNS,
    column('类型', 'kind', 'text', 8), // 数量 / 百分比 / 金额 / 日期 / 期间
    column('数值', 'value', 'number', 10), // counts, percents (7.8 for 7.8%), money in 元
    column('日期', 'date', 'text', 12), // 2020-01-20, or 2019-01-01/2019-12-31 for a 期间
    column('单位', 'unit', 'text', 6),
    column('约数', 'approx', 'text', 6),
    column('否定为零', 'zeroBy', 'text', 8), // 未收到 → 0
    column('主题', 'subject', 'text', 20),
    column('章节', 'section', 'text', 30),
    column('原文', 'quote', 'text', 40),
    column('起', 'start', 'int', 8),
    column('止', 'end', 'int', 8),
    column('来源', 'source', 'text', 6), // 正文 / 表格
    column('规则', 'rule', 'text', 20),
  ],
  rows(r: Report, file: string): CellValue[][] {
    const key = reportKeyCells(r, file);
    return r.facts.map((f) => [
      ...key,
      wordFor(FACT_KIND_LABELS, f.kind),
      typeof f.value === 'number' ? f.value : undefined,
      typeof f.value === 'string' ? f.value : undefined,
      f.unit,
      wordFor(APPROX_LABELS, f.approx),
      f.zeroBy ? '是' : undefined,
      f.subject,
      f.sectionPath.join(' > '),
      f.quote,
      f.span.start,
      f.span.end,
      wordFor(FACT_SOURCE_LABELS, f.source),
      f.rule,
    ]);
  },
};
