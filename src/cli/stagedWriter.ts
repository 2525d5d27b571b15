// The writer of a staged format (formats/staging.ts): chunks go to a hidden staging file, the real output is built
// from it into its target (a member of the output set, or stdout) when the batch is complete.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FinishContext } from './formats/index.js';
import type { Destination, TextTarget } from './outputs.js';
import { FileSink, type OutputSet } from './outputSet.js';

/** A staging file: in the output folder when there is a set (so it is cleaned up with it), else in the temp folder. */
function stagingFor(destination: Destination, set: OutputSet | undefined): { sink: FileSink; path: string } {
  const name = destination.format.fileName;
  if (set) return set.scratch(name);
  const path = join(tmpdir(), `.nianbao-${name}.staged.${process.pid}.tmp`);
  return { sink: new FileSink(`${name}.staged`, path, path), path };
}

/** The writer of a staged format: staged rows first; `finish` runs the format's `finish` into the target. */
export class StagedWriter {
  private wroteChunk = false;
  private readonly staging: { sink: FileSink; path: string };

  constructor(
    readonly destination: Destination,
    private readonly context: FinishContext,
    private readonly target: TextTarget,
    set: OutputSet | undefined,
  ) {
    this.staging = stagingFor(destination, set);
  }

  /** Writes staged text (the format's head, its chunks, its tail). */
  async write(text: string | Uint8Array): Promise<void> {
    this.staging.sink.write(text);
  }

  /** Writes one input file's staged rows. */
  async writeChunk(chunk: string | undefined): Promise<void> {
    if (!chunk) return;
    if (this.wroteChunk) await this.write(this.destination.format.separator);
    this.wroteChunk = true;
    await this.write(chunk);
  }

  /** Builds the output from the staging file into the target; the staging file is removed either way. */
  async finish(): Promise<void> {
    this.staging.sink.close();
    try {
      await this.destination.format.finish!(this.staging.path, async (chunk) => this.target.write(chunk), this.context);
    } finally {
      rmSync(this.staging.path, { force: true });
    }
  }

  /** Drops the staging file. */
  abort(): void {
    this.staging.sink.discard();
    rmSync(this.staging.path, { force: true });
  }
}
