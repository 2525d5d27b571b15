import { normalizeForMatching } from '../../../input/normalize.js';

/**
 * How labels are compared with the template registry (templates/: 表二/表三/表四 rows, columns and variants), and the
 * registry's tables re-exported for the readers. A label is spelled only in the registry.
 */

export type { FormatVersion, Table3Row, ColumnLabel, Table2Row, Table2Column } from '../templates/index.js';
export { TABLE3_ROWS, TABLE3_COLUMNS, TABLE4_GROUPS, TABLE4_GROUP_ORDER, TABLE4_OUTCOMES, TABLE2_ROWS, TABLE2_COLUMNS, TABLE2_FILLER, TABLE_HEADINGS } from '../templates/index.js';

// 一、 二、 （一） (一) 1. 1、 1． — the markers in front of official labels
const MARKER = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.、．])/;

/**
 * A label as compared: normalised (full-width → half-width), without whitespace or line breaks (`本年度办 理结果`,
 * `部\n分公开`), without Markdown emphasis.
 */
export function labelText(s: string): string {
  if (s.length > MEMO_MAX_LENGTH) return labelTextOfNormalised(normalizeForMatching(s));
  let out = MEMO.get(s);
  if (out === undefined) {
    if (MEMO.size >= MEMO_MAX_ENTRIES) MEMO.clear();
    out = labelTextOfNormalised(normalizeForMatching(s));
    MEMO.set(s, out);
  }
  return out;
}

/** `labelText` of a text already normalised for matching (a whole report's normalised copy): no second normalising. */
export function labelTextOfNormalised(norm: string): string {
  return norm.replace(/[\s*#|]+/g, '');
}

// labels are short and few (the registry's, a report's cells): each is compared many times, normalised once
const MEMO = new Map<string, string>();
const MEMO_MAX_LENGTH = 400;
const MEMO_MAX_ENTRIES = 20000;

/** The label without its leading markers (`三、（一）予以公开` → `予以公开`). */
export function stripMarkers(label: string): string {
  let s = label;
  for (let i = 0; i < 4; i++) {
    const m = MARKER.exec(s);
    if (!m) break;
    s = s.slice(m[0].length);
  }
  return s;
}
