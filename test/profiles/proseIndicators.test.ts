import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { anyOf, proseIndicators } from '../../src/profiles/disclosure/prose/proseIndicators.js';
import { backWalker, clauseAround, walkBack } from '../../src/profiles/disclosure/prose/clauseWalk.js';
import type { Fact } from '../../src/schema/report.js';

/** A fact for `quote` inside `text` (first occurrence), as the extract stage gives it. */
function fact(text: string, quote: string, value: number, extra: Partial<Fact> = {}): Fact {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return {
    kind: 'count',
    value,
    unit: '件',
    quote,
    span: { start, end: start + quote.length },
    sectionPath: [],
    rule: 'test',
    source: 'text',
    ...extra,
  };
}

describe('prose-era indicators from real sentences', () => {
  it('reads 咨询 total and its breakdown (seed 篇1)', () => {
    const text = '四、咨询情况\n\n城管执法局2011年度共接受市民咨询475次，其中咨询电话接听354次，当面咨询接待12次，网上咨询109次。';
    const path = ['四、咨询情况'];
    const facts = [
      fact(text, '475次', 475, { sectionPath: path, unit: '次' }),
      fact(text, '354次', 354, { sectionPath: path, unit: '次' }),
      fact(text, '12次', 12, { sectionPath: path, unit: '次' }),
      fact(text, '109次', 109, { sectionPath: path, unit: '次' }),
    ];
    const r = proseIndicators(text, facts);
    expect(r.indicators.consultations).toEqual({ total: 475, phone: 354, inPerson: 12, online: 109 });
    expect(r.sources.map((s) => s.facts[0])).toEqual([0, 1, 2, 3]);
    expect(r.sources.every((s) => text.slice(s.span.start, s.span.end) === s.quote)).toBe(true);
  });

  it('keeps this year (4621) apart from the cumulative (14316) (seed 篇10)', () => {
    const text = '二、政府信息主动公开情况\n截至目前平台累计主动公开政府信息14316条，本年度新增4621条。';
    const path = ['二、政府信息主动公开情况'];
    const r = proseIndicators(text, [
      fact(text, '14316条', 14316, { sectionPath: path, unit: '条' }),
      fact(text, '4621条', 4621, { sectionPath: path, unit: '条' }),
    ]);
    expect(r.indicators.proactive).toEqual({ cumulativePublished: 14316, totalPublished: 4621 });
  });

  it('gives 行政复议 and 行政诉讼 zeros from one denying sentence by their subjects (054 唐村镇)', () => {
    const text = '五、复议、诉讼和申诉情况\n\n我镇2010年度,未发生针对本单位有关政府信息公开事务的行政复议案、行政诉讼案和有关的申诉案。';
    const quote = '未发生针对本单位有关政府信息公开事务的行政复议案、行政诉讼案和有关的申诉案';
    const r = proseIndicators(text, [
      fact(text, quote, 0, { zeroBy: 'negation', subject: '行政复议' }),
      fact(text, quote, 0, { zeroBy: 'negation', subject: '行政诉讼' }),
    ]);
    expect(r.indicators.reviewsAndLawsuits).toEqual({ review: { total: 0 }, lawsuit: { total: 0 } });
  });

  it('reads 受理…申请5件，其中同意公开3件、部分公开1件 as received / granted / partially granted', () => {
    const text = '三、依申请公开情况\n全年共受理政府信息公开申请5件，其中同意公开3件、部分公开1件。';
    const path = ['三、依申请公开情况'];
    const r = proseIndicators(text, [
      fact(text, '5件', 5, { sectionPath: path }),
      fact(text, '3件', 3, { sectionPath: path }),
      fact(text, '1件', 1, { sectionPath: path }),
    ]);
    expect(r.indicators.applications).toEqual({
      newReceived: { total: 5 },
      granted: { total: 3 },
      partiallyGranted: { total: 1 },
    });
  });

  it('keeps the first of two different totals and warns CONFLICTING_VALUES', () => {
    const text = '二、主动公开\n本年主动公开政府信息42条。全年主动公开政府信息45条。';
    const r = proseIndicators(text, [fact(text, '42条', 42, { unit: '条' }), fact(text, '45条', 45, { unit: '条' })]);
    expect(r.indicators.proactive?.totalPublished).toBe(42);
    expect(r.warnings.map((w) => w.code)).toEqual(['CONFLICTING_VALUES']);
    expect(r.warnings[0].data).toMatchObject({ kept: 42, other: 45 });
  });

  it('does not map a hotline count to applications (seed 篇7: 12319城建热线共受理23件)', () => {
    const text = '我局依申请公开工作方面,12319城建热线共受理23件,市长热线转办19件。';
    const r = proseIndicators(text, [fact(text, '23件', 23), fact(text, '19件', 19)]);
    expect(r.indicators.applications).toBeUndefined();
  });

  it('gives each listed outcome the one stated zero (seed 篇4: 同意公开、部分公开和免予公开的信息:0条)', () => {
    const text = '(三)依申请公开中,我局同意公开、部分公开和免予公开的信息:0条(公民、法人或者其他组织2010年申请公开政府信息0条);';
    const r = proseIndicators(text, [fact(text, '0条', 0, { unit: '条' })]);
    expect(r.indicators.applications).toMatchObject({ granted: { total: 0 }, partiallyGranted: { total: 0 }, denied: { total: { total: 0 } } });
    expect(r.sources.filter((s) => s.rule === 'applications.listedOutcomes')).toHaveLength(3);
  });

  it('does not split a non-zero figure over two outcomes (034: 予以公开及部分公开 208 件)', () => {
    const text = '其中，予以公开及部分公开 208 件（17.46%），不予公开 20 件';
    const r = proseIndicators(text, [fact(text, '208 件', 208, { sectionPath: ['（二）依申请公开方面'] })]);
    expect(r.indicators.applications).toBeUndefined();
  });

  it('cuts a clause at 、 and ，', () => {
    const text = '其中同意公开3件、部分公开1件，其余不予公开。';
    expect(clauseAround(text, text.indexOf('1件'), text.indexOf('1件') + 2)).toBe('部分公开1件');
  });
});

describe('an indicator only from a sentence that names it (issue 13)', () => {
  it('reads 我局无不予公开政府信息情况 as no denials, under a heading that names no application', () => {
    const text = '四、不予公开政府信息情况\n2014年，我局无不予公开政府信息情况。';
    const f = fact(text, '无不予公开政府信息情况', 0, { sectionPath: ['四、不予公开政府信息情况'], zeroBy: 'negation', subject: '不予公开政府信息' });
    const r = proseIndicators(text, [f]);
    expect(r.indicators.applications?.denied?.total?.total).toBe(0);
    // never the proactive total, though its heading says 政府信息情况
    expect(r.indicators.proactive?.totalPublished).toBeUndefined();
  });

  it('leaves 无法提供 unstated when one sentence gives two of its parts (信息不存在1件，非本机关职责范围1件)', () => {
    const text = '三、依申请公开政府信息情况\n本年度共收到申请12件，其中予以公开10件，信息不存在1件，非本机关职责范围1件。';
    const path = ['三、依申请公开政府信息情况'];
    const r = proseIndicators(text, [
      fact(text, '12件', 12, { sectionPath: path }),
      fact(text, '10件', 10, { sectionPath: path }),
      fact(text, '信息不存在1件', 1, { sectionPath: path }),
      fact(text, '非本机关职责范围1件', 1, { sectionPath: path }),
    ]);
    expect(r.indicators.applications?.newReceived?.total).toBe(12);
    expect(r.indicators.applications?.granted?.total).toBe(10);
    expect(r.indicators.applications?.unavailable).toBeUndefined();
  });

  it('still reads one 信息不存在 figure standing alone as 无法提供', () => {
    const text = '三、依申请公开政府信息情况\n本年度共收到申请3件，其中予以公开2件，信息不存在1件。';
    const path = ['三、依申请公开政府信息情况'];
    const r = proseIndicators(text, [fact(text, '3件', 3, { sectionPath: path }), fact(text, '2件', 2, { sectionPath: path }), fact(text, '信息不存在1件', 1, { sectionPath: path })]);
    expect(r.indicators.applications?.unavailable?.total?.total).toBe(1);
  });
});

describe('the proactive total in more wordings', () => {
  const section = ['二、主动公开政府信息情况'];
  it.each([
    ['2017年，我局主动公开政府信息数量为2645条。', '2645条'],
    ['2017年，我局共主动公开政府信息总计2645条。', '2645条'],
    ['2017年，我局全年共主动公开2645条信息。', '2645条'],
  ])('%s', (sentence, quote) => {
    const text = `二、主动公开政府信息情况\n${sentence}`;
    const r = proseIndicators(text, [fact(text, quote, 2645, { unit: '条', sectionPath: section })]);
    expect(r.indicators.proactive?.totalPublished).toBe(2645);
  });
  it('not a channel’s figure: 门户网站全年公开政府信息78条，官方微信全年公开政府信息502条 (wild 019)', () => {
    const text = '（一）主动公开方面。2024年度门户网站全年公开政府信息78条，官方微信全年公开政府信息502条。';
    const path = ['（一）主动公开方面'];
    const r = proseIndicators(text, [fact(text, '78条', 78, { unit: '条', sectionPath: path }), fact(text, '502条', 502, { unit: '条', sectionPath: path })]);
    expect(r.indicators.proactive?.totalPublished).toBeUndefined();
  });
});

describe('免于公开 is the 2008 word for a denial (wild 059)', () => {
  it('reads 免于公开答复数2条 as applications.denied.total.total', () => {
    const text = '三、政府信息依申请公开工作情况 对依申请公开的答复总数21条，其中同意公开答复数17条，其它公开答复数2条，免于公开答复数2条；';
    const path = ['三、政府信息依申请公开工作情况'];
    const r = proseIndicators(text, [fact(text, '17条', 17, { unit: '条', sectionPath: path }), fact(text, '免于公开答复数2条', 2, { unit: '条', sectionPath: path })]);
    expect(r.indicators.applications?.granted?.total).toBe(17);
    expect(r.indicators.applications?.denied?.total?.total).toBe(2);
  });
});

describe('category lists joined by 、 (wild 014, 016), and 、 inside a label (wild 059)', () => {
  const counts = (text: string, path: string[]) =>
    [...text.matchAll(/\d+条/g)].map((m) => fact(text, m[0], Number(m[0].slice(0, -1)), { unit: '条', sectionPath: path, span: { start: m.index!, end: m.index! + m[0].length } }));

  it('splits 公示公告类46条、部门文件类…33条、… and takes 我局主动公开的173条 as the total, the sentence naming 主动公开', () => {
    const text = '（六）抓好政府信息公开条例的贯彻落实。2019年，我局主动公开的173条，其中公示公告类46条、部门文件类（含同步重点领域）33条、政策解读类1条、行政许可77条。';
    const r = proseIndicators(text, counts(text, ['一、总体情况', '（六）抓好政府信息公开条例的贯彻落实']));
    expect(r.indicators.proactive?.totalPublished).toBe(173);
    expect(r.indicators.proactive?.categories).toEqual({ 公示公告类: 46, '部门文件类（含同步重点领域）': 33, 政策解读类: 1, 行政许可: 77 });
  });

  it('keeps 、 inside a label when items are separated by ； (政策、规范性文件类信息221条)', () => {
    const text = '二、主动公开政府信息情况\n在网站主动公开的政府信息中，机构职能、主要职能、办事程序信息161条，占7.9%；政策、规范性文件类信息221条，占10.9%；规划计划类信息60条，占2.9%。';
    const r = proseIndicators(text, counts(text, ['二、主动公开政府信息情况']));
    expect(r.indicators.proactive?.categories).toEqual({ '机构职能、主要职能、办事程序信息': 161, '政策、规范性文件类': 221, 规划计划类: 60 });
  });

  it('takes no list from a section and sentence that do not name proactive publication', () => {
    const text = '（六）其他工作。全年编发简报类12条、信息类8条。';
    const r = proseIndicators(text, counts(text, ['（六）其他工作']));
    expect(r.indicators.proactive?.categories).toBeUndefined();
  });
});

describe('backWalker (one look at each character of a sentence) answers as walkBack', () => {
  const corpus = join(import.meta.dirname, '../../fixtures/corpus');
  const texts = readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(corpus, f), 'utf8'));
  const stops = [/[。.\n]/, /[。；;\n]/, /[，,；;。：:.\n]/];
  it.each([400, 30, 3])('reach %i, starts in increasing order (repeats and a step back included) on the corpus texts', (reach) => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let checked = 0;
    for (const text of texts) {
      for (const stop of stops) {
        const walker = backWalker(text, stop, reach);
        const starts: number[] = [];
        for (let s = 0; s < text.length; s += 1 + Math.floor(next() * 40)) starts.push(s, ...(next() < 0.1 ? [s] : []));
        starts.splice(starts.length >> 1, 0, Math.floor(text.length / 3)); // one start out of order
        for (const s of starts) {
          expect(walker(s)).toBe(walkBack(text, s, stop, reach));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});

describe('anyOf: the one-pattern pre-check before the prose rules', () => {
  const parts = [/复议/, /诉讼/, /申请(?:公开)?$/];
  it.each(['申请行政复议0件', '提起行政诉讼', '收到申请公开', '申请'])('matches where one of its patterns does: %s', (s) => {
    expect(parts.some((p) => p.test(s))).toBe(true);
    expect(anyOf(parts).test(s)).toBe(true);
  });
  it.each(['主动公开政府信息42条', '申请人', ''])('misses where none does: %s', (s) => {
    expect(parts.some((p) => p.test(s))).toBe(false);
    expect(anyOf(parts).test(s)).toBe(false);
  });
  it('matches nothing when given no pattern', () => expect(anyOf([]).test('任何')).toBe(false));
  it('refuses patterns whose meaning a union would change (flags, back-references)', () => {
    expect(() => anyOf([/a/i])).toThrow(/flags/);
    expect(() => anyOf([/(a)\1/])).toThrow(/back-references/);
  });
});
