import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInput, normalizeForMatching } from '../../src/input/index.js';
import { findSections, splitReports } from '../../src/segment/index.js';
import { readMetadata, type ReportMetadata } from '../../src/profiles/disclosure/metadata/metadata.js';
import type { Fact } from '../../src/schema/report.js';

function meta(text: string, facts: Fact[] = []): ReportMetadata {
  const norm = normalizeForMatching(text);
  return readMetadata(text, norm, findSections(text, norm), facts);
}

/** A dateRange fact as the extract stage gives it, for `quote` (first occurrence) in `text`. */
function rangeFact(text: string, quote: string, value: string): Fact {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return { kind: 'dateRange', value, quote, span: { start, end: start + quote.length }, sectionPath: [], rule: 'test', source: 'text' };
}

const corpus = new URL('../../fixtures/corpus/', import.meta.url);
const files = readdirSync(corpus).filter((f) => /\.(txt|html)$/.test(f));
const textOf = (file: string) => readInput(readFileSync(new URL(file, corpus))).text;

describe('agency and year of every corpus report match the human readings (gold)', () => {
  const tally = { agency: 0, year: 0 };
  it.each(files)('%s', (file) => {
    const text = textOf(file);
    const gold = JSON.parse(readFileSync(new URL(file.replace(/\.(txt|html)$/, '.gold.json'), corpus), 'utf8'));
    const m = meta(text);
    if (m.agency === gold.agency) tally.agency++;
    if (m.year === gold.year) tally.year++;
    expect({ agency: m.agency, year: m.year }).toEqual({ agency: gold.agency, year: gold.year });
    // the span shows where the name stands (for 我区管委会办公室 the place comes from the title)
    const { agencySpan, yearSpan } = m.meta;
    expect(gold.agency.endsWith(text.slice(agencySpan!.start, agencySpan!.end))).toBe(true);
    expect(text.slice(yearSpan!.start, yearSpan!.end)).toContain(String(gold.year));
  });
  it('every corpus report was read (the folder is not empty) and all agencies and years are right', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(tally).toEqual({ agency: files.length, year: files.length });
  });
});

describe('metadata phrasings from the corpus', () => {
  it('reads 我区管委会办公室编制完成了本报告 with the title’s place: 平潭综合实验区管委会办公室 (009)', () => {
    const m = meta(textOf('009-a-pingtan-2015.txt'));
    expect(m.agency).toBe('平潭综合实验区管委会办公室');
  });

  it('reads the title from the archive’s 标题: line and 发布时间: 2016-01-12 16:08 as ISO (009)', () => {
    const text = textOf('009-a-pingtan-2015.txt');
    const m = meta(text);
    expect(m.title).toBe('平潭综合实验区2015年度政府信息公开工作年度报告');
    expect(text.slice(m.meta.titleSpan!.start, m.meta.titleSpan!.end)).toBe(m.title);
    expect(m.publishedAt).toBe('2016-01-12T16:08');
    expect(text.slice(m.meta.publishedAtSpan!.start, m.meta.publishedAtSpan!.end)).toBe('2016-01-12 16:08');
  });

  it('reads 发布时间:2011-03-14 18:20:44 with seconds and 发布日期:2011-01-01 without a time (054, 055)', () => {
    expect(meta(textOf('054-a-tangcun-2010.txt')).publishedAt).toBe('2011-03-14T18:20:44');
    expect(meta(textOf('055-a-xinghua-2010.txt')).publishedAt).toBe('2011-01-01');
  });

  it('joins a PDF title broken over two lines and reads the agency after the year (034)', () => {
    const m = meta(textOf('034-b-shanghai-bgt-2025.txt'));
    expect(m.title).toBe('2025 年上海市人民政府办公厅政府信息公开工作年度报告');
    expect(m.agency).toBe('上海市人民政府办公厅');
  });

  it('reads the period 2025\\n年 1 月 1 日至 12 月 31 日 from the text when no fact gives it (034)', () => {
    const text = textOf('034-b-shanghai-bgt-2025.txt');
    const m = meta(text);
    expect(m.period).toMatchObject({ start: '2025-01-01', end: '2025-12-31', quote: '2025\n年 1 月 1 日至 12 月 31 日' });
    expect(text.slice(m.period!.span.start, m.period!.span.end)).toBe(m.period!.quote);
  });

  it('takes the period from the dateRange fact in the 统计期限 sentence, not from another range (009)', () => {
    const text = textOf('009-a-pingtan-2015.txt');
    const other = rangeFact(text, '2015年', '2015-01-01/2015-12-31');
    const period = rangeFact(text, '自2015年1月1日起至2015年12月31日', '2015-01-01/2015-12-31');
    const m = meta(text, [{ ...other, value: '2014-01-01/2014-12-31' }, period]);
    expect(m.period).toEqual({ start: '2015-01-01', end: '2015-12-31', quote: period.quote, span: period.span });
  });

  it('reads 统计期限 without a year on the end date: 2010年1月1日至12月31日止 (054)', () => {
    expect(meta(textOf('054-a-tangcun-2010.txt')).period).toMatchObject({ start: '2010-01-01', end: '2010-12-31' });
  });

  it('gives no period for 统计期限自至。 (043: the dates are missing in the source)', () => {
    expect(meta(textOf('043-a-pingtan-xian-2013.txt')).period).toBeUndefined();
  });

  it('reads a title year in Chinese or full-width digits: 二〇一三年 / ２０１９年度', () => {
    expect(meta('某某县人民政府二〇一三年政府信息公开工作年度报告\n\n一、概述\n正文。').year).toBe(2013);
    expect(meta('某某县人民政府２０１９年度政府信息公开工作年度报告\n\n一、概述\n正文。').year).toBe(2019);
    expect(meta('某某县人民政府２０１９年度政府信息公开工作年度报告\n\n一、概述\n正文。').agency).toBe('某某县人民政府');
  });

  it('reads a signature with its date at the end, but not a site name above the title or a footer line', () => {
    const body = '\n一、概述\n我办高度重视政府信息公开工作。\n二、主动公开政府信息情况\n主动公开信息32条。\n';
    expect(meta(`某某市政府信息公开工作年度报告${body}某某市人民政府办公室\n2020年1月15日\n`).agency).toBe('某某市人民政府办公室');
    expect(meta(`某某市人民政府办公厅\n首页\n某某市政府信息公开工作年度报告${body}`).agency).toBe('某某市政府');
    expect(meta(`某某市2019年政府信息公开工作年度报告${body}某某市人民政府\n`).agency).toBe('某某市');
  });

  it('reads the name before 信息公开 in a title without a leading year: …办公室政府信息公开工作年度报告（2023年度）', () => {
    const m = meta('某某区人民政府办公室政府信息公开工作年度报告（2023年度）\n\n一、概述\n正文。');
    expect([m.agency, m.year]).toEqual(['某某区人民政府办公室', 2023]);
  });

  it('reads a title that runs into the body and a signature glued to the last sentence (crawled text)', () => {
    const text =
      '北京市朝阳区人民政府2023年政府信息公开工作年度报告本报告是根据《条例》要求编制。' +
      '本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。一、总体情况2023年，朝阳区坚持。' +
      '六、其他需要报告的事项本年度未收取信息处理费。北京市朝阳区人民政府办公室2024年1月20日';
    const m = meta(text);
    expect(m.title).toBe('北京市朝阳区人民政府2023年政府信息公开工作年度报告');
    expect(m.agency).toBe('北京市朝阳区人民政府办公室');
    expect(text.slice(m.meta.agencySpan!.start, m.meta.agencySpan!.end)).toBe(m.agency);
    expect(m.year).toBe(2023);
  });

  it.each([
    ['根据《条例》要求，现向社会公布沭阳县发展和改革局2023年度政府信息公开年度报告。', '沭阳县发展和改革局'],
    ['现将某某市自然资源局2019年政府信息公开工作情况报告如下。', '某某市自然资源局'],
    ['本报告由某某区人民政府办公室根据《条例》编制。', '某某区人民政府办公室'],
    ['局领导高度重视，及时成立了国资金融局政府信息公开领导小组。', '国资金融局'],
  ])('reads the body naming itself: %s', (sentence, agency) => {
    const text = `${sentence}\n一、概述\n我局高度重视政府信息公开工作。`;
    const m = meta(text);
    expect(m.agency).toBe(agency);
    expect(text.slice(m.meta.agencySpan!.start, m.meta.agencySpan!.end)).toBe(agency);
  });

  it('does not take a year from 《关于做好2016年…的通知》 over the report’s own 2015年度', () => {
    const text = '根据《关于做好2016年政务公开工作的通知》要求，现将我局2015年度政府信息公开工作情况报告如下。2016年，我局将继续。';
    expect(meta(text).year).toBe(2015);
  });
});

// Read from fixtures/seed/000_b61ef283626af920.txt by hand, report by report.
// 篇2, 篇7 say only 我局; 篇3 says 我局 and names 县教育局 only in document names and as its reading room (read as its name,
// as the reading pian03 does); 篇8 blanks every name (××).
// 篇3 and 篇10 had their years deleted (年我局…), 篇6 (20*年) and 篇8 (20**年) blanked them.
const SEED: Array<{ agency?: string; year?: number; warning?: 'YEAR_REDACTED' | 'YEAR_UNKNOWN' }> = [
  { agency: '市城管执法局', year: 2011 }, // 市城管执法局立足职能… ; 城管执法局2011年度共接受市民咨询475次
  { warning: 'YEAR_UNKNOWN' }, // 今年,我局为进一步…
  { agency: '县教育局', warning: 'YEAR_UNKNOWN' }, // 我局 throughout; 县教育局办公室 its reading point (year deleted)
  { agency: '***市人口和计划生育局', year: 2010 }, // its own line; 我局2010年度政府信息公开的有关情况
  { agency: '县教育局', year: 2011 }, // 《县教育局政府信息公开指南》; 本局2011年度未接到
  { agency: '市环保局', warning: 'YEAR_REDACTED' }, // 20*年市环保局在市委、市政府的正确领导下
  { warning: 'YEAR_UNKNOWN' }, // 我局严格按照原则… (no year, no name)
  { warning: 'YEAR_REDACTED' }, // 统计期限自20**年5月1日…至20**年12月31日止; ××
  { agency: '国资金融局', year: 2020 }, // 成立了国资金融局政府信息公开领导小组; 2020年未收到
  { agency: '县人民政府', warning: 'YEAR_UNKNOWN' }, // 请与县人民政府办公室信息中心联系 (《县政府信息公开报告》 may be 县 + 政府信息公开报告)
];

describe('seed page metadata, report by report', () => {
  const seed = readFileSync(new URL('../../fixtures/seed/000_b61ef283626af920.txt', import.meta.url), 'utf8');
  const slices = splitReports(seed, normalizeForMatching(seed));
  it.each(SEED.map((e, i) => [i + 1, e] as const))('篇%i', (_n, expected) => {
    const s = slices[_n - 1];
    const text = seed.slice(s.start, s.end);
    const m = meta(text);
    expect({ agency: m.agency, year: m.year }).toEqual({ agency: expected.agency, year: expected.year });
    expect(m.warnings.map((w) => w.code)).toEqual(expected.warning ? [expected.warning] : []);
    expect(m.title).toBeUndefined();
    if (m.agency) expect(text.slice(m.meta.agencySpan!.start, m.meta.agencySpan!.end)).toBe(m.agency);
    for (const w of m.warnings) if (w.span) expect(text.slice(w.span.start, w.span.end)).toMatch(/^20[*]{1,2}年$/);
  });

  it('篇8: a redacted period (20**年5月1日…20**年12月31日) gives no period', () => {
    const s = slices[7];
    expect(meta(seed.slice(s.start, s.end)).period).toBeUndefined();
  });
});
