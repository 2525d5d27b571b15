// Hostile and broken input: each gives reports with warnings or a typed NianbaoError (with a code), within bounded
// time and memory, and never invents figures. Big inputs are generated here; committed fixtures stay small.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NianbaoError, parseReports, type Report } from '../../src/index.js';
import { checkParse } from '../property/invariants.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/hostile/${name}`, import.meta.url));
const MB = 1024 * 1024;
const REPORT =
  '一、总体情况\n2019年，全区共主动公开政府信息2599条，受理申请23件，占比30.4%，工作经费22.38万元。\n二、主动公开政府信息情况\n全年制发规范性文件12件。\n';

/** Parses under a time limit and a peak-RSS growth limit; returns reports or the typed error. */
function bounded(parse: () => Report[], { ms, rssMb = 1024 }: { ms: number; rssMb?: number }) {
  const rss0 = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  const outcome = checkParse(parse);
  const elapsed = performance.now() - t0;
  const grown = (process.resourceUsage().maxRSS - rss0) / 1024;
  expect(outcome.problems, outcome.problems.join('\n')).toEqual([]);
  expect(elapsed, `took ${elapsed.toFixed(0)} ms`).toBeLessThan(ms);
  expect(grown, `peak RSS grew ${grown.toFixed(0)} MB`).toBeLessThan(rssMb);
  return outcome;
}

const codes = (reports: Report[] | undefined) => new Set((reports ?? []).flatMap((r) => r.warnings.map((w) => w.code)));
const figures = (reports: Report[] | undefined) => (reports ?? []).flatMap((r) => r.facts.map((f) => `${f.value}${f.unit ?? ''}`));

describe('encodings', () => {
  it('GBK text without any declaration reads as Chinese (2599条), with a decoding warning', () => {
    const { reports } = bounded(() => parseReports(fixture('gbk-no-declaration.txt')), { ms: 5000 });
    expect(reports![0].text).toContain('主动公开政府信息2599条');
    expect(figures(reports)).toContain('2599条');
    expect(reports![0].source.encoding).toMatch(/gb/i);
  });

  it('GBK HTML without <meta charset> reads as Chinese', () => {
    const { reports } = bounded(() => parseReports(fixture('gbk-no-declaration.html')), { ms: 5000 });
    expect(reports![0].text).toContain('本年新收政府信息公开申请23件');
  });

  it('GBK bytes under <meta charset="utf-8"> (an old-site mistake) still read as Chinese', () => {
    const { reports } = bounded(() => parseReports(fixture('gbk-declared-utf8.html')), { ms: 5000 });
    expect(reports![0].text).toContain('主动公开政府信息2599条');
    expect(codes(reports).size).toBeGreaterThan(0);
  });

  it('UTF-8 with a stray 0xFF and a cut sequence stays UTF-8 (2599条 still read), with REPLACEMENT_CHARACTERS', () => {
    const { reports } = bounded(() => parseReports(fixture('utf8-corrupt-bytes.txt')), { ms: 5000 });
    expect(reports![0].source.encoding).toBe('utf-8');
    expect(codes(reports)).toContain('REPLACEMENT_CHARACTERS');
    expect(figures(reports)).toContain('2599条');
  });

  it('random invalid UTF-8 (every 50th byte flipped high): a result with warnings, never a crash', () => {
    const bytes = Buffer.from(REPORT.repeat(20));
    for (let i = 0; i < bytes.length; i += 50) bytes[i] |= 0x80;
    const { reports, error } = bounded(() => parseReports(bytes), { ms: 5000 });
    if (error) expect(error.code).toBe('BINARY_INPUT');
    else expect(codes(reports).size).toBeGreaterThan(0);
  });

  it('a forced unknown encoding is a typed error', () => {
    expect(() => parseReports(Buffer.from(REPORT), { encoding: 'no-such-charset' })).toThrowError(NianbaoError);
  });
});

describe('not text at all', () => {
  it('0 bytes → EMPTY_INPUT', () => {
    expect(() => parseReports(new Uint8Array(0))).toThrowError(expect.objectContaining({ code: 'EMPTY_INPUT' }));
    expect(() => parseReports('')).toThrowError(expect.objectContaining({ code: 'EMPTY_INPUT' }));
  });

  it('binary (random bytes with NULs, a PNG header, a zip) → BINARY_INPUT / UNSUPPORTED_FORMAT or a warned result, never a crash', () => {
    const random = Buffer.from(Array.from({ length: 64 * 1024 }, (_, i) => (i * 7919 + (i >> 3)) % 256));
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(4096, 0)]);
    const zip = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256))]);
    for (const bytes of [random, png, zip]) {
      const { reports, error } = bounded(() => parseReports(bytes), { ms: 5000 });
      if (error) expect(['BINARY_INPUT', 'UNSUPPORTED_FORMAT']).toContain(error.code);
      else expect(codes(reports).size).toBeGreaterThan(0);
    }
    // a PNG and a ZIP that is not a Word document are named in the error
    expect(() => parseReports(png)).toThrowError(expect.objectContaining({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('PNG') }));
    expect(() => parseReports(zip)).toThrowError(expect.objectContaining({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('ZIP') }));
  });
});

describe('size limits are options with sane defaults', () => {
  it('a 50 MB input is refused with TOO_LARGE at once, without being parsed', () => {
    const bytes = Buffer.alloc(50 * MB, 0x31);
    const t0 = performance.now();
    expect(() => parseReports(bytes)).toThrowError(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(() => parseReports('1'.repeat(50 * MB))).toThrowError(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('maxBytes is an option: a 2 KB page with maxBytes 1000 is TOO_LARGE, with maxBytes 1e6 it parses', () => {
    const page = REPORT.repeat(Math.ceil(2048 / REPORT.length));
    expect(() => parseReports(page, { maxBytes: 1000 })).toThrowError(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(parseReports(page, { maxBytes: 1e6 }).length).toBeGreaterThan(0);
  });
});

describe('hostile HTML', () => {
  it('10,000 nested tags: text and figures still read, depth warned, bounded', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}${REPORT}${'</div>'.repeat(10_000)}</body></html>`;
    const { reports } = bounded(() => parseReports(html), { ms: 15_000 });
    expect(figures(reports)).toContain('2599条');
  });

  it('10,000 unclosed nested tags (<div><span> never closed)', () => {
    const html = `<html><body>${'<div><span>'.repeat(10_000)}${REPORT}`;
    const { reports } = bounded(() => parseReports(html), { ms: 15_000 });
    expect(figures(reports)).toContain('2599条');
  });

  it('2,000 tables nested inside table cells', () => {
    const html = `<html><body>${'<table><tr><td>'.repeat(2000)}${REPORT}${'</td></tr></table>'.repeat(2000)}</body></html>`;
    bounded(() => parseReports(html), { ms: 15_000 });
  });

  it('a 100,000-cell table: cut at the cell limit with TABLE_TRUNCATED, bounded time and memory', () => {
    const row = (r: number) => `<tr>${Array.from({ length: 100 }, (_, c) => `<td>${(r * 100 + c) % 997}</td>`).join('')}</tr>`;
    const html = `<html><body><p>${REPORT}</p><table>${Array.from({ length: 1000 }, (_, r) => row(r)).join('')}</table></body></html>`;
    const { reports } = bounded(() => parseReports(html), { ms: 30_000 });
    const cells = reports!.flatMap((r) => r.tables).reduce((n, t) => n + t.rows.reduce((m, row) => m + row.length, 0), 0);
    if (cells < 100_000) expect(codes(reports)).toContain('TABLE_TRUNCATED');
  });

  it('figures inside <script>/<style> are not read as facts (var a = "共100条")', () => {
    const html = '<html><body><script>var a = "共100条";</script><style>.x{width:300px}</style><p>全年受理申请12件。</p></body></html>';
    const { reports } = bounded(() => parseReports(html), { ms: 5000 });
    expect(figures(reports)).not.toContain('100条');
    expect(figures(reports)).toContain('12件');
  });
});

describe('text that looks like data but is not', () => {
  it('a page of only numbers yields no facts (no measure word, no figure)', () => {
    const numbers = Array.from({ length: 20_000 }, (_, i) => String((i * 37) % 1000));
    for (const sep of [' ', '\n', '\t']) {
      const { reports } = bounded(() => parseReports(numbers.join(sep)), { ms: 10_000 });
      expect(figures(reports)).toEqual([]);
    }
  });

  it('a 300- or 400-digit number before 条 / % / 万 / 万元 gives no fact or a finite one, never Infinity', () => {
    const tails = ['条', '%', '﹪', '万', '亿', '万元', '亿元', '元', '人次', '万人次'];
    for (const [digits, tail] of [300, 400].flatMap((d) => tails.map((t) => [d, t] as const))) {
      const { reports } = bounded(() => parseReports(`共${'9'.repeat(digits)}${tail}`), { ms: 5000 });
      for (const f of reports!.flatMap((r) => r.facts)) if (typeof f.value === 'number') expect(Number.isFinite(f.value)).toBe(true);
    }
  });

  it('NUL and control characters inside a string: typed error or warned result', () => {
    for (const s of [`共12条\u0000受理3件`, `${REPORT}\u0000`, `${REPORT}\u0007\u0008`]) {
      const { reports, error } = bounded(() => parseReports(s), { ms: 5000 });
      if (error) expect(error.code).toBe('BINARY_INPUT');
      else expect(reports!.length).toBeGreaterThan(0);
    }
  });

  it('a 5 MB line with no punctuation, no digits and no headings', () => {
    bounded(() => parseReports('政府信息公开工作'.repeat(600_000)), { ms: 30_000 });
  });
});
