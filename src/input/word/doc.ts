import { NianbaoError } from '../../errors.js';
import type { Cell, Table } from '../../schema/report.js';
import { cellValue } from '../cellValue.js';
import type { InputDocument } from '../index.js';

type Extractor = new () => { extract(input: Buffer): Promise<{ getBody(): string }> };
let extractor: Promise<Extractor> | undefined;

// 26 · 0 · 12.5 · 7730.28 — a figure cell
const FIGURE = /^\s*[\d０-９][\d０-９,.．]*\s*$/;
// 一、本年新收政府信息公开申请数量 — a top-level row label: after a header row's end it opens the first data row
const TOP_ROW_LABEL = /^[一二三四五六七八九十]+、/;

/**
 * A Word 97–2003 / WPS `.doc` → text by word-extractor, its tables as grids. The extracted text ends every table cell
 * with a tab and every row with one more, so rows are cut where a label follows a figure and the row's end mark
 * (`…\t26\t\t二、上年结转…`); each row stands on a line of its own, cells apart by a tab, and becomes a grid row.
 */
export async function readDoc(bytes: Uint8Array, options: { source?: string } = {}): Promise<InputDocument> {
  extractor ??= import('word-extractor').then((m) => ((m as { default?: Extractor }).default ?? m) as Extractor);
  const WordExtractor = await extractor;
  let body: string;
  try {
    body = (await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))).getBody();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/encrypt|password/i.test(message)) throw new NianbaoError('ENCRYPTED', `DOC: ${message}`, options.source, { cause: err });
    throw new NianbaoError('DAMAGED_DOCUMENT', `DOC: ${message}`, options.source, { cause: err });
  }
  const text = body.replace(/\r\n?/g, '\n').split('\n').map(tableRows).join('\n');
  if (text.trim().length === 0) throw new NianbaoError('EMPTY_INPUT', 'no text in the DOC', options.source);
  return { text, format: 'doc', encoding: 'doc', tables: tabbedTables(text), warnings: [] };
}

/**
 * One paragraph of extracted text; a run of table cells is cut into rows (the row-end tab becomes a line break).
 * A last piece with no figure after the table's rows is the next paragraph (`…\t0\t\t四、政府信息公开行政复议…`).
 */
export function tableRows(line: string): string {
  if (!line.includes('\t')) return line;
  const cells = line.split('\t');
  const rows: string[][] = [[cells[0]]];
  for (let i = 1; i < cells.length; i++) {
    // figure, then the empty token of the row end, then a label: the label opens the next row
    const row = rows[rows.length - 1];
    if (cells[i] === '' && FIGURE.test(cells[i - 1]) && nextLabel(cells, i + 1)) rows.push([]);
    else if (TOP_ROW_LABEL.test(cells[i]) && cells[i - 1] === '' && !row.some((c) => FIGURE.test(c)) && row.some((c) => c.trim() !== '')) {
      row.pop(); // the row-end mark of the header row
      rows.push([cells[i]]);
    } else row.push(cells[i]);
  }
  const last = rows[rows.length - 1];
  const tail = rows.length > 1 && !last.some((c) => FIGURE.test(c)) && last.filter((c) => c.trim() !== '').length === 1;
  const out = rows.map((r) => r.join('\t'));
  if (tail) out[out.length - 1] = last.join('').trim();
  return out.join('\n');
}

/** Whether the first non-empty cell from `i` (empty cells are merged cells of the new row) is a label. */
function nextLabel(cells: string[], i: number): boolean {
  let j = i;
  while (j < cells.length && cells[j] === '') j++;
  return j < cells.length && !FIGURE.test(cells[j]) && cells[j].trim() !== '';
}

/**
 * Runs of tabbed lines → table grids. A row's figures are aligned to the right (a label merged across columns is
 * one cell in the file, so rows differ in width): the last label repeats over the missing columns, as a colspan
 * would. Header rows above the first figure row whose width differs from the first data row's stay text only.
 */
function tabbedTables(text: string): Table[] {
  const tables: Table[] = [];
  const lines: Array<{ start: number; text: string }> = [];
  let at = 0;
  for (const line of text.split('\n')) {
    lines.push({ start: at, text: line });
    at += line.length + 1;
  }
  let i = 0;
  while (i < lines.length) {
    if (!lines[i].text.includes('\t')) {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && lines[j].text.includes('\t')) j++;
    const table = gridOf(lines.slice(i, j));
    if (table) tables.push(table);
    i = j;
  }
  return tables;
}

function gridOf(lines: Array<{ start: number; text: string }>): Table | undefined {
  const rows = lines.map(({ start, text }) => {
    const cells: Array<{ text: string; start: number }> = [];
    let at = start;
    const parts = text.split('\t');
    // a row written with its end mark (`规章\t0\t0\t0\t`) has one empty cell too many
    if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
    for (const part of parts) {
      cells.push({ text: part, start: at });
      at += part.length + 1;
    }
    return cells;
  });
  const hasFigure = (row: typeof rows[number]) => row.some((c) => FIGURE.test(c.text));
  const first = rows.findIndex(hasFigure);
  if (first < 0) return undefined;
  // rows are as wide as the widest row with as many figure columns (a sub-table of 表二 keeps its own width)
  const figureCols = (row: typeof rows[number]) => row.length - row.findIndex((c) => FIGURE.test(c.text));
  const widthFor = new Map<number, number>();
  for (const row of rows.slice(first).filter(hasFigure)) widthFor.set(figureCols(row), Math.max(widthFor.get(figureCols(row)) ?? 0, row.length));
  const kept = rows.filter((row, k) => k >= first || row.length === rows[first].length);
  const grid: Cell[][] = kept.map((row, r) => {
    const out: Cell[] = row.map((c) => ({ text: c.text, value: cellValue(c.text), span: { start: c.start, end: c.start + c.text.length } }));
    const width = hasFigure(row) ? (widthFor.get(figureCols(row)) ?? row.length) : row.length;
    if (out.length >= width) return out;
    const firstFig = row.findIndex((c) => FIGURE.test(c.text));
    const labelEnd = Math.max(1, firstFig);
    const origin = out[labelEnd - 1];
    const pad = Array.from({ length: width - out.length }, () => ({ ...origin, origin: [r, labelEnd - 1] as [number, number] }));
    return [...out.slice(0, labelEnd), ...pad, ...out.slice(labelEnd)];
  });
  // an empty label cell of a data row is the lower part of a vertically merged cell (vMerge): it repeats the one above
  grid.forEach((row, r) => {
    const firstFig = row.findIndex((c) => typeof c.value === 'number');
    for (let c = 0; c < firstFig; c++) {
      if (row[c].text !== '') continue;
      const above = r > 0 ? grid[r - 1][c] : undefined;
      if (above && above.text !== '' && above.value === undefined) {
        row[c] = { text: above.text, ...(above.span ? { span: above.span } : {}), origin: above.origin ?? [r - 1, c] };
      } else delete row[c].value;
    }
  });
  const start = kept[0][0].start;
  const lastRow = kept[kept.length - 1];
  const end = lastRow[lastRow.length - 1].start + lastRow[lastRow.length - 1].text.length;
  return { source: 'text', span: { start, end }, rows: grid };
}

