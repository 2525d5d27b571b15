import type { Command } from 'commander';
import { NianbaoError, parseDocument } from '../../index.js';
import { DEFAULT_MAX_BYTES } from '../../input/index.js';
import { tokenizerFromEnv } from '../env.js';
import { formatFor, formatHint, readRegularFile, readStdin, STDIN_NAME } from '../files.js';
import { holdsNoReport, noReportReason } from '../task.js';
import { EXIT, UsageError } from '../usage.js';

/**
 * The bytes of the one input of `parse`/`review` (`-` = stdin), or the exit code after saying why not: a folder is a
 * usage error (exit 2, pointing to the command that takes folders), an unreadable file an input failure (exit 1).
 */
export async function readOneInput(file: string, command: string, forFolders: string): Promise<Uint8Array | number> {
  if (file === '-') return readStdin();
  const read = readRegularFile(file, DEFAULT_MAX_BYTES);
  if (read instanceof Uint8Array) return read;
  if (read.reason === 'is a directory') {
    throw new UsageError(`${file} is a directory; \`nianbao ${command}\` reads one report file (for a folder use \`nianbao ${forFolders}\`)`);
  }
  process.stderr.write(`nianbao: ${file}: ${read.reason}\n`);
  return EXIT.FAILED;
}

interface ParseCommandOptions {
  encoding?: string;
  all?: boolean;
  report?: string;
}

/** Runs `nianbao parse <file>`: one report as pretty JSON (the first, or `--report N`), or the page with `--all`. */
export async function runParse(file: string, opts: ParseCommandOptions): Promise<number> {
  const bytes = await readOneInput(file, 'parse', 'convert');
  if (!(bytes instanceof Uint8Array)) return bytes;
  const tokenizer = tokenizerFromEnv();
  let reports;
  try {
    reports = await parseDocument(bytes, {
      source: file === '-' ? STDIN_NAME : file,
      format: file === '-' ? 'auto' : formatFor(formatHint(file), bytes),
      ...(opts.encoding ? { encoding: opts.encoding } : {}),
      ...(tokenizer ? { tokenizer } : {}),
    });
  } catch (err) {
    if (!(err instanceof NianbaoError)) throw err;
    process.stderr.write(`nianbao: ${err.message}\n`);
    return err.code === 'UNKNOWN_ENCODING' ? EXIT.USAGE : EXIT.FAILED;
  }
  if (reports.every(holdsNoReport)) {
    process.stderr.write(`nianbao: ${file}: ${noReportReason(reports[0])}\n`);
    return EXIT.FAILED;
  }
  if (opts.all) {
    process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
    return EXIT.OK;
  }
  const n = opts.report === undefined ? 1 : Number(opts.report);
  if (!Number.isInteger(n) || n < 1 || n > reports.length) {
    throw new UsageError(`--report must be between 1 and ${reports.length} (the page holds ${reports.length})`);
  }
  if (opts.report === undefined && reports.length > 1) {
    process.stderr.write(`nianbao: ${file} holds ${reports.length} reports; printing 篇1 (use --report N or --all)\n`);
  }
  process.stdout.write(JSON.stringify(reports[n - 1], null, 2) + '\n');
  return EXIT.OK;
}

/** Registers `nianbao parse`. */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse one page and print a report as pretty JSON')
    .argument('<file>', 'a .txt/.html file, or - for stdin')
    .option('--encoding <name>', 'force the input encoding (gbk, gb18030, utf-8 …)')
    .option('--report <n>', 'which report of a page holding several (篇n, from 1)')
    .option('--all', 'print every report of the page as a JSON array')
    .action(async (file: string, opts: ParseCommandOptions) => {
      process.exitCode = await runParse(file, opts);
    });
}
