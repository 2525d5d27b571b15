/**
 * An indicator is filled only from a sentence that names it (issue 13). The phrasings are real text from reports kept
 * out of tuning, quoted in the issue; the headings around them are the official ones, added so each case is a report.
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { wideCells, wideColumns, wideRow } from '../../src/cli/tables/reports.js';
import { INDICATORS_TABLE } from '../../src/cli/tables/indicators.js';

const source = (text: string, key: string) => {
  const r = parseReport(text);
  const s = r.indicatorSources.find((x) => x.key === key);
  if (s) expect(r.text.slice(s.span.start, s.span.end)).toBe(s.quote);
  return { r, s };
};

describe('fees only from sentences about charging for disclosure', () => {
  it('政府信息公开费用1万元 under a heading about spending is not a fee collected', () => {
    const { r } = source('四、政府信息公开工作支出情况\n本年度政府信息公开费用1万元。\n', 'feesCollectedYuan');
    expect(r.indicators.feesCollectedYuan).toBeUndefined();
    expect(r.indicators.feesWaivedYuan).toBeUndefined();
  });
  it('a tax reduction (下岗失业人员减免税…减免金额219062.78元) is not a fee waived', () => {
    const text = '二、主动公开政府信息情况\n及时公开下岗失业人员减免税政策，减免金额219062.78元。\n';
    const { r } = source(text, 'feesWaivedYuan');
    expect(r.facts.some((f) => f.value === 219062.78)).toBe(true);
    expect(r.indicators.feesWaivedYuan).toBeUndefined();
  });
  it('收取信息处理费50元 under 收费及减免情况 is a fee collected; 减免 there is a fee waived', () => {
    const text = '一、政府信息公开的收费及减免情况\n本年度收取信息处理费50元，减免费用20元。\n';
    expect(source(text, 'feesCollectedYuan').s).toMatchObject({ value: 50, quote: '50元' });
    expect(source(text, 'feesWaivedYuan').s).toMatchObject({ value: 20, quote: '20元' });
  });
});

describe('the proactive total from the sentence that states it, wherever it stands', () => {
  it.each([
    ['一、概述\n2017年，我局主动公开政府信息2645条。\n', 'in 概述'],
    ['2017年，我局主动公开政府信息2645条。\n', 'with no heading at all'],
    ['一、概述\n2017年，我局主动公开政府信息\n2645条，其中通过网站公开2000条。\n', 'broken by a PDF line'],
  ])('%s (%s)', (text) => {
    expect(source(text, 'proactive.totalPublished').s).toMatchObject({ value: 2645 });
  });
  it('a figure of the same size in a sentence about something else fills nothing', () => {
    const { r } = source('一、概述\n2017年，我局办理建议提案2645件。\n', 'proactive.totalPublished');
    expect(r.indicators.proactive?.totalPublished).toBeUndefined();
  });
});

describe('approximate figures keep their approximation up to the indicator and the CSV', () => {
  it('主动公开政府信息近千条 → 1000, less-than', () => {
    const text = '二、主动公开政府信息情况\n全年主动公开政府信息近千条。\n';
    const { r, s } = source(text, 'proactive.totalPublished');
    expect(s).toMatchObject({ value: 1000, approx: 'less-than', quote: '近千条' });
    const keys = ['proactive.totalPublished'];
    const cells = wideCells(wideRow(r, 'a.txt'), keys);
    const names = wideColumns(keys).map((c) => c.name);
    expect(cells[names.indexOf('proactive.totalPublished')]).toBe(1000);
    expect(cells[names.indexOf('approxIndicators')]).toBe('proactive.totalPublished:less-than');
    // the tidy indicators table says it in its 约数 column
    const row = INDICATORS_TABLE.rows(r, 'a.txt').find((x) => x.includes('proactive.totalPublished'))!;
    expect(row[INDICATORS_TABLE.columns.findIndex((c) => c.name === 'approx')]).toBeTruthy();
  });
  it('an exact figure has no approximation', () => {
    expect(source('二、主动公开政府信息情况\n全年主动公开政府信息2645条。\n', 'proactive.totalPublished').s?.approx).toBeUndefined();
  });
});

describe('category lists: the words that open the list and the total before it are not categories', () => {
  it('公开类别主要涉及机构职能类信息1条、… (wild 016)', () => {
    const r = parseReport('一、总体情况\n（一）加强主动公开和依申请公开办理情况。2021年，我局主动公开政府信息96条，公开类别主要涉及机构职能类信息1条、重大建设项目信息2条、为民办实事类信息12条。\n');
    expect(r.indicators.proactive?.totalPublished).toBe(96);
    expect(Object.keys(r.indicators.proactive?.categories ?? {})).toContain('机构职能类');
    expect(Object.keys(r.indicators.proactive?.categories ?? {}).some((k) => /涉及/.test(k))).toBe(false);
  });
  it('我局共主动公开当年生成的各类政府信息47条，其中，机构职责类5条；… (wild 026)', () => {
    const r = parseReport('一、概述\n正文。\n二、主动公开政府信息情况2012年，我局共主动公开当年生成的各类政府信息47条，其中，机构职责类5条；工作动态类38条；政府信息公开类3条。\n');
    expect(r.indicators.proactive?.totalPublished).toBe(47);
    expect(r.indicators.proactive?.categories).toEqual({ 机构职责类: 5, 工作动态类: 38, 政府信息公开类: 3 });
  });
});
