// The files of one `convert` run as a set that is complete or absent. Every member is written to a hidden temporary
// file; then, in one synchronous step, a commit record (journal) is written, the temporary files are renamed into
// place and the manifest — the list of members with their sizes and SHA-256 — is written last. A reader trusts the
// folder when the manifest is there and every member matches it. A run killed during the renames leaves the journal;
// the next run into the folder finishes those renames first (roll forward). A killed run's temporary files are
// removed by the next run. One run at a time holds the set's lock.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { faultPoint, injectedWriteError } from './faults.js';
import { acquireLock, pidAlive, type FolderLock } from './lock.js';
import { OutputError, outputError, writing } from './outputErrors.js';
import { packageVersion } from './version.js';

/** Where a set lives and what its bookkeeping files are called. */
export interface SetLayout {
  /** The folder holding the members. */
  folder: string;
  /** How messages name the output (`out/`, `table.csv`). */
  label: string;
  /** File names in `folder`: the manifest (written last), the lock, the commit journal. */
  manifest: string;
  lock: string;
  journal: string;
  /** Whether a hidden temporary file named `.<inner>.<pid>.tmp` in the folder belongs to this set. */
  owns(inner: string): boolean;
}

/** One member as the manifest lists it. */
export interface ManifestFile {
  name: string;
  bytes: number;
  sha256: string;
}

/** The manifest: what a reader checks to know the set is whole. */
export interface Manifest {
  nianbao: string;
  files: ManifestFile[];
  [extra: string]: unknown;
}

/** The commit record: the renames and removals that turn the old set into the new one. */
interface Journal {
  pid: number;
  renames: Array<[temp: string, name: string]>;
  removes: string[];
  manifest: Manifest;
}

const TEMP = /^\.(.+)\.(\d+)\.tmp$/;
const CHUNK = 1 << 20;

/** The temporary name of `name` for this process. */
export function tempName(name: string): string {
  return `.${name}.${process.pid}.tmp`;
}

function fsyncPath(path: string, dir = false): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch (err) {
    if (!dir) throw err; // some file systems cannot sync a folder; the renames are still in order
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function describeFile(folder: string, name: string, temp: string): ManifestFile {
  const hash = createHash('sha256');
  const buffer = Buffer.alloc(CHUNK);
  const fd = openSync(join(folder, temp), 'r');
  let bytes = 0;
  try {
    fsyncSync(fd);
    for (let n; (n = readSync(fd, buffer, 0, CHUNK, null)) > 0; bytes += n) hash.update(buffer.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return { name, bytes, sha256: hash.digest('hex') };
}

/** Writes `text` to `folder/name` through a temporary file and a rename. */
function replaceFile(folder: string, name: string, text: string): void {
  const temp = join(folder, tempName(name));
  writeFileSync(temp, text);
  fsyncPath(temp);
  renameSync(temp, join(folder, name));
}

/** mkdir -p, reporting the real cause (recursive mkdir says ENOENT for a folder on a read-only file system). */
function makeFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && existsSync(dirname(folder))) mkdirSync(folder);
    throw err;
  }
}

/** Reads the manifest of a set, if there is a readable one. */
export function readManifest(folder: string, name: string): Manifest | undefined {
  try {
    const m = JSON.parse(readFileSync(join(folder, name), 'utf8')) as Manifest;
    return Array.isArray(m.files) ? m : undefined;
  } catch {
    return undefined;
  }
}

/** Checks a set on disk: the manifest is there and every member has the size and SHA-256 it lists. */
export function verifySet(folder: string, manifestName: string): { whole: boolean; problem?: string; manifest?: Manifest } {
  const manifest = readManifest(folder, manifestName);
  if (!manifest) return { whole: false, problem: `no readable ${manifestName}` };
  for (const file of manifest.files) {
    if (!existsSync(join(folder, file.name))) return { whole: false, problem: `${file.name} is missing`, manifest };
    const actual = describeFile(folder, file.name, file.name);
    if (actual.bytes !== file.bytes || actual.sha256 !== file.sha256) return { whole: false, problem: `${file.name} differs from the manifest`, manifest };
  }
  return { whole: true, manifest };
}

/** A member being written: text appended to its temporary file with plain synchronous writes (no stream to stall). */
export class FileSink {
  private readonly fd: number;
  private pending: Array<string | Uint8Array> = [];
  private pendingLength = 0;
  private injected?: NodeJS.ErrnoException;
  private closed = false;

  constructor(
    readonly name: string,
    /** The path messages name (the final one). */
    readonly path: string,
    private readonly temp: string,
  ) {
    this.fd = writing(path, () => openSync(temp, 'w'));
    this.injected = injectedWriteError(name);
  }

  /** Appends text or bytes (buffered up to 1 MB). */
  write(text: string | Uint8Array): void {
    if (!text) return;
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= CHUNK) this.flush();
  }

  /** Writes what is buffered; a file-system error becomes an OutputError naming the output. */
  flush(): void {
    if (!this.pendingLength) return;
    const buffer = Buffer.concat(this.pending.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
    this.pending = [];
    this.pendingLength = 0;
    writing(this.path, () => {
      if (this.injected) throw this.injected;
      for (let at = 0; at < buffer.length; ) at += writeSync(this.fd, buffer, at);
    });
  }

  /** Flushes and closes the file (once: a closed descriptor's number may already belong to another file). */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    writing(this.path, () => closeSync(this.fd));
  }

  /** Closes without writing what is buffered (the run is being abandoned). */
  discard(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      closeSync(this.fd);
    } catch {
      // nothing more to do: the file is removed next
    }
  }
}

/** One run's set of output files. */
export class OutputSet {
  private lock?: FolderLock;
  private readonly temps = new Map<string, string>(); // member name → temporary file name
  private readonly sinks: FileSink[] = [];
  private readonly scratches: Array<{ sink: FileSink; path: string }> = [];
  private committed = false;

  constructor(readonly layout: SetLayout) {}

  /**
   * Makes the folder, takes the lock, finishes a commit that a killed run left half done and removes the temporary
   * files of runs that are gone. Returns notes for stderr. Throws OutputError (folder not writable, locked …).
   */
  open(): string[] {
    const { folder, label } = this.layout;
    writing(label, () => makeFolder(folder));
    this.lock = acquireLock(join(folder, this.layout.lock), label);
    faultPoint('locked');
    const notes: string[] = [];
    if (this.lock.tookOverFrom) notes.push(`took over the lock of a run that is gone (pid ${this.lock.tookOverFrom})`);
    const recovered = writing(label, () => this.rollForward());
    if (recovered) notes.push(recovered);
    const removed = writing(label, () => this.removeDeadTemps());
    if (removed) notes.push(`removed ${removed} temporary file${removed === 1 ? '' : 's'} left by runs that were killed`);
    return notes;
  }

  /** A temporary path for member `name`, for writers that write a whole file themselves (xlsx, parquet …). */
  tempPath(name: string): string {
    const temp = tempName(name);
    this.temps.set(name, temp);
    return join(this.layout.folder, temp);
  }

  /** A text sink for member `name`. */
  sink(name: string): FileSink {
    const sink = new FileSink(name, join(this.layout.folder, name), this.tempPath(name));
    this.sinks.push(sink);
    return sink;
  }

  /**
   * A scratch file for member `name` (`.<name>.staged.<pid>.tmp`: a staged format's rows before its output is built);
   * never part of the set, removed at the commit or when the run is abandoned.
   */
  scratch(name: string): { sink: FileSink; path: string } {
    const path = join(this.layout.folder, `.${name}.staged.${process.pid}.tmp`);
    const entry = { sink: new FileSink(`${name}.staged`, join(this.layout.folder, name), path), path };
    this.scratches.push(entry);
    return entry;
  }

  /**
   * Commits the set: closes and syncs every member, writes the journal, renames the members into place, removes
   * `removes` and the members of the old manifest that are not in the new set, and writes the manifest last.
   * Synchronous, so no signal handler runs in the middle. `extra` goes into the manifest (totals …).
   */
  commit(removes: string[], extra: Record<string, unknown>): Manifest {
    const { folder, label } = this.layout;
    for (const sink of this.sinks) sink.close();
    for (const { sink, path } of this.scratches) {
      sink.discard();
      rmSync(path, { force: true });
    }
    const files = [...this.temps].map(([name, temp]) => writing(join(folder, name), () => describeFile(folder, name, temp)));
    faultPoint('written');
    const names = new Set(this.temps.keys());
    const old = readManifest(folder, this.layout.manifest);
    const gone = [...new Set([...removes, ...(old?.files.map((f) => f.name) ?? [])])].filter((n) => !names.has(n));
    const journal: Journal = {
      pid: process.pid,
      renames: [...this.temps].map(([name, temp]) => [temp, name]),
      removes: gone,
      manifest: { nianbao: packageVersion(), files, ...extra },
    };
    writing(label, () => replaceFile(folder, this.layout.journal, JSON.stringify(journal, null, 1) + '\n'));
    fsyncPath(folder, true);
    faultPoint('journal');
    writing(label, () => this.apply(journal));
    this.committed = true;
    return journal.manifest;
  }

  /** Carries out a journal: old manifest out, renames, removals, new manifest, journal out. */
  private apply(journal: Journal): void {
    const { folder } = this.layout;
    rmSync(join(folder, this.layout.manifest), { force: true });
    journal.renames.forEach(([temp, name], i) => {
      if (existsSync(join(folder, temp))) renameSync(join(folder, temp), join(folder, name));
      if (i === 0) faultPoint('renaming');
    });
    for (const name of journal.removes) rmSync(join(folder, name), { force: true });
    faultPoint('renamed');
    replaceFile(folder, this.layout.manifest, JSON.stringify(journal.manifest, null, 1) + '\n');
    fsyncPath(folder, true);
    faultPoint('manifest');
    rmSync(join(folder, this.layout.journal), { force: true });
  }

  /** Finishes the commit of a run killed after writing its journal; returns a note, or undefined. */
  private rollForward(): string | undefined {
    const path = join(this.layout.folder, this.layout.journal);
    if (!existsSync(path)) return undefined;
    let journal: Journal;
    try {
      journal = JSON.parse(readFileSync(path, 'utf8')) as Journal;
    } catch {
      rmSync(path, { force: true }); // cannot happen (written by rename); nothing to carry out
      return undefined;
    }
    const missing = journal.renames.filter(([temp, name]) => !existsSync(join(this.layout.folder, temp)) && !existsSync(join(this.layout.folder, name)));
    if (missing.length) {
      rmSync(path, { force: true });
      return `an earlier run (pid ${journal.pid}) was killed while committing and ${missing[0][1]} is lost; the set is incomplete until this run commits`;
    }
    this.apply(journal);
    return `completed the commit of an earlier run that was killed while committing (pid ${journal.pid})`;
  }

  /** Removes `.<name>.<pid>.tmp` files of this set whose process is gone (or is this one, from a reused pid). */
  private removeDeadTemps(): number {
    let removed = 0;
    for (const file of readdirSync(this.layout.folder)) {
      const m = TEMP.exec(file);
      if (!m || !this.layout.owns(m[1])) continue;
      const pid = Number(m[2]);
      if (pid !== process.pid && pidAlive(pid)) continue;
      const path = join(this.layout.folder, file);
      if (statSync(path).isFile()) {
        rmSync(path, { force: true });
        removed++;
      }
    }
    return removed;
  }

  /** Drops the temporary files (nothing of the old set is touched) and releases the lock. */
  abort(): void {
    if (!this.committed) {
      for (const sink of this.sinks) sink.discard();
      for (const temp of this.temps.values()) rmSync(join(this.layout.folder, temp), { force: true });
      for (const { sink, path } of this.scratches) {
        sink.discard();
        rmSync(path, { force: true });
      }
    }
    this.release();
  }

  /** Releases the lock (after a commit, or from `abort`). */
  release(): void {
    this.lock?.release();
    this.lock = undefined;
  }
}

export { OutputError, outputError };
