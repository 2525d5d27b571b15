// `parquet`: the tidy indicators, the facts and the reports as Parquet files (indicators.parquet, facts.parquet,
// reports.parquet) that DuckDB, pandas and R arrow read as they are: typed columns (INT32, DOUBLE, UTF-8 strings),
// 中文 column names as in the CSV, written in row groups so that a batch of millions of rows stays in bounded memory.
import { ByteWriter, ParquetWriter, type SchemaElement } from 'hyparquet-writer';
import { FACTS_TABLE } from '../tables/facts.js';
import { INDICATORS_TABLE } from '../tables/indicators.js';
import { wideCells, wideColumns, wideKeys, type WideRow } from '../tables/reports.js';
import type { CellValue, Column, OutputTable } from '../tables/types.js';
import { stageWideRows } from './csv.js';
import { cellOf, readStaged, stageRows } from './staging.js';
import type { FormatName, OutputFormat } from './types.js';

/** Rows per row group: large enough for good compression, small enough to keep memory flat. */
const ROW_GROUP = 50_000;

/** The Parquet type of a column: int → INT32, number → DOUBLE, text → UTF-8 string; every column optional. */
function schemaElement(c: Column): SchemaElement {
  if (c.type === 'int') return { name: c.header, type: 'INT32', repetition_type: 'OPTIONAL' };
  if (c.type === 'number') return { name: c.header, type: 'DOUBLE', repetition_type: 'OPTIONAL' };
  return { name: c.header, type: 'BYTE_ARRAY', converted_type: 'UTF8', repetition_type: 'OPTIONAL' };
}

/** A cell as the column's type wants it (null when absent). */
function typed(v: CellValue, c: Column): string | number | null {
  if (v === undefined || v === '') return null;
  if (c.type === 'text') return String(v);
  return typeof v === 'number' ? v : null;
}

/** Writes rows (arriving in any number) as a Parquet file through `write`, one row group per ROW_GROUP rows. */
async function writeParquet(columns: Column[], rows: AsyncIterable<CellValue[]>, write: (chunk: Uint8Array) => Promise<void>): Promise<void> {
  const writer = new ByteWriter();
  const flush = async () => {
    if (writer.index) await write(writer.getBytes().slice());
    writer.index = 0; // offsets in the file keep counting in writer.offset
  };
  const parquet = new ParquetWriter({
    writer,
    schema: [{ name: 'root', num_children: columns.length }, ...columns.map(schemaElement)],
    kvMetadata: [{ key: 'nianbao.columns', value: JSON.stringify(columns.map((c) => ({ header: c.header, name: c.name }))) }],
    createdBy: 'nianbao',
  });
  let batch: CellValue[][] = [];
  const writeBatch = async () => {
    if (!batch.length) return;
    const columnData = columns.map((c, i) => ({ name: c.header, data: batch.map((row) => typed(row[i], c)) }));
    await parquet.write({ columnData, rowGroupSize: batch.length });
    batch = [];
    await flush();
  };
  for await (const row of rows) {
    batch.push(row);
    if (batch.length >= ROW_GROUP) await writeBatch();
  }
  await writeBatch();
  await parquet.finish();
  await flush();
}

/** The staged rows of one table, cells restored. */
async function* stagedRows(staged: string): AsyncGenerator<CellValue[]> {
  for await (const [, row] of readStaged(staged)) yield (row as unknown[]).map(cellOf);
}

/** A tidy table as a Parquet format. */
function tableParquetFormat(name: FormatName, table: OutputTable): OutputFormat {
  return {
    name,
    fileName: `${table.id}.parquet`,
    head: () => '',
    render: (reports, file) => stageRows(reports, file, [table]),
    separator: '',
    tail: () => '',
    holdsErrors: false,
    binary: true,
    finish: (staged, write) => writeParquet(table.columns, stagedRows(staged), write),
  };
}

/** `parquet-indicators` (indicators.parquet): the tidy indicators. */
export const parquetIndicatorsFormat = tableParquetFormat('parquet-indicators', INDICATORS_TABLE);

/** `parquet-facts` (facts.parquet): every figure with its quote and offsets. */
export const parquetFactsFormat = tableParquetFormat('parquet-facts', FACTS_TABLE);

/**
 * `parquet-reports` (reports.parquet): one row per report with every numeric indicator column of the schema, so that
 * files of several batches share one schema (the batch-dependent categories are in indicators.parquet).
 */
export const parquetReportsFormat: OutputFormat = {
  name: 'parquet-reports',
  fileName: 'reports.parquet',
  head: () => '',
  render: stageWideRows,
  separator: '',
  tail: () => '',
  holdsErrors: false,
  binary: true,
  async finish(staged, write) {
    const keys = wideKeys(new Set(), true);
    async function* rows(): AsyncGenerator<CellValue[]> {
      for await (const [, row] of readStaged(staged)) yield wideCells(row as WideRow, keys);
    }
    await writeParquet(wideColumns(keys), rows(), write);
  },
};
