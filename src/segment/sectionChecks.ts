import type { Section } from '../schema/report.js';
import { makeWarning, type Warning } from '../schema/warnings.js';
import { readPreamble } from './officialTitles.js';

// 一、 十二、 — the marker family of official top-level headings
const TOP_MARKER = /^[一二三四五六七八九十]{1,3}[、.．]$/;

// 附表 / 政府信息公开情况统计表 / 附件 — a part the preamble lists last that reports print after the signature, without a
// number (the 2009–2012 template: …存在的主要问题和改进措施、附表等六个部分组成, then 一、 … 五、 and 附表：…统计表)
const APPENDIX_PART = /(?:附表|附件|统计表)$/;

/** 1 when the last part listed is an appendix that no top-level heading holds (it stands unnumbered), else 0. */
function unnumberedAppendix(parts: string[], top: Section[]): number {
  const last = parts[parts.length - 1];
  return last && APPENDIX_PART.test(last) && !top.some((s) => s.title.includes(last)) ? 1 : 0;
}

/**
 * What the headings found leave open, as warnings (never filled in): top-level headings found by their official
 * title alone (HEADING_INFERRED), a gap in the top-level numbering (二、 with no 一、 before it), and a preamble
 * (`本报告由…共七个部分组成`) that lists more or fewer parts than the headings found.
 */
export function checkSections(norm: string, sections: Section[]): Warning[] {
  const warnings: Warning[] = [];
  const top = sections.filter((s) => TOP_MARKER.test(s.marker.trim()) || s.marker === '');
  for (const s of top) {
    if (s.marker === '') warnings.push(makeWarning('HEADING_INFERRED', s.heading, { span: s.headingSpan, data: { title: s.title } }));
  }
  let expected = 1;
  for (const s of top) {
    // a title found bare stands in its part's place: it fills the number it lost
    if (s.marker === '') {
      expected++;
      continue;
    }
    if (s.ordinal > expected) {
      const missing = Array.from({ length: s.ordinal - expected }, (_, i) => expected + i);
      warnings.push(makeWarning('HEADING_MISSING', `${missing.join(', ')} before ${s.heading}`, { span: s.headingSpan, data: { missing } }));
    }
    expected = s.ordinal + 1;
  }
  const preamble = readPreamble(norm);
  if (preamble && top.length > 0 && preamble.count !== top.length && preamble.count - unnumberedAppendix(preamble.parts, top) !== top.length) {
    warnings.push(
      makeWarning('PREAMBLE_PARTS_MISMATCH', `${preamble.count} parts listed, ${top.length} top-level headings found`, {
        span: preamble.span,
        data: { listed: preamble.count, parts: preamble.parts, found: top.map((s) => s.heading) },
      }),
    );
  }
  return warnings;
}
