/**
 * Golden test of the official tables: every 表三 / 表四 cell and every 表二 fact (label `表二-…`) of the human
 * readings in fixtures/corpus/*.gold.json must come out of parseReport with the same value, or be reported ambiguous
 * (TABLE_AMBIGUOUS) with no value given. Cells right / total are printed per fixture.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReport, ReportSchema, type Report } from '../../src/index.js';
import { goldCells, valueAt, type Gold } from './documentReadings.js';

const DIR = join(import.meta.dirname, '../../fixtures/corpus');

/** Era-b fixtures with their tables: flattened text (019, 022, 024), HTML (031), PDF extraction (034). */
const FIXTURES = ['019-b-pingtan-2019.txt', '022-b-pingtan-2022.txt', '024-b-pingtan-2024.txt', '031-b-shuyang-fgj-2023.html', '034-b-shanghai-bgt-2025.txt'];

/** 表二 facts of the readings → indicator key (value in the key's unit). */
const TABLE2_KEYS: Record<string, string> = {
  '表二-行政许可本年处理决定数量': 'proactive.licensing.decisions',
  '表二-行政处罚本年处理决定数量': 'proactive.punishment.decisions',
  '表二-行政强制本年处理决定数量': 'proactive.enforcement.decisions',
  '表二-行政事业性收费本年收费金额': 'proactive.feesTenThousandYuan',
};

/** The cells the reading gives: indicator key → value. */
function expected(gold: Gold): Array<[string, number]> {
  const out = goldCells(gold);
  for (const f of gold.facts) {
    if (!f.label.startsWith('表二-')) continue;
    const key = TABLE2_KEYS[f.label];
    if (!key) throw new Error(`reading fact ${f.label} has no key in this test`);
    out.push([key, Number(f.value)]);
  }
  return out;
}

/** Whether the report says the value of `key` is ambiguous: no value, and a TABLE_AMBIGUOUS warning naming the key. */
function reportedAmbiguous(report: Report, key: string): boolean {
  if (report.indicatorSources.some((s) => s.key === key)) return false;
  return report.warnings.some((w) => w.code === 'TABLE_AMBIGUOUS' && ((w.data?.keys as string[] | undefined) ?? []).includes(key));
}

describe('official tables of the era-b fixtures (表二 facts, 表三, 表四)', () => {
  for (const file of FIXTURES) {
    const goldPath = join(DIR, file.replace(/\.(txt|html)$/, '.gold.json'));
    const has = existsSync(goldPath);
    it(`${file}: every cell equals the reading or is reported ambiguous${has ? '' : ' (no reading yet: spans only)'}`, () => {
      const report = parseReport(readFileSync(join(DIR, file)), { source: file });
      for (const s of report.indicatorSources) expect(report.text.slice(s.span.start, s.span.end)).toBe(s.quote);
      for (const f of report.facts) expect(report.text.slice(f.span.start, f.span.end)).toBe(f.quote);
      // the schema keeps every indicator (a 2019 （六）其他处理 row is not stripped by the 2021 shape)
      expect(ReportSchema.parse(report).indicators).toEqual(report.indicators);
      if (!has) return;
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
      const cells = expected(gold);
      let right = 0;
      const ambiguous: string[] = [];
      const wrong: string[] = [];
      for (const [key, value] of cells) {
        const got = valueAt(report.indicators, key);
        if (got === value) right++;
        else if (got === undefined && reportedAmbiguous(report, key)) ambiguous.push(key);
        else wrong.push(`${key}: got ${String(got)}, reading ${value}`);
      }
      console.log(`${file}: ${right}/${cells.length} cells right, ${ambiguous.length} reported ambiguous${ambiguous.length ? ` (${ambiguous.join(', ')})` : ''}`);
      expect(wrong).toEqual([]);
      expect(cells.length).toBeGreaterThan(0);
    });
  }
});
