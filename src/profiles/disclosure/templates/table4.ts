import type { ColumnLabel, Identity } from './types.js';

/**
 * 表四 政府信息公开行政复议、行政诉讼情况: three groups (行政复议 · 行政诉讼 未经复议直接起诉 / 复议后起诉), each with
 * the same five outcome columns; printed as one wide table, one row per group, or three small tables under
 * sub-headings — the same fifteen cells.
 */

/** 表四 column groups, printed order 行政复议 · 未经复议直接起诉 · 复议后起诉. */
export const TABLE4_GROUPS_PRINTED: Array<{ key: string; label: string; parent?: string; keywords: string[] }> = [
  // 行政法复议 — misspelling in 022-b-pingtan-2022
  { key: 'review', label: '行政复议', keywords: ['行政复议', '行政法复议'] },
  { key: 'lawsuitDirect', label: '未经复议直接起诉', parent: '行政诉讼', keywords: ['直接起诉', '未经复议'] },
  { key: 'lawsuitAfterReview', label: '复议后起诉', parent: '行政诉讼', keywords: ['复议后起诉'] },
];

/** The groups as matched: most specific first (复议后起诉 also contains 复议). */
export const TABLE4_GROUPS = [TABLE4_GROUPS_PRINTED[2], TABLE4_GROUPS_PRINTED[1], TABLE4_GROUPS_PRINTED[0]];

/** Official order of the 表四 groups in the printed table. */
export const TABLE4_GROUP_ORDER = TABLE4_GROUPS_PRINTED.map((g) => g.key);

/** 表四 outcome columns, the same five under each group. */
export const TABLE4_OUTCOMES: ColumnLabel[] = [
  { key: 'upheld', label: '结果维持', exact: ['结果维持', '维持'] },
  { key: 'corrected', label: '结果纠正', exact: ['结果纠正', '纠正'] },
  { key: 'other', label: '其他结果', exact: ['其他结果', '其他'] },
  { key: 'pending', label: '尚未审结', exact: ['尚未审结', '未审结'] },
  { key: 'total', label: '总计', exact: ['总计', '合计'] },
];

/** 表四's identities (keys `group.outcome`): 维持 + 纠正 + 其他 + 尚未审结 = 总计 in each group. */
export function table4Identities(): Identity[] {
  return TABLE4_GROUPS_PRINTED.map((g) => ({
    name: `${g.label} 各列之和`,
    parts: TABLE4_OUTCOMES.slice(0, -1).map((o) => `${g.key}.${o.key}`),
    total: `${g.key}.total`,
  }));
}

/** Prose figures that the table gives as parts: 行政诉讼 = 未经复议直接起诉 + 复议后起诉 (keys under reviewsAndLawsuits). */
export const TABLE4_PROSE_SUMS: Record<string, string[]> = {
  'lawsuit.total': TABLE4_GROUPS_PRINTED.filter((g) => g.parent === '行政诉讼').map((g) => `${g.key}.total`),
};
