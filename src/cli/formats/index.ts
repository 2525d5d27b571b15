import { csvFactsFormat, csvFormat, csvIndicatorsFormat } from './csv.js';
import { jsonFormat, jsonlFormat } from './json.js';
import { parquetFactsFormat, parquetIndicatorsFormat, parquetReportsFormat } from './parquet.js';
import { summaryFormat } from './summary.js';
import type { FormatName, OutputFormat } from './types.js';
import { xlsxFormat } from './xlsx.js';

export { FORMAT_NAMES, FORMAT_GROUPS, type FormatName, type OutputFormat, type FileError, type RunTotals, type FinishContext } from './types.js';

/** Every output format by name. */
export const FORMATS: Record<FormatName, OutputFormat> = {
  jsonl: jsonlFormat,
  json: jsonFormat,
  csv: csvFormat,
  'csv-indicators': csvIndicatorsFormat,
  'csv-facts': csvFactsFormat,
  summary: summaryFormat,
  xlsx: xlsxFormat,
  'parquet-indicators': parquetIndicatorsFormat,
  'parquet-facts': parquetFactsFormat,
  'parquet-reports': parquetReportsFormat,
};

/** File name endings → format, for `-o` without `--format` (longest ending first). */
export const EXTENSION_FORMATS: Array<[string, FormatName]> = [
  ['facts.csv', 'csv-facts'], // facts.csv, x.facts.csv, x-facts.csv (the name -o dir/ uses)
  ['indicators.csv', 'csv-indicators'], // indicators.csv, x.indicators.csv
  ['facts.parquet', 'parquet-facts'],
  ['reports.parquet', 'parquet-reports'],
  ['.parquet', 'parquet-indicators'], // any other .parquet: the tidy indicators
  ['.xlsx', 'xlsx'],
  ['.jsonl', 'jsonl'],
  ['.ndjson', 'jsonl'],
  ['.json', 'json'],
  ['.csv', 'csv'],
  ['.txt', 'summary'],
];

/** The format an output file name implies, if any. */
export function formatForPath(path: string): FormatName | undefined {
  const lower = path.toLowerCase();
  return EXTENSION_FORMATS.find(([ending]) => lower.endsWith(ending))?.[1];
}
