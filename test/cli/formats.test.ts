import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { IndicatorsSchema, type Report } from '../../src/index.js';
import { indicatorColumns, indicatorLabel, leafKeys } from '../../src/cli/columns.js';
import { FORMATS, formatForPath } from '../../src/cli/formats/index.js';
import { renderFormat } from './staged.js';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import * as XLSX from 'xlsx';

function report(overrides: Partial<Report>): Report {
  return {
    text: '主动公开政府信息1,234条',
    sections: [],
    facts: [],
    tables: [],
    indicators: {},
    indicatorSources: [],
    warnings: [],
    source: { index: 0, pageSpan: { start: 0, end: 16 }, encoding: 'utf-8', format: 'text' },
    meta: {},
    ...overrides,
  } as Report;
}

describe('indicator columns come from the zod schema', () => {
  const columns = indicatorColumns();
  it('has a column per leaf of IndicatorsSchema, headed by its 中文 label (the key stays apart)', () => {
    expect(columns.map((c) => c.key)).toEqual(leafKeys(IndicatorsSchema).map((l) => l.key));
    expect(columns.find((c) => c.key === 'applications.newReceived.total')?.header).toBe('依申请公开·本年新收·总计');
    expect(columns.find((c) => c.key === 'applications.denied.stateSecret.naturalPerson')?.header).toBe(
      '依申请公开·不予公开·属于国家秘密·自然人',
    );
    expect(indicatorLabel('proactive.totalPublished')).toBe('主动公开·主动公开信息数');
    expect(indicatorLabel('proactive.regulations.totalPublished')).toBe('主动公开·规章·对外公开总数量');
  });

  it('covers both shapes of 其他处理 (2021 three rows, 2019 one row)', () => {
    const keys = columns.map((c) => c.key);
    expect(keys).toContain('applications.otherHandling.unpaidFee.total');
    expect(keys).toContain('applications.otherHandling.total');
  });

  it('a key added to the schema gets a column without code changes', () => {
    const extended = IndicatorsSchema.extend({ appeals: z.object({ total: z.number().optional() }).optional() });
    expect(indicatorColumns(extended).map((c) => c.header)).toContain('appeals·总计');
  });

  it('every indicator of the schema has a 中文 label: no English key segment left in a header, no two alike', () => {
    const headers = columns.map((c) => c.header);
    expect(columns.filter((c) => /[A-Za-z]/.test(c.header)).map((c) => `${c.key} → ${c.header}`)).toEqual([]);
    expect(new Set(headers).size).toBe(headers.length);
    // the 2019 表二 rows the issue found with English keys inside their labels
    expect(indicatorLabel('proactive.otherServices.decisions')).not.toMatch(/[A-Za-z]/);
    expect(indicatorLabel('proactive.procurement.amountYuan')).not.toMatch(/[A-Za-z]/);
  });
});

describe('CSV quoting', () => {
  /** reports.csv as rows keyed by the English key row (row 2); row 1 is the 中文 header. */
  async function reportsCsv(reports: Report[], file: string, allColumns = false): Promise<{ header: string[]; rows: Array<Record<string, string>> }> {
    const text = (await renderFormat(FORMATS.csv, [[file, reports]], { allColumns })).toString('utf8');
    const [header, keys, ...rows] = parseCsv(text, { bom: true }) as string[][];
    return { header, rows: rows.map((row) => Object.fromEntries(keys.map((k, i) => [k, row[i]]))) };
  }

  it('quotes commas, double quotes and newlines so that a CSV reader gets the same text back', async () => {
    const title = '某局"阳光政务",2020年度\n政府信息公开工作年度报告';
    const r = report({
      title,
      indicators: { applications: { newReceived: { total: 12 } }, proactive: { categories: { 机构职能类: 3 } } },
    });
    const { header, rows } = await reportsCsv([r], 'a,b.txt');
    expect(rows).toHaveLength(1);
    expect(rows[0].file).toBe('a,b.txt');
    expect(rows[0].title).toBe(title);
    expect(rows[0]['applications.newReceived.total']).toBe('12');
    expect(header).toContain('依申请公开·本年新收·总计');
    // the categories are rows of indicators.csv, never a JSON cell here
    expect(Object.values(rows[0]).some((v) => v.includes('{'))).toBe(false);
  });

  it('quotes a cell with a lone line break (PDF text: 2025\\n年1月1日), so that a reader splitting rows at LF keeps the row', async () => {
    const r = report({ title: '2025\n年度报告', facts: [{ kind: 'dateRange', value: '2025-01-01/2025-12-31', quote: '2025\n年1月1日至12月31日', span: { start: 0, end: 16 }, sectionPath: [], rule: 'dateRange.full', source: 'text' }] });
    const facts = (await renderFormat(FORMATS['csv-facts'], [['f.txt', [r]]])).toString('utf8');
    expect(facts).toContain('"2025\n年1月1日至12月31日"');
    // every LF ends a record or stands inside quotes: a naive LF split gives the header, then one row starting with the file name
    const lines = facts.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(2);
    const wide = (await renderFormat(FORMATS.csv, [['f.txt', [r]]])).toString('utf8');
    expect(wide).toContain('"2025\n年度报告"');
  });

  it('keeps only the indicator columns that hold a value in the batch, unless --all-columns', async () => {
    const a = report({ indicators: { applications: { newReceived: { total: 12 } } } });
    const b = report({ indicators: { reviewsAndLawsuits: { review: { upheld: 0, total: 0 } } } });
    const { rows } = await reportsCsv([a, b], 'x.txt');
    expect(Object.keys(rows[0]).filter((k) => k.includes('.'))).toEqual([
      'applications.newReceived.total',
      'reviewsAndLawsuits.review.upheld',
      'reviewsAndLawsuits.review.total',
    ]);
    expect(rows.map((row) => row['reviewsAndLawsuits.review.total'])).toEqual(['', '0']); // 0 is a value, blank is not
    const all = await reportsCsv([a, b], 'x.txt', true);
    expect(Object.keys(all.rows[0]).length).toBeGreaterThan(200);
    expect(all.header.filter((h) => /[A-Za-z]/.test(h))).toEqual([]);
  });

  it('defuses cells that a spreadsheet would run as a formula, but not negative numbers', async () => {
    const r = report({ title: '=HYPERLINK("http://x")', indicators: { proactive: { licensing: { itemsChange: -3 } } } });
    const { rows } = await reportsCsv([r], 'f.txt');
    expect(rows[0].title).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[0]['proactive.licensing.itemsChange']).toBe('-3');
  });
});

describe('xlsx and parquet from reports in memory', () => {
  it('xlsx: a title that looks like a formula is the text as written, never a formula; numbers are numbers', async () => {
    const title = '=HYPERLINK("http://x","点我")';
    const r = report({ title, indicators: { format: '2019', applications: { newReceived: { total: 12 } } } });
    const wb = XLSX.read(await renderFormat(FORMATS.xlsx, [['f.txt', [r]]]));
    const sheet = wb.Sheets['报告'];
    const [header, keys, row] = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    const cellAt = (name: string) => sheet[XLSX.utils.encode_cell({ r: 2, c: (keys as string[]).indexOf(name) })] as XLSX.CellObject;
    expect(cellAt('title')).toMatchObject({ t: 's', v: title });
    expect(cellAt('title').f).toBeUndefined();
    expect(cellAt('applications.newReceived.total')).toMatchObject({ t: 'n', v: 12 });
    expect(row[(keys as string[]).indexOf('format')]).toBe('2019版表格');
    expect(header[(keys as string[]).indexOf('applications.newReceived.total')]).toBe('依申请公开·本年新收·总计');
  });

  it('parquet: an empty batch is still a valid file with the typed columns and no rows', async () => {
    const bytes = await renderFormat(FORMATS['parquet-indicators'], []);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const metadata = parquetMetadata(buffer);
    expect(Number(metadata.num_rows)).toBe(0);
    expect(parquetSchema(metadata).children.map((c) => c.element.name)).toContain('指标键');
    expect(await parquetReadObjects({ file: buffer })).toEqual([]);
  });

  it('parquet: a report without agency or year gives nulls, not empty strings or zeros', async () => {
    const r = report({ indicators: { proactive: { totalPublished: 5 } } });
    const bytes = await renderFormat(FORMATS['parquet-indicators'], [['x.txt', [r]]]);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const [row] = await parquetReadObjects({ file: buffer });
    expect(row).toMatchObject({ 文件: 'x.txt', 篇: 1, 机关: null, 年度: null, 指标键: 'proactive.totalPublished', 数值: 5, 单位: '条' });
  });
});

describe('output formats', () => {
  it('infers the format from the -o file name', () => {
    expect(formatForPath('out/reports.csv')).toBe('csv');
    expect(formatForPath('out/facts.csv')).toBe('csv-facts');
    expect(formatForPath('out/x.facts.csv')).toBe('csv-facts');
    expect(formatForPath('a.JSONL')).toBe('jsonl');
    expect(formatForPath('a.json')).toBe('json');
    expect(formatForPath('a.txt')).toBe('summary');
    expect(formatForPath('a.xlsx')).toBe('xlsx');
    expect(formatForPath('out/indicators.csv')).toBe('csv-indicators');
    expect(formatForPath('a.xls')).toBeUndefined();
  });

  it('json joins chunks into one valid document with errors and totals', () => {
    const f = FORMATS.json;
    const doc =
      f.head() +
      f.render([report({ title: 'a' })], 'a') +
      f.separator +
      f.render([report({ title: 'b' }), report({ title: 'c' })], 'b') +
      f.tail({ files: 3, reports: 3, facts: 0, warnings: 0, failed: 1 }, [{ file: 'z', code: 'EMPTY_INPUT', reason: 'empty file' }]);
    const parsed = JSON.parse(doc);
    expect(parsed.reports.map((r: Report) => r.title)).toEqual(['a', 'b', 'c']);
    expect(parsed.errors[0].file).toBe('z');
  });
});
