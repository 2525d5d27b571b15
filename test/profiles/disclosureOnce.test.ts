import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInput, normalizeForMatching } from '../../src/input/index.js';
import { splitReports, findSections, sectionPathAt } from '../../src/segment/index.js';
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

const FIXTURES = join(import.meta.dirname, '../../fixtures');

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

/** Each report of a fixture file as the stages before disclosure leave it (two copies: the stage sets 统计表 facts in place). */
function inputsOf(path: string): Array<() => DisclosureInput> {
  const page = readInput(new Uint8Array(readFileSync(path)), {});
  const pageNorm = normalizeForMatching(page.text);
  return splitReports(page.text, pageNorm).map((s) => () => {
    const text = page.text.slice(s.start, s.end);
    const norm = pageNorm.slice(s.start, s.end);
    const sections = findSections(text, norm);
    return { text, norm, sections, facts: extractFacts(text, norm, sections).facts, htmlTables: s.start === 0 ? page.tables : [], pathAt: (o) => sectionPathAt(sections, o) };
  });
}

describe('readDisclosure: steps that cannot change the reading are skipped', () => {
  it('reads every fixture report as the long way does (reports with and without table figures, with a 统计表)', () => {
    const kinds = { textOnly: 0, withTables: 0, statTable: 0 };
    for (const dir of ['corpus', 'seed', 'wild', 'burned', 'shapes']) {
      for (const f of readdirSync(join(FIXTURES, dir))) {
        const p = join(FIXTURES, dir, f);
        if (!statSync(p).isFile() || !/\.(txt|html?)$/.test(f)) continue;
        for (const input of inputsOf(p)) {
          const fast = readDisclosure(input());
          expect(JSON.stringify(fast), p).toBe(JSON.stringify(readDisclosureLong(input())));
          if (fast.facts.every((x) => x.source === 'text')) kinds.textOnly++;
          else kinds.withTables++;
          if (fast.facts.some((x) => x.rule.startsWith('statTable.'))) kinds.statTable++;
        }
      }
    }
    expect(Math.min(kinds.textOnly, kinds.withTables, kinds.statTable)).toBeGreaterThan(2);
  });

  it('facts handed over out of text order are sorted as before (the long way again)', () => {
    const [input] = inputsOf(join(FIXTURES, 'corpus/054-a-tangcun-2010.txt'));
    const shuffled = () => {
      const i = input();
      return { ...i, facts: [...i.facts].reverse() };
    };
    expect(shuffled().facts.length).toBeGreaterThan(3);
    expect(JSON.stringify(readDisclosure(shuffled()))).toBe(JSON.stringify(readDisclosureLong(shuffled())));
  });
});
