import type { FormatVersion } from './types.js';
import { TABLE2_COLUMNS } from './table2.js';
import { TABLE3_ROWS } from './table3.js';
import { TABLE4_OUTCOMES } from './table4.js';

/**
 * What shows that a report carries an official table, and which version, from its words (not its year): a table's
 * heading, or three or more of its printed labels. Matched on label text (normalised, no spaces or line breaks).
 */

/** Headings of the 2019/2021 tables (label text). Prose-era reports head their sections differently. */
export const TABLE_EVIDENCE_HEADINGS: Record<'表三' | '表四', string[]> = {
  // 三、收到和处理政府信息公开申请情况
  表三: ['收到和处理政府信息公开申请情况'],
  // 四、政府信息公开行政复议、行政诉讼情况 (行政法复议: 022)
  表四: ['政府信息公开行政复议、行政诉讼情况', '政府信息公开行政法复议、行政诉讼情况'],
};

/** Printed labels long enough to name a 表三 row only in the table (予以公开, 信访 also occur in prose). */
export const TABLE3_EVIDENCE_LABELS: string[] = TABLE3_ROWS.map((r) => r.label.slice(r.number.length).replace(/[“”"]/g, '').replace(/（[^（）]*）$/, '')).filter((l) => l.length >= 8);

/** 表四's column labels: 结果维持 结果纠正 其他结果 尚未审结 (总计 says nothing alone). */
export const TABLE4_EVIDENCE_LABELS: string[] = TABLE4_OUTCOMES.slice(0, -1).map((o) => o.label);

/** Words only one version prints: 2021 (其他处理 1–3, 表二 本年制发/现行有效) or 2019 (表二 本年新制作/对外公开总数量). */
export const FORMAT_EVIDENCE: Array<{ format: FormatVersion; words: string[] }> = [
  {
    format: '2021',
    words: [
      ...TABLE3_ROWS.filter((r) => r.formats.length === 1 && r.formats[0] === '2021').flatMap((r) => r.keywords),
      ...TABLE2_COLUMNS.filter((c) => c.formats.length === 1 && c.formats[0] === '2021' && !c.money).flatMap((c) => c.keywords),
    ],
  },
  { format: '2019', words: TABLE2_COLUMNS.filter((c) => c.formats.length === 1 && c.formats[0] === '2019' && !c.money).flatMap((c) => c.keywords) },
];

const EVIDENCE_WORDS = [...TABLE_EVIDENCE_HEADINGS.表三, ...TABLE_EVIDENCE_HEADINGS.表四, ...TABLE3_EVIDENCE_LABELS, ...TABLE4_EVIDENCE_LABELS];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

// every word `tablesPresent` looks for, as one pattern: its first match is where the first of them stands in a text
const ANY_EVIDENCE_WORD = new RegExp(EVIDENCE_WORDS.map(escape).join('|'));

/**
 * A pattern that matches where one of `words` begins, `between` allowed between two of its characters; written as a
 * tree of shared beginnings (政府信息公开行政…) so a character that begins several words is tried once, not per word.
 */
function wordTree(words: string[], between: string): RegExp {
  type Node = Map<string, Node | null>; // '' → a word ends here
  const root: Node = new Map();
  for (const w of words) {
    let node = root;
    for (const c of w) {
      if (!node.has(c)) node.set(c, new Map());
      node = node.get(c)!;
    }
    node.set('', null);
  }
  // a node where a word ends matches there (a longer word adds nothing to whether the pattern matches)
  const source = (node: Node, first: boolean): string => {
    if (node.has('')) return '';
    const alternatives = [...node].map(([c, child]) => (first ? '' : between) + escape(c) + source(child!, false));
    return alternatives.length === 1 ? alternatives[0] : `(?:${alternatives.join('|')})`;
  };
  return new RegExp(source(root, true));
}

// The same words read on a text before label text is made of it: between two characters of a word any run of the
// characters label text drops (`labelText`: whitespace, * # |) and `tablesPresent` drops (quotes) may stand. The words
// hold none of those characters, so this matches a text exactly when ANY_EVIDENCE_WORD matches its label text with the
// quotes dropped: a text it misses carries no table, and no label text need be made of it (most prose-era reports).
const ANY_EVIDENCE_WORD_SPREAD = wordTree(EVIDENCE_WORDS, '[\\s*#|“”"]*');

/** Whether a normalised text may carry an official table: false → `tablesPresent` of its label text is empty. */
export function mayCarryTables(norm: string): boolean {
  return ANY_EVIDENCE_WORD_SPREAD.test(norm);
}

/** Which official tables a report's label text carries (heading, or ≥ 3 printed labels). */
export function tablesPresent(labelText: string): Array<'表三' | '表四'> {
  const labels = labelText.replace(/[“”"]/g, '');
  // one scan finds where the first of the words stands (most prose-era reports hold none: nothing more to do); every
  // word's occurrences start there or later, so each is looked for from there on
  const from = labels.search(ANY_EVIDENCE_WORD);
  if (from < 0) return [];
  const out: Array<'表三' | '表四'> = [];
  // three of the words printed (stops at the third)
  const threeOf = (words: string[]) => {
    let n = 0;
    for (const w of words) if (labels.includes(w, from) && ++n === 3) return true;
    return false;
  };
  if (TABLE_EVIDENCE_HEADINGS.表三.some((h) => labels.includes(h, from)) || threeOf(TABLE3_EVIDENCE_LABELS)) out.push('表三');
  if (TABLE_EVIDENCE_HEADINGS.表四.some((h) => labels.includes(h, from)) || threeOf(TABLE4_EVIDENCE_LABELS)) out.push('表四');
  return out;
}

/** The format version the words show, when they show one (2021-only words win: they are more specific). */
export function formatFromWords(labels: string): FormatVersion | undefined {
  return FORMAT_EVIDENCE.find((e) => e.words.some((w) => labels.includes(w)))?.format;
}

/**
 * 表三's version from its own words: a 2021-only row (逾期不补正, 收费通知) → 2021; else a （六）其他处理 row → 2019 (the
 * 2019 template, which agencies kept printing in 2023/2024: 062). Undefined when neither is printed.
 */
export function table3FormatFromWords(labels: string): FormatVersion | undefined {
  if (FORMAT_EVIDENCE[0].words.some((w) => labels.includes(w) && TABLE3_ROWS.some((r) => r.keywords.includes(w)))) return '2021';
  return labels.includes('其他处理') ? '2019' : undefined;
}
