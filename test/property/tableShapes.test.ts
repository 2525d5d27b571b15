/**
 * Property tests of issue 12, item 7: known tables (the readings of 022, 024, 031, 034, and 062's 2019 template with
 * one （六）其他处理 row) printed in generated source shapes — labels dropped, on their own lines or broken, group labels
 * before / beside / inside their rows, the vertical 三、本年度办理结果 anywhere, zero figures blank, any figure blank (a
 * blank no total proves 0), pipe pieces with page footers or repeated headings between them, 表四 as three sub-tables
 * in any order — and read through parseReport: every indicator cell equals the known value or is absent (with a
 * warning naming it); never a different value; and the report is never read as prose era.
 * A failing run prints the shape: `renderReport(knownTable(name, year), shape)` (tableShapes.ts) prints its text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { describeTally, tallyCells } from '../golden/shapeCells.js';
import { cellsOf, knownTable, renderReport, TABLE3_ROWS, type KnownTable, type Shape } from './tableShapes.js';

/** 2021 tables of 022, 024, 031, 034; and 062's 2019 template (one （六）其他处理 row) printed in a 2023 report. */
const KNOWN: KnownTable[] = [
  knownTable('022-b-pingtan-2022', 2022),
  knownTable('024-b-pingtan-2024', 2024),
  knownTable('031-b-shuyang-fgj-2023', 2023),
  knownTable('034-b-shanghai-bgt-2025', 2025),
  knownTable('062-b-hongze-2023', 2023),
];

/** Checks the reader before the issue-12 rewrite fails (seen on main at landing): listed as todo until it passes. */
const PENDING = new Set<string>([]);
/** `it`, or `it.todo` while the check is pending. */
const check = (name: string) => (PENDING.has(name) ? it.todo : it);

/** The plain shape: every label on its row, one row a line, 表四 one row. */
const PLAIN: Omit<Shape, 'render'> = {
  dropLabel: TABLE3_ROWS.map(() => false),
  labelOwnLine: false,
  wrap: 0,
  group: 'before',
  vertical: -1,
  verticalStyle: 'column',
  blanks: 'none',
  unproven: [],
  cuts: [],
  between: '',
  table4: 'row',
  table4Order: [0, 1, 2],
};

const shape: fc.Arbitrary<Shape> = fc.record({
  render: fc.constantFrom('lines', 'pipe', 'html', 'columns'),
  dropLabel: fc.array(fc.constantFrom(false, false, false, true), { minLength: TABLE3_ROWS.length, maxLength: TABLE3_ROWS.length }),
  labelOwnLine: fc.boolean(),
  wrap: fc.constantFrom(0, 0, 6, 10, 11, 14),
  group: fc.constantFrom('before', 'prefix', 'middle'),
  vertical: fc.integer({ min: 0, max: 61 }).map((v) => v - 1), // shrinks to -1: no vertical label
  verticalStyle: fc.constantFrom('column', 'spaced'),
  blanks: fc.constantFrom('none', 'cells', 'rows'),
  unproven: fc.oneof(fc.constant<number[]>([]), fc.array(fc.nat(189), { maxLength: 4 })),
  cuts: fc.array(fc.nat(60), { maxLength: 6 }),
  between: fc.constantFrom('', '— 5 —', '## 表三：收到和处理政府信息公开申请情况'),
  table4: fc.constantFrom('row', 'subtables'),
  table4Order: fc.shuffledSubarray([0, 1, 2], { minLength: 3, maxLength: 3 }),
});

/**
 * The seed: fixed, so `npm test` and CI are deterministic; FC_SEED=<n> replays a failure, FC_SEED=random explores
 * (fast-check prints the seed of any failure), FC_RUNS=<n> tries n shapes per table. Seeds that found a wrong value once are replayed below (REPLAYS).
 */
const FC_SEED = process.env.FC_SEED === 'random' ? {} : { seed: process.env.FC_SEED ? Number(process.env.FC_SEED) : 20261204 };

/** Shapes per known table and property (FC_RUNS=n explores more; 50 in `npm test`). */
const FC_RUNS = Number(process.env.FC_RUNS ?? 50);

/** Seeds that once gave a wrong value, each with the table it failed on and the class of layout it found. */
const REPLAYS: Array<{ seed: number; path?: string; table: string; found: string }> = [
  { seed: 13413376, table: '034-b-shanghai-bgt-2025', found: 'figures apart with zero cells left out: `1139 48 1191` split 1|1|39|48|1|1|91 by its row sum alone' },
  { seed: -1211745702, table: '062-b-hongze-2023', found: 'a wrong printed 总计 0 “proved” a blank 维持 = 0' },
  // found with FC_RUNS=1000 (shape 696 of that seed): an HTML （六）其他处理 cell spanning the three 2021 rows, their own labels lost
  { seed: -428241737, path: '695:4:4:4:4', table: '024-b-pingtan-2024', found: 'the 2021 （六）其他处理 group beside label-less rows read as the 2019 row' },
  { seed: -1615374399, path: '541:1:1:1:1:1:1:1:20:13:14:12:12', table: '062-b-hongze-2023', found: '062’s wrong 表四 总计 0 “proved” a blank 复议后起诉 维持 = 0 while 复议 (blank + 1 = 0) showed the table broken' },
  { seed: -1823053475, path: '146:0:0:0:1:1:2:3:3:3', table: '024-b-pingtan-2024', found: 'a 2021-only row (逾期不补正) with its blanks left out was dropped, so （六）其他处理 beside a label-less row read as the 2019 row' },
  { seed: 1013360540, path: '701:8:13:0:9:9:9:9:5:3:3', table: '022-b-pingtan-2022', found: 'the vertical 三、本年度办理结果 printed one character per line after `3.其他` hid that 2021-only label, so （六）其他处理 read as the 2019 row' },
  { seed: 1094862324, path: '781:1:0:2:3:9:7:7:8:8:8', table: '031-b-shuyang-fgj-2023', found: 'a row’s figures gathered from two lines (`0 0 0 0 0` + the next, label-less row `26 26`) added up by coincidence' },
  // found with FC_RUNS=1000: one row a line, the three （六）其他处理 rows and the row before them without labels
  { seed: -221699923, path: '21:18:18:18:18', table: '031-b-shuyang-fgj-2023', found: 'label-less rows one a line ran onto the row above (28 zeros, unreadable), so the group label in their middle read as the 2019 row' },
  { seed: 1494347348, path: '434:9:9:11:16', table: '034-b-shanghai-bgt-2025', found: 'label-less rows after a repeated table heading (a page break) were dropped, so （六）其他处理 before it read as the 2019 row' },
  { seed: -2129985727, path: '551:7:7:8:7:14:15', table: '022-b-pingtan-2022', found: 'two label-less rows before （六）其他处理 (the 2019 template has one place there) and two after a repeated heading' },
];

/** Parses a known table printed in a shape: its cells sorted, and the format the report was read in. */
function read(t: KnownTable, s: Shape) {
  const report = parseReport(renderReport(t, s), { source: `${t.name} as ${s.render}` });
  return { ...tallyCells(report, cellsOf(t)), format: report.indicators.format };
}

describe('known tables printed plainly are read in full (the generators print what the reader reads)', () => {
  for (const t of KNOWN) {
    for (const render of ['lines', 'pipe', 'html', 'columns'] as const) {
      it(`${t.name} as ${render}`, () => {
        const tally = read(t, { ...PLAIN, render });
        expect({ wrong: tally.wrong, silent: tally.silent, explained: tally.explained }).toEqual({ wrong: [], silent: [], explained: [] });
      });
    }
  }
});

describe('known tables in generated shapes: never a different value', () => {
  for (const t of KNOWN) {
    check('never a different value')(`${t.name}: every cell equals the reading or is absent`, () => {
      const totals = { right: 0, explained: 0, silent: 0, runs: 0 };
      fc.assert(
        fc.property(shape, (s) => {
          const tally = read(t, s);
          totals.runs++;
          totals.right += tally.right.length;
          totals.explained += tally.explained.length;
          totals.silent += tally.silent.length;
          expect(tally.wrong).toEqual([]);
          // a report of 2019 or later is never prose era, however its tables are printed
          expect(tally.format).not.toBe('prose');
        }),
        { numRuns: FC_RUNS, ...FC_SEED },
      );
      console.log(`${t.name}: ${totals.runs} shapes — cells ${totals.right} right, ${totals.explained} absent (warned), ${totals.silent} absent silently`);
    });
  }
});

describe('known tables in generated shapes: an absent cell is named by a warning', () => {
  for (const t of KNOWN) {
    check('absent cells warned')(`${t.name}: every cell is right or named by TABLE_INCOMPLETE / TABLE_AMBIGUOUS / BLANKS_AS_ZERO`, () => {
      fc.assert(
        fc.property(shape, (s) => {
          const tally = read(t, s);
          if (tally.silent.length) throw new Error(describeTally(`${t.name} as ${s.render}`, tally) + `: ${tally.silent.slice(0, 5).join(', ')} …`);
        }),
        { numRuns: FC_RUNS, ...FC_SEED },
      );
    });
  }
});

describe('seeds that once found a wrong value, replayed (each names the class it found)', () => {
  for (const r of REPLAYS) {
    const t = KNOWN.find((k) => k.name === r.table)!;
    it(`FC_SEED=${r.seed} on ${r.table}: ${r.found}`, () => {
      fc.assert(
        fc.property(shape, (s) => {
          const tally = read(t, s);
          expect(tally.wrong).toEqual([]);
          expect(tally.silent).toEqual([]);
        }),
        { numRuns: 50, seed: r.seed, ...(r.path ? { path: r.path } : {}) },
      );
    });
  }
});
