// The report text as HTML with every marked range (fact, heading, table cell, warning …) wrapped in a <span>.
// Ranges may nest or overlap (a fact inside a table cell's span, a warning across a whole table): they are emitted
// as properly nested elements, splitting a range into fragments where another one crosses its edge.
import { escapeHtml } from './escape.js';

/** One range of the text to wrap: `attrs` go on every fragment, `id` only on the first. */
export interface Mark {
  start: number;
  end: number;
  /** CSS classes, e.g. `hl k-count`. */
  cls: string;
  /** Element id of the first fragment (the jump target). */
  id: string;
  /** Extra attributes (already-safe names; values are escaped here). */
  attrs?: Record<string, string | number>;
}

interface Open {
  mark: Mark;
  /** Whether the first fragment (carrying the id) has been emitted. */
  started: boolean;
}

function openTag(o: Open): string {
  const m = o.mark;
  let s = `<span class="${escapeHtml(m.cls)}${o.started ? ' cont' : ''}"`;
  if (!o.started) s += ` id="${escapeHtml(m.id)}"`;
  for (const [k, v] of Object.entries(m.attrs ?? {})) s += ` ${k}="${escapeHtml(v)}"`;
  o.started = true;
  return s + '>';
}

/** Keeps a range inside the text; returns null when its offsets are not numbers at all. */
export function clampSpan(start: unknown, end: unknown, length: number): { start: number; end: number } | null {
  if (typeof start !== 'number' || typeof end !== 'number' || !Number.isFinite(start) || !Number.isFinite(end)) return null;
  const s = Math.max(0, Math.min(Math.floor(start), length));
  return { start: s, end: Math.max(s, Math.min(Math.floor(end), length)) };
}

/** Renders `text` escaped, with each mark as nested `<span>` fragments. Linear in text + marks (× nesting depth). */
export function renderMarkedText(text: string, marks: Mark[]): string {
  const valid: Mark[] = [];
  for (const m of marks) {
    const span = clampSpan(m.start, m.end, text.length);
    if (span) valid.push({ ...m, ...span });
  }
  // Outer ranges first: by start, then longer first.
  valid.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: string[] = [];
  const stack: Open[] = [];
  let pos = 0;
  let next = 0;
  while (next < valid.length || stack.length) {
    let minEnd = Infinity;
    for (const o of stack) if (o.mark.end < minEnd) minEnd = o.mark.end;
    const nextStart = next < valid.length ? valid[next].start : Infinity;
    const p = Math.min(minEnd, nextStart);
    if (p > pos) out.push(escapeHtml(text.slice(pos, p)));
    pos = p;
    // Close everything ending here; ranges above them on the stack are closed too and reopened as fragments.
    const reopen: Open[] = [];
    if (minEnd === p) {
      let lowest = stack.length;
      for (let i = stack.length - 1; i >= 0; i--) if (stack[i].mark.end === p) lowest = i;
      while (stack.length > lowest) {
        const o = stack.pop()!;
        out.push('</span>');
        if (o.mark.end > p) reopen.push(o);
      }
    }
    const starting: Open[] = [];
    while (next < valid.length && valid[next].start === p) {
      const m = valid[next++];
      if (m.end === p) {
        out.push(openTag({ mark: m, started: false }) + '</span>');
      } else starting.push({ mark: m, started: false });
    }
    // Longest-running first, so it stays outermost and is split least.
    const opening = [...reopen, ...starting].sort((a, b) => b.mark.end - a.mark.end);
    for (const o of opening) {
      out.push(openTag(o));
      stack.push(o);
    }
  }
  if (pos < text.length) out.push(escapeHtml(text.slice(pos)));
  return out.join('');
}
