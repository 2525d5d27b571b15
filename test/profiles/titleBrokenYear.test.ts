import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/index.js';

// wild 016's own text (fixtures/wild) without the archive's header, its title set as PDF text sets it: broken
// between the year's digits and 年度.
const raw = readFileSync(new URL('../../fixtures/wild/016-pingtan-jtj-2021.txt', import.meta.url), 'utf8');
const body = raw.slice(raw.indexOf('根据《中华人民共和国政府信息公开条例》'));

describe('a title broken over two lines between the year and 年度 (PDF text)', () => {
  it('is read whole: 平潭综合实验区交通与建设局2021\\n年度政府信息公开工作年度报告', () => {
    const r = parseReport('平潭综合实验区交通与建设局2021\n年度政府信息公开工作年度报告\n' + body);
    expect(r.title).toBe('平潭综合实验区交通与建设局2021年度政府信息公开工作年度报告');
    expect(r.agency).toBe('平潭综合实验区交通与建设局');
    expect(r.year).toBe(2021);
  });
  it('a first line that ends in a number that is not a year is not joined (negative)', () => {
    const r = parseReport('附件12\n年度政府信息公开工作年度报告\n' + body);
    expect(r.title).not.toMatch(/^附件12/);
  });
  it('年度政府 (the tail of a year cut from its digits) is never an agency name', () => {
    const r = parseReport('2021\n年度政府信息公开工作年度报告\n' + body.replace(/平潭综合实验区交通与建设局|区交通建设局|我局/g, '本单位'));
    expect(r.agency ?? '').not.toMatch(/^年度/);
  });
});
