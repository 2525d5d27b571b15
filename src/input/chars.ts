/**
 * One-character tests in loops over a text (walking back to a clause start, forward to a stop): `re.test(s[i])` costs
 * a new string and a regex run per character; its answer depends only on the UTF-16 unit, so it is kept in a table
 * per pattern, filled as units are met. Same answers as `re.test(s[i])`.
 */

// per pattern (its source and flags: a regex literal is a new object each time it is evaluated): 0 = not asked yet,
// 1 = no, 2 = yes, by UTF-16 unit
const TABLES = new Map<string, Uint8Array>();
const BY_OBJECT = new WeakMap<RegExp, Uint8Array>();

/** The answers table of a pattern (shared by every object with its source and flags). */
function tableOf(re: RegExp): Uint8Array {
  let table = BY_OBJECT.get(re);
  if (!table) {
    const key = `${re.flags}/${re.source}`;
    table = TABLES.get(key);
    if (!table) TABLES.set(key, (table = new Uint8Array(65536)));
    BY_OBJECT.set(re, table);
  }
  return table;
}

/** `re.test(s[i])`, remembered per pattern and UTF-16 unit (`re` must not be global or sticky). */
export function testsCharAt(re: RegExp, s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code !== code || re.global || re.sticky) return re.test(s[i]); // outside `s` (NaN), or a pattern with state
  const table = tableOf(re);
  let answer = table[code];
  if (answer === 0) table[code] = answer = re.test(s[i]) ? 2 : 1;
  return answer === 2;
}

/** `testsCharAt(re, s, i)` with the pattern's table looked up once: for a walk that tests many units against `re`. */
export function charTester(re: RegExp): (s: string, i: number) => boolean {
  if (re.global || re.sticky) return (s, i) => re.test(s[i]);
  const table = tableOf(re);
  return (s, i) => {
    const code = s.charCodeAt(i);
    if (code !== code) return re.test(s[i]);
    let answer = table[code];
    if (answer === 0) table[code] = answer = re.test(s[i]) ? 2 : 1;
    return answer === 2;
  };
}

/** What a regex's `\s` matches (so &nbsp; and the ideographic space too), by UTF-16 unit. */
export function isSpace(c: number): boolean {
  return c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
