/**
 * Classes of phrasing learned from the four reports burned in session 5 (fixtures/burned/README.md: held out until
 * then, development material since). Each class is tested on the sentence it was written for (copied here, source
 * named) and on real sentences it must not read; then each report is parsed whole and its figures checked against its
 * hand reading (fixtures/burned/<stem>.reading.json) — value right or absent.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import { DENIED_OUTCOMES } from '../../src/extract/rules/negationScope.js';
import { factsOf } from './helpers.js';

const BURNED = join(import.meta.dirname, '../../fixtures/burned');
const report = (stem: string) => parseReport(readFileSync(join(BURNED, `${stem}.txt`)));

describe('a negation that denies applications and their answer (没有接到依申请公开信息和不予公开信息的情况)', () => {
  it.each(DENIED_OUTCOMES.map((o) => [o.subject, o.example, o.counterExample]))('%s', (subject, example, counterExample) => {
    expect(factsOf(example).filter((f) => f.subject === subject && f.value === 0)).toHaveLength(1);
    expect(factsOf(counterExample).filter((f) => f.subject === subject)).toEqual([]);
  });
  it('wild 004: two zeros with one quote, applications and 不予公开', () => {
    const facts = factsOf('去年，我局没有接到依申请公开信息和不予公开信息的情况。');
    expect(facts.map((f) => [f.subject, f.value, f.unit, f.quote])).toEqual([
      ['政府信息公开申请', 0, '件', '没有接到依申请公开信息和不予公开'],
      ['不予公开', 0, '件', '没有接到依申请公开信息和不予公开'],
    ]);
  });
  it.each([
    ['我局没有收到信息公开申请。', 'wild 001: applications only'],
    ['未收到有关政府信息公开行政复议申请', 'a review, whose 申请 is not an application for information'],
  ])('%s: no 不予公开 zero (%s)', (text) => {
    expect(factsOf(text).filter((f) => f.subject === '不予公开')).toEqual([]);
  });
});

describe('"no such item" answering a heading about charging (所以没有此项开支)', () => {
  it('wild 004: the heading 四、信息公开的收费及减免情况 runs into its answer', () => {
    const text = '四、信息公开的收费及减免情况 去年，我局没有接到依申请公开政府信息的情况，所以没有此项开支。';
    const fee = factsOf(text).filter((f) => f.kind === 'money');
    expect(fee.map((f) => [f.value, f.quote, f.rule])).toEqual([[0, '没有此项开支', 'negation.noSuchFee']]);
  });
  it('the same with ASCII punctuation (a page store writing . and ,)', () => {
    const text = '三、依申请公开信息和不予公开信息的情况 去年,我局没有接到申请. 四、信息公开的收费及减免情况 去年,我局没有接到依申请公开政府信息的情况,所以没有此项开支.';
    expect(factsOf(text).filter((f) => f.kind === 'money').map((f) => f.quote)).toEqual(['没有此项开支']);
  });
  it('the same with PDF line breaks inside the heading and after the negation (004 wrapped every 30 characters)', () => {
    const text = '四、信息公开的收费及减\n免情况 去年，我局没有接到依申请公开政府信息的情况，所以没有\n此项开支。 五、因信息公开申请';
    expect(factsOf(text).filter((f) => f.kind === 'money').map((f) => [f.value, f.quote])).toEqual([[0, '没有\n此项开支']]);
  });
  it.each([
    ['五、政府信息公开的支出情况 全年没有此项开支。', 'a heading about spending'],
    ['本乡主要领导高度重视政府信息公开工作,由1人专门负责此项工作', 'corpus 055: 此项 not denied'],
    ['二、主动公开信息的情况 去年没有此项费用。', 'a heading that names no charge'],
  ])('%s: no fee (%s)', (text) => {
    expect(factsOf(text).filter((f) => f.kind === 'money')).toEqual([]);
  });
});

describe('the 2021 format\'s 其他需要报告的事项 stated in words (wild 020)', () => {
  const text = '六、其他需要报告的事项2025年度我局无向申请人收取政府信息公开费用的情况，无因政府信息公开工作被追责问责的情况。';
  it('no fee charged to applicants: a fee of 0', () => {
    const fee = factsOf(text).filter((f) => f.kind === 'money');
    expect(fee.map((f) => [f.value, f.quote])).toEqual([[0, '无向申请人收取政府信息公开费']]);
  });
  it('wild 050: 未向公民、法人或其他组织收取任何费用, also with a PDF line break inside the list of payers', () => {
    for (const text of ['2016年度未向公民、法人或其他组织收取任何费用。', '2016年度未向公\n民、法人或其他组织收取任何费用。']) {
      expect(factsOf(text).filter((f) => f.kind === 'money').map((f) => [f.value, f.rule])).toEqual([[0, 'negation.notChargedTo']]);
    }
  });
  it('no one held to account: a zero with no measure word', () => {
    const z = factsOf(text).filter((f) => f.subject === '追责问责');
    expect(z.map((f) => [f.value, f.unit, f.quote])).toEqual([[0, undefined, '无因政府信息公开工作被追责问责']]);
  });
  it.each([
    ['向申请人收取信息处理费50元', 'a figure, not a denial'],
    ['无正当理由大量反复申请', '表三 row label'],
  ])('%s: no zero (%s)', (t) => {
    expect(factsOf(t).filter((f) => f.zeroBy)).toEqual([]);
  });
});

describe('the last count of a list with its measure word left out (不予公开信息数1402。)', () => {
  it('wild 029: read with no unit', () => {
    const facts = factsOf('其中主动公开政府信息425条，作为依申请公开信息数46条，不予公开信息数1402。');
    expect(facts.map((f) => [f.value, f.unit])).toEqual([[425, '条'], [46, '条'], [1402, undefined]]);
  });
  it('the same with ASCII punctuation (不予公开信息数1402.), but not before a decimal (信息数12.5)', () => {
    expect(factsOf('作为依申请公开信息数46条,不予公开信息数1402.主动公开的').filter((f) => f.rule === 'count.labelled').map((f) => f.value)).toEqual([1402]);
    expect(factsOf('信息数12.5万').filter((f) => f.rule === 'count.labelled')).toEqual([]);
  });
  it.each([
    ['主动公开信息数 条 425 1516 其中：1.网站公开 条 418 1509', 'wild 029\'s 统计表: the unit stands between'],
    ['不予公开信息数1658条。', 'corpus 043: the count rule reads it with its measure word'],
    ['主动公开信息数2071223其中', 'wild 050\'s flattened 统计表: the number does not end a clause'],
  ])('%s: not a labelled count (%s)', (text) => {
    expect(factsOf(text).filter((f) => f.rule === 'count.labelled')).toEqual([]);
  });
});

describe('a count of the aspects a list before it names (三个重点方面) is structure, not a figure', () => {
  it('wild 050: …扩大群众政务参与三个重点方面来狠抓公开', () => {
    const text = '重点围绕展示深化公安工作成效、提升服务民生水平、扩大群众政务参与三个重点方面来狠抓公开，';
    expect(factsOf(text).filter((f) => f.kind === 'count')).toEqual([]);
  });
  it.each([
    ['共举办警民恳谈会、警营开放日、主题宣传日等多种活动40余场', 'wild 050: a count of events'],
    ['确定可行政权力741项、具体责任事项811项', 'wild 050: counts of items'],
    ['2015年至今，梳理罗列236个重点项目', 'corpus 009: 重点 before a thing counted, not 方面'],
  ])('%s is still read (%s)', (text) => {
    expect(factsOf(text).filter((f) => f.kind === 'count').length).toBeGreaterThan(0);
  });
});

describe('the burned reports, parsed whole: the figures of these classes match the hand readings', () => {
  it('004: applications, 不予公开 and the fee are 0', () => {
    const r = report('004-pingtan-weisheng-2011');
    expect(r.indicators.applications?.newReceived?.total).toBe(0);
    expect(r.indicators.applications?.denied?.total?.total).toBe(0);
    expect(r.indicators.feesCollectedYuan).toBe(0);
  });
  it('020: the fee is 0, and the 追责问责 zero stands in 六、', () => {
    const r = report('020-pingtan-shs-2025');
    expect(r.indicators.feesCollectedYuan).toBe(0);
    expect(r.facts.find((f) => f.subject === '追责问责')?.sectionPath[0]).toMatch(/^六、其他需要报告的事项/);
  });
  it('029: 1402 documents not disclosed is a figure, and no indicator (a document attribute, not an answer)', () => {
    const r = report('029-pingtan-main-2011');
    expect(r.facts.some((f) => f.value === 1402 && f.quote === '1402')).toBe(true);
    expect(r.indicators.applications?.denied?.total?.total).not.toBe(1402);
  });
  it('050: 下放了55类93项…，下沉54类92项 counts classes — no category list, so 确定可行政权力741项 is no category', () => {
    const r = report('050-pingtan-gaj-2016');
    expect(r.sections.map((s) => s.title)[1]).toBe('政府信息主动公开情况'); // the sentence stands in that part
    expect(r.indicators.proactive?.categories).toBeUndefined();
    expect(r.indicators.proactive?.totalPublished).toBe(207);
  });
});
