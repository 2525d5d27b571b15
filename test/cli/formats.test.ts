import { parse as parseCsv } from 'csv-parse/sync';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { IndicatorsSchema, type Report } from '../../src/index.js';
import { indicatorColumns, indicatorLabel, leafKeys } from '../../src/cli/columns.js';
import { FORMATS, formatForPath } from '../../src/cli/formats/index.js';

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
  it('has a column per leaf of IndicatorsSchema, named 中文标签 (key)', () => {
    expect(columns.map((c) => c.key)).toEqual(leafKeys(IndicatorsSchema).map((l) => l.key));
    expect(columns.find((c) => c.key === 'applications.newReceived.total')?.header).toBe('依申请公开·本年新收·总计 (applications.newReceived.total)');
    expect(columns.find((c) => c.key === 'applications.denied.stateSecret.naturalPerson')?.header).toBe(
      '依申请公开·不予公开·属于国家秘密·自然人 (applications.denied.stateSecret.naturalPerson)',
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
    expect(indicatorColumns(extended).map((c) => c.header)).toContain('appeals·总计 (appeals.total)');
  });
});

describe('CSV quoting', () => {
  it('quotes commas, double quotes and newlines so that a CSV reader gets the same text back', () => {
    const title = '某局"阳光政务",2020年度\n政府信息公开工作年度报告';
    const r = report({
      title,
      indicators: { applications: { newReceived: { total: 12 } }, proactive: { categories: { 机构职能类: 3 } } },
    });
    const csv = FORMATS.csv.head() + FORMATS.csv.render([r], 'a,b.txt');
    const rows = parseCsv(csv, { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(1);
    expect(rows[0]['文件 (file)']).toBe('a,b.txt');
    expect(rows[0]['标题 (title)']).toBe(title);
    expect(rows[0]['依申请公开·本年新收·总计 (applications.newReceived.total)']).toBe('12');
    expect(rows[0]['主动公开·分类 (proactive.categories)']).toBe('{"机构职能类":3}');
  });

  it('defuses cells that a spreadsheet would run as a formula, but not negative numbers', () => {
    const r = report({ title: '=HYPERLINK("http://x")', indicators: { proactive: { licensing: { itemsChange: -3 } } } });
    const rows = parseCsv(FORMATS.csv.head() + FORMATS.csv.render([r], 'f.txt'), { bom: true, columns: true }) as Array<Record<string, string>>;
    expect(rows[0]['标题 (title)']).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[0]['主动公开·行政许可·本年增/减 (proactive.licensing.itemsChange)']).toBe('-3');
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
    expect(formatForPath('a.xlsx')).toBeUndefined();
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
