// The peer for comparison: Microsoft Recognizers-Text (zh-cn) number, percentage, currency and datetime models,
// each created once and reused, run on sentence chunks (the way it is meant to be used). Its results become
// facts with spans into the same report text, so the eval matcher can score them like ours.
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);
// the model classes live in the suite's own dependencies; resolve them from the suite so hoisting does not matter
const requireSuite = createRequire(requireHere.resolve('@microsoft/recognizers-text-suite'));

/** Builds the four zh-cn models once. */
export function createBaseline() {
  const { NumberRecognizer, Culture } = requireSuite('@microsoft/recognizers-text-number');
  const { NumberWithUnitRecognizer } = requireSuite('@microsoft/recognizers-text-number-with-unit');
  const { DateTimeRecognizer } = requireSuite('@microsoft/recognizers-text-date-time');
  const culture = Culture.Chinese;
  const version = requireSuite('@microsoft/recognizers-text-suite/package.json').version;
  return {
    version,
    models: {
      number: new NumberRecognizer(culture).getNumberModel(),
      percentage: new NumberRecognizer(culture).getPercentageModel(),
      currency: new NumberWithUnitRecognizer(culture).getCurrencyModel(),
      datetime: new DateTimeRecognizer(culture).getDateTimeModel(),
    },
  };
}

const MAX_CHUNK = 300;
// sentence ends: 。！？； (and ASCII), and blank lines
const SENTENCE_END = /[。！？；!?;]|\n\s*\n/g;

/** Splits text into sentence chunks ≤ 300 chars (long runs cut at the last ，/space/newline), with offsets. */
export function sentenceChunks(text) {
  const chunks = [];
  let start = 0;
  const push = (end) => {
    while (end - start > MAX_CHUNK) {
      const window = text.slice(start, start + MAX_CHUNK);
      const cut = Math.max(window.lastIndexOf('，'), window.lastIndexOf(' '), window.lastIndexOf('\n'), window.lastIndexOf(','));
      const at = cut > MAX_CHUNK / 3 ? start + cut + 1 : start + MAX_CHUNK;
      chunks.push({ start, text: text.slice(start, at) });
      start = at;
    }
    if (end > start) chunks.push({ start, text: text.slice(start, end) });
    start = end;
  };
  for (const m of text.matchAll(SENTENCE_END)) push(m.index + m[0].length);
  push(text.length);
  return chunks.filter((c) => c.text.trim());
}

function dayBefore(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** One model result → facts (kind, value, span in the whole text). Unknown shapes yield nothing. */
function toFacts(model, r, chunk) {
  // start is an index into the chunk; if the peer normalised the text, find its match instead
  let at = chunk.text.startsWith(r.text, r.start) ? r.start : chunk.text.indexOf(r.text);
  if (at < 0) at = r.start;
  const span = { start: chunk.start + at, end: chunk.start + at + r.text.length };
  const base = { span, quote: r.text, rule: `baseline.${model}` };
  const res = r.resolution ?? {};
  if (model === 'number') {
    // the number model has no measure words: take what follows the number (42 条, 475次) as a user of it would
    const v = Number(res.value);
    const follows = chunk.text.slice(at + r.text.length).replace(/^\s+/, '').slice(0, 3);
    return Number.isFinite(v) ? [{ ...base, kind: 'count', value: v, unit: follows }] : [];
  }
  if (model === 'percentage') {
    const v = parseFloat(String(res.value));
    return Number.isFinite(v) ? [{ ...base, kind: 'percent', value: v, unit: '%' }] : [];
  }
  if (model === 'currency') {
    const v = Number(res.value);
    const yuan = res.isoCurrency === 'CNY' || /yuan|renminbi/i.test(String(res.unit ?? ''));
    return yuan && Number.isFinite(v) ? [{ ...base, kind: 'money', value: v, unit: '元' }] : [];
  }
  // datetime: ranges get both end conventions (inclusive and exclusive) — generous to the baseline
  const out = [];
  for (const v of res.values ?? []) {
    if (v.type === 'daterange' && v.start && v.end) {
      out.push({ ...base, kind: 'dateRange', value: `${v.start}/${v.end}` });
      out.push({ ...base, kind: 'dateRange', value: `${v.start}/${dayBefore(v.end)}` });
    } else if (v.type === 'date' && v.value) out.push({ ...base, kind: 'date', value: v.value });
  }
  return out;
}

/** Runs all four models on every sentence chunk of `text`; returns facts with spans into `text`. */
export function baselineFacts(baseline, text) {
  const facts = [];
  for (const chunk of sentenceChunks(text)) {
    for (const [name, model] of Object.entries(baseline.models)) {
      let results;
      try {
        results = model.parse(chunk.text);
      } catch {
        continue; // the peer throws on some inputs; count as nothing found
      }
      for (const r of results) facts.push(...toFacts(name, r, chunk));
    }
  }
  return facts.sort((a, b) => a.span.start - b.span.start);
}
