/**
 * `text.matchAll(pattern)` for a pattern whose every match holds a given character near its start (a date holds 月
 * within 16 characters of its first): the pattern is tried only at the few offsets before each such character
 * instead of at every offset of the text. Same matches, same order, same non-overlapping steps as `matchAll`.
 */

const STICKY = new WeakMap<RegExp, RegExp>();

/**
 * The matches of the global `pattern` in `text`, as `matchAll` gives them, when every match has `anchor` (a string, or
 * a global pattern of one character such as /[-./]/g) at most `reach` characters after its start (the caller states
 * why, next to the pattern).
 */
export function matchAllNear(text: string, pattern: RegExp, anchor: string | RegExp, reach: number): RegExpExecArray[] {
  let sticky = STICKY.get(pattern);
  if (!sticky) {
    sticky = new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y');
    STICKY.set(pattern, sticky);
  }
  const out: RegExpExecArray[] = [];
  let from = 0;
  const next =
    typeof anchor === 'string'
      ? (at: number) => text.indexOf(anchor, at)
      : (at: number) => {
          anchor.lastIndex = at;
          return anchor.exec(text)?.index ?? -1;
        };
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
