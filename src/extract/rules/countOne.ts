import type { Candidate, Rule, ScanInput } from '../types.js';
import { execAll } from '../../input/execAll.js';
import { matchAllBeforeSpaces } from '../matchNear.js';

/**
 * A count of one written in words. 一 before a measure word is usually an article (一项重要工作, 安排一名…同志), so
 * only phrasings that assign a post are read: a verb of appointing, 一名/一位, and the post. One entry per phrasing,
 * each with real text it reads and real text it must not read (a test runs both).
 */
export interface CountOnePhrasing {
  id: string;
  /** Global; group 1 is the measure word (名, 位), group 2 the post counted. */
  pattern: RegExp;
  example: string;
  counterExample: string;
  /** Every match is spaces or tabs then this character, a lookbehind before them: tried only there (matchNear.ts). */
  anchor?: string;
}

// the posts a report staffs: 分管领导, 分管负责人, 信息员, 联络员, 专职人员, 兼职工作人员
const POST = '(?:分管(?:领导|负责人|副职)|主要负责人|信息员|联络员|(?:专职|兼职|专门)(?:工作)?人员)';

export const COUNT_ONE_PHRASINGS: readonly CountOnePhrasing[] = [
  {
    // 均明确一名分管领导 / 确定一名信息员 / 指定一位联络员 — appointing one person to a post (the leading lookahead,
    // implied by the match, is a cheap first test before the lookbehind)
    id: 'count.onePost',
    pattern: new RegExp(`(?=[ \\t]*一)(?<=(?:明确|确定|指定|配备|落实|设立|设置|配齐)了?)[ \\t]*一[ \\t]*(名|位)[ \\t]*(${POST})`, 'g'),
    anchor: '一',
    // also 各部门均明确一名分管领导 (issue 13; test/extract/phrasings.test.ts)
    example: '指定专员负责，在各相关单位确定一名信息员，负责本单位的政府信息公开工作', // wild 026
    counterExample: '我局还安排一名具有一定文字能力的同志担任信息员', // seed 篇1: an article, not a count
  },
];

function extractOnes({ scan }: ScanInput): Candidate[] {
  const out: Candidate[] = [];
  for (const p of COUNT_ONE_PHRASINGS) {
    for (const m of p.anchor ? matchAllBeforeSpaces(scan, p.pattern, p.anchor, 0) : execAll(p.pattern, scan)) {
      const start = m.index + m[0].indexOf('一');
      const numEnd = start + 1;
      const end = m.index + m[0].indexOf(m[1], numEnd - m.index) + m[1].length;
      out.push({ kind: 'count', value: 1, unit: m[1], subject: m[2], start, end, numStart: start, numEnd, rule: p.id, chinese: true });
    }
  }
  return out;
}

/** Counts of one in words that assign a post: 明确一名分管领导 → 1 名 分管领导. */
export const countOneRule: Rule = { id: 'countOne', extract: extractOnes };
