/**
 * The table source shapes of issue 12, each a fixture made from a real report (fixtures/shapes/README.md says how),
 * read through the public API only. Expected cells come from the human reading of the source report
 * (`<fixture>.expected.json`, written by fixtures/shapes/expected.mjs from the .gold.json). A cell must equal the
 * reading or be absent; a different value is always a failure. Cells right / absent / wrong are printed per fixture.
 * Three checks per fixture: (A) never a wrong value; (B) never a silent gap: an absent cell is named (`data.keys`, the
 * cell's key or its row's) by a TABLE_INCOMPLETE / TABLE_AMBIGUOUS / BLANKS_AS_ZERO warning; (C) read in full: the
 * cells the table's constraints prove are read, the cells nothing proves stay absent, the shape's warnings are given
 * and the format is taken from the table (never 'prose').
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, ReportSchema, type Report } from '../../src/index.js';
import { describeTally, tallyCells, valueAt } from './shapeCells.js';

const DIR = join(import.meta.dirname, '../../fixtures/shapes');

export interface ShapeExpectation {
  fixture: string;
  reading: string;
  shape: string;
  /** indicators.format values that fit the report (never 'prose' for these). */
  format: string[];
  /** Warning codes the report must carry. */
  warnings: string[];
  /** Cells that must be read right: 'all', or a list. */
  mustRead: 'all' | string[];
  /** Cells no constraint of the table can fill: they must stay absent. */
  mustBeAbsent: string[];
  cells: Record<string, number>;
}

const expectations: ShapeExpectation[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.expected.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as ShapeExpectation);

const reports = new Map<string, Report>();
/** Parses a fixture once per run. */
function reportOf(fixture: string): Report {
  if (!reports.has(fixture)) reports.set(fixture, parseReport(readFileSync(join(DIR, fixture)), { source: fixture }));
  return reports.get(fixture)!;
}

describe('shape fixtures: no cell of 表三/表四 takes a value other than the reading', () => {
  it('has a fixture for each shape of issue 12', () => {
    expect(expectations.map((e) => e.fixture)).toEqual([
      '024-columns.txt',
      '024-hard-tables.txt',
      '024-labelless-ambiguous.txt',
      '024-labelless-rows.txt',
      '031-blank-rows.html',
      '031-blank-unproven.html',
      '034-pipe-pieces.txt',
      '034-table4-subtables.txt',
      '062-layout.txt',
      '062-plain.txt',
      '062-raw.txt',
    ]);
  });
  for (const e of expectations) {
    check(e.fixture, 'A')(`${e.fixture}: every cell equals the reading or is absent; spans quote the text`, () => {
      const report = reportOf(e.fixture);
      expect(ReportSchema.parse(report).indicators).toEqual(report.indicators);
      for (const s of report.indicatorSources) expect(report.text.slice(s.span.start, s.span.end)).toBe(s.quote);
      for (const f of report.facts) expect(report.text.slice(f.span.start, f.span.end)).toBe(f.quote);
      const t = tallyCells(report, e.cells);
      console.log(describeTally(e.fixture, t));
      expect(t.wrong).toEqual([]);
      expect(Object.keys(e.cells).length).toBeGreaterThanOrEqual(130);
    });
  }
});

/** Where the reader stands before the issue-12 rewrite: (fixture, check) pairs that fail today are listed as todo. */
const PENDING: Record<string, Array<'A' | 'B' | 'C'>> = {};

/** `it`, or `it.todo` while the pair is pending. */
const check = (fixture: string, which: 'A' | 'B' | 'C') => (PENDING[fixture]?.includes(which) ? it.todo : it);

describe('shape fixtures: an absent cell is always named by a warning (never silent)', () => {
  for (const e of expectations) {
    check(e.fixture, 'B')(`${e.fixture}: every cell is right or named by TABLE_INCOMPLETE / TABLE_AMBIGUOUS / BLANKS_AS_ZERO`, () => {
      const t = tallyCells(reportOf(e.fixture), e.cells);
      expect(t.silent).toEqual([]);
    });
  }
});

describe('shape fixtures: read in full (issue 12)', () => {
  for (const e of expectations) {
    check(e.fixture, 'C')(`${e.fixture}: proven cells read, unprovable cells absent, warnings ${e.warnings.join(', ') || '(none required)'}, format ${e.format.join('/')}`, () => {
      const report = reportOf(e.fixture);
      const mustRead = e.mustRead === 'all' ? Object.keys(e.cells) : e.mustRead;
      const unread = mustRead.filter((k) => valueAt(report.indicators, k) !== e.cells[k]);
      expect(unread).toEqual([]);
      const filled = e.mustBeAbsent.filter((k) => valueAt(report.indicators, k) !== undefined);
      expect(filled).toEqual([]);
      const codes = new Set(report.warnings.map((w) => w.code as string));
      expect(e.warnings.filter((c) => !codes.has(c))).toEqual([]);
      expect(e.format).toContain(report.indicators.format);
    });
  }
});
