// 表三 and 表四 as printed (sheets 表三 / 表四): one row per report × table row, the applicant or outcome columns
// side by side, so a reader can hold the sheet against the report's own table.
import { IndicatorsSchema, type Report } from '../../index.js';
import { leafKeys, valueAt } from '../columns.js';
import { REPORT_KEY_COLUMNS, reportKeyCells } from './report.js';
import { column, type CellValue, type OutputTable } from './types.js';
import { indicatorLabel } from './units.js';

/** The rows (parent keys, schema order) and columns (last segments, first-seen order) of the leaves under `prefix`. */
function layout(prefix: string): { rows: string[]; cols: string[] } {
  const rows: string[] = [];
  const cols: string[] = [];
  for (const { key, kind } of leafKeys(IndicatorsSchema)) {
    if (kind !== 'number' || !key.startsWith(`${prefix}.`)) continue;
    const dot = key.lastIndexOf('.');
    const row = key.slice(0, dot);
    const col = key.slice(dot + 1);
    if (!rows.includes(row)) rows.push(row);
    if (!cols.includes(col)) cols.push(col);
  }
  return { rows, cols };
}

/** The 中文 row label without the table's own name: `applications.denied.stateSecret` → 不予公开·属于国家秘密. */
function rowLabel(row: string): string {
  return indicatorLabel(row).split('·').slice(1).join('·');
}

/** One official table as a sheet: columns as printed, one row per table row a report fills. */
function officialTable(id: string, sheet: string, prefix: string): OutputTable {
  const { rows, cols } = layout(prefix);
  return {
    id,
    sheet,
    keyRow: true,
    columns: [
      ...REPORT_KEY_COLUMNS,
      column('行', 'row', 'text', 30),
      column('行键', 'rowKey', 'text', 36),
      ...cols.map((c) => column(indicatorLabel(c), c, 'number', 10)),
    ],
    rows(r: Report, file: string): CellValue[][] {
      const key = reportKeyCells(r, file);
      const out: CellValue[][] = [];
      for (const row of rows) {
        const values = valueAt(r.indicators, row);
        if (!values || typeof values !== 'object') continue;
        const cells = cols.map((c) => (values as Record<string, unknown>)[c]).map((v) => (typeof v === 'number' ? v : undefined));
        if (cells.every((v) => v === undefined)) continue;
        out.push([...key, rowLabel(row), row, ...cells]);
      }
      return out;
    },
  };
}

/** 表三 收到和处理政府信息公开申请情况: rows 本年新收 … 结转下年度继续办理; columns 自然人 … 总计. */
export const TABLE3: OutputTable = officialTable('table3', '表三', 'applications');

/** 表四 政府信息公开行政复议、行政诉讼情况: rows 行政复议 / 未经复议直接起诉 / 复议后起诉; columns 结果维持 … 总计. */
export const TABLE4: OutputTable = officialTable('table4', '表四', 'reviewsAndLawsuits');
