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

// wild 014, 032 and 016 (fixtures/wild), the archive's header and breadcrumb taken off, the title set at a narrow
// margin so the break falls inside its ending word — the two layouts the eval's wrapped variant could not read.
const bodyOf = (stem: string) =>
  readFileSync(new URL(`../../fixtures/wild/${stem}.txt`, import.meta.url), 'utf8')
    .split('==================== 正文 ====================')[1]
    .replace(/^[\s\S]*?相关链接：/, '');

describe('a title broken inside its ending word (…工作年\n度报告, …年度报\n告, …工\n作年度报告)', () => {
  it.each([
    ['014-pingtan-nyn-2019', '平潭综合实验区农业农村局2019年政府信息公开工作年\n度报告', '平潭综合实验区农业农村局', 2019],
    ['032-pingtan-jisheng-2011', '平潭县人口和计划生育局2011年度政府信息公开年度报\n告', '平潭县人口和计划生育局', 2011],
    ['016-pingtan-jtj-2021', '平潭综合实验区交通与建设局2021年度政府信息公开工\n作年度报告', '平潭综合实验区交通与建设局', 2021],
  ] as const)('%s', (stem, title, agency, year) => {
    const text = `${title}\n${bodyOf(stem)}`;
    const r = parseReport(text);
    expect(r.title).toBe(title.replace('\n', ''));
    expect(r.agency).toBe(agency);
    expect(r.year).toBe(year);
  });
  it('two short lines that do not end in a report word are not a title (negative)', () => {
    const r = parseReport(`平潭综合实验区农业农村局2019年政府信息公开工作\n情况说明\n${bodyOf('014-pingtan-nyn-2019')}`);
    expect(r.title ?? '').not.toContain('情况说明');
  });
});
