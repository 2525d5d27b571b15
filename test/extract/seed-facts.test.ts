/**
 * The seed page's ten reports (篇1…篇10), read by hand in fixtures/seed/expected/pianNN.json: every listed fact is
 * found with its kind, value and a span inside its quote, and nothing is read out of the listed non-facts
 * (四结合, 第9至12条, 12319城建热线, 涿政办字[]1号, 八项制度 …).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../../src/index.js';
import type { Fact } from '../../src/schema/report.js';

const SEED = join(import.meta.dirname, '../../fixtures/seed');
const reports = parseReports(readFileSync(join(SEED, '000_b61ef283626af920.txt')), { source: 'seed' });
const expectedFiles = readdirSync(join(SEED, 'expected')).filter((f) => /^pian\d+\.json$/.test(f)).sort();

interface Expected {
  marker: string;
  facts: Array<{ label: string; kind: Fact['kind']; value: number | string; unit?: string; quote: string }>;
  nonFacts: string[];
}

function places(text: string, quote: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push({ start: i, end: i + quote.length });
  return out;
}

describe('seed page facts (篇1…篇10)', () => {
  it('holds ten reports', () => expect(reports).toHaveLength(10));
  expectedFiles.forEach((file, index) => {
    const expected = JSON.parse(readFileSync(join(SEED, 'expected', file), 'utf8')) as Expected;
    it(`${expected.marker}: every listed fact is found, no non-fact is read`, () => {
      const report = reports[index];
      const used = new Set<Fact>();
      const misses: string[] = [];
      for (const e of expected.facts) {
        const at = places(report.text, e.quote);
        const hit = report.facts.find((f) => !used.has(f) && f.kind === e.kind && f.value === e.value &&
          at.some((p) => f.span.start >= p.start && f.span.end <= p.end));
        if (hit) used.add(hit);
        else misses.push(`${e.label} = ${e.value} ${e.unit ?? ''} «${e.quote}»${at.length ? '' : ' (quote not in text)'}`);
      }
      const wrong: string[] = [];
      for (const n of expected.nonFacts) {
        for (const p of places(report.text, n)) {
          for (const f of report.facts) {
            if (f.span.start < p.end && p.start < f.span.end) wrong.push(`«${n}» read as ${f.kind} ${f.value} «${f.quote}»`);
          }
        }
      }
      const extra = report.facts.filter((f) => !used.has(f) && f.source === 'text');
      console.log(`${expected.marker}: found ${expected.facts.length - misses.length}/${expected.facts.length}` +
        (misses.length ? `\n  missed:\n    ${misses.join('\n    ')}` : '') +
        (wrong.length ? `\n  non-facts read:\n    ${wrong.join('\n    ')}` : '') +
        (process.env.NIANBAO_GOLD_VERBOSE ? extra.map((f) => `\n    + ${f.kind} ${f.value}${f.unit ?? ''} [${f.rule}] «${f.quote}» ${f.subject ?? ''}`).join('') : ''));
      expect(misses).toEqual([]);
      expect(wrong).toEqual([]);
    });
  });
});
