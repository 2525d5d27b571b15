import type { Report } from '../../index.js';

/** Names accepted by `--format`. */
export const FORMAT_NAMES = [
  'jsonl',
  'json',
  'csv',
  'csv-indicators',
  'csv-facts',
  'summary',
  'xlsx',
  'parquet-indicators',
  'parquet-facts',
  'parquet-reports',
] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** `--format` names that stand for several formats: `parquet` = the tidy indicators, the facts and the reports. */
export const FORMAT_GROUPS: Record<string, FormatName[]> = {
  parquet: ['parquet-indicators', 'parquet-facts', 'parquet-reports'],
};

/** What a staged format's `finish` is told about the run. */
export interface FinishContext {
  /** `--all-columns`: the wide reports table keeps every indicator column of the schema, even empty ones. */
  allColumns: boolean;
}

/** A file that could not be converted, as listed on stderr and in the errors output. */
export interface FileError {
  file: string;
  /** NianbaoError code (EMPTY_INPUT, BINARY_INPUT, TOO_LARGE …) or a CLI code (NOT_FOUND, UNREADABLE, TIMEOUT …). */
  code: string;
  reason: string;
}

/** Totals of a run; `seconds` is left out of the data outputs so that they stay byte-for-byte reproducible. */
export interface RunTotals {
  files: number;
  reports: number;
  facts: number;
  warnings: number;
  failed: number;
  /** Reports that carry an official table with template cells unread (TABLE_INCOMPLETE). */
  withUnreadCells?: number;
}

/**
 * One output format. `render` runs in the worker on one input file's reports and returns a chunk of text;
 * `head`, `separator` and `tail` run in the main thread, which writes chunks in input order.
 */
export interface OutputFormat {
  name: FormatName;
  /** File name used in `-o dir/` mode. */
  fileName: string;
  head(): string;
  render(reports: Report[], file: string): string;
  /** Written between two non-empty chunks (json: a comma). */
  separator: string;
  tail(totals: RunTotals, errors: FileError[]): string;
  /** Whether the format carries its own errors section (else `<out>.errors.jsonl` is written). */
  holdsErrors: boolean;
  /**
   * Formats that need the whole batch (a workbook, Parquet, a CSV whose columns depend on the batch): `render` returns
   * staged JSON lines, and `finish` reads them back (in input order) and writes the real output through `write`.
   */
  finish?(staged: string, write: (chunk: string | Uint8Array) => Promise<void>, context: FinishContext): Promise<void>;
  /** Bytes, not text: never written to a terminal. */
  binary?: boolean;
}
