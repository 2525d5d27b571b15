/**
 * Classes of phrasing learned from the two reports burned in the second round of session 5 (wild 023 and 058,
 * fixtures/burned/README.md). Each class is tested on the sentence it was written for (copied here, source named) and
 * on real sentences it must not read; then both reports are parsed whole and the figures of these classes checked
 * against their hand readings — value right or absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { factsOf } from './helpers.js';

const BURNED = join(import.meta.dirname, '../../fixtures/burned');
const report = (stem: string) => parseReport(readFileSync(join(BURNED, `${stem}.txt`)));
const money = (text: string) => factsOf(text).filter((f) => f.kind === 'money').map((f) => [f.subject, f.value, f.quote, f.rule]);

describe('one negation over 收费及减免 denies the waiver as well as the fee', () => {
  it('wild 058 (burned): 无收费及减免情况 — a fee of 0 and a waiver of 0, both quoted inside the sentence', () => {
    expect(money('四、收费及减免情况 无收费及减免情况。 五、存在的主要问题和改进措施')).toEqual([
      ['信息处理费', 0, '无收费', 'negation.noFee'],
      ['收费减免', 0, '无收费及减免', 'negation.noFeeNorWaiver'],
    ]);
    const r = parseReport('四、收费及减免情况 无收费及减免情况。 五、存在的主要问题和改进措施');
    expect([r.indicators.feesCollectedYuan, r.indicators.feesWaivedYuan]).toEqual([0, 0]);
  });
  it.each([
    ['2011年度以及历年来，我局政府信息公开没有收费及减免。', '没有收费及减免', 'wild 043'],
    ['2011年度我办未发生政府信息公开的收费及减免事项。', '未发生政府信息公开的收费及减免', 'wild 005: the pair after a 的'],
    ['2016年，我局无收费及减免情况。', '无收费及减免', 'wild 013'],
  ])('%s → waiver 0 (%s)', (text, quote) => {
    expect(money(text).filter((m) => m[3] === 'negation.noFeeNorWaiver').map((m) => m[2])).toEqual([quote]);
    expect(parseReport(text).indicators.feesWaivedYuan).toBe(0);
  });
  it.each([
    ['我局没有收到信息公开申请。 四、收费及减免情况 五、存在的主要问题和改进措施', 'wild 001: the heading names the pair, nothing denies it'],
    ['2022年，无收取信息处理费情况。', 'corpus 022: a fee denied, no waiver named'],
    ['下岗失业人员减免税…减免金额219062.78元', 'issue 13: a tax reduction, not a waiver of disclosure fees'],
    ['我局没有收到信息公开申请，收费及减免情况如下', 'the negation is in another clause'],
  ])('%s: no waiver (%s)', (text) => {
    expect(money(text).filter((m) => m[3] === 'negation.noFeeNorWaiver')).toEqual([]);
    expect(parseReport(text).indicators.feesWaivedYuan).toBeUndefined();
  });
});

describe('a category list: 共 between a label and its figure, and a count that names no kind', () => {
  const sentence =
    '（二）主动公开政府信息的主要类别2016年，在主动公开的86条政府信息中，全文电子化的主动公开信息数共86条，机构职能类信息共45条；政策、规范性文件类信息4条；规划计划类信息3条；为民办实事类信息22条；民政扶贫救灾社会保障就业类信息12条。';
  it('wild 023 (burned): 机构职能类信息共45条 is the category 机构职能类; 全文电子化的主动公开信息数共86条 is no category', () => {
    const text = `二、主动公开政府信息情况${sentence}`;
    expect(parseReport(text).indicators.proactive?.categories).toEqual({
      机构职能类: 45,
      '政策、规范性文件类': 4,
      规划计划类: 3,
      为民办实事类: 22,
      民政扶贫救灾社会保障就业类: 12,
    });
  });
  it('corpus 009: categories without 类 in their label are still read (重大建设项目, 其他应主动公开的信息)', () => {
    const text =
      '二、主动公开政府信息情况（二）主动公开政府信息的主要类别2015年，我区各工作部门主动公开政府信息的主要类别有：机构职能类信息117条，政策、规范性文件类信息124条，规划计划类信息19条，行政许可类信息33条，重大建设项目29条，为民办实事类信息141条，其他应主动公开的信息1831条。';
    const cats = parseReport(text).indicators.proactive?.categories ?? {};
    expect([cats['重大建设项目'], cats['其他应主动公开的信息'], cats['机构职能类']]).toEqual([29, 1831, 117]);
  });
  it('wild 023 and 029 at a 30-character margin (PDF text): a line break inside a label is not part of the key', () => {
    const text = `二、主动公开政府信息情况${sentence.replace('政策、规范性', '政策、\n规范性').replace('行政许可', '行政许\n可')}`;
    expect(Object.keys(parseReport(text).indicators.proactive?.categories ?? {})).toContain('政策、规范性文件类');
    // wild 029's sentence, the break where the variant puts it
    const t029 = '二、主动公开政府信息情况\n在主动公开的425条政府信息中，政策、规范性文件类信息21条，占4.9%；规划计划类信息21条，占4.9%；行政许\n可类信息8条，占1.9%。';
    expect(parseReport(t029).indicators.proactive?.categories).toEqual({ '政策、规范性文件类': 21, 规划计划类: 21, 行政许可类: 8 });
  });
  it('a heading on its own line before the list stays out of the first label (hard break)', () => {
    const text = '二、主动公开政府信息情况\n（二）主要类别\n机构职能类信息117条，规划计划类信息19条。';
    expect(Object.keys(parseReport(text).indicators.proactive?.categories ?? {})).toEqual(['机构职能类', '规划计划类']);
  });
  it.each([
    ['二、主动公开政府信息情况 2016年，全文电子化的主动公开信息数共86条，主动公开信息数共86条；机构职能类信息共45条；规划计划类信息3条。', 'the 统计表 row names 信息数 and the electronic count: no category'],
  ])('%s (%s)', (text) => {
    const cats = parseReport(text).indicators.proactive?.categories ?? {};
    expect(Object.keys(cats).sort()).toEqual(['机构职能类', '规划计划类']);
  });
});

describe('the burned reports of the second round, parsed whole', () => {
  it('058: the fee and the waiver are 0 (无收费及减免情况)', () => {
    const r = report('058-pingtan-minzheng-2013');
    expect([r.indicators.feesCollectedYuan, r.indicators.feesWaivedYuan]).toEqual([0, 0]);
  });
  it('023: five categories summing to the 86 published, and no category from the electronic count', () => {
    const r = report('023-pingtan-czj-2016');
    const cats = r.indicators.proactive?.categories ?? {};
    expect(cats['机构职能类']).toBe(45);
    expect(Object.values(cats).reduce((a, b) => a + (b ?? 0), 0)).toBe(r.indicators.proactive?.totalPublished);
  });
});
