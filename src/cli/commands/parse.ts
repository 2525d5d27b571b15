import { readFileSync, statSync } from 'node:fs';
import type { Command } from 'commander';
import { NianbaoError, parseDocument } from '../../index.js';
import { DEFAULT_MAX_BYTES } from '../../input/index.js';
import { formatFor, formatHint, readStdin, STDIN_NAME } from '../files.js';
import { EXIT, UsageError } from '../usage.js';

interface ParseCommandOptions {
  encoding?: string;
  all?: boolean;
  report?: string;
}

/** Runs `nianbao parse <file>`: one report as pretty JSON (the first, or `--report N`), or the page with `--all`. */
export async function runParse(file: string, opts: ParseCommandOptions): Promise<number> {
  let bytes: Uint8Array;
  try {
    // refuse a huge file before reading it (the library would refuse it after)
    if (file !== '-' && statSync(file).size > DEFAULT_MAX_BYTES) {
      process.stderr.write(`nianbao: ${file}: too large (${statSync(file).size} bytes > ${DEFAULT_MAX_BYTES})\n`);
      return EXIT.FAILED;
    }
    bytes = file === '-' ? await readStdin() : readFileSync(file);
  } catch (err) {
    process.stderr.write(`nianbao: ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}\n`);
    return EXIT.FAILED;
  }
  let reports;
  try {
    reports = await parseDocument(bytes, { source: file === '-' ? STDIN_NAME : file, format: file === '-' ? 'auto' : formatFor(formatHint(file), bytes), ...(opts.encoding ? { encoding: opts.encoding } : {}) });
  } catch (err) {
    if (!(err instanceof NianbaoError)) throw err;
    process.stderr.write(`nianbao: ${err.message}\n`);
    return err.code === 'UNKNOWN_ENCODING' ? EXIT.USAGE : EXIT.FAILED;
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
