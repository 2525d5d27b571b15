// Formats that need the whole batch before they can write (a workbook, a Parquet file, a CSV whose columns depend on
// the batch): the worker renders each file's rows as JSON lines, the main thread appends them to a staging file in
// input order, and `finish` writes the real output from it once every file is done.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Report } from '../../index.js';
import type { CellValue, OutputTable } from '../tables/types.js';

/** One staged line: the table it belongs to and its cells (or any JSON the format chose to stage). */
export type StagedLine = [table: string, row: unknown];

/** The staged lines of `tables` for one file's reports (JSON lines; `undefined` cells become null). */
export function stageRows(reports: Report[], file: string, tables: OutputTable[]): string {
  let out = '';
  for (const r of reports) {
    for (const t of tables) for (const row of t.rows(r, file)) out += `${JSON.stringify([t.id, row.map((c) => c ?? null)])}\n`;
  }
  return out;
}

/** Reads a staging file back, one line at a time (memory stays flat however large the batch). */
export async function* readStaged(path: string): AsyncGenerator<StagedLine> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) if (line) yield JSON.parse(line) as StagedLine;
}

/** A staged cell back as a CellValue (null → undefined). */
export function cellOf(v: unknown): CellValue {
  return v === null ? undefined : (v as CellValue);
}
