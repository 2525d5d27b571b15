// A series warning in 中文 for the series page: the message from the warnings table, then the figures behind it
// written from the warning's data (never from the English detail).
import { reportFormatLabel } from '../../profiles/disclosure/templates/formatLabels.js';
import { WARNING_MESSAGES } from '../../schema/warnings.js';
import { changeParts, type SeriesWarning } from '../../series/checks.js';

type Label = (key: string) => string;
type Detail = (w: SeriesWarning, label: Label) => string | undefined;

const num = (v: unknown) => (typeof v === 'number' ? String(v) : '—');
const year = (w: SeriesWarning, i: number) => (w.reports[i]?.year !== undefined ? `${w.reports[i].year}年` : '');

/** The detail of each code, from `warning.data`; one entry per code, each with the detail it writes. */
const DETAILS: Partial<Record<SeriesWarning['code'], Detail>> = {
  // 缺少 2016、2017、2018 年度
  YEAR_GAP: (w) => (Array.isArray(w.data?.missing) ? `缺少 ${(w.data.missing as number[]).join('、')} 年度` : undefined),
  // 2024年 两份报告：1 项数字不同（主动公开·行政强制·处理决定数量 65 ≠ 56）
  DUPLICATE_REPORT: (w, label) => {
    if (w.data?.sameText) return `${num(w.data.year)}年 两份报告，正文相同`;
    const conflicts = (w.data?.conflicts ?? []) as Array<{ key: string; first: { value?: number }; second: { value?: number } }>;
    if (!conflicts.length) return `${num(w.data?.year)}年 两份报告，正文不同，数字相同`;
    return `${num(w.data?.year)}年 两份报告，${conflicts.length} 项数字不同（${conflicts.map((c) => `${label(c.key)} ${num(c.first.value)} ≠ ${num(c.second.value)}`).join('；')}）`;
  },
  // 2019年→2020年 依申请公开·结转下年度继续办理·自然人 3 ≠ 依申请公开·上年结转·自然人 2
  CARRY_OVER_MISMATCH: (w, label) =>
    `${year(w, 0)}→${year(w, 1)} ${label(`applications.carriedForward.${String(w.data?.column)}`)} ${num(w.data?.carriedForward)} ≠ ${label(`applications.carriedOver.${String(w.data?.column)}`)} ${num(w.data?.carriedOver)}`,
  // 上年历年累计 78967 ＋ 本年主动公开 2949 = 81916 ≠ 本年历年累计 81961
  CUMULATIVE_MISMATCH: (w) =>
    `${year(w, 0)}历年累计 ${num(w.data?.previousCumulative)} ＋ ${year(w, 1)}主动公开 ${num(w.data?.published)} = ${num(w.data?.expected)} ≠ ${year(w, 1)}历年累计 ${num(w.data?.cumulative)}`,
  // 主动公开·行政强制·本年处理决定数量：2022年 0 → 2024年 65（+65，相隔 2 年）; 12 → 243（+231，×20.3）
  FIGURE_JUMP: (w, label) => {
    const { key, from, to, yearsApart, acrossFormats } = w.data ?? {};
    if (typeof key !== 'string' || typeof from !== 'number' || typeof to !== 'number') return undefined;
    const notes = [...changeParts(from, to), ...(Number(yearsApart) > 1 ? [`相隔 ${Number(yearsApart)} 年`] : []), ...(acrossFormats ? ['报告格式已变'] : [])];
    return `${label(key)}：${year(w, 0)} ${from} → ${year(w, 1)} ${to}（${notes.join('，')}）`;
  },
  // 2016年 文字版 → 2019年 2019版表格；口径不同：依申请公开·本年新收·总计
  FORMAT_CHANGED: (w, label) => {
    if (typeof w.data?.from !== 'string' || typeof w.data?.to !== 'string') return undefined;
    const from = reportFormatLabel(w.data?.from as string | undefined) ?? String(w.data?.from);
    const to = reportFormatLabel(w.data?.to as string | undefined) ?? String(w.data?.to);
    const keys = Object.keys((w.data?.keys ?? {}) as object).map((k) => label(k));
    return `${year(w, 0)} ${from} → ${year(w, 1)} ${to}${keys.length ? `；口径不同：${keys.join('、')}` : ''}`;
  },
};

/** A series warning as one 中文 line: `年度序列有缺失：缺少 2016、2017 年度`. */
export function seriesWarningZh(w: SeriesWarning, label: Label = (k) => k): string {
  const message = Object.hasOwn(WARNING_MESSAGES, w.code) ? WARNING_MESSAGES[w.code].zh : w.code;
  const detail = DETAILS[w.code]?.(w, label);
  return detail ? `${message}：${detail}` : message;
}
