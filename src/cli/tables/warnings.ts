// The warnings table (sheet 警告, warnings.csv): one row per warning, 中文 message from the warnings table.
import { WARNING_MESSAGES, type Report } from '../../index.js';
import { REPORT_KEY_COLUMNS, reportKeyCells } from './report.js';
import { column, type CellValue, type OutputTable } from './types.js';

/** The longest quote printed for a warning's span (a TABLE_TRUNCATED span can cover a whole table). */
const QUOTE_LIMIT = 200;

/** The warnings table. */
export const WARNINGS_TABLE: OutputTable = {
  id: 'warnings',
  sheet: '警告',
  keyRow: false,
  columns: [
    ...REPORT_KEY_COLUMNS,
    column('代码', 'code', 'text', 22), // TOTAL_MISMATCH
    column('说明', 'messageZh', 'text', 36), // 分项之和与总计不符
    column('详情', 'message', 'text', 60), // the message with its figures, as the library gives it
    column('原文', 'quote', 'text', 40),
    column('起', 'start', 'int', 8),
    column('止', 'end', 'int', 8),
  ],
  rows(r: Report, file: string): CellValue[][] {
    const key = reportKeyCells(r, file);
    return r.warnings.map((w) => {
      const quote = w.span ? r.text.slice(w.span.start, w.span.end) : undefined;
      return [
        ...key,
        w.code,
        Object.hasOwn(WARNING_MESSAGES, w.code) ? WARNING_MESSAGES[w.code].zh : undefined,
        w.message,
        quote && quote.length > QUOTE_LIMIT ? `${quote.slice(0, QUOTE_LIMIT)}…` : quote,
        w.span?.start,
        w.span?.end,
      ];
    });
  },
};
