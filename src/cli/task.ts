import { NianbaoError, parseDocument, type Report, type TokenizerName } from '../index.js';
import { sniffFormat } from '../input/sniff.js';
import { unreadCells } from './columns.js';
import { formatFor, readRegularFile } from './files.js';
import { FORMATS, type FileError, type FormatName } from './formats/index.js';

/** Work for one input file, sent to a worker thread. */
export interface FileTask {
  /** Path as given (shown in outputs), or `-` with `bytes` for stdin. */
  path: string;
  bytes?: Uint8Array;
  format: 'auto' | 'html';
  encoding?: string;
  /** Formats to render this file's reports in. */
  formats: FormatName[];
  /** Files larger than this are refused before being read. */
  maxBytes: number;
  /** The word segmenter (the CLI maps NIANBAO_TOKENIZER); the library's default otherwise. */
  tokenizer?: TokenizerName;
}

/** What came of one file: rendered chunks and counts, or the reason it failed. */
export type FileOutcome =
  | { ok: true; file: string; reports: number; facts: number; warnings: number; withUnreadCells: number; chunks: Partial<Record<FormatName, string>> }
  | ({ ok: false } & FileError);

/**
 * Leading bytes of file types that are not text or HTML, with a name a user recognises. A report archive often
 * holds the PDF or Word original beside the saved page.
 */
const BINARY_SIGNATURES: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'], // %PDF
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (or .docx/.xlsx)'], // PK\3\4
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document (.doc/.xls)'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'an RTF document'], // {\rtf
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'], // GIF8
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'], // Rar!
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7z archive'],
];

/** Plain reasons for the library's error codes (its own message gives the detail, e.g. `NUL byte`). */
const LIBRARY_REASONS: Partial<Record<string, string>> = {
  EMPTY_INPUT: 'empty file',
  BINARY_INPUT: 'binary file, not text or HTML',
  TOO_LARGE: 'too large',
  UNKNOWN_ENCODING: 'unknown encoding',
  NO_TEXT_LAYER: 'PDF without a text layer (a scan; OCR is out of scope)',
  ENCRYPTED: 'encrypted (needs a password)',
  DAMAGED_DOCUMENT: 'damaged or truncated document',
  INTERNAL: 'parse failed',
};

/** The reason shown for a NianbaoError: a plain phrase, then the detail the library gave. */
function libraryReason(err: NianbaoError, file: string): string {
  const message = err.message.replace(` (${file})`, '');
  const colon = message.indexOf(': ');
  const detail = colon >= 0 ? message.slice(colon + 2) : '';
  const plain = LIBRARY_REASONS[err.code];
  if (!plain) return message;
  return detail ? `${plain} (${detail})` : plain;
}

/** Names the binary type of a file from its first bytes, if it is a known one. */
export function binaryKind(bytes: Uint8Array): string | undefined {
  return BINARY_SIGNATURES.find(([sig]) => sig.every((b, i) => bytes[i] === b))?.[1];
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function fail(file: string, code: string, reason: string): FileOutcome {
  return { ok: false, file, code, reason };
}

/** Reads a file's bytes (regular files only), or says why it cannot be read. */
function readBytes(task: FileTask): Uint8Array | FileOutcome {
  if (task.bytes) return task.bytes;
  const read = readRegularFile(task.path, task.maxBytes);
  return read instanceof Uint8Array ? read : fail(task.path, read.code, read.reason);
}

/** Whether the library found no report in this text (NO_REPORT_FOUND): the CLI counts such a file as failed. */
export function holdsNoReport(report: Report): boolean {
  return report.warnings.some((w) => w.code === 'NO_REPORT_FOUND');
}

/** The reason shown for a file that holds no report. */
export function noReportReason(report: Report): string {
  const w = report.warnings.find((x) => x.code === 'NO_REPORT_FOUND');
  return `no report found (${w?.message.split(': ').slice(1).join(': ') || 'no report structure'})`;
}

/** Reads, parses (PDF and Word too) and renders one file; never rejects (a failure is an outcome with a reason). */
export async function convertFile(task: FileTask): Promise<FileOutcome> {
  const bytes = readBytes(task);
  if (!(bytes instanceof Uint8Array)) return bytes;
  if (bytes.length === 0) return fail(task.path, 'EMPTY_INPUT', 'empty file (0 bytes)');
  if (bytes.length > task.maxBytes) {
    return fail(task.path, 'TOO_LARGE', `too large: ${megabytes(bytes.length)}, over the ${megabytes(task.maxBytes)} limit`);
  }
  const sniffed = sniffFormat(bytes);
  if (sniffed.format === 'unsupported') return fail(task.path, 'UNSUPPORTED_FORMAT', `unsupported format (${sniffed.kind})`);
  try {
    const reports = await parseDocument(bytes, {
      source: task.path,
      format: formatFor(task.format, bytes),
      ...(task.encoding ? { encoding: task.encoding } : {}),
      maxBytes: task.maxBytes,
      ...(task.tokenizer ? { tokenizer: task.tokenizer } : {}),
    });
    if (reports.every(holdsNoReport)) return fail(task.path, 'NO_REPORT_FOUND', noReportReason(reports[0]));
    const chunks: Partial<Record<FormatName, string>> = {};
    for (const name of task.formats) chunks[name] = FORMATS[name].render(reports, task.path);
    return {
      ok: true,
      file: task.path,
      reports: reports.length,
      facts: reports.reduce((n, r) => n + r.facts.length, 0),
      warnings: reports.reduce((n, r) => n + r.warnings.length, 0),
      withUnreadCells: reports.filter((r) => unreadCells(r) > 0).length,
      chunks,
    };
  } catch (err) {
    if (err instanceof NianbaoError) {
      return fail(task.path, err.code, libraryReason(err, task.path));
    }
    return fail(task.path, 'INTERNAL', `parse failed: ${err instanceof Error ? err.message : String(err)}`);
  }
}
