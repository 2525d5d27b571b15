// The pipeline of src/parse.ts stage by stage, each stage timed: bundled by bench.mjs (esbuild) from the sources, so
// the library's public entry stays the parser only. Reads the same way as `reportsOf` (stage by stage over a page's reports); the bench checks the reports
// it assembles equal `parseReports`' (same facts, same indicators), so the stage times are the real pipeline's.
import { readInput, normalizeForMatching } from '../../src/input/index.js';
import { splitReports, findSections, sectionPathAt } from '../../src/segment/index.js';
import { extractFacts } from '../../src/extract/index.js';
import { readDisclosure } from '../../src/profiles/disclosure/index.js';
import { readMetadata } from '../../src/profiles/disclosure/metadata/metadata.js';
import { readTables } from '../../src/profiles/disclosure/tables/tables.js';
import { reportsOf } from '../../src/parse.js';
import type { Table } from '../../src/schema/report.js';

/** The stages in pipeline order; assembling the Report objects is what the end-to-end time adds to their sum. */
export const STAGES = ['read', 'normalise', 'split', 'segment', 'extract', 'disclose'] as const;
/** Parts of `disclose`, timed apart by calling them again (so not added to the total). */
export const DISCLOSE_PARTS = ['metadata', 'tables'] as const;

export type StageTimes = Record<(typeof STAGES)[number] | (typeof DISCLOSE_PARTS)[number], number>;

/** Tables of the page that start inside [start, end), spans made relative to the slice (as parse.ts does). */
function tablesIn(tables: Table[], start: number, end: number): Table[] {
  const shift = (s: { start: number; end: number }) => ({ start: s.start - start, end: s.end - start });
  return tables
    .filter((t) => t.span.start >= start && t.span.start < end)
    .map((t) => ({ ...t, span: shift(t.span), rows: t.rows.map((row) => row.map((cell) => (cell.span ? { ...cell, span: shift(cell.span) } : cell))) }));
}

/** Parses `input` stage by stage, adding each stage's milliseconds (wall, or `clock`'s) to `times`; returns the counts. */
export function timedParse(input: string | Uint8Array, times: StageTimes, parts = false, clock = () => performance.now()): { facts: number; indicators: number } {
  let t = clock();
  const lap = (stage: keyof StageTimes) => {
    const now = clock();
    times[stage] += now - t;
    t = now;
  };
  const page = readInput(input, {});
  lap('read');
  const pageNorm = normalizeForMatching(page.text);
  lap('normalise');
  const slices = splitReports(page.text, pageNorm);
  lap('split');
  let facts = 0;
  let indicators = 0;
  // stage by stage over the page's reports, as reportsOf does
  const texts = slices.map((slice) => ({ text: page.text.slice(slice.start, slice.end), norm: pageNorm.slice(slice.start, slice.end) }));
  const sections = texts.map(({ text, norm }) => findSections(text, norm));
  lap('segment');
  const extracted = texts.map(({ text, norm }, i) => extractFacts(text, norm, sections[i]));
  lap('extract');
  const htmlTables = slices.map((slice) => tablesIn(page.tables, slice.start, slice.end));
  texts.forEach(({ text, norm }, i) => {
    const disclosed = readDisclosure({ text, norm, sections: sections[i], facts: extracted[i].facts, htmlTables: htmlTables[i], pathAt: (o) => sectionPathAt(sections[i], o) });
    facts += disclosed.facts.length;
    indicators += disclosed.indicatorSources.length;
  });
  lap('disclose');
  if (parts) {
    texts.forEach(({ text, norm }, i) => readMetadata(text, norm, sections[i], extracted[i].facts));
    lap('metadata');
    texts.forEach(({ text, norm }, i) => readTables(text, norm, sections[i], htmlTables[i]));
    lap('tables');
  }
  return { facts, indicators };
}

/** The library's own pipeline on the same input (the bench compares its counts with `timedParse`'s). */
export function fullParse(input: string | Uint8Array): { facts: number; indicators: number } {
  const reports = reportsOf(readInput(input, {}));
  return { facts: reports.reduce((s, r) => s + r.facts.length, 0), indicators: reports.reduce((s, r) => s + r.indicatorSources.length, 0) };
}

export const zeroTimes = (): StageTimes => Object.fromEntries([...STAGES, ...DISCLOSE_PARTS].map((s) => [s, 0])) as StageTimes;
