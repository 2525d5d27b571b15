import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../../src/input/index.js';
import { nameInTitle, runOnSignature } from '../../src/profiles/disclosure/metadata/metadataAgency.js';
import { compiler } from '../../src/profiles/disclosure/metadata/agencyCompiler.js';
import { bodyStart, readTitle } from '../../src/profiles/disclosure/metadata/metadata.js';
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

describe('readTitle: the two-line forms tried only where a line after a break ends in 告', () => {
  it('reads what it reads without the skip on every fixture report', () => {
    const tried = { skipped: 0, tried: 0 };
    for (const r of REPORTS) {
      expect(readTitle(r.text, r.norm), r.path).toEqual(readTitle(r.text, r.norm, false));
      tried[/\n[^\n]*告[ \t]*(?:$|[\n\r\u2028\u2029])/.test(r.norm.slice(0, 1200)) ? 'tried' : 'skipped']++;
    }
    expect(Math.min(tried.skipped, tried.tried)).toBeGreaterThan(10);
  });

  it('reads what it reads without the skip on crafted heads: titles over two lines, broken in their ending, near misses', () => {
    const firsts = ['平潭综合实验区农业农村局2019年政府信息公开工作年', '2025 年上海市人民政府办公厅政府信息公开', '交通与建设局2021', '唐村镇2010年政府信息公开工作年度报告', '标题: 某局2019年政府信息公开工作年度报告', '网站首页'];
    const seconds = ['度报告', '告', '报告', '工作年度报告', '年度政府信息公开工作年度报告', '公开报告', '报告 ', '报告\t', '报告。', '报 告', '报告（2023年度）', ''];
    const breaks = ['\n', '\r\n', '\n  ', '\u2028', '\n\n'];
    const afters = ['', '\n正文', '\r\n正文', '\u2029正文', '。正文'];
    let found = 0;
    let n = 0;
    for (const a of firsts) for (const b of seconds) for (const br of breaks) for (const after of afters) {
      for (const head of [`${a}${br}${b}${after}`, `发布时间:2011-03-14\n${a}${br}${b}${after}`]) {
        const norm = normalizeForMatching(head);
        const title = readTitle(head, norm);
        expect(title, JSON.stringify(head)).toEqual(readTitle(head, norm, false));
        if (title) found++;
        n++;
      }
    }
    expect(found).toBeGreaterThan(100);
    expect(n - found).toBeGreaterThan(20);
  });
});

describe('compiler: bodies without a 我 near an 编制 are not copied and read', () => {
  const place = { value: '平潭综合实验区', span: { start: 0, end: 7 } };

  it('finds what it finds without the skip on every fixture report (with its title’s name, and with a place given)', () => {
    const found = { some: 0, none: 0 };
    for (const r of REPORTS) {
      const from = bodyStart(r.norm);
      for (const title of [nameInTitle(r.text, r.norm, readTitle(r.text, r.norm)), place]) {
        const hit = compiler(r.text, r.norm, from, title);
        expect(hit, r.path).toEqual(compiler(r.text, r.norm, from, title, false));
        found[hit ? 'some' : 'none']++;
      }
    }
    expect(found.some).toBeGreaterThan(0);
    expect(found.none).toBeGreaterThan(10);
  });

  it('finds what it finds without the skip on names of every length, broken by line breaks anywhere, and near misses', () => {
    const names = ['管委会办公室', '国资金融局', '交通与建设局', '农业农村局信息中心', '发展和改革局办公室', '人口和计划生育委员会办公室', '局', '一二三四五六七八九十一二局', '一二三四五六七八九十一二三局', '一二三四五六七八九十一二办公室', '一二三四五六七八九十一二三办公室'];
    const found = { some: 0, none: 0 };
    for (const name of names) {
      const line = `前文。我区${name}编制完成了本报告。`;
      for (let cut = 0; cut <= line.length; cut++) {
        for (const br of ['\n', '\n\n', ' ']) {
          const text = `${line.slice(0, cut)}${br}${line.slice(cut)}`;
          for (const from of [0, 4]) {
            const hit = compiler(text, text, from, place);
            expect(hit, JSON.stringify([text, from])).toEqual(compiler(text, text, from, place, false));
            found[hit ? 'some' : 'none']++;
          }
        }
      }
    }
    expect(Math.min(found.some, found.none)).toBeGreaterThan(30);
  });
});

describe('bodyStart: a head without 正文 has no archive mark', () => {
  it('answers as the mark pattern does on every fixture report and on crafted heads', () => {
    const mark = /^=+\s*正文\s*=+[ \t]*$/m;
    const long = (norm: string) => {
      const m = mark.exec(norm.slice(0, 3000));
      return m ? m.index + m[0].length : 0;
    };
    let marked = 0;
    for (const r of REPORTS) {
      expect(bodyStart(r.norm), r.path).toBe(long(r.norm));
      if (bodyStart(r.norm) > 0) marked++;
    }
    for (const head of ['==== 正文 ====\n报告', '标题: x\n=== 正文 ===  \n', '正文\n', '=正 文=\n', '']) expect(bodyStart(head)).toBe(long(head));
    expect(marked).toBeGreaterThan(5);
  });
});
