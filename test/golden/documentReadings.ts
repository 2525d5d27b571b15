// The cells a human reading (.gold.json) gives, as indicator key → value; tables.test.ts and documents.test.ts both
// read them through goldCells. The readings' row and column names → keys come from fixtures/reading-keys.json,
// generated from the template registry and checked against it (test/profiles/templates/readingKeys.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const READING_KEYS = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/reading-keys.json'), 'utf8')) as {
  table3Rows: Record<string, string>;
  table3Columns: string[];
  table4Groups: Record<string, string>;
  table4Outcomes: Record<string, string>;
};
/** 表三 row as a reading names it (、，and spaces removed) → row key. */
export const TABLE3_KEYS: Record<string, string> = READING_KEYS.table3Rows;
const COLUMNS = READING_KEYS.table3Columns;
const TABLE4_GROUPS = READING_KEYS.table4Groups;
const TABLE4_OUTCOMES = READING_KEYS.table4Outcomes;

export interface Gold {
  agency?: string;
  year?: number;
  table3?: Record<string, number[]>;
  table4?: Record<string, Record<string, number>>;
  facts: Array<{ label: string; value: number | string; quote: string }>;
}

/** Every 表三 and 表四 cell of a reading: [indicator key, value]. */
export function goldCells(gold: Gold): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  for (const [label, values] of Object.entries(gold.table3 ?? {})) {
    const row = TABLE3_KEYS[label.replace(/[、，\s]/g, '')];
    if (!row) throw new Error(`reading row ${label} has no key in this test`);
    values.forEach((v, i) => out.push([`applications.${row}.${COLUMNS[i]}`, v]));
  }
  for (const [group, cells] of Object.entries(gold.table4 ?? {})) {
    for (const [outcome, v] of Object.entries(cells)) out.push([`reviewsAndLawsuits.${TABLE4_GROUPS[group]}.${TABLE4_OUTCOMES[outcome]}`, v]);
  }
  return out;
}

/** The value at a dotted key. */
export function valueAt(obj: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}
