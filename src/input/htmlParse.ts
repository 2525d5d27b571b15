import { createRequire } from 'node:module';
import type { AnyNode, Document } from 'domhandler';
import { cutUnreadAttributes } from './htmlAttributes.js';

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

/**
 * A tag name of up to 8 characters from a–z, 0–9, `:` and `-` (either case) as a number, 6 bits a character: the
 * common tags (`span`, `o:p`, `h1`) are looked up and matched without a string made for each. Other names: undefined.
 */
const NAME_CODE = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) NAME_CODE[97 + c] = NAME_CODE[65 + c] = 1 + c;
for (let c = 0; c < 10; c++) NAME_CODE[48 + c] = 27 + c;
NAME_CODE[58] = 37; // ':'
NAME_CODE[45] = 38; // '-'
const MAX_CODED_NAME = 8;

function nameCode(name: string): number | undefined {
  if (name.length > MAX_CODED_NAME) return undefined;
  let code = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    const v = c < 128 ? NAME_CODE[c] : -1;
    if (v < 0) return undefined;
    code = code * 64 + v;
  }
  return code;
}

const KIND_BY_CODE = new Map<number, number>([...NAME_KIND].map(([name, kind]): [number, number] => [nameCode(name)!, kind]));

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
 * Names are compared in lower case, as numbers when short (see `nameCode`). With `cutUnread`, the same scan also
 * drops the attributes the reading never looks at (see htmlAttributes.ts).
 */
export function capNesting(html: string, maxDepth: number, options: { cutUnread?: boolean } = {}): CappedHtml {
  const stack: Array<number | string> = [];
  let droppedOpen: Map<number | string, number> | undefined;
  const cuts: number[] = []; // start, end of each piece removed (whole tags, attributes), in order
  let dropped = 0;
  let i = 0;
  const length = html.length;
  let cutUnread = options.cutUnread === true;
  // the next `<` and `]` after the tag being read: attributes are cut only from tags holding neither (see below)
  let nextLt = -1;
  let nextBracket = -1;
  while (i < length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    let c = html.charCodeAt(lt + 1);
    if (c === 33 && html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? length : end + 3;
      continue;
    }
    const closing = c === 47; // '/'
    const nameStart = closing ? lt + 2 : lt + 1;
    if (closing) c = html.charCodeAt(nameStart);
    if (!isAsciiLetter(c)) {
      i = lt + 1;
      continue;
    }
    let name: number | string = 0;
    let nameEnd = nameStart;
    for (; nameEnd < length; nameEnd++) {
      const d = html.charCodeAt(nameEnd);
      if (endsName(d)) break;
      if (typeof name === 'number') {
        const v = d < 128 ? NAME_CODE[d] : -1;
        name = v < 0 || nameEnd - nameStart >= MAX_CODED_NAME ? '' : name * 64 + v;
      }
    }
    if (typeof name === 'string') {
      const lower = lowerName(html, nameStart, nameEnd);
      name = nameCode(lower) ?? lower; // a name lower-casing into the short alphabet (the Kelvin sign: K → k) is that name
    }
    const gt = html.indexOf('>', nameEnd);
    const tagEnd = gt < 0 ? length : gt + 1;
    i = tagEnd;
    const kind = typeof name === 'number' ? KIND_BY_CODE.get(name) : NAME_KIND.get(name);
    if (kind === RAW && !closing) {
      const end = `</${lowerName(html, nameStart, nameEnd)}`;
      const close = indexOfCaseless(html, end, tagEnd);
      i = close < 0 ? length : close;
      // htmlparser2 ends raw text only at `</script` followed by a space or `>`: past an end it would not take
      // (`</scripts`, `</style/`), this scan no longer knows what the parser reads as tags, and cuts nothing more
      if (close >= 0 && !endsRawText(html.charCodeAt(close + end.length))) cutUnread = false;
      continue;
    }
    const tagCuts = cuts.length;
    if (cutUnread && !closing && gt > nameEnd) {
      // This scan follows htmlparser2's comments, but not its CDATA sections (`<![CDATA[…]]>`) nor the exact end of
      // its raw text (`</script` then a space or `>`): a cut holding no `<` or `]` can neither remove nor make one.
      if (nextLt < nameEnd) nextLt = indexOrLength(html, '<', nameEnd);
      if (nextBracket < nameEnd) nextBracket = indexOrLength(html, ']', nameEnd);
      if (nextLt > gt && nextBracket > gt) cutUnreadAttributes(html, nameEnd, gt, cuts);
    }
    if (kind === NEVER_NESTS) continue;
    if (!closing) {
      if (html.charCodeAt(tagEnd - 2) === 47) continue; // <tag/>
      if (stack.length >= maxDepth) {
        while (cuts.length > tagCuts) cuts.pop(); // the whole tag goes
        droppedOpen ??= new Map();
        droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
        cuts.push(lt, tagEnd);
        dropped++;
      } else stack.push(name);
      continue;
    }
    const pending = droppedOpen?.get(name) ?? 0;
    if (pending > 0) {
      droppedOpen!.set(name, pending - 1);
      cuts.push(lt, tagEnd);
      continue;
    }
    const at = stack.lastIndexOf(name);
    while (stack.length > at && at >= 0) stack.pop(); // (a pop loop: setting `length` is a call into the runtime)
  }
  if (cuts.length === 0) return { html, dropped: 0 };
  let out = '';
  let from = 0;
  for (let k = 0; k < cuts.length; k += 2) {
    out += html.slice(from, cuts[k]);
    from = cuts[k + 1];
  }
  return { html: out + html.slice(from), dropped };
}

function endsRawText(c: number): boolean {
  return c === 62 || c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

function indexOrLength(html: string, search: string, from: number): number {
  const at = html.indexOf(search, from);
  return at < 0 ? html.length : at;
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

/**
 * Unlinks a parsed tree once it has been read (children emptied in place, parent and sibling links cut). A page's parse
 * often spans a young-generation collection: the nodes made before it are promoted, and a promoted node's links then
 * keep every younger node alive and promoted too, dead or not, until the next full collection (031 alone: ≈ 4 MB
 * promoted per scavenge). Cut, the dead tree dies young. Nothing may read the tree afterwards.
 */
export function releaseTree(root: Document): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('children' in node) {
      const children = node.children;
      for (let i = 0; i < children.length; i++) stack.push(children[i]);
      children.length = 0;
    }
    node.parent = null;
    node.prev = null;
    node.next = null;
  }
}
