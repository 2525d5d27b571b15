import type { Document, Element } from 'domhandler';
import type { Span, Table } from '../schema/report.js';
import { makeWarning, type Warning } from '../schema/warnings.js';
import { findArticleBody } from './htmlBody.js';
import { capNesting, parseHtml, releaseTree } from './htmlParse.js';
import { expandGrid, gridCells, readSourceTable, type SourceTable } from './htmlTables.js';
import { TextBuilder } from './htmlText.js';
import { walkText } from './htmlWalk.js';

export interface HtmlDocument {
  text: string;
  tables: Table[];
  warnings: Warning[];
}

export interface HtmlOptions {
  /** Deepest element nesting read as structure; deeper tags are flattened (`HTML_TOO_DEEP`). Default 500. */
  maxHtmlDepth?: number;
  /** Most grid cells (covered cells included) per table; later rows stay text only (`TABLE_TRUNCATED`). Default 10,000. */
  maxTableCells?: number;
}

export const DEFAULT_MAX_HTML_DEPTH = 500;
export const DEFAULT_MAX_TABLE_CELLS = 10_000;

// 表三：收到和处理政府信息公开申请情况 / 附表1 / 表 2 — a line right above a table that names it
const TABLE_NAME_LINE = /^(?:附)?表\s*[一二三四五六七八九十0-9０-９]+(?:$|[\s:：、.．）)（(])/;
const MAX_NAME_LENGTH = 60;

/** Where the last table ended, to join a table a page split in two (nothing between, same width). */
interface LastTable {
  index: number;
  end: number;
  width: number;
}

/**
 * HTML → the article's plain text (block boundaries as line breaks) and every report `<table>` as a grid. Each table
 * row is written as one line, cells separated by a tab, so every cell's span slices to its text.
 */
export function htmlToDocument(html: string, options: HtmlOptions = {}): HtmlDocument {
  const warnings: Warning[] = [];
  const maxDepth = options.maxHtmlDepth ?? DEFAULT_MAX_HTML_DEPTH;
  const maxCells = options.maxTableCells ?? DEFAULT_MAX_TABLE_CELLS;
  const capped = capNesting(html, maxDepth, { cutUnread: true });
  if (capped.dropped > 0) {
    warnings.push(makeWarning('HTML_TOO_DEEP', `${capped.dropped} tags deeper than ${maxDepth} flattened`, { data: { dropped: capped.dropped, maxDepth } }));
  }
  const doc = parseHtml(capped.html);
  try {
    return readArticle(doc, maxCells, warnings);
  } finally {
    releaseTree(doc); // the tree is garbage now: cut, it dies young (see releaseTree)
  }
}

/** The article's text and its data tables, read off the parsed page. */
function readArticle(doc: Document, maxCells: number, warnings: Warning[]): HtmlDocument {
  const article = findArticleBody(doc);
  const out = new TextBuilder();
  const tables: Table[] = [];
  let last: LastTable | undefined;

  const claim = (el: Element): boolean => {
    if (el.name !== 'table') return false;
    if (article.metadataTables.has(el)) return true;
    let source = article.tables.get(el);
    if (!source) source = readSourceTable(el);
    if (source.kind !== 'data') return false; // layout: its cells are read as blocks of text
    out.block();
    const name = tableName(out, source);
    const written = writeTable(out, source);
    const grid = expandGrid(source.rows, maxCells);
    const rows = gridCells(source.rows, grid, written.cellSpans);
    const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
    if (grid.rowsRead < source.rows.length) {
      warnings.push(
        makeWarning('TABLE_TRUNCATED', `${source.rows.length - grid.rowsRead} of ${source.rows.length} rows beyond ${maxCells} cells`, {
          span: written.span,
          data: { rows: source.rows.length, rowsRead: grid.rowsRead, maxTableCells: maxCells },
        }),
      );
    }
    if (last && !name && last.end === written.span.start - 1 && last.width === width) {
      appendRows(tables[last.index], rows, written.span);
      last.end = written.span.end;
    } else {
      tables.push({ ...(name ? { name } : {}), source: 'html', span: written.span, rows });
      last = { index: tables.length - 1, end: written.span.end, width };
    }
    out.block();
    return true;
  };

  if (article.title) {
    walkText(article.title, out);
    out.block();
  }
  walkText(article.body, out, claim);
  return { text: out.toString(), tables, warnings };
}

/** The table's `<caption>`, or the line right above it when that line is a table label (`表三：…`). */
function tableName(out: TextBuilder, source: SourceTable): string | undefined {
  if (source.caption) return source.caption;
  const line = out.lastLine(MAX_NAME_LENGTH)?.trim();
  return line && TABLE_NAME_LINE.test(line) ? line : undefined;
}

/** Writes the caption and one line per row (cells joined by a tab); returns the table's span and each cell's. */
function writeTable(out: TextBuilder, source: SourceTable): { span: Span; cellSpans: Span[][] } {
  out.newline();
  const start = out.position;
  if (source.caption) {
    out.raw(source.caption);
    out.newline();
  }
  const cellSpans: Span[][] = [];
  source.rows.forEach((row, r) => {
    if (r > 0) out.newline();
    cellSpans.push(
      row.map((cell, i) => {
        if (i > 0) out.raw('\t');
        const cellStart = out.position;
        out.raw(cell.text);
        return { start: cellStart, end: out.position };
      }),
    );
  });
  return { span: { start, end: out.position }, cellSpans };
}

/** Joins the rows of a table's second half (split by the page) to its first: origins shift down. */
function appendRows(table: Table, rows: Table['rows'], span: Span): void {
  const shift = table.rows.length;
  for (const row of rows) {
    table.rows.push(row.map((cell) => (cell.origin ? { ...cell, origin: [cell.origin[0] + shift, cell.origin[1]] } : cell)));
  }
  table.span = { start: table.span.start, end: span.end };
}
