import type { Element } from 'domhandler';
import type { Cell, Span } from '../schema/report.js';
import { cellValue } from './cellValue.js';
import { isElement, isInvisible, lineText } from './htmlWalk.js';

/** One `<td>`/`<th>` as written: its one-line text and how far it spans. */
export interface SourceCell {
  text: string;
  rowspan: number;
  colspan: number;
}

/** A `<table>` read into rows of source cells (before rowspan/colspan are expanded). */
export interface SourceTable {
  caption?: string;
  rows: SourceCell[][];
  /** The table holds another table: a page-layout table, read as blocks of text. */
  hasNestedTable: boolean;
  /** What the table is on the page (see `classifyTable`). */
  kind: 'data' | 'layout' | 'metadata';
}

/** Labels of the page's own metadata table (索引号 014314799/2024-00002, 发布机构, 公开日期 …): site chrome, not the report. */
export const METADATA_LABELS = new Set([
  '索引号', '信息索引号', '发布机构', '发文机关', '发布单位', '公开日期', '发布日期', '发文日期', '成文日期', '生成日期',
  '文号', '发文字号', '主题分类', '信息分类', '体裁分类', '组配分类', '服务对象分类', '有效性', '时效', '公开方式',
  '公开范围', '公开时限', '信息来源', '所属机构', '关键词', '主题词', '分类', '文件下载', '信息名称',
]);

/** HTML caps colspan at 1000; rowspan 0 means "to the end of the table". */
const MAX_COLSPAN = 1000;

function spanAttr(el: Element, name: string): number {
  const n = Number.parseInt(el.attribs[name] ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : 1;
}

/** Reads a `<table>` into rows of cells: its own rows only (thead/tbody/tfoot/tr), not those of nested tables. */
export function readSourceTable(table: Element): SourceTable {
  let caption: string | undefined;
  const rowElements: Element[][] = [];
  let loose: Element[] = []; // <td> written straight into <table> without a <tr>
  const flushLoose = () => {
    if (loose.length > 0) rowElements.push(loose);
    loose = [];
  };
  const take = (child: Element) => {
    if (child.name === 'tr') {
      flushLoose();
      rowElements.push(cellsOf(child));
    } else if (child.name === 'td' || child.name === 'th') loose.push(child);
    else if (child.name === 'caption') caption = lineText(child) || undefined;
  };
  // rows in document order, whether or not they sit in <thead>/<tbody>/<tfoot>
  for (const child of table.children) {
    if (!isElement(child) || isInvisible(child)) continue;
    if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') {
      for (const inner of child.children) if (isElement(inner) && !isInvisible(inner)) take(inner);
    } else take(child);
  }
  flushLoose();
  const withCells = rowElements.filter((cells) => cells.length > 0);
  // a table holding a table is page layout: its cells are read as text blocks, no need to read them here
  if (withCells.some((cells) => cells.some(containsTable))) return { caption, rows: [], hasNestedTable: true, kind: 'layout' };
  const rows = withCells.map((cells) =>
    cells.map((el) => ({ text: lineText(el), rowspan: spanAttr(el, 'rowspan'), colspan: spanAttr(el, 'colspan') })),
  );
  return { caption, rows, hasNestedTable: false, kind: classifyTable({ caption, rows, hasNestedTable: false }) };
}

function cellsOf(tr: Element): Element[] {
  return tr.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th') && !isInvisible(c));
}

function containsTable(el: Element): boolean {
  const stack: Element[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.name === 'table') return true;
      stack.push(child);
    }
  }
  return false;
}

/** What a `<table>` is on the page: report data, page layout (read as text blocks), or the page's metadata box (dropped). */
export function classifyTable(source: Omit<SourceTable, 'kind'>): SourceTable['kind'] {
  if (source.hasNestedTable || source.rows.length === 0) return 'layout';
  if (source.rows.every((row) => row.length <= 1)) return 'layout';
  let labels = 0;
  for (const row of source.rows) {
    for (const cell of row) {
      // 索引号： / 发布机构: / 公 开 日 期 — compared without spaces and the trailing colon
      if (cell.text.length <= 12 && METADATA_LABELS.has(cell.text.replace(/[\s:：]/g, ''))) labels++;
    }
  }
  return labels >= 2 ? 'metadata' : 'data';
}

/** The grid of a table: rowspan/colspan expanded, each slot pointing at the source cell that fills it. */
export interface Grid {
  /** `slots[r][c]` = [source row, source index in that row, origin row, origin col]. */
  slots: Array<Array<[number, number, number, number]>>;
  /** Source rows read into the grid (the rest are beyond the cell limit). */
  rowsRead: number;
  cells: number;
}

/** Expands rowspan/colspan into a grid of at most `maxCells` slots; rows beyond the limit are left out. */
export function expandGrid(rows: SourceCell[][], maxCells: number): Grid {
  const slots: Grid['slots'] = [];
  let cells = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    let needed = 0;
    for (const cell of row) needed += Math.max(1, Math.min(cell.colspan, MAX_COLSPAN));
    if (cells + needed > maxCells) return { slots: slots.slice(0, r), rowsRead: r, cells };
    slots[r] ??= [];
    let c = 0;
    for (let i = 0; i < row.length; i++) {
      while (slots[r][c] !== undefined) c++;
      const colspan = Math.max(1, Math.min(row[i].colspan, MAX_COLSPAN));
      // rowspan=0 or a rowspan past the last row stops at the last row (as browsers do)
      const rowspan = row[i].rowspan === 0 ? rows.length - r : Math.max(1, Math.min(row[i].rowspan, rows.length - r));
      for (let dr = 0; dr < rowspan; dr++) {
        const target = (slots[r + dr] ??= []);
        for (let dc = 0; dc < colspan; dc++) {
          if (target[c + dc] !== undefined) continue; // overlapping spans in broken tables: the first cell keeps the slot
          if (dr > 0 || dc > 0) {
            if (cells >= maxCells) return { slots: slots.slice(0, r + 1), rowsRead: r + 1, cells };
          }
          target[c + dc] = [r, i, r, c];
          cells++;
        }
      }
      c += colspan;
    }
  }
  return { slots: slots.slice(0, rows.length), rowsRead: rows.length, cells };
}

/** Builds the `Cell` grid from the expanded slots and the spans where each source cell was written. */
export function gridCells(rows: SourceCell[][], grid: Grid, spans: Span[][]): Cell[][] {
  return grid.slots.map((slotRow, r) => {
    const out: Cell[] = [];
    for (let c = 0; c < slotRow.length; c++) {
      const slot = slotRow[c];
      if (slot === undefined) {
        out.push({ text: '', value: null }); // a hole left by a short row: blank, no span (nothing was written)
        continue;
      }
      const [sr, si, or, oc] = slot;
      const source = rows[sr][si];
      const cell: Cell = { text: source.text, value: cellValue(source.text), span: spans[sr][si] };
      if (or !== r || oc !== c) cell.origin = [or, oc];
      out.push(cell);
    }
    return out;
  });
}
