// Complexity, not speed: run time must grow about linearly with input size on pathological inputs
// ('1'.repeat(n), '（'.repeat(n), '一、'.repeat(n), figures with measure words, '<div>'.repeat(n) …).
// Per-byte time at 1 MB is compared with per-byte time at 10 KB (medians); quadratic work gives a ratio near 100,
// linear work near 1. A 100 KB probe first (bound 5, quadratic gives 10) stops a quadratic case before it can hang.
// Timings are medians, and a ratio over its bound is measured again (up to three times) before the test fails.
import { describe, expect, it } from 'vitest';
import { NianbaoError, parseReports } from '../../src/index.js';

const KB = 1024;

/** Pathological inputs: each builds a string of about n UTF-16 units from a repeated unit. */
const CASES: Array<[string, string]> = [
  ["'1'.repeat(n) — one huge digit run", '1'],
  ["'一'.repeat(n) — one huge Chinese-numeral run", '一'],
  ["'（'.repeat(n) — unclosed brackets", '（'],
  ["'一、'.repeat(n) — a heading marker without end", '一、'],
  ["'（一）'.repeat(n) — nested-looking markers", '（一）'],
  ['figures with measure words: 123条4.5万元67%', '共123条，4.5万元，占67%，两项，80余份。'],
  ['dates and ranges: 2019年1月1日至12月31日', '2019年1月1日至12月31日'],
  ["'第1条' article numbers", '第1条'],
  ['a line of its own per heading: 一、标题\\n', '一、标题\n'],
  ['篇N separators: many tiny reports', '篇1\n内容12条\n'],
  ["'<div>'.repeat(n) — unclosed tags", '<div>'],
  ['a wide table row: <td>1</td>', '<td>1</td>'],
  ['numbers separated by spaces (a page of only numbers)', '12 '],
];

const build = (unit: string, size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length)));

function timeOnce(input: string): number {
  const t = performance.now();
  try {
    parseReports(input);
  } catch (err) {
    if (!(err instanceof NianbaoError)) throw err;
  }
  return performance.now() - t;
}

function medianTime(input: string, runs: number): number {
  const times = Array.from({ length: runs }, () => timeOnce(input)).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

/** Per-byte time of `big` over per-byte time of `small` (medians). */
function perByteRatio(small: string, big: string, bigRuns: number): { ratio: number; smallMs: number; bigMs: number } {
  const smallMs = Math.max(medianTime(small, 9), 0.05); // floor: below timer resolution the ratio means nothing
  const bigMs = medianTime(big, bigRuns);
  return { ratio: bigMs / big.length / (smallMs / small.length), smallMs, bigMs };
}

/**
 * The machine is shared: a GC pause or a neighbour's burst can double one timing. A real quadratic case fails every
 * attempt, noise rarely does — so measure up to three times and keep the best ratio.
 */
function robustRatio(small: string, big: string, bigRuns: number, bound: number) {
  let best = perByteRatio(small, big, bigRuns);
  for (let attempt = 1; attempt < 3 && best.ratio >= bound; attempt++) {
    const again = perByteRatio(small, big, bigRuns);
    if (again.ratio < best.ratio) best = again;
  }
  return best;
}

describe('run time grows linearly with input size', () => {
  timeOnce('一、总体情况\n共公布政府信息2599条。'); // warm-up: dictionary and JIT
  for (const [name, unit] of CASES) {
    it(name, { timeout: 90_000 }, () => {
      const small = build(unit, 10 * KB);
      timeOnce(small);
      const probe = robustRatio(small, build(unit, 100 * KB), 3, 5);
      expect(probe.ratio, `100 KB vs 10 KB: ${probe.bigMs.toFixed(1)} ms vs ${probe.smallMs.toFixed(2)} ms`).toBeLessThan(5);
      // one 1 MB run when it would take seconds; three otherwise
      const full = robustRatio(small, build(unit, 1024 * KB), probe.bigMs > 300 ? 1 : 3, 10);
      expect(full.ratio, `1 MB vs 10 KB: ${full.bigMs.toFixed(1)} ms vs ${full.smallMs.toFixed(2)} ms`).toBeLessThan(10);
    });
  }
});
