import { describe, expect, it } from 'vitest';
import { findSections, sectionPathAt } from '../../src/segment/index.js';
import { extractFacts } from '../../src/extract/index.js';
import { readDisclosure, type DisclosureInput } from '../../src/profiles/disclosure/index.js';
import { readMetadata } from '../../src/profiles/disclosure/metadata/metadata.js';
import { readTables } from '../../src/profiles/disclosure/tables/tables.js';
import { readStatTable } from '../../src/profiles/disclosure/tables/statTable.js';
import { mapTable } from '../../src/profiles/disclosure/tables/cellKeys.js';
import { tableValues } from '../../src/profiles/disclosure/tables/tableValues.js';
import { byStanding, proseCandidates, settleProse, statCandidates } from '../../src/profiles/disclosure/prose/proseIndicators.js';
import { indicatorsOf } from '../../src/profiles/disclosure/indicators.js';
import type { Table } from '../../src/schema/report.js';
import { fixtureReports, type FixtureReport } from '../helpers/fixtureReports.js';

/**
 * The long way readDisclosure takes every step: the prose settled alone for the 统计表's hints whether or not a
 * 统计表 asks, all facts sorted and re-indexed, the candidates settled again over them.
 */
function readDisclosureLong(input: DisclosureInput) {
  const { text, norm, sections, facts: textFacts, htmlTables, pathAt } = input;
  const { warnings: metaWarnings, ...metadata } = readMetadata(text, norm, sections, textFacts);
  const tabled = readTables(text, norm, sections, htmlTables);
  const prose = proseCandidates(text, textFacts);
  const hints = settleProse(prose, textFacts).sources;
  const stat = readStatTable(text, norm, new Map(hints.map((s) => [s.key, s.value])));
  const tables = stat.table ? [...tabled.tables, stat.table] : tabled.tables;
  const readOf = (table: Table) => {
    const map = mapTable(table);
    return map && { map, values: tableValues(text, table, map).values };
  };
  const reads = stat.table ? [...tabled.read, readOf(stat.table)] : tabled.read;
  const statFacts = stat.facts.map((f) => ({ ...f, sectionPath: pathAt(f.span.start), cell: { table: tables.length - 1, row: f.cell!.row, col: f.cell!.col } }));
  const facts = [...textFacts, ...tabled.facts, ...statFacts].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const at = new Map(facts.map((f, i) => [f, i]));
  const candidates = [...prose.map((c) => ({ ...c, index: at.get(textFacts[c.index])! })), ...statCandidates(facts)].sort(byStanding);
  const indicators = indicatorsOf(norm, facts, reads, settleProse(candidates, facts), true);
  return { metadata, tables, facts, indicators: indicators.indicators, indicatorSources: indicators.sources, warnings: [...metaWarnings, ...tabled.warnings, ...stat.warnings, ...indicators.warnings] };
}

/** A fixture report as the stages before disclosure leave it (a new copy each call: the stage sets 统计表 facts in place). */
function inputOf({ text, norm, htmlTables }: FixtureReport): DisclosureInput {
  const sections = findSections(text, norm);
  return { text, norm, sections, facts: extractFacts(text, norm, sections).facts, htmlTables, pathAt: (o) => sectionPathAt(sections, o) };
}

describe('readDisclosure: steps that cannot change the reading are skipped', () => {
  it('reads every fixture report as the long way does (reports with and without table figures, with a 统计表)', () => {
    const kinds = { textOnly: 0, withTables: 0, statTable: 0 };
    for (const report of fixtureReports()) {
      const fast = readDisclosure(inputOf(report));
      expect(JSON.stringify(fast), report.path).toBe(JSON.stringify(readDisclosureLong(inputOf(report))));
      if (fast.facts.every((x) => x.source === 'text')) kinds.textOnly++;
      else kinds.withTables++;
      if (fast.facts.some((x) => x.rule.startsWith('statTable.'))) kinds.statTable++;
    }
    expect(Math.min(kinds.textOnly, kinds.withTables, kinds.statTable)).toBeGreaterThan(2);
  });

  it('the prose settled without a tree of its own gives the same sources, warnings and format on every fixture report', () => {
    let withSources = 0;
    for (const report of fixtureReports()) {
      const { text, facts } = inputOf(report);
      const candidates = proseCandidates(text, facts);
      const full = settleProse(candidates, facts);
      const bare = settleProse(candidates, facts, false);
      expect(JSON.stringify([bare.sources, bare.warnings]), report.path).toBe(JSON.stringify([full.sources, full.warnings]));
      expect(bare.indicators, report.path).toEqual(full.sources.length ? { format: 'prose' } : {});
      if (full.sources.length) withSources++;
    }
    expect(withSources).toBeGreaterThan(10);
  });

  it('facts handed over out of text order are sorted as before (the long way again)', () => {
    const report = [...fixtureReports(['corpus'])].find((r) => r.path.endsWith('054-a-tangcun-2010.txt'))!;
    const shuffled = () => {
      const i = inputOf(report);
      return { ...i, facts: [...i.facts].reverse() };
    };
    expect(shuffled().facts.length).toBeGreaterThan(3);
    expect(JSON.stringify(readDisclosure(shuffled()))).toBe(JSON.stringify(readDisclosureLong(shuffled())));
  });
});
