// `nianbao review <file> [-o review.html]`: one self-contained HTML page showing every extracted figure in its
// report. Also `writeReviewPage`, used by `convert --review-dir DIR` to write one page per input file.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { NianbaoError, parseDocument } from '../../index.js';
import type { Report } from '../../schema/report.js';
import { tokenizerFromEnv } from '../env.js';
import { STDIN_NAME } from '../files.js';
import { outputError } from '../outputErrors.js';
import { refuseNonRegular } from '../outputs.js';
import { holdsNoReport, noReportReason } from '../task.js';
import { EXIT, UsageError } from '../usage.js';
import { readOneInput } from './parse.js';
import { renderReview } from '../../review/index.js';

/**
 * The page written for `file` in `dir`: `DIR/<name>.review.html` (stdin → `stdin.review.html`). Pass the set of
 * paths already used in this run to get `<name>-2.review.html` … when two inputs share a name.
 */
export function reviewPathFor(file: string, dir: string, taken?: Set<string>): string {
  const stem = file === '-' || file === STDIN_NAME ? 'stdin' : basename(file, extname(file));
  // Keep letters, digits, CJK and . _ - from the input name; anything else (<, >, :, spaces …) becomes _.
  const name = stem.replace(/[^\p{L}\p{N}._-]/gu, '_') || 'report';
  let path = join(dir, `${name}.review.html`);
  for (let n = 2; taken?.has(path); n++) path = join(dir, `${name}-${n}.review.html`);
  taken?.add(path);
  return path;
}

/** Writes the review page of one input file's reports to `outPath` (`-` = stdout) via a temporary file + rename. */
export function writeReviewPage(file: string, reports: Report[], outPath: string): { bytes: number } {
  const html = renderReview(reports, { file });
  const bytes = Buffer.byteLength(html);
  if (outPath === '-') {
    process.stdout.write(html);
    return { bytes };
  }
  if (file !== '-' && resolve(file) === resolve(outPath)) throw new UsageError(`output ${outPath} is the input; inputs are never overwritten`);
  refuseNonRegular(outPath);
  const temp = join(dirname(outPath), `.${basename(outPath)}.${process.pid}.tmp`);
  try {
    mkdirSync(dirname(outPath) || '.', { recursive: true });
    writeFileSync(temp, html);
    renameSync(temp, outPath);
  } catch (err) {
    rmSync(temp, { force: true });
    throw outputError(err, outPath);
  }
  return { bytes };
}

/**
 * For `convert --review-dir DIR`: returns a callback that writes one page per converted file from the file's
 * `jsonl` chunk (one Report per line, as the worker rendered it), naming pages with `reviewPathFor`.
 */
export function reviewPageWriter(dir: string): (outcome: { file: string; chunks: Partial<Record<string, string>> }) => void {
  const taken = new Set<string>();
  return (outcome) => {
    const lines = outcome.chunks.jsonl?.split('\n').filter(Boolean);
    if (!lines) return;
    const reports = lines.map((line) => JSON.parse(line) as Report);
    writeReviewPage(outcome.file, reports, reviewPathFor(outcome.file, dir, taken));
  };
}

interface ReviewOptions {
  output?: string;
  encoding?: string;
}

/** Registers `nianbao review <file> [-o review.html] [--encoding gbk]`. */
export function registerReview(program: Command): void {
  program
    .command('review <file>')
    .description('write a static HTML page of the report(s) with every figure highlighted and linked to its place')
    .option('-o, --output <path>', 'the page to write, or - for stdout (default: <input name>.review.html here)')
    .option('--encoding <name>', 'decode the input with this encoding (e.g. gbk) instead of detecting it')
    .action(async (file: string, options: ReviewOptions) => {
      if (options.encoding) {
        try {
          new TextDecoder(options.encoding);
        } catch {
          throw new UsageError(`unknown encoding "${options.encoding}" (try utf-8, gbk, gb18030, big5)`);
        }
      }
      const tokenizer = tokenizerFromEnv();
      const bytes = await readOneInput(file, 'review', 'convert --review-dir DIR');
      if (!(bytes instanceof Uint8Array)) {
        process.exitCode = bytes;
        return;
      }
      let reports: Report[];
      try {
        reports = await parseDocument(bytes, { source: file, ...(options.encoding ? { encoding: options.encoding } : {}), ...(tokenizer ? { tokenizer } : {}) });
      } catch (err) {
        if (!(err instanceof NianbaoError)) throw err;
        process.stderr.write(`nianbao: ${err.message}\n`);
        process.exitCode = EXIT.FAILED;
        return;
      }
      if (reports.every(holdsNoReport)) {
        process.stderr.write(`nianbao: ${file}: ${noReportReason(reports[0])}\n`);
        process.exitCode = EXIT.FAILED;
        return;
      }
      const out = options.output ?? reviewPathFor(file, '.');
      const written = writeReviewPage(file, reports, out);
      if (out !== '-') {
        const facts = reports.reduce((n, r) => n + r.facts.length, 0);
        process.stderr.write(`${out}: ${reports.length} report(s), ${facts} facts, ${(written.bytes / 1024).toFixed(0)} KB\n`);
      }
    });
}
