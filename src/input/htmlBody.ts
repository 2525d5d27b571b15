import type { AnyNode, Document, Element } from 'domhandler';
import { isElement, isInvisible } from './htmlWalk.js';
import { readSourceTable, type SourceTable } from './htmlTables.js';

/**
 * Finding the article on a saved page. Every visible character counts: plus when it reads as content, minus when
 * it is link text, sits in site chrome (header, navigation, footer, share bar — by tag or by class/id words) or in
 * the page's metadata table. The article is the element whose characters sum highest (the smallest such element on
 * a tie): it takes in all the content and leaves out the chrome around it, whatever the site calls its containers.
 */

/** Tags that are site chrome wherever they stand. */
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu']);

/**
 * Words in a class or id that mark site chrome (split at `-`, `_`, spaces and camelCase: `mainNav`, `xxgkHead`,
 * `header-t`, `footer`, `bdsharebuttonbox` is caught by `share` below as a substring).
 */
const CHROME_WORDS = new Set([
  'nav', 'navbar', 'menu', 'header', 'head', 'footer', 'foot', 'bottom', 'breadcrumb', 'crumb', 'crumbs', 'position',
  'location', 'sidebar', 'side', 'aside', 'comment', 'comments', 'copyright', 'toolbar', 'search', 'login', 'related',
  'links', 'friendlink', 'share', 'print', 'dqwz', 'daohang', 'fenxiang', 'xgxx', 'xggj', 'ads', 'advert', 'banner',
]);
/** Substrings that mark chrome even inside one word (`bdsharebuttonbox`, `sitenav`). */
const CHROME_SUBSTRINGS = ['share', 'breadcrumb', 'copyright'];

/** Classes or ids that name a title (`article-title`, `detail_tit`, `bt`, `biaoti`). */
const TITLE_WORDS = new Set(['title', 'tit', 'bt', 'biaoti', 'headline']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3']);
// the title of a report page names it a report: …年度报告, …工作报告, …年报
const REPORT_TITLE = /报告|年报/;

function words(el: Element): string[] {
  const value = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (value.length <= 1) return [];
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_\-]+/)
    .filter(Boolean);
}

/** Is this element site chrome? `seen` remembers the answer per class/id string (Word pages repeat `MsoNormal` thousands of times). */
export function isChrome(el: Element, seen: Map<string, boolean>): boolean {
  if (CHROME_TAGS.has(el.name)) return true;
  const key = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  if (key.length <= 1) return false;
  let chrome = seen.get(key);
  if (chrome === undefined) {
    chrome = words(el).some((w) => CHROME_WORDS.has(w) || CHROME_SUBSTRINGS.some((s) => w.includes(s)));
    seen.set(key, chrome);
  }
  return chrome;
}

/** Characters of a text node a reader sees (not whitespace, `&nbsp;` or the ideographic space). */
export function visibleLength(data: string): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c > 32 && c !== 0xa0 && c !== 0x3000) n++;
  }
  return n;
}

/** Largest share of the page's visible characters an element may hold and still count as chrome (more: it is the article). */
export const CHROME_MAX_SHARE = 0.5;

/** Visible characters under `root`, counting stops once past `limit`. */
function visibleWithin(root: AnyNode, limit: number): number {
  let n = 0;
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && n <= limit) {
    const node = stack.pop()!;
    if (node.type === 'text') n += visibleLength(node.data);
    else if (node.type === 'root' || (isElement(node) && !isInvisible(node))) {
      const children = (node as Element).children;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
  return n;
}

function holdsMost(el: Element, limit: number): boolean {
  return visibleWithin(el, limit) > limit;
}

export interface ArticleBody {
  /** The element holding the article (the whole document when nothing stands out). */
  body: AnyNode;
  /** A report title found just before the article, outside it. */
  title?: Element;
  /** Every `<table>` read on the way, so it is not read twice. */
  tables: Map<Element, SourceTable>;
  /** Metadata tables (索引号 / 发布机构 …), left out of the text. */
  metadataTables: Set<Element>;
}

/** Finds the element holding the article, and a title element just before it. */
export function findArticleBody(doc: Document): ArticleBody {
  const tables = new Map<Element, SourceTable>();
  const metadataTables = new Set<Element>();
  const chromeWords = new Map<string, boolean>();
  // One walk counts the page's visible characters while it scores, taking every chrome box for chrome; a
  // "footer"/"side" box holding most of the page's text is the article under an unlucky class name, which only that
  // count can tell: when such a box was taken for chrome, the page is scored again knowing the limit.
  let scored = scoreElements(doc, undefined, tables, metadataTables, chromeWords);
  const chromeLimit = CHROME_MAX_SHARE * scored.visible;
  if (scored.largestChrome > chromeLimit) scored = scoreElements(doc, chromeLimit, tables, metadataTables, chromeWords);
  const best = outOfDataTable(scored.best, tables);
  return { body: best, title: best === doc ? undefined : findTitle(best), tables, metadataTables };
}

/** What one scoring walk found: the best element, the page's visible characters, the largest box taken for chrome. */
interface Scored {
  best: AnyNode;
  visible: number;
  largestChrome: number;
}

/**
 * Post-order walk with explicit stacks as deep as the DOM (not as long as the page): each element's sum of signed
 * characters is known when it is left; the first element to reach the best sum is the deepest. With no
 * `chromeLimit` every chrome box counts as chrome, and the largest one's visible characters are reported.
 */
function scoreElements(
  doc: Document,
  chromeLimit: number | undefined,
  tables: Map<Element, SourceTable>,
  metadataTables: Set<Element>,
  chromeWords: Map<string, boolean>,
): Scored {
  const nodes: AnyNode[] = [doc];
  const against: boolean[] = [false];
  const chrome: boolean[] = [false];
  const sums: number[] = [0];
  const counts: number[] = [0];
  const next: number[] = [0];
  let best: AnyNode = doc;
  let bestScore = 0;
  let largestChrome = 0;
  let visible = 0;
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const node = nodes[top] as Element;
    const children = node.children;
    if (next[top] < children.length) {
      const child = children[next[top]++];
      if (child.type === 'text') {
        const n = visibleLength(child.data);
        sums[top] += against[top] ? -n : n;
        counts[top] += n;
        continue;
      }
      if (!isElement(child) || isInvisible(child)) continue;
      let childAgainst = against[top] || child.name === 'a';
      let childChrome = false;
      if (!childAgainst && isChrome(child, chromeWords)) {
        childChrome = chromeLimit === undefined;
        childAgainst = childChrome || !holdsMost(child, chromeLimit!);
      }
      if (child.name === 'table') {
        let source = tables.get(child);
        if (!source) {
          source = readSourceTable(child);
          tables.set(child, source);
        }
        if (source.kind === 'metadata') {
          metadataTables.add(child);
          childAgainst = true;
        }
      }
      nodes.push(child);
      against.push(childAgainst);
      chrome.push(childChrome);
      sums.push(0);
      counts.push(0);
      next.push(0);
      continue;
    }
    const sum = sums[top];
    const count = counts[top];
    if (sum > bestScore) {
      best = node;
      bestScore = sum;
    }
    if (chrome[top] && count > largestChrome) largestChrome = count;
    nodes.pop();
    against.pop();
    chrome.pop();
    sums.pop();
    counts.pop();
    next.pop();
    if (top > 0) {
      sums[top - 1] += sum;
      counts[top - 1] += count;
    } else visible = count;
  }
  return { best, visible, largestChrome };
}

/** A body found inside a report table (a row, a cell) grows to the whole table, so the table is read as a grid. */
function outOfDataTable(node: AnyNode, tables: Map<Element, SourceTable>): AnyNode {
  for (let up: AnyNode | null = node; up; up = up.parent) {
    if (isElement(up) && up.name === 'table') {
      const source = tables.get(up);
      return source && source.kind === 'data' ? up : node;
    }
  }
  return node;
}

/** A heading element with a report title among the elements just before `body` (up to three levels up). */
function findTitle(body: AnyNode): Element | undefined {
  if (isElement(body) && containsHeading(body)) return undefined;
  let node: AnyNode | null = body;
  for (let level = 0; level < 3 && node && node.parent; level++) {
    const siblings: AnyNode[] = node.parent.children;
    const at = siblings.indexOf(node);
    for (let i = at - 1, seen = 0; i >= 0 && seen < 10; i--) {
      const sib = siblings[i];
      if (!isElement(sib) || isInvisible(sib)) continue;
      seen++;
      const heading = headingIn(sib);
      if (heading) return heading;
    }
    node = node.parent;
  }
  return undefined;
}

function isHeading(el: Element): boolean {
  return HEADING_TAGS.has(el.name) || words(el).some((w) => TITLE_WORDS.has(w));
}

function containsHeading(el: Element): boolean {
  const stack: Element[] = [el];
  // a title stands near the top: looking at the first few thousand elements is enough
  for (let seen = 0; stack.length > 0 && seen < 5000; seen++) {
    const node = stack.pop()!;
    if (node !== el && HEADING_TAGS.has(node.name) && REPORT_TITLE.test(textOf(node))) return true;
    for (const c of node.children) if (isElement(c)) stack.push(c);
  }
  return false;
}

/** The heading element in `el` (or `el` itself) whose text reads as a report title (4–120 characters). */
function headingIn(el: Element): Element | undefined {
  const stack: Element[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isHeading(node)) {
      const text = textOf(node);
      if (text.length >= 4 && text.length <= 120 && REPORT_TITLE.test(text)) return node;
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const c = node.children[i];
      if (isElement(c) && !isInvisible(c)) stack.push(c);
    }
  }
  return undefined;
}

function textOf(el: Element): string {
  let out = '';
  const stack: AnyNode[] = [el];
  while (stack.length > 0 && out.length <= 200) {
    const node = stack.pop()!;
    if (node.type === 'text') out += node.data;
    else if (isElement(node) && !isInvisible(node)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out.replace(/\s+/g, '');
}
