import { indicatorLabel as sharedLabel, indicatorUnit } from '../profiles/disclosure/templates/keyLabels.js';
// Words shown on the review page: fact kinds (with a glyph, so kinds differ without colour) and the Chinese
// label of every indicator key (DESIGN §3, table in profiles/disclosure/templates/keyLabels.ts).

/** Display class of a highlight: the fact kinds, plus `zero` for zeros stated by negation (未收到申请 → 0). */
export type HighlightKind = 'count' | 'percent' | 'money' | 'date' | 'zero';

/** Label and glyph per highlight kind; the glyph is drawn before each highlight and in the panel. */
export const KIND_LABELS: Record<HighlightKind, { zh: string; en: string; glyph: string }> = {
  count: { zh: '数量', en: 'count', glyph: '#' },
  percent: { zh: '百分比', en: 'percent', glyph: '%' },
  money: { zh: '金额', en: 'money', glyph: '¥' },
  date: { zh: '日期', en: 'date', glyph: '◷' },
  zero: { zh: '否定为零', en: 'zero by negation', glyph: '∅' },
};

/** The highlight kind of a fact: negation zeros first, date ranges shown as dates. */
export function highlightKind(fact: { kind: string; zeroBy?: string }): HighlightKind {
  if (fact.zeroBy === 'negation') return 'zero';
  if (fact.kind === 'dateRange' || fact.kind === 'date') return 'date';
  if (fact.kind === 'percent' || fact.kind === 'money') return fact.kind;
  return 'count';
}

/** How an approximate value is shown, as the reports write it: 约12, 80余, 不足5. */
export const APPROX_LABELS: Record<string, { before?: string; after?: string }> = {
  about: { before: '约' },
  'more-than': { after: '余' },
  'less-than': { before: '不足' },
};

/** Chinese label of a dotted indicator key, spaced for the page: 依申请公开 · 不予公开 · 属于国家秘密 · 总计. */
export function indicatorLabel(key: string): string {
  return sharedLabel(key, ' · ');
}

export { indicatorUnit };
