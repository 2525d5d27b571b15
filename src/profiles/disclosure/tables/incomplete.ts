import type { Indicators } from '../../../schema/indicators.js';
import { makeWarning, type Warning } from '../../../schema/warnings.js';
import { labelText, labelTextOfNormalised, TABLE3_ROWS } from './labels.js';
import { formatFromWords, mayCarryTables, table3FormatFromWords, tablesPresent, type FormatVersion } from '../templates/index.js';
import { unreadRows } from './templateCells.js';

/**
 * Never silent (issue 12): a report that carries an official table (its heading, or three or more of its printed
 * labels) and leaves template cells unread gets TABLE_INCOMPLETE naming the rows and counting the cells; and its
 * format comes from the words it prints, so a 2019-or-later report is never "prose" because its tables were unread.
 */

/**
 * The official tables the report's text carries, and the format its words show. `normalised`: the text is already
 * `normalizeForMatching`'s copy (normalising is idempotent, so it is not done again).
 */
export function tableEvidence(text: string, normalised = false): { tables: Array<'表三' | '表四'>; format?: FormatVersion; table3Format?: FormatVersion } {
  // no evidence word, even spread over line breaks, spaces or quotes: no label text made (templates/evidence.ts)
  if (normalised && !mayCarryTables(text)) return { tables: [] };
  const labels = normalised ? labelTextOfNormalised(text) : labelText(text);
  const tables = tablesPresent(labels);
  if (tables.length === 0) return { tables };
  const table3Format = tables.includes('表三') ? table3FormatFromWords(labels) : undefined;
  return { tables, format: table3Format ?? formatFromWords(labels), table3Format };
}

/**
 * The template 表三 is checked against: its own words first (a 2021-only row → 2021; （六）其他处理 → 2019), then the
 * report's format, then 2021. The words cannot tell the 2019 （六）其他处理 row from the 2021 group label (both print
 * 其他处理): when the table was read with the 2021 group's rows, the rows decide.
 */
export function table3Template(evidence: { table3Format?: FormatVersion }, indicators: Indicators): FormatVersion {
  const other = (indicators as { applications?: { otherHandling?: Record<string, unknown> } }).applications?.otherHandling;
  const rows2021 = other !== undefined && GROUP_2021.some((k) => typeof other[k] === 'object' && other[k] !== null);
  if (evidence.table3Format === '2019' && rows2021 && indicators.format === '2021') return '2021';
  return evidence.table3Format ?? (indicators.format === '2019' ? '2019' : '2021');
}

// the 2021 （六）其他处理 group's rows under applications.otherHandling (overdueCorrection, unpaidFee, other), from the registry
const GROUP_2021 = TABLE3_ROWS.filter((r) => r.formats.join() === '2021').map((r) => r.key.slice(r.key.indexOf('.') + 1));

/** TABLE_INCOMPLETE for each carried table with unread template cells; sets the format from evidence when unset. */
export function completeness(text: string, indicators: Indicators, normalised = false): Warning[] {
  const evidence = tableEvidence(text, normalised);
  if (evidence.tables.length === 0) return [];
  if (!indicators.format || indicators.format === 'prose') {
    if (evidence.format) indicators.format = evidence.format;
    else delete indicators.format;
  }
  const out: Warning[] = [];
  for (const table of evidence.tables) {
    const format = table3Template(evidence, indicators);
    const unread = unreadRows(indicators, table, format);
    if (unread.cells === 0) continue;
    const names = unread.rows.map((r) => r.label);
    // unless a 2021-only row is printed, （六）其他处理 may be the 2019 row or the 2021 rows with labels lost: name both
    const other = table === '表三' && evidence.table3Format !== '2021' ? unreadRows(indicators, table, format === '2019' ? '2021' : '2019').keys : [];
    const keys = [...new Set([...unread.keys, ...other])];
    out.push(
      makeWarning('TABLE_INCOMPLETE', `${table}: ${unread.cells} of ${unread.expected} cells unread (${names.join('、')})`, {
        data: { table, format, expected: unread.expected, unread: unread.cells, rows: unread.rows.map((r) => r.key), keys },
      }),
    );
  }
  return out;
}
