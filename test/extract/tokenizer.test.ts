/**
 * The two tokenizer backends (DESIGN §4): @node-rs/jieba (default) and nodejieba (optional, compiled). Both must give
 * the same facts on every fixture; the nodejieba half runs whenever nodejieba loads here (it does in CI).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getTokenizer, tokenizerAvailable } from '../../src/extract/index.js';
import { parseReports } from '../../src/index.js';

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

  // the clauses the subject finder cuts: every run of Chinese between punctuation in the corpus texts, cut 20 characters
  // at a time, as the clauses beside figures are
  const clauses = files.flatMap((f) => readFileSync(f, 'utf8').replace(/\s+/g, '').match(/[^,，。;；:：!！?？()（）【】|、%\d]{1,20}/g) ?? []);
  it('cutMany cuts each text as cut does: corpus clauses in one call, and texts with whitespace or empty', () => {
    const jieba = getTokenizer('jieba');
    expect(clauses.length).toBeGreaterThan(1000);
    expect(jieba.cutMany(clauses)).toEqual(clauses.map((c) => jieba.cut(c)));
    const odd = ['主动公开 政府信息', '', '共接受市民咨询', '《条例》', 'a-b', '\r', '“一网通办”'];
    expect(jieba.cutMany(odd)).toEqual(odd.map((c) => jieba.cut(c)));
    expect(jieba.cutMany(['《条例》', '“一网通办”', 'G20峰会'])).toEqual(['《条例》', '“一网通办”', 'G20峰会'].map((c) => jieba.cut(c)));
    expect(jieba.cutMany([])).toEqual([]);
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

  for (const file of files) {
    it.runIf(nodejieba)(`both backends give the same facts: ${file.split('/').pop()}`, () => {
      const bytes = readFileSync(file);
      const a = parseReports(bytes, { tokenizer: 'jieba' }).map((r) => r.facts);
      const b = parseReports(bytes, { tokenizer: 'nodejieba' }).map((r) => r.facts);
      expect(b).toEqual(a);
    });
  }
});
