// A static page of small line charts: per agency, one chart per indicator over the years, each on its own scale.
// Years with no report break the line (a dotted bridge crosses the gap); a change of report format is a vertical
// dashed rule, so a reader does not take a 2019 表三 figure for the same thing as a prose-era one.
import { reportFormatLabel } from '../../profiles/disclosure/templates/formatLabels.js';
import type { SeriesWarning } from '../../series/checks.js';
import type { AgencySeries, Series, SeriesRow } from '../../series/compare.js';
import { seriesWarningZh } from './warningText.js';

const W = 300;
const H = 150;
const PAD = { left: 44, right: 14, top: 18, bottom: 24 };
const MAX_CHARTS = 12;

/**
 * Indicators drawn first when an agency reports them in two or more years; then the most often reported others,
 * up to MAX_CHARTS. Headline figures a reader compares across years.
 */
export const HEADLINE_KEYS = [
  'proactive.totalPublished', // 主动公开政府信息 N 条
  'applications.newReceived.total', // 本年新收
  'applications.granted.total', // 予以公开
  'applications.totalHandled.total', // 总计
  'applications.carriedOver.total', // 上年结转
  'applications.carriedForward.total', // 结转下年度继续办理
  'reviewsAndLawsuits.review.total', // 行政复议
  'proactive.licensing.decisions', // 行政许可 处理决定数量
  'proactive.punishment.decisions', // 行政处罚 处理决定数量
  'feesCollectedYuan', // 信息处理费
];

/** Escapes text for HTML and SVG. */
function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The keys to draw for one agency: headline keys first, then the most often reported ones; duplicates left out. */
function pickKeys(rows: SeriesRow[]): Array<[string, SeriesRow[]]> {
  const byKey = new Map<string, SeriesRow[]>();
  for (const row of rows) {
    if (row.duplicate) continue;
    const list = byKey.get(row.key);
    if (list) list.push(row);
    else byKey.set(row.key, [row]);
  }
  const usable = [...byKey].filter(([, rs]) => rs.length >= 2);
  const rank = (k: string) => (HEADLINE_KEYS.includes(k) ? HEADLINE_KEYS.indexOf(k) : HEADLINE_KEYS.length);
  return usable
    .sort(([a, ra], [b, rb]) => rank(a) - rank(b) || rb.length - ra.length || (a < b ? -1 : 1))
    .slice(0, MAX_CHARTS)
    .map(([k, rs]) => [k, [...rs].sort((x, y) => x.year - y.year)]);
}

/** Consecutive-year runs of points: a missing year starts a new run. */
function runs(rows: SeriesRow[]): SeriesRow[][] {
  const out: SeriesRow[][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && r.year === last[last.length - 1].year + 1) last.push(r);
    else out.push([r]);
  }
  return out;
}

/** Where a report format changes: halfway between the two reports, and what it changes from and to. */
interface FormatChange {
  at: number;
  text: string;
}

function smallChart(key: string, label: string, rows: SeriesRow[], years: number[], formatChanges: FormatChange[]): string {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const first = years[0];
  const span = Math.max(1, years[years.length - 1] - first);
  const x = (year: number) => (PAD.left + ((year - first) / span) * (W - PAD.left - PAD.right)).toFixed(1);
  const y = (v: number) => (H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom)).toFixed(1);
  const pts = (rs: SeriesRow[]) => rs.map((r) => `${x(r.year)},${y(r.value)}`).join(' ');
  const parts = runs(rows);
  const solid = parts.filter((run) => run.length > 1).map((run) => `<polyline fill="none" stroke="#1f77b4" stroke-width="2" points="${pts(run)}"/>`);
  const bridges = parts.slice(1).map((run, i) => {
    const prev = parts[i][parts[i].length - 1];
    return `<polyline fill="none" stroke="#1f77b4" stroke-width="1" stroke-dasharray="2 3" points="${pts([prev, run[0]])}"/>`;
  });
  const dots = rows.map(
    (r) =>
      `<circle cx="${x(r.year)}" cy="${y(r.value)}" r="3" fill="#1f77b4"><title>${esc(`${r.year}年 ${label}：${r.value} ${r.unit}${r.quote ? ` — 原文“${r.quote}”` : ''}（${r.file ?? ''} 篇${r.reportIndex + 1}）`)}</title></circle>` +
      `<text x="${x(r.year)}" y="${(Number(y(r.value)) - 6).toFixed(1)}" font-size="10" text-anchor="middle">${r.value}</text>`,
  );
  const rules = formatChanges.map(
    (c) => `<line x1="${x(c.at)}" y1="${PAD.top}" x2="${x(c.at)}" y2="${H - PAD.bottom}" stroke="#d62728" stroke-dasharray="4 3"><title>${esc(`报告格式在此改变：${c.text}`)}</title></line>`,
  );
  const axis = years.map((yr) => `<text x="${x(yr)}" y="${H - 8}" font-size="10" text-anchor="middle">${String(yr).slice(2)}</text>`).join('');
  return `<figure><figcaption>${esc(label)} <code>${esc(key)}</code></figcaption><svg viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(label)}">
<line x1="${PAD.left}" y1="${H - PAD.bottom}" x2="${W - PAD.right}" y2="${H - PAD.bottom}" stroke="#999"/>
<text x="${PAD.left - 6}" y="${PAD.top + 4}" font-size="10" text-anchor="end">${max}</text><text x="${PAD.left - 6}" y="${H - PAD.bottom}" font-size="10" text-anchor="end">0</text>
${axis}${rules.join('')}${bridges.join('')}${solid.join('')}${dots.join('')}</svg></figure>`;
}

function agencySection(group: AgencySeries, rows: SeriesRow[], warnings: SeriesWarning[], label: (key: string) => string): string {
  const names = group.names.map((n) => `<li>${esc(n.name)}${n.steps.length ? ` <small>(${esc(n.steps.join(' → '))})</small>` : ''}</li>`).join('');
  // the rule stands halfway between the two reports whose formats differ (2016 prose → 2019: at 2017.5)
  const formatChanges: FormatChange[] = warnings
    .filter((w) => w.code === 'FORMAT_CHANGED' && w.reports[0]?.year !== undefined && w.reports[1]?.year !== undefined)
    .map((w) => ({
      at: (w.reports[0].year! + w.reports[1].year!) / 2,
      text: `${reportFormatLabel(w.data?.from as string) ?? ''} → ${reportFormatLabel(w.data?.to as string) ?? ''}`,
    }));
  const picked = pickKeys(rows);
  const charts = picked.length
    ? picked.map(([key, rs]) => smallChart(key, label(key), rs, group.years, formatChanges)).join('\n')
    : '<p>没有在两个或更多年度都报告的指标。</p>';
  return `<section><h2>${esc(group.agency)}</h2><p>年度：${group.years.join('、')}。并入本序列的名称（合并步骤）：</p><ul>${names}</ul>
<div class="grid">${charts}</div></section>`;
}

/** A static, self-contained HTML page: per agency, one small line chart per indicator over the years, then the checks. */
export function renderSeriesChart(series: Series, label: (key: string) => string = (k) => k): string {
  const rowsBy = new Map<string, SeriesRow[]>();
  for (const r of series.rows) {
    const list = rowsBy.get(r.agency);
    if (list) list.push(r);
    else rowsBy.set(r.agency, [r]);
  }
  const body = series.groups
    .map((g) => agencySection(g, rowsBy.get(g.agency) ?? [], series.warnings.filter((w) => w.agency === g.agency), label))
    .join('\n');
  const warnings = series.warnings
    .map((w) => `<li>${esc(seriesWarningZh(w, label))} <code>${esc(w.code)}</code>${w.reports.length ? `<ul>${w.reports.map((r) => `<li>${esc(`${r.year !== undefined ? `${r.year}年` : ''} ${r.file ?? ''} 篇${r.index + 1}${r.key ? ` ${label(r.key)} = ${r.value}` : ''}${r.quote ? ` 原文“${r.quote}”` : ''}${r.span ? ` [${r.span.start}–${r.span.end}]` : ''}`)}</li>`).join('')}</ul>` : ''}</li>`)
    .join('');
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>各年度指标 · nianbao</title><style>body{font:14px system-ui,sans-serif;margin:24px;max-width:1000px}.grid{display:flex;flex-wrap:wrap;gap:8px}figure{margin:0;border:1px solid #ddd;padding:4px}figcaption{font-size:12px;max-width:${W}px}code{color:#666;font-size:11px}</style></head>
<body><h1>各年度指标</h1><p>每个指标一张图，各用自己的刻度。虚点线跨过没有报告的年度；红色虚线标出报告格式的改变（文字版 → 2019版表格 → 2021版表格），前后数字的口径可能不同。</p>${body}<h2>检查</h2><ul>${warnings || '<li>无</li>'}</ul></body></html>`;
}
