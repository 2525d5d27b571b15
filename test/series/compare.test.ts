// compareReports on Report objects built by hand. The figures are the READINGS of the real 平潭 reports (022 2022,
// 024 2024, 014 2014, 009 2015) or small changes of them, labelled as such; texts are short stand-ins that hold the
// quoted cells, so that spans can be checked.
import { describe, expect, it } from 'vitest';
import type { Indicators, Report } from '../../src/index.js';
import { compareReports, flattenIndicators, indicatorUnit } from '../../src/series/compare.js';

type Row = { naturalPerson: number; commercial: number; research: number; social: number; legal: number; otherOrg: number; total: number };
const row = (...v: number[]): Row => ({ naturalPerson: v[0], commercial: v[1], research: v[2], social: v[3], legal: v[4], otherOrg: v[5], total: v[6] });

/** A report with `text`, and a source (quote + span) for each key whose figure the text holds at `quote`. */
function report(p: { agency?: string; year?: number; file: string; indicators: Indicators; text?: string; quotes?: Record<string, string> }): Report {
  const text = p.text ?? `${p.agency ?? ''}${p.year ?? ''}年度政府信息公开工作年度报告`;
  const figures = flattenIndicators(p.indicators);
  const indicatorSources = Object.entries(p.quotes ?? {}).map(([key, quote]) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`${quote} not in text`);
    return { key, value: figures.get(key)!, facts: [], quote, span: { start, end: start + quote.length }, how: 'table' as const };
  });
  return {
    text,
    agency: p.agency,
    year: p.year,
    sections: [],
    facts: [],
    tables: [],
    indicators: p.indicators,
    indicatorSources,
    warnings: [],
    source: { file: p.file, index: 0, pageSpan: { start: 0, end: text.length }, encoding: 'utf-8', format: 'text' },
    meta: {},
  };
}

// 022 (2022) as read: 上年结转 1|0|0|0|0|0|1, 结转下年度 0s. Text: the two rows as the archive flattened them.
const T2022 = '二、上年结转政府信息公开申请数量 1000001三、…四、结转下年度继续办理 0000000 四、';
const r2022 = report({
  agency: '平潭综合实验区',
  year: 2022,
  file: '022.txt',
  text: T2022,
  indicators: { format: '2021', applications: { carriedOver: row(1, 0, 0, 0, 0, 0, 1), carriedForward: row(0, 0, 0, 0, 0, 0, 0) } },
  quotes: { 'applications.carriedForward.total': '0000000 四' },
});

/** A 2023 report of the zone (made up: no 2023 report exists in the corpus) with the given 上年结转 / 结转下年度. */
function fake2023(over: Row, forward: Row, file = 'fake-2023.txt'): Report {
  return report({
    agency: '平潭综合实验区管委会办公室（汇总全区）',
    year: 2023,
    file,
    indicators: { format: '2021', applications: { carriedOver: over, carriedForward: forward } },
  });
}

// 024 (2024) as read: 上年结转 0s, 结转下年度 0s.
const r2024 = report({
  agency: '平潭综合实验区',
  year: 2024,
  file: '024.txt',
  indicators: { format: '2021', applications: { carriedOver: row(0, 0, 0, 0, 0, 0, 0), carriedForward: row(0, 0, 0, 0, 0, 0, 0) } },
});

describe('carry-over continuity: 结转下年度 of year N = 上年结转 of year N+1, per applicant column', () => {
  it('is silent when 2022 carries 0 forward and a 2023 report carries 0 over', () => {
    const s = compareReports([r2022, fake2023(row(0, 0, 0, 0, 0, 0, 0), row(0, 0, 0, 0, 0, 0, 0)), r2024]);
    expect(s.warnings.filter((w) => w.code === 'CARRY_OVER_MISMATCH')).toEqual([]);
  });

  it('flags 2022 结转下年度 0 ≠ 2023 上年结转 4 (自然人 and 总计), with 2022\'s cell quote and span', () => {
    const s = compareReports([r2022, fake2023(row(4, 0, 0, 0, 0, 0, 4), row(0, 0, 0, 0, 0, 0, 0)), r2024]);
    const got = s.warnings.filter((w) => w.code === 'CARRY_OVER_MISMATCH');
    expect(got.map((w) => [w.data!.column, w.data!.carriedForward, w.data!.carriedOver])).toEqual([
      ['naturalPerson', 0, 4],
      ['total', 0, 4],
    ]);
    const total = got[1];
    expect(total.reports.map((r) => [r.file, r.year, r.key, r.value])).toEqual([
      ['022.txt', 2022, 'applications.carriedForward.total', 0],
      ['fake-2023.txt', 2023, 'applications.carriedOver.total', 4],
    ]);
    expect(T2022.slice(total.reports[0].span!.start, total.reports[0].span!.end)).toBe('0000000 四');
    expect(total.message).toContain('2022→2023 total: 结转下年度 0 ≠ 上年结转 4');
  });

  it('is not checked across a gap: 2022 → 2024 (2023 missing) says nothing even if the figures differ', () => {
    const r2024over = report({ ...r2024, agency: '平潭综合实验区', year: 2024, file: '024.txt', indicators: { format: '2021', applications: { carriedOver: row(2, 0, 0, 0, 0, 0, 2) } } });
    const s = compareReports([r2022, r2024over]);
    expect(s.warnings.filter((w) => w.code === 'CARRY_OVER_MISMATCH')).toEqual([]);
    expect(s.warnings.find((w) => w.code === 'YEAR_GAP')!.data!.missing).toEqual([2023]);
  });

  it('compares only columns both years give', () => {
    const partial = report({
      agency: '平潭综合实验区',
      year: 2023,
      file: 'partial.txt',
      indicators: { format: '2021', applications: { carriedOver: { total: 0 } as Row } },
    });
    expect(compareReports([r2022, partial]).warnings.filter((w) => w.code === 'CARRY_OVER_MISMATCH')).toEqual([]);
  });
});

describe('cumulative continuity (prose-era 统计表 历年累计)', () => {
  // 014 (2014) and 009 (2015) as read: 78967 + 2949 = 81916
  const r2014 = report({ agency: '平潭综合实验区管委会办公室', year: 2014, file: '014.txt', indicators: { format: 'prose', proactive: { totalPublished: 2543, cumulativePublished: 78967 } } });
  const r2015 = report({ agency: '平潭综合实验区管委会办公室', year: 2015, file: '009.txt', indicators: { format: 'prose', proactive: { totalPublished: 2949, cumulativePublished: 81916 } } });

  it('holds for 2014 → 2015 as read', () => {
    expect(compareReports([r2014, r2015]).warnings.filter((w) => w.code === 'CUMULATIVE_MISMATCH')).toEqual([]);
  });

  it('flags a 2015 历年累计 altered to 81961: 78967 + 2949 = 81916 ≠ 81961 (difference 45)', () => {
    const altered = report({ ...r2015, agency: '平潭综合实验区管委会办公室', year: 2015, file: 'altered.txt', indicators: { format: 'prose', proactive: { totalPublished: 2949, cumulativePublished: 81961 } } });
    const [w] = compareReports([r2014, altered]).warnings.filter((x) => x.code === 'CUMULATIVE_MISMATCH');
    expect(w.data).toEqual({ previousCumulative: 78967, published: 2949, expected: 81916, cumulative: 81961, difference: 45 });
    expect(w.reports.map((r) => r.key)).toEqual(['proactive.cumulativePublished', 'proactive.cumulativePublished', 'proactive.totalPublished']);
  });
});

describe('jumps, gaps, duplicates, format changes', () => {
  // 022 → 024 as read: 行政强制 0 → 65; 行政许可 10690 → 4529
  const a = report({ agency: '平潭综合实验区', year: 2022, file: '022.txt', indicators: { format: '2021', proactive: { enforcement: { decisions: 0 }, licensing: { decisions: 10690 } } } });
  const b = report({ agency: '平潭综合实验区', year: 2024, file: '024.txt', indicators: { format: '2021', proactive: { enforcement: { decisions: 65 }, licensing: { decisions: 4529 } } } });

  it('flags 行政强制 0 → 65 (+65, 2 years apart; no ratio from 0) but not 行政许可 10690 → 4529 (×0.4)', () => {
    const jumps = compareReports([a, b]).warnings.filter((w) => w.code === 'FIGURE_JUMP');
    expect(jumps.map((w) => w.data)).toEqual([{ key: 'proactive.enforcement.decisions', from: 0, to: 65, factor: 65, yearsApart: 2, acrossFormats: false }]);
    expect(jumps[0].message).toContain('0 → 2024 65 (+65, 2 years apart)');
    expect(jumps[0].message).not.toContain('×');
  });

  it('takes the factor and the minimum as options', () => {
    expect(compareReports([a, b], { jumpFactor: 2 }).warnings.filter((w) => w.code === 'FIGURE_JUMP')).toHaveLength(2);
    expect(compareReports([a, b], { jumpMinimum: 100 }).warnings.filter((w) => w.code === 'FIGURE_JUMP')).toEqual([]);
  });

  it('a duplicate agency-year lists every differing figure with both reports', () => {
    const b2 = report({ agency: '平潭综合实验区', year: 2024, file: '024-copy.txt', text: 'copy', indicators: { format: '2021', proactive: { enforcement: { decisions: 56 }, licensing: { decisions: 4529 } } } });
    const s = compareReports([a, b, b2]);
    const [w] = s.warnings.filter((x) => x.code === 'DUPLICATE_REPORT');
    expect(w.data!.conflicts).toEqual([
      { key: 'proactive.enforcement.decisions', first: expect.objectContaining({ file: '024.txt', value: 65 }), second: expect.objectContaining({ file: '024-copy.txt', value: 56 }) },
    ]);
    expect(s.rows.filter((r) => r.duplicate).map((r) => r.file)).toEqual(['024-copy.txt', '024-copy.txt']);
    // checks between years use the first report of a year
    expect(s.warnings.filter((x) => x.code === 'FIGURE_JUMP').map((x) => x.data!.to)).toEqual([65]);
  });

  it('FORMAT_CHANGED names the keys whose meaning changed, only those either report gives', () => {
    const prose = report({ agency: '平潭综合实验区管委会办公室', year: 2016, file: '010.txt', indicators: { format: 'prose', applications: { newReceived: { total: 0 } as Row } } });
    const t2019 = report({ agency: '平潭综合实验区', year: 2019, file: '019.txt', indicators: { format: '2019', applications: { newReceived: row(23, 0, 0, 0, 0, 0, 23) } } });
    const [w] = compareReports([prose, t2019]).warnings.filter((x) => x.code === 'FORMAT_CHANGED');
    expect(Object.keys(w.data!.keys as object)).toEqual(['applications.newReceived.total']);
    expect([w.data!.from, w.data!.to]).toEqual(['prose', '2019']);
    expect(w.message).toContain('2016 文字版 → 2019 2019版表格');
  });

  it('leaves reports without agency or year unplaced, and groups the rest by their normalised name', () => {
    const noYear = report({ agency: '平潭综合实验区', file: 'x.txt', indicators: {} });
    const s = compareReports([noYear, a, fake2023(row(0, 0, 0, 0, 0, 0, 0), row(0, 0, 0, 0, 0, 0, 0))]);
    expect(s.unplaced.map((u) => u.file)).toEqual(['x.txt']);
    expect(s.groups.map((g) => [g.agency, g.years, g.names])).toEqual([
      [
        '平潭综合实验区',
        [2022, 2023],
        [
          { name: '平潭综合实验区', steps: [] },
          { name: '平潭综合实验区管委会办公室（汇总全区）', steps: ['brackets', 'zoneOffice', 'zoneCommittee'] },
        ],
      ],
    ]);
  });
});

describe('units of the tidy rows', () => {
  it.each([
    ['proactive.totalPublished', '条'],
    ['proactive.normativeDocuments.issued', '件'],
    ['proactive.licensing.decisions', '件'],
    ['proactive.feesTenThousandYuan', '万元'],
    ['feesCollectedYuan', '元'],
    ['applications.newReceived.total', '件'],
  ])('%s → %s', (key, unit) => expect(indicatorUnit(key)).toBe(unit));
});

describe('redacted and place-less names are one series per file (seed page: 县教育局, 市城管执法局; ***市人口和计划生育局)', () => {
  const edu = (file: string, year: number) => report({ agency: '县教育局', year, file, indicators: { format: 'prose' } });

  it('keeps 县教育局 of two files apart, and says why', () => {
    const s = compareReports([edu('a.txt', 2011), edu('b.txt', 2011)]);
    expect(s.groups.map((g) => [g.agency, g.names])).toEqual([
      ['县教育局〔a.txt〕', [{ name: '县教育局', steps: ['placeless:per-file'] }]],
      ['县教育局〔b.txt〕', [{ name: '县教育局', steps: ['placeless:per-file'] }]],
    ]);
    expect(s.warnings.filter((w) => w.code === 'DUPLICATE_REPORT')).toEqual([]);
  });

  it('joins them within one file, or when an alias names the body', () => {
    expect(compareReports([edu('a.txt', 2011), edu('a.txt', 2012)]).groups).toHaveLength(1);
    const aliased = compareReports([edu('a.txt', 2011), edu('b.txt', 2012)], { aliases: { 县教育局: '沭阳县教育局' } });
    expect(aliased.groups.map((g) => [g.agency, g.years])).toEqual([['沭阳县教育局', [2011, 2012]]]);
  });

  it('treats ***市 as redacted, and 市中区 as a place', () => {
    const red = report({ agency: '***市人口和计划生育局', year: 2010, file: 'r.txt', indicators: {} });
    const place = report({ agency: '市中区人民政府', year: 2010, file: 'p.txt', indicators: {} });
    expect(compareReports([red, place]).groups.map((g) => [g.agency, g.names[0].steps])).toEqual([
      ['***市人口和计划生育局〔r.txt〕', ['redacted:per-file']],
      ['市中区人民政府', []],
    ]);
  });
});
