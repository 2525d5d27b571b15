/**
 * The held-out readings (fixtures/heldout/*.reading.json) and the burned ones (fixtures/burned/: held out until
 * session 5, development material since) are well-formed: every quote stands in its report file, every value parses,
 * tables have the official shape, indicator keys exist in the schema, and the eval can load them. This test never
 * runs nianbao on the held-out files and holds no accuracy threshold — those files stay out of tuning; `npm run eval`
 * scores them in its own section (the burned ones in theirs, with their misses).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndicatorsSchema } from '../../src/schema/indicators.js';

const HELDOUT = join(import.meta.dirname, '../../fixtures/heldout');
const BURNED = join(import.meta.dirname, '../../fixtures/burned');
/** The six still held out and the six burned in session 5, two rounds (fixtures/burned/README.md). */
const HELDOUT_IDS = ['011', '017', '037', '040', '049', '053'];
const BURNED_IDS = ['004', '020', '023', '029', '050', '058'];

interface Quoted {
  value: number | string;
  unit?: string;
  quote: string;
  label?: string;
  approx?: string;
  zeroBy?: string;
}
interface Reading {
  file: string;
  agency: string | null;
  year: number | null;
  title: string | null;
  sections: string[];
  facts: Quoted[];
  fees?: Quoted[];
  indicators?: Record<string, number>;
  indicatorQuotes?: Record<string, string>;
  conflicts?: Record<string, { value: number; quote: string }[]>;
  table3?: Record<string, number[]>;
  table4?: Record<string, Record<string, number>>;
  tableChecks?: { table3?: string; table4?: string };
  notes: string;
}

const readingsIn = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.endsWith('.reading.json'))
    .sort();
const names = readingsIn(HELDOUT);
const burnedNames = readingsIn(BURNED);
const DATE = /^(\d{4}-\d{2}-\d{2}|--\d{2}(-\d{2})?)(\/\d{4}-\d{2}-\d{2})?$/;
const T4_COLUMNS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/** { 'a.b': 1 } → { a: { b: 1 } } */
function nest(flat: Record<string, number>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(flat)) {
    const parts = key.split('.');
    let cur = out as Record<string, unknown>;
    for (const p of parts.slice(0, -1)) cur = (cur[p] ??= {}) as Record<string, unknown>;
    cur[parts[parts.length - 1]] = v;
  }
  return out;
}

/** Nested object → dotted keys (the inverse of nest). */
function flat(obj: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  for (const [k, v] of Object.entries((obj ?? {}) as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') flat(v, key, out);
    else out[key] = v;
  }
  return out;
}

describe('held-out and burned readings', () => {
  it('six held out and six burned, each beside its report', () => {
    expect(names.map((n) => n.slice(0, 3))).toEqual(HELDOUT_IDS);
    expect(burnedNames.map((n) => n.slice(0, 3))).toEqual(BURNED_IDS);
    for (const [dir, list] of [[HELDOUT, names], [BURNED, burnedNames]] as const) {
      for (const n of list) {
        const r = JSON.parse(readFileSync(join(dir, n), 'utf8')) as Reading;
        expect(n.replace(/\.reading\.json$/, '.txt')).toBe(r.file);
        expect(existsSync(join(dir, r.file))).toBe(true);
      }
    }
  });

  for (const [dir, name] of [...names.map((n) => [HELDOUT, n]), ...burnedNames.map((n) => [BURNED, n])]) {
    const r = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Reading;
    const text = readFileSync(join(dir, r.file), 'utf8');

    describe(name, () => {
      it('metadata and headings stand in the text', () => {
        expect(r.year === null || (Number.isInteger(r.year) && r.year >= 2000 && r.year <= 2030)).toBe(true);
        if (r.agency) expect(text).toContain(r.agency);
        if (r.title) expect(text).toContain(r.title);
        expect(r.sections.length).toBeGreaterThan(0);
        for (const h of r.sections) expect(text, h).toContain(h);
        expect(r.notes.length).toBeGreaterThan(50);
      });

      it('every fact quote is in the file and every value parses', () => {
        expect(r.facts.length).toBeGreaterThan(0);
        for (const f of [...r.facts, ...(r.fees ?? [])]) {
          expect(text, f.quote).toContain(f.quote);
          expect(typeof f.unit, f.quote).toBe('string');
          if (f.unit === '日期') expect(String(f.value), f.quote).toMatch(DATE);
          else {
            expect(typeof f.value, f.quote).toBe('number');
            expect(Number.isFinite(f.value), f.quote).toBe(true);
          }
          if (f.approx) expect(['more-than', 'about', 'less-than']).toContain(f.approx);
          if (f.zeroBy) expect(f.value).toBe(0);
        }
      });

      it('indicator keys exist in the schema, each with a quote in the file', () => {
        const ind = r.indicators ?? {};
        const parsed = IndicatorsSchema.parse(nest(ind));
        expect(flat(parsed)).toEqual(ind); // a key the schema does not know would be dropped
        for (const key of Object.keys(ind)) {
          const q = r.indicatorQuotes?.[key];
          expect(q, key).toBeTruthy();
          expect(text, key).toContain(q);
        }
        for (const [key, list] of Object.entries(r.conflicts ?? {})) {
          expect(Object.keys(ind)).toContain(key);
          for (const c of list) expect(text, key).toContain(c.quote);
        }
      });

      it('表三 and 表四 have the official shape; their sums agree unless the notes say the table does not add up', () => {
        if (r.table3) {
          const labels = Object.keys(r.table3);
          expect(labels.length === 23 || labels.length === 25).toBe(true); // 2019 / 2021 format
          for (const [label, v] of Object.entries(r.table3)) {
            expect(v, label).toHaveLength(7);
            for (const x of v) expect(Number.isInteger(x) && x >= 0, label).toBe(true);
            if (!/^does not hold/.test(r.tableChecks?.table3 ?? '')) expect(v.slice(0, 6).reduce((a, b) => a + b, 0), label).toBe(v[6]);
          }
        }
        if (r.table4) {
          expect(Object.keys(r.table4)).toEqual(['行政复议', '行政诉讼_未经复议直接起诉', '行政诉讼_复议后起诉']);
          for (const [row, cells] of Object.entries(r.table4)) {
            expect(Object.keys(cells), row).toEqual(T4_COLUMNS);
            const v = T4_COLUMNS.map((c) => cells[c]);
            for (const x of v) expect(Number.isInteger(x) && x >= 0, row).toBe(true);
            if (!/^does not hold/.test(r.tableChecks?.table4 ?? '')) expect(v[0] + v[1] + v[2] + v[3], row).toBe(v[4]);
          }
        }
        expect(Boolean(r.table3)).toBe(Boolean(r.table4));
        if (r.table3) expect(r.tableChecks?.table3 && r.tableChecks?.table4).toBeTruthy();
      });
    });
  }

  it('the eval loads them apart from the in-sample cases and from each other, every table label mapped to a key', async () => {
    type Loaded = { id: string; indicators: Record<string, unknown>; facts: unknown[] }[];
    const cases = (await import('../eval/cases.mjs' as string)) as {
      loadHeldoutCases: () => Loaded;
      loadBurnedCases: () => Loaded;
      loadCases: () => { id: string }[];
    };
    const held = cases.loadHeldoutCases();
    const burned = cases.loadBurnedCases();
    expect(held.map((c) => `${c.id}.reading.json`)).toEqual(names);
    expect(burned.map((c) => `${c.id}.reading.json`)).toEqual(burnedNames);
    for (const c of [...held, ...burned]) for (const key of Object.keys(c.indicators)) expect(key, c.id).not.toMatch(/\?/);
    const inSample = new Set(cases.loadCases().map((c) => c.id));
    for (const c of [...held, ...burned]) expect(inSample.has(c.id), c.id).toBe(false);
  });
});
