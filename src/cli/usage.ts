/** Exit codes of the CLI (DESIGN §5): 0 all parsed, 1 some file failed, 2 bad usage. */
export const EXIT = { OK: 0, FAILED: 1, USAGE: 2, INTERRUPTED: 130 } as const;

/** A mistake in the command line (bad option, output that would clobber a file …): exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
