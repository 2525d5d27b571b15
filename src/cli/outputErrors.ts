// Output trouble (a folder that cannot be written, a full disk …) is the run's own failure, not an input's: it ends
// the run with one line naming the path and the cause, exit code 3, and never a stack trace.

/** Plain causes for the file-system errors an output can meet. */
const CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'is a folder',
  EEXIST: 'already exists',
  EPIPE: 'broken pipe (the reader went away)',
  EIO: 'input/output error',
  EFBIG: 'file too large for this file system',
  ENAMETOOLONG: 'name too long',
  EMFILE: 'too many open files',
  EBUSY: 'busy',
  EXDEV: 'temporary file on another file system',
};

/** Why an output could not be written: the path the user asked for and the system's error code. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  constructor(
    readonly path: string,
    readonly code: string,
    detail?: string,
  ) {
    super(`cannot write ${path}: ${detail ?? CAUSES[code] ?? 'write failed'}${code && !detail ? ` (${code})` : ''}`);
  }
}

/** Wraps a file-system error met while writing `path` (an OutputError passes through). */
export function outputError(err: unknown, path: string): OutputError {
  if (err instanceof OutputError) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code) return new OutputError(path, code);
  return new OutputError(path, '', err instanceof Error ? err.message : String(err));
}

/** Runs `work`, turning any file-system error into an OutputError about `path`. */
export function writing<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (err) {
    throw outputError(err, path);
  }
}
