// `nianbao check <files|dirs|globs…>`: the gold-free check of the official tables (issue 12). One line per report that
// carries 表三/表四 — template cells read / expected, identities holding / failing, the table warnings — and totals.
// Exit 1 when a report leaves cells unread without a warning saying why (which must never happen), else 0.
// A file that holds no report at all (NO_REPORT_FOUND: a README, a news page) is listed as such and counted apart —
// not as a table left unread.
import type { Command } from 'commander';
import { checkReport, NianbaoError, parseFile, type ReportCheck } from '../../index.js';
import { expandInputs } from '../files.js';
import { EXIT, UsageError } from '../usage.js';

/** One report's line: `file 篇n  表三 175/175 表四 15/15  identities 42 hold 0 fail  [codes]`. */
export function checkLine(name: string, c: ReportCheck): string {
  const cells = c.tables.map((t) => `${t.table}(${t.format}) ${t.read}/${t.expected}`).join('  ');
  const fails = c.tables.flatMap((t) => t.failing.map((f) => `${f.name}: ${f.sum} ≠ ${f.total}`));
  return [
    name,
    cells,
    `identities ${c.holding} hold ${c.failing} fail`,
    c.warnings.length ? `[${c.warnings.join(' ')}]` : '',
    c.silent ? 'UNREAD WITHOUT WARNING' : '',
    fails.length ? `\n    published arithmetic: ${fails.join('; ')}` : '',
  ]
    .filter(Boolean)
    .join('  ');
}

/** Runs `nianbao check`; returns the exit code. */
export async function runCheck(inputs: string[], opts: { quiet?: boolean }): Promise<number> {
  const { files, emptyGlobs } = expandInputs(inputs);
  for (const pattern of emptyGlobs) process.stderr.write(`nianbao: no file matches ${pattern}\n`);
  if (files.length === 0) throw new UsageError(`no report files found in ${inputs.join(' ')}`);
  const total = { reports: 0, noReport: 0, withTables: 0, expected: 0, read: 0, holding: 0, failing: 0, incomplete: 0, silent: 0, failed: 0 };
  for (const file of files) {
    let reports;
    try {
      // every format the library reads (PDF and Word too), told apart by content
      reports = await parseFile(file.path);
    } catch (err) {
      if (!(err instanceof NianbaoError) && !(err instanceof Error)) throw err;
      total.failed++;
      process.stderr.write(`nianbao: ${file.path}: ${err.message}\n`);
      continue;
    }
    reports.forEach((report, i) => {
      const name = reports.length > 1 ? `${file.path} 篇${i + 1}` : file.path;
      if (report.warnings.some((w) => w.code === 'NO_REPORT_FOUND')) {
        total.noReport++;
        if (!opts.quiet) process.stdout.write(`${name}  no report found (NO_REPORT_FOUND)\n`);
        return;
      }
      total.reports++;
      const c = checkReport(report);
      if (c.tables.length === 0) return;
      total.withTables++;
      total.expected += c.expected;
      total.read += c.read;
      total.holding += c.holding;
      total.failing += c.failing;
      if (c.read < c.expected) total.incomplete++;
      if (c.silent) total.silent++;
      if (!opts.quiet || c.silent || c.read < c.expected) process.stdout.write(`${checkLine(name, c)}\n`);
    });
  }
  const pct = total.expected ? ((100 * total.read) / total.expected).toFixed(1) : '—';
  process.stdout.write(
    `total: ${files.length} files (${total.failed} unreadable, ${total.noReport} with no report), ${total.reports} reports, ${total.withTables} with official tables; ` +
      `cells ${total.read}/${total.expected} (${pct}%); identities ${total.holding} hold, ${total.failing} fail; ` +
      `${total.incomplete} reports with unread cells, ${total.silent} without a warning\n`,
  );
  return total.silent > 0 ? EXIT.FAILED : EXIT.OK;
}

/** Registers `nianbao check`. */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('check the official tables without a reading: template cells read, identities holding (exit 1 if cells are unread without a warning)')
    .argument('<inputs...>', 'files, directories or globs')
    .option('-q, --quiet', 'print only the reports with unread cells, and the totals')
    .action(async (inputs: string[], opts: { quiet?: boolean }) => {
      process.exitCode = await runCheck(inputs, opts);
    });
}
