import { csvFactsFormat, csvFormat } from './csv.js';
import { jsonFormat, jsonlFormat } from './json.js';
import { summaryFormat } from './summary.js';
import type { FormatName, OutputFormat } from './types.js';

export { FORMAT_NAMES, type FormatName, type OutputFormat, type FileError, type RunTotals } from './types.js';

/** Every output format by name. */
export const FORMATS: Record<FormatName, OutputFormat> = {
  jsonl: jsonlFormat,
  json: jsonFormat,
  csv: csvFormat,
  'csv-facts': csvFactsFormat,
  summary: summaryFormat,
};

/** File name endings → format, for `-o` without `--format` (longest ending first). */
export const EXTENSION_FORMATS: Array<[string, FormatName]> = [
  ['facts.csv', 'csv-facts'], // facts.csv, x.facts.csv, x-facts.csv (the name -o dir/ uses)
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
