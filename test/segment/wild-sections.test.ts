import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInput, normalizeForMatching } from '../../src/input/index.js';
import { findSections } from '../../src/segment/index.js';

// Top-level headings of the non-held-out wild reports (fixtures/wild/<stem>.indicators.json `sections`), read by
// hand from each report's text with the conventions of fixtures/READINGS.md, before the parser was compared with them.
const wild = new URL('../../fixtures/wild/', import.meta.url);
const readings = readdirSync(wild)
  .filter((f) => f.endsWith('.indicators.json'))
  .sort()
  .map((f) => ({ stem: f.replace('.indicators.json', ''), sections: JSON.parse(readFileSync(new URL(f, wild), 'utf8')).sections as string[] }));

// Reports whose headings the parser still cuts short (each found heading a prefix of the reading's): listed so the
// test fails the day they are read whole and the entry must go.
const CUT_SHORT = new Set<string>([]);

function headingsOf(stem: string): string[] {
  const text = readInput(readFileSync(new URL(`${stem}.txt`, wild))).text;
  return findSections(text, normalizeForMatching(text)).map((s) => s.heading);
}

describe('top-level sections of the read wild reports match the hand readings', () => {
  it('every wild reading has its sections (27 non-held-out reports)', () => {
    expect(readings.length).toBeGreaterThanOrEqual(27);
    for (const r of readings) expect(r.sections?.length, r.stem).toBeGreaterThan(0);
  });
  it.each(readings.map((r) => [r.stem, r] as const))('%s', (stem, r) => {
    const found = headingsOf(stem);
    if (!CUT_SHORT.has(stem)) {
      expect(found).toEqual(r.sections);
      return;
    }
    expect(found).not.toEqual(r.sections);
    expect(found.length).toBe(r.sections.length);
    found.forEach((h, i) => expect(r.sections[i].startsWith(h), `${h} ⊂ ${r.sections[i]}`).toBe(true));
  });
});
