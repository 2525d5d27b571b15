/**
 * fixtures/reading-keys.json: how the human readings (.gold.json) name the official rows and columns → indicator keys,
 * generated from the template registry (the only place the labels are spelled) for the .mjs tools that cannot import
 * TypeScript (test/eval/cases.mjs, fixtures/shapes/expected.mjs) and read by test/golden/documentReadings.ts.
 * Regenerate: WRITE_READING_KEYS=1 npx vitest run test/profiles/templates/readingKeys.test.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TABLE3_COLUMNS, TABLE3_ROWS, TABLE4_GROUPS_PRINTED, TABLE4_OUTCOMES } from '../../../src/profiles/disclosure/templates/index.js';

const FILE = join(import.meta.dirname, '../../../fixtures/reading-keys.json');
const CORPUS = join(import.meta.dirname, '../../../fixtures/corpus');

/** A reading's row name as the lookup key: no number, no trailing note, no 、，or spaces (`部分公开`, `其他处理`). */
const readingName = (label: string, number = '') => label.slice(number.length).replace(/（[^（）]*）$/, '').replace(/[、，\s]/g, '');

/** The map from the registry. */
function fromRegistry() {
  return {
    about: 'Generated from src/profiles/disclosure/templates (do not edit): WRITE_READING_KEYS=1 npx vitest run test/profiles/templates/readingKeys.test.ts. Look a reading row up with 、，and spaces removed.',
    table3Rows: Object.fromEntries(TABLE3_ROWS.map((r) => [readingName(r.label, r.number), r.key])),
    table3Columns: TABLE3_COLUMNS.map((c) => c.key),
    table4Groups: Object.fromEntries(TABLE4_GROUPS_PRINTED.map((g) => [g.parent ? `${g.parent}_${g.label}` : g.label, g.key])),
    table4Outcomes: Object.fromEntries(TABLE4_OUTCOMES.map((o) => [o.label, o.key])),
  };
}

describe('fixtures/reading-keys.json is the registry’s map, for tools that cannot import it', () => {
  const expected = fromRegistry();
  if (process.env.WRITE_READING_KEYS) writeFileSync(FILE, JSON.stringify(expected, null, 2) + '\n');
  const file = JSON.parse(readFileSync(FILE, 'utf8'));

  it('equals the map generated from the registry (regenerate after a registry change)', () => {
    expect(file).toEqual(expected);
  });

  it('names every row and column of every human reading in fixtures/corpus', () => {
    const unknown: string[] = [];
    for (const name of readdirSync(CORPUS).filter((f) => f.endsWith('.gold.json'))) {
      const gold = JSON.parse(readFileSync(join(CORPUS, name), 'utf8'));
      for (const label of Object.keys(gold.table3 ?? {})) if (!file.table3Rows[label.replace(/[、，\s]/g, '')]) unknown.push(`${name}: ${label}`);
      for (const [group, cells] of Object.entries(gold.table4 ?? {})) {
        if (!file.table4Groups[group]) unknown.push(`${name}: ${group}`);
        for (const outcome of Object.keys(cells as object)) if (!file.table4Outcomes[outcome]) unknown.push(`${name}: ${group}/${outcome}`);
      }
    }
    expect(unknown).toEqual([]);
  });
});
