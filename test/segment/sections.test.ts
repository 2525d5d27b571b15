import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findSections, sectionPathAt } from '../../src/segment/index.js';
import { normalizeForMatching } from '../../src/input/index.js';
import fc from 'fast-check';
import { CLAUSE_CHAIN, TITLE_ENDINGS, endsLikeTitle } from '../../src/segment/headingTitle.js';
import type { Section } from '../../src/schema/report.js';

function sections(text: string): Section[] {
  return findSections(text, normalizeForMatching(text));
}
const headings = (ss: Section[]) => ss.map((s) => s.heading);
const titles = (ss: Section[]) => ss.map((s) => s.title);

/** Every section and its children: heading and spans must slice the text they claim. */
function checkSpans(text: string, ss: Section[]): void {
  for (const s of ss) {
    expect(text.slice(s.headingSpan.start, s.headingSpan.end)).toBe(s.heading);
    expect(s.heading.startsWith(s.marker)).toBe(true);
    expect(s.span.start).toBe(s.headingSpan.start);
    expect(s.span.end).toBeGreaterThanOrEqual(s.headingSpan.end);
    checkSpans(text, s.children);
  }
}

describe('headings on lines of their own', () => {
  it('nests （一） under 一、 and 1、 under （一）, with levels and ordinals', () => {
    const text = '一、概述\n正文。\n二、主动公开政府信息情况\n（一）公开内容\n1、主动公开信息总数\n数字。\n2、主动公开信息分类\n（二）公开形式\n三、存在的主要问题\n';
    const ss = sections(text);
    expect(headings(ss)).toEqual(['一、概述', '二、主动公开政府信息情况', '三、存在的主要问题']);
    expect(ss.map((s) => [s.level, s.ordinal])).toEqual([[1, 1], [1, 2], [1, 3]]);
    expect(titles(ss[1].children)).toEqual(['公开内容', '公开形式']);
    expect(ss[1].children[0].level).toBe(2);
    expect(titles(ss[1].children[0].children)).toEqual(['主动公开信息总数', '主动公开信息分类']);
    expect(ss[1].children[0].children[0].level).toBe(3);
    checkSpans(text, ss);
  });

  it('reads a heading that carries its body: (二)落实和制定相关配套措施情况。我局充分发挥… (seed 篇5)', () => {
    const text = '(一)组织机构建设情况\n\n我局设立了领导小组。\n\n(二)落实和制定相关配套措施情况。我局充分发挥局网站的主渠道作用。';
    const ss = sections(text);
    expect(ss[1].title).toBe('落实和制定相关配套措施情况');
    expect(ss[1].heading).toBe('(二)落实和制定相关配套措施情况');
  });

  it('keeps an inline value out of the title: 三、政府信息依申请公开情况(无) (seed 篇1)', () => {
    const text = '二、政府信息情况\n\n城管执法局政府信息32条。\n\n三、政府信息依申请公开情况(无)\n\n四、咨询情况\n\n共接受市民咨询475次。';
    const ss = sections(text);
    expect(titles(ss)).toEqual(['政府信息情况', '政府信息依申请公开情况', '咨询情况']);
    expect(ss[1].heading).toBe('三、政府信息依申请公开情况');
    // the value stays in the section's body
    expect(text.slice(ss[1].span.start, ss[1].span.end)).toBe('三、政府信息依申请公开情况(无)');
  });

  it('starts at （一） when the report has no 一、 (seed 篇4)', () => {
    const text = '***市人口和计划生育局\n\n(一)全年信息公开数共61条,其中主动公开政府信息42条;\n\n(二)公民、法人或者其他组织申请公开政府信息0条;\n';
    const ss = sections(text);
    expect(ss.map((s) => [s.marker, s.level])).toEqual([['(一)', 1], ['(二)', 1]]);
  });

  it('takes 1、 and 2. as one numbering (seed 篇3)', () => {
    const text = '一、概述\n\n1、领导重视，机构健全\n\n我局高度重视。\n\n2.保密工作队伍的建设。近年来，我局坚持。\n\n3、保密审查制度的建设\n\n二、主动公开政府信息情况\n';
    const ss = sections(text);
    expect(titles(ss[0].children)).toEqual(['领导重视，机构健全', '保密工作队伍的建设', '保密审查制度的建设']);
    expect(ss[0].children.every((c) => c.level === 2)).toBe(true);
  });

  it('joins a heading broken over lines: 五、因政府信息公开申请\\n\\n行政复议或提起行政诉讼的情况… (seed 篇10)', () => {
    const text = '三、政府信息依申请公开情况\n\n没有接到申请。\n\n四、政府信息公开收费及减免情况\n\n没有收费行为。\n\n五、因政府信息公开申请\n\n行政复议或提起行政诉讼的情况全县没有因政府信息公开问题而提起的行政复议。\n\n六、存在的主要问题和改进措施\n';
    const ss = sections('一、政府信息公开工作概述\n\n正文。\n\n二、政府信息主动公开情况\n\n正文。\n\n' + text).slice(2);
    expect(ss[2].title).toBe('因政府信息公开申请行政复议或提起行政诉讼的情况');
    expect(ss[2].heading).toBe('五、因政府信息公开申请\n\n行政复议或提起行政诉讼的情况');
    expect(ss).toHaveLength(4);
    const full = '一、政府信息公开工作概述\n\n正文。\n\n二、政府信息主动公开情况\n\n正文。\n\n' + text;
    expect(sectionPathAt(sections(full), full.indexOf('全县没有'))).toEqual(['五、因政府信息公开申请行政复议或提起行政诉讼的情况']);
  });

  it('takes a heading whose predecessor was lost (PDF extraction drops 五、, corpus 034)', () => {
    const text =
      '一、总体情况\n正文。\n二、主动公开政府信息情况\n表。\n三、收到和处理政府信息公开申请情况\n表。\n' +
      '四、政府信息公开行政复议、行政诉讼情况\n表。\n（一）2024 年工作中存在问题的改进情况\n正文。\n六、其他需要报告的事项\n无。';
    const ss = sections(text);
    expect(ss.map((s) => s.ordinal)).toEqual([1, 2, 3, 4, 6]);
    expect(ss[3].children[0].title).toBe('2024 年工作中存在问题的改进情况');
  });

  it('does not open a numbering at 六、 (corpus 055: 六、年度政府信息公开工作报告0600 is a catalogue label)', () => {
    const text = '兴华乡2010年政府信息公开报告\n\n六、年度政府信息公开工作报告0600 \n\n乡政府信息公开工作始终坚持以服务人民群众为宗旨。';
    expect(sections(text)).toEqual([]);
  });

  it('leaves the 表三 row labels alone: 一、本年新收政府信息公开申请数量 … 四、结转下年度继续办理 (corpus 031)', () => {
    const text =
      '三、收到和处理政府信息公开申请情况\n申请人情况\n一、本年新收政府信息公开申请数量\n26\n二、上年结转政府信息公开申请数量\n0\n' +
      '三、本年度办理结果\n（一）予以公开\n26\n四、结转下年度继续办理\n0\n四、政府信息公开行政复议、行政诉讼情况\n表。';
    const ss = sections('一、总体情况\n正文。\n二、主动公开政府信息情况\n表。\n' + text);
    expect(headings(ss)).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
    expect(ss[2].children).toEqual([]);
  });
});

describe('a table of contents before the report', () => {
  it('takes the headings below 本报告包括：一、总体情况；二、…；三、…。, not the list', () => {
    const text =
      '本报告包括：一、总体情况；二、主动公开政府信息情况；三、其他需要报告的事项。\n' +
      '一、总体情况\n正文。\n二、主动公开政府信息情况\n正文。\n三、其他需要报告的事项\n无。';
    const ss = sections(text);
    expect(headings(ss)).toEqual(['一、总体情况', '二、主动公开政府信息情况', '三、其他需要报告的事项']);
    expect(ss[0].span.start).toBe(text.indexOf('\n一、') + 1);
  });

  it('keeps headings with bodies when a table further down numbers its rows 一、二、', () => {
    const text = '一、总体情况\n我局高度重视。\n二、主动公开\n公开信息32条。\n一、市级部门\n二、区县政府\n三、存在的主要问题\n人员不足。';
    expect(headings(sections(text))).toEqual(['一、总体情况', '二、主动公开', '三、存在的主要问题']);
  });
});

describe('look-alikes that are not headings', () => {
  const not: Array<[string, string]> = [
    ['inline 一是…二是 enumerations', '一、概述\n做到了“四结合”:一是将日常工作与目标考核相结合;二是将项目与服务承诺相结合。'],
    ['第一、 ordinals', '一、概述\n第一、加强领导。第二、完善制度。'],
    ['list items inside prose (如：…)', '一、概述\n及时完善了各类政策法规信息(如:关于印发《办法》的通知、关于《政策》的通知)。'],
    ['decimals 2.5 and 1.2万', '一、概述\n经费为2.5万元,其中1.2万元用于印刷。'],
    ['1、2月 month lists', '一、概述\n1、2月份共公开信息30条。'],
    ['三、四季度', '一、概述\n三、四季度共公开信息30条。'],
    ['article numbers 第二十条第（一）项', '一、概述\n第二十条第（一）项 信息内容 本年制发件数'],
  ];
  it.each(not)('%s', (_name, text) => {
    const ss = sections(text);
    expect(headings(ss)).toEqual(['一、概述']);
    expect(ss[0].children).toEqual([]);
  });
});

describe('crawled text with no line breaks', () => {
  // corpus 009: 平潭综合实验区2015年度…, the archive's text with every paragraph run together
  const text =
    '平潭综合实验区2015年度政府信息公开工作年度报告 根据《条例》的要求，我区管委会办公室编制完成了本报告。' +
    '一、 概述2015年，在省政府办公厅的指导下，取得了一定成效。主要做法如下：（一）加强组织领导，健全工作机制一是高度重视。' +
    '二是健全组织。（二）把握工作重点，扎实推进信息公开一是推进。二、主动公开政府信息情况（一）主动公开政府信息的数量区管委会办公室、' +
    '区直各部门对政府信息进行了梳理。2015年主动公开政府信息2949条。三、政府信息依申请公开工作情况2015年全区未收到有关政府信息公开申请。' +
    '四、政府信息公开的收费及减免情况 无。';
  const ss = sections(text);

  it('finds 一、 … 四、 after sentence ends, with the title only', () => {
    expect(headings(ss)).toEqual([
      '一、 概述',
      '二、主动公开政府信息情况',
      '三、政府信息依申请公开工作情况',
      '四、政府信息公开的收费及减免情况',
    ]);
    expect(ss[0].title).toBe('概述');
  });

  it('cuts a run-on title at the body: 概述2015年，… / 数量区管委会办公室… / 健全工作机制一是…', () => {
    expect(titles(ss[0].children)).toEqual(['加强组织领导，健全工作机制', '把握工作重点，扎实推进信息公开']);
    expect(titles(ss[1].children)).toEqual(['主动公开政府信息的数量']);
    checkSpans(text, ss);
  });

  it('cuts a run-on title before 全年…: （二）依申请公开全年共收到申请1,234件。', () => {
    const t = '。一、总体情况2023年，朝阳区坚持。（一）主动公开全年发布政策文件120件。（二）依申请公开全年共收到申请1,234件。';
    expect(titles(sections(t)[0].children)).toEqual(['主动公开', '依申请公开']);
  });

  it('ends a run-on title at its first strong ending: 4、重大建设项目信息公开情况坚持跟踪… (corpus 010)', () => {
    const t =
      '。（一）队伍建设方面我区通过专家授课、以会代训等形式，组织开展了专业培训。（二）重点领域信息公开情况1、国有企业信息公开情况。' +
      '2、重大建设项目信息公开情况坚持跟踪、督促做好工程建设项目信息发布工作，2016年至今，梳理罗列245个重点项目。';
    const s = sections(t);
    expect(titles(s)).toEqual(['队伍建设方面', '重点领域信息公开情况']);
    expect(titles(s[1].children)).toEqual(['国有企业信息公开情况', '重大建设项目信息公开情况']);
  });

  it('reads past Word list markup: 7、<!--[endif]-->公共监管信息公开情况 (corpus 010)', () => {
    const t = '。6、国有企业信息公开情况。及时公布。<!--[if !supportLists]-->7、<!--[endif]-->公共监管信息公开情况①环境信息公开情况。';
    const s = sections(t.replace('6、', '1、').replace('7、', '2、'));
    expect(s[1].title).toBe('公共监管信息公开情况');
    expect(s[1].heading).toBe('2、<!--[endif]-->公共监管信息公开情况');
  });

  it('does not take the rows of a flattened 统计表 as headings: 其中：1、政府网站公开数条2949819162、… (corpus 009)', () => {
    const t =
      '。七、平潭综合实验区政府信息公开情况统计表 指标名称计量单位2015年度历年累计主动公开文件数条294981916' +
      '其中：1、政府网站公开数条2949819162、政府公报公开数条00受理依申请公开信息总数条01其中：1、当面申请数条002、网上申请数条00';
    const s = sections('一、概述\n正文。\n二、主动公开\n正文。\n三、依申请\n正文。\n四、收费\n正文。\n五、复议\n正文。\n六、问题\n正文' + t);
    expect(s.at(-1)!.title).toBe('平潭综合实验区政府信息公开情况统计表');
    expect(s.at(-1)!.children).toEqual([]);
  });

  it('cuts at a gap: （一）主动公开方面 平潭… (corpus 022)', () => {
    const t = '。 一、总体情况 2022年，平潭综合实验区坚持。 （一）主动公开方面 平潭综合实验区切实落实。（二）依申请公开方面 2022年收到申请75件。';
    const s = sections(t);
    expect(titles(s)).toEqual(['总体情况']);
    expect(titles(s[0].children)).toEqual(['主动公开方面', '依申请公开方面']);
  });

  it('takes a gap-ended chain of short clauses whole: 一、加强领导，明确责任，确保政务公开落到实处 推行… (wild 008)', () => {
    const t =
      '相关链接： 今年以来，我们始终把政务公开作为重要措施。 一、加强领导，明确责任，确保政务公开落到实处 推行政务公开是一项重要工作。' +
      ' 二、突出重点，明确形式，规范程序，不断深化政务公开工作 在政务公开推进过程中，我们突出重点。' +
      ' 三、创新思路，真抓实干，务求政务公开工作取得成效 在政务公开工作中，我们注重创新思路。';
    expect(headings(sections(t))).toEqual([
      '一、加强领导，明确责任，确保政务公开落到实处',
      '二、突出重点，明确形式，规范程序，不断深化政务公开工作',
      '三、创新思路，真抓实干，务求政务公开工作取得成效',
    ]);
    checkSpans(t, sections(t));
  });

  it('still cuts a comma-less table header at its title ending, and never takes a clause with a figure (negatives of the chain rule)', () => {
    const t = '一、总体情况 正文。二、主动公开 正文。三、依申请公开 正文。四、政府信息公开行政法复议、行政诉讼情况行政复议 行政诉讼 结果维持';
    expect(titles(sections(t)).at(-1)).toBe('政府信息公开行政法复议、行政诉讼情况');
    expect(CLAUSE_CHAIN.test('加强领导,明确责任,确保政务公开落到实处')).toBe(true);
    expect(CLAUSE_CHAIN.test('公开内容,2009年1月1日至2009年12月31日')).toBe(false);
    expect(CLAUSE_CHAIN.test('政府信息公开行政法复议、行政诉讼情况行政复议')).toBe(false);
    expect(CLAUSE_CHAIN.test('推行政务公开是事关政务改革的一项重要工作,政策性强,涉及内容多,难度大')).toBe(false);
  });

  it('takes 三、 glued to a flattened table cell: …13575394432.52元三、收到和处理政府信息公开申请情况 (corpus 019)', () => {
    const t =
      '一、总体情况 正文。二、主动公开政府信息情况 第二十条第（一）项信息内容政府集中采购13575394432.52元' +
      '三、收到和处理政府信息公开申请情况（本列数据的勾稽关系为：第一项加第二项之和）申请人情况';
    expect(titles(sections(t))).toEqual(['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况']);
  });
});

describe('PDF text: a line break inside an official title (the eval\'s wrapped variant of wild 019 and 028)', () => {
  it('joins the title across the break, glued to a table cell or after a sentence end; the span keeps the break', () => {
    const t =
      '一、总体情况 正文。二、主动公开政府信息情况 正文。三、收到和处理政府信息公开申请情况 正文。四、政府信息公开行政复议、行政诉讼情况\n' +
      '结果维持结果纠正其他结果尚未审结\n总计000000000000000五、存在的主要问题及改进情\n况2024年，我局政务公开工作取得了一定的成效。' +
      '提升政企民互动实效。六、其他\n需要报告的事项2025年，无收取信息处理费情况。';
    const ss = sections(t);
    expect(titles(ss)).toEqual([
      '总体情况',
      '主动公开政府信息情况',
      '收到和处理政府信息公开申请情况',
      '政府信息公开行政复议、行政诉讼情况',
      '存在的主要问题及改进情况',
      '其他需要报告的事项',
    ]);
    expect(ss[4].heading).toBe('五、存在的主要问题及改进情\n况');
    checkSpans(t, ss);
  });

  it('does not carry a title whole on its line into the next line (negative): 四、收费及减免情况\n及时…', () => {
    const t = '一、概述\n正文。\n二、主动公开政府信息情况\n正文。\n三、依申请公开政府信息情况\n正文。\n四、收费及减免情况\n及时答复了申请人。';
    expect(titles(sections(t)).at(-1)).toBe('收费及减免情况');
  });
});

describe('sectionPathAt', () => {
  it('gives the headings around an offset, outermost first', () => {
    const text = '一、概述\n正文。\n二、主动公开政府信息情况\n（一）公开内容\n主动公开信息3836条。\n';
    const ss = sections(text);
    expect(sectionPathAt(ss, text.indexOf('3836'))).toEqual(['二、主动公开政府信息情况', '（一）公开内容']);
    expect(sectionPathAt(ss, text.indexOf('正文'))).toEqual(['一、概述']);
  });
});

describe('pathological input stays linear', () => {
  it.each([
    ['1', '1'.repeat(1e5)],
    ['（', '（'.repeat(1e5)],
    ['一、', '一、'.repeat(5e4)],
    ['(1)', '(1)'.repeat(3e4)],
    ['1、a', '1、a'.repeat(3e4)],
  ])('%s repeated', (_name, text) => {
    const ss = sections(text);
    expect(Array.isArray(ss)).toBe(true);
  });
});

describe('crawled text stored with half-width punctuation', () => {
  // 009 as a page store that turned 。，：；（） into . , : ; ( ) would keep it: run-in headings after a '.'
  const ascii = readFileSync(new URL('../../fixtures/corpus/009-a-pingtan-2015.txt', import.meta.url), 'utf8').replace(
    /[，。：；（）]/g,
    (c) => ({ '，': ',', '。': '.', '：': ':', '；': ';', '（': '(', '）': ')' })[c]!,
  );
  it('takes a heading after a half-width full stop (009: …成效.二、主动公开政府信息情况)', () => {
    expect(sections(ascii).map((s) => s.marker)).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
  });
  it('does not take 2.5 as a sentence end before a heading', () => {
    expect(sections('增长2.5二、倍数。')).toEqual([]);
  });
});

describe('endsLikeTitle: the ending pattern on the last characters only', () => {
  const whole = new RegExp(`(?:${TITLE_ENDINGS.map(([w]) => w).join('|')})$`);
  it('answers as the pattern on the whole title, for random titles built of endings and their pieces', () => {
    const words = TITLE_ENDINGS.flatMap(([w]) => [w, w[0], w.slice(1)]);
    const piece = fc.constantFrom(...words, '的', '、', ' ', '\n', 'x', '主动公开');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const s = parts.join('');
        expect(endsLikeTitle(s), JSON.stringify(s)).toBe(whole.test(s));
      }),
      { numRuns: 3000 },
    );
    for (const [word, heading] of TITLE_ENDINGS) {
      expect(endsLikeTitle(heading), heading).toBe(whole.test(heading));
      expect(endsLikeTitle(`${heading}。`), heading).toBe(false);
      expect(endsLikeTitle(word)).toBe(true);
    }
  });
});
