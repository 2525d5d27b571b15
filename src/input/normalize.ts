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

const MAP = new Map<string, string>(PAIRS);

// every character the map changes: the full-width ASCII block plus the pairs above (one regex pass, V8-native)
const MAPPED = new RegExp(`[\\uff01-\\uff5e${PAIRS.map(([from]) => `\\u${from.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`, 'g');

function mapOne(c: string): string {
  return MAP.get(c) ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0);
}

/** Full-width digits and letters → ASCII, `﹪`/`％` → `%`, `（）` → `()`, ideographic space → space; same length. */
export function normalizeForMatching(text: string): string {
  return text.replace(MAPPED, mapOne);
}
