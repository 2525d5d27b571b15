// End to end on the real 平潭 reports (fixtures/corpus) and the two broken copies (fixtures/series): parse, group,
// check. Expected figures and warnings come from the human readings (fixtures/series/expected-*.json), not from
// program output; every warning's quote must stand at its span and inside the reading's quote.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseReports, type Report } from '../../src/index.js';
import { compareReports, type Series, type SeriesWarning } from '../../src/series/compare.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const EXPECTED = JSON.parse(readFileSync(`${ROOT}fixtures/series/expected-series.json`, 'utf8')) as {
  reports: Array<{ file: string; year: number; agency: string; format: string; figures: Record<string, number> }>;
};
const CHECKS = JSON.parse(readFileSync(`${ROOT}fixtures/series/expected-checks.json`, 'utf8'));
const GAPS = CHECKS.real.knownParserGaps as Array<{ year: number; key: string; reading: number }>;
const ALIAS = { 平潭县人民政府: '平潭综合实验区' };
const FAKE_2023 = 'fixtures/series/pingtan-2023-altered-carryover.txt';
const DUP_2015 = 'fixtures/series/pingtan-2015-duplicate-altered.txt';

const texts = new Map<string, string>();
function parse(file: string): Report {
  const reports = parseReports(readFileSync(`${ROOT}${file}`), { source: file });
  expect(reports).toHaveLength(1);
  texts.set(file, reports[0].text);
  return reports[0];
}

let real: Report[];
let broken: Report[];
beforeAll(() => {
  real = EXPECTED.reports.map((r) => parse(r.file));
  broken = [parse(FAKE_2023), parse(DUP_2015)];
});

const of = (series: Series, code: string) => series.warnings.filter((w) => w.code === code);

/** Every figure a warning names stands at its span, in the report the warning names. */
function expectSpansHold(w: SeriesWarning): void {
  for (const ref of w.reports) {
    if (!ref.span) continue;
    expect(texts.get(ref.file!)!.slice(ref.span.start, ref.span.end)).toBe(ref.quote);
  }
}

/** The span lies inside an occurrence of the reading's (longer) quote in that report. */
function expectInsideReading(file: string, span: { start: number; end: number }, readingQuote: string): void {
  const text = texts.get(file)!;
  const starts: number[] = [];
  for (let i = text.indexOf(readingQuote); i >= 0; i = text.indexOf(readingQuote, i + 1)) starts.push(i);
  expect(starts.some((s) => s <= span.start && span.end <= s + readingQuote.length), `${file} ${readingQuote}`).toBe(true);
}

describe('the 平潭 series against the readings (fixtures/series/expected-series.json)', () => {
  it('reads every report with the agency, year and format of its reading', () => {
    expect(real.map((r) => [r.agency, r.year, r.indicators.format])).toEqual(EXPECTED.reports.map((r) => [r.agency, r.year, r.format]));
  });

  it('gives every read figure as one tidy row (670 of 672; the two known parser gaps listed)', () => {
    const series = compareReports(real, { aliases: ALIAS });
    const rows = new Map(series.rows.map((r) => [`${r.year} ${r.key}`, r]));
    const wrong: string[] = [];
    let agree = 0;
    for (const report of EXPECTED.reports) {
      for (const [key, value] of Object.entries(report.figures)) {
        if (GAPS.some((g) => g.year === report.year && g.key === key)) continue;
        const row = rows.get(`${report.year} ${key}`);
        if (row?.value === value) agree++;
        else wrong.push(`${report.year} ${key}: read ${value}, got ${row?.value}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(agree).toBe(670);
    // no row the readings do not have
    const read = new Set(EXPECTED.reports.flatMap((r) => Object.keys(r.figures).map((k) => `${r.year} ${k}`)));
    expect(series.rows.filter((r) => !read.has(`${r.year} ${r.key}`)).map((r) => `${r.year} ${r.key}`)).toEqual([]);
    for (const row of series.rows) if (row.start !== undefined) expect(texts.get(row.file!)!.slice(row.start, row.end)).toBe(row.quote);
  });
});

describe('checks on the real corpus, with --alias 平潭县人民政府=平潭综合实验区', () => {
  const exp = CHECKS.real.withAlias;
  let series: Series;
  beforeAll(() => {
    series = compareReports(real, { aliases: ALIAS });
  });

  it('joins the three names into one series and says by which steps', () => {
    expect(series.groups).toHaveLength(1);
    const [group] = series.groups;
    expect(group.agency).toBe('平潭综合实验区');
    expect(group.years).toEqual(exp.groups[0].years);
    expect(new Set(group.names.map((n) => JSON.stringify(n)))).toEqual(new Set(exp.groups[0].names.map((n: unknown) => JSON.stringify(n))));
  });

  it('YEAR_GAP: 2017, 2018, 2020, 2021, 2023', () => {
    expect(of(series, 'YEAR_GAP').map((w) => w.data!.missing)).toEqual([exp.YEAR_GAP[0].missing]);
    // the reports on each side of each gap: 2016 | 2019, 2019 | 2022, 2022 | 2024
    expect(of(series, 'YEAR_GAP')[0].reports.map((r) => r.year)).toEqual([2016, 2019, 2019, 2022, 2022, 2024]);
  });

  it('CARRY_OVER_MISMATCH: none (no consecutive 表三 years)', () => {
    expect(of(series, 'CARRY_OVER_MISMATCH')).toEqual([]);
  });

  it('CUMULATIVE_MISMATCH: 2012→2013 (4359 + 1853 ≠ 5395) and 2013→2014 (5395 + 2543 ≠ 78967), where the county sits between zone years', () => {
    const got = of(series, 'CUMULATIVE_MISMATCH');
    expect(got.map((w) => [w.reports[0].year, w.reports[1].year, w.data!.previousCumulative, w.data!.published, w.data!.expected, w.data!.cumulative])).toEqual(
      exp.CUMULATIVE_MISMATCH.map((e: Record<string, number>) => [e.from, e.to, e.previousCumulative, e.published, e.expected, e.cumulative]),
    );
    got.forEach(expectSpansHold);
    // 2013's 历年累计 is the second number of the flattened 统计表 row 主动公开信息数条18535395
    expectInsideReading('fixtures/corpus/043-a-pingtan-xian-2013.txt', got[0].reports[1].span!, '主动公开信息数条18535395');
    expect(got[0].reports[1].quote).toBe('5395');
  });

  it('FORMAT_CHANGED: prose 2016 → 2019 format, 2019 → 2021 format', () => {
    expect(of(series, 'FORMAT_CHANGED').map((w) => [w.reports[0].year, w.data!.from, w.reports[1].year, w.data!.to])).toEqual(
      exp.FORMAT_CHANGED.map((e: Record<string, unknown>) => [e.from, e.fromFormat, e.to, e.toFormat]),
    );
    expect(of(series, 'FORMAT_CHANGED')[0].data!.keys).toHaveProperty('applications.newReceived.total');
  });

  it('FIGURE_JUMP: every jump the readings show fires, with both figures at their spans', () => {
    const got = of(series, 'FIGURE_JUMP');
    for (const e of exp.FIGURE_JUMP) {
      const w = got.find((g) => g.data!.key === e.key && g.reports[0].year === e.from && g.reports[1].year === e.to);
      expect(w, `${e.key} ${e.from}→${e.to}`).toBeDefined();
      expect([w!.data!.from, w!.data!.to]).toEqual([e.fromValue, e.toValue]);
      expectSpansHold(w!);
      e.quotes.forEach((q: string | null, i: number) => {
        if (q) expectInsideReading(w!.reports[i].file!, w!.reports[i].span!, q);
      });
    }
    // a jump the readings do not show comes only from a known parser gap (019's totalPublished, 856 for 2599)
    const extra = got.filter((g) => !exp.FIGURE_JUMP.some((e: Record<string, unknown>) => e.key === g.data!.key && e.from === g.reports[0].year));
    for (const w of extra) expect(GAPS.some((g) => g.key === w.data!.key && w.reports.some((r) => r.year === g.year)), w.message).toBe(true);
  });

  it('no duplicate agency-year among the real reports', () => {
    expect(of(series, 'DUPLICATE_REPORT')).toEqual([]);
  });
});

describe('checks on the real corpus without the alias: the county stays apart', () => {
  it('two groups; the zone misses 2013; 2012→2014 jumps (19 → 290, 历年累计 4359 → 78967)', () => {
    const exp = CHECKS.real.withoutAlias;
    const series = compareReports(real);
    expect(series.groups.map((g) => [g.agency, g.years])).toEqual(exp.groups.map((g: { agency: string; years: number[] }) => [g.agency, g.years]));
    expect(of(series, 'YEAR_GAP').map((w) => [w.agency, w.data!.missing])).toEqual([[exp.YEAR_GAP[0].agency, exp.YEAR_GAP[0].missing]]);
    expect(of(series, 'CUMULATIVE_MISMATCH')).toEqual([]);
    const jumps = of(series, 'FIGURE_JUMP').map((w) => [w.data!.key, w.reports[0].year, w.data!.from, w.reports[1].year, w.data!.to]);
    for (const e of exp.FIGURE_JUMP) expect(jumps).toContainEqual([e.key, e.from, e.fromValue, e.to, e.toValue]);
  });
});

describe('the broken copies (fixtures/series/README.md)', () => {
  let series: Series;
  beforeAll(() => {
    series = compareReports([...real, ...broken], { aliases: ALIAS });
  });

  it('the fake 2023 keeps its own 表三 identity (218 + 3 = 218 + 3): only the series can see the break', () => {
    const fake = broken[0].indicators.applications!;
    expect([fake.newReceived!.total, fake.carriedOver!.total, fake.totalHandled!.total, fake.carriedForward!.total]).toEqual([218, 3, 218, 3]);
    expect(broken[0].warnings.filter((w) => w.code === 'IDENTITY_MISMATCH')).toEqual([]);
  });

  it('CARRY_OVER_MISMATCH: 2022→2023 and 2023→2024, per column, each figure at its cell in the altered rows', () => {
    const got = of(series, 'CARRY_OVER_MISMATCH');
    expect(got.map((w) => [w.reports[0].year, w.reports[1].year, w.data!.column, w.data!.carriedForward, w.data!.carriedOver])).toEqual(
      CHECKS.broken.CARRY_OVER_MISMATCH.map((e: Record<string, unknown>) => [e.from, e.to, e.column, e.carriedForward, e.carriedOver]),
    );
    got.forEach(expectSpansHold);
    // the cell spans, worked out from the rows as written: a digit per cell after the row label (7 columns)
    const cell = (file: string, row: string, col: number) => {
      const at = texts.get(file)!.indexOf(row) + row.length - 7 + col;
      return { start: at, end: at + 1 };
    };
    const rows = CHECKS.broken.CARRY_OVER_rows;
    const c = { naturalPerson: 0, commercial: 1, total: 6 } as Record<string, number>;
    for (const w of got) {
      const col = c[w.data!.column as string];
      if (w.reports[1].year === 2023) {
        expect(w.reports[0].span).toEqual(cell('fixtures/corpus/022-b-pingtan-2022.txt', rows['022 结转下年度 (2022)'], col));
        expect(w.reports[1].span).toEqual(cell(FAKE_2023, rows['fake 上年结转 (2023)'], col));
      } else {
        expect(w.reports[0].span).toEqual(cell(FAKE_2023, rows['fake 结转下年度 (2023)'], col));
        expect(w.reports[1].span).toEqual(cell('fixtures/corpus/024-b-pingtan-2024.txt', rows['024 上年结转 (2024)'], col));
      }
    }
  });

  it('DUPLICATE_REPORT: 2015 twice, different text, one conflicting figure (2949 vs 2994) with both spans', () => {
    const got = of(series, 'DUPLICATE_REPORT');
    expect(got).toHaveLength(1);
    const [w] = got;
    const [e] = CHECKS.broken.DUPLICATE_REPORT;
    expect(w.data!.sameText).toBe(false);
    const conflicts = w.data!.conflicts as Array<{ key: string; first: { value: number; file: string; span: { start: number; end: number }; quote: string }; second: typeof conflicts[0]['first'] }>;
    expect(conflicts.map((c) => [c.key, c.first.value, c.second.value])).toEqual(e.conflicts.map((c: Record<string, unknown>) => [c.key, c.first, c.second]));
    expect(conflicts[0].first.file).toBe('fixtures/corpus/009-a-pingtan-2015.txt');
    expect(conflicts[0].second.file).toBe(DUP_2015);
    expectInsideReading(conflicts[0].first.file, conflicts[0].first.span, e.conflicts[0].quotes[0]);
    expectInsideReading(conflicts[0].second.file, conflicts[0].second.span, e.conflicts[0].quotes[1]);
    expectSpansHold(w);
    // the second report's rows are marked, the first one's are not
    expect(series.rows.filter((r) => r.year === 2015 && r.duplicate).every((r) => r.file === DUP_2015)).toBe(true);
    expect(series.rows.some((r) => r.year === 2015 && r.duplicate)).toBe(true);
  });

  it('the same text twice is a duplicate with sameText and no conflict', () => {
    const again = parseReports(readFileSync(`${ROOT}fixtures/corpus/009-a-pingtan-2015.txt`), { source: 'copy/009.txt' })[0];
    const [w] = of(compareReports([real[3], again]), 'DUPLICATE_REPORT');
    expect(w.data).toMatchObject({ sameText: true, conflicts: [] });
    expect(w.message).toContain('the same text twice');
  });

  it('YEAR_GAP shrinks to 2017, 2018, 2020, 2021 once the fake 2023 is in', () => {
    expect(of(series, 'YEAR_GAP').map((w) => w.data!.missing)).toEqual([CHECKS.broken.YEAR_GAP[0].missing]);
  });
});

describe('every fixture report at once (seed page, corpus): many agencies, one year each', () => {
  it('places every report with an agency and a year, and every row and warning figure stands at its span', () => {
    const files = [
      'fixtures/seed/000_b61ef283626af920.txt',
      'fixtures/corpus/031-b-shuyang-fgj-2023.html',
      'fixtures/corpus/034-b-shanghai-bgt-2025.txt',
      'fixtures/corpus/054-a-tangcun-2010.txt',
      'fixtures/corpus/055-a-xinghua-2010.txt',
      ...EXPECTED.reports.map((r) => r.file),
    ];
    const reports = files.flatMap((file) => parseReports(readFileSync(`${ROOT}${file}`), { source: file }));
    const byKey = new Map(reports.map((r) => [`${r.source.file}#${r.source.index}`, r.text]));
    const series = compareReports(reports, { aliases: ALIAS });
    const placed = series.groups.reduce((n, g) => n + g.reports.length, 0);
    expect(placed + series.unplaced.length).toBe(reports.length);
    expect(placed).toBe(reports.filter((r) => r.agency && r.year !== undefined).length);
    for (const row of series.rows) {
      if (row.start !== undefined) expect(byKey.get(`${row.file}#${row.reportIndex}`)!.slice(row.start, row.end)).toBe(row.quote);
    }
    for (const w of series.warnings) {
      for (const ref of w.reports) if (ref.span) expect(byKey.get(`${ref.file}#${ref.index}`)!.slice(ref.span.start, ref.span.end)).toBe(ref.quote);
    }
    // the seed page's place-less names (县教育局 …) stay per file; the 平潭 reports still make one series
    expect(series.groups.find((g) => g.agency === '平潭综合实验区')!.years).toEqual([2012, 2013, 2014, 2015, 2016, 2019, 2022, 2024]);
    expect(series.warnings.filter((w) => w.code === 'DUPLICATE_REPORT')).toEqual([]);
  });
});
