import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { decodeBytes, declaredCharset } from '../../src/input/decode.js';
import { looksLikeHtml, readInput } from '../../src/input/index.js';
import { NianbaoError } from '../../src/errors.js';

// Bytes below were made with python3: '本年度共收到政府信息公开申请26件'.encode('gbk'), and the Big5 sentence with
// .encode('big5'). Node 20 has no GBK/Big5 encoder, so they are written out as hex.
const GBK_SENTENCE = '本年度共收到政府信息公开申请26件';
const GBK_BYTES = hex('b1bec4eab6c8b9b2cad5b5bdd5feb8aed0c5cfa2b9abbfaac9eac7eb3236bcfe');
const BIG5_SENTENCE = '收到和處理政府信息公開申請情況。本年度共收到依申請信息公開26件，全部予以公開。';
const BIG5_BYTES = hex(
  'a6aca8eca94db342b27aac46a9b2ab48aea7a4bdb67da5d3bdd0b1a1aa70a143a5bba67eabd7a640a6aca8eca8cca5d3bdd0ab48aea7a4bdb67d3236a5f3a141a5feb3a1a4a9a548a4bdb67da143',
);
const utf8 = (s: string) => new TextEncoder().encode(s);

function hex(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'hex'));
}
function concat(...parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts));
}
function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof NianbaoError ? e.code : `not a NianbaoError: ${String(e)}`;
  }
  return undefined;
}

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="utf-8">', 'utf-8'],
    ['<meta charset=GBK>', 'gb18030'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', 'gb18030'],
    ["<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=GB2312'>", 'gb18030'],
    ['<?xml version="1.0" encoding="GB2312"?>', 'gb18030'],
    ['<meta charset="big5">', 'big5'],
    ['<p>no declaration</p>', undefined],
  ])('reads %s as %s', (head, expected) => {
    expect(declaredCharset(utf8(head))).toBe(expected);
  });
});

describe('decodeBytes', () => {
  it('strips a UTF-8 BOM', () => {
    const out = decodeBytes(concat(hex('efbbbf'), utf8('予以公开26件')));
    expect(out).toMatchObject({ text: '予以公开26件', encoding: 'utf-8', warnings: [] });
  });

  it('decodes UTF-16LE with a BOM (its NUL bytes are not binary)', () => {
    const body = Buffer.from('部分公开9件', 'utf16le');
    const out = decodeBytes(concat(hex('fffe'), new Uint8Array(body)));
    expect(out.text).toBe('部分公开9件');
    expect(out.encoding).toBe('utf-16le');
  });

  it('decodes a page that declares charset=gb2312 in the http-equiv form as GB18030, without a warning', () => {
    const page = hex(
      '3c68746d6c3e3c686561643e3c6d65746120687474702d65717569763d22436f6e74656e742d547970652220636f6e74656e743d22746578742f68746d6c3b20636861727365743d676232333132223e3c2f686561643e3c626f64793e3c703eb1bec4eab6c8b9b2cad5b5bdd5feb8aed0c5cfa2b9abbfaac9eac7eb3236bcfe3c2f703e3c2f626f64793e3c2f68746d6c3e',
    );
    const out = decodeBytes(page);
    expect(out.encoding).toBe('gb18030');
    expect(out.text).toContain(`<p>${GBK_SENTENCE}</p>`);
    expect(out.warnings).toEqual([]);
  });

  it('reads undeclared GBK bytes as GB18030 and says so (DECODED_AS_GB18030)', () => {
    const out = decodeBytes(GBK_BYTES);
    expect(out.text).toBe(GBK_SENTENCE);
    expect(out.encoding).toBe('gb18030');
    expect(out.warnings.map((w) => w.code)).toEqual(['DECODED_AS_GB18030']);
  });

  it('takes chardet’s confident Big5 over GB18030 for undeclared Big5 bytes (DECODED_AS_DETECTED)', () => {
    const out = decodeBytes(BIG5_BYTES);
    expect(out.encoding).toBe('big5');
    expect(out.text).toBe(BIG5_SENTENCE);
    expect(out.warnings.map((w) => w.code)).toEqual(['DECODED_AS_DETECTED']);
  });

  it('reads strict UTF-8 when the page declares gb2312 but was re-saved as UTF-8 (CHARSET_MISMATCH)', () => {
    const out = decodeBytes(utf8('<meta charset="gb2312"><p>全年受理网络问政182件</p>'));
    expect(out.encoding).toBe('utf-8');
    expect(out.text).toContain('全年受理网络问政182件');
    expect(out.warnings.map((w) => w.code)).toEqual(['CHARSET_MISMATCH']);
  });

  it('falls back to GB18030 when a page declares utf-8 but its bytes are GBK', () => {
    const out = decodeBytes(concat(utf8('<meta charset="utf-8"><p>'), GBK_BYTES));
    expect(out.encoding).toBe('gb18030');
    expect(out.text).toContain(GBK_SENTENCE);
    expect(out.warnings.map((w) => w.code)).toEqual(['CHARSET_MISMATCH', 'DECODED_AS_GB18030']);
  });

  it('ignores a template’s charset=iso-8859-1 on a GBK page (CHARSET_MISMATCH, then GB18030)', () => {
    const out = decodeBytes(concat(utf8('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>'), GBK_BYTES));
    expect(out.text).toContain(GBK_SENTENCE);
    expect(out.warnings.map((w) => w.code)).toEqual(['CHARSET_MISMATCH', 'DECODED_AS_GB18030']);
  });

  it('obeys a forced encoding (--encoding gbk)', () => {
    expect(decodeBytes(GBK_BYTES, { encoding: 'gbk' })).toMatchObject({ text: GBK_SENTENCE, encoding: 'gb18030', warnings: [] });
  });

  it('rejects an encoding it does not know', () => {
    expect(codeOf(() => decodeBytes(GBK_BYTES, { encoding: 'klingon-8' }))).toBe('UNKNOWN_ENCODING');
  });

  it('keeps pure ASCII as UTF-8', () => {
    expect(decodeBytes(utf8('2023 annual report'))).toMatchObject({ encoding: 'utf-8', warnings: [] });
  });
});

describe('readInput: unusable bytes are typed errors', () => {
  it('0 bytes → EMPTY_INPUT', () => {
    expect(codeOf(() => readInput(new Uint8Array(0)))).toBe('EMPTY_INPUT');
  });
  it('only whitespace → EMPTY_INPUT', () => {
    expect(codeOf(() => readInput(utf8(' \r\n\t\u3000 ')))).toBe('EMPTY_INPUT');
  });
  it('HTML with no visible text → EMPTY_INPUT', () => {
    expect(codeOf(() => readInput(utf8('<html><head><script>var a = 1;</script></head><body> </body></html>')))).toBe('EMPTY_INPUT');
  });
  it('a PNG header → UNSUPPORTED_FORMAT (a known binary type, named)', () => {
    expect(codeOf(() => readInput(hex('89504e470d0a1a0a0000000d49484452')))).toBe('UNSUPPORTED_FORMAT');
  });
  it('NUL bytes of no known type → BINARY_INPUT', () => {
    expect(codeOf(() => readInput(hex('00000000414243440000000045464748')))).toBe('BINARY_INPUT');
  });
  it('many control characters without NUL → BINARY_INPUT', () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(codeOf(() => readInput(bytes))).toBe('BINARY_INPUT');
  });
  it('larger than maxBytes → TOO_LARGE', () => {
    expect(codeOf(() => readInput(utf8('予以公开'.repeat(100)), { maxBytes: 1000 }))).toBe('TOO_LARGE');
  });
  it('the GBK fixture page without any charset declaration decodes as GB18030', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../fixtures/html/gbk-nocharset-022-tables.html', import.meta.url)));
    const doc = readInput(bytes);
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toContain('平潭综合实验区2022年度政府信息公开工作年度报告');
  });
});

describe('looksLikeHtml', () => {
  it.each<[string, string, boolean]>([
    ['a saved page', '<!DOCTYPE html><html><body><p>予以公开</p></body></html>', true],
    ['a fragment', '一、总体情况<p>全年受理网络问政182件</p>', true],
    ['a page opening with a 3 KB script (SSI include first)', `<!--#include virtual="/head.shtml"--><script>${'var a = 1;'.repeat(300)}</script><div>予以公开</div>`, true],
    ['a crawled text report', '标题: 平潭综合实验区2022年度政府信息公开工作年度报告\n一、总体情况 2022年，全区收到申请75件。', false],
    ['text that mentions a tag name in prose', '第1<2条，不是标签。', false],
  ])('%s → %s', (_, text, html) => {
    expect(looksLikeHtml(text)).toBe(html);
  });
});
