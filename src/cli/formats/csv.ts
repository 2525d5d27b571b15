import { stringify } from 'csv-stringify/sync';
import type { Report } from '../../index.js';
import { FACTS_TABLE } from '../tables/facts.js';
import { INDICATORS_TABLE } from '../tables/indicators.js';
import { wideCells, wideColumns, wideKeys, wideRow, type WideRow } from '../tables/reports.js';
import type { CellValue, OutputTable } from '../tables/types.js';
import { readStaged } from './staging.js';
import type { FinishContext, FormatName, OutputFormat } from './types.js';

const BOM = '\uFEFF';

/**
 * Cells that start with = + - @ are prefixed with ' so that Excel/WPS do not run them as formulas
 * (a page title is untrusted text). Numbers are left alone. A cell holding a line break is always quoted: the record
 * delimiter is CRLF, and csv-stringify would leave a lone LF (a PDF quote `2025\n年1月1日`) bare, which breaks the row
 * for Excel and pandas.
 */
export function toCsv(rows: CellValue[][]): string {
  return stringify(
    rows.map((row) => row.map((c) => c ?? '')),
    { escape_formulas: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ },
  );
}

/** A tidy table as a CSV streamed file by file: UTF-8 with BOM, CRLF, one 中文 header row. */
function tableCsvFormat(name: FormatName, fileName: string, table: OutputTable): OutputFormat {
  return {
    name,
    fileName,
    head: () => BOM + toCsv([table.columns.map((c) => c.header)]),
    render: (reports, file) => {
      const rows = reports.flatMap((r) => table.rows(r, file));
      return rows.length ? toCsv(rows) : '';
    },
    separator: '',
    tail: () => '',
    holdsErrors: false,
  };
}

/** `csv-indicators` (indicators.csv): one row per report × indicator — the table to pivot. */
export const csvIndicatorsFormat = tableCsvFormat('csv-indicators', 'indicators.csv', INDICATORS_TABLE);

/** `csv-facts` (facts.csv): one row per figure, with its quote and offsets into the report's text. */
export const csvFactsFormat = tableCsvFormat('csv-facts', 'facts.csv', FACTS_TABLE);

/** Stages each report's wide row (one JSON line per report). */
export function stageWideRows(reports: Report[], file: string): string {
  return reports.map((r) => `${JSON.stringify(['reports', wideRow(r, file)])}\n`).join('');
}

/** The indicator keys of the wide table for a staged batch: those holding a value (all, with --all-columns). */
export async function stagedWideKeys(staged: string, context: FinishContext): Promise<string[]> {
  const used = new Set<string>();
  for await (const [, row] of readStaged(staged)) for (const [key] of (row as WideRow).values) used.add(key);
  return wideKeys(used, context.allColumns);
}

/**
 * `csv` (reports.csv): one row per report. Header row 1 is the 中文 label, row 2 the English key
 * (`pd.read_csv(f, header=[0, 1])`, or `skiprows=[1]`); only indicator columns that hold a value in the batch.
 */
export const csvFormat: OutputFormat = {
  name: 'csv',
  fileName: 'reports.csv',
  head: () => '',
  render: stageWideRows,
  separator: '',
  tail: () => '',
  holdsErrors: false,
  async finish(staged, write, context) {
    const keys = await stagedWideKeys(staged, context);
    const columns = wideColumns(keys);
    await write(BOM + toCsv([columns.map((c) => c.header), columns.map((c) => c.name)]));
    let batch: CellValue[][] = [];
    for await (const [, row] of readStaged(staged)) {
      batch.push(wideCells(row as WideRow, keys));
      if (batch.length >= 500) {
        await write(toCsv(batch));
        batch = [];
      }
    }
    if (batch.length) await write(toCsv(batch));
  },
};
