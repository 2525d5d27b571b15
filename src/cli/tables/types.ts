import type { Report } from '../../index.js';

/** One cell of an output table: a number stays a number, absent stays empty. */
export type CellValue = string | number | undefined;

/** A column of an output table: 中文 header (what a person sees), English name, type and display width. */
export interface Column {
  /** The header a person reads, e.g. 机关. */
  header: string;
  /** The English name, e.g. `agency` (the key row of wide tables, the docs' glossary). */
  name: string;
  /** `int` and `number` cells are numbers in xlsx and Parquet; `text` cells are always text. */
  type: 'text' | 'int' | 'number';
  /** Column width in characters (xlsx). */
  width: number;
}

/**
 * A table every batch format writes the same way (CSV file, workbook sheet, Parquet file): fixed columns, rows read
 * from one report at a time.
 */
export interface OutputTable {
  /** File stem: `indicators` → indicators.csv / indicators.parquet. */
  id: string;
  /** Sheet name in the workbook (中文). */
  sheet: string;
  columns: Column[];
  /** Wide tables whose columns are indicators print the English names as a second header row. */
  keyRow: boolean;
  rows(report: Report, file: string): CellValue[][];
}

/** A column; widths by kind of content. */
export function column(header: string, name: string, type: Column['type'], width?: number): Column {
  return { header, name, type, width: width ?? Math.max(type === 'text' ? 12 : 8, header.length * 2 + 2) }; // a 中文 character is two wide
}
