import cliProgress from 'cli-progress';
import type { FileError } from './formats/index.js';

/** How progress is shown: a bar (stderr is a TTY), a log line every few seconds (not a TTY), or nothing. */
export type ProgressMode = 'bar' | 'log' | 'quiet';

const LOG_EVERY_MS = 5000;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.round(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.round(seconds % 60)).padStart(2, '0')}s`;
}

/** Files done / total, rate and ETA on stderr; failed files are always printed, even when quiet. */
export class Progress {
  private readonly started = Date.now();
  private done = 0;
  private failed = 0;
  private lastLog = Date.now();
  private readonly multi?: cliProgress.MultiBar;
  private readonly bar?: cliProgress.SingleBar;

  constructor(
    private readonly total: number,
    private readonly mode: ProgressMode,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    if (mode === 'bar') {
      this.multi = new cliProgress.MultiBar(
        {
          stream,
          format: 'convert [{bar}] {value}/{total} files | {rate} files/s | ETA {eta_formatted} | {failed} failed',
          hideCursor: true,
          etaBuffer: 50,
          fps: 5,
        },
        cliProgress.Presets.shades_classic,
      );
      this.bar = this.multi.create(total, 0, { rate: '0.0', failed: 0 });
    }
  }

  /** Files per second so far. */
  rate(): number {
    const seconds = (Date.now() - this.started) / 1000;
    return seconds > 0 ? this.done / seconds : 0;
  }

  /** Counts one finished file (in completion order); prints it if it failed. */
  tick(error?: FileError): void {
    this.done++;
    if (error) {
      this.failed++;
      const line = `✗ ${error.file}: ${error.reason}\n`;
      if (this.multi) this.multi.log(line);
      else this.stream.write(`nianbao: ${line}`);
    }
    if (this.bar) {
      this.bar.update(this.done, { rate: this.rate().toFixed(1), failed: this.failed });
    } else if (this.mode === 'log' && Date.now() - this.lastLog >= LOG_EVERY_MS) {
      this.lastLog = Date.now();
      const eta = (this.total - this.done) / (this.rate() || Infinity);
      this.stream.write(
        `nianbao: ${this.done}/${this.total} files, ${this.rate().toFixed(1)} files/s, ETA ${duration(eta)}, ${this.failed} failed\n`,
      );
    }
  }

  /** Removes the bar. */
  stop(): void {
    this.multi?.stop();
  }

  /** Seconds since the start. */
  seconds(): number {
    return (Date.now() - this.started) / 1000;
  }
}
