// The 中文 words the batch outputs print for the library's English codes (values, not headers).
import type { Fact, IndicatorSource } from '../../index.js';
import { reportFormatLabel } from '../../profiles/disclosure/templates/formatLabels.js';

export { reportFormatLabel };

/** fact.kind → 类型. */
export const FACT_KIND_LABELS: Record<Fact['kind'], string> = {
  count: '数量', // 2599条
  percent: '百分比', // 7.8%
  money: '金额', // 22.38万元 (value in 元)
  date: '日期', // 2020年1月20日
  dateRange: '期间', // 自2019年1月1日起至2019年12月31日止
};

/** fact.source → 来源. */
export const FACT_SOURCE_LABELS: Record<Fact['source'], string> = { text: '正文', table: '表格' };

/** indicatorSource.how → 读法: read from a table cell, from a sentence, or reached from other figures. */
export const HOW_LABELS: Record<IndicatorSource['how'], string> = { table: '表格单元格', prose: '正文', derived: '推算' };

/** fact.approx → 约数: 80余份 / 170多件 / 超八成 → 多于; 约3000条 → 约; 近千条 / 不足 → 少于. */
export const APPROX_LABELS: Record<NonNullable<Fact['approx']>, string> = { 'more-than': '多于', about: '约', 'less-than': '少于' };

/** The label of a code in one of the tables above, or the code itself when the table lacks it (a new code). */
export function wordFor<K extends string>(table: Record<K, string>, code: K | undefined): string | undefined {
  if (code === undefined) return undefined;
  return Object.hasOwn(table, code) ? table[code] : code;
}
