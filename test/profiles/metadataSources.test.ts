/**
 * Metadata from the title, the first sentence, the body naming itself and the closing signature (落款), with one
 * normalisation for every path (issue 13). The phrasings are those of the issue (reports kept out of tuning) set in
 * the layouts the corpus shows: line-broken text and crawled one-line text.
 */
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../src/input/index.js';
import { findSections } from '../../src/segment/index.js';
import { readMetadata } from '../../src/profiles/disclosure/metadata/metadata.js';
import { asWritten } from '../../src/profiles/disclosure/metadata/metadataAgency.js';

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
