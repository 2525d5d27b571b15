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

const MAP = new Map<number, number>(PAIRS.map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]));

/** Full-width digits and letters → ASCII, `﹪`/`％` → `%`, `（）` → `()`, ideographic space → space; same length. */
export function normalizeForMatching(text: string): string {
  let out = '';
  let runStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let mapped = -1;
    if (c >= 0xff01 && c <= 0xff5e) mapped = MAP.get(c) ?? c - 0xfee0; // full-width ASCII block
    else if (MAP.has(c)) mapped = MAP.get(c)!;
    if (mapped >= 0) {
      out += text.slice(runStart, i) + String.fromCharCode(mapped);
      runStart = i + 1;
    }
  }
  return runStart === 0 ? text : out + text.slice(runStart);
}
