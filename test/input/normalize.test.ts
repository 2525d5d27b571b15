import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeForMatching } from '../../src/input/normalize.js';

describe('normalizeForMatching (length-preserving, DESIGN §1)', () => {
  it.each([
    ['２０２２年', '2022年'], // full-width digits in crawled reports
    ['全文电子化达100﹪', '全文电子化达100%'], // seed 篇1
    ['占总数的５４．５５％', '占总数的54.55%'],
    ['（一）主动公开', '(一)主动公开'],
    ['闽政办〔2012〕157号', '闽政办[2012]157号'],
    ['其他应主动公开的信息946条。\u200b', '其他应主动公开的信息946条。 '], // 014: a zero-width character
    ['20＊＊年', '20**年'],
    ['\u3000\u3000一、概述', '  一、概述'],
  ])('%s → %s', (text, expected) => {
    expect(normalizeForMatching(text)).toBe(expected);
  });

  it('keeps ①, 〇 and CJK punctuation that has no one-character ASCII twin', () => {
    expect(normalizeForMatching('①二〇二二年。、《》')).toBe('①二〇二二年。、《》');
  });

  it('never changes the length, so offsets in the copy are offsets in the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalizeForMatching(s).length === s.length));
  });

  it('maps every UTF-16 unit as the regex replacement it replaced did (full-width block shifted, the listed pairs)', () => {
    const pairs: Record<string, string> = {
      '﹪': '%', '％': '%', '\u3000': ' ', '\u00a0': ' ', '（': '(', '）': ')', '，': ',', '：': ':', '；': ';', '．': '.', '－': '-',
      '～': '~', '〔': '[', '〕': ']', '［': '[', '］': ']', '【': '[', '】': ']', '﹙': '(', '﹚': ')', '＊': '*', '／': '/', '＋': '+',
      '＝': '=', '\u200b': ' ', '\u200c': ' ', '\u200d': ' ', '\ufeff': ' ',
    };
    const reference = (s: string) =>
      s.replace(/[\uff01-\uff5e\ufe6a\u3000\u00a0\ufe59\ufe5a\u3014\u3015\u3010\u3011\u200b-\u200d\ufeff]/g, (c) => pairs[c] ?? String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    let all = '';
    for (let c = 0; c < 65536; c++) all += String.fromCharCode(c);
    expect(normalizeForMatching(all)).toBe(reference(all));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => normalizeForMatching(s) === reference(s)));
  });
});
