import type { Report } from '../../index.js';
import { valueAt } from '../columns.js';
import { segmentLabel } from '../../profiles/disclosure/templates/index.js';
import type { FileError, OutputFormat, RunTotals } from './types.js';

/** The registry's words for a row of an official table (`applications.granted.total` → 予以公开). */
const rowWords = (key: string) => {
  const parts = key.split('.');
  return segmentLabel(parts[0], parts[1])!.join('');
};

/** The figures a reader looks at first, shown when the report states them: label, indicator key, unit. */
const KEY_INDICATORS: Array<[string, string, string]> = [
  ['主动公开', 'proactive.totalPublished', '条'],
  ['新收申请', 'applications.newReceived.total', '件'],
  ['上年结转', 'applications.carriedOver.total', '件'],
  [rowWords('applications.granted.total'), 'applications.granted.total', '件'],
  [rowWords('applications.partiallyGranted.total'), 'applications.partiallyGranted.total', '件'],
  ['办理总计', 'applications.totalHandled.total', '件'],
  [rowWords('reviewsAndLawsuits.review.total'), 'reviewsAndLawsuits.review.total', '件'],
  ['行政诉讼', 'reviewsAndLawsuits.lawsuitDirect.total', '件'],
  [rowWords('reviewsAndLawsuits.lawsuitAfterReview.total'), 'reviewsAndLawsuits.lawsuitAfterReview.total', '件'],
  ['信息处理费', 'feesCollectedYuan', '元'],
];

/** The key indicators a report states, as `主动公开 1234条 · 新收申请 56件`. */
function keyIndicators(r: Report): string {
  const parts = KEY_INDICATORS.flatMap(([label, key, unit]) => {
    const v = valueAt(r.indicators, key);
    return typeof v === 'number' ? [`${label} ${v}${unit}`] : [];
  });
  return parts.length ? parts.join(' · ') : '（未读出）';
}

/** One report as a short block a person can scan. */
function reportBlock(r: Report, file: string, count: number): string {
  const codes = [...new Set(r.warnings.map((w) => w.code))];
  const period = r.period ? `   统计期 ${r.period.start} 至 ${r.period.end}` : '';
  return [
    `■ ${file}${count > 1 ? ` · 篇${r.source.index + 1}/${count}` : ''}`,
    `  标题  ${r.title ?? '（未读出）'}`,
    `  机关  ${r.agency ?? '（未读出）'}   年度 ${r.year ?? '（未知）'}${period}`,
    `  结构  章节 ${r.sections.length} · 数据 ${r.facts.length} · 表格 ${r.tables.length} · 警告 ${r.warnings.length}${codes.length ? ` (${codes.join(', ')})` : ''}`,
    `  指标  ${keyIndicators(r)}`,
    '',
  ].join('\n');
}

/** `summary`: a readable block per report, then the totals and the failed files (for `npm run sample`). */
export const summaryFormat: OutputFormat = {
  name: 'summary',
  fileName: 'summary.txt',
  head: () => '',
  render: (reports, file) => reports.map((r) => reportBlock(r, file, reports.length)).join(''),
  separator: '',
  tail: (t: RunTotals, errors: FileError[]) =>
    [
      `合计：${t.files} 个文件，${t.reports} 篇报告，${t.facts} 个数字，${t.warnings} 条警告，${t.failed} 个失败`,
      ...errors.map((e) => `  ✗ ${e.file}: ${e.reason}`),
      '',
    ].join('\n'),
  holdsErrors: true,
};
