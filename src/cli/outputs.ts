import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { FORMATS, FORMAT_GROUPS, FORMAT_NAMES, formatForPath, type FormatName, type OutputFormat } from './formats/index.js';
import { notARegularFile } from './files.js';
import type { SetLayout } from './outputSet.js';
import { UsageError } from './usage.js';

/** Where one format goes: a file path, or `-` for stdout. */
export interface Destination {
  format: OutputFormat;
  path: string;
}

/** The outputs of one `convert` run. */
export interface OutputPlan {
  destinations: Destination[];
  /** Where failed files are listed as JSON lines (besides stderr), when a destination does not hold them itself. */
  errorsPath?: string;
  /** Write the errors file even when nothing failed (directory mode, so the folder always says so). */
  alwaysWriteErrors: boolean;
  /** The output set the files belong to (absent when everything goes to stdout). */
  layout?: SetLayout;
}

/** Names of files nianbao writes into an output folder (their stale temporary files are its to remove). */
function folderMemberNames(): Set<string> {
  return new Set([...Object.values(FORMATS).map((f) => f.fileName), 'errors.jsonl', 'manifest.json', '.nianbao-commit.json', '.nianbao.lock']);
}

/** `-o dir/`: the set is the folder; manifest.json lists it. */
function folderLayout(dir: string): SetLayout {
  const members = folderMemberNames();
  const label = dir.endsWith('/') || dir.endsWith(sep) ? dir : `${dir}/`;
  const owns = (inner: string) => members.has(inner.replace(/\.staged$/, '')) || inner.endsWith('.review.html');
  return { folder: dir, label, manifest: 'manifest.json', lock: '.nianbao.lock', journal: '.nianbao-commit.json', owns };
}

/** `-o table.csv`: the set is the file, its errors file and `table.csv.manifest.json`, beside each other. */
function fileLayout(out: string): SetLayout {
  const base = basename(out);
  return {
    folder: dirname(out),
    label: out,
    manifest: `${base}.manifest.json`,
    lock: `.${base}.nianbao.lock`,
    journal: `.${base}.nianbao-commit.json`,
    owns: (inner) => inner === base || inner.startsWith(`${base}.`) || inner.startsWith(`.${base}.`),
  };
}

/** Formats written by `-o dir/` when `--format` is not given. */
export const DIRECTORY_FORMATS: FormatName[] = ['jsonl', 'csv', 'csv-indicators', 'csv-facts'];

/** Parses `--format a,b` into format names (a group such as `parquet` stands for its members), or throws a UsageError. */
export function parseFormats(value: string | undefined): FormatName[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const known = [...FORMAT_NAMES, ...Object.keys(FORMAT_GROUPS)];
  for (const name of names) {
    if (!known.includes(name)) throw new UsageError(`unknown format "${name}" (expected one of: ${known.join(', ')})`);
  }
  if (!names.length) throw new UsageError('--format needs a format name');
  return [...new Set(names.flatMap((name) => FORMAT_GROUPS[name] ?? [name]))] as FormatName[];
}

/** `--format parquet -o x.parquet`: the one member of a group that the file name implies (else the group's first). */
function oneFormatFor(out: string, formats: FormatName[]): FormatName[] {
  const group = Object.values(FORMAT_GROUPS).find((members) => members.length === formats.length && members.every((m, i) => m === formats[i]));
  if (!group) return formats;
  const implied = formatForPath(out);
  return [implied && group.includes(implied) ? implied : group[0]];
}

function isDirectoryTarget(out: string): boolean {
  if (out.endsWith('/') || out.endsWith(sep)) return true;
  try {
    return statSync(out).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Decides what goes where. No `-o` (or `-o -`): one format (default jsonl) on stdout. `-o file`: the format from
 * `--format` or the file's ending (.jsonl .json .csv .facts.csv .txt); failed files in `<file>.errors.jsonl`.
 * `-o dir/`: each format (default jsonl, csv, csv-facts) as `dir/reports.jsonl` …, `dir/errors.jsonl`, and the
 * human summary on stdout unless `quiet`.
 */
export function planOutputs(out: string | undefined, formats: FormatName[] | undefined, quiet: boolean): OutputPlan {
  if (out === undefined || out === '-') {
    if (formats && formats.length > 1) throw new UsageError('only one --format can go to stdout; use -o dir/ for several');
    const format = FORMATS[formats?.[0] ?? 'jsonl'];
    if (format.binary) throw new UsageError(`${format.name} is a binary file; write it with -o ${format.fileName} or -o dir/`);
    return { destinations: [{ format, path: '-' }], alwaysWriteErrors: false };
  }
  if (isDirectoryTarget(out)) {
    const names = formats ?? DIRECTORY_FORMATS;
    const destinations = names.map((name) => ({ format: FORMATS[name], path: join(out, FORMATS[name].fileName) }));
    if (!quiet && !names.includes('summary')) destinations.push({ format: FORMATS.summary, path: '-' });
    return { destinations, errorsPath: join(out, 'errors.jsonl'), alwaysWriteErrors: true, layout: folderLayout(out) };
  }
  if (formats) formats = oneFormatFor(out, formats);
  if (formats && formats.length > 1) throw new UsageError('only one --format per output file; use -o dir/ for several');
  const name = formats?.[0] ?? formatForPath(out);
  if (!name) throw new UsageError(`cannot tell the format of "${out}" from its name; add --format (${FORMAT_NAMES.join(', ')}), or write ${out}/ for a folder`);
  const format = FORMATS[name];
  return {
    destinations: [{ format, path: out }],
    errorsPath: format.holdsErrors ? undefined : `${out}.errors.jsonl`,
    alwaysWriteErrors: false,
    layout: fileLayout(out),
  };
}

/**
 * Refuses an output path that exists and is not a regular file (a device, a FIFO, a socket): the output is renamed
 * into place, which would replace `/dev/null` itself. Use `-o -` for stdout.
 */
export function refuseNonRegular(file: string): void {
  let kind: string | undefined;
  try {
    kind = notARegularFile(statSync(file));
  } catch {
    return; // does not exist (yet)
  }
  if (kind) throw new UsageError(`output ${file} is ${kind}, not a regular file; outputs are written as regular files (use -o - for stdout)`);
}

/** Refuses to overwrite an existing output without `force`, and an input file ever. */
export function checkOutputs(plan: OutputPlan, inputs: string[], force: boolean): void {
  const files = [...plan.destinations.map((d) => d.path).filter((p) => p !== '-'), ...(plan.errorsPath ? [plan.errorsPath] : [])];
  const inputSet = new Set(inputs.filter((p) => p !== '-').map((p) => resolve(p)));
  for (const file of files) {
    if (inputSet.has(resolve(file))) throw new UsageError(`output ${file} is also an input; inputs are never overwritten`);
    refuseNonRegular(file);
    if (!force && existsSync(file)) throw new UsageError(`${file} exists; use --force to replace it`);
  }
}

/** Where an output's text goes: a member of the output set, or stdout. */
export interface TextTarget {
  write(text: string | Uint8Array): void | Promise<void>;
}

/** One output format being written to its target, chunk by chunk in input order. */
export class OutputWriter {
  private wroteChunk = false;

  constructor(
    readonly destination: Destination,
    private readonly target: TextTarget,
  ) {}

  /** Writes text (or bytes, for a binary format). */
  async write(text: string | Uint8Array): Promise<void> {
    await this.target.write(text);
  }

  /** Writes one input file's chunk, with the format's separator before all but the first. */
  async writeChunk(chunk: string | undefined): Promise<void> {
    if (!chunk) return;
    if (this.wroteChunk) await this.write(this.destination.format.separator);
    this.wroteChunk = true;
    await this.write(chunk);
  }
}
