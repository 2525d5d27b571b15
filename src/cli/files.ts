import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';

/**
 * Extensions picked up when walking a directory: saved report pages (text, HTML) and the PDF and Word attachments
 * agencies publish. The content decides the format in the end (a .txt holding HTML, a .doc that is a DOCX).
 */
export const REPORT_EXTENSIONS: Record<string, 'auto' | 'html'> = {
  '.pdf': 'auto',
  '.docx': 'auto',
  '.doc': 'auto',
  '.wps': 'auto',
  '.txt': 'auto', // a saved .txt is sometimes HTML: let the content decide
  '.md': 'auto',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.shtm': 'html',
  '.xhtml': 'html',
};

/** One input to convert, in the order the user gave it. */
export interface InputFile {
  /** As shown in outputs and messages: the path as given (relative stays relative), `-` for stdin. */
  path: string;
  /** `html` when the extension says so, else `auto` (the library sniffs the content). */
  format: 'auto' | 'html';
}

/** What the arguments expand to: the files to read, and what was left aside and why. */
export interface InputList {
  files: InputFile[];
  /** Files inside directories whose extension is not a report type (a .png, a .xlsx …). */
  skipped: string[];
  /** Glob patterns that matched nothing. */
  emptyGlobs: string[];
}

/** The format hint for a path from its extension. */
export function formatHint(path: string): 'auto' | 'html' {
  return REPORT_EXTENSIONS[extname(path).toLowerCase()] ?? 'auto';
}

// <p>, <!DOCTYPE, </div>, <?xml — any tag at all; a text report saved as .html has none
const ANY_TAG = /<[a-zA-Z!/?]/;

/**
 * The format to parse with: the extension's hint, unless a file named .html holds no tag at all in its first 64 KB
 * (a plain-text report saved as .htm), which is then left to the library's own sniffing.
 */
export function formatFor(hint: 'auto' | 'html', bytes: Uint8Array): 'auto' | 'html' {
  if (hint !== 'html') return hint;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 65536)).toString('latin1');
  return ANY_TAG.test(head) ? 'html' : 'auto';
}

function isDirectory(path: string): boolean | undefined {
  try {
    return statSync(path).isDirectory();
  } catch {
    return undefined;
  }
}

/** Files under a directory, depth first, names sorted by code unit; hidden entries (.git, .DS_Store) are not entered. */
function walk(dir: string, out: string[], skipped: string[], seen: Set<string>): void {
  let real: string;
  try {
    real = realpathSync(dir);
  } catch {
    return;
  }
  if (seen.has(real)) return; // a symlink loop
  seen.add(real);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    out.push(dir); // unreadable directory: reported as a failed input by the reader
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const isDir = isDirectory(path);
    if (isDir) walk(path, out, skipped, seen);
    else if (extname(name).toLowerCase() in REPORT_EXTENSIONS) out.push(path);
    else skipped.push(path);
  }
}

/**
 * Expands command-line inputs in order: `-` is stdin, a directory is walked recursively (report extensions only),
 * a glob is expanded (all matches, sorted), anything else is a file (read whatever its extension; a missing file
 * is reported as failed by the reader). Paths given twice are read once.
 */
export function expandInputs(args: string[]): InputList {
  const files: InputFile[] = [];
  const skipped: string[] = [];
  const emptyGlobs: string[] = [];
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();
  const add = (path: string) => {
    const key = path === '-' ? '-' : resolve(path);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    files.push({ path, format: path === '-' ? 'auto' : formatHint(path) });
  };
  for (const arg of args) {
    if (arg === '-') {
      add('-');
      continue;
    }
    const isDir = isDirectory(arg);
    if (isDir) {
      // paths keep the form the user wrote (relative stays relative)
      const found: string[] = [];
      walk(arg, found, skipped, seenDirs);
      found.forEach(add);
    } else if (isDir === undefined && isDynamicPattern(arg)) {
      const matches = globSync(arg, { onlyFiles: true, dot: false, expandDirectories: false }).sort();
      if (matches.length === 0) emptyGlobs.push(arg);
      matches.forEach(add);
    } else {
      add(arg);
    }
  }
  return { files, skipped, emptyGlobs };
}

/** How stdin is named in outputs and messages (`-` would read as a formula to a spreadsheet). */
export const STDIN_NAME = '<stdin>';

/** All of stdin as bytes (for the `-` input). */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** File-system error codes → the CLI's failure code and a plain reason. */
const FS_ERRORS: Record<string, [string, string]> = {
  ENOENT: ['NOT_FOUND', 'no such file'],
  ENOTDIR: ['NOT_FOUND', 'no such file (a part of the path is a file)'],
  EACCES: ['UNREADABLE', 'permission denied'],
  EPERM: ['UNREADABLE', 'permission denied'],
  EISDIR: ['UNREADABLE', 'is a directory'],
  ELOOP: ['UNREADABLE', 'symbolic link loop'],
};

/** What a path that is not a regular file is, in words; undefined for a regular file. */
export function notARegularFile(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/** Why a file was not read: a CLI failure code and a plain reason. */
export interface ReadFailure {
  code: string;
  reason: string;
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * Reads a regular file, or says why not. FIFOs, sockets, devices and folders are refused by `stat` before anything
 * opens them (opening a FIFO waits for a writer forever), and the file is opened non-blocking and checked again, so a
 * path swapped for a FIFO meanwhile cannot hang the reader either. Files over `maxBytes` are refused unread.
 */
export function readRegularFile(path: string, maxBytes: number): Uint8Array | ReadFailure {
  const refuse = (stat: Stats): ReadFailure | undefined => {
    const kind = notARegularFile(stat);
    if (kind === 'a directory') return { code: 'UNREADABLE', reason: 'is a directory' };
    if (kind) return { code: 'NOT_A_FILE', reason: `not a regular file: ${kind}; only regular files are read` };
    if (stat.size > maxBytes) return { code: 'TOO_LARGE', reason: `too large: ${megabytes(stat.size)}, over the ${megabytes(maxBytes)} limit` };
    return undefined;
  };
  try {
    const before = refuse(statSync(path));
    if (before) return before;
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      return refuse(fstatSync(fd)) ?? readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const [ours, reason] = FS_ERRORS[code] ?? ['UNREADABLE', `cannot read: ${(err as Error).message}`];
    return { code: ours, reason };
  }
}
