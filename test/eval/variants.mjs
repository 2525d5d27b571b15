// Formatting variants of the readable fixtures: the same reports written the ways other sites and converters write
// them (full-width digits, ASCII punctuation, a space before the measure word, CRLF, plain <p> HTML). Figures and
// readings do not change, so recall under a variant says how well the rules generalise beyond the fixtures' own
// typography — a proxy for reports not in the repository, since every fixture was also used to develop the rules.

// 0-9 % → ０-９ ％ (old Word/PDF exports)
const FULLWIDTH = (s) => s.replace(/[0-9%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
// ，。：；（）！？ → ,.:;()!? (web-store copies with half-width punctuation, as 054/055)
const ASCII_PUNCT_MAP = { '，': ',', '。': '.', '：': ':', '；': ';', '（': '(', '）': ')', '！': '!', '？': '?' };
const ASCII_PUNCT = (s) => s.replace(/[，。：；（）！？]/g, (ch) => ASCII_PUNCT_MAP[ch]);
// 2599条 → 2599 条, 30.4% → 30.4 % (PDF text extraction puts spaces around numbers)
const SPACED = (s) => s.replace(/(\d)(?=[\u4e00-\u9fa5%])/g, '$1 ').replace(/([\u4e00-\u9fa5])(?=\d)/g, '$1 ');
const CRLF = (s) => s.replace(/\r?\n/g, '\r\n');
// every line broken after about 30 characters, as PDF text breaks a page's lines inside Chinese words and between a
// figure and its words (主动公开政府信息\n2645条, 原创文章 294\n篇) but, like a typesetter, never inside a run of Latin
// letters or digits (22.38, 2645, 100%) and never before a closing mark; quotes are matched ignoring whitespace
const WRAP_AT = 30;
function wrapLine(l) {
  const out = [];
  let from = 0;
  while (l.length - from > WRAP_AT) {
    let at = from + WRAP_AT;
    while (at > from + 1 && /[\w.%,]/.test(l[at - 1]) && /[\w.%,]/.test(l[at])) at--;
    // no line starts with 、。，；：）” — the punctuation hangs at the end of the line before (kinsoku)
    while (at < l.length && /[、。，；：:;,.)）”」』！？!?]/.test(l[at])) at++;
    out.push(l.slice(from, at));
    from = at;
  }
  out.push(l.slice(from));
  return out.join('\n');
}
const WRAPPED = (s) => s.split('\n').map(wrapLine).join('\n');
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const VARIANTS = [
  { id: 'fullwidth', about: 'digits and % full-width (０-９ ％)', text: FULLWIDTH, quote: FULLWIDTH, keepsOffsets: true },
  { id: 'ascii-punct', about: 'half-width punctuation , . : ; ( )', text: ASCII_PUNCT, quote: ASCII_PUNCT, keepsOffsets: true },
  { id: 'spaced', about: 'a space between numbers and words (PDF text)', text: SPACED, quote: SPACED, keepsOffsets: false },
  { id: 'crlf', about: 'CRLF line ends', text: CRLF, quote: CRLF, keepsOffsets: false },
  { id: 'wrapped', about: 'lines broken every 30 characters (PDF text)', text: WRAPPED, quote: (q) => q, keepsOffsets: false },
  {
    id: 'html-p',
    about: 'each line a <p> in a bare UTF-8 HTML page',
    text: (s) => `<!doctype html><html><head><meta charset="utf-8"><title>report</title></head><body>\n${s
      .split(/\r?\n/)
      .map((l) => `<p>${escapeHtml(l)}</p>`)
      .join('\n')}\n</body></html>`,
    quote: (q) => q,
    keepsOffsets: false,
  },
];

/**
 * The case rewritten by a variant, or undefined when it does not apply (HTML fixtures; the seed page's regions are
 * offsets, so only offset-keeping variants apply to it). Returns { case, input } with the input as a string.
 */
export function variantCase(c, variant, originalText) {
  if (/\.html?$/i.test(c.input)) return undefined;
  if (c.region && !variant.keepsOffsets) return undefined;
  return {
    input: variant.text(originalText),
    case: {
      ...c,
      id: `${c.id}~${variant.id}`,
      facts: c.facts?.map((f) => ({ ...f, quote: variant.quote(f.quote) })),
      sections: c.sections?.map(variant.quote),
      nonFacts: (c.nonFacts ?? []).map((nf) => (typeof nf === 'string' ? variant.quote(nf) : nf)),
      quotes: [],
      absent: [],
    },
  };
}
