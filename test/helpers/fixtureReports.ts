import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readInput, normalizeForMatching } from '../../src/input/index.js';
import { splitReports } from '../../src/segment/index.js';
import type { Table } from '../../src/schema/report.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

/** One report of a fixture file as the pipeline slices it (parse.ts): its text, normalised copy and page tables. */
export interface FixtureReport {
  path: string;
  text: string;
  norm: string;
  /** The page's HTML tables (the first report of a page holds them). */
  htmlTables: Table[];
}

/** Every report of every text and HTML file in the fixture folders `dirs` (held-out readings are never among them). */
export function* fixtureReports(dirs: readonly string[] = ['corpus', 'seed', 'wild', 'burned', 'shapes']): Generator<FixtureReport> {
  for (const dir of dirs) {
    for (const f of readdirSync(join(FIXTURES, dir))) {
      const path = join(FIXTURES, dir, f);
      if (!statSync(path).isFile() || !/\.(txt|html?)$/.test(f)) continue;
      const page = readInput(new Uint8Array(readFileSync(path)), {});
      const pageNorm = normalizeForMatching(page.text);
      for (const s of splitReports(page.text, pageNorm)) {
        yield { path, text: page.text.slice(s.start, s.end), norm: pageNorm.slice(s.start, s.end), htmlTables: s.start === 0 ? page.tables : [] };
      }
    }
  }
}
