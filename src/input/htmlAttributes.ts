/**
 * Attributes the reading never looks at, cut before the parser sees them. Word-exported pages style every run and
 * cell (`<td width=246 valign=top style="border-top:none;…;mso-border-alt:solid windowtext .5pt">`): on the report
 * page 031 start tags are 72,000 of its 96,000 characters, all scanned a character at a time by htmlparser2 and kept
 * as attribute strings, while the reading looks at a tag's name and at `READ_ATTRIBUTES` only — of a style, only
 * whether it may hide the element (`styleMayHide`). The rest is dropped; the tree is otherwise the same
 * (test/input/htmlOnce.test.ts parses every fixture page both ways).
 *
 * A start tag's attribute list is read here only as far as it is unambiguous: names without quotes, `<` or a leading
 * `=`, values in matching quotes that close before the tag's `>`, unquoted values without quotes, `<`, `=` or
 * backquote, and nothing after a `/` but the `>`. Any other tag is left as it is. A tag with two style attributes
 * keeps both (the parser keeps the first; dropping it would show the second).
 */
import { READ_ATTRIBUTES, styleMayHide } from './htmlWalk.js';

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

const KEEP = 1;
const STYLE = 2;
// the names kept, lower case, by length, and their first letters (most names are turned away on the first letter)
const KEPT_BY_LENGTH: string[][] = [];
const FIRST_LETTER = new Uint8Array(128);
for (const name of [...READ_ATTRIBUTES, 'style']) {
  (KEPT_BY_LENGTH[name.length] ??= []).push(name);
  FIRST_LETTER[name.charCodeAt(0)] = 1;
}

/** ASCII capitals to lower case; any other code as it is. */
function lower(c: number): number {
  return c >= 65 && c <= 90 ? c | 32 : c;
}

/** What to do with the attribute named at [start, end): cut (0), keep (KEEP), or look at its style value (STYLE). */
function nameKind(html: string, start: number, end: number): number {
  const length = end - start;
  const first = lower(html.charCodeAt(start));
  if (length >= KEPT_BY_LENGTH.length || first >= 128 || FIRST_LETTER[first] === 0) return 0;
  const names = KEPT_BY_LENGTH[length];
  if (names === undefined) return 0;
  // compared a character at a time: no string made for each name
  next: for (const name of names) {
    for (let k = 0; k < length; k++) if (lower(html.charCodeAt(start + k)) !== name.charCodeAt(k)) continue next;
    return name === 'style' ? STYLE : KEEP;
  }
  return 0;
}

/**
 * Pushes onto `cuts` (start, end pairs, in order) the attributes to cut from the start tag whose attribute list runs
 * from `from` to its `>` at `gt`: each from its name's start to its value's end, the space before it kept. Pushes
 * nothing when the list is not plain enough to be sure where each attribute starts and ends.
 */
export function cutUnreadAttributes(html: string, from: number, gt: number, cuts: number[]): void {
  const before = cuts.length;
  let styles = 0;
  let styleCut = -1; // where the style attribute's pair sits in `cuts`
  let p = from;
  for (;;) {
    while (p < gt && isSpace(html.charCodeAt(p))) p++;
    if (p >= gt) break;
    if (html.charCodeAt(p) === 47) {
      if (p + 1 === gt) break; // `<br/>`
      return rollBack(cuts, before);
    }
    const nameStart = p;
    for (; p < gt; p++) {
      const c = html.charCodeAt(p);
      if (isSpace(c) || c === 47 || c === 61) break;
      if (c === 34 || c === 39 || c === 60) return rollBack(cuts, before);
    }
    if (p === nameStart) return rollBack(cuts, before); // a name starting with `=`
    const kind = nameKind(html, nameStart, p);
    if (kind === STYLE) styles++;
    let cut = kind === 0; // a style is cut only when its value is quoted and cannot hide
    let end = p; // an attribute without a value ends with its name
    let q = p;
    while (q < gt && isSpace(html.charCodeAt(q))) q++;
    if (q < gt && html.charCodeAt(q) === 61) {
      q++;
      while (q < gt && isSpace(html.charCodeAt(q))) q++;
      if (q >= gt) return rollBack(cuts, before); // `a= >`
      const quote = html.charCodeAt(q);
      if (quote === 34 || quote === 39) {
        const close = html.indexOf(quote === 34 ? '"' : "'", q + 1);
        if (close < 0 || close >= gt) return rollBack(cuts, before); // a `>` inside the quotes: the tag ends further on
        end = close + 1;
        if (kind === STYLE) {
          const value = html.slice(q + 1, close);
          cut = !value.includes('&') && !styleMayHide(value);
        }
      } else {
        for (; q < gt && !isSpace(html.charCodeAt(q)); q++) {
          const c = html.charCodeAt(q);
          if (c === 34 || c === 39 || c === 60 || c === 61 || c === 96) return rollBack(cuts, before);
        }
        end = q;
      }
      p = end;
    } else p = q;
    if (cut) {
      if (kind === STYLE) styleCut = cuts.length;
      cuts.push(nameStart, end);
    }
  }
  if (styles > 1 && styleCut >= 0) cuts.splice(styleCut, 2);
}

/** Takes back the cuts pushed for a tag found not plain enough. */
function rollBack(cuts: number[], length: number): void {
  while (cuts.length > length) cuts.pop();
}
