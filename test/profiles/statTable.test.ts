import { describe, expect, it } from 'vitest';
import { HEADER_START, readStatTable, splitYearCumulative, statRowOf } from '../../src/profiles/disclosure/tables/statTable.js';
import { parseReport } from '../../src/index.js';
import { STAT_HEADERS } from '../../src/profiles/disclosure/tables/statTableRows.js';
import { normalizeForMatching } from '../../src/input/normalize.js';

describe('pre-2019 统计表 (本年度 | 历年累计)', () => {
  it.each([
    ['01', [['0', '1']]], // 009: 受理依申请公开信息总数条01
    ['00', [['0', '0']]],
    ['728', [['7', '28']]], // 043: 7 | 28 (72|8 fails: cumulative < year)
    ['02', [['0', '2']]], // 043: 否决公开答复数条02 — 02 cannot be one number
    ['0182', [['0', '182']]],
  ])('splits %s only as %j', (run, expected) => {
    expect(splitYearCumulative(run)).toEqual(expected);
  });

  it('leaves 294981916 with several readings when nothing else decides', () => {
    expect(splitYearCumulative('294981916').map((c) => c.join('|'))).toEqual(['2|94981916', '29|4981916', '294|981916', '2949|81916']);
  });

  // 009-a-pingtan-2015: the crawler ran the cells together and stuck row numbers to them
  const text =
    '七、平潭综合实验区政府信息公开情况统计表 指标名称计量单位2015年度历年累计主动公开文件数条294981916其中：1、政府网站公开数条2949819162、政府公报公开数条00受理依申请公开信息总数条01行政复议数件00行政诉讼数件00';

  it('splits a run with the figure the prose states (2015年主动公开政府信息2949条)', () => {
    const r = readStatTable(text, normalizeForMatching(text), new Map([['proactive.totalPublished', 2949]]));
    const rows = r.table!.rows.map((row) => row.map((c) => c.text));
    expect(rows[1]).toEqual(['主动公开文件数', '条', '2949', '81916']);
    expect(rows[2]).toEqual(['政府网站公开数', '条', '2949', '81916']); // the same run as the row above
    expect(rows[3]).toEqual(['政府公报公开数', '条', '0', '0']);
    expect(r.warnings).toEqual([]);
    for (const f of r.facts) expect(text.slice(f.span.start, f.span.end)).toBe(f.quote);
    expect(r.table!.rows[1][2]).toMatchObject({ value: 2949, recovered: true });
  });

  it('gives no value and warns TABLE_AMBIGUOUS when the prose does not state the figure', () => {
    const r = readStatTable(text, normalizeForMatching(text), new Map());
    expect(r.table!.rows[1].slice(2).map((c) => c.value)).toEqual([undefined, undefined]);
    expect(r.warnings[0]).toMatchObject({ code: 'TABLE_AMBIGUOUS', data: { run: '294981916' } });
    expect(r.facts.some((f) => f.subject === '主动公开文件数')).toBe(false);
  });

  it('reads space-separated cells as written (014: 主动公开文件数 条 2543 78967)', () => {
    const t = '指标名称 计量单位 2014年度 历年累计 主动公开文件数 条 2543 78967 其中：1、政府网站公开数 条 2543 78967 2、政府公报公开数 条 0 0 附件下载';
    const r = readStatTable(t, t, new Map());
    expect(r.table!.rows.map((row) => row.slice(2).map((c) => c.value))).toEqual([[undefined, undefined], [2543, 78967], [2543, 78967], [0, 0]]);
    expect(r.table!.rows[1][2].recovered).toBeUndefined();
  });

  it('reads full-width digits (主动公开文件数条２９４９８１９１６) by value, quoting them as written', () => {
    const wide = text.replace('294981916', '２９４９８１９１６');
    const r = readStatTable(wide, normalizeForMatching(wide), new Map([['proactive.totalPublished', 2949]]));
    expect(r.table!.rows[1][2]).toMatchObject({ text: '２９４９', value: 2949, recovered: true });
    for (const f of r.facts) expect(wide.slice(f.span.start, f.span.end)).toBe(f.quote);
  });

  it('finds the table when PDF text spaces the year header (2015 年度) and the figures', () => {
    const spaced = text.replace('2015年度', '2015 年度').replace('条294981916', '条 294981916');
    const r = readStatTable(spaced, normalizeForMatching(spaced), new Map([['proactive.totalPublished', 2949]]));
    expect(r.table!.rows[0][2].text).toBe('2015 年度');
    expect(r.table!.rows[1].slice(2).map((c) => c.value)).toEqual([2949, 81916]);
  });
});

describe('统计表 headers as printed (STAT_HEADERS): spaced words, one or two figure columns', () => {
  it.each(STAT_HEADERS)('$id: $example', (h) => {
    const r = readStatTable(h.example, normalizeForMatching(h.example), new Map());
    const row = r.table!.rows[1];
    expect(row.length).toBe(2 + h.columns);
    expect(r.facts[0]).toMatchObject({ subject: '主动公开信息数', rule: 'statTable.thisYear', quote: /\d+$/.exec(h.example.split(' 条 ')[1].split(' ')[0])![0] });
    expect(r.facts.filter((f) => f.rule === 'statTable.cumulative').length).toBe(h.columns - 1);
  });

  it.each(STAT_HEADERS)('$id can only match where HEADER_START (指) stands, so a text without it skips the search', (h) => {
    expect(h.pattern.source.startsWith(HEADER_START)).toBe(true);
    expect(h.pattern.flags).not.toMatch(/[gy]/);
  });

  // wild 001 (the 2009–2012 department template, one column 年末统计)
  const yearEnd =
    '附表： 指标名称 计量单位 年末统计 主动公开信息数 条 15 其中：1．网站公开 条 15 2．政府公报公开 条 0 受理依申请公开信息总数 条 0 其中：1．当面申请数 条 0 对申请的答复总数 条 0 其中：1．同意公开答复数 条 0 2．同意部分公开答复数 条 0 3．否决公开答复总数 条 0 行政复议数 件 0 行政诉讼数 件 0 行政申诉数 件 0 附件下载';

  it('reads every row of a 年末统计 table as this year’s figure (wild 001), 否决公开答复总数 included', () => {
    const r = readStatTable(yearEnd, normalizeForMatching(yearEnd), new Map());
    const byLabel = Object.fromEntries(r.facts.map((f) => [f.subject, f.value]));
    expect(byLabel).toMatchObject({ 主动公开信息数: 15, 受理依申请公开信息总数: 0, 否决公开答复总数: 0, 行政复议数: 0, 行政诉讼数: 0 });
    expect(r.facts.every((f) => f.rule === 'statTable.thisYear')).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('reads 同意提供 / 拒绝提供 (wild 005, the 数量 template) as table rows that fill no outcome indicator', () => {
    const t =
      '指 标 名 称 单位 数量 主动公开信息数 条 15 正式受理政府信息公开申请数 件 0 其中：1．在办 件 0 2．办结 件 0 其中：1．同意提供 件 0 2．拒绝提供 件 0 其中：1．信息不存在 件 0 2．信息涉密 件 0 3．信息描述不清 件 0 4．超出合理需要 件 0 5．第三方不同意 件 0 6．其他 件 0 政府信息公开查询点数 件 0 政府信息公开查询点受理查询数 件 0 政府信息咨询数 件 0';
    const r = readStatTable(t, normalizeForMatching(t), new Map());
    const byLabel = Object.fromEntries(r.facts.map((f) => [f.subject, f.value]));
    expect(byLabel).toMatchObject({ 正式受理政府信息公开申请数: 0, 同意提供: 0, 拒绝提供: 0, 政府信息咨询数: 0 });
    expect(statRowOf('同意提供')?.key).toBeUndefined();
    expect(statRowOf('拒绝提供')?.key).toBeUndefined();
    const report = parseReport(`政府信息公开工作年度报告\n七、需要说明的事项与附表 ${t}`);
    expect(report.indicators.applications?.granted).toBeUndefined();
    expect(report.indicators.applications?.denied).toBeUndefined();
  });

  it('does not read a two-column table as one column: 2011 年度 历年累计 (wild 007) gives 8 | 150', () => {
    const t = '指标名称 计量 单位 2011 年度 历年累计 主动公开信息数 条 8 150 其中：1.网站公开 条 8 150 行政复议数 条 0 0';
    const r = readStatTable(t, normalizeForMatching(t), new Map());
    expect(r.table!.rows[1].map((c) => c.text)).toEqual(['主动公开信息数', '条', '8', '150']);
  });

  it('leaves a run unread when the prose figure fits no split (wild 013: 主动公开文件数条740, prose 74条)', () => {
    const t = '指 标 名 称单位2016年历年累计主动公开文件数条740 其中：1.政府网站公开数条740 2.政府公报公开数条00';
    const r = readStatTable(t, normalizeForMatching(t), new Map([['proactive.totalPublished', 74]]));
    expect(r.facts.filter((f) => f.subject === '主动公开文件数')).toEqual([]);
    // nor the same run in the sub-row below it
    expect(r.facts.filter((f) => f.subject === '政府网站公开数')).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('TABLE_AMBIGUOUS');
  });

  it('finds no table in prose that only mentions the words (指标名称 and 单位 in a sentence)', () => {
    const t = '我局按照指标名称和计量单位的要求填报统计表，主动公开信息数 条 15。';
    expect(readStatTable(t, normalizeForMatching(t), new Map()).table).toBeUndefined();
  });
});
