/**
 * Headings by evidence (issue 13): the official top-level titles are data (every example is run), they end a run-in
 * title where the body begins and make a glued 一、 a heading; a preamble listing the parts is read and checked;
 * a gap in the numbering is a warning, never a guess. Snippets are real text, the source named beside each.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSections, checkSections } from '../../src/segment/index.js';
import fc from 'fast-check';
import { OFFICIAL_TITLES, mayBeOfficialAt, officialTitleAt, partsWithWords, readPreamble } from '../../src/segment/officialTitles.js';
import { normalizeForMatching } from '../../src/input/index.js';

const sections = (text: string) => findSections(text, normalizeForMatching(text));
const tops = (text: string) => sections(text).map((s) => `${s.marker}${s.title}`);

describe('every official title reads its examples whole', () => {
  it.each(OFFICIAL_TITLES.flatMap((t) => t.examples.map((e) => [t.era, e])))('%s: %s', (_era, example) => {
    const title = example.replace(/^[一二三四五六七八九十]+、/, '');
    expect(officialTitleAt(normalizeForMatching(title) + '2017年，在', 0)).toBe(title.length);
  });
  it.each([
    ['存在的主要问题及', 'a title that goes on after 及 is left to the title finder'],
    ['加强组织领导', 'not an official title'],
    ['主动公开', 'a word of the title is not the title'],
  ])('%s → 0 (%s)', (text) => {
    expect(officialTitleAt(text, 0)).toBe(0);
  });
});

describe('the one combined look (mayBeOfficialAt) agrees with the titles one by one', () => {
  // every example after a marker and some body text, then every offset of a real run-in report line (wild 010)
  const texts = [
    ...OFFICIAL_TITLES.flatMap((t) => t.examples.map((e) => `我局：${normalizeForMatching(e)}2017年，在`)),
    normalizeForMatching('一、工作开展情况\u3000（一）加强组织领导。\u3000二、工作中存在的不足在看到成绩的同时，三、今后工作打算针对我局'),
  ];
  const oneByOne = (norm: string, at: number) =>
    OFFICIAL_TITLES.some((t) => {
      t.pattern.lastIndex = at;
      return t.pattern.test(norm);
    });
  it.each(texts)('%s', (norm) => {
    const offsets = Array.from({ length: norm.length }, (_, i) => i);
    expect(offsets.filter((i) => mayBeOfficialAt(norm, i))).toEqual(offsets.filter((i) => oneByOne(norm, i)));
    expect(offsets.some((i) => mayBeOfficialAt(norm, i))).toBe(true);
  });
});

describe('run-in headings in crawled one-line text', () => {
  // wild 010 (平潭县质监局 2012): the headings run into the body, 二、 and 三、 glued after 。 and an ideographic space
  const text =
    '现将今年我局政府信息公开情况汇报如下：一、工作开展情况\u3000（一）加强组织领导。我局认真贯彻实行“一把手”负责制。' +
    '（二）加强宣传教育。组织全体干部职工学习。自觉接受社会监督，努力提高工作的社会透明度。\u3000二、工作中存在的不足在看到成绩的同时，' +
    '我局在政府信息公开工作上主要存在着以下问题和不足：网站建设有待加强。监督检查力度不够。三、今后工作打算针对我局在政府信息公开工作中存在的不足，' +
    '我局将继续根据市政府有关部门的统一安排部署。';
  it('一、 outranks （一）; official titles end where the body begins', () => {
    expect(tops(text)).toEqual(['一、工作开展情况', '二、工作中存在的不足', '三、今后工作打算']);
    expect(sections(text)[0].children.map((c) => c.title)).toEqual(['加强组织领导', '加强宣传教育']);
  });
  it('一、概述2017年，在… → 概述, with the （一） under it (issue 13)', () => {
    const run = '如对本报告有任何疑问，请与本局办公室联系。一、概述2017年，在市委的领导下，我局认真贯彻落实条例。（一）加强组织领导。成立领导小组。' +
      '二、主动公开政府信息情况2017年，我局主动公开政府信息2645条。';
    expect(tops(run)).toEqual(['一、概述', '二、主动公开政府信息情况']);
    expect(sections(run)[0].children.map((c) => c.marker + c.title)).toEqual(['（一）加强组织领导']);
  });
});

describe('the preamble that lists the parts', () => {
  it('reads the seven parts of corpus 009', () => {
    const p = readPreamble(
      '本报告由概述、主动公开政府信息情况、政府信息依申请公开工作情况、政府信息公开的收费及减免情况、因政府信息公开申请行政复议、提起行政诉讼的情况、政府信息公开工作存在的主要问题及改进情况和政府信息公开情况统计表共七个部分组成。',
    );
    expect(p?.count).toBe(7);
    expect(p?.parts).toEqual([
      '概述', '主动公开政府信息情况', '政府信息依申请公开工作情况', '政府信息公开的收费及减免情况',
      '因政府信息公开申请行政复议、提起行政诉讼的情况', '政府信息公开工作存在的主要问题及改进情况', '政府信息公开情况统计表',
    ]);
  });
  it('reads parts joined by 和, ， and 与 (wild 013)', () => {
    const p = readPreamble(
      '本报告由概述、主动公开政府信息情况、政府信息依申请公开办理情况、政府信息收费及减免情况和因政府信息公开申请行政复议、提起行政诉讼的情况，政府信息公开工作存在的问题及改进措施，需要说明的其他事项与附表等七部分组成。',
    );
    // the report says 七 but lists eight titles (it counts 收费及减免情况和…诉讼的情况 as one): both are kept as read
    expect(p?.count).toBe(7);
    expect(p?.parts).toEqual([
      '概述', '主动公开政府信息情况', '政府信息依申请公开办理情况', '政府信息收费及减免情况',
      '因政府信息公开申请行政复议、提起行政诉讼的情况', '政府信息公开工作存在的问题及改进措施', '需要说明的其他事项', '附表',
    ]);
  });
  it('reads 该报告包括…共六个部分 (wild 016, 019) and 本年报由…、附表等六个部分组成 (wild 001 and its template)', () => {
    const p = readPreamble(
      normalizeForMatching('该报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、政府信息公开工作存在的主要问题和改进情况以及其他需要报告的事项共六个部分，并附相关的说明和指标统计表。'),
    );
    expect(p?.count).toBe(6);
    expect(p?.parts[0]).toBe('总体情况');
    const t = readPreamble(normalizeForMatching('本年报由工作概述、主动公开情况、依申请公开政府信息情况、收费及减免情况、存在的主要问题和改进措施、附表等六个部分组成。'));
    expect(t?.count).toBe(6);
    expect(t?.parts).toEqual(['工作概述', '主动公开情况', '依申请公开政府信息情况', '收费及减免情况', '存在的主要问题和改进措施', '附表']);
  });
  it('reads the count before the list: 本报告共分6个部分：总体情况、…、其他需要报告的事项。 (wild 028)', () => {
    const p = readPreamble(
      normalizeForMatching('本报告共分6个部分：总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。本报告所列数据统计期限为2025年1月1日至2025年12月31日。'),
    );
    expect(p?.count).toBe(6);
    expect(p?.parts).toHaveLength(6);
    expect(p?.parts.at(-1)).toBe('其他需要报告的事项');
  });
  it('reads the count, then the list after 包括 split by ；: …年度报告由七部分组成，包括：概述；…。 (wild 005; 046, 056)', () => {
    const p = readPreamble(
      normalizeForMatching('根据《中华人民共和国政府信息公开条例》，我办2011年度政府信息公开工作年度报告由七部分组成，包括：概述；主动公开政府信息情况；依申请公开政府信息情况；因政府信息公开申请行政复议、提起行政诉讼情况；政府信息公开的收费及减免情况；政府信息公开工作存在的主要问题及改进措施；需要说明的事项及附表。本报告上报的信息的统计时限从2011年1月1日起至2011年12月31日止。'),
    );
    expect(p?.count).toBe(7);
    expect(p?.parts.slice(0, 6)).toEqual([
      '概述', '主动公开政府信息情况', '依申请公开政府信息情况', '因政府信息公开申请行政复议、提起行政诉讼情况',
      '政府信息公开的收费及减免情况', '政府信息公开工作存在的主要问题及改进措施',
    ]);
    const q = readPreamble(
      normalizeForMatching('我局2011年度政府信息公开工作年度报告由五个部分组成，包括：概述；主动公开交通局信息情况；依申请公开交通局信息情况；因交通局信息公开申请行政复议、提起行政诉讼情况；交通局信息公开工作存在的主要问题及改进措施。'),
    );
    expect([q?.count, q?.parts.length, q?.parts[1]]).toEqual([5, 5, '主动公开交通局信息情况']);
  });
  it.each([
    ['本报告由七部分组成。一、概述', 'constructed: a count with no list'],
    ['领导小组由七部分组成，包括：办公室；财务科；法制科。', 'constructed: not a report, no 报告/年报 before 由'],
  ])('%s: not a preamble (%s)', (text) => {
    expect(readPreamble(normalizeForMatching(text))).toBeUndefined();
  });
  it('该报告 with no list of parts is not a preamble (negative: 如对该报告有任何疑问，请与…联系)', () => {
    expect(readPreamble(normalizeForMatching('如对该报告有任何疑问，请与平潭综合实验区交通与建设局办公室联系。'))).toBeUndefined();
  });
  it('没有 preamble → undefined', () => {
    expect(readPreamble('本报告所列数据的统计期限自2015年1月1日起至2015年12月31日。')).toBeUndefined();
  });
});

describe('broken or missing headings are warnings', () => {
  it('二、 and 三、 with no 一、 → HEADING_MISSING 1', () => {
    const text = '（一）加强组织领导\n成立领导小组。\n二、政府信息情况\n政府信息32条。\n三、政府信息依申请公开情况(无)\n';
    const ws = checkSections(normalizeForMatching(text), sections(text));
    expect(ws.map((w) => [w.code, w.data?.missing])).toEqual([['HEADING_MISSING', [1]]]);
    expect(text.slice(ws[0].span!.start, ws[0].span!.end)).toBe('二、政府信息情况');
  });
  it('a preamble listing seven parts and five headings found → PREAMBLE_PARTS_MISMATCH', () => {
    const text = '本报告由概述、主动公开政府信息情况和统计表共七个部分组成。\n一、概述\n正文。\n二、主动公开政府信息情况\n正文。\n';
    expect(checkSections(normalizeForMatching(text), sections(text)).map((w) => w.code)).toEqual(['PREAMBLE_PARTS_MISMATCH']);
  });
  it('the appendix listed last and printed after the signature without a number is not a missing part (wild 055, corpus 043)', () => {
    for (const file of ['wild/055-pingtan-anjian-2011.txt', 'corpus/043-a-pingtan-xian-2013.txt']) {
      const text = readFileSync(join(import.meta.dirname, '../../fixtures', file), 'utf8');
      const norm = normalizeForMatching(text);
      expect(readPreamble(norm)!.parts.at(-1)).toMatch(/附表|统计表/);
      expect(checkSections(norm, sections(text)).map((w) => w.code)).not.toContain('PREAMBLE_PARTS_MISMATCH');
    }
  });
  it('negative: one numbered part missing besides the unnumbered appendix is still a mismatch', () => {
    const text = '本年报由工作概述、主动公开情况、依申请公开政府信息情况、收费及减免情况、存在的主要问题和改进措施、附表等六个部分组成。\n一、年度政府信息公开工作概述\n正文。\n二、政府信息主动公开情况\n正文。\n三、依申请公开政府信息情况\n正文。\n四、收费及减免情况\n无。\n附表：政府信息公开情况统计表\n';
    expect(checkSections(normalizeForMatching(text), sections(text)).map((w) => w.code)).toEqual(['PREAMBLE_PARTS_MISMATCH']);
  });
  it('a whole numbering gives no warning', () => {
    const text = '一、概述\n正文。\n二、主动公开政府信息情况\n正文。\n';
    expect(checkSections(normalizeForMatching(text), sections(text))).toEqual([]);
  });
});

describe('OfficialTitle.words: every match of a title holds one of its words (findBareTitles skips texts without them)', () => {
  // pieces of every example, word and literal run of the patterns, shuffled: the patterns meet their own parts in every order
  const literals = OFFICIAL_TITLES.flatMap((t) => t.pattern.source.match(/[\u4e00-\u9fa5]+/g) ?? []);
  const fragments = [
    ...new Set(
      OFFICIAL_TITLES.flatMap((t) => [...t.examples.map((e) => e.replace(/^[一二三四五六七八九十]+、/, '')), ...t.words, ...literals]).flatMap((s) => {
        const out = [s];
        for (let i = 1; i < s.length; i++) out.push(s.slice(0, i), s.slice(i));
        return out;
      }),
    ),
  ];

  it('holds for each example and at every offset of random texts made of the titles’ pieces', () => {
    const check = (s: string) => {
      for (const t of OFFICIAL_TITLES) {
        for (let at = 0; at < s.length; at++) {
          t.pattern.lastIndex = at;
          const m = t.pattern.exec(s);
          if (m) expect(t.words.some((w) => m[0].includes(w)), `${t.pattern.source} on ${m[0]}`).toBe(true);
        }
      }
    };
    for (const t of OFFICIAL_TITLES) for (const e of t.examples) check(e);
    fc.assert(fc.property(fc.array(fc.constantFrom(...fragments, '的', '工作', '和', '、', '年度'), { maxLength: 8 }), (parts) => check(parts.join(''))), { numRuns: 3000 });
    // and each pattern's own literal runs in every order (今后 工作 重点 must meet to try 工作重点)
    for (const t of OFFICIAL_TITLES) {
      const own = [...new Set(t.pattern.source.match(/[\u4e00-\u9fa5]+/g) ?? [])];
      fc.assert(fc.property(fc.array(fc.constantFrom(...own), { maxLength: 6 }), (parts) => check(parts.join(''))), { numRuns: 1500 });
    }
  });

  it('counts the parts whose words stand in a text', () => {
    expect(partsWithWords('兴华乡2010年政府信息公开报告。全乡累计主动公开政府信息65条。')).toBe(1);
    expect(partsWithWords('概述。主动公开政府信息情况。依申请公开政府信息情况。')).toBe(3);
    // 收费及减免 and 行政复议 are both part 4
    expect(partsWithWords('收费及减免情况；行政复议情况')).toBe(1);
  });
});
