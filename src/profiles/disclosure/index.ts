/**
 * The disclosure stage (DESIGN §1 profiles/): what a 政府信息公开工作年度报告 says beyond its loose figures — its
 * metadata (metadata/), its official tables (tables/: 表二/表三/表四 and the pre-2019 统计表) and the indicators the
 * tables and the prose state (prose/), with templates/ the one registry of labels and units. One entry,
 * `readDisclosure`, reads each once: every table is mapped and valued once, the prose figures are matched to keys once
 * (the same pass gives the hints that split the 统计表's run-together figures), and the result comes back indexed.
 */
import type { Fact, Section, Table } from '../../schema/report.js';
import type { Indicators, IndicatorSource } from '../../schema/indicators.js';
import type { Warning } from '../../schema/warnings.js';
import { readMetadata, type ReportMetadata } from './metadata/metadata.js';
import { readTables } from './tables/tables.js';
import { readStatTable } from './tables/statTable.js';
import { mapTable } from './tables/cellKeys.js';
import { tableValues } from './tables/tableValues.js';
import { byStanding, proseCandidates, settleProse, statCandidates, type ProseIndicatorResult } from './prose/proseIndicators.js';
import { indicatorsOf } from './indicators.js';

export { checkReport, type ReportCheck, type TableCheck } from './tables/check.js';
export type { ReportMetadata } from './metadata/metadata.js';

/** One report as the earlier stages leave it. */
export interface DisclosureInput {
  text: string;
  /** `text` normalised for matching (same length, character by character). */
  norm: string;
  sections: Section[];
  /** The figures extraction found in the text, in text order. */
  facts: Fact[];
  /** The report's HTML (or PDF grid) tables, spans already in `text`. */
  htmlTables: Table[];
  /** Where an offset sits in the section tree (the segment stage's `sectionPathAt`). */
  pathAt: (offset: number) => string[];
}

/** The disclosure stage's reading of one report, indexed: facts in text order, cells pointing at `tables`. */
export interface Disclosure {
  metadata: Omit<ReportMetadata, 'warnings'>;
  tables: Table[];
  /** The text's figures and every table cell's figure, sorted by span. */
  facts: Fact[];
  indicators: Indicators;
  indicatorSources: IndicatorSource[];
  warnings: Warning[];
}

/** Reads metadata, tables, cell facts and indicators of one report, each once (see the file comment). */
export function readDisclosure(input: DisclosureInput): Disclosure {
  const { text, norm, sections, facts: textFacts, htmlTables, pathAt } = input;
  const { warnings: metaWarnings, ...metadata } = readMetadata(text, norm, sections, textFacts);
  const tabled = readTables(text, norm, sections, htmlTables);

  // the prose figures' keys, once; settled over the prose alone they are the 统计表's hints (settled only when a
  // 统计表's run-together figures ask: most reports have none)
  const prose = proseCandidates(text, textFacts);
  let proseAlone: ProseIndicatorResult | undefined;
  let hints: Map<string, number> | undefined;
  const hint = (key: string) => (hints ??= new Map((proseAlone ??= settleProse(prose, textFacts, false)).sources.map((s) => [s.key, s.value]))).get(key);
  const stat = readStatTable(text, norm, { get: hint });
  const tables = stat.table ? [...tabled.tables, stat.table] : tabled.tables;
  const reads = stat.table ? [...tabled.read, readOf(text, stat.table)] : tabled.read;

  let facts: Fact[];
  let settled: ProseIndicatorResult;
  if (tabled.facts.length === 0 && stat.facts.length === 0 && inTextOrder(textFacts)) {
    // no table figure joins the text's (most prose-era reports): the sorted list is the text's own, each candidate's
    // index stays, no 统计表 candidate is added — the prose settled alone is the prose settled over all the facts
    facts = textFacts.slice();
    settled = proseAlone ?? settleProse(prose, textFacts, false);
  } else {
    // the 统计表's facts are new objects: their section path and table index are set in place (no object spreads)
    const statFacts = stat.facts.map((f) => {
      f.sectionPath = pathAt(f.span.start);
      f.cell = { table: tables.length - 1, row: f.cell!.row, col: f.cell!.col };
      return f;
    });
    facts = [...textFacts, ...tabled.facts, ...statFacts].sort(bySpan);
    const at = new Map(facts.map((f, i) => [f, i]));
    const candidates = [...prose.map((c) => ({ key: c.key, rule: c.rule, tier: c.tier, index: at.get(textFacts[c.index])! })), ...statCandidates(facts)].sort(byStanding);
    settled = settleProse(candidates, facts, false);
  }
  // (settled without a tree of their own: indicatorsOf builds the one tree from the tables' and the prose's sources)
  const indicators = indicatorsOf(norm, facts, reads, settled, true);

  return {
    metadata,
    tables,
    facts,
    indicators: indicators.indicators,
    indicatorSources: indicators.sources,
    warnings: [...metaWarnings, ...tabled.warnings, ...stat.warnings, ...indicators.warnings],
  };
}

const bySpan = (a: Fact, b: Fact): number => a.span.start - b.span.start || a.span.end - b.span.end;

/** Whether the facts are already in `bySpan` order (sorting them would leave them as they are). */
function inTextOrder(facts: Fact[]): boolean {
  for (let i = 1; i < facts.length; i++) if (bySpan(facts[i - 1], facts[i]) > 0) return false;
  return true;
}

/** The 统计表 through the same map as every table (its words name none of 表二/三/四, so it keys no cell today). */
function readOf(text: string, table: Table) {
  const map = mapTable(table);
  return map && { map, values: tableValues(text, table, map).values };
}
