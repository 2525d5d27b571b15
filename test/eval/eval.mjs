// npm run eval — accuracy of the built library against every fixture with expected data.
// Prints a table (per case, per fact kind, structure, indicators, examples) and writes out/eval.json.
// Then the burned reports (fixtures/burned: former held-out readings, development since session 5) with their misses,
// and the held-out reports (fixtures/heldout: hand readings kept out of tuning) in their own section and summary line.
// Usage: node test/eval/eval.mjs [--out out/eval.json] [--only <id-substring>] [--examples N] [--no-variants]
//        [--no-heldout] [--heldout-details]  (details print the held-out misses: for the final analysis, not for tuning)
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadBurnedCases, loadCases, loadHeldoutCases, readCaseInput, ROOT } from './cases.mjs';
import { printHeldout } from './heldout.mjs';
import { evaluateCase, summarize, KIND_GROUPS, pct } from './match.mjs';
import { VARIANTS, variantCase } from './variants.mjs';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const outPath = resolve(ROOT, opt('--out', 'out/eval.json')); // an absolute --out is kept as given
const only = opt('--only');
const examples = Number(opt('--examples', 15));

const lib = await import(join(ROOT, 'dist/index.js'));

const cases = loadCases().filter((c) => !only || c.id.includes(only));
if (!cases.length) {
  console.log('no fixtures with expected data found');
  process.exit(0);
}

/** parseReports once per input file (the seed page serves ten cases). */
const parsed = new Map();
function parse(c) {
  if (!parsed.has(c.input)) {
    try {
      parsed.set(c.input, { reports: lib.parseReports(readCaseInput(c), { source: relative(ROOT, c.input) }) });
    } catch (err) {
      parsed.set(c.input, { error: `${err?.name ?? 'Error'}${err?.code ? ` ${err.code}` : ''}: ${err?.message ?? err}` });
    }
  }
  return parsed.get(c.input);
}

const results = cases.map((c) => {
  const p = parse(c);
  if (p.error) return { id: c.id, group: c.group, error: p.error };
  return evaluateCase(c, p.reports);
});
const summary = summarize(results);

// ---------- printing ----------
const W = (s, n) => {
  s = String(s ?? '');
  let w = 0;
  for (const ch of s) w += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
  return s + ' '.repeat(Math.max(0, n - w));
};
const R = (s, n) => String(s ?? '').padStart(n);
const frac = (a, b) => (b ? `${a}/${b}` : '—');
const line = (cols) => console.log(cols.join('  '));

let commit = '';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
} catch {
  commit = 'no git';
}
console.log(`nianbao eval — ${cases.length} cases, commit ${commit}\n`);

line([W('case', 28), R('rep', 3), R('facts', 7), R('recall', 6), R('prod', 5), R('unmat', 5), W('sections', 8), W('agency', 6), W('year', 4), R('cells', 9)]);
for (const r of results) {
  if (r.error) {
    line([W(r.id, 28), `ERROR ${r.error}`]);
    continue;
  }
  const f = r.facts;
  const s = r.sections;
  const ok = (m) => (m ? (m.ok ? 'ok' : 'NO') : '—');
  line([
    W(r.id, 28),
    R(r.reports, 3),
    R(f ? frac(f.matched, f.expected) : '—', 7),
    R(f ? pct(f.matched, f.expected) : '—', 6),
    R(f ? f.produced : '—', 5),
    R(f ? f.unmatched.length : '—', 5),
    W(s ? frac(s.exact + s.partial, s.expected) : '—', 8),
    W(ok(r.meta?.agency), 6),
    W(ok(r.meta?.year), 4),
    R(r.indicators ? frac(r.indicators.matched, r.indicators.expected) : '—', 9),
  ]);
}

console.log('\nFacts by kind (matched = value, unit and span inside the expected quote agree)');
line([W('kind', 8), R('expected', 8), R('matched', 7), R('recall', 7), R('produced', 8), R('strict P', 8)]);
for (const k of KIND_GROUPS) {
  const v = summary.kinds[k];
  line([W(k, 8), R(v.expected, 8), R(v.matched, 7), R(pct(v.matched, v.expected), 7), R(v.produced, 8), R(pct(v.producedMatched, v.produced), 8)]);
}
const F = summary.facts;
line([W('all', 8), R(F.expected, 8), R(F.matched, 7), R(pct(F.matched, F.expected), 7), R(F.produced, 8), R(pct(F.produced - F.unmatched, F.produced), 8)]);
console.log(
  `strict precision counts every produced fact not in a reading as wrong; ${F.unmatched} unmatched (${F.unmatchedTable} from tables, ` +
    `${F.suspects} flagged as likely non-measurements); precision without unmatched table facts ${pct(F.produced - F.unmatched, F.produced - F.unmatchedTable)}` +
    `${F.quotesNotFound ? `; ${F.quotesNotFound} expected quotes not found in the text` : ''}`,
);
console.log(`negative list: ${F.nonFactHits} count/percent/money facts produced inside the ${F.nonFacts} strings readers marked as not measurements (clear false positives)`);
const A = summary.approx;
console.log(`approximation: ${frac(A.agree, A.expected)} matched facts the readings mark approximate (近/约/余/多…) carry the same mark; ${A.differ.length} differ`);
for (const d of A.differ) console.log(`  ${W(d.id, 26)} ${d.expected} ≠ produced ${d.produced} 「${d.quote}」`);

console.log('\nStructure and metadata');
const S = summary.sections;
console.log(`section headings  ${frac(S.exact + S.partial, S.expected)} = ${pct(S.exact + S.partial, S.expected)} recall (${S.exact} exact, ${S.partial} prefix/run-on)`);
console.log(`agency            ${frac(summary.agency.ok, summary.agency.expected)} = ${pct(summary.agency.ok, summary.agency.expected)}`);
console.log(`year              ${frac(summary.year.ok, summary.year.expected)} = ${pct(summary.year.ok, summary.year.expected)}`);
if (summary.encoding.expected) console.log(`encoding (html)   ${frac(summary.encoding.ok, summary.encoding.expected)}`);
if (summary.text.quotes || summary.text.absent) {
  console.log(
    `page text (html)  ${frac(summary.text.quotesFound, summary.text.quotes)} expected sentences found, ` +
      `${summary.text.absent - summary.text.leaked}/${summary.text.absent} chrome/markup strings kept out`,
  );
}
const I = summary.indicators;
console.log(
  `indicator cells   ${frac(I.matched, I.expected)} = ${pct(I.matched, I.expected)} exact (${I.wrong} wrong value, ${I.missing} missing); ` +
    Object.entries(I.byTable)
      .map(([t, v]) => `${t} ${frac(v.matched, v.expected)}`)
      .join(', '),
);
if (summary.errors.length) console.log(`\n${summary.errors.length} case(s) failed to parse: ${summary.errors.map((e) => e.id).join(', ')}`);

const take = (list, n) => list.slice(0, n);
const missed = results.flatMap((r) => (r.facts?.missed ?? []).map((m) => ({ id: r.id, ...m })));
if (missed.length) {
  console.log(`\nMissed expected facts (${missed.length}; first ${Math.min(examples, missed.length)} — see out/eval.json for all)`);
  for (const m of take(missed, examples)) console.log(`  ${W(m.id, 26)} ${m.kind} ${m.value}${m.unit ?? ''} 「${m.quote.replace(/\s+/g, ' ')}」 — ${m.why}`);
}
const unmatched = results
  .flatMap((r) => (r.facts?.unmatched ?? []).map((u) => ({ id: r.id, ...u })))
  .sort(
    (a, b) =>
      Number(b.nonFact) - Number(a.nonFact) || b.suspect.length - a.suspect.length || Number(a.source === 'table') - Number(b.source === 'table'),
  );
if (unmatched.length) {
  const byRule = {};
  for (const u of unmatched) byRule[`${u.source === 'table' ? 'table:' : ''}${u.rule ?? '?'}`] = (byRule[`${u.source === 'table' ? 'table:' : ''}${u.rule ?? '?'}`] ?? 0) + 1;
  console.log(
    `\nunmatched by rule: ${Object.entries(byRule)
      .sort((a, b) => b[1] - a[1])
      .map(([r, n]) => `${r} ${n}`)
      .join(', ')}`,
  );
  console.log(`\nProduced facts not in any reading (${unmatched.length}; marked/likely non-measurements first, then prose, then table cells; judge by reading)`);
  for (const u of take(unmatched, examples)) {
    console.log(`  ${W(u.id, 26)} ${u.kind} ${u.value}${u.unit ?? ''} ${u.context}${u.suspect.length ? `  ⚠ ${u.suspect.join(', ')}` : ''}`);
  }
}
const wrong = results.flatMap((r) => (r.indicators?.wrong ?? []).map((w) => ({ id: r.id, ...w })));
if (wrong.length) {
  console.log(`\nIndicator cells with a wrong value (${wrong.length}; first ${Math.min(examples, wrong.length)})`);
  for (const w of take(wrong, examples)) console.log(`  ${W(w.id, 26)} ${w.key}: expected ${w.expected}, got ${w.got}`);
}

// ---------- formatting variants: the same readings, other typography ----------
const variants = [];
if (!args.includes('--no-variants')) {
  console.log('\nFormatting variants (same readings; rules developed on these fixtures, so this is the out-of-sample proxy)');
  line([W('variant', 12), W('what', 44), R('cases', 5), R('facts', 15), R('cells', 15), R('sections', 15), R('agency', 6), R('year', 5)]);
  for (const v of VARIANTS) {
    const vres = [];
    for (const c of cases) {
      if (parsed.get(c.input)?.error) continue;
      const original = readCaseInput(c);
      const vc = variantCase(c, v, typeof original === 'string' ? original : original.toString('utf8'));
      if (!vc) continue;
      let reports;
      try {
        reports = lib.parseReports(vc.input, { source: `${relative(ROOT, c.input)}~${v.id}` });
      } catch (err) {
        vres.push({ id: vc.case.id, group: c.group, error: `${err?.code ?? err?.name}: ${err?.message}` });
        continue;
      }
      vres.push(evaluateCase(vc.case, reports));
    }
    const ids = new Set(vres.map((r) => r.id.replace(/~.*$/, '')));
    const vs = summarize(vres);
    const os = summarize(results.filter((r) => ids.has(r.id)));
    const cmp = (a, b, c, d) => `${pct(a, b)} (${pct(c, d)})`;
    line([
      W(v.id, 12),
      W(v.about, 44),
      R(vres.length, 5),
      R(cmp(vs.facts.matched, vs.facts.expected, os.facts.matched, os.facts.expected), 15),
      R(cmp(vs.indicators.matched, vs.indicators.expected, os.indicators.matched, os.indicators.expected), 15),
      R(cmp(vs.sections.exact + vs.sections.partial, vs.sections.expected, os.sections.exact + os.sections.partial, os.sections.expected), 15),
      R(pct(vs.agency.ok, vs.agency.expected), 6),
      R(pct(vs.year.ok, vs.year.expected), 5),
    ]);
    variants.push({ id: v.id, about: v.about, summary: vs, originalOnSameCases: os, errors: vs.errors, results: vres });
  }
  console.log('(in brackets: the original text of the same cases)');
  const lost = variants.flatMap((v) =>
    v.results.flatMap((r) => (r.facts?.missed ?? []).map((m) => ({ v: v.id, id: r.id.replace(/~.*$/, ''), ...m }))),
  );
  const missedOriginally = new Set(results.flatMap((r) => (r.facts?.missed ?? []).map((m) => `${r.id}|${m.label}|${m.kind}|${m.value}`)));
  const newlyLost = lost.filter((m) => !missedOriginally.has(`${m.id}|${m.label}|${m.kind}|${m.value}`));
  if (newlyLost.length) {
    console.log(`facts found in the original but lost in a variant (${newlyLost.length}; first ${Math.min(examples, newlyLost.length)}):`);
    for (const m of newlyLost.slice(0, examples)) console.log(`  ${W(m.v, 12)} ${W(m.id, 24)} ${m.kind} ${m.value}${m.unit ?? ''} 「${m.quote.replace(/\s+/g, ' ')}」 — ${m.why}`);
  }
}

// ---------- burned: former held-out readings, development since session 5 (fixtures/burned/README.md) ----------
let burned;
const bcases = loadBurnedCases().filter((c) => !only || c.id.includes(only));
if (bcases.length) {
  const bresults = bcases.map((c) => {
    const p = parse(c);
    return p.error ? { id: c.id, group: c.group, error: p.error } : evaluateCase(c, p.reports);
  });
  const title = `\nBurned (fixtures/burned: ${bresults.length} former held-out reports, development since session 5; in-sample, not in the figures above)`;
  burned = printHeldout(bresults, { details: true, commit, title, name: 'burned' });
}

// ---------- held-out: never part of the figures above ----------
let heldout;
if (!args.includes('--no-heldout')) {
  const hcases = loadHeldoutCases().filter((c) => !only || c.id.includes(only));
  if (hcases.length) {
    const hresults = hcases.map((c) => {
      const p = parse(c);
      return p.error ? { id: c.id, group: c.group, error: p.error } : evaluateCase(c, p.reports);
    });
    heldout = printHeldout(hresults, { details: args.includes('--heldout-details'), commit });
  }
}

mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, JSON.stringify({ commit, date: new Date().toISOString(), summary, results, variants, burned, heldout }, null, 1) + '\n');
console.log(`\nwrote ${relative(ROOT, outPath)}`);
