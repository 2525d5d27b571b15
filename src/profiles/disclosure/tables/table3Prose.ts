import type { ProseHint } from './crossRows.js';
import { TABLE3_COLUMNS } from '../templates/index.js';

/**
 * Figures the prose of a report states about 表三, used to settle a flattened row that its sums leave open (issue 4):
 * `2022年，全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件` (022). A sentence about applications received may
 * mean 本年新收 or the year's total (022's 75 is 74 新收 + 1 结转 = （七）总计), so a hint names both rows and holds when
 * either has all its figures. A hint that fits no reading is set aside (crossRows.ts), never forced.
 */

// 收到政府信息公开申请75件 / 共受理政府信息公开申请 1295 件 / 全年办理政府信息公开申请218件 — the sentence's total
const RECEIVED = /(?:收到|受理|办理|新收)(?:各类|依申请)?(?:政府信息公开|信息公开|依申请公开)?申请(?:共|总计|合计)?\s*(\d+)\s*件/g;

/**
 * Applicant figures in the same sentence, column index in 表三 order: 涉及自然人72件、商业企业3件 — the registry's
 * names of the first five columns (and their variants: 企业), each followed by a count. 其他 and 总计 say too little.
 */
const APPLICANTS: Array<{ col: number; pattern: RegExp }> = TABLE3_COLUMNS.slice(0, 5).map((c, col) => ({
  col,
  pattern: new RegExp(`(?:${c.exact.slice().sort((a, b) => b.length - a.length).join('|')})(?:申请|提出)?\\s*(\\d+)\\s*件`),
}));

const SENTENCE_END = /[。；;\n]/;
const MAX_SENTENCE = 200;

/** The 表三 hints the prose of `work` states outside the tables (`outside(offset)`). */
export function table3Hints(work: string, outside: (offset: number) => boolean): ProseHint[] {
  const hints: ProseHint[] = [];
  for (const m of work.matchAll(RECEIVED)) {
    if (!outside(m.index!)) continue;
    const cells = new Map<number, number>([[6, Number(m[1])]]);
    let end = m.index! + m[0].length;
    while (end < work.length && end - m.index! < MAX_SENTENCE && !SENTENCE_END.test(work[end])) end++;
    const rest = work.slice(m.index! + m[0].length, end);
    for (const { col, pattern } of APPLICANTS) {
      const a = pattern.exec(rest);
      if (a) cells.set(col, Number(a[1]));
    }
    hints.push({ rows: ['newReceived', 'totalHandled'], cells, quote: work.slice(m.index!, end) });
  }
  return hints;
}
