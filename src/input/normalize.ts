/**
 * Length-preserving normalisation for matching (DESIGN §1): every UTF-16 unit maps to exactly one unit, so an
 * offset in the normalised copy is the same offset in the original text. Full NFKC is not used (① → 1 would move offsets).
 */
const PAIRS: Array<[string, string]> = [
  ['﹪', '%'], ['％', '%'], ['\u3000', ' '], ['\u00a0', ' '],
  ['（', '('], ['）', ')'], ['，', ','], ['：', ':'], ['；', ';'], ['．', '.'], ['－', '-'], ['～', '~'],
  ['〔', '['], ['〕', ']'], ['［', '['], ['］', ']'], ['【', '['], ['】', ']'],
  ['﹙', '('], ['﹚', ')'], ['＊', '*'], ['／', '/'], ['＋', '+'], ['＝', '='],
  // zero-width characters become a plain space so they never split a number from its measure word silently
  ['\u200b', ' '], ['\u200c', ' '], ['\u200d', ' '], ['\ufeff', ' '],
];

// the unit each UTF-16 unit becomes (0 = itself): the full-width ASCII block, then the pairs above
const TO = new Uint16Array(65536);
for (let c = 0xff01; c <= 0xff5e; c++) TO[c] = c - 0xfee0;
for (const [from, to] of PAIRS) TO[from.charCodeAt(0)] = to.charCodeAt(0);

/** Full-width digits and letters → ASCII, `﹪`/`％` → `%`, `（）` → `()`, ideographic space → space; same length. */
export function normalizeForMatching(text: string): string {
  let i = 0;
  while (i < text.length && TO[text.charCodeAt(i)] === 0) i++;
  if (i === text.length) return text;
  // runs of unchanged text copied as slices, each changed unit written on its own
  let out = '';
  let from = 0;
  for (; i < text.length; i++) {
    const to = TO[text.charCodeAt(i)];
    if (to === 0) continue;
    out += text.slice(from, i) + String.fromCharCode(to);
    from = i + 1;
  }
  return out + text.slice(from);
}
