import type { Span } from '../../../schema/report.js';

/** What an agency name is (the suffixes it ends in, the words that show it is not one), shared by every rule. */

export interface Found {
  value: string;
  span: Span;
}

// The endings of agency names: 人民政府办公厅, 管委会办公室, 人口和计划生育局, 唐村镇, 兴华乡, 国资金融局 …
export const SUFFIX =
  '人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府办公室|政府|管委会办公室|管委会|管理委员会|委员会|办公厅|办公室|' +
  '局|厅|委|署|院|中心|镇|乡|街道办事处|街道|机关';
// A name: up to 24 characters of Chinese or redaction marks (***市, ××机关, ＸＸ县, ○○局 — ＊ is * in the matching
// copy), then a suffix. No digits, no punctuation.
// one character of a name: Chinese, or a redaction mark
export const NAME_CHARS = '[一-龥*×xXＸｘ○]';
export const NAME = `${NAME_CHARS}{1,24}?(?:${SUFFIX})`;
const WHOLE_NAME = new RegExp(`^(?:${NAME})$`);
// 关于 / 报告 / 条例 … inside a candidate: a document or a sentence, not a body; 年度… is the tail of a year cut
// from its digits by a line break (…交通与建设局2021\n年度政府信息公开工作年度报告 → not 年度政府), never a name
const NOT_A_NAME = /^(?:我|本|全|各|有关|该|年度)|关于|报告|条例|规定|办法|通知|工作|领导小组/;

/** The one normalisation every agency goes through: as written, line breaks and the spaces around them dropped. */
export function asWritten(text: string, span: Span): string {
  return text.slice(span.start, span.end).replace(/[ \t\u3000]*\r?\n[ \t\u3000]*/g, '').trim();
}

/** The name `value` found at `start`, with its span and its text as written. */
export function found(text: string, start: number, value: string): Found {
  const span = { start, end: start + value.length };
  return { value: asWritten(text, span), span };
}

/** Whether `s` is a whole agency name (ends in a suffix, no word that shows a sentence or a document). */
export function isName(s: string): boolean {
  return WHOLE_NAME.test(s) && !NOT_A_NAME.test(s);
}

/**
 * `norm` from `from` on with its line breaks dropped (PDF text breaks names and phrases: 我区管\n委会办公室…), and
 * `at`, which maps an offset in that copy back into `norm`.
 */
export function withoutBreaks(norm: string, from: number): { flat: string; at: (k: number) => number } {
  const body = norm.slice(from);
  if (!body.includes('\n')) return { flat: body, at: (k) => from + k };
  const at = (k: number) => {
    for (let i = 0, seen = -1; i < body.length; i++) if (body[i] !== '\n' && ++seen === k) return from + i;
    return norm.length;
  };
  return { flat: body.replace(/\n/g, ''), at };
}
