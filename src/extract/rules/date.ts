import { parseChineseNumeral } from '../numerals.js';
import type { Candidate, Rule, ScanInput } from '../types.js';
import { matchAllAt, matchAllNear, matchAllStarting, offsetsOf } from '../matchNear.js';

// Date parts. Whitespace (also a line break: PDF text '2025\n年 1 月 1 日') may stand between them.
const SP = '\\s{0,3}';
// 2015, 二〇一三, 二○一三; redacted 20**, 20*, ****
const YEAR = '(?:(?:19|20)\\d{2}|(?:19|20)[*xX×]{1,2}|[*]{2,4}|[〇○零一二三四五六七八九]{4})';
const MONTH = '(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])';
const DAY = '(?:3[01]|[12]\\d|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])';
// a date with a month holds 月 at most 16 characters after its start (year 4, spaces 3, 年, spaces 3, month 2, spaces 3)
const MONTH_REACH = 16;
const ymd = (p: string, yearOptional = false) =>
  `(?:(?<${p}y>${YEAR})${SP}年${SP})${yearOptional ? '?' : ''}(?<${p}m>${MONTH})${SP}月(?:${SP}(?<${p}d>${DAY})${SP}[日号])?`;

// 2012年1月1日至2012年12月31日, 自2017年1月1日起至12月31日止, 2010年1月1日至12月31日止 — a period
const RANGE = new RegExp(`${ymd('s')}${SP}起?${SP}(?:至|到|~|-|—|－)${SP}${ymd('e', true)}(?:${SP}止)?`, 'g');
// 2015年1月1日, 二○一三年一月二十日, 20**年5月1日 — a full date
const FULL = new RegExp(`(?<y>${YEAR})${SP}年${SP}(?<m>${MONTH})${SP}月${SP}(?<d>${DAY})${SP}[日号]`, 'g');
// 截至12月14日, 截至2015年底, 截止20101231日 — an as-of date (the year may be missing: it stays unknown)
const AS_OF = new RegExp(`(?:截至|截止)(?:到|至)?${SP}(?:(?<compact>(?:19|20)\\d{6})日?|${ymd('a', true)})`, 'g');
// 2016-01-12, 2015.12.31 — numeric dates
// 2023.1.1-2023.12.31, 2023-01-01至2023-12-31 — a numeric period
// (each starts with a lookahead the match implies — a year's four digits, then a separator — so a match starts only
// where ISO_START matches: those offsets are found once and the two patterns tried there only)
const ISO_RANGE = /(?=[12]\d{3}[-./])(?<![\d.])((?:19|20)\d{2})([-./])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])\s{0,2}(?:至|到|-|—|~)\s{0,2}(?:((?:19|20)\d{2})[-./])?(0?[1-9]|1[0-2])[-./](0?[1-9]|[12]\d|3[01])(?![\d.])/g;
const ISO = /(?=[12]\d{3}[-./])(?<![\d.])((?:19|20)\d{2})([-./])(0?[1-9]|1[0-2])\2(0?[1-9]|[12]\d|3[01])(?![\d.])/g;

const ISO_START = /[12]\d{3}[-./]/g;

/** Every offset where ISO_START matches (overlapping ones too): where a numeric date may start. */
export function isoStarts(scan: string): number[] {
  const out: number[] = [];
  ISO_START.lastIndex = 0;
  while (ISO_START.test(scan)) {
    const s = ISO_START.lastIndex - 5;
    out.push(s);
    ISO_START.lastIndex = s + 1;
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A year as ISO digits; `-` when the text gives none (ISO 8601 `--12-14`); undefined when redacted (20**年). */
function isoYear(y: string | undefined): string | undefined {
  if (!y) return '-';
  const clean = y.replace(/\s/g, '');
  if (/[*xX×]/.test(clean)) return undefined;
  return /^\d{4}$/.test(clean) ? clean : String(parseChineseNumeral(clean));
}

const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : parseChineseNumeral(s)!);

/** Days in a month (February of an unknown year may have 29). */
function daysIn(year: string, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  const y = Number(year);
  return !/^\d{4}$/.test(year) || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28;
}

/**
 * `YYYY-MM-DD` / `YYYY-MM` from parts (`--MM-DD` / `--MM` without a year: 截至12月 → `--12`); a redacted year
 * (20**年5月1日) gives nothing — the year is unknown and must not be filled in. Impossible dates (2月30日) give
 * nothing. (chrono-node reads these dates too, at ~0.15 ms each; the tests use it as an oracle instead.)
 */
function isoDate(y: string | undefined, m: string, d: string | undefined): string | undefined {
  const year = isoYear(y);
  if (year === undefined) return undefined;
  const month = num(m);
  if (!d) return `${year}-${pad(month)}`;
  const day = num(d);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

// AS_OF starts with 截 (截至, 截止): tried at the offsets of 截 only
const STARTING_AS_OF = [{ pattern: AS_OF, starts: '截' }];

function extractDates({ scan, marks }: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  const months = offsetsOf(scan, marks, '月');
  for (const m of matchAllNear(scan, RANGE, months, MONTH_REACH)) {
    const g = m.groups!;
    const from = /(?:自|从)\s{0,3}$/.exec(scan.slice(Math.max(0, m.index - 4), m.index)); // 自2017年1月1日起…
    if (!g.sd !== !g.ed) continue; // 2012年1月至12月31日: mixed precision, not a period we can state
    const start = isoDate(g.sy, g.sm, g.sd);
    const end = isoDate(g.ey ?? g.sy, g.em, g.ed); // 自2017年1月1日起至12月31日止: the end year is the start's
    if (!start || !end) continue;
    const at = from ? m.index - from[0].length : m.index;
    out.push({ kind: 'dateRange', value: `${start}/${end}`, start: at, end: m.index + m[0].length, numStart: at,
      numEnd: m.index + m[0].length, rule: g.ey ? 'dateRange.full' : 'dateRange.endYearInherited' });
  }
  for (const m of matchAllNear(scan, FULL, months, MONTH_REACH)) {
    const value = isoDate(m.groups!.y, m.groups!.m, m.groups!.d);
    if (!value) continue;
    out.push({ kind: 'date', value, start: m.index, end: m.index + m[0].length, numStart: m.index,
      numEnd: m.index + m[0].length, rule: 'date.full' });
  }
  for (const m of matchAllStarting(scan, STARTING_AS_OF, marks)[0]) {
    const g = m.groups!;
    const value = g.compact
      ? isoDate(g.compact.slice(0, 4), String(Number(g.compact.slice(4, 6))), String(Number(g.compact.slice(6))))
      : isoDate(g.ay, g.am, g.ad);
    if (!value) continue;
    out.push({ kind: 'date', value, start: m.index, end: m.index + m[0].length, numStart: m.index,
      numEnd: m.index + m[0].length, rule: g.compact ? 'date.asOfCompact' : 'date.asOf' });
  }
  const iso = isoStarts(scan);
  for (const m of matchAllAt(scan, ISO_RANGE, iso)) {
    const start = isoDate(m[1], m[3], m[4]);
    const end = isoDate(m[5] ?? m[1], m[6], m[7]);
    if (!start || !end) continue;
    out.push({ kind: 'dateRange', value: `${start}/${end}`, start: m.index, end: m.index + m[0].length, numStart: m.index,
      numEnd: m.index + m[0].length, rule: 'dateRange.numeric' });
  }
  for (const m of matchAllAt(scan, ISO, iso)) {
    const value = isoDate(m[1], m[3], m[4]);
    if (!value) continue;
    out.push({ kind: 'date', value, start: m.index, end: m.index + m[0].length, numStart: m.index,
      numEnd: m.index + m[0].length, rule: 'date.numeric' });
  }
  return out;
}

/** Dates (ISO, EDTF `XXXX`/`20XX` for an unknown or redacted year) and date ranges (`start/end`). */
export const dateRule: Rule = { id: 'date', marks: '月截', extract: extractDates };
