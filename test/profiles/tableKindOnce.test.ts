import { describe, expect, it } from 'vitest';
import { findSections } from '../../src/segment/index.js';
import { readTables } from '../../src/profiles/disclosure/tables/tables.js';
import { mapTable, tableKind } from '../../src/profiles/disclosure/tables/cellKeys.js';
import { fixtureReports } from '../helpers/fixtureReports.js';

describe('readTables: each table kind read once (HTML from the grid, rebuilt by construction)', () => {
  it('gives every fixture table the map the long way gives (kind read again from the grid, rows placed again)', () => {
    const seen = { html: 0, rebuilt: { 表二: 0, 表三: 0, 表四: 0 } as Record<string, number> };
    for (const { path: p, text, norm, htmlTables: html } of fixtureReports()) {
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
    // the fixtures hold official tables of every way in
    expect(seen.html).toBeGreaterThan(5);
    expect(Math.min(...Object.values(seen.rebuilt))).toBeGreaterThan(2);
  });
});
