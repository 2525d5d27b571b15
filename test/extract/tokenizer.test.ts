/**
 * The two tokenizer backends (DESIGN §4): @node-rs/jieba (default) and nodejieba (optional, compiled). Both must give
 * the same facts on every fixture; the nodejieba half runs whenever nodejieba loads here (it does in CI).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getTokenizer, tokenizerAvailable } from '../../src/extract/index.js';
import { parseReports } from '../../src/index.js';
import { leftWindow, rightWindow } from '../../src/extract/subject.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const files = [
  ...readdirSync(join(FIXTURES, 'corpus')).filter((f) => /\.(txt|html)$/.test(f)).map((f) => join(FIXTURES, 'corpus', f)),
  join(FIXTURES, 'seed', '000_b61ef283626af920.txt'),
].filter(existsSync);

describe('tokenizer backends', () => {
  it('@node-rs/jieba loads and cuts back to the text: 共接受市民咨询 → 共|接受|市民|咨询', () => {
    const jieba = getTokenizer('jieba');
    expect(jieba.name).toBe('jieba');
    expect(jieba.cut('共接受市民咨询')).toEqual(['共', '接受', '市民', '咨询']);
  });

  const nodejieba = tokenizerAvailable('nodejieba');
  it.runIf(nodejieba)('nodejieba loads and cuts the same way', () => {
    expect(getTokenizer('nodejieba').cut('共接受市民咨询')).toEqual(['共', '接受', '市民', '咨询']);
  });

  it('the library reads no environment: NIANBAO_TOKENIZER does not change the default (the CLI maps it)', () => {
    const before = process.env.NIANBAO_TOKENIZER;
    process.env.NIANBAO_TOKENIZER = 'nodejieba';
    try {
      expect(getTokenizer().name).toBe('jieba');
    } finally {
      if (before === undefined) delete process.env.NIANBAO_TOKENIZER;
      else process.env.NIANBAO_TOKENIZER = before;
    }
  });

  // the subject windows are cut together in one call (extract/index.ts): each must get the words it gets alone
  it('cutEach gives each text the words cut gives it alone (every subject window of the corpus, and odd edges)', () => {
    const windows: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\d+/g)) windows.push(leftWindow(text, m.index, 0), rightWindow(text, m.index + m[0].length));
    }
    const texts = windows.filter((w) => w !== '');
    expect(texts.length).toBeGreaterThan(500);
    const edges = ['', 'abc', 'ABC12', '共7条', '《条例》', '“一网通办”', '市民 咨询', 'a\r', '\n接受', '—', '％'];
    for (const backend of nodejieba ? (['jieba', 'nodejieba'] as const) : (['jieba'] as const)) {
      const t = getTokenizer(backend);
      expect(t.cutEach(texts)).toEqual(texts.map((w) => t.cut(w)));
      expect(t.cutEach(edges)).toEqual(edges.map((w) => t.cut(w)));
      expect(t.cutEach([...edges].reverse())).toEqual([...edges].reverse().map((w) => t.cut(w)));
      // a text holding the separator itself: cut one by one
      expect(t.cutEach(['咨询\u0001电话', ...edges])).toEqual(['咨询\u0001电话', ...edges].map((w) => t.cut(w)));
    }
  });

  for (const file of files) {
    it.runIf(nodejieba)(`both backends give the same facts: ${file.split('/').pop()}`, () => {
      const bytes = readFileSync(file);
      const a = parseReports(bytes, { tokenizer: 'jieba' }).map((r) => r.facts);
      const b = parseReports(bytes, { tokenizer: 'nodejieba' }).map((r) => r.facts);
      expect(b).toEqual(a);
    });
  }
});
