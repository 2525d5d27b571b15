import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInput, normalizeForMatching } from '../../src/input/index.js';
import fc from 'fast-check';
import { splitReports } from '../../src/segment/index.js';
import { TITLE_LINE, endsTwoLines, titleLines } from '../../src/segment/splitReports.js';

const split = (text: string) => splitReports(text, normalizeForMatching(text));
const corpus = new URL('../../fixtures/corpus/', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, corpus), 'utf8');

describe('splitReports', () => {
  const seed = readFileSync(new URL('../../fixtures/seed/000_b61ef283626af920.txt', import.meta.url), 'utf8');

  it('cuts the seed page into ten reports at 篇1 … 篇10, leaving out the page header (标题, 时间, 导语)', () => {
    const slices = split(seed);
    expect(slices.map((s) => s.marker)).toEqual(['篇1', '篇2', '篇3', '篇4', '篇5', '篇6', '篇7', '篇8', '篇9', '篇10']);
    expect(slices[0].start).toBe(seed.indexOf('篇1'));
    expect(seed.slice(0, slices[0].start)).toContain('导语');
    for (let i = 1; i < slices.length; i++) expect(slices[i].start).toBe(slices[i - 1].end);
    expect(slices.at(-1)!.end).toBe(seed.length);
    expect(seed.slice(slices[3].start, slices[3].end)).toContain('***市人口和计划生育局');
  });

  it.each(readdirSync(corpus).filter((f) => /\.(txt|html)$/.test(f)))('gives exactly one report for %s', (file) => {
    const text = readInput(readFileSync(new URL(file, corpus))).text;
    expect(split(text)).toEqual([{ start: 0, end: text.length }]);
  });

  it('cuts a page of reports that follow each other at their title lines (唐村镇…年度报告, 兴华乡…公开报告)', () => {
    const a = read('054-a-tangcun-2010.txt');
    const b = read('055-a-xinghua-2010.txt');
    const page = `${a}\n\n${b}`;
    const slices = split(page);
    expect(slices.map((s) => s.marker)).toEqual(['唐村镇2010年政府信息公开工作年度报告', '兴华乡2010年政府信息公开报告']);
    expect(slices[1].start).toBe(a.length + 2);
    expect(slices[0]).toMatchObject({ start: 0, end: a.length + 2 });
  });

  it('keeps a report followed by a list of related reports and a footer as one report', () => {
    const a = read('054-a-tangcun-2010.txt');
    const footer = '主办单位：某某市人民政府办公室 政府信息公开指南 主动公开目录 依申请公开 '.repeat(8);
    const page = `${a}\n相关文章：\n唐村镇2009年政府信息公开工作年度报告\n${footer}\n唐村镇2008年政府信息公开工作年度报告\n${footer}`;
    expect(split(page)).toHaveLength(1);
  });

  it('keeps a title and a repeated title right after it as one report', () => {
    const a = read('054-a-tangcun-2010.txt');
    const page = `唐村镇2010年政府信息公开工作年度报告\n\n${a}`;
    expect(split(page)).toHaveLength(1);
  });

  it('does not split at a lone 篇1, or at 篇 markers that do not count up from 1', () => {
    expect(split('篇1\n\n一、概述\n正文。')).toHaveLength(1);
    expect(split('篇3\n\n正文。\n篇7\n\n正文。')).toHaveLength(1);
  });

  it('stays linear on a long line of markers', () => {
    expect(split('篇1\n'.repeat(2e4))).toHaveLength(1);
    expect(split(Array.from({ length: 2e4 }, (_, i) => `篇${(i % 999) + 1}\n正文。`).join('\n'))).toHaveLength(999);
    expect(split('2010年报告\n'.repeat(2e4))).toHaveLength(1);
  });
});

describe('splitReports: the pre-checks before its patterns run', () => {
  // what the title-line pattern needs: two places where 报告 ends a line as `[ \t]*$` under /m sees it
  const byPattern = (s: string) => [...s.matchAll(/报告[ \t]*$/gm)].length >= 2;

  it('endsTwoLines agrees with the pattern on every line ending (\\n, \\r, U+2028, U+2029, the end) and on near misses', () => {
    const piece = fc.constantFrom('报告', '报', '告', ' ', '\t', '\n', '\r', '\u2028', '\u2029', '\u3000', '年', '2010', '。', 'x');
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), (parts) => {
      const s = parts.join('');
      expect(endsTwoLines(s, '报告'), JSON.stringify(s)).toBe(byPattern(s));
    }), { numRuns: 3000 });
  });
});

describe('titleLines: the title-line pattern tried only where a match can start', () => {
  const byMatchAll = (s: string) => [...s.matchAll(TITLE_LINE)].map((m) => [m.index, m[0], m[1]]);
  const mine = (s: string) => titleLines(s).map((m) => [m.index, m[0], m[1]]);

  it('finds what matchAll finds, on random pages of titles, years broken over lines and every line terminator', () => {
    const piece = fc.constantFrom(
      '报告', '年', '2010', '二〇一〇', '20**', '唐村镇', '政府信息公开工作年度', ' ', '\t', '\u3000', '\n', '\n\n', '\r', '\r\n',
      '\u2028', '\u2029', '。', 'x', '名称:', '2010年度报告', '兴华乡2010年政府信息公开报告',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
      const s = parts.join('');
      expect(mine(s), JSON.stringify(s)).toEqual(byMatchAll(s));
    }), { numRuns: 5000 });
  });

  it('finds what matchAll finds on every fixture page, where endsTwoLines also agrees with its pattern', () => {
    let pages = 0;
    for (const dir of ['corpus', 'seed', 'batch', 'shapes', 'series', 'wild', 'burned', 'html']) {
      const at = new URL(`../../fixtures/${dir}/`, import.meta.url);
      for (const file of readdirSync(at).filter((f) => /\.(txt|html?)$/.test(f))) {
        let text: string;
        try {
          text = readInput(readFileSync(new URL(file, at))).text;
        } catch {
          continue;
        }
        const norm = normalizeForMatching(text);
        expect(mine(norm), `${dir}/${file}`).toEqual(byMatchAll(norm));
        expect(endsTwoLines(norm, '报告'), `${dir}/${file}`).toBe([...norm.matchAll(/报告[ \t]*$/gm)].length >= 2);
        pages++;
      }
    }
    expect(pages).toBeGreaterThan(60);
  });
});
