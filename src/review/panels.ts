// The HTML around the text: the section outline, the side panel (facts, indicators, tables, warnings) and the
// report's header. Every value that comes from the report goes through escapeHtml.
import type { Fact, Report, Section, Table } from '../schema/report.js';
import { WARNING_MESSAGES } from '../schema/warnings.js';
import { escapeHtml as e } from './escape.js';
import { APPROX_LABELS, KIND_LABELS, highlightKind } from './labels.js';
import type { ReportView } from './model.js';

const numberFormat = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });

/**
 * Lists longer than this skip layout of rows off screen (content-visibility). Shorter lists are laid out in full, so
 * scrolling to a row lands exactly; a skipped row only takes its real height once near the screen.
 */
const LAZY_ROWS = 600;
const rowsClass = (n: number) => (n > LAZY_ROWS ? 'rows lazy' : 'rows');

/** A value as a reader expects it: 223,800 for money, 7.8 for a percent, the ISO string for a date. */
export function formatValue(value: unknown): string {
  return typeof value === 'number' ? numberFormat.format(value) : String(value ?? '');
}

function glyph(kind: keyof typeof KIND_LABELS): string {
  const k = KIND_LABELS[kind];
  return `<span class="g k-${kind}" title="${e(`${k.zh} ${k.en}`)}">${e(k.glyph)}</span>`;
}

function pathText(path: readonly string[] | undefined): string {
  return (path ?? []).join(' › ');
}

/** The clickable section tree. */
export function renderOutline(sections: Section[], view: ReportView): string {
  if (!sections.length) return '<p class="empty">未识别出章节 · no sections found</p>';
  const list = (items: Section[]): string =>
    '<ul>' +
    items
      .map((s) => {
        const id = view.sectionTargets.get(s) ?? '';
        const label = s.heading ?? `${s.marker}${s.title}`;
        return `<li><a href="#${e(id)}" data-go="${e(id)}" title="${e(label)}">${e(label)}</a>${s.children?.length ? list(s.children) : ''}</li>`;
      })
      .join('') +
    '</ul>';
  return list(sections);
}

/** A value with its approximation shown as the reports write it (约12, 80余, 不足5). */
function approxValue(v: number | string, approxKind: string | undefined): string {
  const approx = approxKind && Object.hasOwn(APPROX_LABELS, approxKind) ? APPROX_LABELS[approxKind] : {};
  return (
    (approx.before ? `<span class="ap">${e(approx.before)}</span>` : '') +
    e(formatValue(v)) +
    (approx.after ? `<span class="ap">${e(approx.after)}</span>` : '')
  );
}

function factRow(f: Fact, i: number, view: ReportView, mismatched: Set<number>): string {
  const kind = highlightKind(f);
  const value = approxValue(f.value, f.approx);
  const bad = mismatched.has(i) ? ' <span class="bad" title="span does not slice to quote">⚠</span>' : '';
  const where = f.cell ? ` <span class="cellref" title="table cell">▦</span>` : '';
  return (
    `<tr id="${view.prefix}F${i}" data-go="${view.factTargets[i]}" data-f="${i}" tabindex="-1">` +
    `<td>${glyph(kind)}</td><td class="num" title="${e(f.approx ?? '')}">${value}</td><td>${e(f.unit ?? '')}</td>` +
    `<td>${e(f.subject ?? '')}</td><td class="path" title="${e(pathText(f.sectionPath))}">${e(f.sectionPath?.at(-1) ?? '')}</td>` +
    `<td class="q">${e(f.quote)}${where}${bad}</td></tr>`
  );
}

/** Every fact, in text order. */
export function renderFactTable(report: Report, view: ReportView): string {
  if (!report.facts.length) return '<p class="empty">没有数字 · no facts</p>';
  const mismatched = new Set(view.quoteMismatches);
  return (
    `<table class="${rowsClass(report.facts.length)} facts"><thead><tr><th></th><th>数值</th><th>单位</th><th>对象 subject</th><th>章节</th><th>原文 quote</th></tr></thead><tbody>` +
    report.facts.map((f, i) => factRow(f, i, view, mismatched)).join('') +
    '</tbody></table>'
  );
}

/** Every indicator value with its Chinese label, key and source. */
export function renderIndicatorTable(view: ReportView): string {
  if (!view.indicatorRows.length) return '<p class="empty">没有指标 · no indicators</p>';
  const rows = view.indicatorRows.map(
    (r, i) =>
      `<tr id="${view.prefix}I${i}"${r.target ? ` data-go="${e(r.target)}"` : ''} data-facts="${e(r.facts.join(' '))}" tabindex="-1">` +
      `<td>${e(r.label)}<div class="key">${e(r.key)}</div></td><td class="num" title="${e(r.approx ?? '')}">${approxValue(r.value, r.approx)}</td><td>${e(r.unit ?? '')}</td>` +
      `<td>${e(r.subject ?? '')}</td><td class="path" title="${e(pathText(r.sectionPath))}">${e(r.sectionPath.at(-1) ?? '')}</td>` +
      `<td class="how">${r.target ? '' : '<span class="bad" title="no source span">⚠</span> '}${e(r.how ?? '')}</td></tr>`,
  );
  return (
    `<table class="${rowsClass(view.indicatorRows.length)} inds"><thead><tr><th>指标 · key</th><th>数值</th><th>单位</th><th>对象</th><th>章节</th><th>来源</th></tr></thead><tbody>` +
    rows.join('') +
    '</tbody></table>'
  );
}

/** rowspan/colspan of the cell at (r, c): how far its copies (cells whose origin is [r, c]) reach. */
function extent(t: Table, r: number, c: number): { rows: number; cols: number } {
  const isCopy = (rr: number, cc: number) => {
    const o = t.rows[rr]?.[cc]?.origin;
    return !!o && o[0] === r && o[1] === c;
  };
  let cols = 1;
  while (isCopy(r, c + cols)) cols++;
  let rows = 1;
  while (isCopy(r + rows, c)) rows++;
  return { rows, cols };
}

function renderGrid(t: Table, ti: number, view: ReportView): string {
  const body = t.rows
    .map((row, ri) => {
      const cells = row.map((cell, ci) => {
        const o = cell.origin;
        // A copy made by rowspan/colspan is drawn by its origin cell, when that origin is a real cell above/left.
        if (o && (o[0] !== ri || o[1] !== ci) && t.rows[o[0]]?.[o[1]] && !t.rows[o[0]][o[1]].origin) return '';
        const { rows, cols } = o ? { rows: 1, cols: 1 } : extent(t, ri, ci);
        const target = view.cellTargets.get(`${ti}.${ri}.${ci}`);
        const cls = [
          typeof cell.value === 'number' ? 'num' : '',
          cell.value === null ? 'blank' : '',
          cell.recovered ? 'recovered' : '',
          target ? 'go' : '',
        ].filter(Boolean);
        const attrs =
          (rows > 1 ? ` rowspan="${rows}"` : '') +
          (cols > 1 ? ` colspan="${cols}"` : '') +
          (cls.length ? ` class="${cls.join(' ')}"` : '') +
          (target ? ` data-go="${e(target)}" tabindex="0"` : '') +
          ` data-cell="${ti}.${ri}.${ci}"` +
          (cell.recovered ? ' title="recovered from a flattened run of digits"' : '');
        return `<td${attrs}>${e(cell.text)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  const name = t.name ?? `表格 ${ti + 1}`;
  return (
    `<figure class="grid" id="${view.prefix}T${ti}"><figcaption><a href="#${view.prefix}t${ti}" data-go="${view.prefix}t${ti}">${e(name)}</a>` +
    ` <span class="src">${e(t.source)} · ${t.rows.length}×${t.rows[0]?.length ?? 0}</span></figcaption>` +
    `<div class="scroll"><table>${body}</table></div></figure>`
  );
}

/** The rebuilt tables (表二/表三/表四 and any other), each cell linked to its source. */
export function renderTables(report: Report, view: ReportView): string {
  if (!report.tables.length) return '<p class="empty">没有表格 · no tables</p>';
  return report.tables.map((t, ti) => renderGrid(t, ti, view)).join('');
}

/** Warnings, each linked to its span when it has one; plus facts whose quote and span disagree. */
export function renderWarnings(report: Report, view: ReportView): string {
  const items = report.warnings.map((w, wi) => {
    const zh = Object.hasOwn(WARNING_MESSAGES, w.code) ? WARNING_MESSAGES[w.code].zh : '';
    const target = view.warningTargets[wi];
    const data = w.data ? `<pre>${e(JSON.stringify(w.data))}</pre>` : '';
    return (
      `<li id="${view.prefix}W${wi}"${target ? ` data-go="${e(target)}" tabindex="-1"` : ''}>` +
      `<b>${e(w.code)}</b> ${e(zh)}<div>${e(w.message)}</div>${data}${target ? '' : '<div class="key">无位置 · no span</div>'}</li>`
    );
  });
  for (const i of view.quoteMismatches) {
    items.push(
      `<li data-go="${view.factTargets[i]}"><b>REVIEW_QUOTE_MISMATCH</b> 原文与位置不符<div>fact ${i}: span ${report.facts[i].span.start}–${report.facts[i].span.end} does not slice to “${e(report.facts[i].quote)}”</div></li>`,
    );
  }
  if (!items.length) return '<p class="empty">没有警告 · no warnings</p>';
  return `<ul class="warns">${items.join('')}</ul>`;
}

/** Title, agency, year, period and where the report came from. */
export function renderHeader(report: Report, n: number): string {
  const fields: Array<[string, unknown]> = [
    ['机关 agency', report.agency],
    ['年度 year', report.year],
    ['统计期限 period', report.period ? `${report.period.start} – ${report.period.end}` : undefined],
    ['发布 published', report.publishedAt],
    ['格式 format', report.indicators?.format],
    ['来源 source', report.source ? `${report.source.file ?? '(input)'} · 篇${report.source.index + 1} · ${report.source.format} · ${report.source.encoding}` : undefined],
    ['字数 chars', report.text.length],
  ];
  const dl = fields
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `<span><i>${e(k)}</i> ${e(v)}</span>`)
    .join('');
  return `<header class="rh"><h2>${e(report.title ?? `篇${n + 1}（无标题）`)}</h2><div class="meta">${dl}</div></header>`;
}
