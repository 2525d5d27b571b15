import type { Fact, Period, Section, Span } from '../../schema/report.js';
import { makeWarning, type Warning } from '../../schema/warnings.js';

export interface ReportMetadata {
  title?: string;
  agency?: string;
  year?: number;
  period?: Period;
  publishedAt?: string;
  meta: { titleSpan?: Span; agencySpan?: Span; yearSpan?: Span; publishedAtSpan?: Span };
  warnings: Warning[];
}

// 平潭综合实验区2018年度政府信息公开工作年度报告 — a line ending in 报告
const TITLE_LINE = /^[ \t]*(?:标题[:：]\s*)?([^\n]{2,80}?报告)[ \t]*$/m;
const YEAR = /((?:19|20)\d\d)\s*年度?/;

/** Title, agency, year, period and publication date of one report (first version: title and year). */
export function readMetadata(text: string, norm: string, _sections: Section[], _facts: Fact[]): ReportMetadata {
  const out: ReportMetadata = { meta: {}, warnings: [] };
  const t = TITLE_LINE.exec(norm);
  if (t) {
    const start = t.index + t[0].indexOf(t[1]);
    out.title = text.slice(start, start + t[1].length);
    out.meta.titleSpan = { start, end: start + t[1].length };
    const y = YEAR.exec(out.title);
    if (y) {
      out.year = Number(y[1]);
      out.meta.yearSpan = { start: start + y.index, end: start + y.index + y[0].length };
    }
  }
  if (out.year === undefined) out.warnings.push(makeWarning('YEAR_UNKNOWN'));
  return out;
}
