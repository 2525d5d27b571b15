// Scores what the library (or a baseline) produced for one case against its expected data.
// A produced fact matches an expected one when kind, value and unit agree and its span lies inside a place where
// the expected quote stands in the same report's text. Matching is one-to-one, in text order.

/** count / percent / money / date (date and dateRange together). */
export const KIND_GROUPS = ['count', 'percent', 'money', 'date'];
export const kindGroup = (kind) => (kind === 'dateRange' ? 'date' : kind);

/** The measure word of a produced count, without approximation marks or a 万/亿 prefix (万人 → 人). */
function producedUnit(unit) {
  return String(unit ?? '')
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/^[万亿]/, '')
    .trim();
}

function sameNumber(a, b) {
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
}

/**
 * Does a produced fact carry the expected value and unit? Count units: `exact` (ours), `prefix` (the baseline's
 * unit is the text after its number: 42条… → 条), `ignore` (value and place only).
 */
export function valueAgrees(p, e, { ignoreUnit = false, unitMode = ignoreUnit ? 'ignore' : 'exact' } = {}) {
  if (kindGroup(p.kind) !== kindGroup(e.kind)) return false;
  if (e.kind === 'date' || e.kind === 'dateRange') return e.values.includes(String(p.value));
  if (!e.values.some((v) => sameNumber(p.value, v))) return false;
  if (e.kind !== 'count' || unitMode === 'ignore' || !e.unit) return true;
  if (unitMode === 'prefix') return String(p.unit ?? '').replace(/^[万亿]/, '').startsWith(e.unit);
  return producedUnit(p.unit) === e.unit;
}

const WS = /\s/;

/** All places of `quote` in `text`: exact first; if none, ignoring whitespace (HTML and PDF text differ in spacing). */
export function findQuote(text, quote) {
  const out = [];
  if (!quote) return out;
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) out.push({ start: i, end: i + quote.length });
  if (out.length) return out;
  const q = [...quote].filter((ch) => !WS.test(ch)).join('');
  if (!q) return out;
  const map = [];
  let compact = '';
  for (let i = 0; i < text.length; i++) {
    if (!WS.test(text[i])) {
      compact += text[i];
      map.push(i);
    }
  }
  for (let i = compact.indexOf(q); i >= 0; i = compact.indexOf(q, i + 1)) {
    out.push({ start: map[i], end: map[i + q.length - 1] + 1, loose: true });
  }
  return out;
}

// Produced facts that look like the DESIGN.md "not measurements" list — flagged for a human, never auto-judged.
const SUSPECTS = [
  { why: 'year', test: (q, after) => /^(19|20)\d\d$/.test(q.trim()) || (/(?:^|\D)(19|20)\d\d$/.test(q) && /^年/.test(after)) },
  { why: 'ordinal/article (第…)', test: (q, after, before) => /第\s*$/.test(before) || /^第/.test(q) },
  { why: 'document number (〔…〕…号)', test: (q, after, before) => /[〔\[【][^〕\]】]{0,6}$/.test(before) || /^\s*号/.test(after) || /号$/.test(q) },
  { why: 'phone/postcode', test: (q, after, before) => /(电话|传真|邮编|热线|邮政编码)(号码)?[：:为是]?\s*$/.test(before) || /\d{7,}/.test(q) },
  { why: 'list marker', test: (q, after) => /^\d{1,2}$/.test(q.trim()) && /^[、.．]/.test(after) },
];

function suspicion(text, span, quote, kind) {
  if (kind === 'date' || kind === 'dateRange') return [];
  const before = text.slice(Math.max(0, span.start - 12), span.start);
  const after = text.slice(span.end, span.end + 3);
  return SUSPECTS.filter((s) => s.test(quote, after, before)).map((s) => s.why);
}

const context = (text, span, pad = 12) =>
  `${text.slice(Math.max(0, span.start - pad), span.start)}【${text.slice(span.start, span.end)}】${text.slice(span.end, span.end + pad)}`.replace(/\s+/g, ' ');

/** Heading text for comparison: no whitespace, ASCII brackets/commas, no trailing punctuation. */
export function normHeading(h) {
  return String(h ?? '')
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/，/g, ',')
    .replace(/[。:：;；]+$/, '');
}

function flattenSections(sections, out = [], depth = 0) {
  for (const s of sections ?? []) {
    out.push({ section: s, depth });
    flattenSections(s.children, out, depth + 1);
  }
  return out;
}

function getPath(obj, key) {
  let cur = obj;
  for (const part of key.split('.')) {
    if (cur == null || typeof cur !== 'object') return undefined;
    cur = cur[part];
  }
  return cur;
}

/**
 * Scores one case. `reports` are what parseReports returned for the case's input; `factsOf(report, i)` lets a
 * baseline supply its own facts (same span convention: offsets into report.text).
 */
export function evaluateCase(c, reports, { factsOf = (r) => r.facts, ignoreUnit = false, unitMode, withStructure = true } = {}) {
  const agree = { ignoreUnit, unitMode: unitMode ?? (ignoreUnit ? 'ignore' : 'exact') };
  const pageStart = (r) => r.source?.pageSpan?.start ?? 0;
  const inRegion = (r, offset) => !c.region || (pageStart(r) + offset >= c.region.start && pageStart(r) + offset < c.region.end);
  const overlap = (r) => {
    const s = pageStart(r);
    const e = s + r.text.length;
    if (!c.region) return e - s;
    return Math.max(0, Math.min(e, c.region.end) - Math.max(s, c.region.start));
  };
  const inCase = reports.map((r) => overlap(r) > 0);
  const primary = reports.reduce((best, r, i) => (best < 0 || overlap(r) > overlap(reports[best]) ? i : best), -1);

  const result = { id: c.id, group: c.group, reports: inCase.filter(Boolean).length };

  // facts
  if (c.facts) {
    const produced = [];
    reports.forEach((r, ri) => {
      if (!inCase[ri]) return;
      (factsOf(r, ri) ?? []).forEach((f, fi) => {
        if (inRegion(r, f.span.start)) produced.push({ ri, fi, f, used: false });
      });
    });
    const perKind = Object.fromEntries(KIND_GROUPS.map((k) => [k, { expected: 0, matched: 0, produced: 0, producedMatched: 0 }]));
    for (const p of produced) (perKind[kindGroup(p.f.kind)] ??= { expected: 0, matched: 0, produced: 0, producedMatched: 0 }).produced++;
    const missed = [];
    const approx = { expected: 0, agree: 0, differ: [] };
    let quotesNotFound = 0;
    for (const e of c.facts) {
      const k = (perKind[kindGroup(e.kind)] ??= { expected: 0, matched: 0, produced: 0, producedMatched: 0 });
      k.expected++;
      const places = [];
      reports.forEach((r, ri) => {
        if (!inCase[ri]) return;
        for (const o of findQuote(r.text, e.quote)) if (inRegion(r, o.start)) places.push({ ri, ...o });
      });
      if (!places.length) quotesNotFound++;
      const inside = (p) => places.some((o) => o.ri === p.ri && p.f.span.start >= o.start && p.f.span.end <= o.end);
      const hit = produced.find((p) => !p.used && inside(p) && valueAgrees(p.f, e, agree));
      if (hit) {
        hit.used = true;
        k.matched++;
        perKind[kindGroup(hit.f.kind)].producedMatched++;
        // approximation: scored where the reading marks one (readings mark 近/约/余/多…; an unmarked figure is exact)
        if (e.approx || hit.f.approx) {
          const same = e.approx === hit.f.approx;
          if (e.approx) approx.expected++;
          if (e.approx && same) approx.agree++;
          if (!same) approx.differ.push({ label: e.label, quote: e.quote, expected: e.approx ?? 'exact', produced: hit.f.approx ?? 'exact' });
        }
        continue;
      }
      const near = produced.filter((p) => inside(p));
      const why = !places.length
        ? 'quote not in text'
        : near.some((p) => !p.used && valueAgrees({ ...p.f, kind: e.kind }, e, { ignoreUnit: true }))
          ? `value right, kind/unit differ (${near.map((p) => `${p.f.kind}:${p.f.value}${p.f.unit ?? ''}`).join(', ')})`
          : near.length
            ? `other value(s) inside quote (${near.map((p) => `${p.f.kind}:${p.f.value}${p.f.unit ?? ''}`).join(', ')})`
            : 'nothing produced inside quote';
      missed.push({ kind: e.kind, label: e.label, value: e.value, unit: e.unit, quote: e.quote, why });
    }
    // places a reader marked as not measurements; a count/percent/money there is a clear false positive
    const nonFactPlaces = [];
    for (const nf of c.nonFacts ?? []) {
      reports.forEach((r, ri) => {
        if (!inCase[ri]) return;
        for (const o of findQuote(r.text, typeof nf === 'string' ? nf : (nf?.quote ?? ''))) if (inRegion(r, o.start)) nonFactPlaces.push({ ri, ...o });
      });
    }
    const inNonFact = (p) =>
      p.f.kind !== 'date' && p.f.kind !== 'dateRange' && nonFactPlaces.some((o) => o.ri === p.ri && p.f.span.start < o.end && p.f.span.end > o.start);
    const unmatched = produced
      .filter((p) => !p.used)
      .map((p) => {
        const text = reports[p.ri].text;
        return {
          nonFact: inNonFact(p),
          kind: p.f.kind,
          value: p.f.value,
          unit: p.f.unit,
          quote: p.f.quote ?? text.slice(p.f.span.start, p.f.span.end),
          rule: p.f.rule,
          source: p.f.source,
          context: context(text, p.f.span),
          suspect: inNonFact(p) ? ['marked not a measurement by the reader'] : suspicion(text, p.f.span, text.slice(p.f.span.start, p.f.span.end), p.f.kind),
        };
      });
    result.facts = {
      expected: c.facts.length,
      matched: c.facts.length - missed.length,
      produced: produced.length,
      quotesNotFound,
      nonFacts: (c.nonFacts ?? []).length,
      nonFactHits: unmatched.filter((u) => u.nonFact).length,
      perKind,
      approx,
      missed,
      unmatched,
    };
  }
  if (!withStructure) return result;

  // sections
  if (c.sections?.length) {
    const found = [];
    reports.forEach((r, ri) => {
      if (!inCase[ri]) return;
      for (const x of flattenSections(r.sections)) {
        const at = x.section.headingSpan?.start ?? x.section.span?.start ?? 0;
        if (inRegion(r, at)) found.push({ ...x, text: normHeading(x.section.heading ?? `${x.section.marker}${x.section.title}`), used: false });
      }
    });
    let exact = 0;
    let partial = 0;
    const missing = [];
    for (const h of c.sections) {
      const want = normHeading(h);
      let hit = found.find((p) => !p.used && p.text === want);
      if (hit) exact++;
      else {
        hit = found.find((p) => !p.used && p.text.length >= 4 && (p.text.startsWith(want) || want.startsWith(p.text)));
        if (hit) partial++;
        else missing.push(h);
      }
      if (hit) hit.used = true;
    }
    const top = found.filter((p) => p.depth === 0);
    result.sections = {
      expected: c.sections.length,
      exact,
      partial,
      missing,
      producedTop: top.length,
      topUnexpected: c.topLevelOnly ? top.filter((p) => !p.used).map((p) => p.section.heading ?? p.section.title) : [],
    };
  }

  // metadata
  const r0 = primary >= 0 ? reports[primary] : undefined;
  result.meta = {};
  if (c.agency !== undefined) {
    const got = r0?.agency;
    result.meta.agency = { expected: c.agency, got, ok: got != null && normHeading(got) === normHeading(c.agency) };
  }
  if (c.year !== undefined) {
    const got = r0?.year;
    result.meta.year = { expected: c.year, got, ok: got === c.year };
  }
  if (c.encoding !== undefined) {
    const got = r0?.source?.encoding;
    result.meta.encoding = { expected: c.encoding, got, ok: got === c.encoding };
  }

  // page text: what must be there (the report's sentences) and what must not (site chrome, markup)
  if (c.quotes?.length || c.absent?.length) {
    const texts = reports.filter((_, i) => inCase[i]).map((r) => r.text);
    const present = (q) => texts.some((t) => findQuote(t, q).length > 0);
    const missingQuotes = (c.quotes ?? []).filter((q) => !present(q));
    const leaked = (c.absent ?? []).filter((q) => texts.some((t) => t.includes(q)));
    result.text = { quotes: c.quotes?.length ?? 0, quotesFound: (c.quotes?.length ?? 0) - missingQuotes.length, absent: c.absent?.length ?? 0, leaked, missingQuotes };
  }

  // indicators
  const keys = Object.keys(c.indicators ?? {});
  if (keys.length) {
    const wrong = [];
    const missing = [];
    const byTable = {};
    let matched = 0;
    for (const key of keys) {
      const { value, table } = c.indicators[key];
      const t = (byTable[table] ??= { expected: 0, matched: 0 });
      t.expected++;
      const got = key.startsWith('?') ? undefined : getPath(r0?.indicators, key);
      if (got === undefined || got === null) {
        if (value === null) {
          matched++;
          t.matched++;
        } else missing.push({ key, expected: value });
      } else if (sameNumber(got, value)) {
        matched++;
        t.matched++;
      } else wrong.push({ key, expected: value, got });
    }
    result.indicators = { expected: keys.length, matched, byTable, wrong, missing };
  }
  return result;
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

/** Totals over many case results: per kind P/R, sections, metadata, indicators. */
export function summarize(results) {
  const kinds = Object.fromEntries(KIND_GROUPS.map((k) => [k, { expected: 0, matched: 0, produced: 0, producedMatched: 0 }]));
  const s = {
    cases: results.length,
    errors: results.filter((r) => r.error).map((r) => ({ id: r.id, error: r.error })),
    kinds,
    facts: { expected: 0, matched: 0, produced: 0, unmatched: 0, unmatchedTable: 0, suspects: 0, quotesNotFound: 0, nonFacts: 0, nonFactHits: 0 },
    approx: { expected: 0, agree: 0, differ: [] },
    sections: { expected: 0, exact: 0, partial: 0 },
    agency: { expected: 0, ok: 0 },
    year: { expected: 0, ok: 0 },
    indicators: { expected: 0, matched: 0, wrong: 0, missing: 0, byTable: {} },
    encoding: { expected: 0, ok: 0 },
    text: { quotes: 0, quotesFound: 0, absent: 0, leaked: 0 },
  };
  for (const r of results) {
    if (r.facts) {
      for (const [k, v] of Object.entries(r.facts.perKind)) {
        const t = (kinds[k] ??= { expected: 0, matched: 0, produced: 0, producedMatched: 0 });
        for (const f of Object.keys(t)) t[f] += v[f];
      }
      s.facts.expected += r.facts.expected;
      s.facts.matched += r.facts.matched;
      s.facts.produced += r.facts.produced;
      s.facts.unmatched += r.facts.unmatched.length;
      s.facts.unmatchedTable += r.facts.unmatched.filter((u) => u.source === 'table').length;
      s.facts.suspects += r.facts.unmatched.filter((u) => u.suspect.length).length;
      s.facts.quotesNotFound += r.facts.quotesNotFound;
      s.facts.nonFacts += r.facts.nonFacts;
      s.facts.nonFactHits += r.facts.nonFactHits;
      s.approx.expected += r.facts.approx.expected;
      s.approx.agree += r.facts.approx.agree;
      s.approx.differ.push(...r.facts.approx.differ.map((d) => ({ id: r.id, ...d })));
    }
    if (r.sections) {
      s.sections.expected += r.sections.expected;
      s.sections.exact += r.sections.exact;
      s.sections.partial += r.sections.partial;
    }
    if (r.text) {
      s.text.quotes += r.text.quotes;
      s.text.quotesFound += r.text.quotesFound;
      s.text.absent += r.text.absent;
      s.text.leaked += r.text.leaked.length;
    }
    for (const k of ['agency', 'year', 'encoding']) {
      if (r.meta?.[k]) {
        s[k].expected++;
        if (r.meta[k].ok) s[k].ok++;
      }
    }
    if (r.indicators) {
      s.indicators.expected += r.indicators.expected;
      s.indicators.matched += r.indicators.matched;
      s.indicators.wrong += r.indicators.wrong.length;
      s.indicators.missing += r.indicators.missing.length;
      for (const [t, v] of Object.entries(r.indicators.byTable)) {
        const b = (s.indicators.byTable[t] ??= { expected: 0, matched: 0 });
        b.expected += v.expected;
        b.matched += v.matched;
      }
    }
  }
  const matchedProduced = Object.values(kinds).reduce((a, k) => a + k.producedMatched, 0);
  s.facts.recall = s.facts.expected ? s.facts.matched / s.facts.expected : null;
  s.facts.strictPrecision = s.facts.produced ? matchedProduced / s.facts.produced : null;
  const textProduced = s.facts.produced - s.facts.unmatchedTable;
  s.facts.textPrecision = textProduced ? matchedProduced / textProduced : null;
  return s;
}

export { pct };
