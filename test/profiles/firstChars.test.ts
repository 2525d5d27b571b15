import { describe, expect, it } from 'vitest';
import { firstChars, firstCharMasks } from '../../src/profiles/disclosure/prose/firstChars.js';
import { PROSE_RULES } from '../../src/profiles/disclosure/prose/proseRules.js';
import { proseCandidates } from '../../src/profiles/disclosure/prose/proseIndicators.js';
import { findSections } from '../../src/segment/index.js';
import { extractFacts } from '../../src/extract/index.js';
import { fixtureReports } from '../helpers/fixtureReports.js';

describe('firstChars: the characters a pattern’s matches begin with', () => {
  it('reads literals, alternatives, groups and simple classes', () => {
    expect(firstChars(/累计/)).toEqual(new Set(['累']));
    expect(firstChars(/不予公开|否决公开|免[予于]公开/)).toEqual(new Set(['不', '否', '免']));
    expect(firstChars(/(?:同意|予以|全部)公开/)).toEqual(new Set(['同', '予', '全']));
    expect(firstChars(/信息不存在|不属于本(机关|单位|部门)|非本(机关|单位|部门)/)).toEqual(new Set(['信', '不', '非']));
    expect(firstChars(/[予于]+公开/)).toEqual(new Set(['予', '于']));
    expect(firstChars(/((?:甲|乙)丙|丁)/)).toEqual(new Set(['甲', '乙', '丁']));
  });

  it('gives undefined for any other form: the pattern is then always run', () => {
    for (const re of [/a?b/, /a*b/, /a{0,2}b/, /(?=a)b/, /(?!a)b/, /(?<=a)b/, /[^a]b/, /[a-z]b/, /\db/, /.b/, /^a/, /a|/, /|a/, /(|a)b/, /(?:a|b)?c/, /a/i, /()a/])
      expect(firstChars(re), String(re)).toBeUndefined();
  });

  it('every match of every prose rule’s clause begins with one of its characters (random texts of its words)', () => {
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const words = ['累计', '新增', '部分公开', '不予公开', '免予公开', '信息不存在', '不属于本机关', '同意公开', '申请', '复议', '诉讼', '减免', '收费', '处理费', '电话', '热线', '当面', '窗口', '网上', '在线', '咨询', '经费', '公开', '公布', '电子化', '，', '\n', '1', '年'];
    for (const rule of PROSE_RULES) {
      const chars = firstChars(rule.clause);
      expect(chars, rule.id).toBeDefined(); // every rule is read (else the skip would do nothing for it)
      const global = new RegExp(rule.clause.source, 'g');
      let matched = 0;
      for (let i = 0; i < 300; i++) {
        let s = '';
        for (let k = Math.floor(random() * 8); k > 0; k--) s += words[Math.floor(random() * words.length)];
        for (const m of s.matchAll(global)) {
          expect(chars!.has(s[m.index]), `${rule.id} on ${s}`).toBe(true);
          matched++;
        }
      }
      expect(matched, rule.id).toBeGreaterThan(0);
    }
  });

  it('masks: a pattern whose bit is clear in a text’s mask does not match the text', () => {
    const patterns = PROSE_RULES.map((r) => r.clause);
    const { bits, maskOf } = firstCharMasks(patterns);
    expect(bits.every((b) => b !== 0)).toBe(true);
    for (const s of ['本年度新增4621条', '无不予公开', '接受咨询电话12次', '', '其他', '收取复制费']) {
      patterns.forEach((re, k) => {
        if ((maskOf(s) & bits[k]) === 0) expect(re.test(s), `${re} on ${s}`).toBe(false);
      });
    }
  });
});

describe('proseCandidates: rules tried only on probes holding their first characters', () => {
  it('finds the same candidates as trying every rule, on every fixture report', () => {
    let candidates = 0;
    for (const { text, norm } of fixtureReports()) {
      const facts = extractFacts(text, norm, findSections(text, norm)).facts;
      const fast = proseCandidates(text, facts);
      expect(fast).toEqual(proseCandidates(text, facts, false));
      candidates += fast.length;
    }
    expect(candidates).toBeGreaterThan(100);
  });
});
