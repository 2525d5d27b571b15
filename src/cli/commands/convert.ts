import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Option, type Command } from 'commander';
import { tokenizerFromEnv } from '../env.js';
import { faultPointAsync } from '../faults.js';
import { expandInputs, readStdin, STDIN_NAME, type InputFile } from '../files.js';
import type { FileError, FormatName, RunTotals } from '../formats/index.js';
import { checkOutputs, OutputWriter, parseFormats, planOutputs, type Destination, type OutputPlan } from '../outputs.js';
import { OutputSet } from '../outputSet.js';
import { ConvertPool, inInputOrder } from '../pool.js';
import { Progress, type ProgressMode } from '../progress.js';
import { filesRunning, StdoutSink, stdoutProblem } from '../stdout.js';
import type { FileOutcome, FileTask } from '../task.js';
import { EXIT, EXIT_HELP, UsageError } from '../usage.js';
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
  let first = true;
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
    if (first) await faultPointAsync('writing');
    first = false;
  }
  if (firstFailure) {
    totals.failed++;
    errors.push(firstFailure);
  }
  return { totals, errors };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const SIGNAL_EXIT: Array<[NodeJS.Signals, number]> = [
  ['SIGINT', EXIT.INTERRUPTED],
  ['SIGTERM', EXIT.TERMINATED],
  ['SIGHUP', EXIT.HANGUP],
];

/** On SIGINT/SIGTERM/SIGHUP: drop this run's temporary files and lock, keep the earlier outputs, exit 128+n. */
function onSignals(stop: () => void, hasFiles: boolean): () => void {
  const handlers = SIGNAL_EXIT.map(([signal, code]) => {
    const handler = () => {
      stop();
      process.stderr.write(`nianbao: stopped by ${signal}${hasFiles ? '; the earlier outputs were left as they were' : ''}\n`);
      process.exit(code);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => handlers.forEach(([signal, handler]) => process.off(signal, handler));
}

/** Runs `nianbao convert`; returns the exit code. */
export async function runConvert(inputs: string[], opts: ConvertOptions): Promise<number> {
  const jobs = positiveNumber(opts.jobs, '--jobs', true);
  const timeoutMs = positiveNumber(opts.timeout, '--timeout', false) * 1000;
  const maxBytes = Math.round(positiveNumber(opts.maxSize, '--max-size', false) * 1024 * 1024);
  checkEncoding(opts.encoding);
  const tokenizer = tokenizerFromEnv();
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
    ...(tokenizer ? { tokenizer } : {}),
  });
  // no bar when results also stream to the same terminal on stdout: the two would garble each other
  const stdoutOnTty = process.stdout.isTTY && plan.destinations.some((d) => d.path === '-');
  const mode: ProgressMode = opts.quiet ? 'quiet' : process.stderr.isTTY && !stdoutOnTty ? 'bar' : 'log';
  const progress = new Progress(files.length, mode);

  // the output set: lock, clean-up after killed runs, temporary files — all before any input is read
  const set = plan.layout ? new OutputSet(plan.layout) : undefined;
  let writers: Array<OutputWriter | StagedWriter> = [];
  filesRunning(Boolean(set));
  const offSignals = onSignals(() => {
    progress.stop();
    for (const w of writers) if (w instanceof StagedWriter) w.abort();
    set?.abort();
  }, Boolean(set));
  let pool: ConvertPool | undefined;
  let state: RunState;
  try {
    for (const note of set?.open() ?? []) process.stderr.write(`nianbao: ${plan.layout!.label}: ${note}\n`);
    await faultPointAsync('opened');
    const stdout = new StdoutSink();
    const target = (d: Destination) => (d.path === '-' ? stdout : set!.sink(basename(d.path)));
    const context = { allColumns: Boolean(opts.allColumns) };
    writers = plan.destinations.map((d) => (d.format.finish ? new StagedWriter(d, context, target(d), set) : new OutputWriter(d, target(d))));
    pool = new ConvertPool(Math.min(jobs, files.length), timeoutMs);
    for (const w of writers) await w.write(w.destination.format.head());
    state = await convertAll(files, makeTask, pool, writers, progress, {
      jobs,
      failFast: Boolean(opts.failFast),
      onConverted: opts.reviewDir ? reviewPageWriter(opts.reviewDir) : undefined,
    });
    progress.stop();
    if (opts.failFast && state.errors.length) {
      for (const w of writers) if (w instanceof StagedWriter) w.abort();
      set?.abort();
      process.stderr.write(`nianbao: stopped at the first failure (--fail-fast); no output file was written\n`);
      return EXIT.FAILED;
    }
    for (const w of writers) {
      await w.write(w.destination.format.tail(state.totals, state.errors));
      if (w instanceof StagedWriter) await w.finish();
    }
    const errorsName = plan.errorsPath ? basename(plan.errorsPath) : undefined;
    const writeErrors = errorsName && (state.errors.length || plan.alwaysWriteErrors);
    if (writeErrors) set!.sink(errorsName).write(state.errors.map((e) => JSON.stringify(e) + '\n').join(''));
    // a stale errors list from an earlier run would misdescribe this output
    set?.commit(errorsName && !writeErrors ? [errorsName] : [], { totals: state.totals });
    set?.release();
  } catch (err) {
    for (const w of writers) if (w instanceof StagedWriter) w.abort();
    set?.abort();
    throw err;
  } finally {
    progress.stop();
    await pool?.close();
    offSignals();
    filesRunning(false);
  }
  const { totals, errors } = state;
  if (!opts.quiet) {
    const s = progress.seconds();
    const written = plan.layout ? [plan.layout.label] : [];
    process.stderr.write(
      `nianbao: ${plural(totals.files, 'file')}, ${plural(totals.reports, 'report')}, ${plural(totals.facts, 'fact')}, ` +
        `${plural(totals.warnings, 'warning')}, ${totals.failed} failed, ${s.toFixed(2)} s (${(totals.files / s).toFixed(1)} files/s), ${plural(totals.withUnreadCells ?? 0, 'report')} with unread table cells` +
        `${skipped.length ? `; skipped ${plural(skipped.length, 'file')} of other types (e.g. ${skipped[0]})` : ''}\n` +
        (written.length ? `nianbao: wrote ${describeSet(plan)}\n` : ''),
    );
  }
  const stdoutTrouble = stdoutProblem();
  if (stdoutTrouble) {
    process.stderr.write(`nianbao: ${stdoutTrouble}\n`);
    return EXIT.OUTPUT;
  }
  return errors.length ? EXIT.FAILED : EXIT.OK;
}

/** `out/reports.jsonl, out/reports.csv, … (manifest out/manifest.json)` for the final line. */
function describeSet(plan: OutputPlan): string {
  const layout = plan.layout!;
  const files = plan.destinations.map((d) => d.path).filter((p) => p !== '-');
  if (plan.errorsPath && existsSync(plan.errorsPath)) files.push(plan.errorsPath);
  return `${files.join(', ')} (manifest ${join(layout.folder, layout.manifest)})`;
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
    .addHelpText('after', EXIT_HELP)
    .action(async (inputs: string[], opts: ConvertOptions) => {
      process.exitCode = await runConvert(inputs, opts);
    });
}
