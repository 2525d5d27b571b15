/**
 * Metadata from the title, the first sentence, the body naming itself and the closing signature (落款), with one
 * normalisation for every path (issue 13). The phrasings are those of the issue (reports kept out of tuning) set in
 * the layouts the corpus shows: line-broken text and crawled one-line text.
 */
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../src/input/index.js';
import { findSections } from '../../src/segment/index.js';
import { readMetadata } from '../../src/profiles/disclosure/metadata/metadata.js';
import { readFileSync } from 'node:fs';
import { SIGNATURE_FORMS, asWritten } from '../../src/profiles/disclosure/metadata/metadataAgency.js';

function meta(text: string) {
  const norm = normalizeForMatching(text);
  const m = readMetadata(text, norm, findSections(text, norm), []);
  // every agency and year keeps its span into the text
  if (m.agency) expect(text.slice(m.meta.agencySpan!.start, m.meta.agencySpan!.end).replace(/\s*\n\s*/g, '')).toBe(m.agency);
  if (m.year) expect(text.slice(m.meta.yearSpan!.start, m.meta.yearSpan!.end)).toMatch(String(m.year));
  return m;
}

describe('a title that is only 政府信息公开工作年度报告: the agency from elsewhere', () => {
  it('from the closing signature (落款) with its date, redaction marks kept (××机关)', () => {
    const m = meta('政府信息公开工作年度报告\n\n本报告是根据《中华人民共和国政府信息公开条例》要求编制。\n\n一、总体情况\n2023年，本机关认真贯彻落实条例。\n\n××机关\n2024年1月20日\n');
    expect(m).toMatchObject({ title: '政府信息公开工作年度报告', agency: '××机关', year: 2023 });
  });
  it('from the first sentence (***市…在市委、市政府的正确领导下)', () => {
    const m = meta('政府信息公开工作年度报告\n2023年，***市人力资源和社会保障局在市委、市政府的正确领导下，认真贯彻落实条例。\n一、总体情况\n正文。\n');
    expect(m.agency).toBe('***市人力资源和社会保障局');
  });
  it('from the first sentence under the first heading, in crawled one-line text', () => {
    const m = meta('政府信息公开工作年度报告 本报告是根据《中华人民共和国政府信息公开条例》要求编制。一、总体情况2023年，××机关坚持以习近平新时代中国特色社会主义思想为指导。二、主动公开政府信息情况 略。');
    expect(m.agency).toBe('××机关');
  });
  it('from the body naming itself (现公布××区人民政府2022年…年度报告)', () => {
    const m = meta('政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，现公布××区人民政府2022年政府信息公开工作年度报告。\n一、总体情况\n正文。\n');
    expect(m).toMatchObject({ agency: '××区人民政府', year: 2022 });
  });
  it('one normalisation for every path: as written, a PDF line break inside the name dropped', () => {
    const text = '2025 年上海市人民政府办\n公厅政府信息公开工作年度报告';
    const start = text.indexOf('上海');
    expect(asWritten(text, { start, end: text.indexOf('政府信息公开') })).toBe('上海市人民政府办公厅');
    expect(asWritten('××机关', { start: 0, end: 4 })).toBe('××机关');
  });
  it('a title naming a redacted agency keeps the marks (***市人口和计划生育局, seed 篇4 style)', () => {
    expect(meta('***市人口和计划生育局2009年政府信息公开工作年度报告\n一、概述\n正文。\n').agency).toBe('***市人口和计划生育局');
  });
});

describe('agency from the contact office and from a body that only says 我局 (seed 篇3, 篇10)', () => {
  it('from the contact sentence, the name before its office: 请与县人民政府办公室信息中心联系 (篇10)', () => {
    const m = meta('根据《条例》的规定，特向社会公布《县政府信息公开报告》。如对本报告有任何疑问，请与县人民政府办公室信息中心联系。\n一、政府信息公开工作概述\n全县政府信息公开工作重点开展了5方面。\n');
    expect(m.agency).toBe('县人民政府');
  });
  it('not 县政府 from 《县政府信息公开报告》: 政府 there may be the 政府 of 政府信息公开', () => {
    const m = meta('特向社会公布《县政府信息公开报告》。\n一、政府信息公开工作概述\n全县政府信息公开工作重点开展了5方面。\n');
    expect(m.agency).toBeUndefined();
  });
  it('from the contact office of a department: 请与平潭综合实验区交通与建设局办公室联系 (wild 016)', () => {
    const m = meta('本报告电子版可在门户网站下载。如对该报告有任何疑问，请与平潭综合实验区交通与建设局办公室联系(地址：平潭)。一、总体情况 我局认真贯彻。');
    expect(m.agency).toBe('平潭综合实验区交通与建设局');
  });
  it.each([
    // wild 050 (burned): a cover letter to 区管委会办公室 (the addressee, not the author), no title, no signature
    ['区管委会办公室：根据《中华人民共和国政府信息公开条例》的要求，我局编制了2016年度政府信息公开年度报告。如对本报告有任何疑问，请联系：平潭综合实验区公安局政府信息公开办公室，电话：0591—62561118。概述2016年，我局政府信息公开工作', '平潭综合实验区公安局'],
    // wild 043, with its title taken off (the title names the body first)
    ['本报告的电子版可在平潭县人民政府网站下载。如对本报告有任何疑问，请联系平潭县食品药品监督管理局办公室，联系电话：0591-24135799。 一、概述 正文。', '平潭县食品药品监督管理局'],
    // wild 019, with its title taken off
    ['如对本报告有任何疑问，请联系平潭综合实验区交通与建设局办公室 (地址：金井湾商务运营中心7号楼7层)。一、总体情况 正文。', '平潭综合实验区交通与建设局'],
  ])('from 请联系 before the office, ended by a comma or a bracket: %s', (text, agency) => {
    const m = meta(text);
    expect(m.agency).toBe(agency);
    expect(m.meta.agencySpan!.start).toBe(text.indexOf(agency));
  });
  it('the same with PDF line breaks inside the name (050 wrapped every 30 characters): the name read whole, its span across the break', () => {
    const text = '区管委会办公室：我局编制了2016年度政府信息公开年度报告。如对本报告有任何疑问，请联系：平潭综\n合实验区公安局政府信息公开办公室，电话：0591—\n62561118。概述2016年，我局';
    const m = meta(text);
    expect(m.agency).toBe('平潭综合实验区公安局');
    expect(text.slice(m.meta.agencySpan!.start, m.meta.agencySpan!.end)).toBe('平潭综\n合实验区公安局');
  });
  it.each([
    ['如对本报告有任何疑问，请与平潭综合实验区政府信息公开工作办公室联系。一、概述 正文。', 'corpus 009: an office of no named body'],
    ['如有疑问，请联系本局办公室。一、概述 正文。', 'the body calls itself 本局: no name'],
    ['请联系平潭县食品药品监督管理局办公室主任', 'no comma or bracket after the office: a person'],
  ])('no agency from %s (%s)', (text) => {
    expect(meta(text).agency).toBeUndefined();
  });
  it('not from a contact sentence that names a person or no body (请与我们联系)', () => {
    expect(meta('如有疑问，请与我们联系。\n一、概述\n我局认真贯彻。\n').agency).toBeUndefined();
  });
  it('我局 + the one 局 the body writes on a line of its own or opening a document title (篇3: 县教育局办公室)', () => {
    const text = '一、概述\n1、领导重视\n我局高度重视政府信息公开工作。\n2.制度。修订完善了《县教育局领导干部保密工作责任制》。\n5、公共查阅点\n县教育局办公室\n二、主动公开政府信息情况\n年我局主动公开政府信息15条。\n';
    const m = meta(text);
    expect(m.agency).toBe('县教育局');
    expect(m.meta.agencySpan!.start).toBe(text.indexOf('县教育局领导'));
  });
  it('not when the body names two different 局 that way, nor from a line that is a sentence (为了保证局…)', () => {
    expect(meta('一、概述\n我局高度重视。我局认真落实。\n依据《省财政局信息公开办法》和《市审计局工作规程》。\n').agency).toBeUndefined();
    expect(meta('一、概述\n我局高度重视。我局认真落实。\n为了保证局机关工作正常运行\n').agency).toBeUndefined();
  });
  it('not when the body does not call itself 我局 (a 局 named in a document title is someone else)', () => {
    expect(meta('一、概述\n本镇认真落实《县教育局领导干部保密工作责任制》。\n').agency).toBeUndefined();
  });
});

describe('title variants and a signature glued before the archive’s 附件下载', () => {
  it('reads a 情况总结 title (wild 035: 平潭县卫生局2013年度政府信息公开情况总结) and its agency', () => {
    const m = meta('平潭县卫生局2013年度政府信息公开情况总结\n一、年度政府信息公开工作基本情况\n局领导高度重视。\n');
    expect(m).toMatchObject({ title: '平潭县卫生局2013年度政府信息公开情况总结', agency: '平潭县卫生局', year: 2013 });
  });
  it('reads a …关于2018年度政府信息公开工作的报告 title', () => {
    const m = meta('平潭综合实验区公安局关于2018年度政府信息公开工作的报告\n一、概述\n2018年，我局认真贯彻。\n');
    expect(m).toMatchObject({ agency: '平潭综合实验区公安局', year: 2018 });
  });
  it('does not take a body sentence ending in 情况报告 without 政府信息公开 for a title', () => {
    const m = meta('现将有关工作情况报告\n一、概述\n2018年，我局认真贯彻。\n');
    expect(m.title).toBeUndefined();
  });
  it('reads a signature glued to the last sentence with the archive’s 附件下载 after it', () => {
    const m = meta('政府信息公开工作年度报告 一、概述 本机关认真贯彻条例。二、其他 无。平潭综合实验区公安局2019年1月15日 附件下载');
    expect(m.agency).toBe('平潭综合实验区公安局');
  });
  it('not a name and date in the middle of the text', () => {
    const m = meta('政府信息公开工作年度报告 一、概述 本机关认真贯彻条例。平潭综合实验区公安局2019年1月15日召开会议部署工作。二、其他 无。');
    expect(m.agency).toBeUndefined();
  });
});

describe('signatures (落款) of the 2009–2013 templates, read when nothing before them names the body', () => {
  it.each(SIGNATURE_FORMS.map((f) => [f.id, f] as const))('%s: its example reads, its counter-example does not', (_id, form) => {
    const hits = (s: string) => [...normalizeForMatching(s).matchAll(form.pattern)].map((m) => m[1]);
    expect(hits(form.example)).toHaveLength(1);
    expect(meta(`政府信息公开工作年度报告 ${form.example}`).agency).toBe(hits(form.example)[0]);
    expect(hits(form.counterExample)).toEqual([]);
    expect(meta(`政府信息公开工作年度报告 ${form.counterExample}`).agency).toBeUndefined();
  });

  // the archive's page without its header and breadcrumb (标题:, 发布机构:, 当前位置 … 相关链接：): only the body is left
  const wild = (stem: string) => readFileSync(new URL(`../../fixtures/wild/${stem}.txt`, import.meta.url), 'utf8');
  const bodyOf = (page: string) => {
    const body = page.slice(page.indexOf('\n', page.indexOf('正文 ====')) + 1);
    const links = body.indexOf('相关链接：');
    return links >= 0 && links < 400 ? body.slice(links + '相关链接：'.length) : body;
  };

  it.each([
    ['032-pingtan-jisheng-2011', '平潭县人口与计划生育局'], // 二○一一年元月二十日 (元月)
    ['034-pingtan-kejiwenti-2012', '平潭县科技文体局'], // 二0一三年三月十三日 (a digit 0), before 附件下载
    ['052-pingtan-zhijian-2009', '平潭县质量技术监督局'], // 二○一○年四月十日 glued to the name, before 附表
  ])('wild %s, body only: the signature names %s', (stem, agency) => {
    expect(meta(bodyOf(wild(stem))).agency).toBe(agency);
  });

  it('the title still wins over a signature that writes the name differently (wild 032: 和 in the title, 与 below)', () => {
    expect(meta(wild('032-pingtan-jisheng-2011')).agency).toBe('平潭县人口和计划生育局');
  });

  it('a body that never names itself stays unnamed (wild 008: 我们, 本单位; no signature)', () => {
    expect(meta(bodyOf(wild('008-pingtan-guangdian-2011'))).agency).toBeUndefined();
  });
});

describe('PDF text: a line break inside a name, a date or a phrase (real text filled to a 30-character margin)', () => {
  it('a signature whose name the margin cut (…安全生产监督管\\n理局, wild 044) is read whole, span over both lines', () => {
    const text = '政府信息公开工作年度报告\n信息公开工作。\n属性的确定更好地融入日常业务工作。 平潭县安全生产监督管\n理局 二○一二年二月十日\n';
    const m = meta(text);
    expect(m.agency).toBe('平潭县安全生产监督管理局');
    expect(text.slice(m.meta.agencySpan!.start, m.meta.agencySpan!.end)).toBe('平潭县安全生产监督管\n理局');
  });
  it('never the cut tail of a name (理局) — passed over when the words before it are no name (constructed from wild 002 words)', () => {
    const text = '政府信息公开工作年度报告\n信息公开工作。\n一是我局政府信息公开工作经办人员少公开信息查阅场所没有单独设立合并于局综合科管\n理局 二○一二年二月十日\n';
    expect(meta(text).agency).toBeUndefined();
  });
  it('a signature date broken by the margin (平潭县公安局 二○一○年\\n四月十日, wild 001)', () => {
    const text = '公安局2009年度政府信息公开工作年度报告\n属性的确定更好地融入日常业务工作。 平潭县公安局 二○一○年\n四月十日 附表： 指\n';
    expect(meta(text).agency).toBe('平潭县公安局');
  });
  it('a signature glued to the 附表 whose date the margin put on the next line (…数条0 平潭综合实验区财政金融局\\n2017年1月13日, wild 023)', () => {
    const text = '财金局2016年政府信息公开年度报告\n一、 概述开展政府信息公开工作是我局的重要举措。\n数条0 2、传真申请\n数条0 3、电子邮件申请数条0 平潭综合实验区财政金融局\n2017年1月13日';
    expect(meta(text).agency).toBe('平潭综合实验区财政金融局');
  });
  it('not a name whose next line holds other words before the date (constructed from wild 023 words)', () => {
    const text = '政府信息公开工作年度报告\n一、 概述开展政府信息公开工作是我局的重要举措。\n数条0 3、电子邮件申请数条0 平潭综合实验区财政金融局\n制表 2017年1月13日';
    expect(meta(text).agency).not.toBe('平潭综合实验区财政金融局');
  });
  it('the compiler sentence broken by the margin (我区管\\n委会办公室编制完成了本报告, corpus 009)', () => {
    const text = '平潭综合实验区2015年度政府信息公开工作年度报告\n关事项的通知》（闽政办便函〔2015〕77号）的要求，我区管\n委会办公室编制完成了本报告。本报告由概述、主动公开\n';
    // the value joins the title's place with the body's words, so the span is where the body says it (区管\n委会办公室)
    const norm = normalizeForMatching(text);
    const m = readMetadata(text, norm, findSections(text, norm), []);
    expect(m.agency).toBe('平潭综合实验区管委会办公室');
    expect(text.slice(m.meta.agencySpan!.start, m.meta.agencySpan!.end)).toBe('区管\n委会办公室');
  });
  it('the compiler sentence with the margin inside 编制 (编\n制, \n\n too: the check for 编制 reads across breaks as the sentence does)', () => {
    for (const cut of ['编\n制', '编\n\n制']) {
      const text = `平潭综合实验区2015年度政府信息公开工作年度报告\n关事项的通知》（闽政办便函〔2015〕77号）的要求，我区管委会办公室${cut}完成了本报告。本报告由概述、主动公开\n`;
      const norm = normalizeForMatching(text);
      const m = readMetadata(text, norm, findSections(text, norm), []);
      expect(m.agency, cut).toBe('平潭综合实验区管委会办公室');
      expect(text.slice(m.meta.agencySpan!.start, m.meta.agencySpan!.end)).toBe('区管委会办公室');
    }
    // another character between them is no 编制: not the compiler sentence
    const other = '平潭综合实验区2015年度政府信息公开工作年度报告\n关事项的通知》（闽政办便函〔2015〕77号）的要求，我区管委会办公室编 制完成了本报告。本报告由概述、主动公开\n';
    const norm = normalizeForMatching(other);
    expect(readMetadata(other, norm, findSections(other, norm), []).agency).not.toBe('平潭综合实验区管委会办公室');
  });
});
