// `nianbao series <files|dirs|globs…> -o series.csv [--chart series.html] [--alias A=B] [--jump-factor N]`:
// one agency's years side by side. Parses every input (one thread, one file at a time), groups the reports by agency,
// writes the tidy series CSV and the cross-report checks (`series.checks.json`, and readable lines on stderr).
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Report } from '../../schema/report.js';
import { compareReports, type SeriesOptions } from '../../series/compare.js';
import { renderSeriesChart } from '../series/chart.js';
import { formatSeriesWarning, seriesChecks, seriesCsv } from '../series/output.js';
import { indicatorLabel } from '../columns.js';
import { expandInputs, readStdin, STDIN_NAME, type InputFile } from '../files.js';
import { convertFile } from '../task.js';
import { EXIT, UsageError } from '../usage.js';
import { tokenizerFromEnv } from '../env.js';
import { outputError } from '../outputErrors.js';

/** Options of `nianbao series`, as commander hands them over. */
export interface SeriesCliOptions {
  output?: string;
  checks?: string;
  chart?: string;
  alias: string[];
  jumpFactor: string;
  jumpMinimum: string;
  encoding?: string;
  maxSize: string;
  force?: boolean;
  quiet?: boolean;
}

function number(value: string, name: string, min: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min) throw new UsageError(`${name} must be a number ≥ ${min}, got "${value}"`);
  return n;
}

/** `--alias 平潭县人民政府=平潭综合实验区` (repeatable) → `{ 平潭县人民政府: 平潭综合实验区 }`. */
export function parseAliases(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    const from = value.slice(0, eq).trim();
    const to = value.slice(eq + 1).trim();
    if (eq < 0 || !from || !to) throw new UsageError(`--alias takes NAME=GROUP, got "${value}"`);
    out[from] = to;
  }
  return out;
}

/** The checks file beside the CSV: `series.csv` → `series.checks.json`. */
export function checksPathFor(csvPath: string): string {
  const ext = extname(csvPath);
  return join(dirname(csvPath), `${basename(csvPath, ext)}.checks.json`);
}

/** Writes `text` to `path` through a temporary file renamed into place (`-` = stdout). */
function writeAtomically(path: string, text: string): void {
  if (path === '-') {
    process.stdout.write(text);
    return;
  }
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(path) || '.', { recursive: true });
    writeFileSync(temp, text);
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw outputError(err, path);
  }
}

/** Drops what the series does not use (facts, tables, sections) so that many reports fit in memory. */
function slim(report: Report): Report {
  return { ...report, facts: [], tables: [], sections: [] };
}

/** Parses the inputs one file at a time; failed files are reported on stderr and counted. */
async function readReports(files: InputFile[], opts: SeriesCliOptions, maxBytes: number): Promise<{ reports: Report[]; failed: number }> {
  const stdin = files.some((f) => f.path === '-') ? await readStdin() : undefined;
  const reports: Report[] = [];
  const tokenizer = tokenizerFromEnv();
  let failed = 0;
  for (const file of files) {
    const outcome = await convertFile({
      path: file.path === '-' ? STDIN_NAME : file.path,
      format: file.format,
      formats: ['jsonl'],
      maxBytes,
      ...(file.path === '-' ? { bytes: stdin } : {}),
      ...(opts.encoding ? { encoding: opts.encoding } : {}),
      ...(tokenizer ? { tokenizer } : {}),
    });
    if (!outcome.ok) {
      failed++;
      process.stderr.write(`nianbao: ${outcome.file}: ${outcome.reason}\n`);
      continue;
    }
    for (const line of (outcome.chunks.jsonl ?? '').split('\n')) if (line) reports.push(slim(JSON.parse(line) as Report));
  }
  return { reports, failed };
}

/** Refuses to overwrite an input ever, or an existing output without --force. */
function checkOutputPaths(outputs: string[], inputs: InputFile[], force: boolean): void {
  const inputSet = new Set(inputs.filter((f) => f.path !== '-').map((f) => resolve(f.path)));
  for (const out of outputs) {
    if (inputSet.has(resolve(out))) throw new UsageError(`output ${out} is also an input; inputs are never overwritten`);
    if (!force && existsSync(out)) throw new UsageError(`${out} exists; use --force to replace it`);
  }
}

/** Runs `nianbao series`; returns the exit code. */
export async function runSeries(inputs: string[], opts: SeriesCliOptions): Promise<number> {
  if (!opts.output) throw new UsageError('series needs -o series.csv (or -o - for stdout)');
  const options: SeriesOptions = {
    jumpFactor: number(opts.jumpFactor, '--jump-factor', 1),
    jumpMinimum: number(opts.jumpMinimum, '--jump-minimum', 0),
    aliases: parseAliases(opts.alias),
  };
  const maxBytes = Math.round(number(opts.maxSize, '--max-size', 0.001) * 1024 * 1024);
  const checksPath = opts.checks ?? (opts.output === '-' ? undefined : checksPathFor(opts.output));
  const outputs = [opts.output, checksPath, opts.chart].filter((p): p is string => p !== undefined && p !== '-');
  const { files: inputFiles, emptyGlobs } = expandInputs(inputs);
  for (const pattern of emptyGlobs) process.stderr.write(`nianbao: no file matches ${pattern}\n`);
  if (inputFiles.length === 0) throw new UsageError(`no report files found in ${inputs.join(' ')}`);
  checkOutputPaths(outputs, inputFiles, Boolean(opts.force));

  const started = Date.now();
  const { reports, failed } = await readReports(inputFiles, opts, maxBytes);
  const files = inputFiles.length;
  const series = compareReports(reports, options);
  writeAtomically(opts.output, seriesCsv(series, indicatorLabel));
  if (checksPath) writeAtomically(checksPath, `${JSON.stringify(seriesChecks(series, options), null, 2)}\n`);
  if (opts.chart) writeAtomically(opts.chart, renderSeriesChart(series, indicatorLabel));

  if (!opts.quiet) {
    const out: string[] = [];
    for (const g of series.groups) {
      const names = g.names.map((n) => `${n.name}${n.steps.length ? ` (${n.steps.join('+')})` : ''}`).join(', ');
      out.push(`${g.agency}: ${g.years.join(' ')} — ${g.reports.length} report(s) written as ${names}`);
    }
    for (const u of series.unplaced) out.push(`not placed (no ${u.agency ? 'year' : 'agency'}): ${u.file ?? '(no file)'} 篇${u.index + 1}`);
    for (const w of series.warnings) out.push(formatSeriesWarning(w));
    const written = [opts.output, checksPath, opts.chart].filter((p) => p && p !== '-');
    out.push(
      `${files} file(s), ${reports.length} report(s), ${series.groups.length} agenc${series.groups.length === 1 ? 'y' : 'ies'}, ` +
        `${series.rows.length} rows, ${series.warnings.length} check warning(s), ${failed} failed, ${((Date.now() - started) / 1000).toFixed(2)} s` +
        (written.length ? `; wrote ${written.join(', ')}` : ''),
    );
    process.stderr.write(out.map((l) => `${l}\n`).join(''));
  }
  return failed ? EXIT.FAILED : EXIT.OK;
}

/** Registers `nianbao series`. */
export function registerSeries(program: Command): void {
  program
    .command('series')
    .description("one agency's years side by side: a tidy CSV (agency × year × indicator) and the checks only a series can make")
    .argument('<inputs...>', 'report files, directories (recursive), globs, or - for stdin')
    .option('-o, --output <path>', 'the series CSV (UTF-8 with BOM), or - for stdout')
    .option('--checks <path>', 'the checks as JSON (default: beside the CSV, series.csv → series.checks.json)')
    .option('--chart <path>', 'also write a static HTML page with one line chart per agency')
    .option('--alias <NAME=GROUP>', 'join a name to a group, e.g. 平潭县人民政府=平潭综合实验区 (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--jump-factor <n>', 'flag a figure that changes by more than this factor between two reports', '10')
    .option('--jump-minimum <n>', 'only when the larger value is at least this', '20')
    .option('--encoding <name>', 'force an input encoding (gbk, gb18030, utf-8 …); detected otherwise')
    .option('--max-size <MB>', 'refuse files larger than this', '20')
    .option('--force', 'replace existing output files')
    .option('-q, --quiet', 'print nothing but failed files on stderr')
    .action(async (inputs: string[], opts: SeriesCliOptions) => {
      process.exitCode = await runSeries(inputs, opts);
    });
}
