/**
 * The phrasing tables of zeros and small counts in words are their own corpus: every `example` must be read by its
 * entry, every `counterExample` must not be. Then the issue-13 phrasings (real text from reports kept out of tuning)
 * with their exact values and quotes.
 */
import { describe, expect, it } from 'vitest';
import { NEGATION_PHRASINGS } from '../../src/extract/rules/negation.js';
import { COUNT_ONE_PHRASINGS } from '../../src/extract/rules/countOne.js';
import { QUANTITY_LABELS } from '../../src/extract/rules/labelledCount.js';
import { factsOf } from './helpers.js';

const TABLES = [...NEGATION_PHRASINGS, ...COUNT_ONE_PHRASINGS].map((p) => [p.id, p.example, p.counterExample] as const);

describe('every phrasing reads its example and not its counter-example', () => {
  it.each(TABLES)('%s', (id, example, counterExample) => {
    const read = factsOf(example).filter((f) => f.rule === id);
    expect(read.length, `${id} on «${example}»`).toBeGreaterThan(0);
    for (const f of read) expect(example.slice(f.span.start, f.span.end)).toBe(f.quote);
    expect(factsOf(counterExample).filter((f) => f.rule === id), `${id} on «${counterExample}»`).toEqual([]);
  });
});

// [sentence, subject, value, unit, quote, rule]
const ISSUE_13: Array<[string, string, number, string, string, string]> = [
  ['我局无不予公开政府信息情况。', '不予公开政府信息', 0, '件', '无不予公开政府信息情况', 'negation.noneOfKind'],
  ['没有从事政府信息公开工作的全职人员', '从事政府信息公开工作的全职人员', 0, '名', '没有从事政府信息公开工作的全职人员', 'negation.noStaff'],
  ['各部门均明确一名分管领导', '分管领导', 1, '名', '一名', 'count.onePost'],
  ['本年度没有发生因政府信息公开申请提起行政复议的案件', '行政复议', 0, '件', '没有发生因政府信息公开申请提起行政复议的案件', 'negation.none'],
  ['我局未发生政府信息公开的收费', '信息处理费', 0, '元', '未发生政府信息公开的收费', 'negation.noFee'],
];

describe('zeros and counts of one in words (issue 13)', () => {
  it.each(ISSUE_13)('%s → %s %s %s', (sentence, subject, value, unit, quote, rule) => {
    const f = factsOf(sentence).find((x) => x.rule === rule);
    expect(f).toMatchObject({ subject, value, unit, quote });
    expect(sentence.slice(f!.span.start, f!.span.end)).toBe(quote);
  });
  it('行政复议、行政诉讼均为0 → two zeros with the list as quote', () => {
    const facts = factsOf('因政府信息公开申请提起行政复议、行政诉讼均为0。');
    expect(facts.map((f) => [f.subject, f.value, f.quote])).toEqual([
      ['行政复议', 0, '因政府信息公开申请提起行政复议、行政诉讼均为0'], ['行政诉讼', 0, '因政府信息公开申请提起行政复议、行政诉讼均为0'],
    ]);
  });
  it.each([
    ['定期组织一名乡镇人民政府或区直单位负责人', 'corpus 010: an article'],
    ['明确一位同志为信息员', 'wild 005: 同志 is no post'],
    ['加强人员配备，明确一位副局长具体负责政府信息公开内容维护', 'wild 046, 056: one deputy put in charge, an article'],
    ['无此相关情况', 'names nothing'],
    ['无泄密情况', 'not an outcome of disclosure'],
    ['申请人无正当理由大量反复申请', '表三 row label'],
  ])('%s yields no count (%s)', (text) => {
    expect(factsOf(text).filter((f) => f.kind === 'count')).toEqual([]);
  });
});

describe('every quantity label reads its example', () => {
  it.each(QUANTITY_LABELS.map((q) => [q.label, q.example]))('%s: %s', (label, example) => {
    expect(factsOf(example).find((f) => f.rule === 'count.labelled')?.subject).toBe(label);
  });
});
