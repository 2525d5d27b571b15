import { TABLE2_FILLER, TABLE2_ROWS } from './table2.js';
import { TABLE3_GROUPS, TABLE3_ROWS } from './table3.js';
import { TABLE4_OUTCOMES } from './table4.js';

/**
 * Single words of the registry that other modules look for in a table's text (which table is this, where does it
 * start): each read from the row, group or column that prints it, so no module spells a label of its own.
 */

/** The first keyword of a 表三 row (`newReceived` → 本年新收). */
export function table3RowWord(key: string): string {
  return TABLE3_ROWS.find((r) => r.key === key)!.keywords[0];
}

/** The printed words of a 表三 group row without its number (`denied` → 不予公开). */
export function table3GroupWord(key: string): string {
  const g = TABLE3_GROUPS.find((x) => x.key === key)!;
  return g.label.slice(g.number.length);
}

/** The printed header of a 表四 outcome column (`pending` → 尚未审结). */
export function table4OutcomeWord(key: string): string {
  return TABLE4_OUTCOMES.find((o) => o.key === key)!.label;
}

/** The keywords of 表二 rows, as one alternation (`规章|行政许可|…`), for a pattern that finds any of them. */
export function table2RowPattern(keys: string[]): string {
  return TABLE2_ROWS.filter((r) => keys.includes(r.key)).flatMap((r) => r.keywords).join('|');
}

/** 表二's words that are neither rows nor columns: 信息内容 (the label column's header) and 第二十条. */
export const [TABLE2_LABEL_HEADER, TABLE2_ARTICLE] = TABLE2_FILLER;
