import type { AnyNode, Element } from 'domhandler';
import { TextBuilder } from './htmlText.js';

/** Elements whose content a reader never sees as page text. */
export const INVISIBLE = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'iframe', 'frame', 'object', 'embed', 'applet',
  'select', 'option', 'textarea', 'button', 'input', 'svg', 'math', 'canvas', 'map', 'video', 'audio', 'meta', 'link',
]);

/** Elements that start and end a line of text. */
export const BLOCK = new Set([
  'p', 'div', 'br', 'hr', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'td', 'th', 'table', 'thead', 'tbody', 'tfoot',
  'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main',
  'blockquote', 'pre', 'form', 'fieldset', 'legend', 'figure', 'figcaption', 'address', 'center', 'body', 'html',
  'details', 'summary',
]);

/**
 * The attributes the reading looks at (besides a style that may hide the element): chrome words in class and id,
 * `hidden`, a table cell's spans. Start tags lose every other attribute before parsing (htmlAttributes.ts).
 */
export const READ_ATTRIBUTES: readonly string[] = ['class', 'id', 'hidden', 'rowspan', 'colspan'];

// style="display:none" / "visibility: hidden" — hidden duplicates and pop-ups on CMS pages
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

// most pages style every run (Word: mso-…); the words are looked for before the pattern runs
const HIDING_WORD = /none|hidden/;

/** True for a style that may hide its element (`display:none`, `visibility: hidden`). */
export function styleMayHide(style: string): boolean {
  return HIDING_WORD.test(style) && HIDDEN_STYLE.test(style);
}

/** True for an element a reader does not see (invisible tag, `hidden` attribute, `display:none`). */
export function isInvisible(el: Element): boolean {
  if (INVISIBLE.has(el.name)) return true;
  const attribs = el.attribs;
  if (attribs.hidden !== undefined) return true;
  const style = attribs.style;
  return style !== undefined && styleMayHide(style);
}

/** True for an element node (not text, comment or directive). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

const EXIT = Symbol('exit');
type Frame = AnyNode | { [EXIT]: Element };

/**
 * Writes the visible text under `root` into `out`, iteratively (no recursion: 10,000 nested tags are fine).
 * `claim(el)` may take over an element (a table) and return true; its children are then not walked.
 */
export function walkText(root: AnyNode, out: TextBuilder, claim?: (el: Element) => boolean): void {
  const stack: Frame[] = [root];
  let preDepth = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (EXIT in frame) {
      const el = frame[EXIT];
      if (el.name === 'pre') preDepth--;
      out.block();
      continue;
    }
    const node = frame;
    if (node.type === 'text') {
      out.text(node.data, preDepth > 0);
      continue;
    }
    if (!isElement(node) && node.type !== 'root') continue; // comments, <!doctype>, CDATA
    if (isElement(node)) {
      if (isInvisible(node)) continue;
      if (claim?.(node)) continue;
      if (BLOCK.has(node.name)) {
        out.block();
        if (node.name === 'pre') preDepth++;
        stack.push({ [EXIT]: node });
      }
    }
    const children = (node as Element).children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

/** The visible text of one element as a single line (a table cell, a caption): runs joined, whitespace collapsed. */
export function lineText(el: Element): string {
  const out = new TextBuilder(true);
  walkText(el, out);
  return out.toString();
}
