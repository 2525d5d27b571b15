import type { Command } from 'commander';
import { reportJsonSchema } from '../../index.js';

/** Registers `nianbao schema`: the JSON Schema of Report on stdout. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of Report')
    .action(() => {
      process.stdout.write(JSON.stringify(reportJsonSchema, null, 2) + '\n');
    });
}
