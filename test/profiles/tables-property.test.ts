// Property tests of the table stage: any soup of table words, digits, spaces, pipes and page footers gives tables and
// facts whose spans slice to their text, values only where a split is certain, and never an exception.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../src/input/normalize.js';
import { readIndicators } from '../../src/profiles/disclosure/indicators.js';
import { readTables } from '../../src/profiles/disclosure/tables/tables.js';

const PIECES = [
  '三、收到和处理政府信息公开申请情况', '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '（一）予以公开', '（二）部分公开',
  '1.属于国家秘密', '2.', '3.其他', '（六）其他处理', '（七）总计', '四、结转下年度继续办理', '四、政府信息公开行政复议、行政诉讼情况', '结果维持',
  '尚未审结', '总计', '二、主动公开政府信息情况', '第二十条第（一）项', '信息内容', '本年制发件数', '规章', '行政许可', '本年收费金额（单位：万元）',
  '行政事业性收费', '| ', ' | ', ' |\n', '|---|---|\n', '\n— 3 —\n', ' ', '\n', '0', '1', '7', '00', '713000074', '230 000023', '9116.36', '．', '、',
];

const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));

describe('readTables on any soup of table words and digits', () => {
  it('never throws; every cell and fact span slices to its text; indicators have sources', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const r = readTables(text, normalizeForMatching(text), [], []);
        for (const t of r.tables) {
          for (const row of t.rows) for (const c of row) if (c.span) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
        }
        for (const f of r.facts) expect(text.slice(f.span.start, f.span.end)).toBe(f.quote);
        const facts = r.facts.slice().sort((a, b) => a.span.start - b.span.start);
        const ind = readIndicators(text, facts, r.tables);
        for (const s of ind.sources) {
          expect(text.slice(s.span.start, s.span.end)).toBe(s.quote);
          for (const i of s.facts) expect(facts[i]).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a recovered cell is always one of the split’s digits, and its row adds up', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 6, maxLength: 6 }), (parts) => {
        const run = parts.join('') + String(parts.reduce((a, b) => a + b, 0));
        const text = `三、收到和处理政府信息公开申请情况 一、本年新收政府信息公开申请数量${run}四、政府信息公开行政复议、行政诉讼情况`;
        const r = readTables(text, normalizeForMatching(text), [], []);
        const row = r.tables.find((t) => t.name === '表三')?.rows[1] ?? [];
        const values = row.slice(1).map((c) => c.value);
        if (values.every((v) => typeof v === 'number')) {
          // certain: it is the written row
          expect(values).toEqual([...parts, parts.reduce((a, b) => a + b, 0)]);
        } else {
          // open: the written row is among the candidates (unless the list was cut at its cap)
          const w = r.warnings.find((x) => x.code === 'TABLE_AMBIGUOUS');
          expect(w).toBeDefined();
          if (w!.data?.complete !== false) expect(w!.data?.candidates).toContainEqual([...parts, parts.reduce((a, b) => a + b, 0)]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
