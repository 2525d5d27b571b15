import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';

// 2021-format reports state the fee in words under 六、其他需要报告的事项: …本年度没有产生信息公开处理费。
describe('the fee of a table-era report, stated in words (wild 016, 019)', () => {
  it.each(['016-pingtan-jtj-2021', '019-pingtan-jtj-2024'])('%s: 没有产生信息公开处理费 → feesCollectedYuan 0', (name) => {
    const r = parseReport(readFileSync(new URL(`../../fixtures/wild/${name}.txt`, import.meta.url)));
    expect(r.indicators.feesCollectedYuan).toBe(0);
    const src = r.indicatorSources.find((s) => s.key === 'feesCollectedYuan')!;
    expect(src.quote).toBe('没有产生信息公开处理费');
    expect(r.text.slice(src.span.start, src.span.end)).toBe(src.quote);
  });
});
