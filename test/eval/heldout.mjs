// The eval's held-out section: hand readings of reports kept out of tuning (fixtures/heldout), scored apart from the
// in-sample fixtures. Prints per-case counts and one summary line; the misses themselves only with --heldout-details
// (they are for the final analysis — reading them while writing rules would make the files in-sample).
// The same printer serves the burned section (fixtures/burned: former held-out readings, development since session 5),
// whose misses are always printed.
import { summarize, pct } from './match.mjs';

const W = (s, n) => {
  s = String(s ?? '');
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return s + ' '.repeat(Math.max(0, n - w));
};
const R = (s, n) => String(s ?? '').padStart(n);
const frac = (a, b) => (b ? `${a}/${b}` : '—');
const line = (cols) => console.log(cols.join('  '));
const TABLES = new Set(['表三', '表四']);

/** Indicator cells of one result split into official-table cells (表三/表四) and the rest (prose indicators, fees). */
function cellSplit(r) {
  const out = { table: { expected: 0, matched: 0 }, other: { expected: 0, matched: 0 } };
  for (const [t, v] of Object.entries(r.indicators?.byTable ?? {})) {
    const b = TABLES.has(t) ? out.table : out.other;
    b.expected += v.expected;
    b.matched += v.matched;
  }
  return out;
}

/** Prints the held-out section (or, with a title and name, the burned one) and returns what goes into out/eval.json. */
export function printHeldout(results, { details = false, commit = '', title, name = 'held-out' } = {}) {
  console.log(title ?? `\nHeld-out (fixtures/heldout: ${results.length} hand-read reports kept out of tuning; not in any figure above)`);
  line([W('case', 28), R('rep', 3), R('facts', 7), R('recall', 6), W('sections', 8), W('agency', 6), W('year', 4), R('ind', 7), R('table', 7), R('wrong', 5)]);
  let tableE = 0;
  let tableM = 0;
  let otherE = 0;
  let otherM = 0;
  for (const r of results) {
    if (r.error) {
      line([W(r.id, 28), `ERROR ${r.error}`]);
      continue;
    }
    const f = r.facts;
    const s = r.sections;
    const c = cellSplit(r);
    tableE += c.table.expected;
    tableM += c.table.matched;
    otherE += c.other.expected;
    otherM += c.other.matched;
    const ok = (m) => (m ? (m.ok ? 'ok' : 'NO') : '—');
    line([
      W(r.id, 28),
      R(r.reports, 3),
      R(f ? frac(f.matched, f.expected) : '—', 7),
      R(f ? pct(f.matched, f.expected) : '—', 6),
      W(s ? frac(s.exact + s.partial, s.expected) : '—', 8),
      W(ok(r.meta?.agency), 6),
      W(ok(r.meta?.year), 4),
      R(frac(c.other.matched, c.other.expected), 7),
      R(frac(c.table.matched, c.table.expected), 7),
      R(r.indicators?.wrong.length ?? 0, 5),
    ]);
  }
  const S = summarize(results);
  const F = S.facts;
  const H = S.sections;
  const I = S.indicators;
  console.log(
    `(ind = prose-era indicators and fees; table = 表三/表四 cells; wrong = indicator cells with a value other than the reading's)`,
  );
  console.log(
    `${name} summary @ ${commit}: agency ${frac(S.agency.ok, S.agency.expected)} = ${pct(S.agency.ok, S.agency.expected)}, ` +
      `year ${frac(S.year.ok, S.year.expected)} = ${pct(S.year.ok, S.year.expected)}, ` +
      `headings ${frac(H.exact + H.partial, H.expected)} = ${pct(H.exact + H.partial, H.expected)}, ` +
      `facts ${frac(F.matched, F.expected)} = ${pct(F.matched, F.expected)} recall, ` +
      `indicator cells ${frac(otherM, otherE)} = ${pct(otherM, otherE)}, ` +
      `table cells ${frac(tableM, tableE)} = ${pct(tableM, tableE)}, ` +
      `approximations ${frac(S.approx.agree, S.approx.expected)} (${S.approx.differ.length} differ), ` +
      `${I.wrong} wrong value(s)${S.errors.length ? `, ${S.errors.length} parse error(s)` : ''}`,
  );
  if (details) {
    console.log(name === 'held-out' ? '\nHeld-out details (for the final analysis only — do not tune rules on these)' : `\n${name} details`);
    for (const r of results) {
      for (const m of r.facts?.missed ?? []) console.log(`  ${W(r.id, 26)} fact ${m.kind} ${m.value}${m.unit ?? ''} 「${m.quote}」 — ${m.why}`);
      for (const h of r.sections?.missing ?? []) console.log(`  ${W(r.id, 26)} heading 「${h}」 not found`);
      for (const k of ['agency', 'year']) if (r.meta?.[k] && !r.meta[k].ok) console.log(`  ${W(r.id, 26)} ${k}: expected ${r.meta[k].expected}, got ${r.meta[k].got}`);
      for (const w of r.indicators?.wrong ?? []) console.log(`  ${W(r.id, 26)} WRONG ${w.key}: expected ${w.expected}, got ${w.got}`);
      for (const m of r.indicators?.missing ?? []) console.log(`  ${W(r.id, 26)} missing ${m.key} (${m.expected})`);
      for (const d of r.facts?.approx.differ ?? []) console.log(`  ${W(r.id, 26)} approx ${d.expected} ≠ produced ${d.produced} 「${d.quote}」`);
    }
  }
  const counts = results.map((r) => ({
    id: r.id,
    error: r.error,
    facts: r.facts && { expected: r.facts.expected, matched: r.facts.matched },
    sections: r.sections && { expected: r.sections.expected, found: r.sections.exact + r.sections.partial },
    agency: r.meta?.agency?.ok,
    year: r.meta?.year?.ok,
    cells: r.indicators && { ...cellSplit(r), wrong: r.indicators.wrong.length },
  }));
  return {
    summary: {
      agency: S.agency,
      year: S.year,
      headings: { expected: H.expected, found: H.exact + H.partial },
      facts: { expected: F.expected, matched: F.matched },
      indicatorCells: { expected: otherE, matched: otherM },
      tableCells: { expected: tableE, matched: tableM },
      wrong: I.wrong,
      errors: S.errors,
    },
    cases: details ? results : counts,
  };
}
