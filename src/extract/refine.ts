import { isNonMeasurement } from './nonMeasurements.js';
import type { Candidate, ScanInput } from './types.js';

// when two figures overlap and are equally long, the more specific kind wins (个百分点 over 个, 元 over a count)
const PRIORITY: Record<Candidate['kind'], number> = { dateRange: 5, date: 4, money: 3, percent: 2, count: 1 };

function better(a: Candidate, b: Candidate): boolean {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  return la !== lb ? la > lb : PRIORITY[a.kind] > PRIORITY[b.kind];
}

/** Whether the sorted, non-overlapping spans contain one overlapping [start, end). */
function overlapsAny(spans: ReadonlyArray<{ start: number; end: number }>, start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start < end;
}

/**
 * The refine step (chrono-node's refiners): drops numbers inside non-measurements (第15条, 邮编：350400 …), keeps the
 * longer of two overlapping figures, and keeps a zero stated in words only where no figure is written.
 */
export function refine(candidates: Candidate[], input: ScanInput): Candidate[] {
  const figures = candidates
    .filter((c) => !c.zeroBy)
    .filter((c) => c.kind === 'date' || c.kind === 'dateRange' || !isNonMeasurement(input.scan, c.numStart, c.numEnd))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of figures) {
    const last = kept.at(-1);
    if (last && c.start < last.end) {
      if (better(c, last)) kept[kept.length - 1] = c;
    } else kept.push(c);
  }
  const seen = new Set<string>();
  const zeros = candidates
    .filter((c) => c.zeroBy && !overlapsAny(kept, c.start, c.end))
    .filter((c) => {
      const key = `${c.start}:${c.end}:${c.kind}:${c.subject}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return [...kept, ...zeros].sort((a, b) => a.start - b.start || a.end - b.end);
}
