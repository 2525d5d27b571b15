// `xlsx`: one workbook a journalist opens in Excel or WPS — sheets 报告, 指标, 数字, 表三, 表四, 警告; numbers as
// numbers, text as text (never a formula), header rows frozen and filtered, widths set per column.
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { FACTS_TABLE } from '../tables/facts.js';
import { INDICATORS_TABLE } from '../tables/indicators.js';
import { TABLE3, TABLE4 } from '../tables/official.js';
import { wideCells, wideColumns, wideKeys, type WideRow } from '../tables/reports.js';
import type { CellValue, Column, OutputTable } from '../tables/types.js';
import { WARNINGS_TABLE } from '../tables/warnings.js';
import { stageWideRows } from './csv.js';
import { cellOf, readStaged, stageRows } from './staging.js';
import type { OutputFormat } from './types.js';

/** The tidy and official tables, in sheet order after 报告. */
const TABLES: OutputTable[] = [INDICATORS_TABLE, FACTS_TABLE, TABLE3, TABLE4, WARNINGS_TABLE];

/** A write-excel-file feature, as its multi-sheet call takes it. */
type Feature = NonNullable<NonNullable<Parameters<typeof writeXlsxFile>[1]>['features']>[number];

/** Excel's limits: rows per sheet, characters per cell. */
const MAX_ROWS = 1_048_576;
const MAX_TEXT = 32_767;

/** A column letter (0 → A, 26 → AA). */
function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A data cell: numbers typed Number, text typed String (so 001 and =SUM() stay text), absent left empty. */
function cell(value: CellValue, col: Column): Cell {
  if (value === undefined || value === '') return null;
  if (typeof value === 'number' && col.type !== 'text') return { value, type: Number };
  const text = String(value);
  return { value: text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text, type: String };
}

/** One sheet's data: the 中文 header row, the key row for wide tables, then the rows (cut at Excel's limit). */
function sheetData(columns: Column[], keyRow: boolean, rows: CellValue[][]): { data: SheetData; headerRows: number; cut: number } {
  const header: Cell[] = columns.map((c) => ({ value: c.header, type: String, fontWeight: 'bold' }));
  const keys: Cell[] = columns.map((c) => ({ value: c.name, type: String, textColor: '#666666' }));
  const headerRows = keyRow ? 2 : 1;
  const room = MAX_ROWS - headerRows - 1; // one row kept for the note below
  const cut = Math.max(0, rows.length - room);
  const body = (cut ? rows.slice(0, room) : rows).map((row) => row.map((v, i) => cell(v, columns[i])));
  if (cut) body.push([{ value: `……另有 ${cut} 行超过 Excel 行数上限，未写入；请用 --format parquet 或 csv`, type: String }]);
  return { data: [header, ...(keyRow ? [keys] : []), ...body], headerRows, cut };
}

/**
 * Adds an autofilter (the drop-down on each header) to every sheet, on its last header row: write-excel-file keeps
 * its core small and leaves such things to features that edit the sheet XML.
 */
function autoFilter(refs: Map<string, string>): Feature {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, options) => {
            const ref = options.sheet ? refs.get(options.sheet) : undefined;
            return ref ? xml.replace('</sheetData>', `</sheetData><autoFilter ref="${ref}"/>`) : xml;
          },
        },
      },
    },
  };
}

/** `xlsx`: the whole batch as one workbook. */
export const xlsxFormat: OutputFormat = {
  name: 'xlsx',
  fileName: 'reports.xlsx',
  head: () => '',
  render: (reports, file) => stageWideRows(reports, file) + stageRows(reports, file, TABLES),
  separator: '',
  tail: () => '',
  holdsErrors: false,
  binary: true,
  async finish(staged, write, context) {
    const wide: WideRow[] = [];
    const rows = new Map<string, CellValue[][]>(TABLES.map((t) => [t.id, []]));
    const used = new Set<string>();
    for await (const [table, row] of readStaged(staged)) {
      if (table === 'reports') {
        wide.push(row as WideRow);
        for (const [key] of (row as WideRow).values) used.add(key);
      } else rows.get(table)?.push((row as unknown[]).map(cellOf));
    }
    const keys = wideKeys(used, context.allColumns);
    const sheets = [
      { sheet: '报告', columns: wideColumns(keys), keyRow: true, rows: wide.map((w) => wideCells(w, keys)) },
      ...TABLES.map((t) => ({ sheet: t.sheet, columns: t.columns, keyRow: t.keyRow, rows: rows.get(t.id)! })),
    ];
    const refs = new Map<string, string>();
    const built = sheets.map(({ sheet, columns, keyRow, rows: body }) => {
      const { data, headerRows } = sheetData(columns, keyRow, body);
      refs.set(sheet, `A${headerRows}:${columnLetter(columns.length - 1)}${Math.max(headerRows, data.length)}`);
      return { data, sheet, columns: columns.map((c) => ({ width: c.width })), stickyRowsCount: headerRows };
    });
    const buffer = await writeXlsxFile(built, { features: [autoFilter(refs)] }).toBuffer();
    await write(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength));
  },
};
