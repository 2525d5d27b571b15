/**
 * Writes the visible text of an HTML page the way a reader sees it: whitespace collapsed, block boundaries as line
 * breaks, and no spaces invented between Chinese characters or inside numbers that a page's markup happens to split
 * (`信息</font>\n<font>249</font><font>条` → `信息249条`).
 */
import { isSpace } from './chars.js';

/** What whitespace is waiting to be written before the next visible character. */
const enum Pending {
  None = 0,
  /** Whitespace that held a line break (source formatting): dropped between CJK characters and digits. */
  SegmentBreak = 1,
  /** A real space (a space or `&nbsp;` in running text). */
  Space = 2,
  /** A block boundary in running text: a line break. */
  Newline = 3,
}


/** CJK ideographs, CJK punctuation, full-width forms and ASCII digits: no space is shown between two of these. */
function isTight(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xffef) ||
    (code >= 0xd800 && code <= 0xdfff) // astral CJK (extension B …) arrive as surrogates
  );
}

/** Accumulates text with collapsed whitespace; `position` is the UTF-16 offset the next character will get. */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  private last = -1;
  private pending = Pending.None;
  /** Inside a table cell a block boundary is a soft break (`<p>商业</p><p>企业</p>` → `商业企业`), not a new line. */
  constructor(private readonly inCell = false) {}

  get position(): number {
    return this.length;
  }

  /** The previous visible character written (-1 at the start). */
  get lastCode(): number {
    return this.last;
  }

  /** Text of a text node (entities already decoded). */
  text(data: string, preformatted = false): void {
    if (preformatted) {
      data.split(/\r\n?|\n/).forEach((line, i) => {
        if (i > 0) this.block();
        this.text(line);
      });
      return;
    }
    // runs of visible characters and runs of whitespace, in turn; a whitespace run that holds a line break and no
    // &nbsp; (a hard space the author typed) is source formatting
    let i = 0;
    while (i < data.length) {
      const start = i;
      if (!isSpace(data.charCodeAt(i))) {
        while (i < data.length && !isSpace(data.charCodeAt(i))) i++;
        this.visible(start === 0 && i === data.length ? data : data.slice(start, i));
        continue;
      }
      let lineBreak = false;
      let hard = false;
      for (; i < data.length && isSpace(data.charCodeAt(i)); i++) {
        const c = data.charCodeAt(i);
        if (c === 0x0a || c === 0x0d) lineBreak = true;
        else if (c === 0xa0) hard = true;
      }
      this.whitespace(lineBreak && !hard ? Pending.SegmentBreak : Pending.Space);
    }
  }

  /** A block boundary (`<p>`, `<div>`, `<br>`, a table row …). */
  block(): void {
    if (this.length === 0) return;
    this.pending = this.inCell ? Pending.SegmentBreak : Pending.Newline;
  }

  /** Writes a string as it is (a cell text already collapsed, a tab between cells); pending whitespace first. */
  raw(s: string): void {
    if (s.length === 0) return;
    this.flush(s.charCodeAt(0));
    this.append(s);
  }

  /** Starts a new line now (even if nothing visible follows yet), for table rows whose cells may all be blank. */
  newline(): void {
    if (this.length > 0 && this.last !== 10) this.append('\n');
    this.pending = Pending.None;
  }

  /** The last line written so far (up to `max` characters; longer lines give undefined). */
  lastLine(max: number): string | undefined {
    let line = '';
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const part = this.parts[i];
      const nl = part.lastIndexOf('\n');
      line = (nl >= 0 ? part.slice(nl + 1) : part) + line;
      if (line.length > max) return undefined;
      if (nl >= 0) break;
    }
    return line;
  }

  /** The text written so far. */
  toString(): string {
    return this.parts.join('');
  }

  private whitespace(kind: Pending): void {
    if (this.length === 0 || this.last === 10) return; // leading whitespace of a line is not shown
    if (kind > this.pending && this.pending !== Pending.Newline) this.pending = kind;
  }

  private visible(s: string): void {
    this.flush(s.charCodeAt(0));
    this.append(s);
  }

  private flush(next: number): void {
    const pending = this.pending;
    this.pending = Pending.None;
    if (pending === Pending.None || this.length === 0 || this.last === 10) return;
    if (pending === Pending.Newline) this.append('\n');
    else if (pending === Pending.Space || !(isTight(this.last) && isTight(next))) this.append(' ');
  }

  private append(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.last = s.charCodeAt(s.length - 1);
  }
}
