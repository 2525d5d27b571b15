import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputs, parseFormats, planOutputs } from '../../src/cli/outputs.js';

const where = (plan: ReturnType<typeof planOutputs>) => plan.destinations.map((d) => [d.format.name, d.path]);

describe('planOutputs', () => {
  it('no -o: one format on stdout, jsonl by default', () => {
    expect(where(planOutputs(undefined, undefined, false))).toEqual([['jsonl', '-']]);
    expect(where(planOutputs('-', ['csv'], false))).toEqual([['csv', '-']]);
  });

  it('-o file: the format from the name, failed files beside it unless the format holds them', () => {
    const csv = planOutputs('out/r.csv', undefined, false);
    expect(where(csv)).toEqual([['csv', 'out/r.csv']]);
    expect(csv.errorsPath).toBe('out/r.csv.errors.jsonl');
    expect(planOutputs('out/all.json', undefined, false).errorsPath).toBeUndefined();
    expect(where(planOutputs('out/x.data', ['csv-facts'], false))).toEqual([['csv-facts', 'out/x.data']]);
  });

  it('-o dir/: jsonl, csv, csv-indicators and csv-facts files, errors.jsonl always, the summary on stdout unless quiet', () => {
    const plan = planOutputs('out/', undefined, false);
    expect(where(plan)).toEqual([
      ['jsonl', 'out/reports.jsonl'],
      ['csv', 'out/reports.csv'],
      ['csv-indicators', 'out/indicators.csv'],
      ['csv-facts', 'out/facts.csv'],
      ['summary', '-'],
    ]);
    expect(plan.errorsPath).toBe('out/errors.jsonl');
    expect(plan.alwaysWriteErrors).toBe(true);
    expect(where(planOutputs('out/', ['json', 'summary'], true))).toEqual([
      ['json', 'out/reports.json'],
      ['summary', 'out/summary.txt'],
    ]);
  });

  it('refuses what it cannot do', () => {
    expect(() => planOutputs(undefined, ['csv', 'jsonl'], false)).toThrow(/only one --format can go to stdout/);
    expect(() => planOutputs('r.csv', ['csv', 'jsonl'], false)).toThrow(/only one --format per output file/);
    expect(() => planOutputs('r.xls', undefined, false)).toThrow(/cannot tell the format/);
    expect(() => parseFormats('csv,xls')).toThrow(/unknown format "xls"/);
    expect(parseFormats(' csv , csv-facts,csv ')).toEqual(['csv', 'csv-facts']);
    expect(() => planOutputs(undefined, ['xlsx'], false)).toThrow(/xlsx is a binary file/);
    expect(() => planOutputs('-', ['parquet-facts'], false)).toThrow(/parquet-facts is a binary file/);
  });

  it('xlsx and parquet: from the file name, or --format (parquet = indicators, facts and reports)', () => {
    expect(where(planOutputs('out/b.xlsx', undefined, false))).toEqual([['xlsx', 'out/b.xlsx']]);
    expect(parseFormats('parquet,xlsx')).toEqual(['parquet-indicators', 'parquet-facts', 'parquet-reports', 'xlsx']);
    expect(where(planOutputs('out/', parseFormats('parquet'), true))).toEqual([
      ['parquet-indicators', 'out/indicators.parquet'],
      ['parquet-facts', 'out/facts.parquet'],
      ['parquet-reports', 'out/reports.parquet'],
    ]);
    expect(where(planOutputs('x.parquet', undefined, false))).toEqual([['parquet-indicators', 'x.parquet']]);
    expect(where(planOutputs('x/facts.parquet', parseFormats('parquet'), false))).toEqual([['parquet-facts', 'x/facts.parquet']]);
    expect(where(planOutputs('x/all.parquet', parseFormats('parquet'), false))).toEqual([['parquet-indicators', 'x/all.parquet']]);
    expect(where(planOutputs('x/i.indicators.csv', undefined, false))).toEqual([['csv-indicators', 'x/i.indicators.csv']]);
  });
});

describe('checkOutputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-outputs-'));
  const existing = join(dir, 'r.csv');
  writeFileSync(existing, 'x');
  it('an existing output needs --force; its errors file counts too', () => {
    expect(() => checkOutputs(planOutputs(existing, undefined, false), [], false)).toThrow(/exists; use --force/);
    expect(() => checkOutputs(planOutputs(existing, undefined, false), [], true)).not.toThrow();
    writeFileSync(join(dir, 'n.jsonl.errors.jsonl'), '');
    expect(() => checkOutputs(planOutputs(join(dir, 'n.jsonl'), undefined, false), [], false)).toThrow(/errors\.jsonl exists/);
  });
  it('an input is never an output, even with --force', () => {
    expect(() => checkOutputs(planOutputs(existing, ['jsonl'], false), [existing], true)).toThrow(/is also an input/);
  });
});
