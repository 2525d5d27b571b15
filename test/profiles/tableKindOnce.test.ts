import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput, normalizeForMatching } from '../../src/input/index.js';
import { splitReports, findSections } from '../../src/segment/index.js';
import { readTables } from '../../src/profiles/disclosure/tables/tables.js';
import { mapTable, tableKind } from '../../src/profiles/disclosure/tables/cellKeys.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

describe('readTables: each table kind read once (HTML from the grid, rebuilt by construction)', () => {
  it('gives every fixture table the map the long way gives (kind read again from the grid, rows placed again)', () => {
    const seen = { html: 0, rebuilt: { 表二: 0, 表三: 0, 表四: 0 } as Record<string, number> };
    for (const dir of ['corpus', 'seed', 'wild', 'burned', 'shapes']) {
      for (const f of readdirSync(join(FIXTURES, dir))) {
        const p = join(FIXTURES, dir, f);
        if (!statSync(p).isFile() || !/\.(txt|html?)$/.test(f)) continue;
        const page = readInput(new Uint8Array(readFileSync(p)), {});
        const pageNorm = normalizeForMatching(page.text);
        for (const s of splitReports(page.text, pageNorm)) {
          const text = page.text.slice(s.start, s.end);
          const norm = pageNorm.slice(s.start, s.end);
          const html = s.start === 0 ? page.tables : [];
          const { tables, read } = readTables(text, norm, findSections(text, norm), html);
          tables.forEach((table, t) => {
            const long = mapTable(table);
            expect(JSON.stringify(read[t]?.map), `${p} table ${t}`).toBe(JSON.stringify(long));
            if (t >= html.length) {
              // a rebuilt table is the one its builder named, and its grid says so too
              expect(tableKind(table), `${p} table ${t}`).toBe(table.name);
              seen.rebuilt[table.name!]++;
            } else if (long) seen.html++;
          });
        }
      }
    }
    // the fixtures hold official tables of every way in
    expect(seen.html).toBeGreaterThan(5);
    expect(Math.min(...Object.values(seen.rebuilt))).toBeGreaterThan(2);
  });
});
