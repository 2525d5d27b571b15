// Property tests: for any string (random CJK, digits, the heading markers 一、（一）1.、, huge digit runs, nested
// brackets, lone surrogates, HTML-ish fragments) parseReports returns schema-valid reports whose every span slices
// the text to its quote — or throws a NianbaoError with an input code (EMPTY_INPUT for blank input). Never a crash.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReports } from '../../src/index.js';
import { checkParse } from './invariants.js';

const cjk = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
const digit = fc.constantFrom(...'0123456789０１２３４５６７８９'.split(''));
const numeral = fc.constantFrom(...'零〇一二两三四五六七八九十百千万亿'.split(''));
// heading markers as reports write them: 一、 （一） (一) 1. 1、 （1） ① 第一章 篇1
const marker = fc.constantFrom('一、', '二、', '十一、', '（一）', '(二)', '1.', '2、', '3．', '（1）', '(2)', '①', '第一章', '第3篇', '\n篇1\n', '\n篇2\n');
// measure words, units and the words around figures: 42条, 22.38万元, 7.8%, 2019年1月1日至12月31日, 80余份
const unit = fc.constantFrom('条', '件', '次', '项', '人次', '个', '份', '万元', '元', '亿元', '%', '％', '﹪', '年', '月', '日', '至', '余', '多', '约', '近', '共', '未', '无', '第', '号', '届', '.', '．');
const punct = fc.constantFrom('。', '，', '、', '；', '：', '\n', '\n\n', ' ', '\t', '\u3000', '\r\n', '|', '—', '-', '*', '**');
const bracket = fc.constantFrom('（', '）', '(', ')', '〔', '〕', '[', ']', '《', '》', '“', '”', '【', '】', '<', '>');
const surrogate = fc.constantFrom('\ud800', '\udfff', '\udc00x', '\ud83d', '😀', '\ufeff', '\u200b', '\ufffd');
const htmlish = fc.constantFrom(
  '<div>', '</div>', '<p>', '</p>', '<br>', '<table>', '</table>', '<tr>', '</tr>', '<td>', '</td>', '<td rowspan="3">',
  '<td colspan=2>', '<th>', '&nbsp;', '&amp;', '&#x4e00;', '<!--', '-->', '<script>', '</script>', '<meta charset="gbk">', '<font>', '<html><body>',
);
const digitRun = fc.integer({ min: 1, max: 3000 }).map((n) => '9'.repeat(n));
const bracketNest = fc.integer({ min: 1, max: 500 }).map((n) => '（'.repeat(n) + '一' + '）'.repeat(n));

// HTML tables as sites write them: official labels, numbers split over <font> runs, odd or hostile rowspan/colspan,
// unclosed cells and rows, thead/tbody, a table nested in a cell
const label = fc.constantFrom('本年新收政府信息公开申请数量', '予以公开', '（三）不予公开', '1.属于国家秘密', '总计', '结转下年度继续办理', '自然人', '行政复议', '结果维持', '尚未审结', '规章', '本年制发', '行政事业性收费', '三、本年度办理结果', '', '&nbsp;', '—', '/');
const cellNumber = fc.oneof(fc.nat(5000).map(String), fc.constantFrom('0', '00', '1 0', '9116.36', '88件', '9116.36万元', '１２', '二十'));
const cellText = fc.oneof(label, cellNumber, fc.tuple(cellNumber, cellNumber).map(([a, b]) => `<font>${a}</font><font>${b}</font>`));
const spanAttr = fc.oneof(
  fc.constant(''),
  fc.integer({ min: 0, max: 30 }).map((n) => ` rowspan="${n}"`),
  fc.integer({ min: 0, max: 30 }).map((n) => ` colspan=${n}`),
  fc.constantFrom(' rowspan="99999"', ' colspan="1e9"', ' rowspan="-3"', ' colspan="abc"', ' rowspan=2 colspan=2'),
);
const cell = fc.tuple(fc.constantFrom('td', 'th'), spanAttr, cellText, fc.boolean()).map(([t, a, x, close]) => `<${t}${a}>${x}${close ? `</${t}>` : ''}`);
const row = fc.tuple(fc.array(cell, { maxLength: 12, size: 'max' }), fc.boolean()).map(([cs, close]) => `<tr>${cs.join('')}${close ? '</tr>' : ''}`);
const table = fc
  .tuple(fc.array(row, { maxLength: 30, size: 'max' }), fc.constantFrom('', '<tbody>', '<thead>'), fc.boolean())
  .map(([rs, wrap, close]) => `<table>${wrap}${rs.join('')}${close ? '</table>' : ''}`);
const tablePage = fc
  .tuple(fc.constantFrom('表三', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'), fc.array(table, { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([h, ts, nest]) => `<html><body><p>${h}</p>${nest && ts.length > 1 ? ts[0].replace('<td>', `<td>${ts[1]}`) : ts.join('<p>说明</p>')}</body></html>`);

/** A report-like string: a few hundred tokens drawn from everything above. */
const token = fc.oneof(
  { weight: 6, arbitrary: cjk },
  { weight: 4, arbitrary: digit },
  { weight: 2, arbitrary: numeral },
  { weight: 2, arbitrary: marker },
  { weight: 3, arbitrary: unit },
  { weight: 3, arbitrary: punct },
  { weight: 2, arbitrary: bracket },
  { weight: 1, arbitrary: surrogate },
  { weight: 1, arbitrary: htmlish },
  { weight: 1, arbitrary: digitRun },
  { weight: 1, arbitrary: bracketNest },
);
// size 'max': fast-check's default size keeps arrays to ~10 items, far too short to build a report-like page
const reportish = fc.array(token, { maxLength: 300, size: 'max' }).map((t) => t.join(''));

function expectClean(parse: () => ReturnType<typeof parseReports>, input: unknown) {
  const { problems } = checkParse(parse);
  if (problems.length) {
    throw new Error(`${problems.slice(0, 5).join('\n')}\ninput (${String(input).length} chars): ${JSON.stringify(String(input).slice(0, 300))}`);
  }
}

describe('parseReports on any string', () => {
  it('report-like token soup: typed error or valid reports with exact spans', () => {
    fc.assert(
      fc.property(reportish, (s) => expectClean(() => parseReports(s), s)),
      { numRuns: 300 },
    );
  });

  it('the same soup read as HTML and as text, whatever it looks like', () => {
    fc.assert(
      fc.property(reportish, fc.constantFrom('html', 'text') as fc.Arbitrary<'html' | 'text'>, (s, format) =>
        expectClean(() => parseReports(s, { format }), s),
      ),
      { numRuns: 150 },
    );
  });

  it('arbitrary unicode, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000, size: 'max' }), (s) => expectClean(() => parseReports(s), s)),
      { numRuns: 300 },
    );
  });

  it('arbitrary bytes (decoding path)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000, size: 'max' }), (b) => expectClean(() => parseReports(b), `bytes ${Buffer.from(b).toString('hex').slice(0, 200)}`)),
      { numRuns: 200 },
    );
  });

  it('real report text with random damage (cut, spliced, duplicated)', () => {
    const real =
      '一、总体情况\n2019年，全区共公布政府信息2599条，其中机构职能类信息25条。（一）主动公开\n本年新收政府信息公开申请23件，予以公开7件，' +
      '占比30.4%。收取信息处理费0元，经费22.38万元。统计期限自2019年1月1日起至2019年12月31日止。二、行政复议\n未收到行政复议申请。\n' +
      '<table><tr><td>本年新收</td><td>23</td><td rowspan="2">0</td></tr><tr><td>予以公开</td><td>7</td></tr></table>';
    fc.assert(
      fc.property(fc.nat(real.length), fc.nat(real.length), reportish, fc.integer({ min: 1, max: 20 }), (a, b, junk, times) => {
        const [i, j] = a < b ? [a, b] : [b, a];
        const s = (real.slice(0, i) + junk + real.slice(j)).repeat(times);
        expectClean(() => parseReports(s), s);
      }),
      { numRuns: 150 },
    );
  });

  it('real fixture pages (text, PDF text, HTML, the seed page) with random cuts, repeats and insertions', () => {
    const pages = ['corpus/019-b-pingtan-2019.txt', 'corpus/034-b-shanghai-bgt-2025.txt', 'corpus/031-b-shuyang-fgj-2023.html', 'corpus/009-a-pingtan-2015.txt', 'seed/000_b61ef283626af920.txt'].map(
      (p) => readFileSync(new URL(`../../fixtures/${p}`, import.meta.url), 'utf8'),
    );
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.nat(400), op: fc.constantFrom('cut', 'repeat', 'insert'), junk: reportish });
    fc.assert(
      fc.property(fc.nat(pages.length - 1), fc.array(edit, { minLength: 1, maxLength: 4 }), (which, edits) => {
        let s = pages[which];
        for (const e of edits) {
          const i = Math.floor(e.at * s.length);
          const j = Math.min(s.length, i + e.len);
          s = e.op === 'cut' ? s.slice(0, i) + s.slice(j) : e.op === 'repeat' ? s.slice(0, j) + s.slice(i, j) + s.slice(j) : s.slice(0, i) + e.junk + s.slice(i);
        }
        expectClean(() => parseReports(s), s);
      }),
      { numRuns: 60 },
    );
  });

  it('HTML tables with odd rowspan/colspan, split numbers, unclosed cells and nesting', () => {
    fc.assert(
      fc.property(tablePage, (s) => expectClean(() => parseReports(s), s)),
      { numRuns: 150 },
    );
  });

  it('blank input is a typed EMPTY_INPUT error, not a crash', () => {
    for (const s of ['', ' ', '\n\n', '\u3000', '\ufeff']) {
      expect(() => parseReports(s)).toThrowError(expect.objectContaining({ name: 'NianbaoError', code: 'EMPTY_INPUT' }));
    }
  });
});
