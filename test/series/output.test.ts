// The series outputs: CSV cells a spreadsheet must not run, warning lines, and the chart page's escaping and marks.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { Series, SeriesRow } from '../../src/series/compare.js';
import { renderSeriesChart } from '../../src/cli/series/chart.js';
import { formatSeriesWarning, seriesChecks, seriesCsv } from '../../src/cli/series/output.js';
import { seriesWarningZh } from '../../src/cli/series/warningText.js';
import { indicatorLabel } from '../../src/profiles/disclosure/templates/keyLabels.js';

function row(p: Partial<SeriesRow> & { year: number; value: number }): SeriesRow {
  return { agency: '平潭综合实验区', agencyAsWritten: '平潭综合实验区', key: 'proactive.totalPublished', unit: '条', reportIndex: 0, duplicate: false, ...p };
}

// figures as read in 014 (2014), 009 (2015), 019 (2019, 2599 as read)
const series: Series = {
  groups: [{ agency: '平潭综合实验区', names: [{ name: '平潭综合实验区', steps: [] }], years: [2014, 2015, 2019], reports: [] }],
  rows: [
    row({ year: 2014, value: 2543, format: 'prose', file: '014.txt', quote: '2543条', start: 3091, end: 3096 }),
    row({ year: 2015, value: 2949, format: 'prose', file: '009.txt', quote: '=2949条' }),
    row({ year: 2019, value: 2599, format: '2019', file: '019.txt', quote: '2599条' }),
  ],
  warnings: [
    { code: 'YEAR_GAP', message: 'Years missing in the series: 平潭综合实验区 2014–2019: no report for 2016, 2017, 2018', agency: '平潭综合实验区', reports: [], data: { missing: [2016, 2017, 2018] } },
    {
      code: 'FORMAT_CHANGED',
      message: 'The indicator changed meaning between report formats: 2015 文字版 → 2019 2019版表格',
      agency: '平潭综合实验区',
      reports: [
        { file: '009.txt', index: 0, year: 2015 },
        { file: '019.txt', index: 0, year: 2019 },
      ],
      data: { from: 'prose', to: '2019', keys: { 'proactive.totalPublished': 'prose era: all information published this year' } },
    },
  ],
  unplaced: [],
};

describe('series CSV', () => {
  it('starts with a BOM, keeps numbers as numbers, and defuses a cell that starts with =', () => {
    const csv = seriesCsv(series, (k) => `label of ${k}`);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\n');
    const rows = parse(csv.slice(1), { columns: true }) as Array<Record<string, string>>;
    expect(rows.map((r) => [r['年度'], r['数值'], r['指标'], r['报告格式'], r['篇']])).toEqual([
      ['2014', '2543', 'label of proactive.totalPublished', '文字版', '1'],
      ['2015', '2949', 'label of proactive.totalPublished', '文字版', '1'],
      ['2019', '2599', 'label of proactive.totalPublished', '2019版表格', '1'],
    ]);
    expect(rows[1]['原文']).toBe("'=2949条");
    expect([rows[0]['起'], rows[0]['止'], rows[1]['起']]).toEqual(['3091', '3096', '']);
    for (const header of Object.keys(rows[0])) expect(header).not.toMatch(/[A-Za-z]/);
  });
});

describe('checks JSON and lines', () => {
  it('counts the codes and carries the Chinese message', () => {
    const checks = seriesChecks(series, { jumpFactor: 5 });
    expect(checks.counts).toEqual({ YEAR_GAP: 1, FORMAT_CHANGED: 1 });
    expect(checks.options).toEqual({ jumpFactor: 5, jumpMinimum: 20, aliases: {} });
    expect(checks.warnings[0].messageZh).toBe('年度序列有缺失：缺少 2016、2017、2018 年度');
  });

  it('prints one line per report under the warning', () => {
    expect(formatSeriesWarning(series.warnings[1]).split('\n')).toEqual([
      'FORMAT_CHANGED 指标口径在报告格式间发生变化：2015年 文字版 → 2019年 2019版表格；口径不同：主动公开·主动公开信息数',
      '    2015 009.txt 篇1',
      '    2019 019.txt 篇1',
    ]);
  });
});

describe('the series in 中文', () => {
  it('a jump from 0 shows the change, never a ratio; format changes are named 文字版 / 2019版表格 / 2021版表格', () => {
    const jump = {
      code: 'FIGURE_JUMP' as const,
      message: '',
      agency: '平潭综合实验区',
      reports: [
        { index: 0, year: 2018 },
        { index: 0, year: 2020 },
      ],
      data: { key: 'applications.newReceived.total', from: 0, to: 21, factor: 21, yearsApart: 2, acrossFormats: true },
    };
    expect(seriesWarningZh(jump, indicatorLabel)).toBe('数值较上年变化超过设定倍数：依申请公开·本年新收·总计：2018年 0 → 2020年 21（+21，相隔 2 年，报告格式已变）');
    expect(seriesWarningZh({ ...jump, data: { ...jump.data, from: 500, to: 30 } }, indicatorLabel)).toContain('500 → 2020年 30（−470，×0.06，');
    const html = renderSeriesChart(series, indicatorLabel);
    expect(html).toContain('<title>各年度指标 · nianbao</title>');
    expect(html).toContain('<title>报告格式在此改变：文字版 → 2019版表格</title>');
    expect(html).toContain('年度序列有缺失：缺少 2016、2017、2018 年度');
    // the words a person reads (tags, attributes, codes and file names aside) hold no English sentence
    const visible = html.replace(/<style>.*?<\/style>/s, '').replace(/<[^>]+>/g, ' ').replace(/<code>.*?<\/code>/g, '');
    expect(visible).not.toMatch(/\b(?:the|of|and|Years|Checks|none|report format)\b/);
  });
});

describe('chart page', () => {
  it('escapes names and quotes, breaks the line at missing years, and marks the format change between 2015 and 2019', () => {
    const hostile: Series = { ...series, groups: [{ ...series.groups[0], names: [{ name: '<script>alert(1)</script>', steps: ['alias:x'] }] }] };
    const html = renderSeriesChart(hostile);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;');
    // 2014–2015 solid, 2015 → 2019 a dotted bridge (2019 alone: a point, no line)
    expect(html.match(/<polyline[^>]*stroke-width="2"/g)).toHaveLength(1);
    expect(html.match(/stroke-dasharray="2 3"/g)).toHaveLength(1);
    // the rule stands at 2017 (halfway): x = 44 + (2017 − 2014) / 5 × 242 = 189.2
    expect(html).toContain('<line x1="189.2"');
    expect(html).toContain("content=\"default-src 'none'");
  });
});
