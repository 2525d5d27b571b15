import { labelText } from './labels.js';
import { splitPipeRow, type PipeCell, type PipeRow } from './pipeTables.js';
import { TABLE4_GROUP_ORDER, TABLE4_GROUPS, TABLE4_OUTCOMES } from '../templates/index.js';
import type { RawRow } from './textRows.js';

/**
 * 表四 printed in pieces (PDF → Markdown): one small table per group — under a sub-heading (`### 行政复议`,
 * `### 行政诉讼（未经复议直接起诉）`, `### 行政诉讼（复议后起诉）`), or with the group as the row's label — each with the
 * outcome header `| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |`. The pieces are one table: their figures are joined
 * in the printed order of the template (行政复议 · 直接起诉 · 复议后起诉, each 维持 纠正 其他 尚未审结 总计), whatever
 * order the pieces or their header columns come in. Only when every group is found once, with all five outcomes.
 */

/** The group a text names (most specific first: 复议后起诉 before 行政复议). */
function groupOf(words: string): string | undefined {
  const t = labelText(words);
  return TABLE4_GROUPS.find((g) => g.keywords.some((k) => t.includes(k)))?.key;
}

/** Outcome keys of a header row's cells, when the row is an outcome header. */
function headerOutcomes(row: PipeRow): Array<string | undefined> | undefined {
  const keys = row.cells.map((c) => TABLE4_OUTCOMES.find((o) => o.exact.includes(labelText(c.text)))?.key);
  return keys.filter(Boolean).length >= 4 ? keys : undefined;
}

/** The fifteen figures of 表四 from its pieces (pipe rows of the 表四 region, in text order), or undefined. */
export function table4Pieces(norm: string, regionStart: number, pipes: PipeRow[]): RawRow | undefined {
  const byGroup = new Map<string, PipeCell[]>();
  let header: Array<string | undefined> | undefined;
  let after = regionStart;
  for (const row of pipes) {
    const h = headerOutcomes(row);
    if (h) {
      header = h;
      continue;
    }
    const parts = splitPipeRow(row, true);
    if (!parts || parts.numbers.length === 0) continue;
    // the group: the row's own label, else the words printed since the last row of figures (the sub-heading)
    const group = groupOf(parts.label.map((c) => c.text).join('')) ?? groupOf(norm.slice(after, row.span.start));
    after = row.span.end;
    if (!group || !header || byGroup.has(group)) return undefined;
    // header cells over the figures: the last cells of the header line up with the figures
    const cols = header.slice(header.length - parts.numbers.length);
    const cells = TABLE4_OUTCOMES.map((o) => parts.numbers[cols.indexOf(o.key)]);
    if (cells.some((c) => c === undefined) || cols.length !== TABLE4_OUTCOMES.length) return undefined;
    byGroup.set(group, cells);
  }
  if (byGroup.size !== TABLE4_GROUP_ORDER.length) return undefined;
  const cells = TABLE4_GROUP_ORDER.flatMap((g) => byGroup.get(g)!).map((c) => ({ text: c.text, value: c.value ?? null, span: c.span }));
  return { label: '', cells, offset: cells[0].span.start };
}
