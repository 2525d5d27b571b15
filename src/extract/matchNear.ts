/**
 * `text.matchAll(pattern)` for a pattern whose every match holds a given character near its start (a date holds 月
 * within 16 characters of its first): the pattern is tried only at the few offsets before each such character
 * instead of at every offset of the text. Same matches, same order, same non-overlapping steps as `matchAll`.
 */

const STICKY = new WeakMap<RegExp, RegExp>();
function stickyOf(pattern: RegExp): RegExp {
  let sticky = STICKY.get(pattern);
  if (!sticky) STICKY.set(pattern, (sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')));
  return sticky;
}

/** The ascending offsets in `text` of the character `ch`, picked from `marks` (ScanInput.marks, which hold them all). */
export function offsetsOf(text: string, marks: readonly number[], ch: string): number[] {
  const code = ch.charCodeAt(0);
  const out: number[] = [];
  for (const i of marks) if (text.charCodeAt(i) === code) out.push(i);
  return out;
}

/** A function giving the first offset at or after `at` (asked with `at` never decreasing) of an anchor, -1 when none. */
function anchorFinder(text: string, anchor: string | RegExp | readonly number[]): (at: number) => number {
  if (typeof anchor === 'string') return (at) => text.indexOf(anchor, at);
  if (anchor instanceof RegExp) {
    return (at) => {
      anchor.lastIndex = at;
      return anchor.exec(text)?.index ?? -1;
    };
  }
  let p = 0;
  return (at) => {
    while (p < anchor.length && anchor[p] < at) p++;
    return p < anchor.length ? anchor[p] : -1;
  };
}

/**
 * The matches of the global `pattern` in `text`, as `matchAll` gives them, when every match has `anchor` (a string, a
 * global pattern of one character such as /[-./]/g, or the ascending offsets of every such character) at most `reach`
 * characters after its start (the caller states why, next to the pattern).
 */
export function matchAllNear(text: string, pattern: RegExp, anchor: string | RegExp | readonly number[], reach: number): RegExpExecArray[] {
  const sticky = stickyOf(pattern);
  const out: RegExpExecArray[] = [];
  let from = 0;
  const next = anchorFinder(text, anchor);
  for (let k = next(0); k >= 0; k = next(Math.max(k + 1, from))) {
    // no match starts before k - reach (it would need an anchor before k): try the offsets up to k, leftmost first
    for (let s = Math.max(from, k - reach); s <= k; s++) {
      sticky.lastIndex = s;
      const m = sticky.exec(text);
      if (m) {
        out.push(m);
        from = s + Math.max(1, m[0].length);
        break;
      }
    }
    if (from <= k) from = k + 1;
  }
  return out;
}

/**
 * `text.matchAll(pattern)` for a pattern whose every match is `lead` characters, then spaces or tabs, then `anchor`
 * (占【8成】: a digit, spaces, 成; 年度【无】: spaces, 无 — a lookbehind before them): one start is possible per anchor, the
 * one right before its run of spaces, so the pattern is tried there only. Same matches, same order as `matchAll`.
 * `anchor` is the character, or the ascending offsets of every one of them (found once: ScanInput.marks).
 */
export function matchAllBeforeSpaces(text: string, pattern: RegExp, anchor: string | readonly number[], lead: number): RegExpExecArray[] {
  const sticky = stickyOf(pattern);
  const out: RegExpExecArray[] = [];
  let from = 0;
  const next = anchorFinder(text, anchor);
  for (let k = next(0); k >= 0; k = next(k + 1)) {
    let s = k;
    while (s > 0 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9)) s--;
    s -= lead;
    if (s < from || s < 0) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    from = s + Math.max(1, m[0].length);
  }
  return out;
}

/**
 * The matches of the global `pattern` in `text`, as `matchAll` gives them, when every match starts at one of the
 * ascending offsets `starts` (the caller found them once, e.g. where the pattern's leading lookahead holds).
 */
export function matchAllAt(text: string, pattern: RegExp, starts: readonly number[]): RegExpExecArray[] {
  const sticky = stickyOf(pattern);
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const s of starts) {
    if (s < from) continue;
    sticky.lastIndex = s;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      from = s + Math.max(1, m[0].length);
    }
  }
  return out;
}

/** A global pattern and the characters every one of its matches starts with (未收到…, 尚未收到…: 未尚). */
export interface StartingPattern {
  readonly pattern: RegExp;
  readonly starts: string;
}

// per list of patterns: which patterns may start at each UTF-16 unit (0 = none; else an index into `groups`)
const PLANS = new WeakMap<ReadonlyArray<StartingPattern>, { table: Uint8Array; groups: number[][]; sticky: RegExp[] }>();
function planOf(entries: ReadonlyArray<StartingPattern>) {
  let plan = PLANS.get(entries);
  if (plan) return plan;
  const table = new Uint8Array(0x10000);
  const groups: number[][] = [[]];
  entries.forEach(({ starts }, e) => {
    for (const ch of starts) {
      const code = ch.charCodeAt(0);
      if (table[code] === 0) table[code] = groups.push([]) - 1;
      groups[table[code]].push(e);
    }
  });
  if (groups.length > 255) throw new RangeError('too many start characters');
  PLANS.set(entries, (plan = { table, groups, sticky: entries.map((p) => stickyOf(p.pattern)) }));
  return plan;
}

/**
 * Each pattern's matches, as `matchAll` gives them, for patterns whose every match starts with one of their `starts`
 * characters: a pattern is tried only where one of its characters stands. `offsets` are the ascending offsets of (at
 * least) every such character, found once for all the patterns (ScanInput.marks).
 */
export function matchAllStarting(text: string, entries: ReadonlyArray<StartingPattern>, offsets: readonly number[]): RegExpExecArray[][] {
  const { table, groups, sticky } = planOf(entries);
  const out: RegExpExecArray[][] = entries.map(() => []);
  const from = new Array<number>(entries.length).fill(0);
  for (const i of offsets) {
    const g = table[text.charCodeAt(i)];
    if (g === 0) continue;
    for (const e of groups[g]) {
      if (i < from[e]) continue;
      const re = sticky[e];
      re.lastIndex = i;
      const m = re.exec(text);
      if (m) {
        out[e].push(m);
        from[e] = i + Math.max(1, m[0].length);
      }
    }
  }
  return out;
}
