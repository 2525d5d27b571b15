/**
 * Exit codes of the CLI (docs/cli.md): 0 all parsed, 1 some input failed, 2 bad usage, 3 an output could not be
 * written (nothing was replaced), 129/130/143 stopped by SIGHUP/SIGINT/SIGTERM (nothing was replaced),
 * 141 stdout closed by its reader while stdout was the only output (as Unix tools end on SIGPIPE).
 */
export const EXIT = {
  OK: 0,
  FAILED: 1,
  USAGE: 2,
  OUTPUT: 3,
  HANGUP: 129,
  INTERRUPTED: 130,
  STDOUT_CLOSED: 141,
  TERMINATED: 143,
} as const;

/** The exit codes as `--help` shows them. */
export const EXIT_HELP = `
Exit codes:
  0    every input parsed and every output written
  1    some input failed (listed on stderr and in the errors file); the outputs hold the others
  2    bad usage (unknown option, output exists without --force, input is a folder where a file is needed …)
  3    an output could not be written (permission, read-only or full disk, locked by another run …): one line names
       the path and the cause; the outputs of an earlier run are left as they were
  130  interrupted (Ctrl-C), 143 terminated (SIGTERM), 129 hung up (SIGHUP): the earlier outputs are left as they were
  141  stdout was closed by its reader (e.g. | head) while it was the only output
`;

/** A mistake in the command line (bad option, output that would clobber a file …): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
