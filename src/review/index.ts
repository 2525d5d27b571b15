// Report[] → one self-contained HTML page: the text with every figure highlighted, the section outline, the
// facts / indicators / tables / warnings panel, all linked both ways. No network: inline CSS and JS under a CSP
// that allows only that one script (by hash) and inline styles.
import { createHash } from 'node:crypto';
import type { Report } from '../schema/report.js';
import { REVIEW_JS } from './pageScript.js';
import { escapeHtml as e, jsonForScript } from './escape.js';
import { KIND_LABELS, type HighlightKind } from './labels.js';
import { renderMarkedText } from './marks.js';
import { buildReportView, type ReportView } from './model.js';
import { renderFactTable, renderHeader, renderIndicatorTable, renderOutline, renderTables, renderWarnings } from './panels.js';
import { REVIEW_CSS } from './style.js';

export { escapeHtml, jsonForScript } from './escape.js';
export { renderMarkedText, type Mark } from './marks.js';

/** Options of `renderReview`. */
export interface ReviewOptions {
  /** Page title; default: the input file name or the first report's title. */
  title?: string;
  /** Name of the input file, shown in the page header. */
  file?: string;
}

/** The Content-Security-Policy of the page: nothing may load; only the page's own script (by hash) may run. */
export function reviewCsp(script: string = REVIEW_JS): string {
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  return `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
}

function renderReport(report: Report, view: ReportView): string {
  const count = (n: number) => `<small>${n}</small>`;
  const p = view.prefix;
  return (
    // Every report and pane starts hidden and the script shows the first ones once the page is parsed: content laid
    // out while the parser still streams is laid out again and again (a 1 MB report took 3.8 s to open, not 0.7 s).
    `<section class="rep" id="${p}rep" data-r="${view.index}" hidden>` +
    renderHeader(report, view.index) +
    `<nav class="outline" aria-label="章节">${renderOutline(report.sections, view)}</nav>` +
    `<article class="text" lang="zh-CN">${renderMarkedText(report.text, view.marks)}</article>` +
    `<aside class="panel">` +
    `<div class="ptabs" role="tablist">` +
    `<button data-tab="facts" aria-selected="true">数字 facts ${count(report.facts.length)}</button>` +
    `<button data-tab="inds" aria-selected="false">指标 indicators ${count(view.indicatorRows.length)}</button>` +
    `<button data-tab="tables" aria-selected="false">表格 tables ${count(report.tables.length)}</button>` +
    `<button data-tab="warns" aria-selected="false">警告 warnings ${count(report.warnings.length + view.quoteMismatches.length)}</button>` +
    `</div>` +
    `<div class="pane" data-pane="facts" hidden>${renderFactTable(report, view)}</div>` +
    `<div class="pane" data-pane="inds" hidden>${renderIndicatorTable(view)}</div>` +
    `<div class="pane" data-pane="tables" hidden>${renderTables(report, view)}</div>` +
    `<div class="pane" data-pane="warns" hidden>${renderWarnings(report, view)}</div>` +
    `<div class="detail" aria-live="polite"></div>` +
    `</aside></section>`
  );
}

function legend(): string {
  return (Object.keys(KIND_LABELS) as HighlightKind[])
    .map((k) => `<span><span class="hl k-${k}">${e(KIND_LABELS[k].zh)}</span></span>`)
    .join('');
}

/** Renders one static HTML page for the reports of one input (several reports become tabs 篇1 …). */
export function renderReview(reports: Report[], options: ReviewOptions = {}): string {
  const views = reports.map((r, i) => buildReportView(r, i));
  const file = options.file ?? reports[0]?.source?.file;
  const title = options.title ?? file ?? reports[0]?.title ?? 'nianbao review';
  const tabs = reports
    .map(
      (r, i) =>
        `<button data-rep="${i}" aria-selected="${i === 0}" title="${e(r.title ?? '')}">篇${i + 1}${r.title ? ' ' + e(r.title) : ''}</button>`,
    )
    .join('');
  const data = {
    file: file ?? null,
    reports: reports.map((r, i) => ({
      facts: r.facts,
      inds: views[i].indicatorRows.map((row) => ({ key: row.key, label: row.label, facts: row.facts })),
    })),
  };
  return (
    '<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${e(reviewCsp())}">` +
    '<meta name="referrer" content="no-referrer"><meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>${e(title)} · nianbao review</title><style>${REVIEW_CSS}</style>` +
    // Without script: every report and its facts list stay readable, one after the other.
    '<noscript><style>html,body{display:block;height:auto}.rep[hidden]{display:grid}.rep{height:auto;border-top:3px solid #1f1f1f}' +
    '.outline,.text,.panel,.pane{overflow:visible}.panel{display:block}.pane[data-pane=facts][hidden]{display:block}' +
    '.ptabs,.tabs,.search,.keys,.detail{display:none}</style></noscript>' +
    '</head><body>' +
    `<div class="top"><h1>nianbao 审阅 · ${e(file ?? '')}</h1><nav class="tabs" role="tablist">${tabs}</nav>` +
    `<label class="search">搜索 <input id="nb-q" type="search" placeholder="/ 搜索原文与数字" autocomplete="off"><output id="nb-hits"></output></label>` +
    `<span class="legend">${legend()}</span>` +
    '<span class="keys">j/k 下一个/上一个数字 · / 搜索 · Enter 下一处 · [ ] 切换篇</span></div>' +
    views.map((v, i) => renderReport(reports[i], v)).join('') +
    (reports.length ? '' : '<p class="empty">没有报告 · no reports</p>') +
    `<script type="application/json" id="nb-data">${jsonForScript(data)}</script>` +
    `<script>${REVIEW_JS}</script></body></html>\n`
  );
}
