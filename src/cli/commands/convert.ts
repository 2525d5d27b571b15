import { availableParallelism } from 'node:os';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { expandInputs, readStdin, STDIN_NAME, type InputFile } from '../files.js';
import type { FileError, FormatName, RunTotals } from '../formats/index.js';
import { checkOutputs, OutputWriter, parseFormats, planOutputs, type OutputPlan } from '../outputs.js';
import { ConvertPool, inInputOrder } from '../pool.js';
import { Progress, type ProgressMode } from '../progress.js';
import type { FileOutcome, FileTask } from '../task.js';
import { EXIT, UsageError } from '../usage.js';
import { StagedWriter } from '../stagedWriter.js';
import { reviewPageWriter } from './review.js';

/** Options of `nianbao convert`, as commander hands them over. */
export interface ConvertOptions {
  output?: string;
  format?: string;
  jobs: string;
  encoding?: string;
  failFast?: boolean;
  quiet?: boolean;
  force?: boolean;
  timeout: string;
  maxSize: string;
  reviewDir?: string;
  allColumns?: boolean;
}

function positiveNumber(value: string, name: string, integer: boolean): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`${name} must be a positive ${integer ? 'integer' : 'number'}, got "${value}"`);
  }
  return n;
}

function checkEncoding(encoding: string | undefined): void {
  if (!encoding) return;
  try {
    new TextDecoder(encoding);
  } catch {
    throw new UsageError(`unknown encoding "${encoding}" (try utf-8, gbk, gb18030, big5)`);
  }
}

/** Where the run stands, for the final summary. */
interface RunState {
  totals: RunTotals;
  errors: FileError[];
}

/** Writes chunks in input order as results arrive; stops at the first failure with `failFast`. */
async function convertAll(
  files: InputFile[],
  makeTask: (file: InputFile) => FileTask,
  pool: ConvertPool,
  writers: Array<OutputWriter | StagedWriter>,
  progress: Progress,
  options: { jobs: number; failFast: boolean; onConverted?: (outcome: FileOutcome & { ok: true }) => void },
): Promise<RunState> {
  const totals: RunTotals = { files: files.length, reports: 0, facts: 0, warnings: 0, failed: 0, withUnreadCells: 0 };
  const errors: FileError[] = [];
  let firstFailure: FileError | undefined; // with --fail-fast: the failure that stops the run, in completion order
  const results = inInputOrder(files, (file) => pool.convert(makeTask(file)), {
    concurrency: options.jobs,
    window: options.jobs * 8 + 8,
    stop: () => firstFailure !== undefined,
    onDone: (outcome: FileOutcome) => {
      if (firstFailure) return; // stopping: what still finishes is not counted
      progress.tick(outcome.ok ? undefined : outcome);
      if (!outcome.ok && options.failFast) firstFailure = { file: outcome.file, code: outcome.code, reason: outcome.reason };
    },
  });
  for await (const outcome of results) {
    if (!outcome.ok) {
      totals.failed++;
      errors.push({ file: outcome.file, code: outcome.code, reason: outcome.reason });
      continue;
    }
    totals.reports += outcome.reports;
    totals.facts += outcome.facts;
    totals.warnings += outcome.warnings;
    totals.withUnreadCells = (totals.withUnreadCells ?? 0) + outcome.withUnreadCells;
    for (const writer of writers) await writer.writeChunk(outcome.chunks[writer.destination.format.name]);
    options.onConverted?.(outcome);
  }
  if (firstFailure) {
    totals.failed++;
    errors.push(firstFailure);
  }
  return { totals, errors };
}

/** The errors file: one JSON line per failed file, or removed when a forced re-run has none to list. */
function writeErrorsFile(plan: OutputPlan, errors: FileError[]): void {
  if (!plan.errorsPath) return;
  if (errors.length || plan.alwaysWriteErrors) {
    const tmp = `${plan.errorsPath}.${process.pid}.tmp`;
    writeFileSync(tmp, errors.map((e) => JSON.stringify(e) + '\n').join(''));
    renameSync(tmp, plan.errorsPath);
  } else {
    rmSync(plan.errorsPath, { force: true }); // a stale list from an earlier run would misdescribe this output
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Runs `nianbao convert`; returns the exit code. */
export async function runConvert(inputs: string[], opts: ConvertOptions): Promise<number> {
  const jobs = positiveNumber(opts.jobs, '--jobs', true);
  const timeoutMs = positiveNumber(opts.timeout, '--timeout', false) * 1000;
  const maxBytes = Math.round(positiveNumber(opts.maxSize, '--max-size', false) * 1024 * 1024);
  checkEncoding(opts.encoding);
  const formats = parseFormats(opts.format);
  const { files, skipped, emptyGlobs } = expandInputs(inputs);
  for (const pattern of emptyGlobs) process.stderr.write(`nianbao: no file matches ${pattern}\n`);
  if (files.length === 0) throw new UsageError(`no report files found in ${inputs.join(' ')}`);
  const plan = planOutputs(opts.output, formats, Boolean(opts.quiet));
  checkOutputs(plan, files.map((f) => f.path), Boolean(opts.force));
  const stdinBytes = files.some((f) => f.path === '-') ? await readStdin() : undefined;

  const wanted: FormatName[] = plan.destinations.map((d) => d.format.name);
  const makeTask = (file: InputFile): FileTask => ({
    path: file.path === '-' ? STDIN_NAME : file.path,
    format: file.format,
    formats: opts.reviewDir && !wanted.includes('jsonl') ? [...wanted, 'jsonl'] : wanted, // review pages read the jsonl chunk
    maxBytes,
    ...(file.path === '-' ? { bytes: stdinBytes } : {}),
    ...(opts.encoding ? { encoding: opts.encoding } : {}),
  });
  // no bar when results also stream to the same terminal on stdout: the two would garble each other
  const stdoutOnTty = process.stdout.isTTY && plan.destinations.some((d) => d.path === '-');
  const mode: ProgressMode = opts.quiet ? 'quiet' : process.stderr.isTTY && !stdoutOnTty ? 'bar' : 'log';
  const progress = new Progress(files.length, mode);
  const writers = plan.destinations.map((d) => (d.format.finish ? new StagedWriter(d, { allColumns: Boolean(opts.allColumns) }) : new OutputWriter(d)));
  const abortAll = () => writers.forEach((w) => w.abort());
  const onSignal = () => {
    progress.stop();
    abortAll();
    process.stderr.write('nianbao: interrupted; no output file was written\n');
    process.exit(EXIT.INTERRUPTED);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const pool = new ConvertPool(Math.min(jobs, files.length), timeoutMs);
  let state: RunState;
  try {
    for (const w of writers) await w.write(w.destination.format.head());
    state = await convertAll(files, makeTask, pool, writers, progress, {
      jobs,
      failFast: Boolean(opts.failFast),
      onConverted: opts.reviewDir ? reviewPageWriter(opts.reviewDir) : undefined,
    });
  } catch (err) {
    abortAll();
    throw err;
  } finally {
    progress.stop();
    await pool.close();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  const { totals, errors } = state;
  if (opts.failFast && errors.length) {
    abortAll();
    process.stderr.write(`nianbao: stopped at the first failure (--fail-fast); no output file was written\n`);
    return EXIT.FAILED;
  }
  for (const w of writers) {
    await w.write(w.destination.format.tail(totals, errors));
    await w.commit();
  }
  writeErrorsFile(plan, errors);
  if (!opts.quiet) {
    const s = progress.seconds();
    const written = [...plan.destinations.map((d) => d.path).filter((p) => p !== '-'), ...(plan.errorsPath && (errors.length || plan.alwaysWriteErrors) ? [plan.errorsPath] : [])];
    process.stderr.write(
      `nianbao: ${plural(totals.files, 'file')}, ${plural(totals.reports, 'report')}, ${plural(totals.facts, 'fact')}, ` +
        `${plural(totals.warnings, 'warning')}, ${totals.failed} failed, ${s.toFixed(2)} s (${(totals.files / s).toFixed(1)} files/s), ${plural(totals.withUnreadCells ?? 0, 'report')} with unread table cells` +
        `${skipped.length ? `; skipped ${plural(skipped.length, 'file')} of other types (e.g. ${skipped[0]})` : ''}\n` +
        (written.length ? `nianbao: wrote ${written.join(', ')}\n` : ''),
    );
  }
  return errors.length ? EXIT.FAILED : EXIT.OK;
}

/** Registers `nianbao convert`. */
export function registerConvert(program: Command): void {
  program
    .command('convert')
    .description('convert report files, directories (recursive) or globs into jsonl, json, csv, indicators/facts csv, xlsx or parquet')
    .argument('<inputs...>', 'files, directories, globs, or - for stdin')
    .option('-o, --output <path>', 'output file (format from its ending), dir/ for one file per format, - for stdout')
    .addOption(new Option('-f, --format <formats>', 'jsonl | json | csv | csv-indicators | csv-facts | xlsx | parquet | summary (comma list with -o dir/)'))
    .option('-j, --jobs <n>', 'worker threads', String(availableParallelism()))
    .option('--encoding <name>', 'force an input encoding (gbk, gb18030, utf-8 …); detected otherwise')
    .option('--fail-fast', 'stop at the first file that fails, writing no output file')
    .option('-q, --quiet', 'no progress and no final summary on stderr (failed files are still listed)')
    .option('--force', 'replace existing output files')
    .option('--all-columns', 'reports.csv / sheet 报告: every indicator column, not only those holding a value in the batch')
    .option('--timeout <seconds>', 'give up on a file after this long', '120')
    .option('--max-size <MB>', 'refuse files larger than this', '20')
    .option('--review-dir <dir>', 'also write one review page (HTML, every figure highlighted) per input file into dir')
    .action(async (inputs: string[], opts: ConvertOptions) => {
      process.exitCode = await runConvert(inputs, opts);
    });
}
