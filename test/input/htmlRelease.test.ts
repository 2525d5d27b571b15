import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/input/html.js';
import { parseHtml, releaseTree } from '../../src/input/htmlParse.js';
import { FIXTURES, htmlPages } from '../helpers/htmlPages.js';

/**
 * A page's tree is unlinked once read (releaseTree): a node promoted during the parse would otherwise keep every
 * younger node it links to alive and promoted until a full collection. Released, no node links to another; and the
 * reading is what it was (htmlToDocument releases the tree after reading it, so a reading done twice from one page,
 * each with its own tree, must agree, and agree with the fixtures' golden JSON — golden tests).
 */
const PAGES = htmlPages();

/** Every node of the tree, root first. */
function nodesOf(root: AnyNode): AnyNode[] {
  const all: AnyNode[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    all.push(node);
    if ('children' in node) stack.push(...node.children);
  }
  return all;
}

function linksOf(node: AnyNode): number {
  return ('children' in node ? node.children.length : 0) + (node.parent ? 1 : 0) + (node.prev ? 1 : 0) + (node.next ? 1 : 0);
}

describe('a parsed page released once read', () => {
  it('reads the fixture pages (not an empty list)', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(10);
  });

  it.each(PAGES.map((p) => [p.path.slice(FIXTURES.length + 1), p.html]))('%s: no node links to another afterwards', (_name, html) => {
    const doc = parseHtml(html);
    const nodes = nodesOf(doc);
    expect(nodes.length).toBeGreaterThan(10);
    expect(nodes.reduce((n, node) => n + linksOf(node), 0)).toBeGreaterThan(0);
    releaseTree(doc);
    expect(nodes.filter((node) => linksOf(node) > 0)).toEqual([]);
  });

  it('a tree nested 20,000 deep (no nesting cap) is released without running out of stack', () => {
    const doc = parseHtml('<div>'.repeat(20_000) + 'x' + '</div>'.repeat(20_000));
    const nodes = nodesOf(doc);
    expect(nodes.length).toBe(20_002);
    releaseTree(doc);
    expect(nodes.some((node) => linksOf(node) > 0)).toBe(false);
  });

  it.each(PAGES.map((p) => [p.path.slice(FIXTURES.length + 1), p.html]))('%s: read twice, the same reading', (_name, html) => {
    const first = htmlToDocument(html);
    expect(first.text.trim().length).toBeGreaterThan(0);
    expect(htmlToDocument(html)).toEqual(first);
  });
});
