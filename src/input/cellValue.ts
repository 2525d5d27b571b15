import { normalizeForMatching } from './normalize.js';

/**
 * Reading the value of one table cell. Blank, `0` and `/` are kept apart (issue 4): a blank cell is `null` (often
 * 0, but some pages leave a whole 总计 column blank), a dash or slash is "not applicable" and has no value, and a
 * number is a number. Units written inside the cell (`251000元`, `26件`) are allowed; the value is the number as
 * written — the cell text keeps the unit, and scaling (万元) is left to whoever knows the column.
 */

/** Cells that mean "not applicable / nothing to report": no value, text kept. Real cells: `/`, `—`, `——`, `-`, `--`, `\`. */
const NOT_APPLICABLE = /^(?:[/\\\-—–―─]+|无|不适用)$/;

/** Units seen inside table cells after the number: `251000元`, `0万元`, `26件`, `3条`, `12.5%`. */
export const CELL_UNITS = [
  '万元', '亿元', '元', '人次', '件', '条', '个', '次', '项', '份', '场', '篇', '人', '家', '宗', '起', '户', '%',
] as const;

// 1,234 / 1234 / 12.5 / -3, then an optional unit from CELL_UNITS: 251000元, 26 件, 12.5%
const NUMBER_WITH_UNIT = new RegExp(
  `^([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s*(?:${CELL_UNITS.map(escape).join('|')})?$`,
);

/** Whole-cell Chinese zeros: `零`, `〇`. */
const ZERO_WORDS = new Set(['零', '〇']);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The value of a cell from its text: a number, `null` for a blank cell, or `undefined` for `/`, `—` and any other
 * text (labels, notes).
 */
export function cellValue(text: string): number | null | undefined {
  const norm = normalizeForMatching(text).trim();
  if (norm.length === 0) return null;
  if (NOT_APPLICABLE.test(norm)) return undefined;
  if (ZERO_WORDS.has(norm)) return 0;
  const m = NUMBER_WITH_UNIT.exec(norm);
  if (!m) return undefined;
  const value = Number(m[1].replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}
