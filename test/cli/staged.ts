import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../src/index.js';
import type { FinishContext, OutputFormat } from '../../src/cli/formats/index.js';

/** Runs a format as `convert` does, without a worker: head, each file's render, tail; `finish` for staged formats. */
export async function renderFormat(
  format: OutputFormat,
  files: Array<[file: string, reports: Report[]]>,
  context: FinishContext = { allColumns: false },
): Promise<Buffer> {
  const chunks = files.map(([file, reports]) => format.render(reports, file)).filter(Boolean);
  const text = format.head() + chunks.join(format.separator) + format.tail({ files: files.length, reports: 0, facts: 0, warnings: 0, failed: 0 }, []);
  if (!format.finish) return Buffer.from(text);
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-staged-'));
  try {
    const staged = join(dir, 'staged');
    writeFileSync(staged, text);
    const out: Buffer[] = [];
    await format.finish(staged, async (chunk) => void out.push(Buffer.from(chunk)), context);
    return Buffer.concat(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
