import { createRequire } from 'node:module';
import type { Document } from 'domhandler';

/** Elements that never have content, so never nest. */
export const VOID_ELEMENTS = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'basefont', 'bgsound', 'frame', 'keygen',
]);

/** Elements whose end tag real pages leave out (`<p>…<p>`, `<td>…<td>`): the parser closes them, so they do not count as nesting. */
const OPTIONAL_END = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rt', 'rp', 'colgroup',
]);

/** Elements whose content is raw text up to their end tag (no tags inside). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

// one lookup a tag: void and optional-end elements never count as nesting, raw-text elements hold no tags
const NEVER_NESTS = 1;
const RAW = 2;
const NAME_KIND = new Map<string, number>([
  ...[...VOID_ELEMENTS, ...OPTIONAL_END].map((n): [string, number] => [n, NEVER_NESTS]),
  ...[...RAW_TEXT].map((n): [string, number] => [n, RAW]),
]);

/** The tag name at [start, end) in lower case (lower-cased only when it holds a capital or a non-ASCII character). */
function lowerName(html: string, start: number, end: number): string {
  for (let k = start; k < end; k++) {
    const c = html.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return html.slice(start, end).toLowerCase();
  }
  return html.slice(start, end);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Whitespace, `/` or `>` end a tag name (`<div class=…`, `<br/>`, `</td>`, `<o:p>`). */
function endsName(c: number): boolean {
  return c === 62 || c === 47 || c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

export interface CappedHtml {
  html: string;
  /** How many start tags were removed because they were nested deeper than the limit. */
  dropped: number;
}

/**
 * Removes start/end tags nested deeper than `maxDepth`, so their content is kept but flattened into the
 * element at the limit. Linear scan with `indexOf`; the parser's own open-element stack grows with depth at a
 * cost per tag (10,000 nested `<div>` would otherwise be slow, 100,000 far slower), so this runs before it.
 */
export function capNesting(html: string, maxDepth: number): CappedHtml {
  const stack: string[] = [];
  const droppedOpen = new Map<string, number>();
  const cuts: Array<[number, number]> = [];
  let dropped = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const closing = html.charCodeAt(lt + 1) === 47; // '/'
    const nameStart = lt + (closing ? 2 : 1);
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      i = lt + 1;
      continue;
    }
    let nameEnd = nameStart + 1;
    while (nameEnd < html.length && !endsName(html.charCodeAt(nameEnd))) nameEnd++;
    const gt = html.indexOf('>', nameEnd);
    const tagEnd = gt < 0 ? html.length : gt + 1;
    const name = lowerName(html, nameStart, nameEnd);
    i = tagEnd;
    const kind = NAME_KIND.get(name);
    if (kind === RAW && !closing) {
      const close = indexOfCaseless(html, `</${name}`, tagEnd);
      i = close < 0 ? html.length : close;
      continue;
    }
    if (kind === NEVER_NESTS) continue;
    if (!closing) {
      if (html.charCodeAt(tagEnd - 2) === 47) continue; // <tag/>
      if (stack.length >= maxDepth) {
        droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
        cuts.push([lt, tagEnd]);
        dropped++;
      } else stack.push(name);
      continue;
    }
    const pending = droppedOpen.get(name) ?? 0;
    if (pending > 0) {
      droppedOpen.set(name, pending - 1);
      cuts.push([lt, tagEnd]);
      continue;
    }
    const at = stack.lastIndexOf(name);
    if (at >= 0) stack.length = at;
  }
  if (cuts.length === 0) return { html, dropped: 0 };
  let out = '';
  let from = 0;
  for (const [start, end] of cuts) {
    out += html.slice(from, start);
    from = end;
  }
  return { html: out + html.slice(from), dropped };
}

/** Case-insensitive `indexOf` for an ASCII needle (`</script`), without lower-casing the whole page. */
function indexOfCaseless(haystack: string, needle: string, from: number): number {
  const first = needle.charAt(1); // '/': the search anchors on '</'
  let at = haystack.indexOf('<' + first, from);
  while (at >= 0) {
    if (haystack.slice(at, at + needle.length).toLowerCase() === needle) return at;
    at = haystack.indexOf('<' + first, at + 1);
  }
  return -1;
}

const require = createRequire(import.meta.url);
let cheerioLoad: typeof import('cheerio').load | undefined;

/** cheerio, loaded on the first HTML page only: its import costs ~0.2 s that text-only runs need not pay. */
function loadCheerio(): typeof import('cheerio').load {
  cheerioLoad ??= (require('cheerio') as typeof import('cheerio')).load;
  return cheerioLoad;
}

/** Parses HTML with cheerio's htmlparser2 mode (forgiving, linear; parse5 slows down badly on deep nesting). */
export function parseHtml(html: string): Document {
  const $ = loadCheerio()(html, {
    xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  });
  return $.root()[0] as Document;
}
