import * as cheerio from 'cheerio';
import type { Table } from '../schema/report.js';
import type { Warning } from '../schema/warnings.js';

export interface HtmlDocument {
  text: string;
  tables: Table[];
  warnings: Warning[];
}

const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'section', 'article']);

/** HTML → plain text with block boundaries as line breaks, and every `<table>` as a grid (first version). */
export function htmlToDocument(html: string): HtmlDocument {
  const $ = cheerio.load(html);
  $('script, style, noscript').remove();
  let text = '';
  const walk = (nodes: ReturnType<typeof $>) => {
    nodes.each((_, node) => {
      if (node.type === 'text') text += (node as unknown as { data: string }).data.replace(/\s+/g, ' ');
      else if (node.type === 'tag') {
        const name = (node as unknown as { name: string }).name;
        if (BLOCK.has(name) && !text.endsWith('\n')) text += '\n';
        walk($(node).contents());
        if (BLOCK.has(name) && !text.endsWith('\n')) text += '\n';
      }
    });
  };
  walk($('body').length ? $('body').contents() : $.root().contents());
  return { text: text.replace(/\n[ \t]+/g, '\n').trim(), tables: [], warnings: [] };
}
