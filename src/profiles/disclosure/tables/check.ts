import type { Indicators } from '../../../schema/indicators.js';
import type { Warning } from '../../../schema/warnings.js';
import { table3Template, tableEvidence } from './incomplete.js';
import { identityState, templateIdentities, unreadRows, type OfficialTable } from './templateCells.js';

/**
 * The gold-free check of a parsed report (issue 12 §6): whether its official tables were read right can be tested
 * without a human reading — every template cell read, every identity holding. Data only; `nianbao check` prints it.
 */

/** One official table of a report, checked. */
export interface TableCheck {
  table: OfficialTable;
  format: '2019' | '2021';
  expected: number;
  read: number;
  /** Template rows with unread cells (keys). */
  unreadRows: string[];
  /** Identities that hold / fail (the published table's own arithmetic: warned, never fixed) / cannot be tested. */
  holding: number;
  failing: Array<{ name: string; sum: number; total: number }>;
  untestable: number;
}

/** A report's tables, checked; `silent` = cells unread with no warning saying why (must never happen). */
export interface ReportCheck {
  tables: TableCheck[];
  expected: number;
  read: number;
  holding: number;
  failing: number;
  /** Codes of the report's table warnings. */
  warnings: string[];
  silent: boolean;
}

/** Warnings that say why cells stay unread. */
const EXPLAINS_UNREAD = new Set(['TABLE_INCOMPLETE', 'TABLE_AMBIGUOUS', 'TABLE_UNREADABLE', 'TABLE_TRUNCATED']);
const TABLE_CODES = new Set([...EXPLAINS_UNREAD, 'TOTAL_MISMATCH', 'IDENTITY_MISMATCH', 'TOTAL_DERIVED', 'BLANKS_AS_ZERO']);

/** Checks the official tables a report carries against their templates and identities. */
export function checkReport(report: { text: string; indicators: Indicators; warnings: Warning[] }): ReportCheck {
  const evidence = tableEvidence(report.text);
  const format = table3Template(evidence, report.indicators);
  const tables = evidence.tables.map((table): TableCheck => {
    const unread = unreadRows(report.indicators, table, format);
    const out: TableCheck = { table, format, expected: unread.expected, read: unread.expected - unread.cells, unreadRows: unread.rows.map((r) => r.key), holding: 0, failing: [], untestable: 0 };
    for (const id of templateIdentities(table, format)) {
      const s = identityState(report.indicators, id);
      if (s.state === 'holds') out.holding++;
      else if (s.state === 'fails') out.failing.push({ name: id.name, sum: s.sum!, total: s.total! });
      else out.untestable++;
    }
    return out;
  });
  const warnings = [...new Set(report.warnings.map((w) => w.code).filter((c) => TABLE_CODES.has(c)))];
  const unread = tables.some((t) => t.read < t.expected);
  return {
    tables,
    expected: tables.reduce((s, t) => s + t.expected, 0),
    read: tables.reduce((s, t) => s + t.read, 0),
    holding: tables.reduce((s, t) => s + t.holding, 0),
    failing: tables.reduce((s, t) => s + t.failing.length, 0),
    warnings,
    silent: unread && !warnings.some((c) => EXPLAINS_UNREAD.has(c)),
  };
}
