/**
 * The input checks' shortcuts give the answers of the long way (the checks as written before them): the HTML guess and
 * the charset declaration need a <, the NUL search is a byte search, the control share counts from the first one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNotBinary, declaredCharset } from '../../src/input/decode.js';
import { looksLikeHtml, readInput } from '../../src/input/index.js';
import { NianbaoError } from '../../src/errors.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const files = ['corpus', 'seed', 'wild', 'html', 'hostile', 'batch', 'burned'].flatMap((d) =>
  readdirSync(join(FIXTURES, d)).map((f) => join(FIXTURES, d, f)).filter((p) => statSync(p).isFile() && /\.(txt|html?)$/.test(p)),
);

// the long ways
const HTML_SNIFF = /^\s*(?:<!doctype html|<html|<head|<body|<meta|<\?xml)|<(?:p|div|table|br|span|body|td|tr|font)[\s>/]/i;
const HTML_END_TAG = /<\/(?:p|div|td|tr|table|span|font|body|html)>/i;
const looksLikeHtmlLong = (text: string) => HTML_SNIFF.test(text.slice(0, 2048)) || HTML_END_TAG.test(text.slice(0, 65536));
const DECLARATIONS = [/<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w-]+)/i, /<\?xml[^>]{0,100}?encoding\s*=\s*["']([\w-]+)/i];
const declaredLong = (bytes: Uint8Array) => {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  return DECLARATIONS.some((p) => p.test(head));
};
const nulLong = (bytes: Uint8Array) => bytes.subarray(0, 8192).indexOf(0);
const nulOf = (bytes: Uint8Array) => {
  try {
    assertNotBinary(bytes);
    return -1;
  } catch (e) {
    return Number(/offset (\d+)/.exec((e as NianbaoError).message)![1]);
  }
};

let seed = 3;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
/** Random text of report words, tags and their pieces, control characters and bytes that are no UTF-8. */
function randomText(): string {
  const pieces = ['予以公开', '\n', ' ', '<', '>', '</p>', '<p>', '<div ', '<meta charset="gbk">', '<?xml encoding="gb2312"', 'charset=', '\u0001', '\u000b', '\f', '\ufffd', '\0', 'a', '1<2'];
  let s = '';
  for (let n = Math.floor(random() * 20); n > 0; n--) s += pieces[Math.floor(random() * pieces.length)];
  return s;
}

describe('input checks: shortcuts and the long way', () => {
  it('the HTML guess, the charset declaration and the NUL search on every fixture file', () => {
    const seen = { html: 0, text: 0, declared: 0 };
    for (const p of files) {
      const bytes = new Uint8Array(readFileSync(p));
      const latin = Buffer.from(bytes).toString('latin1');
      expect(looksLikeHtml(latin), p).toBe(looksLikeHtmlLong(latin));
      expect(declaredCharset(bytes) !== undefined, p).toBe(declaredLong(bytes));
      expect(nulOf(bytes), p).toBe(nulLong(bytes));
      seen[looksLikeHtml(latin) ? 'html' : 'text']++;
      if (declaredCharset(bytes)) seen.declared++;
    }
    expect(Math.min(seen.html, seen.text, seen.declared)).toBeGreaterThan(2);
  });

  it('the same on random texts of tags, pieces of tags, control characters and NULs, a < beyond 2 KB and 64 KB', () => {
    const long = 'x'.repeat(70000);
    for (let i = 0; i < 2000; i++) {
      const t = randomText();
      for (const text of [t, `${'年'.repeat(3000)}${t}`, long + t]) {
        expect(looksLikeHtml(text), text.slice(-200)).toBe(looksLikeHtmlLong(text));
        const bytes = new Uint8Array(Buffer.from(text, 'utf8'));
        expect(declaredCharset(bytes) !== undefined).toBe(declaredLong(bytes));
        expect(nulOf(bytes)).toBe(nulLong(bytes));
      }
    }
  });

  it('the control share: a text is refused exactly when more than 1 in 10 of its first 8 KB are control characters', () => {
    // the long way counts every unit of the first 8192
    const shareLong = (text: string) => {
      const head = text.slice(0, 8192);
      let n = 0;
      for (let i = 0; i < head.length; i++) {
        const c = head.charCodeAt(i);
        if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) n++;
      }
      return n / head.length;
    };
    const refused = (text: string) => {
      try {
        readInput(text, { format: 'text' });
        return false;
      } catch (e) {
        return (e as NianbaoError).code === 'BINARY_INPUT';
      }
    };
    let both = 0;
    let neither = 0;
    const base = '予以公开'.repeat(25); // 100 units
    for (const controls of ['\u0001', '\u000b', '\ufffd', '\u001f', '\t\n\r\f']) {
      // around 1 in 10 of a short text, at its start, middle and end; and of a text longer than 8 KB, before and past 8192
      const texts = [0, 9, 11, 12, 13].flatMap((count) => [0, 50, 100].map((at) => `${base.slice(0, at)}${controls.repeat(count).slice(0, count)}${base.slice(at)}`));
      texts.push(`${'年'.repeat(7000)}${controls.repeat(900).slice(0, 900)}${'年'.repeat(2000)}`, `${'年'.repeat(8100)}${controls.repeat(900).slice(0, 900)}`);
      for (const text of texts) {
        const want = shareLong(text) > 0.1;
        expect(refused(text), `${JSON.stringify(controls)} in ${text.length}`).toBe(want);
        if (want) both++;
        else neither++;
      }
    }
    expect(neither).toBeGreaterThan(0);
    expect(both).toBeGreaterThan(0);
  });
});
