import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching, readInput } from '../../src/input/index.js';
import { checkSections, findSections } from '../../src/segment/index.js';
import { BARE_TITLE_PLACES, bareTitleAt, findBareTitles } from '../../src/segment/bareTitles.js';

const wild = (name: string) => readInput(readFileSync(new URL(`../../fixtures/wild/${name}.txt`, import.meta.url))).text;

/**
 * A report whose top-level markers were lost: the real crawled text with every 一、 … 七、 marker taken out where a
 * heading stands (after a sentence end, a bracket, a gap or a table's last figure), as the lost-marker class prints
 * it (`。总体情况2021年，…`).
 */
function withoutTopMarkers(text: string): string {
  return text.replace(/(^|[。）)\s\d])[一二三四五六七八九十]{1,2}、\s*/gu, '$1');
}

function top(text: string) {
  const norm = normalizeForMatching(text);
  const sections = findSections(text, norm);
  return { sections, headings: sections.filter((s) => s.level === 1).map((s) => s.heading), warnings: checkSections(norm, sections) };
}

// Expected headings read from each file's own 一、 … 七、 headings (fixtures/wild), markers dropped.
const LOST: Array<[string, string[]]> = [
  [
    '016-pingtan-jtj-2021',
    ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'],
  ],
  [
    '013-pingtan-nyn-2016',
    ['概述', '政府信息主动公开情况', '政府信息依申请公开办理情况', '政府信息公开的收费及减免情况', '因政府信息公开申请行政复议、提起行政诉讼的情况', '政府信息公开存在的问题及改进措施', '需要说明的其他事项与附表'],
  ],
  [
    '005-pingtan-renfang-2011',
    ['概述', '主动公开政府信息情况', '依申请公开政府信息情况', '行政复议和诉讼情况', '政府信息公开的收费及减免情况', '存在的主要问题及改进措施', '需要说明的事项与附表'],
  ],
  [
    '043-pingtan-yaojian-2011',
    ['概述', '主动公开政府信息的情况', '依申请公开信息和不予公开政府信息的情况', '政府信息公开的收费及减免情况', '因政府信息公开申请行政复议、提起行政诉讼的情况', '政府信息公开工作存在的主要问题和改进措施', '附表'],
  ],
];

describe('top-level headings whose 一、 markers were lost are found by their official titles', () => {
  it.each(LOST)('%s without its markers', (name, expected) => {
    const { sections, headings, warnings } = top(withoutTopMarkers(wild(name)));
    expect(headings).toEqual(expected);
    // （一） under a found title is its child, level 2
    expect(sections.flatMap((s) => s.children).every((c) => c.level === 2)).toBe(true);
    // every inferred heading is named in a warning
    expect(warnings.filter((w) => w.code === 'HEADING_INFERRED').map((w) => (w.data as { title: string }).title)).toEqual(expected);
  });

  it.each(LOST)('%s as published keeps its 一、 headings and infers nothing', (name, expected) => {
    const { sections, warnings } = top(wild(name));
    expect(sections.map((s) => s.title)).toEqual(expected);
    expect(sections.every((s) => s.marker !== '')).toBe(true);
    expect(warnings.some((w) => w.code === 'HEADING_INFERRED')).toBe(false);
  });

  it('finds them when a page store also turned 。，：；（） half-width (013: …下载).概述根据…)', () => {
    const ascii = (t: string) => t.replace(/[，。：；（）]/g, (c) => ({ '，': ',', '。': '.', '：': ':', '；': ';', '（': '(', '）': ')' })[c]!);
    expect(top(ascii(withoutTopMarkers(wild('013-pingtan-nyn-2016')))).headings).toEqual(LOST[1][1]);
  });

  it('does not take the preamble’s list of contents for headings (005: 包括：概述；主动公开政府信息情况；…)', () => {
    const text = withoutTopMarkers(wild('005-pingtan-renfang-2011'));
    const norm = normalizeForMatching(text);
    expect(text.indexOf('包括：概述；')).toBeGreaterThan(0);
    const found = findBareTitles(norm);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((b) => b.start > text.indexOf('统计时限'))).toBe(true);
  });

  it('needs three different official parts: two titles at sentence starts are prose, not lost headings', () => {
    const text = '我局认真做好各项工作。主动公开政府信息情况良好，群众满意。存在的主要问题是宣传不够。';
    expect(findBareTitles(normalizeForMatching(text))).toEqual([]);
    expect(findSections(text)).toEqual([]);
  });

  it('keeps the prescribed order: a part that comes back after a later one is not a heading', () => {
    const text = '概述 2012年我局…。存在的主要问题及改进措施 宣传不够。主动公开政府信息情况 详见网站。其他需要报告的事项 无。';
    const found = findBareTitles(normalizeForMatching(text)).map((b) => text.slice(b.start, b.end));
    expect(found).toEqual(['概述', '存在的主要问题及改进措施', '其他需要报告的事项']);
  });
});

describe('only the 一、 lost: its official title stands bare before 二、, and the （一） between are its children', () => {
  // the real text with its first marker taken out (…联系。一、概述… → …联系。概述…)
  const withoutFirst = (text: string) => text.replace(/([。）)\s\d])一、\s*/u, '$1');
  it.each(LOST)('%s', (name, expected) => {
    const text = withoutFirst(wild(name));
    const { sections, warnings } = top(text);
    expect(sections.map((s) => s.title)).toEqual(expected);
    expect(sections.map((s) => s.marker)).toEqual(['', ...sections.slice(1).map((s) => s.marker)]);
    expect(sections.slice(1).every((s) => /^[二三四五六七八九十]、$/.test(s.marker))).toBe(true);
    expect(sections[0].children.every((c) => c.level === 2)).toBe(true);
    expect(warnings.map((w) => w.code).filter((c) => c.startsWith('HEADING'))).toEqual(['HEADING_INFERRED']);
  });

  it('takes no bare title when the first heading kept its marker (the published text)', () => {
    for (const [name] of LOST) expect(top(wild(name)).sections[0].marker).toBe('一、');
  });
});

describe('the corpus reports with their markers taken out give their gold headings without markers', () => {
  const corpus = (name: string) => readInput(readFileSync(new URL(`../../fixtures/corpus/${name}.txt`, import.meta.url))).text;
  it.each(['009-a-pingtan-2015', '010-a-pingtan-2016', '014-a-pingtan-2014', '022-b-pingtan-2022', '024-b-pingtan-2024'])('%s', (name) => {
    const gold = JSON.parse(readFileSync(new URL(`../../fixtures/corpus/${name}.gold.json`, import.meta.url), 'utf8')) as { sections: string[] };
    // 022 has the typo 政府信息公开行政法复议、行政诉讼情况
    expect(top(withoutTopMarkers(corpus(name))).headings).toEqual(gold.sections.map((h) => h.replace(/^[一二三四五六七八九十]{1,2}、\s*/, '')));
  });
});

describe('BARE_TITLE_PLACES: each place with its real example and counter-example', () => {
  it.each(BARE_TITLE_PLACES)('$id', (place) => {
    const ex = normalizeForMatching(place.example);
    const hits = [...ex].map((_, i) => bareTitleAt(ex, i)).filter((b) => b !== undefined);
    expect(hits.map((b) => b!.place)).toContain(place.id);
    const counter = normalizeForMatching(place.counterExample);
    expect([...counter].map((_, i) => bareTitleAt(counter, i)).filter((b) => b !== undefined)).toEqual([]);
  });
});

describe('level by marker rank over the whole document', () => {
  it('puts a （一） before a lost 一、 at level 2 (seed 篇1: (一)–(三) before 二、)', () => {
    const text = '市城管执法局立足职能。\n(一)夯实基础。\n学习。\n(二)突出重点。\n制度。\n二、政府信息情况\n公开32条。\n三、咨询情况\n475次。\n';
    const sections = findSections(text, normalizeForMatching(text));
    expect(sections.map((s) => [s.heading, s.level])).toEqual([
      ['(一)夯实基础', 2],
      ['(二)突出重点', 2],
      ['二、政府信息情况', 1],
      ['三、咨询情况', 1],
    ]);
  });

  it('keeps （一） at level 1 when the document has no 一、 at all (seed 篇4)', () => {
    const text = '(一)全年信息公开数共61条。\n(二)公民申请公开政府信息0条。\n(三)存在的主要问题。\n';
    expect(findSections(text, normalizeForMatching(text)).map((s) => s.level)).toEqual([1, 1, 1]);
  });
});
