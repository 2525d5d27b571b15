import type { Cell, Fact, Span, Table } from '../../../schema/report.js';
import { makeWarning, type Warning } from '../../../schema/warnings.js';
import { STAT_HEADERS, STAT_ROWS, type StatRow } from './statTableRows.js';

export interface StatTableResult {
  table?: Table;
  /** One fact per numeric cell, rule `statTable.thisYear` / `statTable.cumulative`, `cell.table` = -1 until placed. */
  facts: Fact[];
  warnings: Warning[];
}

const ROW_PATTERN = new RegExp(STAT_ROWS.map((r) => `(${r.label.source})`).join('|'), 'g');
// 条 / 件 / 元 right after the label: 主动公开文件数 条 2543 78967
const UNIT = /^\s*(条|件|元|个|项)/;
// what may stand between a row's figures and the next label: 其中： and the next row's number (2、 1. 2．)
const NEXT_ROW_PREFIX = /(?:\s*其中[:：]?)?\s*(?:\d[、.．])?\s*$/;
const MAX_TABLE_CHARS = 4000;
const MAX_RUN = 24;

/** The row of STAT_ROWS a label match belongs to. */
function rowOf(m: RegExpExecArray): StatRow {
  const i = m.slice(1).findIndex((g) => g !== undefined);
  return STAT_ROWS[i];
}

// the whole subject against every row's label at once: alternatives are tried in table order, so the first row whose
// label matches all of it wins (one group per row, as ROW_PATTERN)
const WHOLE_LABEL = new RegExp(`^(?:${STAT_ROWS.map((r) => `(${r.label.source})`).join('|')})$`);

/** The STAT_ROWS entry of a stat-table fact (its subject is the printed label). */
export function statRowOf(subject: string | undefined): StatRow | undefined {
  if (!subject) return undefined;
  const m = WHOLE_LABEL.exec(subject);
  return m ? rowOf(m) : undefined;
}

/** Candidate (本年度, 历年累计) readings of a run of digits with no separator: no leading zeros, cumulative ≥ year. */
export function splitYearCumulative(run: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (let k = 1; k < run.length; k++) {
    const a = run.slice(0, k);
    const b = run.slice(k);
    if ((a.length > 1 && a[0] === '0') || (b.length > 1 && b[0] === '0')) continue;
    if (Number(b) >= Number(a)) out.push([a, b]);
  }
  return out;
}

/** A cell of the text `text` at `start`; its value is read from `digits`, the same characters normalised (２９ → 29). */
function cell(text: string, start: number, recovered: boolean, digits = text): Cell {
  const value = /^\d+(?:\.\d+)?$/.test(digits) ? Number(digits) : undefined;
  const out: Cell = { text, span: { start, end: start + text.length } };
  if (value !== undefined) out.value = value;
  if (recovered) out.recovered = true;
  return out;
}

/**
 * Reads the pre-2019 统计表 (指标名称 | 计量单位 | 本年度 | 历年累计) from a report's text, including rows whose two
 * figures were run together by a crawler (`主动公开文件数条294981916`): a run is split only when one reading satisfies
 * every constraint (no leading zeros, cumulative ≥ this year, the figure the prose states, an identical run already
 * split); otherwise the row gets no value and a TABLE_AMBIGUOUS warning lists the candidates.
 */
/** The first table header in the text, with how many figure columns its rows have. */
/** The first character of every STAT_HEADERS pattern. */
export const HEADER_START = '指';

function findHeader(norm: string): { header: RegExpExecArray; columns: 1 | 2 } | undefined {
  let best: { header: RegExpExecArray; columns: 1 | 2 } | undefined;
  // every header begins 指标名称 (spaced or not): a text without 指 holds none, and no pattern need run
  if (!norm.includes(HEADER_START)) return undefined;
  for (const h of STAT_HEADERS) {
    const m = h.pattern.exec(norm);
    if (m && (!best || m.index < best.header.index)) best = { header: m, columns: h.columns };
  }
  return best;
}

export function readStatTable(text: string, norm: string, proseValues: { get(key: string): number | undefined }): StatTableResult {
  const found = findHeader(norm);
  if (!found) return { facts: [], warnings: [] };
  const { header, columns } = found;
  const bodyStart = header.index + header[0].length;
  const body = norm.slice(bodyStart, bodyStart + MAX_TABLE_CHARS);
  const labels = [...body.matchAll(ROW_PATTERN)] as RegExpExecArray[];
  const warnings: Warning[] = [];
  const facts: Fact[] = [];
  const resolved = new Map<string, [string, string]>();
  // runs a stated figure proved to have no reading: the same run in a sub-row (政府网站公开数条740 under
  // 主动公开文件数条740, wild 013) is the same figure and is not split either
  const refused = new Set<string>();
  // the header's words as written: 指标名称 (or 指 标 名 称), 计量单位, 2015年度 / 2015 年度 / 年末统计 / 数量, 历年累计
  const headerWords = /指[\s标名称]*称|(?:计\s*量\s*)?单\s*位|(?:19|20)\d\d\s*年度?|年末统计|数\s*量|历\s*年\s*累\s*计/g;
  const headerCells: Cell[] = [...norm.slice(header.index, bodyStart).matchAll(headerWords)].map((w) => {
    const at = header.index + w.index;
    return { text: text.slice(at, at + w[0].length), span: { start: at, end: at + w[0].length } };
  });
  const rows: Cell[][] = [headerCells];
  let end = bodyStart;

  labels.forEach((m, i) => {
    const row = rowOf(m);
    const labelStart = bodyStart + m.index!;
    const afterLabel = labelStart + m[0].length;
    const unit = UNIT.exec(norm.slice(afterLabel, afterLabel + 4));
    const runStart = afterLabel + (unit ? unit[0].length : 0);
    const limit = i + 1 < labels.length ? bodyStart + labels[i + 1].index! : Math.min(norm.length, runStart + MAX_RUN + 4);
    let raw = norm.slice(runStart, limit);
    if (i + 1 < labels.length) raw = raw.replace(NEXT_ROW_PREFIX, '');
    raw = /^[\s\d.]*/.exec(raw)![0].replace(/[.\s]+$/, '');
    const lead = raw.length - raw.trimStart().length;
    const run = raw.trim();
    const at = runStart + lead;
    end = Math.max(end, at + run.length);
    const label = cell(text.slice(labelStart, afterLabel), labelStart, false);
    const unitCell = unit ? cell(text.slice(afterLabel, afterLabel + unit[0].length).trim(), afterLabel + unit[0].indexOf(unit[1]), false) : { text: '' };
    const parts = run.split(/\s+/).filter(Boolean);
    let pair: Array<{ text: string; start: number; recovered: boolean }> | undefined;
    if (columns === 1) {
      // one figure column (年末统计 / 2011 年度 / 数量): the figure is the row's whole run
      if (parts.length === 1) pair = [{ text: parts[0], start: at, recovered: false }];
      else if (run.length) warnings.push(makeWarning('TABLE_UNREADABLE', `统计表 ${label.text}: ${run}`, { span: { start: at, end: at + run.length } }));
    } else if (parts.length === 2) {
      const second = at + run.lastIndexOf(parts[1]);
      pair = [
        { text: parts[0], start: at, recovered: false },
        { text: parts[1], start: second, recovered: false },
      ];
    } else if (parts.length === 1 && /^\d+$/.test(parts[0]) && parts[0].length <= MAX_RUN) {
      let candidates = splitYearCumulative(parts[0]);
      const stated = row.key !== undefined ? proseValues.get(row.key) : undefined;
      // the figure the prose states must be this year's: 主动公开政府信息74条 with 主动公开文件数条740 (wild 013) is
      // neither 7 | 40 nor 74 | 0 (a cumulative below the year's), so the row stays unread
      if (stated !== undefined) candidates = candidates.filter(([a]) => Number(a) === stated);
      if (stated !== undefined && candidates.length === 0) refused.add(parts[0]);
      if (refused.has(parts[0])) candidates = [];
      const same = resolved.get(parts[0]);
      if (candidates.length > 1 && same) candidates = [same];
      if (candidates.length === 1) {
        const [a, b] = candidates[0];
        resolved.set(parts[0], [a, b]);
        pair = [
          { text: a, start: at, recovered: true },
          { text: b, start: at + a.length, recovered: true },
        ];
      } else {
        warnings.push(
          makeWarning('TABLE_AMBIGUOUS', `统计表 ${label.text}: ${parts[0]} → ${candidates.map((c) => c.join('|')).join(', ') || 'no reading'}`, {
            span: { start: at, end: at + run.length },
            data: { row: label.text, run: parts[0], candidates: candidates.map(([a, b]) => [Number(a), Number(b)]) },
          }),
        );
      }
    } else if (run.length) {
      warnings.push(makeWarning('TABLE_UNREADABLE', `统计表 ${label.text}: ${run}`, { span: { start: at, end: at + run.length } }));
    }
    const r = rows.length;
    const figures: Cell[] = pair
      ? pair.map((p) => cell(text.slice(p.start, p.start + p.text.length), p.start, p.recovered, p.text))
      : Array.from({ length: columns }, () => ({ text: '' }));
    rows.push([label, unitCell, ...figures]);
    figures.forEach((c, k) => {
      if (typeof c.value !== 'number' || !c.span) return;
      const money = unitCell.text === '元';
      facts.push({
        kind: money ? 'money' : 'count',
        value: c.value,
        unit: money ? '元' : unitCell.text || undefined,
        subject: label.text,
        quote: c.text,
        span: c.span as Span,
        sectionPath: [],
        rule: k === 0 ? 'statTable.thisYear' : 'statTable.cumulative',
        source: 'table',
        cell: { table: -1, row: r, col: 2 + k },
      });
    });
  });
  if (rows.length === 1) return { facts: [], warnings };
  return { table: { name: '统计表', source: 'text', span: { start: header.index, end }, rows }, facts, warnings };
}
