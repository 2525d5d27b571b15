// A batch of the corpus converted to the formats a journalist opens — xlsx, Parquet, tidy CSV — and read back with
// readers that did not write them: SheetJS (xlsx) and the sheet XML itself for the workbook, read-excel-file (the
// writer's companion), hyparquet for Parquet. Every table must say the same as the jsonl of the same run.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { asyncBufferFromFile, parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import readXlsxFile from 'read-excel-file/node';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/index.js';
import { cli, ensureBuilt, type CliRun } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'nianbao-batch-formats-'));
const out = join(tmp, 'out');
let run: CliRun;
let reports: Report[];
let indicatorsCsv: string[][];
const SHEETS = ['报告', '指标', '数字', '表三', '表四', '警告'];

/** Every numeric indicator by dotted key. */
function flat(value: unknown, prefix = '', acc: Record<string, number> = {}): Record<string, number> {
  if (typeof value === 'number') acc[prefix] = value;
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) flat(v, prefix ? `${prefix}.${k}` : k, acc);
  return acc;
}
const indicatorCount = () => reports.reduce((n, r) => n + Object.keys(flat(r.indicators)).length, 0);
const factCount = () => reports.reduce((n, r) => n + r.facts.length, 0);
const warningCount = () => reports.reduce((n, r) => n + r.warnings.length, 0);
const unformula = (cell: string) => cell.replace(/^'(?=[=+\-@])/, '');

beforeAll(() => {
  ensureBuilt();
  run = cli(['convert', 'fixtures/corpus', 'fixtures/batch', '-o', `${out}/`, '--format', 'jsonl,csv-indicators,xlsx,parquet', '-q']);
  reports = readFileSync(join(out, 'reports.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Report);
  indicatorsCsv = parseCsv(readFileSync(join(out, 'indicators.csv'), 'utf8'), { bom: true }) as string[][];
}, 240_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('convert -o dir/ --format jsonl,csv-indicators,xlsx,parquet', { timeout: 120_000 }, () => {
  it('writes the workbook and the three Parquet files beside the jsonl (4 batch files fail, as always)', () => {
    expect(run.code).toBe(1);
    expect(reports.length).toBeGreaterThan(20);
    expect(readFileSync(join(out, 'reports.xlsx')).subarray(0, 2).toString()).toBe('PK');
    for (const name of ['indicators', 'facts', 'reports']) {
      const bytes = readFileSync(join(out, `${name}.parquet`));
      expect(bytes.subarray(0, 4).toString()).toBe('PAR1');
      expect(bytes.subarray(-4).toString()).toBe('PAR1');
    }
  });

  it('reports.csv also goes to stdout (staged in the temp folder first), header rows and one row per report', () => {
    const r = cli(['convert', 'fixtures/batch/sub', '--format', 'csv', '-q']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout, { bom: true }) as string[][];
    expect(rows.slice(0, 2).map((row) => row.slice(0, 3))).toEqual([
      ['文件', '篇', '标题'],
      ['file', 'report', 'title'],
    ]);
    expect(rows.slice(2).map((row) => row[0])).toEqual(['fixtures/batch/sub/10-xinghua-2010.md', 'fixtures/batch/sub/deeper/11-tangcun-2010.shtml']);
  });

  it('indicators.csv: one row per report × indicator, with a header a person reads in 中文', () => {
    expect(indicatorsCsv[0]).toEqual(['文件', '篇', '机关', '年度', '报告格式', '指标键', '指标', '分组', '项', '数值', '单位', '约数', '读法', '规则', '原文', '起', '止']);
    expect(indicatorsCsv.length - 1).toBe(indicatorCount());
  });
});

describe('the workbook, read by SheetJS (an independent reader)', { timeout: 120_000 }, () => {
  let wb: XLSX.WorkBook;
  beforeAll(() => {
    wb = XLSX.read(readFileSync(join(out, 'reports.xlsx')));
  });

  it('has the six sheets, one row per report / indicator / fact / warning under the header rows', () => {
    expect(wb.SheetNames).toEqual(SHEETS);
    const rows = (name: string) => XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name], { header: 1 }).length;
    expect(rows('报告')).toBe(reports.length + 2); // 中文 header + key row
    expect(rows('指标')).toBe(indicatorCount() + 1);
    expect(rows('数字')).toBe(factCount() + 1);
    expect(rows('警告')).toBe(warningCount() + 1);
    // 表三: one row per report × 表三 row that the report fills
    const t3 = reports.reduce((n, r) => n + new Set(Object.keys(flat(r.indicators.applications ?? {})).map((k) => k.slice(0, k.lastIndexOf('.')))).size, 0);
    expect(rows('表三')).toBe(t3 + 2);
  });

  it('every header a person sees is 中文 (the English keys stand in their own row or column)', () => {
    for (const name of SHEETS) {
      const [header] = XLSX.utils.sheet_to_json<string[]>(wb.Sheets[name], { header: 1 });
      expect(header.length).toBeGreaterThan(5);
      for (const h of header) expect(h, `${name}: ${h}`).not.toMatch(/[A-Za-z]/);
    }
    const [, keys] = XLSX.utils.sheet_to_json<string[]>(wb.Sheets['报告'], { header: 1 });
    expect(keys.slice(0, 5)).toEqual(['file', 'report', 'title', 'agency', 'year']);
  });

  it('numbers are numbers and source text is text, equal to the tidy CSV cell for cell', () => {
    const sheet = wb.Sheets['指标'];
    const range = XLSX.utils.decode_range(sheet['!ref']!);
    expect(range.e.r + 1).toBe(indicatorsCsv.length);
    let numbers = 0;
    let numericQuotes = 0;
    for (let r = 1; r <= range.e.r; r++) {
      for (let c = 0; c <= range.e.c; c++) {
        const cell = sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
        const csv = indicatorsCsv[r][c];
        if (!cell) {
          expect(csv, `row ${r} col ${c}`).toBe('');
          continue;
        }
        const header = indicatorsCsv[0][c];
        if (['篇', '年度', '数值', '起', '止'].includes(header)) {
          expect(cell.t, `${header} row ${r}`).toBe('n');
          numbers++;
        } else {
          expect(cell.t, `${header} row ${r}`).toBe('s');
          if (header === '原文' && /^\d+$/.test(String(cell.v))) numericQuotes++; // a table cell quoted as 23 stays the text 23
        }
        expect(String(cell.v)).toBe(unformula(csv));
      }
    }
    expect(numbers).toBeGreaterThan(1000);
    expect(numericQuotes).toBeGreaterThan(100);
  });

  it('no cell of any sheet is a formula', () => {
    for (const name of SHEETS) {
      for (const [ref, cell] of Object.entries(wb.Sheets[name])) if (!ref.startsWith('!')) expect((cell as XLSX.CellObject).f, `${name}!${ref}`).toBeUndefined();
    }
  });
});

describe('the workbook XML: header frozen and filtered, widths set', () => {
  it('each sheet freezes its header rows, filters from the last header row, and sets every column width', () => {
    const zip = unzipSync(new Uint8Array(readFileSync(join(out, 'reports.xlsx'))));
    const workbook = strFromU8(zip['xl/workbook.xml']);
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual(SHEETS);
    names.forEach((name, i) => {
      const xml = strFromU8(zip[`xl/worksheets/sheet${i + 1}.xml`]);
      const headerRows = ['报告', '表三', '表四'].includes(name) ? 2 : 1;
      expect(xml, name).toMatch(new RegExp(`<pane [^>]*ySplit="${headerRows}"[^>]*state="frozen"`));
      expect(xml, name).toMatch(new RegExp(`<autoFilter ref="A${headerRows}:[A-Z]+\\d+"/>`));
      const cols = [...xml.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
      expect(cols.length, name).toBeGreaterThan(5);
      expect(Math.min(...cols), name).toBeGreaterThanOrEqual(5);
    });
  });
});

describe('the workbook, read by read-excel-file (the writer library’s own reader)', { timeout: 120_000 }, () => {
  it('reads the same sheets and the same 指标 rows as the tidy CSV', async () => {
    const sheets = await readXlsxFile(join(out, 'reports.xlsx'));
    expect(sheets.map((s) => s.sheet)).toEqual(SHEETS);
    const data = sheets.find((s) => s.sheet === '指标')!.data;
    expect(data.length).toBe(indicatorsCsv.length);
    data.forEach((row, r) => row.forEach((v, c) => expect(v === null ? '' : String(v)).toBe(unformula(indicatorsCsv[r][c]))));
    const reportsSheet = sheets.find((s) => s.sheet === '报告')!.data;
    expect(reportsSheet.slice(2).map((row) => row[0])).toEqual(reports.map((r) => r.source.file));
    expect(reportsSheet.slice(2).map((row) => row[1])).toEqual(reports.map((r) => r.source.index + 1));
  });
});

describe('Parquet, read back by hyparquet', { timeout: 120_000 }, () => {
  async function read(name: string) {
    const file = await asyncBufferFromFile(join(out, `${name}.parquet`));
    const metadata = parquetMetadata(await file.slice(0));
    const rows = await parquetReadObjects({ file, metadata });
    return { metadata, rows };
  }

  it('indicators.parquet: typed columns, the same rows as indicators.csv', async () => {
    const { metadata, rows } = await read('indicators');
    const types = Object.fromEntries(parquetSchema(metadata).children.map((c) => [c.element.name, [c.element.type, c.element.converted_type]]));
    expect(types['数值']).toEqual(['DOUBLE', undefined]);
    expect(types['篇']).toEqual(['INT32', undefined]);
    expect(types['原文']).toEqual(['BYTE_ARRAY', 'UTF8']);
    expect(Object.keys(types)).toEqual(indicatorsCsv[0]);
    expect(rows).toHaveLength(indicatorsCsv.length - 1);
    rows.forEach((row, i) => {
      indicatorsCsv[0].forEach((header, c) => {
        const v = row[header] as unknown;
        expect(v === null || v === undefined ? '' : String(v), `${header} row ${i}`).toBe(unformula(indicatorsCsv[i + 1][c]));
      });
    });
  });

  it('facts.parquet: one row per fact, number or date, quote and offsets that slice the text', async () => {
    const { rows } = await read('facts');
    expect(rows).toHaveLength(factCount());
    const facts = reports.flatMap((r) => r.facts.map((f) => ({ f, r })));
    rows.forEach((row, i) => {
      const { f, r } = facts[i];
      expect(row['文件']).toBe(r.source.file);
      expect(typeof f.value === 'number' ? row['数值'] : row['日期']).toBe(f.value);
      expect(r.text.slice(row['起'] as number, row['止'] as number)).toBe(f.quote);
    });
  });

  it('reports.parquet: one row per report, every indicator column of the schema under its 中文 label', async () => {
    const { metadata, rows } = await read('reports');
    expect(rows).toHaveLength(reports.length);
    const names = parquetSchema(metadata).children.map((c) => c.element.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).not.toMatch(/[A-Za-z]/);
    const keys = JSON.parse(metadata.key_value_metadata!.find((kv) => kv.key === 'nianbao.columns')!.value!) as Array<{ header: string; name: string }>;
    const headerOf = new Map(keys.map((k) => [k.name, k.header]));
    rows.forEach((row, i) => {
      const r = reports[i];
      expect(row['篇']).toBe(r.source.index + 1);
      for (const [key, value] of Object.entries(flat(r.indicators))) {
        if (key.startsWith('proactive.categories.')) continue;
        expect(row[headerOf.get(key)!], key).toBe(value);
      }
    });
  });
});
