import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReports, ReportSchema } from '../../src/index.js';

const seed = readFileSync(new URL('../../fixtures/seed/000_b61ef283626af920.txt', import.meta.url));

describe('seed page (ten sample reports)', () => {
  const reports = parseReports(seed, { source: 'seed' });
  it('splits into ten reports at 篇1 … 篇10', () => {
    expect(reports).toHaveLength(10);
  });
  it('every report passes its schema and every span slices to its quote', () => {
    for (const r of reports) {
      ReportSchema.parse(r);
      for (const f of r.facts) expect(r.text.slice(f.span.start, f.span.end)).toBe(f.quote);
    }
  });
});
