#!/usr/bin/env node
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { parseReports, reportJsonSchema } from '../index.js';

// First version of the CLI: parse and schema. `convert` (batch, formats, workers, progress) follows DESIGN §5.
const program = new Command('nianbao').description('Read Chinese information-disclosure annual reports into verifiable data');

program
  .command('parse <file>')
  .description('parse one page and print its reports as pretty JSON')
  .action((file: string) => {
    const bytes = file === '-' ? readFileSync(0) : readFileSync(file);
    process.stdout.write(JSON.stringify(parseReports(bytes, { source: file }), null, 2) + '\n');
  });

program
  .command('schema')
  .description('print the JSON Schema of Report')
  .action(() => {
    process.stdout.write(JSON.stringify(reportJsonSchema, null, 2) + "\n");
  });

function listFiles(paths: string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .sort()
          .flatMap((name) => listFiles([join(p, name)]))
      : /\.(txt|md|html?|shtml)$/i.test(p)
        ? [p]
        : [],
  );
}

program
  .command('convert <paths...>')
  .description('parse every report file under the given paths and print one summary line per report')
  .action((paths: string[]) => {
    let failed = 0;
    for (const file of listFiles(paths)) {
      try {
        for (const r of parseReports(readFileSync(file), { source: file })) {
          process.stdout.write(
            `${file}#${r.source.index + 1}\t${r.year ?? '?'}\t${r.title ?? ''}\tsections ${r.sections.length}\tfacts ${r.facts.length}\twarnings ${r.warnings.length}\n`,
          );
        }
      } catch (err) {
        failed++;
        process.stderr.write(`${file}: ${err instanceof Error ? err.message : String(err)}\n`);
      }
    }
    process.exitCode = failed ? 1 : 0;
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  process.stderr.write(`nianbao: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
