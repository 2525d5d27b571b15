import type { Report } from '../../index.js';
import { column, type CellValue, type Column } from './types.js';
import { reportFormatLabel } from './words.js';

/** The columns that say which report a row belongs to; 文件 + 篇 identify a report in every table. */
export const REPORT_KEY_COLUMNS: Column[] = [
  column('文件', 'file', 'text', 36),
  column('篇', 'report', 'int', 5), // 1-based: 篇1 = source.index 0, as in series.csv
  column('机关', 'agency', 'text', 24),
  column('年度', 'year', 'int', 7),
  column('报告格式', 'format', 'text', 11), // 文字版 / 2019版表格 / 2021版表格
];

/** The cells of REPORT_KEY_COLUMNS for one report. */
export function reportKeyCells(r: Report, file: string): CellValue[] {
  return [file, r.source.index + 1, r.agency, r.year, reportFormatLabel(r.indicators.format)];
}
