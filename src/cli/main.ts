#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { registerCheck } from './commands/check.js';
import { registerConvert } from './commands/convert.js';
import { registerParse } from './commands/parse.js';
import { registerReview } from './commands/review.js';
import { registerSchema } from './commands/schema.js';
import { registerSeries } from './commands/series.js';
import { OutputError } from './outputErrors.js';
import { guardStdout } from './stdout.js';
import { EXIT, EXIT_HELP, UsageError } from './usage.js';
import { packageVersion } from './version.js';

// Each command lives in commands/<name>.ts and exports a `register…(program)` function; add new ones here.
const COMMANDS: Array<(program: Command) => void> = [registerConvert, registerParse, registerSchema, registerReview, registerSeries, registerCheck];

/** Builds the `nianbao` program: usage errors exit 2, --help and --version exit 0. */
export function buildProgram(): Command {
  const program = new Command('nianbao')
    .description('Read Chinese government information-disclosure annual reports (政府信息公开工作年度报告) into verifiable data')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', EXIT_HELP)
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

/** Runs the CLI with `argv` and sets the exit code (0 ok, 1 some input failed, 2 bad usage, 3 output error …). */
export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help / --version / no command: commander has printed what it had to
      process.exitCode = err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    } else if (err instanceof UsageError) {
      process.stderr.write(`nianbao: ${err.message}\n`);
      process.exitCode = EXIT.USAGE;
    } else if (err instanceof OutputError) {
      process.stderr.write(`nianbao: ${err.message}\n`);
      process.exitCode = EXIT.OUTPUT;
    } else {
      // an error no command turned into a message: one line (the stack with NIANBAO_DEBUG=1)
      const message = err instanceof Error ? err.message : String(err);
      process.stderr.write(`nianbao: ${process.env.NIANBAO_DEBUG && err instanceof Error ? err.stack : message}\n`);
      process.exitCode = EXIT.FAILED;
    }
  }
}

guardStdout();
await main(process.argv);
// No process outlives its work: whatever handle is still open (a pipe, a worker) does not keep it alive.
setTimeout(() => process.exit(), 2000).unref();
