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

describe('公开政府信息N条 without 主动: one channel or a clean-up, never the proactive total (real text, no positive found)', () => {
  // Every sentence of this kind in the corpus and the non-held-out wild reports counts one channel (a website, the
  // 管理系统) or part of the year, and stands beside the total the report states elsewhere; none is the total. So
  // the class stays unread: a value is right or absent.
  it.each([
    ['一、总体情况\n（一）主动公开方面。二是推动传播手段和话语方式创新。2024年度门户网站全年公开政府信息78条，官方微信全年公开政府信息502条，全年关注用户达564人。\n', 'wild 019: two channels, under 主动公开方面'],
    ['二、重点领域政府信息公开情况 今年以来，通过“中国平潭网”门户网站公开政府信息3636条，其中涉及财政预算决算、“三公”经费和行政经费公开信息9条；保障性住房信息7条；', 'corpus 042: a channel'],
    ['二、主动公开政府信息情况\n2、主动公开信息分类。认真做好“全市政府信息公开管理系统”信息维护工作,具统计,20*年市环保局公开信息298条(其中机构信息25条,所占百分比为8.4%;法规公文84条,所占百分比为28.2%;其他信息189条,所占百分比为63.4%)。\n', 'seed 篇6: the 管理系统 part of 3836'],
    ['一、概述 通过“平潭综合实验区门户网站”充实公开信息内容，我局2011年以来共公开政府信息8份。 二、公开情况', 'wild 007: in 概述, 2011年以来'],
    ['一、年度政府信息公开工作概述 并对我局2009年以来产生的政府信息进行清理，共清理出6条政府公开信息，目前已在“平潭县人民政府门户网站”公开公布。', 'wild 002: a clean-up'],
  ])('%s (%s)', (text) => {
    const { r } = source(text, 'proactive.totalPublished');
    expect(r.facts.some((f) => f.kind === 'count')).toBe(true);
    expect(r.indicators.proactive?.totalPublished).toBeUndefined();
  });
  it('while 本局共主动公开政府信息6条 under the same template states it (wild 002)', () => {
    const text = '二、政府信息主动公开情况 （二）公开内容 2009年1月1日至2009年12月31日，本局共主动公开政府信息6条，其中全文电子化达100%。';
    expect(source(text, 'proactive.totalPublished').s).toMatchObject({ value: 6, quote: '6条' });
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
