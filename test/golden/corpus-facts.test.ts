/**
 * Golden test: every prose fact of the careful human readings in fixtures/corpus/*.gold.json must come out of
 * parseReport with the same value, its span inside the place the reading quotes. Facts read from tables (labels
 * 表二-…, 统计表-…) belong to the table stage and are skipped here. Set NIANBAO_GOLD_VERBOSE=1 to list the facts
 * the library finds that the reading does not list (for precision review).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';
import type { Fact } from '../../src/schema/report.js';

const DIR = join(import.meta.dirname, '../../fixtures/corpus');

interface GoldFact {
  label: string;
  value: number | string;
  unit: string;
  quote: string;
}

/** The fact kind and library value of a gold reading (money in yuan, 万 counts multiplied out). */
export function expectedOf(g: GoldFact): { kind: Fact['kind']; value: number | string } {
  const unit = g.unit.replace(/\(.*\)$/, ''); // 个(近), 条(多): the qualifier is the approximation
  if (unit === '日期') return { kind: 'dateRange', value: g.value };
  if (unit === '%') return { kind: 'percent', value: g.value };
  const v = Number(g.value);
  const times = unit.startsWith('亿') ? 1e8 : unit.startsWith('万') ? 1e4 : 1;
  if (unit.endsWith('元')) return { kind: 'money', value: Math.round(v * times * 100) / 100 };
  return { kind: 'count', value: Math.round(v * times * 100) / 100 };
}

function occurrences(text: string, quote: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push({ start: i, end: i + quote.length });
  return out;
}

/** Whether a fact reads the gold fact: same kind and value, span inside one place where the quote stands. */
function reads(f: Fact, g: GoldFact, places: Array<{ start: number; end: number }>): boolean {
  const e = expectedOf(g);
  if (f.kind !== e.kind) return false;
  if (typeof e.value === 'number' ? Math.abs(Number(f.value) - e.value) > 1e-6 : f.value !== e.value) return false;
  return places.some((p) => f.span.start >= p.start && f.span.end <= p.end);
}

// readings of a text or HTML page (062's source is a PDF: fixtures/shapes/ reads its pdftotext output)
const golds = readdirSync(DIR)
  .filter((f) => f.endsWith('.gold.json'))
  .filter((f) => ['.txt', '.html'].some((ext) => existsSync(join(DIR, f.replace(/\.gold\.json$/, ext)))))
  .sort();
// fixtures whose prose depends on another stage not yet able to give it (none at present: 031's HTML now reads)
const HTML_PENDING = new Set<string>([]);

describe('corpus gold facts (prose)', () => {
  for (const goldFile of golds) {
    const base = goldFile.replace(/\.gold\.json$/, '');
    const fixture = ['.txt', '.html'].map((ext) => join(DIR, base + ext)).find(existsSync)!;
    const gold = JSON.parse(readFileSync(join(DIR, goldFile), 'utf8')) as { facts: GoldFact[] };
    const expected = gold.facts.filter((g) => !/^(表二|统计表)-/.test(g.label));
    const run = HTML_PENDING.has(base) ? it.skip : it;
    run(`${base}: every gold prose fact is found with its value and span`, () => {
      const report = parseReport(readFileSync(fixture), { source: fixture });
      const misses: string[] = [];
      const matched = new Set<Fact>();
      for (const g of expected) {
        const places = occurrences(report.text, g.quote);
        // one fact per gold reading: two zeros from one sentence (复议, 诉讼) must be two facts
        const hit = report.facts.find((f) => !matched.has(f) && reads(f, g, places));
        if (hit) matched.add(hit);
        else misses.push(`${g.label} = ${g.value} ${g.unit} «${g.quote}»${places.length ? '' : ' (quote not in text)'}`);
      }
      const found = expected.length - misses.length;
      const extra = report.facts.filter((f) => f.source === 'text' && !matched.has(f));
      console.log(`${base}: found ${found}/${expected.length}; ${extra.length} further text facts` +
        (misses.length ? `\n  missed:\n    ${misses.join('\n    ')}` : ''));
      if (process.env.NIANBAO_GOLD_VERBOSE) {
        for (const f of extra) console.log(`    + ${f.kind} ${f.value}${f.unit ?? ''} [${f.rule}] «${f.quote}» ${f.subject ?? ''}`);
      }
      expect(misses).toEqual([]);
    });
  }
});
