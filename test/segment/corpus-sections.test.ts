import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInput, normalizeForMatching } from '../../src/input/index.js';
import { findSections, splitReports } from '../../src/segment/index.js';
import type { Section } from '../../src/schema/report.js';

const corpus = new URL('../../fixtures/corpus/', import.meta.url);
const files = readdirSync(corpus).filter((f) => /\.(txt|html)$/.test(f));

function sectionsOf(text: string): Section[] {
  return findSections(text, normalizeForMatching(text));
}

describe('top-level sections of the real corpus match the human readings (gold `sections`)', () => {
  const tally: string[] = [];
  it.each(files)('%s', (file) => {
    const text = readInput(readFileSync(new URL(file, corpus))).text;
    const gold = JSON.parse(readFileSync(new URL(file.replace(/\.(txt|html)$/, '.gold.json'), corpus), 'utf8'));
    const found = sectionsOf(text).map((s) => s.heading);
    if (JSON.stringify(found) === JSON.stringify(gold.sections)) tally.push(file);
    expect(found).toEqual(gold.sections);
  });
  it('every corpus file was read (the folder is not empty) and all its headings match', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(tally).toEqual(files);
  });
});

// Top-level headings of the seed page's ten reports, read from fixtures/seed/000_b61ef283626af920.txt by hand.
// 篇1 has no 一、: its (一)–(三) stand before 二、 at the top level. 篇2 starts at 二、 and 篇7 at 2、 (the opening
// heading was cut). 篇4 is numbered (一)–(五) only. 篇10's 五、 is broken over two lines.
const SEED_TOP: string[][] = [
  [
    '(一)夯实基础,加强《政府信息公开条例》的学习',
    '(二)突出重点,建立健全政府信息公开工作机制和制度',
    '(三)把握质量,树立政府信息公开“精品意识”',
    '二、政府信息情况',
    '三、政府信息依申请公开情况',
    '四、咨询情况',
    '五、复议、诉讼和申诉情况',
    '六、存在的主要问题',
  ],
  ['二、完善制度,坚持实施', '三、突出重点,全面落实'],
  [
    '一、概述',
    '二、主动公开政府信息情况',
    '三、依申请公开政府信息情况',
    '四、政府信息公开的收费及减免情况',
    '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
    '六、存在问题和改进措施',
  ],
  [
    '(一)全年信息公开数共61条,其中主动公开政府信息42条',
    '(二)公民、法人或者其他组织申请公开政府信息0条',
    '(三)依申请公开中,我局同意公开、部分公开和免予公开的信息',
    '(四)就政府信息公开提出复议、诉讼和申诉的情况',
    '(五)存在的主要问题以及改进的方案',
  ],
  [
    '一、概述',
    '二、政府信息公开的组织领导和制度建设情况',
    '三、主动公开政府信息以及公开平台建设情况',
    '四、依申请公开政府信息办理情况',
    '五、政府信息公开的收费及减免情况',
    '六、申请行政复议、提起行政诉讼和申诉的情况',
    '七、政府信息公开保密审查及监督检查情况',
    '八、政府信息公开工作存在的主要问题及改进情况',
  ],
  [
    '一、概述',
    '二、主动公开政府信息情况',
    '三、依申请公开政务信息情况',
    '四、因政府信息公开申请行政复议、提起行政诉讼情况',
    '五、政府信息公开机构人员及经费情况',
    '六、政府信息公开工作存在的主要问题及改进措施',
  ],
  [
    '2、建立健全工作机制和规章制度',
    '3、健全完善新闻发言人制度,拓展信息公开渠道',
    '4、及时公开政府信息,助力审批公正透明',
    '5、公开工程建设领域突出问题专项治理活动方面',
    '6、积极参加并组织政府信息公开业务培训',
  ],
  ['一、概述', '二、主动公开情况', '三、依申请公开情况', '四、复议和诉讼情况'],
  [
    '一、政府信息公开基本情况',
    '二、主动公开政府信息的情况',
    '三、依申请公开政府信息和不予公开的政府信息的情况',
    '四、政府信息公开的收费及减免情况',
    '五、因政府信息公开申请行政复议、提起行政诉讼的情况',
    '六、政府信息公开工作存在的主要问题及改进情况',
  ],
  [
    '一、政府信息公开工作概述',
    '二、政府信息主动公开情况',
    '三、政府信息依申请公开情况',
    '四、政府信息公开收费及减免情况',
    '五、因政府信息公开申请\n\n行政复议或提起行政诉讼的情况',
    '六、存在的主要问题和改进措施',
  ],
];

describe('top-level sections of the seed page, report by report', () => {
  const seed = readFileSync(new URL('../../fixtures/seed/000_b61ef283626af920.txt', import.meta.url), 'utf8');
  const slices = splitReports(seed, normalizeForMatching(seed));
  const tally: string[] = [];
  it.each(SEED_TOP.map((expected, i) => [i + 1, expected] as const))('篇%i', (n, expected) => {
    const s = slices[n - 1];
    const found = sectionsOf(seed.slice(s.start, s.end)).map((x) => x.heading);
    if (JSON.stringify(found) === JSON.stringify(expected)) tally.push(`篇${n}`);
    expect(found).toEqual(expected);
  });
  it('the seed page splits into its ten reports and every one has its headings', () => {
    expect(slices).toHaveLength(SEED_TOP.length);
    expect(tally).toEqual(SEED_TOP.map((_, i) => `篇${i + 1}`));
  });

  it('篇5: (二)落实和制定相关配套措施情况。我局… has the title only; 篇6: 二、 holds (一)公开内容 with 1、2、3、', () => {
    const s5 = sectionsOf(seed.slice(slices[4].start, slices[4].end));
    expect(s5[1].children.map((c) => c.title)).toEqual(['组织机构建设情况', '落实和制定相关配套措施情况', '建立健全工作机制、制度规范情况']);
    const s6 = sectionsOf(seed.slice(slices[5].start, slices[5].end));
    expect(s6[1].children.map((c) => c.title)).toEqual(['公开内容', '公开形式']);
    expect(s6[1].children[0].children.map((c) => c.title)).toEqual(['主动公开信息总数', '主动公开信息分类', '重点公开内容']);
  });
});
