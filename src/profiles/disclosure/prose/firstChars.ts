/**
 * The characters a pattern's matches can begin with, read from its source, so that a probe holding none of them is
 * not run against it (the prose rules: 18 clause patterns tried in order on each figure's subject and clause, most of
 * them missing). Only the plain forms the rule tables use are read — literal characters, alternatives `|`, groups
 * `(…)` / `(?:…)`, simple classes `[予于]` — and any other form (an escape, a range, a lookaround, a first element that
 * may be absent, a flag) gives `undefined`: the pattern is then always run.
 */

const SPECIAL = new Set(['\\', '^', '$', '.', '|', '?', '*', '+', '(', ')', '[', ']', '{', '}']);

/** The first characters of `re`'s matches, or undefined when its source uses a form not read here. */
export function firstChars(re: RegExp): Set<string> | undefined {
  if (re.flags.replace(/[gy]/g, '') !== '') return undefined;
  const src = re.source;
  const out = new Set<string>();
  const end = alternatives(src, 0, out);
  return end === src.length ? out : undefined;
}

/** Reads the alternatives from `i` to the `)` closing them (or the end); adds their first characters; -1 if unread. */
function alternatives(src: string, i: number, out: Set<string>): number {
  for (;;) {
    i = firstElement(src, i, out);
    if (i < 0) return -1;
    i = skipRest(src, i);
    if (i < 0) return -1;
    if (i === src.length || src[i] === ')') return i;
    i++; // past '|'
  }
}

/** Reads the first element of an alternative at `i`, adding its characters; returns the index after it, -1 if unread. */
function firstElement(src: string, i: number, out: Set<string>): number {
  const c = src[i];
  let next: number;
  if (c === undefined || c === '|' || c === ')') return -1; // an empty alternative matches anywhere
  if (c === '(') {
    let from = i + 1;
    if (src[from] === '?') {
      if (src[from + 1] !== ':') return -1; // lookaround or named group
      from += 2;
    }
    const close = alternatives(src, from, out);
    if (close < 0 || src[close] !== ')') return -1;
    next = close + 1;
  } else if (c === '[') {
    const close = src.indexOf(']', i + 1);
    const chars = src.slice(i + 1, close);
    if (close < 0 || chars === '' || /[\\\-^[]/.test(chars)) return -1;
    for (const ch of chars) out.add(ch);
    next = close + 1;
  } else if (SPECIAL.has(c)) return -1;
  else {
    out.add(c);
    next = i + c.length;
  }
  // a first element that may be absent does not begin every match
  return src[next] === '?' || src[next] === '*' || src[next] === '{' ? -1 : next;
}

/** Skips the rest of an alternative from `i`: to the `|` or `)` at this depth, or the end; -1 if unread. */
function skipRest(src: string, i: number): number {
  let depth = 0;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') {
      const close = src.indexOf(']', i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return i;
      depth--;
    } else if (c === '|' && depth === 0) return i;
  }
  return depth === 0 ? i : -1;
}

/**
 * One bit per pattern (at most 32) set for each character its matches can begin with; `maskOf(s)` ORs the bits of
 * `s`'s characters: a pattern whose bit is clear cannot match `s`. A pattern not read has no bit (`bits[k]` = 0).
 */
export function firstCharMasks(patterns: RegExp[]): { bits: number[]; maskOf: (s: string) => number } {
  const table = new Map<number, number>();
  const bits = patterns.map((re, k) => {
    const chars = k < 32 ? firstChars(re) : undefined;
    if (!chars || [...chars].some((c) => c.length !== 1)) return 0;
    const bit = 1 << k;
    for (const c of chars) table.set(c.charCodeAt(0), (table.get(c.charCodeAt(0)) ?? 0) | bit);
    return bit;
  });
  // a flat table by UTF-16 unit: one array read per character
  const flat = new Int32Array(65536);
  for (const [code, b] of table) flat[code] = b;
  return {
    bits,
    maskOf: (s) => {
      let mask = 0;
      for (let i = 0; i < s.length; i++) mask |= flat[s.charCodeAt(i)];
      return mask;
    },
  };
}
