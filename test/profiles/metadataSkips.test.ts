import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../src/input/index.js';
import { runOnSignature } from '../../src/profiles/disclosure/metadata/metadataAgency.js';
import { bodyStart } from '../../src/profiles/disclosure/metadata/metadata.js';
import { fixtureReports } from '../helpers/fixtureReports.js';

// Metadata readers that skip a text when a cheap test shows their pattern cannot match it: each skip is checked here
// against the reader run without it, on every fixture report and on crafted texts that nearly match.

const REPORTS = [...fixtureReports(['corpus', 'seed', 'wild', 'burned', 'shapes', 'html'])];

describe('runOnSignature: bodies without a space and a date (or 附件) after it are not scanned', () => {
  it('finds what it finds without the skip on every fixture report, from the body start and from the top', () => {
    const found = { some: 0, none: 0 };
    for (const r of REPORTS) {
      for (const from of [bodyStart(r.norm), 0]) {
        const hit = runOnSignature(r.text, r.norm, from);
        expect(hit, r.path).toEqual(runOnSignature(r.text, r.norm, from, false));
        found[hit ? 'some' : 'none']++;
      }
    }
    expect(Math.min(found.some, found.none)).toBeGreaterThan(5);
  });

  it('finds what it finds without the skip on crafted signatures and near misses', () => {
    const names = ['平潭县人民政府', '平潭综合实验区管委会办公室', '***市人口和计划生育局', '唐村镇'];
    const gaps = [' ', '\t', '  ', '\u3000', '\n', '', ' \n', '：'];
    const tails = ['2014年1月20日', '2014 年 1 月 20 日', '二〇一三年一月', '二○一三年一月二十日', '附件1：', '附 件', '2014-01-20', '14年1月', '二〇一三 年一月'];
    const befores = ['', '取得了一定成效。', '相关链接：-->', '工作\n', '>'];
    let matched = 0;
    let n = 0;
    for (const before of befores) {
      for (const name of names) {
        for (const gap of gaps) {
          for (const tail of tails) {
            const text = `${before}${name}${gap}${tail} 本报告…其他文字`;
            const norm = normalizeForMatching(text);
            const hit = runOnSignature(text, norm, 0);
            expect(hit, JSON.stringify(text)).toEqual(runOnSignature(text, norm, 0, false));
            if (hit) matched++;
            n++;
          }
        }
      }
    }
    expect(matched).toBeGreaterThan(50);
    expect(n - matched).toBeGreaterThan(50);
  });
});
