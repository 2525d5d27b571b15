// The writer of a staged format (formats/staging.ts): chunks go to a hidden staging file, the real output is built
// from it when the batch is complete.
import { createWriteStream, mkdirSync, rmSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { FinishContext } from './formats/index.js';
import { OutputWriter, type Destination } from './outputs.js';

/**
 * The writer of a staged format: chunks go to a hidden staging file; `commit` runs the format's `finish` into an
 * OutputWriter (same temporary-file-and-rename as every other output), then drops the staging file.
 */
export class StagedWriter {
  private readonly stagingPath: string;
  private readonly stream: WriteStream;
  private wroteChunk = false;

  constructor(
    readonly destination: Destination,
    private readonly context: FinishContext,
  ) {
    const dir = destination.path === '-' ? tmpdir() : dirname(destination.path);
    mkdirSync(dir, { recursive: true });
    this.stagingPath = join(dir, `.${basename(destination.path === '-' ? destination.format.fileName : destination.path)}.${process.pid}.staged.tmp`);
    this.stream = createWriteStream(this.stagingPath, { flags: 'w' });
  }

  /** Writes staged text (the format's head, its chunks). */
  async write(text: string): Promise<void> {
    if (text && !this.stream.write(text)) await once(this.stream, 'drain');
  }

  /** Writes one input file's staged rows. */
  async writeChunk(chunk: string | undefined): Promise<void> {
    if (!chunk) return;
    if (this.wroteChunk) await this.write(this.destination.format.separator);
    this.wroteChunk = true;
    await this.write(chunk);
  }

  /** Builds the output from the staging file and moves it into place; the staging file is removed either way. */
  async commit(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'close');
    const out = new OutputWriter(this.destination);
    try {
      await this.destination.format.finish!(this.stagingPath, (chunk) => out.write(chunk), this.context);
      await out.commit();
    } catch (err) {
      out.abort();
      throw err;
    } finally {
      rmSync(this.stagingPath, { force: true });
    }
  }

  /** Drops the staging file. */
  abort(): void {
    this.stream.destroy();
    rmSync(this.stagingPath, { force: true });
  }
}
