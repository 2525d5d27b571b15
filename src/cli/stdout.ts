// stdout as an output. Its reader may go away (`| head`): with files being written, stdout output just stops and the
// files go on; when stdout is the only output the run ends quietly with 141, as Unix tools do on SIGPIPE. Any other
// error on stdout (a full disk behind `> file`) is an output error, exit 3.
import { EXIT } from './usage.js';

const state: { error?: NodeJS.ErrnoException; filesRunning: boolean } = { filesRunning: false };

/** The plain cause of a stdout error. */
function cause(err: NodeJS.ErrnoException): string {
  return err.code === 'ENOSPC' ? 'no space left on device (ENOSPC)' : `${err.code ?? ''} ${err.message}`.trim();
}

/** Installs the one handler of stdout errors (main calls it once). */
export function guardStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (state.error) return;
    state.error = err;
    if (state.filesRunning) return; // the files go on; StdoutSink stops writing
    if (err.code === 'EPIPE') process.exit(EXIT.STDOUT_CLOSED);
    process.stderr.write(`nianbao: cannot write to stdout: ${cause(err)}\n`);
    process.exit(EXIT.OUTPUT);
  });
}

/** While files are being written, a stdout error must not end the process. */
export function filesRunning(on: boolean): void {
  state.filesRunning = on;
}

/** A stdout error other than a closed pipe, as a one-line message (undefined when none happened). */
export function stdoutProblem(): string | undefined {
  return state.error && state.error.code !== 'EPIPE' ? `cannot write to stdout: ${cause(state.error)}` : undefined;
}

/** stdout as the target of one output format; writes nothing once stdout has failed. */
export class StdoutSink {
  /** Writes text, waiting for the pipe to drain (or to fail) when it is full. */
  async write(text: string | Uint8Array): Promise<void> {
    if (!text.length || state.error) return;
    if (process.stdout.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        process.stdout.off('drain', done);
        process.stdout.off('error', done);
        process.stdout.off('close', done);
        resolve();
      };
      process.stdout.once('drain', done);
      process.stdout.once('error', done);
      process.stdout.once('close', done);
    });
  }
}
