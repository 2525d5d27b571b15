import { describe, expect, it } from 'vitest';
import { pipeAndFooterSpans } from '../../../src/profiles/disclosure/tables/pipeTables.js';
import { fixtureReports } from '../../helpers/fixtureReports.js';

const REPORTS = [...fixtureReports(['corpus', 'seed', 'wild', 'burned', 'shapes', 'html'])];

describe('page footers: texts with no line ending in a dash are not scanned', () => {
  it('finds the same spans without the skip on every fixture report and on crafted footers and near misses', () => {
    let footers = 0;
    for (const r of REPORTS) {
      const spans = pipeAndFooterSpans(r.norm);
      expect(spans, r.path).toEqual(pipeAndFooterSpans(r.norm, false));
      footers += spans.length;
    }
    const lines = ['— 3 —', '-12-', '– 4 –', ' —  7  — ', '--3--', '— 3 —x', '2011-01-01', '— 3', '3 —', '- 1 -\t', '—3—'];
    const ends = ['', '\n', '\r\n', '\u2028', '  \n', '\t'];
    let crafted = 0;
    for (const line of lines) for (const end of ends) for (const before of ['', '正文\n', '第一页\r\n']) {
      const norm = `${before}${line}${end}后文`;
      const spans = pipeAndFooterSpans(norm);
      expect(spans, JSON.stringify(norm)).toEqual(pipeAndFooterSpans(norm, false));
      crafted += spans.length;
    }
    expect(crafted).toBeGreaterThan(20);
    // (the fixtures' PDF texts print page footers: the skip is tested where it must not skip)
    expect(footers).toBeGreaterThan(0);
  });
});
