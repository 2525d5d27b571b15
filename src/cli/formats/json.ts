import type { Report } from '../../index.js';
import type { FileError, OutputFormat, RunTotals } from './types.js';

/** `jsonl`: one Report per line, streamed; failed files go to `<out>.errors.jsonl`. */
export const jsonlFormat: OutputFormat = {
  name: 'jsonl',
  fileName: 'reports.jsonl',
  head: () => '',
  render: (reports: Report[]) => reports.map((r) => JSON.stringify(r) + '\n').join(''),
  separator: '',
  tail: () => '',
  holdsErrors: false,
};

/**
 * `json`: one document `{ "reports": [...], "errors": [...], "totals": {...} }`, written as it goes
 * (one report per line inside the array) so memory stays flat.
 */
export const jsonFormat: OutputFormat = {
  name: 'json',
  fileName: 'reports.json',
  head: () => '{"reports":[\n',
  render: (reports: Report[]) => reports.map((r) => JSON.stringify(r)).join(',\n'),
  separator: ',\n',
  tail: (totals: RunTotals, errors: FileError[]) =>
    `\n],\n"errors":${JSON.stringify(errors)},\n"totals":${JSON.stringify(totals)}}\n`,
  holdsErrors: true,
};
